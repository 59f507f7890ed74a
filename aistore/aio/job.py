"""AsyncJob: the asyncio twin of `aistore.sdk.job.Job` (its operation plans, awaited)."""

from __future__ import annotations

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.twin import AsyncShell
from aistore.sdk.job import JobBase


class AsyncJob(JobBase[AsyncOperationSender], AsyncShell):
    """A job of the cluster (asyncio); making one sends no request. See `Job`."""
