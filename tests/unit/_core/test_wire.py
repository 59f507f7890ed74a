"""The hot path's HTTP/1.1 reading and writing (`aistore._core.wire`) on real sockets."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from aistore._core.stdlib_transport import StdlibTransport
from aistore._core.wire import BodyReadError, Reply, Wire, read_reply, request_head


def test_reply_keeps_header_bytes_and_reason() -> None:
    sock = _pair(
        b"HTTP/1.1 301 Moved Permanently\r\n"
        b"Location: http://t:1/v1/objects/b/\xc3\xbc?pid=x\r\n"
        b"Content-Length: 3\r\n\r\nabc"
    )
    status, reason, headers, body, keep_alive = read_reply(sock, "GET")
    assert (status, reason, body, keep_alive) == (301, "Moved Permanently", b"abc", True)
    assert headers[0] == (b"Location", b"http://t:1/v1/objects/b/\xc3\xbc?pid=x")


@pytest.mark.parametrize(
    "raw",
    [
        b"ICY 200 OK\r\n\r\n",
        b"HTTP/1.1 2x0 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n",
    ],
)
def test_malformed_heads_are_protocol_errors(raw: bytes) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        read_reply(_pair(raw), "GET")


def test_a_body_broken_off_is_a_body_error() -> None:
    with pytest.raises(BodyReadError):
        read_reply(_pair(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"), "GET")


def test_nothing_at_all_is_a_dropped_connection() -> None:
    with pytest.raises(http.client.RemoteDisconnected):
        read_reply(_pair(b""), "GET")


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
def test_read_reply_framing(raw: bytes, method: str, body: bytes, reusable: bool) -> None:
    assert read_reply(_pair(raw), method)[3:] == (body, reusable)


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
    assert read_reply(ours, "GET")[3:] == (data, True)
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
