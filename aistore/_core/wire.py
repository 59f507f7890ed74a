"""One HTTP/1.1 exchange on a pooled keep-alive socket, without httpx or `http.client` parsing.

The object hot path (`aistore._core.lane`) sends a small request and reads a small answer many
thousands of times a second; on 2 cores the client's CPU per exchange decides the rate. Here an
exchange is one `sendall` of the whole request (head and an in-memory body) and, for a small
answer, one `recv`; the answer is parsed by httptools (llhttp, C; the asyncio client's parser
too) instead of `http.client`'s line-by-line reads and `email` header parser, which was a
quarter of a small GET's client CPU. Measured on one 1 KiB GET answer (bench/profile_small.py):
httptools ~7 us, a pure-Python split of our own ~24 us, `http.client.parse_headers` ~69 us.

The connections are the ones `StdlibTransport` pools (`checkout` / `checkin`), so the pool's
limits and checks are the same for both paths. Failures are raised as httpx's exception classes,
like `StdlibTransport`'s, so the one error boundary (`aistore._core.error_map`) maps them.
`Wire.exchange` is the single place every hot-path exchange passes: the contract checker hooks
it (`aistore.contract.transport.install`) as it hooks the transports' `handle_request`.
"""

from __future__ import annotations

import http.client
from collections.abc import Mapping
from typing import Any

import httptools
import httpx

from aistore._core.http_parser import response_parser
from aistore._core.stdlib_transport import Origin, StdlibTransport

RECV = 65536
"""Bytes asked of the socket at once for the head and a small body."""
BIG_RECV = 1 << 20
"""Bytes asked at once once the head is in (a large body in few pieces)."""
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
        for public methods that return one); its `request` is made only when asked for."""
        return ReplyResponse(self, method)

    def __repr__(self) -> str:
        return f"<Reply [{self.status_code}] {len(self.content)} bytes>"


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


class ReplyResponse(httpx.Response):
    """`httpx.Response` of a `Reply`. Building its `httpx.Request` parses the URL (20 us, as
    much as the rest of a small PUT's answer), so that happens on first use of `request`."""

    def __init__(self, reply: Reply, method: str) -> None:
        super().__init__(
            reply.status_code,
            headers=reply.raw_headers,
            # a stream, not content=: httpx would add a Content-Length the server did not send
            stream=httpx.ByteStream(reply.content),
            extensions={"reason_phrase": reply.reason.encode("latin-1", "replace")},
        )
        self._method_url = (method, reply.url)
        self._content = reply.content  # already whole: skip httpx's read of the stream
        self.is_stream_consumed = self.is_closed = True

    @property
    def request(self) -> httpx.Request:
        if self._request is None:
            method, url = self._method_url
            if not url:
                raise RuntimeError("this response has no request")
            self._request = httpx.Request(method, url)
        return self._request

    @request.setter
    def request(self, value: httpx.Request) -> None:
        self._request = value


class _Answer:
    """httptools callbacks: collects one response (interim 1xx answers are skipped)."""

    __slots__ = (
        "body",
        "head_done",
        "head_only",
        "headers",
        "keep_alive",
        "left",
        "messages",
        "parser",
        "reason",
    )

    def __init__(self, head_only: bool) -> None:
        self.head_only = head_only
        self.headers: Headers = []
        self.body: list[bytes] = []
        self.reason = b""
        self.head_done = False
        self.messages = 0  # complete messages: 1 when done, more = bytes beyond the answer
        self.keep_alive = False
        self.left = 0  # body bytes still to come, when the head declared a length
        self.parser: Any = None

    def on_status(self, status: bytes) -> None:
        self.reason += status

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        status = self.parser.get_status_code()
        if 100 <= status < 200 and status != 101:
            self.headers, self.reason = [], b""  # an interim answer: the real one follows
            self.messages -= 1
            return
        self.head_done = True
        for name, value in self.headers:
            if name.lower() == b"content-length" and value.isdigit():
                self.left = int(value)
        if self.head_only:
            # llhttp cannot be told that a HEAD answer has no body: it ends with its head
            self.messages += 1
            self.keep_alive = self.parser.should_keep_alive()

    def on_body(self, body: bytes) -> None:
        if not self.head_only:
            self.body.append(body)
            self.left -= len(body)

    def on_message_complete(self) -> None:
        if not self.head_only:
            self.messages += 1
            if self.messages == 1:
                self.keep_alive = self.parser.should_keep_alive()


def _framed(headers: Headers) -> bool:
    """Whether a body has a declared end (else it runs to the end of the connection)."""
    for name, value in headers:
        lower = name.lower()
        if lower == b"content-length" or (
            lower == b"transfer-encoding" and b"chunked" in value.lower()
        ):
            return True
    return False


def read_reply(sock: Any, method: str) -> tuple[int, str, Headers, bytes, bool]:
    """Receive one whole answer: status, reason, headers, body, and whether the connection may
    be used again. Parsed by httptools (llhttp, C), as the asyncio client's answers are.

    A connection that closes before any byte raises `http.client.RemoteDisconnected` (a
    kept-alive connection the server dropped); once the head is in, a failure raises
    `BodyReadError`.
    """
    answer = _Answer(method == "HEAD")
    parser = answer.parser = response_parser(answer)
    received = False
    while answer.messages < 1:
        try:
            # once the length is known, ask for what is left: a 1 MiB receive buffer for a
            # 64 KiB body cost as much as the rest of the GET (allocated, then shrunk)
            want = RECV if not answer.head_done else min(max(answer.left, RECV), BIG_RECV)
            data = sock.recv(want)
        except (OSError, http.client.HTTPException) as exc:
            if answer.head_done:
                raise _body_error(exc) from exc
            raise
        if not data:
            if not received:
                raise http.client.RemoteDisconnected("server closed the connection unanswered")
            if answer.head_done and not _framed(answer.headers):
                break  # a body delimited by the end of the connection
            error = httpx.RemoteProtocolError("connection closed before the answer was complete")
            if answer.head_done:
                raise BodyReadError(error)
            raise error
        received = True
        try:
            parser.feed_data(data)
        except httptools.HttpParserError as exc:
            if answer.messages >= 1:
                answer.messages += 1  # junk after a whole answer: keep it, drop the connection
                break
            error = httpx.RemoteProtocolError(f"bad HTTP answer: {exc}")
            if answer.head_done:
                raise BodyReadError(error) from exc
            raise error from exc
    keep_alive = answer.messages == 1 and answer.keep_alive
    body = answer.body[0] if len(answer.body) == 1 else b"".join(answer.body)
    status = parser.get_status_code()
    return status, answer.reason.decode("latin-1"), answer.headers, body, keep_alive


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
                    status, reason, raw, content, reusable = read_reply(sock, method)
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
                except OSError as exc:
                    raise httpx.ReadError(f"{type(exc).__name__}: {exc}") from exc
            finally:
                self.pool.checkin(origin, conn, reusable)
            for name, value in raw:
                if name.lower() == b"content-encoding" and value.lower() not in (b"", b"identity"):
                    raise BodyReadError(
                        httpx.DecodingError(
                            "an encoded body came back to Accept-Encoding: identity"
                        )
                    )
            url = f"{origin[0]}://{host}{target}"
            return Reply(status, raw, content, reason, url)
        raise AssertionError("unreachable")
