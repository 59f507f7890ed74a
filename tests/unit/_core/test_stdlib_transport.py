"""StdlibTransport against a real local HTTP server (sockets, not mocks)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from aistore._core.stdlib_transport import StdlibTransport


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    connections: set[int] = set()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        Handler.connections.add(id(self.connection))
        if self.path == "/cut":
            self.send_response(200)
            self.send_header("Content-Length", str(3 << 20))
            self.end_headers()
            self.wfile.write(b"x" * (1 << 20))
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        body = self.path.encode() * 1000
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        # raw UTF-8 bytes in a header (send_header writes latin-1: pre-decode so the bytes stay)
        self.send_header("Location", "http://h/ü".encode().decode("latin-1"))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        data = self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def server() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    Handler.connections.clear()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_keep_alive_connection_is_reused(server: str) -> None:
    with httpx.Client(transport=StdlibTransport(), base_url=server) as client:
        for i in range(5):
            assert client.get(f"/p{i}").content == f"/p{i}".encode() * 1000
    assert len(Handler.connections) == 1


def test_put_body_and_utf8_headers(server: str) -> None:
    with httpx.Client(transport=StdlibTransport(), base_url=server) as client:
        response = client.put("/x", content=b"payload")
        assert response.content == b"payload"
        assert client.get("/y").headers["Location"] == "http://h/ü"


def test_a_body_cut_short_is_an_error_not_the_end(server: str) -> None:
    with (
        httpx.Client(transport=StdlibTransport(), base_url=server) as client,
        client.stream("GET", "/cut") as response,
        pytest.raises(httpx.RemoteProtocolError, match="cut short"),
    ):
        for _ in response.iter_bytes():
            pass


def test_refused_connection_maps_to_connect_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with httpx.Client(transport=StdlibTransport()) as client, pytest.raises(httpx.ConnectError):
        client.get(f"http://127.0.0.1:{port}/")
