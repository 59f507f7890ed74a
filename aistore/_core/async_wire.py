"""HTTP/1.1 over asyncio: keep-alive connections parsed by httptools (llhttp, C).

The async client's socket layer. Measured in bench/aio_transports.py (1 KiB GETs to one
target): this protocol costs about a fifth of aiohttp's client CPU per request and a small
fraction of httpx's default async transport (figures in README's decision list).

* One `Pool` per origin (scheme, host, port) with a cap on connections (`limit`); a task waits
  for a free slot (`pool` timeout) and holds it until its response is released.
* A request is written whole (bytes) or streamed from a file with write flow control.
* A response body is handed out as it arrives; when more than `READ_HIGH` bytes wait unread
  the socket stops being read (constant memory for any object size).
* A response read to its end goes back to the pool (if keep-alive); one closed early, cut, or
  abandoned by a cancelled task closes its connection at once (`Response.close`, synchronous so
  that `finally` blocks and cancellation can always run it).
* Failures are raised as httpx's exception classes, so the one error boundary
  (`aistore._core.error_map`) maps them exactly as for the synchronous client.

Decisions (retries, redirects, owners) are not made here: see `async_transport` and
`async_sender`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import os
import ssl
from collections import deque
from collections.abc import AsyncIterable, Awaitable, Callable
from typing import Any

import httptools
import httpx

from aistore._core.http_parser import response_parser

READ_HIGH = 1 << 20
"""Unread body bytes at which the socket is paused (per response)."""
READ_LOW = 256 << 10
WRITE_CHUNK = 256 << 10
"""Bytes read from a file body per write."""
RECV_BUFFER = 256 << 10
"""Bytes one receive may take (the scratch buffer of each connection)."""
SMALL_BODY = 65536
"""An unread body up to this size is drained on `discard`, keeping the connection."""

Origin = tuple[str, str, int]
Body = bytes | io.IOBase | AsyncIterable[bytes] | None
"""A request body: bytes, a seekable binary file (Content-Length), or chunks produced while the
request is sent (`Transfer-Encoding: chunked`; sent once, never repeated)."""


def _check_header(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise httpx.LocalProtocolError(f"line break in a header value: {value!r}")
    return value


@functools.lru_cache(maxsize=512)
def _header_lines(headers: tuple[tuple[str, str], ...]) -> str:
    # most requests repeat the same few header sets (User-Agent, token, Accept): format once
    return "".join(f"{name}: {_check_header(value)}\r\n" for name, value in headers)


class Response:
    """One response: status and headers at once, the body as it arrives (httpx-like names)."""

    def __init__(self, conn: _Conn, method: str, url: str) -> None:
        self.method = method
        self.url = url
        self.status_code = 0
        self._raw: list[tuple[bytes, bytes]] = []
        self._headers: httpx.Headers | None = None
        self._conn: _Conn | None = conn
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._paused = False
        self.headers_done = False
        self.complete = False
        self.received = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._content: bytes | None = None
        self.read_timeout: float | None = None
        self._task: asyncio.Task[Any] | None = None
        self._body = memoryview(b"")
        self._filled = 0

    # ---- parser callbacks (httptools) -------------------------------------------------------
    def on_header(self, name: bytes, value: bytes) -> None:
        self._raw.append((name, value))

    def on_headers_complete(self) -> None:
        conn = self._conn
        assert conn is not None and conn.parser is not None
        self.status_code = conn.parser.get_status_code()
        self.headers_done = True
        if self.method == "HEAD":
            # llhttp cannot be told that a HEAD response has no body: end it here and give the
            # connection a fresh parser for its next response
            self.complete = True
            conn.keep_alive = conn.parser.should_keep_alive()
            conn.parser = None
        self._wake()

    def on_body(self, body: bytes) -> None:
        self._chunks.append(body)
        self._buffered += len(body)
        if self._buffered > READ_HIGH and not self._paused and self._conn is not None:
            self._paused = True
            self._conn.pause()
        self._wake()

    def on_message_complete(self) -> None:
        conn = self._conn
        if conn is not None and conn.parser is not None:
            conn.keep_alive = conn.parser.should_keep_alive()
        self.complete = True
        self._wake()

    # ---- connection events ------------------------------------------------------------------
    def fail(self, error: BaseException) -> None:
        if not self.complete and self._error is None:
            self._error = error
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def _wait(self) -> None:
        waiter = self._waiter = asyncio.get_running_loop().create_future()
        try:
            if self.read_timeout is None:
                await waiter
            else:
                async with asyncio.timeout(self.read_timeout):
                    await waiter
        except TimeoutError:
            self.close()
            raise httpx.ReadTimeout(f"no data in {self.read_timeout:g}s ({self.url})") from None
        finally:
            self._waiter = None

    # ---- what callers use -------------------------------------------------------------------
    @property
    def headers(self) -> httpx.Headers:
        if self._headers is None:
            self._headers = httpx.Headers(self._raw)
        return self._headers

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def content(self) -> bytes:
        if self._content is None:
            raise httpx.ResponseNotRead()
        return self._content

    @property
    def text(self) -> str:
        return self.content.decode(self.headers.encoding if self._headers else "utf-8")

    def json(self) -> Any:
        import json

        return json.loads(self.content)

    async def wait_headers(self) -> None:
        while not self.headers_done:
            if self._error is not None:
                raise self._error
            await self._wait()

    async def next_chunk(self) -> bytes | None:
        """The next piece of the body as it came off the socket; None at the end."""
        while True:
            if self._chunks:
                data = self._chunks.popleft()
                self._buffered -= len(data)
                if self._paused and self._buffered <= READ_LOW and self._conn is not None:
                    self._paused = False
                    self._conn.resume()
                return data
            if self.complete:
                self._release()
                return None
            if self._error is not None:
                self.close()
                raise self._error
            await self._wait()

    async def read_body(self) -> bytes | bytearray:
        """The whole body, received straight into one buffer when its length is known (what
        has arrived is copied in, the rest goes from the socket to the buffer without being
        parsed); as `aread` otherwise. A `bytearray` when received that way."""
        length = self.headers.get("Content-Length", "")
        conn = self._conn
        if self.complete or conn is None or not length.isdigit() or conn.parser is None:
            return await self.aread()
        total = int(length)
        buffer = bytearray(total)
        view = memoryview(buffer)
        filled = 0
        while self._chunks:
            data = self._chunks.popleft()
            view[filled : filled + len(data)] = data
            filled += len(data)
        self._buffered = 0
        self._body, self._filled = view, filled
        if self.complete:
            self._release()
            return buffer
        # the rest of the body bypasses the parser: whether the connection may be kept is
        # known from the headers, and the next response gets a fresh parser
        conn.keep_alive = conn.parser.should_keep_alive()
        conn.parser = None
        if filled < total:
            conn.sink = view[filled:]
        else:
            self.complete = True
        if self._paused:
            self._paused = False
            conn.resume()
        while not self.complete:
            if self._error is not None:
                self.close()
                raise self._error
            await self._wait()
        self._release()
        return buffer

    def sunk(self, nbytes: int, *, done: bool) -> None:
        """`nbytes` more of the body landed in the buffer of `read_body` (`done`: all of it)."""
        self._filled += nbytes
        self.received = True
        if done:
            self.complete = True
        self._wake()

    @property
    def partial_body(self) -> memoryview:
        """What `read_body` had received when it failed (to continue from there)."""
        return self._body[: self._filled]

    async def aread(self) -> bytes:
        """The whole body (kept as `content`)."""
        if self._content is None:
            parts = []
            while (chunk := await self.next_chunk()) is not None:
                parts.append(chunk)
            self._content = parts[0] if len(parts) == 1 else b"".join(parts)
        return self._content

    async def discard(self) -> None:
        """Drop a response we do not pass on (a redirect); a small body is drained first so
        the connection is kept."""
        length = self.headers.get("Content-Length", "")
        if not self.complete and length.isdigit() and int(length) <= SMALL_BODY:
            try:
                while await self.next_chunk() is not None:
                    pass
            except httpx.HTTPError:
                pass
        self.close()

    def bind_to_task(self) -> None:
        """Close this response when the task reading it ends, however it ends (a cancelled
        task never reaches its `finally` inside an `async for` body it was not awaiting)."""
        task = asyncio.current_task()
        if task is not None and self._conn is not None:
            self._task = task
            task.add_done_callback(self._task_done)

    def _task_done(self, _: asyncio.Task[Any]) -> None:
        self._task = None
        self.close()

    def _unbind(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.remove_done_callback(self._task_done)

    def _release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._unbind()
            conn.finish(self)

    def close(self) -> None:
        """Give the connection back (body read to the end) or close it (anything else)."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        self._unbind()
        if self.complete:  # all of it arrived (maybe unread): the connection is clean
            conn.finish(self)
        else:
            conn.abort()

    def __del__(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.abort()

    async def aclose(self) -> None:
        self.close()


class _Conn(asyncio.BufferedProtocol):
    """One HTTP/1.1 connection; one request at a time.

    Bytes are received into a scratch buffer and parsed (`data_received`), except the rest of
    a body being read by `Response.read_body`: those go from the socket straight into the
    caller's buffer (`recv_into`), past the parser.
    """

    def __init__(self, pool: Pool) -> None:
        self.pool = pool
        self.transport: asyncio.Transport | None = None
        self.parser: httptools.HttpResponseParser | None = None
        self.response: Response | None = None
        self.keep_alive = False
        self.lost = False
        self._drain: asyncio.Future[None] | None = None
        self._write_paused = False
        self._scratch = memoryview(bytearray(RECV_BUFFER))
        self.sink: memoryview | None = None

    # ---- asyncio.BufferedProtocol -----------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def get_buffer(self, sizehint: int) -> memoryview:
        return self._scratch if self.sink is None else self.sink

    def buffer_updated(self, nbytes: int) -> None:
        sink = self.sink
        if sink is None:
            self.data_received(self._scratch[:nbytes])
            return
        self.sink = sink[nbytes:] if nbytes < len(sink) else None
        response = self.response
        if response is not None:
            response.sunk(nbytes, done=self.sink is None)

    def data_received(self, data: bytes | memoryview) -> None:
        response = self.response
        if response is None:
            # bytes while idle: the server closed or misbehaved; never reuse this connection
            self.lost = True
            self.abort()
            return
        response.received = True
        if self.parser is None:
            self.parser = response_parser(response)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            response.fail(httpx.RemoteProtocolError(f"bad HTTP response: {exc}"))
            self.abort()

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        response = self.response
        if response is not None and not response.complete:
            if response.headers_done and not _framed(response):
                response.complete = True  # a body delimited by the end of the connection
                response._wake()
            elif response.headers_done:
                response.fail(httpx.ReadError(f"connection closed mid-body ({response.url})"))
            else:
                response.fail(
                    httpx.RemoteProtocolError(
                        f"server closed the connection without a response ({response.url})"
                    )
                )
        drain = self._drain
        if drain is not None and not drain.done():
            drain.set_exception(httpx.WriteError(f"connection lost: {exc}"))

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        drain = self._drain
        if drain is not None and not drain.done():
            drain.set_result(None)

    # ---- used by Pool / Response ------------------------------------------------------------
    def pause(self) -> None:
        if self.transport is not None:
            self.transport.pause_reading()

    def resume(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.resume_reading()

    async def write(self, head: bytes, body: Body, write_timeout: float | None) -> None:
        transport = self.transport
        assert transport is not None
        if body is None or isinstance(body, bytes):
            transport.write(head + body if body else head)
            return
        transport.write(head)
        if isinstance(body, io.IOBase):
            while chunk := body.read(WRITE_CHUNK):
                transport.write(chunk)
                await self._flow(write_timeout)
            return
        # chunked: an exception of the producer leaves the body unterminated (the connection
        # is aborted by the caller), so the server never sees a complete request
        async for chunk in body:
            if chunk:
                transport.write(b"%x\r\n" % len(chunk))
                transport.write(chunk)
                transport.write(b"\r\n")
                await self._flow(write_timeout)
        transport.write(b"0\r\n\r\n")

    async def _flow(self, write_timeout: float | None) -> None:
        """Wait while the transport's write buffer is full; fail if the connection is gone."""
        if self._write_paused:
            self._drain = asyncio.get_running_loop().create_future()
            try:
                async with asyncio.timeout(write_timeout):
                    await self._drain
            except TimeoutError:
                raise httpx.WriteTimeout(f"write stalled for {write_timeout:g}s") from None
            finally:
                self._drain = None
        if self.lost:
            raise httpx.WriteError("connection lost while sending the body")

    def finish(self, response: Response) -> None:
        """The response ended: keep the connection for the next request, or close it."""
        if self.response is response:
            self.response = None
        if self.keep_alive and not self.lost:
            self.pool.put_back(self)
        else:
            self.abort()

    def abort(self) -> None:
        self.lost = True
        if self.transport is not None:
            self.transport.abort()
        self.response = None
        self.pool.forget(self)


def _framed(response: Response) -> bool:
    for name, value in response._raw:
        lower = name.lower()
        if lower == b"content-length" or (
            lower == b"transfer-encoding" and b"chunked" in value.lower()
        ):
            return True
    return False


class Pool:
    """Connections to one origin: at most `limit` at once, idle ones kept for reuse."""

    def __init__(self, origin: Origin, limit: int, ssl_context: ssl.SSLContext | None) -> None:
        self.origin = origin
        self.netloc = f"{origin[1]}:{origin[2]}"
        self._slots = asyncio.Semaphore(limit)
        self._idle: list[_Conn] = []
        self._busy: set[_Conn] = set()
        self._ssl = ssl_context

    @property
    def open_connections(self) -> int:
        return len(self._idle) + len(self._busy)

    def put_back(self, conn: _Conn) -> None:
        self._busy.discard(conn)
        self._idle.append(conn)
        self._slots.release()

    def forget(self, conn: _Conn) -> None:
        if conn in self._busy:
            self._busy.discard(conn)
            self._slots.release()
        elif conn in self._idle:
            self._idle.remove(conn)

    async def _acquire_slot(self, timeout: float | None) -> None:
        if not self._slots.locked():
            await self._slots.acquire()
            return
        try:
            async with asyncio.timeout(timeout):
                await self._slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(f"no free connection to {self.netloc} in {timeout}s") from None

    def _take_idle(self) -> _Conn | None:
        while self._idle:
            conn = self._idle.pop()
            transport = conn.transport
            if not conn.lost and transport is not None and not transport.is_closing():
                return conn
            conn.abort()
        return None

    async def _connect(self, timeout: float | None) -> _Conn:
        scheme, host, port = self.origin
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                _, conn = await loop.create_connection(
                    lambda: _Conn(self),
                    host,
                    port,
                    ssl=self._ssl if scheme == "https" else None,
                    server_hostname=host if scheme == "https" else None,
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connect to {self.netloc}: timed out") from None
        except OSError as exc:  # ssl.SSLError included (is_ssl_failure reads the cause)
            raise httpx.ConnectError(f"connect to {self.netloc}: {exc}") from exc
        return conn

    async def request(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        body: Body,
        timeout: dict[str, float | None],
        *,
        probe: bool = False,
    ) -> Response:
        """Send one request; the response with its status and headers (the body not read).

        `probe`: a bodiless redirect probe of a request with a body (for the contract checker).
        """
        head, rewind_to = self._head(method, target, headers, body)
        # a produced body cannot be sent twice: never risk it on a kept-alive connection the
        # server may have closed meanwhile
        produced = isinstance(body, AsyncIterable)
        await self._acquire_slot(timeout.get("pool"))
        for fresh in (produced, True):
            conn = None if fresh else self._take_idle()
            response: Response | None = None
            try:
                if conn is None:
                    fresh = True
                    conn = await self._connect(timeout.get("connect"))
                self._busy.add(conn)
                response = Response(conn, method, f"{self.origin[0]}://{self.netloc}{target}")
                response.read_timeout = timeout.get("read")
                conn.response = response
                conn.parser = None
                conn.keep_alive = False
                await conn.write(head, body, timeout.get("write"))
                await response.wait_headers()
                return response
            except BaseException as exc:
                if conn is None:
                    self._slots.release()
                    raise
                stale = (
                    not fresh
                    and (response is None or not response.received)
                    and isinstance(exc, httpx.TransportError)
                    and (body is None or isinstance(body, bytes) or rewind_to is not None)
                )
                conn.abort()
                if stale:
                    # a kept-alive connection the server had closed: once more on a new one
                    if rewind_to is not None and isinstance(body, io.IOBase):
                        body.seek(rewind_to)
                    await self._acquire_slot(timeout.get("pool"))
                    continue
                raise
        raise AssertionError("unreachable")

    def _head(
        self, method: str, target: str, headers: list[tuple[str, str]], body: Body
    ) -> tuple[bytes, int | None]:
        lines = [f"{method} {target} HTTP/1.1\r\nHost: {self.netloc}\r\n"]
        lines.append(_header_lines(tuple(headers)))
        rewind_to = None
        if isinstance(body, bytes):
            lines.append(f"Content-Length: {len(body)}\r\n")
        elif isinstance(body, AsyncIterable):
            lines.append("Transfer-Encoding: chunked\r\n")
        elif body is not None:
            length, rewind_to = _file_length(body)
            lines.append(f"Content-Length: {length}\r\n")
        elif method in ("POST", "PUT", "PATCH"):
            lines.append("Content-Length: 0\r\n")
        lines.append("\r\n")
        return "".join(lines).encode("latin-1"), rewind_to

    def detach_all(self) -> list[asyncio.Transport]:
        """Forget every connection of a forked child's copy of a pool: each socket's descriptor
        is closed (the child's copy only: no shutdown, and the epoll set the child shares with
        the parent is not touched, as `transport.abort()` would); the transports are returned
        to be kept referenced, so their finalizers never run either."""
        transports = []
        for conn in [*self._idle, *self._busy]:
            if conn.transport is not None:
                transports.append(conn.transport)
                sock = conn.transport.get_extra_info("socket")
                raw = getattr(sock, "_sock", None)  # asyncio.trsock.TransportSocket's socket
                if raw is not None:
                    raw.close()
            conn.transport = None
            conn.lost = True
        self._idle.clear()
        self._busy.clear()
        return transports

    def close(self) -> None:
        for conn in [*self._idle, *self._busy]:
            if conn.transport is not None:
                conn.transport.abort()
        self._idle.clear()
        self._busy.clear()


def _file_length(body: io.IOBase) -> tuple[int, int | None]:
    """Bytes left in a file body, and where it starts (to send it again)."""
    if not body.seekable():
        raise TypeError("a request body must be bytes or a seekable binary file")
    start = body.tell()
    try:
        size = os.fstat(body.fileno()).st_size
    except (OSError, io.UnsupportedOperation):
        size = body.seek(0, os.SEEK_END)
        body.seek(start)
    return size - start, start


class BodyIterator:
    """A response body in `chunk_size` pieces (`async for`); opened on the first `__anext__`.

    Not an async generator on purpose: a dropped or cancelled one would be finalized by a task
    scheduled later; this one closes its response at the end, on any error, on `aclose`, when
    the reading task ends (`Response.bind_to_task`) and when it is dropped.
    """

    def __init__(self, open_response: Callable[[], Awaitable[Response]], chunk_size: int) -> None:
        self._open: Callable[[], Awaitable[Response]] | None = open_response
        self._size = chunk_size
        self._response: Response | None = None
        self._buf = bytearray()
        self._ended = False

    @property
    def response(self) -> Response | None:
        return self._response

    def __aiter__(self) -> BodyIterator:
        return self

    async def __anext__(self) -> bytes:
        if self._ended:
            raise StopAsyncIteration
        try:
            if self._response is None:
                assert self._open is not None
                opener, self._open = self._open, None
                self._response = await opener()
                self._response.bind_to_task()
            response, buf, size = self._response, self._buf, self._size
            while len(buf) < size:
                data = await response.next_chunk()
                if data is None:
                    break
                if not buf and len(data) == size:
                    return data
                buf += data
        except BaseException:
            self.close()
            raise
        if not buf:
            self.close()
            raise StopAsyncIteration
        chunk = bytes(buf[:size])
        del buf[:size]
        return chunk

    def close(self) -> None:
        self._ended = True
        self._open = None
        if self._response is not None:
            self._response.close()

    async def aclose(self) -> None:
        self.close()

    def __del__(self) -> None:
        if self._response is not None:
            self._response.close()
