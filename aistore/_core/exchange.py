"""Sans-I/O decisions of one request: how to build it, and what to do after each attempt.

The request loop of a client (sync: `aistore._core.sender.OperationSender.send`; async: the
same loop with `await`) owns the sockets and the sleeping; everything it has to decide is here:

* `prepare(call, ...)`: the generated `Call` (an operation with its typed arguments) becomes a
  `Prepared` request: `httpx` keyword arguments, the body and how to rewind it, whether it may
  be repeated blindly, and the request extensions the transports read (`REDIRECT_PROBE`: send
  the body once, after the proxy named the target; `OBJECT_UNAME`: an object read the direct
  reader may send to the owner).
* `after_transport_error(state, prepared, exc)`: `Retry(wait)` or `Fail(error)`.
* `after_status(state, prepared, status, retry_after)`: seconds to wait before retrying an
  error status, or None to hand the response to the error mapping.

The shape of every shell (the async one awaits `send`, `sleep` and the error body read)::

    prepared = prepare(call, msgpack=..., headers=...)
    state = policy.new_state()
    while True:
        try:
            response = send(build(prepared.kwargs))
        except httpx.TransportError as exc:
            decision = after_transport_error(state, prepared, exc)
            if isinstance(decision, Fail):
                raise decision.error from exc
            sleep(decision.wait); prepared.body.rewind(); continue
        if response.status_code >= 400:
            wait = after_status(state, prepared, response.status_code, retry_after)
            if wait is not None:
                close(response); sleep(wait); prepared.body.rewind(); continue
        raise_for_response(response)  # reads the error body: I/O, so in the shell
        return response

No sockets, no sleeping, no locks here; the only I/O-like act is `Body.rewind`, a `seek` on the
caller's own file object.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx

from aistore._core import routing
from aistore._core.error_map import is_ssl_failure, map_transport_error, transport_error_kind
from aistore._core.guards import refuse_crashers
from aistore._core.redirect import REDIRECT_PROBE
from aistore._core.retry import RetryState

R_co = TypeVar("R_co", covariant=True)

MSGPACK = "application/msgpack"
OBJECT_UNAME = "ais_object_uname"
"""Request extension: the placement name of an object read (`routing.bucket_uname`); the direct
reader (`aistore._core.direct_reads`) sends such a read to the object's owner."""


class OperationLike(Protocol[R_co]):
    """What the loop reads of a generated `Operation` (`aistore_raw.ais` or `.authn` types)."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def idempotent(self) -> bool: ...
    @property
    def redirected(self) -> bool: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def parse(self) -> Callable[..., R_co]: ...


class CallLike(Protocol[R_co]):
    """A generated `Call`: an operation applied to its typed arguments (`get_object.op(...)`)."""

    @property
    def operation(self) -> OperationLike[R_co]: ...
    @property
    def args(self) -> tuple[Any, ...]: ...
    @property
    def params(self) -> dict[str, Any]: ...
    def request_kwargs(self) -> dict[str, Any]: ...


class Body:
    """A request body, and how to send it again after a failed attempt."""

    __slots__ = ("_start", "content")

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


@dataclass(frozen=True)
class Prepared:
    """A built request and what the loop needs to know to repeat it."""

    kwargs: dict[str, Any]
    body: Body
    method: str
    idempotent: bool
    operation_id: str
    resource: str | None
    """The spec tag of the operation (`objects`, `etl`, ...): how a 404 is classified."""


@dataclass(frozen=True)
class Retry:
    """Send again after `wait` seconds (the body rewound)."""

    wait: float


@dataclass(frozen=True)
class Fail:
    """Give up: raise `error` (an `aistore.sdk.errors` class, `__cause__` set)."""

    error: Exception


def object_read_uname(call: CallLike[Any]) -> bytes | None:
    """The placement name of the object a GET/HEAD reads, when direct reads may apply."""
    op = call.operation
    if not op.redirected or op.method not in ("GET", "HEAD") or len(call.args) < 2:
        return None
    params = call.params
    if params.get("provider", "ais") != "ais":
        return None  # remote buckets: let the proxy decide
    namespace = params.get("namespace") or "@#"
    if not isinstance(namespace, str) or not namespace.startswith("@") or "#" not in namespace:
        return None
    ns_uuid, _, ns_name = namespace[1:].partition("#")
    return routing.bucket_uname("ais", ns_uuid, ns_name, str(call.args[0]), str(call.args[1]))


def prepare(
    call: CallLike[Any], *, msgpack: bool = False, headers: dict[str, str] | None = None
) -> Prepared:
    """Build `call`'s request; `msgpack` asks for a msgpack answer; `headers` are added.

    Raises `RefusedRequestError` for a request shape that crashes a v1.5.0 node (`guards`).
    """
    op = call.operation
    kwargs = call.request_kwargs()
    if headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
    if msgpack:
        kwargs.setdefault("headers", {})["Accept"] = MSGPACK
    refuse_crashers(op.operation_id, kwargs)
    body = Body(kwargs.get("content"))
    if op.redirected and body.present:
        kwargs["extensions"] = {REDIRECT_PROBE: True}
    elif (uname := object_read_uname(call)) is not None:
        kwargs["extensions"] = {OBJECT_UNAME: uname}
    return Prepared(
        kwargs=kwargs,
        body=body,
        method=op.method,
        idempotent=bool(op.idempotent) and body.rewindable,
        operation_id=op.operation_id,
        resource=op.tags[0] if op.tags else None,
    )


def after_transport_error(
    state: RetryState, prepared: Prepared, exc: httpx.TransportError
) -> Retry | Fail:
    """Retry a failure without a response, or give up with the mapped error.

    A TLS failure repeats on every attempt and a one-shot body cannot be sent twice: neither is
    retried.
    """
    wait = state.decide(
        prepared.method,
        prepared.idempotent,
        error_kind=transport_error_kind(exc),
    )
    if wait is None or not prepared.body.rewindable or is_ssl_failure(exc):
        return Fail(map_transport_error(exc))
    return Retry(wait)


def after_status(
    state: RetryState, prepared: Prepared, status: int, retry_after: str | None
) -> float | None:
    """Seconds to wait before retrying an error status; None: map the response to an error."""
    return state.decide(
        prepared.method, prepared.idempotent, status=status, retry_after=retry_after
    )
