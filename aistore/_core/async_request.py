"""The async request loop: the awaiting shell of `aistore._core.request.Requester`.

Same steps, same shared decisions: the generated operation builds the request
(`request_kwargs`), `RetryState.decide` says whether and when to try again, `_Body` whether a
body can be sent again, `_object_read_uname` whether a read may go to its owner, and
`aistore._core.error_map` maps statuses and transport failures to the SDK's exceptions. Only
the waiting differs (`await`, `asyncio.sleep`).
"""

from __future__ import annotations

import asyncio
import functools
import io
from types import ModuleType
from typing import Any

import httpx
import msgspec

from aistore._core.async_transport import Headers, Session, Timeouts
from aistore._core.async_wire import Body, Response
from aistore._core.error_map import (
    Service,
    error_from_response,
    is_ssl_failure,
    map_transport_error,
    transport_error_kind,
)
from aistore._core.request import MSGPACK, Operation, _Body, _object_read_uname
from aistore._core.retry import RetryPolicy
from aistore._core.settings import auth_headers

MAX_ERROR_BODY = 1 << 20
"""An error response's body is read up to this size for its message."""


def encode_query(params: dict[str, Any] | None) -> str:
    """The query string exactly as the sync client sends it (httpx's encoding)."""
    if not params:
        return ""
    try:
        return _encoded(tuple(params.items()))
    except TypeError:  # an unhashable value (a list): encode it every time
        return "?" + str(httpx.QueryParams(params))


@functools.lru_cache(maxsize=1024)
def _encoded(items: tuple[tuple[str, Any], ...]) -> str:
    # the same few queries repeat (provider=ais on every object read): encode each once
    return "?" + str(httpx.QueryParams(dict(items)))


def request_body(kwargs: dict[str, Any]) -> tuple[Body, str | None]:
    """The body to send and its Content-Type (None: leave as the operation says)."""
    if "json" in kwargs and kwargs["json"] is not None:
        return msgspec.json.encode(kwargs["json"]), "application/json"
    content = kwargs.get("content")
    if content is None or content == b"":
        return None, None
    if isinstance(content, bytes | bytearray | memoryview):
        return bytes(content), None
    if isinstance(content, str):
        return content.encode(), None
    if isinstance(content, io.IOBase):
        return content, None
    raise TypeError(f"unsupported request body: {type(content).__name__}")


def error_of(response: Response, content: bytes, service: Service) -> Exception:
    """The SDK exception for an error response (the one shared mapping)."""
    request = httpx.Request(response.method, response.url)
    as_httpx = httpx.Response(
        response.status_code, headers=response.headers, content=content, request=request
    )
    return error_from_response(as_httpx, service=service, content=content)


class AsyncRequester:
    """Sends operations over one `Session` with one retry policy and one error boundary."""

    def __init__(
        self,
        session: Session,
        retry: RetryPolicy,
        timeout: httpx.Timeout,
        headers: dict[str, str],
        *,
        service: Service = "ais",
    ) -> None:
        self._session = session
        self._retry = retry
        self._timeout: Timeouts = dict(timeout.as_dict())
        self.headers = headers
        self._service = service

    @property
    def token(self) -> str | None:
        value = self.headers.get("Authorization", "")
        return value.removeprefix("Bearer ") or None

    @token.setter
    def token(self, token: str | None) -> None:
        self.headers.pop("Authorization", None)
        self.headers.update(auth_headers(token or None))

    @property
    def session(self) -> Session:
        return self._session

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def url_of(self, op: Operation | ModuleType, /, *args: Any, **params: Any) -> str:
        """The full URL the operation would be sent to (through the proxy)."""
        kwargs = op.request_kwargs(*args, **params)
        scheme, host, port = self._session.origin
        query = encode_query(kwargs.get("params"))
        return f"{scheme}://{host}:{port}{self._session.base_path}{kwargs['url']}{query}"

    async def send(
        self,
        op: Operation | ModuleType,
        /,
        *args: Any,
        **params: Any,
    ) -> Response:
        """Send `op`; a checked response (status < 400), its body read unless `stream`.

        Besides the operation's parameters: `stream` (leave the body unread), `msgpack` (ask
        for msgpack), `headers` (extra request headers), as `Requester.send`.
        Raises the mapped `aistore.sdk.errors` class for an error status or a transport failure.
        """
        stream: bool = params.pop("stream", False)
        msgpack: bool = params.pop("msgpack", False)
        headers: dict[str, str] | None = params.pop("headers", None)
        kwargs = op.request_kwargs(*args, **params)
        method: str = op.METHOD
        target = kwargs["url"] + encode_query(kwargs.get("params"))
        content, content_type = request_body(kwargs)
        sent: Headers = list(self.headers.items())
        sent.extend(kwargs.get("headers", {}).items())
        if headers:
            sent.extend(headers.items())
        if content_type is not None and not any(k.lower() == "content-type" for k, _ in sent):
            sent.append(("Content-Type", content_type))
        if msgpack:
            sent.append(("Accept", MSGPACK))
        body = _Body(content)
        probe = bool(op.REDIRECTED) and body.present
        uname = None if probe else _object_read_uname(op, args, params)
        state = self._retry.new_state()
        idempotent = bool(op.IDEMPOTENT) and body.rewindable
        while True:
            try:
                response = await self._session.send(
                    method, target, sent, content, self._timeout, probe=probe, uname=uname
                )
            except httpx.TransportError as exc:
                wait = state.decide(
                    method,
                    idempotent,
                    error_kind=transport_error_kind(exc),
                    timeout_error=isinstance(exc, httpx.TimeoutException),
                )
                if wait is None or not body.rewindable or is_ssl_failure(exc):
                    raise map_transport_error(exc) from exc
                await asyncio.sleep(wait)
                body.rewind()
                continue
            if response.status_code >= 400:
                wait = state.decide(
                    method,
                    idempotent,
                    status=response.status_code,
                    retry_after=response.headers.get("Retry-After"),
                )
                if wait is not None:
                    response.close()
                    await asyncio.sleep(wait)
                    body.rewind()
                    continue
                raise await self._error(response)
            return await self._finish(state, response, stream)

    async def _error(self, response: Response) -> Exception:
        try:
            content = await response.aread()
        except httpx.HTTPError:
            content = b""
        finally:
            response.close()
        return error_of(response, content[:MAX_ERROR_BODY], self._service)

    @staticmethod
    async def _finish(state: Any, response: Response, stream: bool) -> Response:
        if not stream:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                response.close()
                raise map_transport_error(exc, during_body=True) from exc
            except BaseException:
                response.close()
                raise
        state.record_success()
        return response

    async def call(self, op: Operation | ModuleType, /, *args: Any, **params: Any) -> Any:
        """Send `op` and return its body decoded as JSON (None when empty)."""
        response = await self.send(op, *args, **params)
        return msgspec.json.decode(response.content) if response.content else None

    def close(self) -> None:
        self._session.close()
