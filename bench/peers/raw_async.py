"""The raw async floor: bare aiohttp GETs straight to the owning target, N in flight.

The owner is computed locally (`aistore._core.routing`, as the `raw` peer does), so every GET is
one exchange with the target; nothing of this client's shell runs in the timed loop.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
from typing import Any
from urllib.parse import quote

from ._common import measured


class RawAsync:
    def __init__(self, endpoint: str) -> None:
        from aistore._core import routing

        self._routing = routing
        with urllib.request.urlopen(f"{endpoint}/v1/daemon?what=smap") as r:
            self.smap = routing.SmapView.from_smap(json.loads(r.read()))

    def _url(self, bucket: str, name: str) -> str:
        uname = self._routing.bucket_uname("ais", "", "", bucket, name)
        target = self._routing.owner(self.smap, uname)
        assert target is not None
        return f"{target.direct_url.rstrip('/')}/v1/objects/{bucket}/{quote(name)}?provider=ais"

    def get_many(self, bucket: str, names: list[str], inflight: int) -> dict[str, Any]:
        import aiohttp

        urls = [self._url(bucket, n) for n in names]

        async def main() -> dict[str, Any]:
            connector = aiohttp.TCPConnector(limit=inflight)
            async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as s:

                async def get(url: str) -> int:
                    async with s.get(url, allow_redirects=False) as r:
                        body = await r.read()
                        if r.status != 200:
                            raise RuntimeError(f"GET {url}: {r.status}")
                        return len(body)

                async def drive(todo: list[str]) -> int:
                    it = iter(todo)
                    sizes: list[int] = []

                    async def worker() -> None:
                        for url in it:
                            sizes.append(await get(url))

                    await asyncio.gather(*(worker() for _ in range(inflight)))
                    return sum(sizes)

                await drive(urls[:inflight])  # warm-up: connections open
                return await measured(lambda: drive(urls), len(urls))

        return asyncio.run(main())


def make(endpoint: str) -> RawAsync:
    return RawAsync(endpoint)
