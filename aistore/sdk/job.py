"""Job: one job (xaction) of the cluster: start, status, wait, snapshots."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import msgspec
from aistore_raw.ais.api.cluster import cluster_action, get_cluster_info
from aistore_raw.ais.models import ActMsgStart, ActMsgStop, Bck, Ns, XactArgsMsg, XactQueryMsg

from aistore._core.config import JOB_STATUS_READY_TIMEOUT
from aistore._core.plan import Plan
from aistore._core.poll import poll
from aistore._core.twin import C, SyncShell, Twin, operation
from aistore.sdk._poll import check_timeout, progress_logger
from aistore.sdk.const import DEFAULT_JOB_WAIT_TIMEOUT
from aistore.sdk.errors import ErrNotFound, JobInfoNotFound
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import AggregatedJobSnap, JobSnap, JobSnapshot, JobStatus
from aistore.sdk.wait_result import WaitResult


class _BucketLike(Protocol):
    """What `Job.start` reads from a `Bucket`."""

    @property
    def name(self) -> str: ...


logger = progress_logger(__name__)

# end time of a job that has not finished (Go's zero time.Time)
ZERO_TIME = "0001-01-01T00:00:00Z"
_STATUS_NOT_READY = 202
_RFC3339 = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$")


def _parse_time(value: str) -> datetime:
    """An RFC 3339 time from the server (nanosecond fractions) as an aware UTC datetime."""
    match = _RFC3339.match(value.strip())
    if not match:
        raise ValueError(f"unexpected time format from the cluster: {value!r}")
    date, clock, frac, zone = match.groups()
    micro = (frac or "").ljust(6, "0")[:6]
    offset = "+00:00" if zone in (None, "Z") else zone
    return datetime.fromisoformat(f"{date}T{clock}.{micro}{offset}").astimezone(UTC)


def _aware(value: object, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, got {value!r}")
    # a naive datetime is taken as local time (what datetime.now() gives)
    return value if value.tzinfo is not None else value.astimezone()


def _bck(bucket: Any) -> Bck:
    """The wire `Bck` of a Bucket (or anything with name, provider and namespace)."""
    name = getattr(bucket, "name", None)
    if not isinstance(name, str) or not name:
        raise TypeError(f"buckets must hold Bucket objects, got {bucket!r}")
    provider = Provider.parse(getattr(bucket, "provider", Provider.AIS)).value
    bck = Bck(name=name, provider=provider)
    namespace = getattr(bucket, "namespace", None)
    if namespace is not None and (namespace.uuid or namespace.name):
        bck.namespace = Ns(uuid=namespace.uuid, name=namespace.name)
    return bck


class JobBase(Twin[C]):
    """What `Job` and `aistore.aio.AsyncJob` share: the job's identity and every operation as
    a plan (making one sends no request).

    Args:
        client: what sends the requests (`RequestClient`; the async request loop).
        job_id: ID of a specific job, empty for all jobs.
        job_kind: specific kind of job (e.g. `lru`, `copy-bck`), empty for all kinds.
    """

    def __init__(self, client: C, job_id: str | None = "", job_kind: str | None = "") -> None:
        # None means "not given", as in 1.9.2 (a failed call's ID is often passed on as None)
        job_id = "" if job_id is None else job_id
        job_kind = "" if job_kind is None else job_kind
        if not isinstance(job_id, str):
            raise TypeError(f"job_id must be a string, got {job_id!r}")
        if not isinstance(job_kind, str):
            raise TypeError(f"job_kind must be a string, got {job_kind!r}")
        super().__init__(client)
        self._job_id = job_id
        self._job_kind = job_kind

    @property
    def job_id(self) -> str:
        """Job ID (set by `start`)."""
        return self._job_id

    @property
    def job_kind(self) -> str:
        """Job kind."""
        return self._job_kind

    # ---- status ------------------------------------------------------------------------
    @operation
    def status(self) -> Plan[JobStatus]:
        """Status of the job: ID, end time (0 while running), error and abort flag.

        Raises:
            ValueError: the job has no ID (no request is made).
            aistore.sdk.errors.ErrNotFound: the cluster knows no job with this ID.
            aistore.sdk.errors.Timeout: the cluster kept answering "not ready" (202) for
                `JOB_STATUS_READY_TIMEOUT` seconds.
        """
        self._require_id("query the status of")
        query = self._query()

        def ready() -> Plan[JobStatus | None]:
            # the IC may answer 202 (accepted, not ready) right after a job starts: ask again
            response = yield get_cluster_info.op(what="status", body=query)
            if response.status_code == _STATUS_NOT_READY or not response.content:
                return None
            return msgspec.json.decode(response.content, type=JobStatus, strict=False)

        return (
            yield from poll(
                ready,
                timeout=JOB_STATUS_READY_TIMEOUT,
                action=f"the status of job '{self._job_id}'",
                timeout_message=lambda: "The cluster kept answering 202 (status not ready).",
            )
        )

    # ---- waiting -----------------------------------------------------------------------
    @operation
    def wait(
        self, timeout: float = DEFAULT_JOB_WAIT_TIMEOUT, verbose: bool = True
    ) -> Plan[WaitResult]:
        """Wait for the job to finish (its status has an end time).

        An aborted or failed job also ends the wait; it is logged, not raised.

        Returns:
            WaitResult (2.x): true when the job succeeded; its error and end time
            (1.9.2 returned None).

        Args:
            timeout: the longest to wait, in seconds (default 5 minutes).
            verbose: log progress to stderr.

        Raises:
            aistore.sdk.errors.Timeout: the job did not finish in time.
            aistore.sdk.errors.ErrNotFound: the cluster knows no job with this ID.
        """
        self._require_id("wait for")
        seconds = check_timeout(timeout)

        def finished() -> Plan[JobStatus | None]:
            status = yield from JobBase.status.plan(self)
            return status if status.end_time else None

        status = yield from poll(
            finished,
            timeout=seconds,
            action="job to finish",
            on_wait=self._note(verbose, f"Waiting on job '{self._job_id}'..."),
            timeout_message=lambda: f"Job '{self._job_id}' still running after {seconds:g}s.",
        )
        if verbose:
            ended = datetime.fromtimestamp(status.end_time / 1e9).time()
            if status.err:
                logger.error(
                    "Job '%s' failed at time '%s' with error: %s", status.uuid, ended, status.err
                )
            elif status.aborted:
                logger.error("Job '%s' aborted at time '%s'", status.uuid, ended)
            else:
                logger.info("Job '%s' finished at time '%s'", status.uuid, ended)
        return WaitResult.from_status(status)

    @operation
    def wait_for_idle(
        self, timeout: float = DEFAULT_JOB_WAIT_TIMEOUT, verbose: bool = True
    ) -> Plan[WaitResult]:
        """Wait until every target reports the job idle (or finished).

        Returns:
            WaitResult (2.x) from the job's snapshots (1.9.2 returned None).

        Args:
            timeout: the longest to wait, in seconds (default 5 minutes).
            verbose: log progress to stderr.

        Raises:
            aistore.sdk.errors.Timeout: not idle in time (also when no target reports the job).
        """
        self._require_id("wait for")
        action = f"job '{self._job_id}' to reach idle state"
        return (
            yield from self._wait_for_condition(
                self._check_job_idle, action, check_timeout(timeout), verbose
            )
        )

    @operation
    def wait_single_node(
        self, timeout: float = DEFAULT_JOB_WAIT_TIMEOUT, verbose: bool = True
    ) -> Plan[WaitResult]:
        """Wait for a job that runs on a single node to finish (judged from its snapshot).

        Returns:
            WaitResult (2.x) from the job's snapshots (1.9.2 returned None).

        Args:
            timeout: the longest to wait, in seconds (default 5 minutes).
            verbose: log progress to stderr.

        Raises:
            aistore.sdk.errors.Timeout: not finished in time (also when no target reports the job).
        """
        self._require_id("wait for")
        action = f"job '{self._job_id}' to finish"
        return (
            yield from self._wait_for_condition(
                self._check_snapshot_finished, action, check_timeout(timeout), verbose
            )
        )

    # ---- start -------------------------------------------------------------------------
    @operation
    def start(
        self,
        daemon_id: str = "",
        force: bool = False,
        buckets: Sequence[_BucketLike] | None = None,
    ) -> Plan[str]:
        """Start a job of this handle's kind; returns its ID (also kept as `job_id`).

        Args:
            daemon_id: run on this target only (jobs such as `resilver`).
            force: override restrictions (e.g. LRU on a bucket with LRU disabled).
            buckets: one or more buckets, for jobs with bucket scope.

        Returns:
            The job ID; empty for job kinds the cluster runs without one.

        Raises:
            ValueError: the handle has no job kind (no request is made).
        """
        if not self._job_kind:
            raise ValueError(
                "Cannot start a job without a job kind (e.g. client.job(job_kind='lru'))"
            )
        if not isinstance(daemon_id, str):
            raise TypeError(f"daemon_id must be a string, got {daemon_id!r}")
        args = XactArgsMsg(kind=self._job_kind)
        if daemon_id:
            args.daemon_id = daemon_id
        bcks = [_bck(b) for b in buckets or []]
        if len(bcks) == 1:
            args.bck = bcks[0]
        elif bcks:
            args.buckets = bcks
        body = ActMsgStart(value=args)
        if force:
            response = yield cluster_action.op(body=body, frc=True)
        else:
            response = yield cluster_action.op(body=body)
        job_id: str = response.text.strip()
        if job_id:
            self._job_id = job_id
        return job_id

    @operation
    def abort(self) -> Plan[None]:
        """Abort (stop) this job: by its ID, else every running job of its kind (2.x).

        Raises:
            ValueError: the handle has neither ID nor kind (no request is made).
        """
        if not self._job_id and not self._job_kind:
            raise ValueError("Cannot abort a job without an id or kind")
        args = XactArgsMsg()
        if self._job_id:
            args.id = self._job_id
        if self._job_kind:
            args.kind = self._job_kind
        yield cluster_action.op(body=ActMsgStop(value=args))

    # ---- snapshots ---------------------------------------------------------------------
    @operation
    def get_within_timeframe(
        self, start_time: datetime, end_time: datetime
    ) -> Plan[list[JobSnapshot]]:
        """Snapshots of this job (by ID, or of this kind) that started and finished in the window.

        Naive datetimes are taken as local time. Running jobs (no end time yet) are left out.
        Each target reports its own snapshot, so one job may appear once per target.

        Raises:
            aistore.sdk.errors.JobInfoNotFound: nothing matched.
        """
        start = _aware(start_time, "start_time")
        end = _aware(end_time, "end_time")
        # without ID and kind nothing matches: JobInfoNotFound, as in 1.9.2
        found: list[JobSnapshot] = []
        for snap in (yield from self._query_job_snapshots()):
            if not (
                (self._job_id and snap.id == self._job_id)
                or (self._job_kind and snap.kind == self._job_kind)
            ):
                continue
            if not snap.start_time or not snap.end_time or snap.end_time == ZERO_TIME:
                continue
            if _parse_time(snap.start_time) >= start and _parse_time(snap.end_time) <= end:
                found.append(snap)
        if not found:
            raise JobInfoNotFound("No relevant job info found")
        return found

    @operation
    def get_details(self) -> Plan[AggregatedJobSnap]:
        """Snapshots of this job (by ID, else of this kind, else all jobs) by target (2.x)."""
        response = yield get_cluster_info.op(what="qryxstats", body=self._query())
        return AggregatedJobSnap.from_wire(response.content)

    @operation
    def get_total_time(self) -> Plan[timedelta | None]:
        """From the earliest start to the latest end over the job's snapshots (2.x).

        None while any snapshot has no end time, or without snapshots.
        """
        snaps = (yield from JobBase.get_details.plan(self)).list_snapshots()
        if not snaps or not all(s.ended and s.start_time for s in snaps):
            return None
        start = min(_parse_time(s.start_time) for s in snaps)
        end = max(_parse_time(s.end_time) for s in snaps)
        return end - start

    # ---- private -----------------------------------------------------------------------
    def _require_id(self, what: str) -> None:
        if not self._job_id:
            raise ValueError(f"Cannot {what} a job without an assigned ID")

    def _query(self) -> XactQueryMsg:
        query = XactQueryMsg()
        if self._job_id:
            query.id = self._job_id
        if self._job_kind:
            query.kind = self._job_kind
        return query

    def _query_job_snapshots(self) -> Plan[list[JobSnapshot]]:
        response = yield get_cluster_info.op(what="qryxstats", body=self._query())
        if not response.content:
            return []
        by_target = msgspec.json.decode(
            response.content, type=dict[str, list[JobSnapshot] | None] | None, strict=False
        )
        return list(itertools.chain.from_iterable(s or [] for s in (by_target or {}).values()))

    def _check_snapshot_finished(self, snapshots: list[JobSnap], verbose: bool) -> bool:
        snap = next((s for s in snapshots if s.id == self._job_id), None)
        if snap is None:
            raise JobInfoNotFound(f"No info found for job {self._job_id}")
        if snap.aborted:
            if verbose:
                logger.error("Job '%s' aborted", self._job_id)
            return True
        if snap.end_time and snap.end_time != ZERO_TIME:
            if verbose:
                logger.info("Job '%s' finished at time '%s'", self._job_id, snap.end_time)
            return True
        return False

    def _check_job_idle(self, snapshots: list[JobSnap], verbose: bool) -> bool:
        mine = [s for s in snapshots if s.id == self._job_id]
        if not mine:
            raise JobInfoNotFound(f"No info found for job {self._job_id}")
        if not all(s.is_idle or (s.end_time and s.end_time != ZERO_TIME) for s in mine):
            return False
        if verbose:
            logger.info("Job '%s' reached idle state", self._job_id)
        return True

    def _wait_for_condition(
        self,
        condition: Callable[[list[JobSnap], bool], bool],
        action: str,
        timeout: float,
        verbose: bool,
    ) -> Plan[WaitResult]:
        seen = {"any": False}

        def check() -> Plan[WaitResult | None]:
            try:
                details = yield from JobBase.get_details.plan(self)
            except ErrNotFound:
                # right after `start` the targets may not know the job yet
                details = AggregatedJobSnap()
            snapshots = details.list_snapshots()
            seen["any"] = seen["any"] or bool(snapshots)
            try:
                if not condition(snapshots, verbose):
                    return None
            except JobInfoNotFound:
                if verbose:
                    logger.info("No information found for job %s, retrying", self._job_id)
                return None
            mine = [s for s in snapshots if s.id == self._job_id]
            return WaitResult.from_snapshots(self._job_id, mine)

        return (
            yield from poll(
                check,
                timeout=timeout,
                action=action,
                on_wait=self._note(verbose, f"Waiting for {action}"),
                timeout_message=lambda: "" if seen["any"] else "No job information found.",
            )
        )

    @staticmethod
    def _note(verbose: bool, message: str) -> Callable[[], None] | None:
        if not verbose:
            return None
        state = {"last": 0.0}

        def note() -> None:
            # at most one progress line a second
            now = time.monotonic()
            if now - state["last"] >= 1.0:
                state["last"] = now
                logger.info("%s", message)

        return note

    def __repr__(self) -> str:
        return f"{type(self).__name__}(job_id={self._job_id!r}, job_kind={self._job_kind!r})"


class Job(JobBase[RequestClient], SyncShell):
    """A class containing job-related functions (making one sends no request).

    Args:
        client: RequestClient for interfacing with the AIS cluster.
        job_id: ID of a specific job, empty for all jobs.
        job_kind: specific kind of job (e.g. `lru`, `copy-bck`), empty for all kinds.
    """
