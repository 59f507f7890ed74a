"""The one place that sends generated operations: build, send with retries, map errors, parse.

Every request the idiomatic layer makes goes through `Requester.send`, with a
generated endpoint module (`aistore_raw.ais.api.<tag>.<operation>`) and its
parameters. The module builds the request (`request_kwargs`); its metadata says
whether the operation may be retried blindly (`IDEMPOTENT`, from the spec's
`x-idempotent`) and whether the proxy redirects it to a target (`REDIRECTED`).
"""

from __future__ import annotations

import io
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from aistore._core import routing
from aistore._core.direct import ROUTE
from aistore._core.error_map import (
    Service,
    is_ssl_failure,
    map_transport_error,
    raise_for_response,
    transport_error_kind,
)
from aistore._core.retry import RetryPolicy, RetryState
from aistore._core.transport import REDIRECT_PROBE
from aistore._core.wire import BodyReadError, Reply

if TYPE_CHECKING:
    from aistore._core.lane import Lane

MSGPACK = "application/msgpack"


class Operation(Protocol):
    """What the request loop reads from a generated endpoint module."""

    OPERATION_ID: str
    METHOD: str
    IDEMPOTENT: bool
    REDIRECTED: bool

    def request_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse_response(self, *, response: httpx.Response) -> Any: ...


class _Body:
    """A request body, and how to send it again after a failed attempt."""

    def __init__(self, content: Any) -> None:
        self.content = content
        self._start: int | None = None
        if isinstance(content, io.IOBase) and content.seekable():
            self._start = content.tell()

    @property
    def present(self) -> bool:
        return self.content is not None and self.content != b""

    @property
    def rewindable(self) -> bool:
        return not self.present or isinstance(self.content, bytes | str) or self._start is not None

    def rewind(self) -> None:
        if self._start is not None:
            self.content.seek(self._start)


def _object_read_uname(
    op: Operation | ModuleType, args: tuple[Any, ...], params: dict[str, Any]
) -> bytes | None:
    """The placement name of the object a GET/HEAD reads, when direct routing may apply."""
    if not op.REDIRECTED or op.METHOD not in ("GET", "HEAD") or len(args) < 2:
        return None
    if params.get("provider", "ais") != "ais":
        return None  # remote buckets: let the proxy decide
    namespace = params.get("namespace") or "@#"
    if not isinstance(namespace, str) or not namespace.startswith("@") or "#" not in namespace:
        return None
    ns_uuid, _, ns_name = namespace[1:].partition("#")
    return routing.bucket_uname("ais", ns_uuid, ns_name, str(args[0]), str(args[1]))


class Requester:
    """Sends operations over one httpx client with one retry policy and one error boundary."""

    def __init__(
        self,
        http: httpx.Client,
        retry: RetryPolicy,
        *,
        service: Service = "ais",
    ) -> None:
        self._http = http
        self._retry = retry
        self._service = service
        self._lane: Lane | None = getattr(http, "lane", None)

    @property
    def http(self) -> httpx.Client:
        return self._http

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def send(
        self,
        op: Operation | ModuleType,
        /,
        *args: Any,
        stream: bool = False,
        msgpack: bool = False,
        headers: dict[str, str] | None = None,
        **params: Any,
    ) -> httpx.Response:
        """Send `op` with `params`; a checked response (status < 400), read unless `stream`.

        Raises the mapped `aistore.sdk.errors` class for an error status or a transport failure.
        """
        kwargs = op.request_kwargs(*args, **params)
        if headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
        if msgpack:
            kwargs.setdefault("headers", {})["Accept"] = MSGPACK
        body = _Body(kwargs.get("content"))
        if op.REDIRECTED and body.present:
            kwargs["extensions"] = {REDIRECT_PROBE: True}
        elif (uname := _object_read_uname(op, args, params)) is not None:
            kwargs["extensions"] = {ROUTE: uname}
        state = self._retry.new_state()
        idempotent = bool(op.IDEMPOTENT) and body.rewindable
        while True:
            request = self._http.build_request(**kwargs)
            try:
                response = self._http.send(request, stream=True)
            except httpx.TooManyRedirects as exc:  # not a TransportError: never retried
                raise map_transport_error(exc) from exc
            except httpx.TransportError as exc:
                wait = state.decide(
                    op.METHOD,
                    idempotent,
                    error_kind=transport_error_kind(exc),
                    timeout_error=isinstance(exc, httpx.TimeoutException),
                )
                if wait is None or not body.rewindable or is_ssl_failure(exc):
                    raise map_transport_error(exc) from exc
                self._again(state, wait, body)
                continue
            if response.status_code >= 400 and self._retry_status(state, op, idempotent, response):
                body.rewind()
                continue
            return self._finish(state, response, stream)

    def _retry_status(
        self, state: RetryState, op: Operation | ModuleType, idempotent: bool, r: httpx.Response
    ) -> bool:
        wait = state.decide(
            op.METHOD, idempotent, status=r.status_code, retry_after=r.headers.get("Retry-After")
        )
        if wait is None:
            return False
        r.close()
        state.sleep(wait)
        return True

    @staticmethod
    def _again(state: RetryState, wait: float, body: _Body) -> None:
        state.sleep(wait)
        body.rewind()

    def _finish(self, state: RetryState, response: httpx.Response, stream: bool) -> httpx.Response:
        try:
            raise_for_response(response, service=self._service)
            if not stream:
                response.read()
        except httpx.TransportError as exc:
            response.close()
            raise map_transport_error(exc, during_body=True) from exc
        except BaseException:
            response.close()
            raise
        state.record_success()
        return response

    def exchange(
        self,
        op: Operation | ModuleType,
        /,
        *args: Any,
        headers: dict[str, str] | None = None,
        **params: Any,
    ) -> Reply:
        """Send `op` and read its whole answer: a checked `Reply` (status < 400).

        The object hot path (`aistore._core.lane`) when the client runs on its own socket layer
        and the body is in memory (or absent); otherwise `send`. Retries, redirects, direct reads
        and the error boundary are those of `send`.
        """
        lane = self._lane
        kwargs = op.request_kwargs(*args, **params)
        content = kwargs.get("content")
        if lane is None or not (content is None or isinstance(content, bytes)):
            return Reply.of(self.send(op, *args, headers=headers, **params))
        prepared = lane.prepare(
            kwargs,
            headers,
            uname=_object_read_uname(op, args, params),
            probe=bool(op.REDIRECTED and content),
        )
        state = self._retry.new_state()
        idempotent = bool(op.IDEMPOTENT)
        while True:
            try:
                reply = lane.attempt(prepared)
            except BodyReadError as exc:
                raise map_transport_error(exc.cause, during_body=True) from exc.cause
            except httpx.TooManyRedirects as exc:
                raise map_transport_error(exc) from exc
            except httpx.TransportError as exc:
                wait = state.decide(
                    op.METHOD,
                    idempotent,
                    error_kind=transport_error_kind(exc),
                    timeout_error=isinstance(exc, httpx.TimeoutException),
                )
                if wait is None or is_ssl_failure(exc):
                    raise map_transport_error(exc) from exc
                state.sleep(wait)
                continue
            if reply.status_code >= 400:
                retry_after = reply.header(b"retry-after")
                wait = state.decide(
                    op.METHOD,
                    idempotent,
                    status=reply.status_code,
                    retry_after=retry_after.decode("latin-1") if retry_after is not None else None,
                )
                if wait is not None:
                    state.sleep(wait)
                    continue
                raise_for_response(reply.to_response(prepared.method), service=self._service)
            state.record_success()
            return reply

    def call(self, op: Operation | ModuleType, /, *args: Any, **params: Any) -> Any:
        """Send `op` and return its parsed body (the generated model for the status)."""
        response = self.send(op, *args, **params)
        return op.parse_response(response=response)

    def close(self) -> None:
        self._http.close()
