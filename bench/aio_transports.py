"""Which asyncio HTTP transport: small GETs straight to the owning target, N in flight.

    python -m bench.aio_transports [--endpoint URL] [--count 3000] [--inflight 8,64]

Each option GETs the same 1 KiB objects from the same target over keep-alive connections:

* ``httpx-h11``: `httpx.AsyncClient` with its default transport (httpcore + h11, pure Python);
* ``httpx-aiohttp``: `httpx.AsyncClient` over a minimal aiohttp-backed transport (the shape
  openai-python offers): httpx's request/response model, aiohttp's C parser and pool;
* ``aiohttp``: bare `aiohttp.ClientSession` (C parser, its own pool);
* ``httptools``: a lean asyncio protocol over httptools (llhttp), one connection per worker;
* ``aio-client``: `aistore.aio.AsyncClient` `get()` + `read_all()`, the shipping shell.

ops/s and client CPU ms/op (process user+system over the timed loop). Numbers move with the
machine's load: read the ratios of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

SIZE = 1024
BUCKET = "bench-aio-transports"


def _cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


async def _drive(get: Callable[[str], Awaitable[int]], names: list[str], inflight: int) -> dict:
    queue = iter(names)

    async def worker() -> None:
        for name in queue:
            size = await get(name)
            if size != SIZE:
                raise RuntimeError(f"{name}: {size} bytes")

    # warm-up: open the connections
    await asyncio.gather(*(get(names[i % len(names)]) for i in range(inflight)))
    t0, c0 = time.perf_counter(), _cpu()
    await asyncio.gather(*(worker() for _ in range(inflight)))
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    return {"ops_s": len(names) / wall, "cpu_ms_op": 1000 * cpu / len(names)}


async def opt_httpx_h11(target: str, names: list[str], inflight: int) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=inflight, max_keepalive_connections=inflight)
    async with httpx.AsyncClient(base_url=target, limits=limits) as client:

        async def get(name: str) -> int:
            r = await client.get(f"/v1/objects/{BUCKET}/{name}", params={"provider": "ais"})
            return len(r.content)

        return await _drive(get, names, inflight)


async def opt_httpx_aiohttp(target: str, names: list[str], inflight: int) -> dict:
    import aiohttp
    import httpx

    class AiohttpTransport(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=inflight), auto_decompress=False
            )

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            resp = await self.session.request(
                request.method,
                str(request.url),
                headers=dict(request.headers),
                data=request.content or None,
                allow_redirects=False,
            )
            body = await resp.read()
            return httpx.Response(resp.status, headers=list(resp.raw_headers), content=body)

        async def aclose(self) -> None:
            await self.session.close()

    async with httpx.AsyncClient(base_url=target, transport=AiohttpTransport()) as client:

        async def get(name: str) -> int:
            r = await client.get(f"/v1/objects/{BUCKET}/{name}", params={"provider": "ais"})
            return len(r.content)

        return await _drive(get, names, inflight)


async def opt_aiohttp(target: str, names: list[str], inflight: int) -> dict:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=inflight)
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:

        async def get(name: str) -> int:
            url = f"{target}/v1/objects/{BUCKET}/{name}?provider=ais"
            async with session.get(url, allow_redirects=False) as r:
                return len(await r.read())

        return await _drive(get, names, inflight)


class _HttptoolsConn(asyncio.Protocol):
    """One keep-alive connection; one request at a time; body collected in memory."""

    def __init__(self) -> None:
        import httptools

        self._parser = httptools.HttpResponseParser(self)
        self._body: list[bytes] = []
        self._done: asyncio.Future[bytes] | None = None
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._parser.feed_data(data)

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        body, self._body = b"".join(self._body), []
        if self._done is not None:
            self._done.set_result(body)

    async def get(self, host: str, path: str) -> bytes:
        self._done = asyncio.get_running_loop().create_future()
        assert self.transport is not None
        self.transport.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        return await self._done


async def opt_httptools(target: str, names: list[str], inflight: int) -> dict:
    from urllib.parse import urlsplit

    parts = urlsplit(target)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    loop = asyncio.get_running_loop()
    idle: list[_HttptoolsConn] = []
    for _ in range(inflight):
        _, proto = await loop.create_connection(_HttptoolsConn, host, port)
        idle.append(proto)
    netloc = f"{host}:{port}"

    async def get(name: str) -> int:
        conn = idle.pop()
        try:
            return len(await conn.get(netloc, f"/v1/objects/{BUCKET}/{name}?provider=ais"))
        finally:
            idle.append(conn)

    try:
        return await _drive(get, names, inflight)
    finally:
        for conn in idle:
            if conn.transport is not None:
                conn.transport.close()


async def opt_aio_client(endpoint: str, names: list[str], inflight: int) -> dict:
    from aistore.aio import AsyncClient

    async with AsyncClient(endpoint, max_connections_per_node=inflight) as client:
        bucket = client.bucket(BUCKET)

        async def get(name: str) -> int:
            reader = await bucket.object(name).get_reader()
            return len(await reader.read_all())

        return await _drive(get, names, inflight)


OPTIONS: dict[str, Callable[[str, list[str], int], Awaitable[dict[str, Any]]]] = {
    "httpx-h11": opt_httpx_h11,
    "httpx-aiohttp": opt_httpx_aiohttp,
    "aiohttp": opt_aiohttp,
    "httptools": opt_httptools,
}


def _target_url(endpoint: str) -> str:
    with urllib.request.urlopen(f"{endpoint}/v1/daemon?what=smap") as r:
        smap = json.loads(r.read())
    (target,) = smap["tmap"].values()  # one target: every object is there
    return str(target["public_net"]["direct_url"]).rstrip("/")


def _fill(endpoint: str, count: int) -> list[str]:
    from aistore import Client

    names = [f"o-{i:06d}" for i in range(count)]
    with Client(endpoint) as client:
        bucket = client.bucket(BUCKET).create(exist_ok=True)
        have = {e.name for e in bucket.list_objects_iter(props="name")}
        body = b"x" * SIZE
        for name in names:
            if name not in have:
                bucket.object(name).put_content(body)
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--endpoint", help="a running 1-target cluster (default: start one)")
    ap.add_argument("--count", type=int, default=3000, help="GETs per cell")
    ap.add_argument("--inflight", default="8,64")
    ap.add_argument("--options", default=",".join([*OPTIONS, "aio-client"]))
    args = ap.parse_args(argv)
    if args.endpoint:
        return _run(args, args.endpoint)
    from aistore.devcluster import LocalCluster

    with LocalCluster(targets=1) as cluster:
        return _run(args, cluster.endpoint)


def _run(args: argparse.Namespace, endpoint: str) -> int:
    names = _fill(endpoint, min(args.count, 1000))
    names = [names[i % len(names)] for i in range(args.count)]
    target = _target_url(endpoint)
    print(f"{'option':<14} {'in flight':>9} {'ops/s':>9} {'CPU ms/op':>10}")
    for inflight in (int(x) for x in args.inflight.split(",")):
        for option in args.options.split(","):
            if option == "aio-client":
                result = asyncio.run(opt_aio_client(endpoint, names, inflight))
            else:
                result = asyncio.run(OPTIONS[option](target, names, inflight))
            print(
                f"{option:<14} {inflight:>9} {result['ops_s']:>9.0f} {result['cpu_ms_op']:>10.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
