"""This client's asyncio API: `aistore.aio.AsyncClient.get_many` with N reads in flight."""

from __future__ import annotations

import asyncio
from typing import Any

from ._common import measured


class OursAsync:
    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint

    def get_many(self, bucket: str, names: list[str], inflight: int) -> dict[str, Any]:
        """Read every name once, `inflight` at a time; timed after a warm-up pass of
        `inflight` reads (connections open, map read)."""
        from aistore.aio import AsyncClient

        async def main() -> dict[str, Any]:
            async with AsyncClient(self.endpoint, max_connections_per_node=inflight) as client:
                b = client.bucket(bucket)
                warm = [b.object(n) for n in names[:inflight]]
                async for r in client.get_many(warm, concurrency=inflight):
                    if not r.ok:
                        raise RuntimeError(f"{r.object.name}: {r.error}")
                objects = [b.object(n) for n in names]
                total = 0

                async def run() -> int:
                    nonlocal total
                    async for r in client.get_many(objects, concurrency=inflight):
                        if r.data is None:
                            raise RuntimeError(f"{r.object.name}: {r.error}")
                        total += len(r.data)
                    return total

                return await measured(run, len(names))

        return asyncio.run(main())


def make(endpoint: str) -> OursAsync:
    return OursAsync(endpoint)
