"""The hot path's HTTP/1.1 reading and writing (`aistore._core.wire`) on real sockets."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from aistore._core.stdlib_transport import StdlibTransport
from aistore._core.wire import (
    BodyReadError,
    Reply,
    Wire,
    parse_head,
    read_body,
    read_head,
    request_head,
)


def test_parse_head_keeps_bytes_and_finds_framing() -> None:
    head = parse_head(
        b"HTTP/1.1 301 Moved Permanently\r\n"
        b"Location: http://t:1/v1/objects/b/\xc3\xbc?pid=x\r\n"
        b"Content-Length: 12\r\n"
        b"X-Folded: a\r\n b\r\n"
        b"Connection: close"
    )
    assert head.status == 301
    assert head.reason == "Moved Permanently"
    assert head.headers[0] == (b"Location", b"http://t:1/v1/objects/b/\xc3\xbc?pid=x")
    assert head.headers[2] == (b"X-Folded", b"a b")
    assert head.length == 12
    assert not head.chunked
    assert not head.keep_alive


def test_parse_head_defaults_and_chunked() -> None:
    head = parse_head(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip")
    assert head.length is None and head.chunked and head.keep_alive and head.encoded
    assert not parse_head(b"HTTP/1.0 200 OK").keep_alive
    assert parse_head(b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive").keep_alive
    assert parse_head(b"HTTP/1.1 204").reason == ""


@pytest.mark.parametrize(
    "head",
    [
        b"ICY 200 OK",
        b"HTTP/1.1 2x0 OK",
        b"HTTP/1.1 200 OK\r\nno colon here",
        b"HTTP/1.1 200 OK\r\nName : value",
        b"HTTP/1.1 200 OK\r\nContent-Length: 12a",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2",
        b"HTTP/1.1 200 OK\r\n continuation first",
    ],
)
def test_parse_head_rejects_malformed(head: bytes) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        parse_head(head)


def test_request_head_shape() -> None:
    out = request_head("PUT", "/v1/objects/b/o?provider=ais", "h:1", [(b"A", b"1")], 5)
    assert out == (
        b"PUT /v1/objects/b/o?provider=ais HTTP/1.1\r\nHost: h:1\r\nA: 1\r\n"
        b"Content-Length: 5\r\n\r\n"
    )


def _pair(data: bytes, close: bool = True) -> socket.socket:
    ours, theirs = socket.socketpair()
    theirs.sendall(data)
    if close:
        theirs.close()
    return ours


@pytest.mark.parametrize(
    ("raw", "method", "body", "reusable"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", "GET", b"hello", True),
        (
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
            "GET",
            b"ok",
            True,
        ),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n", "HEAD", b"", True),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n",
            "GET",
            b"abcde",
            True,
        ),
        (b"HTTP/1.1 200 OK\r\n\r\nuntil close", "GET", b"until close", False),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
            "GET",
            b"ok",
            False,
        ),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA", "GET", b"ok", False),
    ],
)
def test_read_head_and_body(raw: bytes, method: str, body: bytes, reusable: bool) -> None:
    sock = _pair(raw)
    head, rest = read_head(sock)
    assert read_body(sock, head, rest, method) == (body, reusable)


def test_large_body_arrives_in_pieces() -> None:
    data = bytes(range(256)) * 4096
    ours, theirs = socket.socketpair()
    sender = threading.Thread(
        target=lambda: (
            theirs.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(data) + data),
            theirs.close(),
        )
    )
    sender.start()
    head, rest = read_head(ours)
    assert read_body(ours, head, rest, "GET") == (data, True)
    sender.join()


class Cut(bytes):
    """An answer after which the fake server closes the connection."""


class FakeServer:
    """Answers each request on 127.0.0.1 with the next scripted raw answer (None: close
    without answering; `Cut`: answer, then close)."""

    def __init__(self, answers: list[bytes | None]) -> None:
        self.answers = list(answers)
        self.requests: list[bytes] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buf = b""
        with conn:
            while self.answers:
                while b"\r\n\r\n" not in buf:
                    more = conn.recv(65536)
                    if not more:
                        return
                    buf += more
                head, _, buf = buf.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                while len(buf) < length:
                    buf += conn.recv(65536)
                self.requests.append(head + b"\r\n\r\n" + buf[:length])
                buf = buf[length:]
                answer = self.answers.pop(0)
                if answer is None:
                    return
                conn.sendall(answer)
                if isinstance(answer, Cut):
                    return

    def close(self) -> None:
        self._server.close()


@pytest.fixture
def wire() -> Iterator[Wire]:
    pool = StdlibTransport()
    yield Wire(pool)
    pool.close()


def _exchange(wire: Wire, server: FakeServer, body: bytes | None = None) -> Reply:
    return wire.exchange(
        ("http", "127.0.0.1", server.port),
        "PUT" if body is not None else "GET",
        "/v1/objects/b/o",
        f"127.0.0.1:{server.port}",
        [(b"User-Agent", b"t")],
        body,
        {"connect": 5.0, "read": 5.0},
    )


def test_exchange_reuses_the_connection_and_sends_one_request(wire: Wire) -> None:
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    server = FakeServer([ok, ok])
    try:
        assert _exchange(wire, server, b"data").content == b"ok"
        reply = _exchange(wire, server)
        assert (reply.status_code, reply.content, reply.headers["content-length"]) == (
            200,
            b"ok",
            "2",
        )
        assert reply.url == f"http://127.0.0.1:{server.port}/v1/objects/b/o"
        assert server.requests[0].startswith(b"PUT /v1/objects/b/o HTTP/1.1\r\nHost: 127.0.0.1:")
        assert server.requests[0].endswith(b"Content-Length: 4\r\n\r\ndata")
        assert b"Content-Length" not in server.requests[1]
    finally:
        server.close()


def test_exchange_retries_once_on_a_dropped_keepalive_connection(wire: Wire) -> None:
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
    # the first connection answers once, then closes without answering the second request
    server = FakeServer([ok, None, ok])
    try:
        assert _exchange(wire, server).content == b"ok"
        assert _exchange(wire, server).content == b"ok"
        assert len(server.requests) == 3
    finally:
        server.close()


def test_body_cut_short_is_a_body_error(wire: Wire) -> None:
    server = FakeServer([Cut(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")])
    try:
        with pytest.raises(BodyReadError) as info:
            _exchange(wire, server)
        assert isinstance(info.value.cause, httpx.RemoteProtocolError)
    finally:
        server.close()


def test_encoded_body_is_refused(wire: Wire) -> None:
    server = FakeServer(
        [b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 1\r\n\r\nx"]
    )
    try:
        with pytest.raises(BodyReadError) as info:
            _exchange(wire, server)
        assert isinstance(info.value.cause, httpx.DecodingError)
    finally:
        server.close()


def test_connect_refused_is_httpx_connect_error(wire: Wire) -> None:
    with socket.create_server(("127.0.0.1", 0)) as unused:
        port = unused.getsockname()[1]
    with pytest.raises(httpx.ConnectError):
        wire.exchange(("http", "127.0.0.1", port), "GET", "/", "h", [], None, {"connect": 5.0})
