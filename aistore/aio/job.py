"""AsyncJob: the asyncio twin of `aistore.sdk.job.Job`.

Queries and `start` are the synchronous methods replayed (`aistore.aio._replay`); the waits
are `apoll_until` loops over the synchronous conditions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import msgspec
from aistore_raw.ais.api.cluster import get_cluster_info

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.config import JOB_STATUS_READY_TIMEOUT
from aistore.aio._poll import apoll_until
from aistore.aio._replay import replay
from aistore.sdk._poll import check_timeout
from aistore.sdk.const import DEFAULT_JOB_WAIT_TIMEOUT
from aistore.sdk.errors import ErrNotFound, JobInfoNotFound
from aistore.sdk.job import _STATUS_NOT_READY, Job, _BucketLike, logger
from aistore.sdk.types import AggregatedJobSnap, JobSnap, JobSnapshot, JobStatus
from aistore.sdk.wait_result import WaitResult

"""`status` asks again this many times while the cluster answers 202 (as `Job.status`)."""


class AsyncJob:
    """A job of the cluster (asyncio); making one sends no request."""

    def __init__(self, client: AsyncOperationSender, job_id: str = "", job_kind: str = "") -> None:
        self._client = client
        self._job = Job(client=None, job_id=job_id, job_kind=job_kind)  # type: ignore[arg-type]

    @property
    def job_id(self) -> str:
        return self._job.job_id

    @property
    def job_kind(self) -> str:
        return self._job.job_kind

    def _bound(self, client: Any) -> Job:
        return Job(client=client, job_id=self.job_id, job_kind=self.job_kind)

    async def status(self) -> JobStatus:
        """Status of the job: ID, end time (0 while running), error and abort flag."""
        self._job._require_id("query the status of")

        async def ready() -> JobStatus | None:
            response = await self._client.send(
                get_cluster_info.op(what="status", body=self._job._query())
            )
            if response.status_code == _STATUS_NOT_READY or not response.content:
                return None
            return msgspec.json.decode(response.content, type=JobStatus, strict=False)

        return await apoll_until(
            ready,
            timeout=JOB_STATUS_READY_TIMEOUT,
            action=f"the status of job '{self.job_id}'",
            timeout_message=lambda: "The cluster kept answering 202 (status not ready).",
        )

    async def wait(
        self, timeout: float = DEFAULT_JOB_WAIT_TIMEOUT, verbose: bool = True
    ) -> WaitResult:
        """Wait for the job to finish (its status has an end time); see `Job.wait`."""
        self._job._require_id("wait for")
        seconds = check_timeout(timeout)

        async def finished() -> JobStatus | None:
            status = await self.status()
            return status if status.end_time else None

        status = await apoll_until(
            finished,
            timeout=seconds,
            action="job to finish",
            on_wait=Job._note(verbose, f"Waiting on job '{self.job_id}'..."),
            timeout_message=lambda: f"Job '{self.job_id}' still running after {seconds:g}s.",
        )
        if verbose:
            if status.err:
                logger.error("Job '%s' failed with error: %s", status.uuid, status.err)
            elif status.aborted:
                logger.error("Job '%s' aborted", status.uuid)
            else:
                logger.info("Job '%s' finished", status.uuid)
        return WaitResult.from_status(status)

    async def wait_for_idle(
        self, timeout: float = DEFAULT_JOB_WAIT_TIMEOUT, verbose: bool = True
    ) -> WaitResult:
        """Wait until every target reports the job idle (or finished)."""
        self._job._require_id("wait for")
        action = f"job '{self.job_id}' to reach idle state"
        return await self._wait_for(
            self._job._check_job_idle, action, check_timeout(timeout), verbose
        )

    async def wait_single_node(
        self, timeout: float = DEFAULT_JOB_WAIT_TIMEOUT, verbose: bool = True
    ) -> WaitResult:
        """Wait for a job that runs on a single node to finish (judged from its snapshot)."""
        self._job._require_id("wait for")
        action = f"job '{self.job_id}' to finish"
        return await self._wait_for(
            self._job._check_snapshot_finished, action, check_timeout(timeout), verbose
        )

    async def _wait_for(
        self,
        condition: Callable[[list[JobSnap], bool], bool],
        action: str,
        timeout: float,
        verbose: bool,
    ) -> WaitResult:
        seen = {"any": False}

        async def check() -> WaitResult | None:
            try:
                details = await self.get_details()
            except ErrNotFound:
                details = AggregatedJobSnap()  # right after `start` the targets may not know it
            snapshots = details.list_snapshots()
            seen["any"] = seen["any"] or bool(snapshots)
            try:
                if not condition(snapshots, verbose):
                    return None
            except JobInfoNotFound:
                return None
            mine = [s for s in snapshots if s.id == self.job_id]
            return WaitResult.from_snapshots(self.job_id, mine)

        return await apoll_until(
            check,
            timeout=timeout,
            action=action,
            on_wait=Job._note(verbose, f"Waiting for {action}"),
            timeout_message=lambda: "" if seen["any"] else "No job information found.",
        )

    async def start(
        self,
        daemon_id: str = "",
        force: bool = False,
        buckets: Sequence[_BucketLike] | None = None,
    ) -> str:
        """Start a job of this handle's kind; returns its ID (also kept as `job_id`)."""
        job_id = await replay(
            self._client, lambda c: self._bound(c).start(daemon_id, force, buckets)
        )
        if job_id:
            self._job = Job(client=None, job_id=job_id, job_kind=self.job_kind)  # type: ignore[arg-type]
        return job_id

    async def abort(self) -> None:
        """Abort this job: by its ID, else every running job of its kind (`Job.abort`)."""
        await replay(self._client, lambda c: self._bound(c).abort())

    async def get_within_timeframe(
        self, start_time: datetime, end_time: datetime
    ) -> list[JobSnapshot]:
        """Snapshots of this job (by ID, or of this kind) that ran within the window."""
        return await replay(
            self._client, lambda c: self._bound(c).get_within_timeframe(start_time, end_time)
        )

    async def get_details(self) -> AggregatedJobSnap:
        """Snapshots of this job by target (`Job.get_details`, 2.x)."""
        return await replay(self._client, lambda c: self._bound(c).get_details())

    async def get_total_time(self) -> timedelta | None:
        """From the earliest start to the latest end; None while running (`Job.get_total_time`)."""
        return await replay(self._client, lambda c: self._bound(c).get_total_time())

    def __repr__(self) -> str:
        return f"AsyncJob(job_id={self.job_id!r}, job_kind={self.job_kind!r})"
