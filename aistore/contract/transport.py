"""An httpx transport that checks every exchange against the spec, and the record it keeps.

`ValidatingTransport(inner)` sits *below* `AISTransport`, so each hop (proxy, then target after
a redirect; the bodiless probe) is one exchange. Request and response status, headers and media
type are checked at once; a JSON or msgpack response body is collected while the caller reads
it and checked when the stream is closed (a body that was not read to the end is not checked;
binary bodies never are). Results go to a `Recorder`.

Two ways in:

* build it: ``AISTransport(ValidatingTransport(httpx.HTTPTransport(...)))`` (the CLI does);
* `install()` / `uninstall()`: patch `handle_request` of the client's `StdlibTransport` and of
  `httpx.HTTPTransport` process-wide, so every client (ours, the generated one, the dev cluster
  probes) is checked. The pytest plugin
  does this; nothing in `aistore/_core` has to change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx

from aistore.contract import known
from aistore.contract.validate import Checker, RequestCheck, media_type

REDIRECT_PROBE = (
    "ais_redirect_probe"  # aistore._core.transport.REDIRECT_PROBE (no import: no cycle)
)
MAX_BODY = 8 * 1024 * 1024
"""Larger JSON/msgpack bodies are not collected for checking."""

_SCHEMA_MEDIA = ("application/json", "application/msgpack")


@dataclass
class Exchange:
    """One checked request/response."""

    service: str | None
    operation: str | None  # operationId, None when the spec has no operation for it
    method: str
    path: str
    status: int | None
    hop: str
    action: str | None = None
    what: str | None = None
    diffs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # undeclared response properties (info)
    known: list[str] = field(
        default_factory=list
    )  # tolerated known differences (aistore.contract.known)
    body_checked: bool = False

    @property
    def ok(self) -> bool:
        return not self.diffs

    @property
    def label(self) -> str:
        if self.operation is None:
            return f"{self.method} {self.path}"
        extra = f" action={self.action}" if self.action else ""
        extra += f" what={self.what}" if self.what else ""
        return f"{self.operation}{extra}"

    def describe(self) -> str:
        head = f"{self.label} [{self.method} {self.path} -> {self.status}, {self.hop} hop]"
        return head + "".join(f"\n    - {d}" for d in self.diffs)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Recorder:
    """Thread-safe record of checked exchanges; `drain_failures` hands out new failures once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.exchanges: list[Exchange] = []
        self._pending: list[Exchange] = []
        self.active = True
        self.listeners: list[Callable[[Exchange], None]] = []

    def add(self, ex: Exchange) -> None:
        if not self.active:
            return
        with self._lock:
            self.exchanges.append(ex)
            if ex.diffs:
                self._pending.append(ex)
        for listener in self.listeners:
            listener(ex)

    def amend(self, ex: Exchange, diffs: list[str], notes: list[str]) -> None:
        """Body results of an exchange already added."""
        with self._lock:
            had = bool(ex.diffs)
            ex.diffs.extend(diffs)
            ex.notes.extend(notes)
            ex.body_checked = True
            if diffs and not had and self.active:
                self._pending.append(ex)

    def drain_failures(self) -> list[Exchange]:
        with self._lock:
            out, self._pending = self._pending, []
        return out

    def clear(self) -> None:
        with self._lock:
            self.exchanges.clear()
            self._pending.clear()


_checker: Checker | None = None
_checker_lock = threading.Lock()


def default_checker() -> Checker:
    global _checker
    with _checker_lock:
        if _checker is None:
            _checker = Checker()
        return _checker


RECORDER = Recorder()
"""The process-wide recorder used by `install()` and the pytest plugin."""


class _TapStream(httpx.SyncByteStream):
    """Passes the body through, keeping a copy; checks it when closed after a full read."""

    def __init__(
        self, inner: httpx.SyncByteStream, on_done: Callable[[bytes | None], None]
    ) -> None:
        self._inner = inner
        self._chunks: list[bytes] = []
        self._size = 0
        self._complete = False
        self._done = False
        self._on_done = on_done

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if self._size <= MAX_BODY:
                self._chunks.append(chunk)
                self._size += len(chunk)
            yield chunk
        self._complete = True

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            if not self._done:
                self._done = True
                body = b"".join(self._chunks) if self._complete and self._size <= MAX_BODY else None
                self._chunks = []
                self._on_done(body)


def _request_body(request: httpx.Request) -> bytes | None:
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return b"".join(stream)
    return None


def _has_body(method: str, response: httpx.Response) -> bool:
    if method == "HEAD" or response.status_code in (204, 304):
        return False
    length = response.headers.get("Content-Length")
    if length is not None:
        return bool(length.strip() != "0")
    return "chunked" in response.headers.get("Transfer-Encoding", "").lower()


def check_exchange(
    request: httpx.Request,
    send: Callable[[httpx.Request], httpx.Response],
    checker: Checker,
    recorder: Recorder,
) -> httpx.Response:
    """Send `request` with `send`, check both sides, record; the response (body possibly tapped)."""
    probe = (
        bool(request.extensions.get(REDIRECT_PROBE))
        and request.headers.get("Content-Length") == "0"
    )
    try:
        req = checker.check_request(
            request.method, str(request.url), request.headers, _request_body(request), probe=probe
        )
    except Exception as exc:  # a bug here must not break the caller's request
        req = RequestCheck(method=request.method, url=str(request.url), operation=None)
        req.diffs.append(f"contract checker error on request: {exc!r}")
    response = send(request)
    op = req.operation
    ex = Exchange(
        service=op.service if op else None,
        operation=op.operation_id if op else None,
        method=request.method,
        path=request.url.raw_path.decode("ascii", "replace").split("?", 1)[0],
        status=response.status_code,
        hop=req.hop,
        action=req.action,
        what=req.what,
        diffs=[f"request: {d}" for d in req.diffs],
    )
    has_body = _has_body(request.method, response)
    try:
        ex.diffs.extend(
            checker.check_response_head(req, response.status_code, response.headers, has_body)
        )
    except Exception as exc:
        ex.diffs.append(f"contract checker error on response: {exc!r}")
    ex.diffs, tolerated = known.split(ex.operation, ex.status, ex.diffs)
    ex.known.extend(tolerated)
    recorder.add(ex)
    media = media_type(response.headers.get("Content-Type"))
    if (
        op is None
        or not has_body
        or media not in _SCHEMA_MEDIA
        or checker.body_schema(req, response.status_code, media) is None
    ):
        return response

    status, ctype = response.status_code, response.headers.get("Content-Type")

    def on_done(body: bytes | None) -> None:
        if body is None:
            return
        try:
            diffs, notes = checker.check_response_body(req, status, ctype, body)
        except Exception as exc:
            diffs, notes = [f"contract checker error on body: {exc!r}"], []
        diffs, tolerated = known.split(ex.operation, status, diffs)
        ex.known.extend(tolerated)
        recorder.amend(ex, diffs, notes)

    assert isinstance(response.stream, httpx.SyncByteStream)
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        stream=_TapStream(response.stream, on_done),
        extensions=response.extensions,
        request=request,
    )


def check_wire_exchange(
    method: str,
    url: str,
    headers: list[tuple[bytes, bytes]],
    body: bytes | None,
    probe: bool,
    send: Callable[[], Any],
    checker: Checker,
    recorder: Recorder,
) -> Any:
    """`check_exchange` for the object hot path (`aistore._core.wire.Wire.exchange`): the same
    checks and record, on the request's bytes and the `Reply` (whose body is read whole)."""
    request_headers = httpx.Headers(headers)
    try:
        # the hot path's bodies are always in memory: None is no body at all
        sent = b"" if body is None else body
        req = checker.check_request(method, url, request_headers, sent, probe=probe)
    except Exception as exc:  # a bug here must not break the caller's request
        req = RequestCheck(method=method, url=url, operation=None)
        req.diffs.append(f"contract checker error on request: {exc!r}")
    reply = send()
    op = req.operation
    ex = Exchange(
        service=op.service if op else None,
        operation=op.operation_id if op else None,
        method=method,
        path="/" + url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0],
        status=reply.status_code,
        hop=req.hop,
        action=req.action,
        what=req.what,
        diffs=[f"request: {d}" for d in req.diffs],
    )
    has_body = bool(reply.content)
    try:
        ex.diffs.extend(
            checker.check_response_head(req, reply.status_code, reply.headers, has_body)
        )
    except Exception as exc:
        ex.diffs.append(f"contract checker error on response: {exc!r}")
    ex.diffs, tolerated = known.split(ex.operation, ex.status, ex.diffs)
    ex.known.extend(tolerated)
    recorder.add(ex)
    ctype = reply.headers.get("Content-Type")
    if op is not None and has_body and media_type(ctype) in _SCHEMA_MEDIA:
        try:
            diffs, notes = checker.check_response_body(req, reply.status_code, ctype, reply.content)
        except Exception as exc:
            diffs, notes = [f"contract checker error on body: {exc!r}"], []
        diffs, tolerated = known.split(ex.operation, reply.status_code, diffs)
        ex.known.extend(tolerated)
        recorder.amend(ex, diffs, notes)
    return reply


class ValidatingTransport(httpx.BaseTransport):
    """Checks each exchange that passes through it against the spec."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        checker: Checker | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        self._inner = inner
        self.checker = checker or default_checker()
        self.recorder = recorder if recorder is not None else RECORDER

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return check_exchange(request, self._inner.handle_request, self.checker, self.recorder)

    def close(self) -> None:
        self._inner.close()


_originals: dict[type[httpx.BaseTransport], Callable[..., httpx.Response]] = {}


def _transport_classes() -> tuple[type[httpx.BaseTransport], ...]:
    # the client's own transport (stdlib http.client) and httpx's (the dev cluster probes,
    # users' raw generated clients)
    from aistore._core.stdlib_transport import StdlibTransport

    return (StdlibTransport, httpx.HTTPTransport)


def install(recorder: Recorder | None = None, checker: Checker | None = None) -> None:
    """Check every exchange of every low-level transport in this process (idempotent)."""
    if _originals:
        return
    rec = recorder if recorder is not None else RECORDER
    for cls in _transport_classes():
        original = cls.handle_request
        _originals[cls] = original

        def handle_request(
            self: httpx.BaseTransport,
            request: httpx.Request,
            _original: Callable[..., httpx.Response] = original,
        ) -> httpx.Response:
            if not rec.active:  # outside live tests: untouched
                return _original(self, request)
            chk = checker or default_checker()
            return check_exchange(request, lambda r: _original(self, r), chk, rec)

        cls.handle_request = handle_request  # type: ignore[method-assign]
    _install_wire(rec, checker)


def _install_wire(rec: Recorder, checker: Checker | None) -> None:
    # the object hot path sends without httpx objects: its one exchange method is checked too
    from aistore._core.wire import Wire

    original = Wire.exchange
    _wire_original.append(original)

    def exchange(
        self: Wire,
        origin: Any,
        method: str,
        target: str,
        host: str,
        headers: Any,
        body: bytes | None,
        timeouts: Any,
        *,
        probe: bool = False,
    ) -> Any:
        def send() -> Any:
            return original(
                self, origin, method, target, host, headers, body, timeouts, probe=probe
            )

        if not rec.active:
            return send()
        url = f"{origin[0]}://{host}{target}"
        chk = checker or default_checker()
        return check_wire_exchange(method, url, headers, body, probe, send, chk, rec)

    Wire.exchange = exchange  # type: ignore[method-assign]


_wire_original: list[Callable[..., Any]] = []


def uninstall() -> None:
    for cls, original in _originals.items():
        cls.handle_request = original  # type: ignore[method-assign]
    _originals.clear()
    if _wire_original:
        from aistore._core.wire import Wire

        Wire.exchange = _wire_original.pop()  # type: ignore[method-assign]
        _wire_original.clear()


def installed() -> bool:
    return bool(_originals)
