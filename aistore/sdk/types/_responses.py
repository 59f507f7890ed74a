"""Response types: what the cluster answers (cluster map, jobs, ETL, node statistics).

Decoded straight from the wire: ``msgspec.json.decode(body, type=Smap, strict=False)`` or
``Smap.parse_obj(data)``; the Python names are 1.9.2's, the wire names (``start-time``,
``loc-objs``, ``get.n``) are given per field.
"""

from typing import Any

import msgspec

from aistore.sdk._model import Model
from aistore.sdk.types._messages import BucketModel

_field = msgspec.field


class NetInfo(Model, kw_only=True):
    """One network endpoint of a node."""

    node_hostname: str = ""
    daemon_port: str = ""
    direct_url: str = ""


class Snode(Model, kw_only=True):
    """A cluster node (proxy or target). ``id_digest`` is the server's HRW digest of the ID."""

    daemon_id: str
    daemon_type: str
    public_net: NetInfo | None = None
    intra_control_net: NetInfo | None = None
    intra_data_net: NetInfo | None = None
    flags: int = 0
    id_digest: int = 0


class Smap(Model, kw_only=True):
    """The cluster map: targets, proxies, the primary proxy and the map version."""

    tmap: dict[str, Snode]
    pmap: dict[str, Snode]
    proxy_si: Snode
    version: int = 0
    uuid: str = ""
    creation_time: str = ""


class JobStatus(Model, kw_only=True):
    """Status of one job."""

    uuid: str = ""
    err: str = ""
    end_time: int = 0
    aborted: bool = False


class JobStats(Model, kw_only=True):
    """Counters of a job."""

    # wire names of AIS v1.5.0 (`core.Stats`); the values arrive as decimal strings
    objects: int = _field(default=0, name="loc-objs")
    bytes: int = _field(default=0, name="loc-bytes")
    out_objects: int = _field(default=0, name="out-objs")
    out_bytes: int = _field(default=0, name="out-bytes")
    in_objects: int = _field(default=0, name="in-objs")
    in_bytes: int = _field(default=0, name="in-bytes")


class JobSnapshot(Model, kw_only=True):
    """A job as seen by one target (wire names in parentheses: start-time, bck, glob.id...)."""

    id: str = ""
    kind: str = ""
    start_time: str = _field(default="", name="start-time")
    end_time: str = _field(default="", name="end-time")
    bucket: BucketModel | None = _field(default=None, name="bck")
    source_bck: str = _field(default="", name="source-bck")
    dest_bck: str = _field(default="", name="dest-bck")
    rebalance_id: str = _field(default="", name="glob.id")
    stats: JobStats | None = None
    aborted: bool = False
    is_idle: bool = False
    abort_err: str = _field(default="", name="abort-err")


class ETLInfo(Model, kw_only=True):
    """One entry of the ETL list."""

    id: str = ""
    xaction_id: str = ""
    obj_count: int = 0
    in_bytes: int = 0
    out_bytes: int = 0


class ETLDetails(Model, kw_only=True):
    """Details of one ETL; ``code`` and ``spec`` arrive base64-encoded and are decoded to bytes."""

    id: str
    communication: str
    timeout: str
    code: bytes | None = None
    spec: bytes | None = None
    dependencies: str | None = None
    runtime: str | None = None
    chunk_size: int = 0
    argument: str = ""


class NodeTracker(Model, kw_only=True):
    """Counters of one node (wire names are the dotted stats names, e.g. ``get.n``)."""

    append_ns: int = _field(default=0, name="append.ns")
    del_n: int = _field(default=0, name="del.n")
    disk_sdb_util: float = _field(default=0, name="disk.sdb..util")
    disk_sdb_avg_rsize: float = _field(default=0, name="disk.sdb.avg.rsize")
    disk_sdb_avg_wsize: float = _field(default=0, name="disk.sdb.avg.wsize")
    disk_sdb_read_bps: int = _field(default=0, name="disk.sdb.read.bps")
    disk_sdb_write_bps: int = _field(default=0, name="disk.sdb.write.bps")
    dl_ns: int = _field(default=0, name="dl.ns")
    dsort_creation_req_n: int = _field(default=0, name="dsort.creation.req.n")
    dsort_creation_resp_n: int = _field(default=0, name="dsort.creation.resp.n")
    dsort_creation_resp_ns: int = _field(default=0, name="dsort.creation.resp.ns")
    dsort_extract_shard_mem_n: int = _field(default=0, name="dsort.extract.shard.mem.n")
    dsort_extract_shard_size: int = _field(default=0, name="dsort.extract.shard.size")
    err_del_n: int = _field(default=0, name="err.del.n")
    err_get_n: int = _field(default=0, name="err.get.n")
    get_bps: int = _field(default=0, name="get.bps")
    get_cold_n: int = _field(default=0, name="get.cold.n")
    get_cold_rw_ns: int = _field(default=0, name="get.cold.rw.ns")
    get_cold_size: int = _field(default=0, name="get.cold.size")
    get_n: int = _field(default=0, name="get.n")
    get_ns: int = _field(default=0, name="get.ns")
    get_redir_ns: int = _field(default=0, name="get.redir.ns")
    get_size: int = _field(default=0, name="get.size")
    kalive_ns: int = _field(default=0, name="kalive.ns")
    lcache_evicted_n: int = _field(default=0, name="lcache.evicted.n")
    lcache_flush_cold_n: int = _field(default=0, name="lcache.flush.cold.n")
    lru_evict_n: int = _field(default=0, name="lru.evict.n")
    lru_evict_size: int = _field(default=0, name="lru.evict.size")
    lst_n: int = _field(default=0, name="lst.n")
    lst_ns: int = _field(default=0, name="lst.ns")
    put_bps: int = _field(default=0, name="put.bps")
    put_n: int = _field(default=0, name="put.n")
    put_ns: int = _field(default=0, name="put.ns")
    put_redir_ns: int = _field(default=0, name="put.redir.ns")
    put_size: int = _field(default=0, name="put.size")
    remote_deleted_del_n: int = _field(default=0, name="remote.deleted.del.n")
    stream_in_n: int = _field(default=0, name="stream.in.n")
    stream_in_size: int = _field(default=0, name="stream.in.size")
    stream_out_n: int = _field(default=0, name="stream.out.n")
    stream_out_size: int = _field(default=0, name="stream.out.size")
    up_ns_time: int = _field(default=0, name="up.ns.time")
    ver_change_n: int = _field(default=0, name="ver.change.n")
    ver_change_size: int = _field(default=0, name="ver.change.size")


class DiskInfo(Model, kw_only=True):
    """Disk usage of one mountpath."""

    used: str
    avail: str
    pct_used: float
    disks: list[str]
    mountpath_label: str
    # v1.5.0 sends {"Fs", "FsType", "FsID"}; older servers sent the file system name
    fs: str | dict[str, Any] = ""


class DiskInfoV322(Model, kw_only=True):
    """Disk usage of one mountpath (AIS 3.22 form)."""

    used: str
    avail: str
    pct_used: float
    disks: list[str]
    fs: str


class NodeCapacityV322(Model, kw_only=True):
    """Capacity of a node and its mountpaths (AIS 3.22 form)."""

    mountpaths: dict[str, DiskInfoV322] = _field(default_factory=dict, name="MountPaths")
    pct_max: float
    pct_avg: float
    pct_min: float
    cs_err: str


class NodeCapacity(Model, kw_only=True):
    """Capacity of a node and its mountpaths."""

    mountpaths: dict[str, DiskInfo] = _field(default_factory=dict, name="mountpaths")
    pct_max: float
    pct_avg: float
    pct_min: float
    cs_err: str
    total_used: int
    total_avail: int


class NodeStatsV322(Model, kw_only=True):
    """Node performance and status (AIS 3.22 form)."""

    snode: Snode
    tracker: NodeTracker
    capacity: NodeCapacityV322
    rebalance_snap: dict[str, Any] | None = None
    status: str
    deployment: str
    ais_version: str
    build_time: str
    k8s_pod_name: str
    sys_info: dict[str, Any]
    smap_version: str


class NodeStats(Model, kw_only=True):
    """Node performance and status."""

    snode: Snode
    tracker: NodeTracker
    capacity: NodeCapacity
    rebalance_snap: dict[str, Any] | None = None
    status: str
    deployment: str
    ais_version: str
    build_time: str
    k8s_pod_name: str
    sys_info: dict[str, Any]
    smap_version: str
    reserved1: str | None = ""
    reserved2: str | None = ""
    reserved3: int | None = 0
    reserved4: int | None = 0
