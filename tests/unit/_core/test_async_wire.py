"""The asyncio socket layer against a scripted local HTTP server: what a cluster rarely shows."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
import pytest

from aistore._core.async_wire import READ_HIGH, BodyIterator, Pool

T = TypeVar("T")
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
NO_TIMEOUT: dict[str, float | None] = {"connect": 5, "read": 5, "write": 5, "pool": 5}


def run(coro: Awaitable[T]) -> T:
    return asyncio.run(coro)  # type: ignore[arg-type]


async def serve(handler: Handler) -> tuple[asyncio.Server, Pool]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, Pool(("http", "127.0.0.1", port), 4, None)


async def read_request(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


def test_head_then_get_reuse_one_connection() -> None:
    connections = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        head = await read_request(reader)
        assert head.startswith(b"HEAD ")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n")  # no body: a HEAD
        head = await read_request(reader)
        assert head.startswith(b"GET ")
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        await writer.drain()
        await reader.read()

    async def main() -> None:
        server, pool = await serve(handler)
        async with server:
            r = await pool.request("HEAD", "/x", [], None, NO_TIMEOUT)
            assert r.status_code == 200 and r.headers["content-length"] == "5"
            assert await r.aread() == b""
            r = await pool.request("GET", "/x", [], None, NO_TIMEOUT)
            assert await r.aread() == b"abc"
            assert len(connections) == 1 and pool.open_connections == 1
            pool.close()

    run(main())


def test_a_kept_alive_connection_closed_by_the_server_is_replaced() -> None:
    served = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        served.append(1)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()  # keep-alive promised, then closed while idle

    async def main() -> None:
        server, pool = await serve(handler)
        async with server:
            assert await (await pool.request("GET", "/a", [], None, NO_TIMEOUT)).aread() == b"ok"
            await asyncio.sleep(0.05)
            assert await (await pool.request("GET", "/b", [], b"", NO_TIMEOUT)).aread() == b"ok"
            assert len(served) == 2
            pool.close()

    run(main())


def test_cut_body_bad_response_and_line_breaks_in_headers() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_request(reader)
        if b"/cut" in head:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly-this")
        else:
            writer.write(b"NOT HTTP AT ALL\r\n\r\n")
        await writer.drain()
        writer.close()

    async def main() -> None:
        server, pool = await serve(handler)
        async with server:
            r = await pool.request("GET", "/cut", [], None, NO_TIMEOUT)
            with pytest.raises(httpx.ReadError):
                await r.aread()
            with pytest.raises(httpx.RemoteProtocolError):
                await pool.request("GET", "/junk", [], None, NO_TIMEOUT)
            with pytest.raises(httpx.LocalProtocolError):
                await pool.request("GET", "/x", [("X", "a\r\nInjected: 1")], None, NO_TIMEOUT)
            assert pool.open_connections == 0
            pool.close()

    run(main())


def test_a_slow_reader_pauses_the_socket_and_the_cap_holds() -> None:
    size = 8 * READ_HIGH

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                await read_request(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % size)
            try:
                for _ in range(size // 65536):
                    writer.write(b"z" * 65536)
                    await writer.drain()
            except ConnectionError:
                return

    async def main() -> None:
        server, pool = await serve(handler)
        pool = Pool(pool.origin, 1, None)
        async with server:
            r = await pool.request("GET", "/big", [], None, NO_TIMEOUT)
            first = await r.next_chunk()
            assert first
            await asyncio.sleep(0.3)  # the server keeps writing; we do not read
            assert r._buffered <= READ_HIGH + (1 << 20)  # bounded: the socket was paused
            with pytest.raises(httpx.PoolTimeout):  # the only connection is taken
                await pool.request("GET", "/x", [], None, {**NO_TIMEOUT, "pool": 0.1})
            chunks = BodyIterator(lambda: _same(r), 1 << 20)
            total = len(first) + sum([len(c) async for c in chunks])
            assert total == size
            r2 = await pool.request("GET", "/again", [], None, NO_TIMEOUT)
            r2.close()  # unread: the connection is dropped, the slot freed
            assert pool.open_connections == 0
            pool.close()

    run(main())


async def _same(r: T) -> T:
    return r


def test_client_timeouts_map_to_the_sdk_errors() -> None:
    from urllib3.util import Retry

    from aistore.aio import AsyncClient
    from aistore.sdk.errors import AISReadTimeout

    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # never answers

    async def main() -> None:
        server = await asyncio.start_server(stall, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            url = f"http://127.0.0.1:{port}"
            async with AsyncClient(url, timeout=(1.0, 0.2), retry=Retry(total=0)) as client:
                with pytest.raises(AISReadTimeout):
                    await client.cluster().get_uuid()

    run(main())


def test_a_body_of_known_length_is_received_straight_into_one_buffer() -> None:
    big = bytes(range(256)) * 40_000  # 10 MB: many receives, past the pause mark
    requests: list[bytes] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await read_request(reader)
            except asyncio.IncompleteReadError:
                return
            requests.append(head)
            if b"/big" in head:
                # headers and the first bytes of the body in one write, the rest in pieces
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(big))
                writer.write(big[:1000])
                await writer.drain()
                await asyncio.sleep(0.01)
                for i in range(1000, len(big), 300_000):
                    writer.write(big[i : i + 300_000])
                    await writer.drain()
            elif b"/chunked" in head:
                writer.write(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                )
            elif b"/cut" in head:
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + big[:5000])
                await writer.drain()
                writer.close()
                return
            else:
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            await writer.drain()

    async def main() -> None:
        server, pool = await serve(handler)
        async with server:
            r = await pool.request("GET", "/big", [], None, NO_TIMEOUT)
            await asyncio.sleep(0.2)  # let more than the pause mark arrive parsed first
            body = await r.read_body()
            assert isinstance(body, bytearray) and body == big
            # the connection was kept and parses the next answer afresh
            r = await pool.request("GET", "/small", [], None, NO_TIMEOUT)
            assert await r.read_body() == b"ok"
            r = await pool.request("GET", "/chunked", [], None, NO_TIMEOUT)
            assert await r.read_body() == b"abc"  # no length: read as it comes
            assert len(requests) == 3 and pool.open_connections == 1
            r = await pool.request("GET", "/cut", [], None, NO_TIMEOUT)
            with pytest.raises(httpx.ReadError):
                await r.read_body()
            assert r.partial_body == big[:5000]  # to continue from, by a Range request
            assert pool.open_connections == 0
            pool.close()

    run(main())
