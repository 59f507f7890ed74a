"""asyncio client for AIStore: `AsyncClient` with the synchronous client's names and parameters.

    async with AsyncClient("http://localhost:8080") as client:
        bucket = await client.bucket("photos").create(exist_ok=True)
        await bucket.object("cat.jpg").put_file("cat.jpg")
        reader = await bucket.object("cat.jpg").get_reader()
        data = await reader.read_all()
        async for result in client.get_many(bucket.object(n) for n in names):
            ...

Settings, environment variables, retries, timeouts, TLS and errors are the synchronous
client's (`aistore._core`); the socket layer is a lean asyncio protocol over httptools
(`_wire`), with one capped pool per node, redirects and direct reads as in the sync transport.
Needs the `aio` extra (`pip install 'aistore-client[aio]'`).
"""

from aistore.aio.authn import (
    AsyncAuthNClient,
    AsyncClusterManager,
    AsyncRoleManager,
    AsyncTokenManager,
    AsyncUserManager,
)
from aistore.aio.batch import AsyncBatch
from aistore.aio.bucket import AsyncBucket
from aistore.aio.client import AsyncClient, GetResult
from aistore.aio.cluster import AsyncCluster
from aistore.aio.job import AsyncJob
from aistore.aio.object import AsyncObject, AsyncObjectFile, AsyncObjectReader
from aistore.aio.object_group import AsyncObjectGroup

__all__ = [
    "AsyncAuthNClient",
    "AsyncBatch",
    "AsyncBucket",
    "AsyncClient",
    "AsyncCluster",
    "AsyncClusterManager",
    "AsyncJob",
    "AsyncObject",
    "AsyncObjectFile",
    "AsyncObjectGroup",
    "AsyncObjectReader",
    "AsyncRoleManager",
    "AsyncTokenManager",
    "AsyncUserManager",
    "GetResult",
]
