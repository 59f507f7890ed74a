"""RequestClient: one cluster endpoint, one connection pool, one retry policy, one error boundary.

Every class of the SDK (Bucket, Object, Cluster, Job, ...) holds the RequestClient of the
`Client` that made it and sends generated operations through it. What it is built from is one
`aistore._core.settings.ClientSettings` (validated, environment resolved, picklable); the
sending itself is `aistore._core.sender.OperationSender`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from urllib3.util import Retry

from aistore._core.config import TimeoutArg as TimeoutArg
from aistore._core.exchange import CallLike
from aistore._core.http_client import build_http_client
from aistore._core.sender import OperationSender
from aistore._core.settings import ClientSettings
from aistore._core.token_source import TokenSource
from aistore._core.wire import Reply
from aistore.sdk.errors import ServiceError

R = TypeVar("R")


class RequestClient:
    """Sends requests to one AIS (or AuthN) endpoint, as `settings` say.

    Args:
        settings: a `ClientSettings` (`ClientSettings.create(endpoint, ...)`), or just an
            endpoint URL (every other setting at its default).
    """

    def __init__(self, settings: ClientSettings | str) -> None:
        if not isinstance(settings, ClientSettings):
            settings = ClientSettings.create(settings)
        self._settings = settings
        self._sender = OperationSender(
            build_http_client(settings), settings.retry_policy, service=settings.service
        )
        self._tokens = TokenSource.create(
            settings.token, settings.token_file, renewable=settings.service == "ais"
        )
        self._sync_token()

    def _sync_token(self) -> None:
        """Send the source's current token (a token file may have changed since)."""
        token = self._tokens.current()
        if token != self._settings.token:
            self._set_token(token)

    def _set_token(self, token: str | None) -> None:
        self._settings = self._settings.with_token(token)
        self.http.headers.pop("Authorization", None)
        self.http.headers.update(self._settings.auth_headers())

    def _guarded(self, send: Callable[[], R]) -> R:
        """`send()` with the current token; after a 401, once more with a renewed token (when
        AuthN credentials are configured). No error message carries a token."""
        self._sync_token()
        try:
            try:
                return send()
            except ServiceError as exc:
                if exc.status_code != 401 or not self._tokens.can_renew:
                    raise
                renewed = self._tokens.renew()
                if renewed is None:
                    raise
                self._set_token(renewed)
            return send()
        except ServiceError as exc:
            self._scrub(exc)
            raise

    def _scrub(self, exc: ServiceError) -> None:
        scrub = self._tokens.scrub
        exc.message = scrub(exc.message)
        exc.raw = scrub(exc.raw) if exc.raw else exc.raw
        exc.args = tuple(scrub(a) if isinstance(a, str) else a for a in exc.args)

    @property
    def settings(self) -> ClientSettings:
        return self._settings

    @property
    def endpoint(self) -> str:
        return self._settings.endpoint

    @property
    def base_url(self) -> str:
        """The REST API root (`<endpoint>/v1`), as in the reference SDK."""
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def token(self) -> str | None:
        return self._settings.token

    @token.setter
    def token(self, token: str | None) -> None:
        self._tokens = TokenSource(token or None)
        self._set_token(token or None)

    @property
    def retry(self) -> Retry | None:
        return self._settings.retry

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (shared pool; follows AIS redirects in its transport)."""
        return self._sender.http

    @property
    def sender(self) -> OperationSender:
        return self._sender

    def send(
        self,
        call: CallLike[Any],
        /,
        *,
        stream: bool = False,
        msgpack: bool = False,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send a generated operation with its typed arguments, e.g.
        `send(get_object.op(bucket, name, provider="ais"), stream=True)`; see
        `aistore._core.sender.OperationSender.send`."""
        return self._guarded(
            lambda: self._sender.send(call, stream=stream, msgpack=msgpack, headers=headers)
        )

    def exchange(self, call: CallLike[Any], /, *, headers: dict[str, str] | None = None) -> Reply:
        """Send a generated operation and read its whole answer (the object hot path when it
        applies); see `aistore._core.sender.OperationSender.exchange`."""
        return self._guarded(lambda: self._sender.exchange(call, headers=headers))

    def url_of(self, call: CallLike[Any], /) -> str:
        """The full URL the operation would be sent to (through the proxy)."""
        return str(self.http.build_request(**call.request_kwargs()).url)

    def call(self, call: CallLike[R], /, *, msgpack: bool = False) -> R:
        """Send a generated operation and return its parsed body."""
        return self._guarded(lambda: self._sender.call(call, msgpack=msgpack))

    def close(self) -> None:
        self._sender.close()

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self._settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["settings"])  # type: ignore[misc]

    def __repr__(self) -> str:
        token = "***" if self.token else None
        return f"RequestClient(endpoint={self.endpoint!r}, token={token!r})"
