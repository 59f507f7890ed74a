"""One HTTP/1.1 exchange on a pooled keep-alive socket, without httpx or `http.client` parsing.

The object hot path (`aistore._core.lane`) sends a small request and reads a small answer many
thousands of times a second; on 2 cores the client's CPU per exchange decides the rate. Here an
exchange is one `sendall` of the whole request (head and an in-memory body) and, for a small
answer, one `recv`; the status line and headers are split by `parse_head` (a few bytes
operations instead of `http.client`'s line-by-line reads and `email` parser, which was a quarter
of a small GET's client CPU), and nothing else is allocated per exchange but the `Reply`.

The connections are the ones `StdlibTransport` pools (`checkout` / `checkin`), so the pool's
limits and checks are the same for both paths. Failures are raised as httpx's exception classes,
like `StdlibTransport`'s, so the one error boundary (`aistore._core.error_map`) maps them.
`Wire.exchange` is the single place every hot-path exchange passes: the contract checker hooks
it (`aistore.contract.transport.install`) as it hooks the transports' `handle_request`.
"""

from __future__ import annotations

import http.client
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from aistore._core.stdlib_transport import Origin, StdlibTransport

MAX_HEAD = 65536
"""Largest status line + headers accepted (the server's are a few hundred bytes)."""
RECV = 65536
"""Bytes asked of the socket at once for the head and a small body."""
ONE_SEND = 65536
"""A body up to this size is sent in the same `sendall` as the head (one syscall, one packet)."""

Headers = list[tuple[bytes, bytes]]


class Reply:
    """A read answer: status, headers as on the wire, the whole body."""

    __slots__ = ("_headers", "content", "raw_headers", "reason", "status_code", "url")

    def __init__(
        self,
        status_code: int,
        raw_headers: Headers,
        content: bytes,
        reason: str = "",
        url: str = "",
    ) -> None:
        self.status_code = status_code
        self.raw_headers = raw_headers
        self.content = content
        self.reason = reason
        self.url = url
        self._headers: httpx.Headers | None = None

    @classmethod
    def of(cls, response: httpx.Response) -> Reply:
        """The `Reply` of a read httpx response (the general path's answer)."""
        reply = cls(response.status_code, response.headers.raw, response.content)
        reply._headers = response.headers
        reply.reason = response.reason_phrase
        try:
            reply.url = str(response.request.url)
        except RuntimeError:  # a response made without a request
            reply.url = ""
        return reply

    @property
    def headers(self) -> httpx.Headers:
        """Case-insensitive headers (made on first use: a GET's caller may never look)."""
        if self._headers is None:
            self._headers = httpx.Headers(self.raw_headers)
        return self._headers

    def header(self, lower_name: bytes) -> bytes | None:
        """The first value of a header, by its lower-case name, without building `headers`."""
        for name, value in self.raw_headers:
            if name.lower() == lower_name:
                return value
        return None

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    def to_response(self, method: str = "GET") -> httpx.Response:
        """An httpx response with the same status, headers and body (for the error boundary and
        for public methods that return one)."""
        request = httpx.Request(method, self.url) if self.url else None
        response = httpx.Response(
            self.status_code,
            headers=self.headers,
            content=self.content,
            request=request,
            extensions={"reason_phrase": self.reason.encode("latin-1", "replace")},
        )
        return response

    def __repr__(self) -> str:
        return f"<Reply [{self.status_code}] {len(self.content)} bytes>"


@dataclass(frozen=True, slots=True)
class Head:
    """A parsed response head."""

    status: int
    reason: str
    headers: Headers
    length: int | None  # Content-Length, None when absent
    chunked: bool
    keep_alive: bool
    encoded: bool  # a Content-Encoding other than identity


def _protocol_error(message: str) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(message)


def parse_head(head: bytes) -> Head:
    """Parse a status line and headers (`head` without the final empty line).

    Header values keep their bytes (a `Location` may carry UTF-8); names keep their case.
    Malformed input raises `httpx.RemoteProtocolError`.
    """
    lines = head.split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    if not version.startswith(b"HTTP/1.") or len(rest) < 3 or not rest[:3].isdigit():
        raise _protocol_error(f"malformed status line {lines[0][:100]!r}")
    status = int(rest[:3])
    reason = rest[4:].decode("latin-1")
    headers: Headers = []
    length: int | None = None
    chunked = False
    keep_alive = version == b"HTTP/1.1"
    encoded = False
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            if not headers:
                raise _protocol_error("header continuation before any header")
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip(b" \t"))
            continue
        name, sep, value = line.partition(b":")
        if not sep or not name or name != name.strip(b" \t"):
            raise _protocol_error(f"malformed header line {line[:100]!r}")
        value = value.strip(b" \t")
        headers.append((name, value))
        lower = name.lower()
        if lower == b"content-length":
            if not value.isdigit() or (length is not None and int(value) != length):
                raise _protocol_error(f"bad Content-Length {value[:40]!r}")
            length = int(value)
        elif lower == b"transfer-encoding":
            chunked = value.lower().split(b",")[-1].strip() == b"chunked"
        elif lower == b"connection":
            tokens = {t.strip() for t in value.lower().split(b",")}
            if b"close" in tokens:
                keep_alive = False
            elif b"keep-alive" in tokens:
                keep_alive = True
        elif lower == b"content-encoding":
            encoded = value.strip().lower() not in (b"", b"identity")
    return Head(status, reason, headers, length, chunked, keep_alive, encoded)


def request_head(
    method: str, target: str, host: str, headers: Headers, length: int | None
) -> bytes:
    """The request line and headers of one request (`length`: the Content-Length to send)."""
    parts = [f"{method} {target} HTTP/1.1\r\nHost: {host}\r\n".encode("ascii")]
    for name, value in headers:
        parts.append(name + b": " + value + b"\r\n")
    if length is not None:
        parts.append(b"Content-Length: %d\r\n" % length)
    parts.append(b"\r\n")
    return b"".join(parts)


class _Socket:
    """Reads of one response from a socket, with what was received beyond the head kept."""

    __slots__ = ("buf", "sock")

    def __init__(self, sock: Any, buf: bytes) -> None:
        self.sock = sock
        self.buf = buf

    def exactly(self, count: int) -> bytes:
        """`count` bytes: first the buffered ones, then from the socket."""
        buf = self.buf
        if len(buf) >= count:
            self.buf = buf[count:]
            return buf[:count]
        out = bytearray(count)
        view = memoryview(out)
        view[: len(buf)] = buf
        got = len(buf)
        self.buf = b""
        while got < count:
            n = self.sock.recv_into(view[got:], min(count - got, 1 << 20))
            if not n:
                raise http.client.IncompleteRead(bytes(view[:got]), count - got)
            got += n
        return bytes(out)

    def line(self) -> bytes:
        while (end := self.buf.find(b"\r\n")) < 0:
            if len(self.buf) > MAX_HEAD:
                raise _protocol_error("chunk size line too long")
            more = self.sock.recv(RECV)
            if not more:
                raise http.client.IncompleteRead(b"")
            self.buf += more
        line, self.buf = self.buf[:end], self.buf[end + 2 :]
        return line

    def chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size_text = self.line().split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise _protocol_error(f"bad chunk size {size_text[:20]!r}") from None
            if size == 0:
                while self.line():  # trailers, then the empty line
                    pass
                return b"".join(parts)
            parts.append(self.exactly(size))
            if self.exactly(2) != b"\r\n":
                raise _protocol_error("chunk not followed by CRLF")

    def to_eof(self) -> bytes:
        parts = [self.buf]
        self.buf = b""
        while chunk := self.sock.recv(1 << 20):
            parts.append(chunk)
        return b"".join(parts)


def read_head(sock: Any) -> tuple[Head, bytes]:
    """Receive and parse a response head; returns it and the bytes received after it.

    Interim 1xx answers are skipped. A connection that closes before any byte raises
    `http.client.RemoteDisconnected` (a kept-alive connection the server dropped).
    """
    buf = sock.recv(RECV)
    if not buf:
        raise http.client.RemoteDisconnected("server closed the connection without an answer")
    while True:
        while (end := buf.find(b"\r\n\r\n")) < 0:
            if len(buf) > MAX_HEAD:
                raise _protocol_error("response head too long")
            more = sock.recv(RECV)
            if not more:
                raise http.client.IncompleteRead(buf)
            buf += more
        head = parse_head(buf[:end])
        buf = buf[end + 4 :]
        if 100 <= head.status < 200 and head.status != 101:
            if not buf:
                buf = sock.recv(RECV)
            continue
        return head, buf


def read_body(sock: Any, head: Head, rest: bytes, method: str) -> tuple[bytes, bool]:
    """The body of the response `head` (`rest`: bytes received after the head); and whether the
    connection may be used again."""
    if method == "HEAD" or head.status in (204, 304):
        return b"", head.keep_alive and not rest
    reader = _Socket(sock, rest)
    if head.chunked:
        body = reader.chunked()
    elif head.length is not None:
        body = reader.exactly(head.length)
    else:
        return reader.to_eof(), False  # delimited by the close
    return body, head.keep_alive and not reader.buf


class BodyReadError(Exception):
    """Reading a body failed after its head arrived (`cause`: the httpx error). The general
    path meets these while reading the response, so they are mapped as during the body
    (`AISStreamError`) and never retried; this type keeps the two paths alike."""

    def __init__(self, cause: httpx.RequestError) -> None:
        super().__init__(str(cause))
        self.cause = cause


def _body_error(exc: BaseException) -> BodyReadError:
    if isinstance(exc, TimeoutError):
        return BodyReadError(httpx.ReadTimeout(str(exc)))
    if isinstance(exc, http.client.IncompleteRead):
        return BodyReadError(httpx.RemoteProtocolError(f"body cut short: {exc!r}"))
    if isinstance(exc, httpx.RequestError):
        return BodyReadError(exc)
    return BodyReadError(httpx.ReadError(f"{type(exc).__name__}: {exc}"))


class Wire:
    """Exchanges on the keep-alive connections of one `StdlibTransport`."""

    def __init__(self, pool: StdlibTransport) -> None:
        self.pool = pool

    def exchange(
        self,
        origin: Origin,
        method: str,
        target: str,
        host: str,
        headers: Headers,
        body: bytes | None,
        timeouts: Mapping[str, float | None],
        *,
        probe: bool = False,
    ) -> Reply:
        """Send one request to `origin` and read the whole answer.

        `target` is path?query, `host` the Host header. `probe` marks a bodiless redirect probe
        (a write sent without its body to learn the owning target); the contract checker reads it.
        Raises httpx's transport errors, and `BodyReadError` for a body that broke off.
        """
        length = len(body) if body is not None else (0 if method in ("PUT", "POST") else None)
        wire_head = request_head(method, target, host, headers, length)
        if body and len(body) <= ONE_SEND:
            wire_head, body = wire_head + body, None
        read_timeout = timeouts.get("read")
        for attempt in (0, 1):
            conn, reused = self.pool.checkout(origin, timeouts)
            reusable = False
            try:
                sock = conn.sock
                assert sock is not None
                if sock.gettimeout() != read_timeout:
                    sock.settimeout(read_timeout)
                try:
                    sock.sendall(wire_head)
                    if body:
                        sock.sendall(body)
                    head, rest = read_head(sock)
                except (
                    ConnectionResetError,
                    BrokenPipeError,
                    http.client.RemoteDisconnected,
                ) as exc:
                    # a kept-alive connection the server dropped meanwhile: once more on a new
                    # one (the body is in memory), as StdlibTransport does
                    if reused and attempt == 0:
                        continue
                    raise httpx.RemoteProtocolError(f"{type(exc).__name__}: {exc}") from exc
                except TimeoutError as exc:
                    raise httpx.ReadTimeout(str(exc)) from exc
                except http.client.IncompleteRead as exc:
                    raise httpx.RemoteProtocolError(f"answer cut short: {exc!r}") from exc
                except OSError as exc:
                    raise httpx.ReadError(f"{type(exc).__name__}: {exc}") from exc
                try:
                    content, reusable = read_body(sock, head, rest, method)
                except (OSError, http.client.HTTPException, httpx.TransportError) as exc:
                    raise _body_error(exc) from exc
            finally:
                self.pool.checkin(origin, conn, reusable)
            if head.encoded:
                raise BodyReadError(
                    httpx.DecodingError("an encoded body came back to Accept-Encoding: identity")
                )
            url = f"{origin[0]}://{host}{target}"
            return Reply(head.status, head.headers, content, head.reason, url)
        raise AssertionError("unreachable")
