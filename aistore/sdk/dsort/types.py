"""dsort job info as the cluster reports it, per target (ext/dsort/metric.go, `dsort.JobInfo`)."""

from __future__ import annotations

import msgspec

from aistore.sdk._model import Model
from aistore.sdk.types import BucketModel


class TimeStats(Model, kw_only=True):
    """Time spent on tasks (milliseconds, as decimal strings)."""

    total_ms: str = ""
    count: str = ""
    min_ms: str = ""
    max_ms: str = ""
    avg_ms: str = ""


class ThroughputStats(Model, kw_only=True):
    """Task throughput."""

    total: str = ""
    count: str = ""
    min_throughput: str = ""
    max_throughput: str = ""
    avg_throughput: str = ""


class DetailedStats(Model, kw_only=True):
    """Time and throughput stats together."""

    total_ms: str = ""
    count: str = ""
    min_ms: str = ""
    max_ms: str = ""
    avg_ms: str = ""
    total: str = ""
    min_throughput: str = ""
    max_throughput: str = ""
    avg_throughput: str = ""


class PhaseInfo(Model, kw_only=True):
    """One dsort phase; `elapsed` is nanoseconds in v1.5.0 (a string in 1.9.2's model)."""

    started_time: str = ""
    end_time: str = ""
    elapsed: int = 0
    running: bool = False
    finished: bool = False


class LocalExtraction(PhaseInfo, kw_only=True):
    """First phase: extracting records from the input shards."""

    total_count: str = ""
    extracted_count: str = ""
    extracted_size: str = ""
    extracted_record_count: str = ""
    extracted_to_disk_count: str = ""
    extracted_to_disk_size: str = ""
    single_shard_stats: DetailedStats | None = None


class MetaSorting(PhaseInfo, kw_only=True):
    """Second phase: sorting the records' metadata."""

    sent_stats: TimeStats | None = None
    recv_stats: TimeStats | None = None


class ShardCreation(PhaseInfo, kw_only=True):
    """Last phase: creating the output shards."""

    to_create: str = ""
    created_count: str = ""
    moved_shard_count: str = ""
    req_stats: TimeStats | None = None
    resp_stats: TimeStats | None = None
    local_send_stats: DetailedStats | None = None
    local_recv_stats: DetailedStats | None = None
    single_shard_stats: DetailedStats | None = None


class DsortMetrics(Model, kw_only=True):
    """All metrics of a dsort run on one target."""

    local_extraction: LocalExtraction = msgspec.field(default_factory=LocalExtraction)
    meta_sorting: MetaSorting = msgspec.field(default_factory=MetaSorting)
    shard_creation: ShardCreation = msgspec.field(default_factory=ShardCreation)
    aborted: bool | None = None
    archived: bool | None = None
    description: str | None = None
    warnings: list[str] | None = None
    errors: list[str] | None = None
    extended: bool | None = None


class JobInfo(Model, kw_only=True):
    """A dsort job on one target, with its metrics.

    The `*_duration` fields hold the wire's `started_meta_sorting`, `started_shard_creation` and
    `finished_shard_creation` (nanoseconds in v1.5.0).
    """

    id: str
    src_bck: BucketModel | None = msgspec.field(default=None, name="src-bck")
    dst_bck: BucketModel | None = msgspec.field(default=None, name="dst-bck")
    started_time: str | None = None
    finish_time: str | None = None
    extracted_duration: int | None = msgspec.field(default=None, name="started_meta_sorting")
    sorting_duration: int | None = msgspec.field(default=None, name="started_shard_creation")
    creation_duration: int | None = msgspec.field(default=None, name="finished_shard_creation")
    objects: int = msgspec.field(default=0, name="loc-objs")
    bytes: int = msgspec.field(default=0, name="loc-bytes")
    metrics: DsortMetrics = msgspec.field(default_factory=DsortMetrics, name="Metrics")
    aborted: bool = False
    archived: bool = False
