"""The async request loop: the awaiting shell of `aistore._core.sender.OperationSender`.

Same steps, same shared decisions (`aistore._core.exchange`): `prepare` builds the request from
the typed `Call` (and says whether it may be repeated, whether its body goes after a probe,
whether a read may go to its owner), `after_transport_error` / `after_status` say whether and
when to try again, and `aistore._core.error_map` maps statuses and transport failures to the
SDK's exceptions. Only the waiting differs (`await`, `asyncio.sleep`).
"""

from __future__ import annotations

import asyncio
import functools
import io
from collections.abc import AsyncIterable
from typing import Any, TypeVar

import httpx
import msgspec

from aistore._core.async_transport import Headers, Session, Timeouts
from aistore._core.async_wire import Body, Response
from aistore._core.error_map import Service, error_from_response, map_transport_error
from aistore._core.exchange import (
    OBJECT_UNAME,
    CallLike,
    Fail,
    after_status,
    after_transport_error,
    prepare,
)
from aistore._core.redirect import REDIRECT_PROBE
from aistore._core.retry import RetryPolicy
from aistore._core.settings import auth_headers

R = TypeVar("R")

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
    if isinstance(content, io.IOBase | AsyncIterable):
        return content, None
    raise TypeError(f"unsupported request body: {type(content).__name__}")


def error_of(
    response: Response, content: bytes, service: Service, resource: str | None = None
) -> Exception:
    """The SDK exception for an error response (the one shared mapping)."""
    request = httpx.Request(response.method, response.url)
    as_httpx = httpx.Response(
        response.status_code, headers=response.headers, content=content, request=request
    )
    return error_from_response(as_httpx, service=service, content=content, resource=resource)


class AsyncOperationSender:
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
    def endpoint(self) -> str:
        """The endpoint URL requests go to (scheme, host, port and base path)."""
        scheme, host, port = self._session.origin
        return f"{scheme}://{host}:{port}{self._session.base_path}"

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def url_of(self, call: CallLike[Any], /) -> str:
        """The full URL the operation would be sent to (through the proxy)."""
        kwargs = call.request_kwargs()
        scheme, host, port = self._session.origin
        query = encode_query(kwargs.get("params"))
        return f"{scheme}://{host}:{port}{self._session.base_path}{kwargs['url']}{query}"

    async def send(
        self,
        call: CallLike[Any],
        /,
        *,
        stream: bool = False,
        msgpack: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """Send `call`; a checked response (status < 400), its body read unless `stream`.

        `msgpack` asks for msgpack, `headers` are extra request headers, as `OperationSender.send`.
        Raises the mapped `aistore.sdk.errors` class for an error status or a transport failure.
        """
        prepared = prepare(call, msgpack=msgpack, headers=headers)
        kwargs = prepared.kwargs
        target = kwargs["url"] + encode_query(kwargs.get("params"))
        content, content_type = request_body(kwargs)
        sent: Headers = list(self.headers.items())
        sent.extend(kwargs.get("headers", {}).items())
        if content_type is not None and not any(k.lower() == "content-type" for k, _ in sent):
            sent.append(("Content-Type", content_type))
        extensions = kwargs.get("extensions", {})
        probe = bool(extensions.get(REDIRECT_PROBE))
        uname = extensions.get(OBJECT_UNAME)
        state = self._retry.new_state()
        while True:
            try:
                response = await self._session.send(
                    prepared.method, target, sent, content, self._timeout, probe=probe, uname=uname
                )
            except httpx.TransportError as exc:
                decision = after_transport_error(state, prepared, exc)
                if isinstance(decision, Fail):
                    raise decision.error from exc
                wait = decision.wait
            else:
                if response.status_code < 400:
                    return await self._finish(response, stream)
                retry_after = response.headers.get("Retry-After")
                wait_or_none = after_status(state, prepared, response.status_code, retry_after)
                if wait_or_none is None:
                    raise await self._error(response, prepared.resource)
                response.close()
                wait = wait_or_none
            await asyncio.sleep(wait)
            prepared.body.rewind()

    async def _error(self, response: Response, resource: str | None = None) -> Exception:
        try:
            content = await response.aread()
        except httpx.HTTPError:
            content = b""
        finally:
            response.close()
        return error_of(response, content[:MAX_ERROR_BODY], self._service, resource)

    @staticmethod
    async def _finish(response: Response, stream: bool) -> Response:
        if not stream:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                response.close()
                raise map_transport_error(exc, during_body=True) from exc
            except BaseException:
                response.close()
                raise
        return response

    async def call(self, call: CallLike[Any], /, *, msgpack: bool = False) -> Any:
        """Send `call` and return its body decoded as JSON (None when empty)."""
        response = await self.send(call, msgpack=msgpack)
        return msgspec.json.decode(response.content) if response.content else None

    def close(self) -> None:
        self._session.close()
