"""A local TCP proxy that cuts responses short or flips bytes in them.

Toxiproxy (`LocalCluster(fault_proxy=True)`) is the fault proxy of the test kit; this one stays
for what its toxics cannot do: cut only the first N connections (a toxic acts on every
connection while it is there; its `toxicity` is a random draw), count the connections made,
and corrupt bytes (v2.12.0 has no corrupting toxic).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class TcpCutter:
    """Forwards 127.0.0.1:<port> to `upstream`; the first `cuts` connections are closed after
    `cut_after` response bytes (a connection cut mid-body, as a flaky network would).

    With `flip_every`, one response byte in every `flip_every` of a connection is inverted
    (bytes `flip_every - 1`, `2 * flip_every - 1`, ...), `flips` times in all over every
    connection; `flipped` counts them."""

    def __init__(
        self,
        upstream: tuple[str, int],
        cut_after: int,
        cuts: int,
        flip_every: int | None = None,
        flips: int = 0,
    ) -> None:
        self.upstream = upstream
        self.cut_after = cut_after
        self.cuts_left = cuts
        self.flip_every = flip_every
        self.flips_left = flips
        self.flipped = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                cut = self.cuts_left > 0
                self.cuts_left -= 1 if cut else 0
            threading.Thread(target=self._serve, args=(conn, cut), daemon=True).start()

    def _serve(self, client: socket.socket, cut: bool) -> None:
        upstream = socket.create_connection(self.upstream)
        threading.Thread(target=self._pump, args=(client, upstream, None), daemon=True).start()
        self._pump(upstream, client, self.cut_after if cut else None, downstream=True)

    def _flip(self, data: bytes, sent: int) -> bytes:
        """`data` (bytes [sent, sent + len) of a response stream) with its due flips made."""
        every = self.flip_every
        if every is None:
            return data
        buffer = bytearray(data)
        position = (sent // every + 1) * every - 1 - sent
        while position < len(buffer):
            with self._lock:
                if self.flips_left <= 0:
                    break
                self.flips_left -= 1
                self.flipped += 1
            buffer[position] ^= 0xFF
            position += every
        return bytes(buffer)

    def _pump(
        self, src: socket.socket, dst: socket.socket, limit: int | None, downstream: bool = False
    ) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if downstream:
                    data = self._flip(data, sent)
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[: limit - sent])
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def close(self) -> None:
        self._closed = True
        self._server.close()


@contextmanager
def tcp_cutter(
    upstream_url: str,
    cut_after: int = 0,
    cuts: int = 0,
    *,
    flip_every: int | None = None,
    flips: int = 0,
) -> Iterator[TcpCutter]:
    host_port = upstream_url.split("://", 1)[1].rstrip("/")
    host, port = host_port.rsplit(":", 1)
    cutter = TcpCutter((host, int(port)), cut_after, cuts, flip_every, flips)
    try:
        yield cutter
    finally:
        cutter.close()
