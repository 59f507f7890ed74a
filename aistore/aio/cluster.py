"""AsyncCluster: the asyncio twin of `aistore.sdk.cluster.Cluster` (its operation plans)."""

from __future__ import annotations

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.twin import AsyncShell
from aistore.sdk.cluster import ClusterBase


class AsyncCluster(ClusterBase[AsyncOperationSender], AsyncShell):
    """Cluster queries (asyncio): `Cluster`'s operations, awaited (making one sends no request)."""
