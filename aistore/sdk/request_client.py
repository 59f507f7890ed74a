"""RequestClient: one cluster endpoint, one connection pool, one retry policy, one error boundary.

Every class of the SDK (Bucket, Object, Cluster, Job, ...) holds the RequestClient of the
`Client` that made it and sends generated operations through it.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx
from urllib3.util import Retry

from aistore._core.config import default_retry_policy, resolve_timeout, resolve_tls, resolve_token
from aistore._core.error_map import Service
from aistore._core.http_client import auth_headers, build_http_client
from aistore._core.request import Requester
from aistore._core.retry import policy_for
from aistore._core.wire import Reply

TimeoutArg = float | tuple[float, float] | httpx.Timeout | None


class RequestClient:
    """Sends requests to one AIS (or AuthN) endpoint.

    Args:
        endpoint: base URL of the cluster's proxy (or of the AuthN server).
        skip_verify, ca_cert, client_cert: TLS, as for `Client`.
        timeout: seconds, a (connect, read) pair, or None for none.
        retry: a `urllib3.Retry`; its fields drive our retry loop. None: the default policy.
        token: bearer token; None falls back to `AIS_AUTHN_TOKEN`.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        client_cert: str | tuple[str, str] | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
        service: Service = "ais",
    ) -> None:
        if not isinstance(endpoint, str) or not endpoint.strip():
            raise ValueError(f"endpoint must be a non-empty URL, got {endpoint!r}")
        if not endpoint.startswith(("http://", "https://")):
            raise ValueError(f"endpoint must start with http:// or https://, got {endpoint!r}")
        # kept so that a pickled client (e.g. in a DataLoader worker) can rebuild its pool
        self._settings: dict[str, Any] = {
            "endpoint": endpoint,
            "skip_verify": skip_verify,
            "ca_cert": ca_cert,
            "client_cert": client_cert,
            "timeout": timeout,
            "retry": retry,
            "token": token,
            "service": service,
        }
        self._endpoint = endpoint.rstrip("/")
        self._timeout = resolve_timeout(timeout)
        self._token = resolve_token(token)
        self._retry = retry
        http = build_http_client(
            self._endpoint,
            tls=resolve_tls(skip_verify, ca_cert, client_cert),
            timeout=self._timeout,
            token=self._token,
        )
        self._requester = Requester(
            http, policy_for(retry, default=default_retry_policy()), service=service
        )

    @property
    def endpoint(self) -> str:
        return self._endpoint

    @property
    def base_url(self) -> str:
        """The REST API root (`<endpoint>/v1`), as in the reference SDK."""
        return f"{self._endpoint}/v1"

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def token(self) -> str | None:
        return self._token

    @token.setter
    def token(self, token: str | None) -> None:
        self._token = token or None
        self.http.headers.pop("Authorization", None)
        self.http.headers.update(auth_headers(self._token))

    @property
    def retry(self) -> Retry | None:
        return self._retry

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (shared pool; follows AIS redirects in its transport)."""
        return self._requester.http

    @property
    def requester(self) -> Requester:
        return self._requester

    def send(self, op: ModuleType, /, *args: Any, **params: Any) -> httpx.Response:
        """Send a generated operation; see `aistore._core.request.Requester.send`."""
        return self._requester.send(op, *args, **params)

    def exchange(self, op: ModuleType, /, *args: Any, **params: Any) -> Reply:
        """Send a generated operation and read its whole answer (the object hot path when it
        applies); see `aistore._core.request.Requester.exchange`."""
        return self._requester.exchange(op, *args, **params)

    def call(self, op: ModuleType, /, *args: Any, **params: Any) -> Any:
        """Send a generated operation and return its parsed body."""
        return self._requester.call(op, *args, **params)

    def close(self) -> None:
        self._requester.close()

    def __getstate__(self) -> dict[str, Any]:
        return dict(self._settings, token=self._token)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __repr__(self) -> str:
        token = "***" if self._token else None
        return f"RequestClient(endpoint={self._endpoint!r}, token={token!r})"
