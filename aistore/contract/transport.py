"""An httpx transport that checks every exchange against the spec, and the record it keeps.

`ValidatingTransport(inner)` sits *below* `AISTransport`, so each hop (proxy, then target after
a redirect; the bodiless probe) is one exchange. Request and response status, headers and media
type are checked at once; a JSON or msgpack response body is collected while the caller reads
it and checked when the stream is closed (a body that was not read to the end is not checked;
binary bodies never are). Results go to a `Recorder`.

Two ways in:

* build it: ``AISTransport(ValidatingTransport(httpx.HTTPTransport(...)))`` (the CLI does);
* `install()` / `uninstall()`: patch `handle_request` of the client's `StdlibTransport` and of
  `httpx.HTTPTransport`, `Pool.request` of `aistore.aio` (`_core/async_wire.py`) and
  `Wire.exchange` of the object hot path (`_core/wire.py`), process-wide, so every client
  (ours sync and async, the generated one, the dev cluster probes) is checked. The pytest
  plugin does this; nothing in `aistore/_core` has to change.
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


def _has_body(method: str, status: int, headers: httpx.Headers) -> bool:
    if method == "HEAD" or status in (204, 304):
        return False
    length = headers.get("Content-Length")
    if length is not None:
        return bool(length.strip() != "0")
    return "chunked" in headers.get("Transfer-Encoding", "").lower()


def _check_request(
    checker: Checker, method: str, url: str, headers: Any, body: bytes | None, probe: bool
) -> RequestCheck:
    try:
        return checker.check_request(method, url, headers, body, probe=probe)
    except Exception as exc:  # a bug here must not break the caller's request
        req = RequestCheck(method=method, url=url, operation=None)
        req.diffs.append(f"contract checker error on request: {exc!r}")
        return req


def _check_response(
    req: RequestCheck,
    method: str,
    raw_path: str,
    status: int,
    headers: httpx.Headers,
    checker: Checker,
    recorder: Recorder,
) -> Callable[[bytes | None], None] | None:
    """Check and record the response head; a callback for the body when it needs checking."""
    op = req.operation
    ex = Exchange(
        service=op.service if op else None,
        operation=op.operation_id if op else None,
        method=method,
        path=raw_path.split("?", 1)[0],
        status=status,
        hop=req.hop,
        action=req.action,
        what=req.what,
        diffs=[f"request: {d}" for d in req.diffs],
    )
    has_body = _has_body(method, status, headers)
    try:
        ex.diffs.extend(checker.check_response_head(req, status, headers, has_body))
    except Exception as exc:
        ex.diffs.append(f"contract checker error on response: {exc!r}")
    ex.diffs, tolerated = known.split(ex.operation, ex.status, ex.diffs)
    ex.known.extend(tolerated)
    recorder.add(ex)
    media = media_type(headers.get("Content-Type"))
    if (
        op is None
        or not has_body
        or media not in _SCHEMA_MEDIA
        or checker.body_schema(req, status, media) is None
    ):
        return None
    ctype = headers.get("Content-Type")

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

    return on_done


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
    req = _check_request(
        checker, request.method, str(request.url), request.headers, _request_body(request), probe
    )
    response = send(request)
    on_done = _check_response(
        req,
        request.method,
        request.url.raw_path.decode("ascii", "replace"),
        response.status_code,
        response.headers,
        checker,
        recorder,
    )
    if on_done is None:
        return response
    assert isinstance(response.stream, httpx.SyncByteStream)
    return httpx.Response(
        status_code=response.status_code,
        headers=response.headers,
        stream=_TapStream(response.stream, on_done),
        extensions=response.extensions,
        request=request,
    )


def _install_async(recorder: Recorder, checker: Checker | None) -> None:
    """Check the exchanges of `aistore.aio` too: wrap its per-origin `Pool.request`."""
    from aistore._core.async_wire import Pool, Response

    original = Pool.request
    _async_originals.append(original)

    async def request(
        self: Pool,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        body: Any,
        timeout: dict[str, float | None],
        *,
        probe: bool = False,
    ) -> Response:
        if not recorder.active:
            return await original(self, method, target, headers, body, timeout, probe=probe)
        chk = checker or default_checker()
        url = f"{self.origin[0]}://{self.netloc}{target}"
        sent = httpx.Headers(headers)
        if isinstance(body, bytes):
            sent["Content-Length"] = str(len(body))
        known_body = b"" if body is None else body if isinstance(body, bytes) else None
        req = _check_request(chk, method, url, sent, known_body, probe)
        response = await original(self, method, target, headers, body, timeout, probe=probe)
        on_done = _check_response(
            req, method, target, response.status_code, response.headers, chk, recorder
        )
        if on_done is not None:
            _tap_async(response, on_done)
        return response

    Pool.request = request  # type: ignore[method-assign]


def _install_wire(recorder: Recorder, checker: Checker | None) -> None:
    """Check the object hot path too: wrap `aistore._core.wire.Wire.exchange` (its answers
    arrive whole, so a body is checked at once)."""
    from aistore._core.wire import Reply, Wire

    original = Wire.exchange
    _wire_originals.append(original)

    def exchange(
        self: Wire,
        origin: Any,
        method: str,
        target: str,
        host: str,
        headers: list[tuple[bytes, bytes]],
        body: bytes | None,
        timeouts: Any,
        *,
        probe: bool = False,
    ) -> Reply:
        if not recorder.active:
            return original(
                self, origin, method, target, host, headers, body, timeouts, probe=probe
            )
        chk = checker or default_checker()
        url = f"{origin[0]}://{host}{target}"
        sent = httpx.Headers(headers)
        if body is not None or method in ("PUT", "POST"):
            sent["Content-Length"] = str(len(body or b""))
        # the hot path's bodies are always in memory: None is no body at all
        req = _check_request(chk, method, url, sent, body or b"", probe)
        reply = original(self, origin, method, target, host, headers, body, timeouts, probe=probe)
        on_done = _check_response(
            req, method, target, reply.status_code, reply.headers, chk, recorder
        )
        if on_done is not None:
            on_done(reply.content)
        return reply

    Wire.exchange = exchange  # type: ignore[method-assign]


def _tap_async(response: Any, on_done: Callable[[bytes | None], None]) -> None:
    """Collect the body as the caller reads it; check it when it ends (never if cut short)."""
    pull = response.next_chunk
    parts: list[bytes] = []
    size = [0]

    async def next_chunk() -> bytes | None:
        data: bytes | None = await pull()
        if data is None:
            on_done(b"".join(parts) if size[0] <= MAX_BODY else None)
        elif size[0] <= MAX_BODY:
            parts.append(data)
            size[0] += len(data)
        return data

    response.next_chunk = next_chunk


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
_async_originals: list[Any] = []
_wire_originals: list[Any] = []


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
    _install_async(rec, checker)
    _install_wire(rec, checker)


def uninstall() -> None:
    for cls, original in _originals.items():
        cls.handle_request = original  # type: ignore[method-assign]
    _originals.clear()
    if _async_originals:
        from aistore._core.async_wire import Pool

        Pool.request = _async_originals.pop()  # type: ignore[method-assign]
    if _wire_originals:
        from aistore._core.wire import Wire

        Wire.exchange = _wire_originals.pop()  # type: ignore[method-assign]


def installed() -> bool:
    return bool(_originals)
