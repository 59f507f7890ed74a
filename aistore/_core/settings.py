"""ClientSettings: everything a client is built from, validated and resolved once.

`Client`, `AuthNClient` (through `RequestClient`) and the asyncio client all start from one
`ClientSettings`: the arguments are checked here (a bad endpoint or timeout fails before any
connection is made), the environment is read here (`AIS_AUTHN_TOKEN`, `AIS_CLIENT_CA`,
`AIS_CRT`/`AIS_CRT_KEY`, `AIS_DIRECT_READS`, `AIS_MAX_CONN_POOL`: names in
`aistore._core.config`), and what is kept is what a pickled client needs to rebuild its pool in
another process (a DataLoader worker).

Nothing here opens a file or a socket: reading the certificate files happens when a shell
builds its HTTP client (`TLSSettings.httpx_verify`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from urllib3.util import Retry

from aistore._core.config import (
    ClientCert,
    TimeoutArg,
    TLSSettings,
    default_limits,
    default_retry_policy,
    direct_reads_enabled,
    env_max_pool_size,
    env_skip_verify,
    env_timeout,
    pool_size_limits,
    resolve_timeout,
    resolve_tls,
    resolve_token,
)
from aistore._core.error_map import Service
from aistore._core.retry import RetryPolicy, policy_for


def validate_endpoint(endpoint: object) -> str:
    """The endpoint without a trailing slash; a clear error for anything that is not a URL."""
    if not isinstance(endpoint, str) or not endpoint.strip():
        raise ValueError(f"endpoint must be a non-empty URL, got {endpoint!r}")
    if not endpoint.startswith(("http://", "https://")):
        raise ValueError(f"endpoint must start with http:// or https://, got {endpoint!r}")
    return endpoint.rstrip("/")


@dataclass(frozen=True, repr=False)
class ClientSettings:
    """A client's resolved settings; build with `ClientSettings.create` (validates, reads env).

    Fields are the resolved values: `timeout` is an `httpx.Timeout`, `tls` says what to verify
    with and which certificate to present, `token` already fell back to `AIS_AUTHN_TOKEN`.
    `retry` is the caller's `urllib3.Retry` (None: `retry_policy` is the default policy).
    `transport`, for tests only, replaces the socket layer: the AIS layers (redirects, direct
    reads) still run above it, so a `httpx.MockTransport` sees what a server would see.
    `token_file`: a file holding the token, read again when it changes (else
    `AIS_AUTHN_TOKEN_FILE`; see `aistore._core.token_source`). `limits`: the connection pool's
    total cap (`max_connections`), idle connections kept per node and their reuse expiry
    (`aistore._core.pool`).
    """

    endpoint: str
    timeout: httpx.Timeout
    tls: TLSSettings
    token: str | None
    retry: Retry | None
    retry_policy: RetryPolicy
    service: Service
    direct_reads: bool
    transport: httpx.BaseTransport | None = None
    limits: httpx.Limits = dataclasses.field(default_factory=default_limits)
    token_file: str | None = None

    @classmethod
    def create(
        cls,
        endpoint: str,
        *,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        client_cert: ClientCert | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
        service: Service = "ais",
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits | None = None,
        token_file: str | None = None,
        env: Mapping[str, str] | None = None,
        max_pool_size: int | None = None,
    ) -> ClientSettings:
        """Validate the arguments and resolve them against `env` (default: `os.environ`).

        `max_pool_size` (2.x; else `AIS_MAX_CONN_POOL`): connections kept per node, see
        `config.pool_size_limits`; it cannot be combined with `limits`.
        """
        env = os.environ if env is None else env
        if max_pool_size is not None and limits is not None:
            raise ValueError("give either limits or max_pool_size, not both")
        if limits is None:
            size = env_max_pool_size(env) if max_pool_size is None else max_pool_size
            limits = None if size is None else pool_size_limits(size)
        if retry is not None and not isinstance(retry, Retry):
            raise TypeError(f"retry must be a urllib3 Retry or None, got {type(retry).__name__}")
        if service not in ("ais", "authn"):
            raise ValueError(f"service must be 'ais' or 'authn', got {service!r}")
        if timeout is None:  # 2.x's variables; none set: 1.9.2's no timeout
            timeout = env_timeout(env)
        skip_verify = skip_verify or env_skip_verify(env)
        return cls(
            endpoint=validate_endpoint(endpoint),
            timeout=resolve_timeout(timeout),
            tls=resolve_tls(skip_verify, ca_cert, client_cert, env=env),
            token=resolve_token(token, env=env),
            retry=retry,
            retry_policy=policy_for(retry, default=default_retry_policy()),
            service=service,
            direct_reads=direct_reads_enabled(env),
            transport=transport,
            limits=_check_limits(limits) if limits is not None else default_limits(),
            token_file=token_file,
        )

    @property
    def base_url(self) -> str:
        """The REST API root (`<endpoint>/v1`), as in the reference SDK."""
        return f"{self.endpoint}/v1"

    def with_token(self, token: str | None) -> ClientSettings:
        """The same settings with another token (an empty one means none)."""
        return dataclasses.replace(self, token=token or None)

    def auth_headers(self) -> dict[str, str]:
        """The `Authorization` header for the token, if there is one."""
        return auth_headers(self.token)

    def __getstate__(self) -> dict[str, Any]:
        # a test transport (a MockTransport's handler is often a closure) cannot cross processes
        state = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        state["transport"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        token = "***" if self.token else None
        return (
            f"ClientSettings(endpoint={self.endpoint!r}, service={self.service!r}, "
            f"token={token!r}, timeout={self.timeout!r}, verify={self.tls.verify!r}, "
            f"direct_reads={self.direct_reads!r})"
        )


def auth_headers(token: str | None) -> dict[str, str]:
    """`{"Authorization": "Bearer <token>"}`, or nothing without a token."""
    return {"Authorization": f"Bearer {token}"} if token else {}


def _check_limits(limits: object) -> httpx.Limits:
    if not isinstance(limits, httpx.Limits):
        raise TypeError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
    if limits.max_connections is not None and limits.max_connections < 1:
        raise ValueError(f"limits.max_connections must be at least 1, got {limits.max_connections}")
    return limits
