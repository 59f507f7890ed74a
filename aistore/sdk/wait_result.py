"""WaitResult: what the job waits return (2.x)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from aistore.sdk.types import GO_ZERO_TIME, JobSnap, JobStatus


@dataclass
class WaitResult:
    """The outcome of waiting for a job; true when the job succeeded.

    Attributes:
        job_id: the job's ID.
        success: the job ended (or went idle) without error and was not aborted.
        error: the job's error, "aborted" for an abort without one, else None.
        end_time: when the job ended (UTC), if it did.
    """

    job_id: str
    success: bool
    error: str | None = None
    end_time: datetime | None = None

    def __bool__(self) -> bool:
        return self.success

    @classmethod
    def from_snapshots(cls, job_id: str, snapshots: list[JobSnap]) -> WaitResult:
        """From the targets' snapshots: failed if any aborted; ended when all ended (the last)."""
        from aistore.sdk.job import _parse_time

        aborted = any(s.aborted for s in snapshots)
        error = next((s.abort_err for s in snapshots if s.abort_err), None)
        ends = [s.end_time for s in snapshots]
        end_time = None
        if ends and all(e and e != GO_ZERO_TIME for e in ends):
            end_time = max(_parse_time(e) for e in ends)
        return cls(
            job_id=job_id,
            success=not aborted and not error,
            error=error or ("aborted" if aborted else None),
            end_time=end_time,
        )

    @classmethod
    def from_status(cls, status: JobStatus) -> WaitResult:
        """From a finished job's status (`end_time` in Unix nanoseconds)."""
        end = datetime.fromtimestamp(status.end_time / 1e9, tz=UTC) if status.end_time > 0 else None
        return cls(
            job_id=status.uuid,
            success=not status.err and not status.aborted,
            # as 2.x: the status's error ("" when none), "aborted" for an abort without one
            error=(status.err or "aborted") if status.aborted else status.err,
            end_time=end,
        )
