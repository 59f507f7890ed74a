"""Response types: what the cluster answers (cluster map, jobs, ETL, node statistics).

Decoded straight from the wire: ``msgspec.json.decode(body, type=Smap, strict=False)`` or
``Smap.parse_obj(data)``; the Python names are 1.9.2's, the wire names (``start-time``,
``loc-objs``, ``get.n``) are given per field.
"""

import base64
from typing import Any

import msgspec

from aistore.sdk._model import Model
from aistore.sdk.types._messages import BucketModel, ETLRuntimeSpec

_field = msgspec.field

# Snode.flags bits (the server's meta.SnodeMaint / SnodeDecomm)
_FLAG_MAINTENANCE = 1 << 2
_FLAG_DECOMMISSION = 1 << 3
# `JobSnap.packed` (the server's `glob.id`): bits 0-9 joggers, 10-19 workers, 20-63 chan-full
_GOR_BITS = 10
_GOR_MASK = (1 << _GOR_BITS) - 1
GO_ZERO_TIME = "0001-01-01T00:00:00Z"


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

    def in_maint_or_decomm(self) -> bool:
        """In maintenance or being decommissioned (flag bits 2 and 3): owns no objects (2.x)."""
        return self.flags & (_FLAG_MAINTENANCE | _FLAG_DECOMMISSION) != 0


class Smap(Model, kw_only=True):
    """The cluster map: targets, proxies, the primary proxy and the map version."""

    tmap: dict[str, Snode]
    pmap: dict[str, Snode]
    proxy_si: Snode
    version: int = 0
    uuid: str = ""
    creation_time: str = ""

    def get_target_for_object(self, uname: str) -> Snode:
        """The target that owns the object `uname` (2.x), as the server places it (HRW).

        Args:
            uname: the object's full name, `<provider>/@<ns uuid>#<ns name>/<bucket>/<object>`
                (`Object.uname`, or `bucket.as_model().get_path() + name`).

        Raises:
            NoTargetError: every target is in maintenance or being decommissioned.
        """
        from aistore._core import routing
        from aistore.sdk.errors import NoTargetError

        name_digest = routing.digest(uname)
        best: Snode | None = None
        best_score = -1
        for node in self.tmap.values():
            if node.in_maint_or_decomm():
                continue
            node_digest = node.id_digest or routing.digest(node.daemon_id)
            score = routing.mix64(node_digest ^ name_digest)
            if score >= best_score:
                best, best_score = node, score
        if best is None:
            raise NoTargetError(len(self.tmap))
        return best


class NBIInfo(Model, kw_only=True):
    """One native bucket inventory, as `show_inventory` answers (the server's `apc.NBIInfo`).

    `size` is its size on disk; `started`/`finished` are Unix nanoseconds; `ntotal` the number
    of names; `chunks` the chunk count; `nat` the active targets when it was written.
    """

    bucket: str = ""
    name: str = ""
    obj_name: str = ""
    size: int = 0
    prefix: str = ""
    started: int = 0
    finished: int = 0
    ntotal: int = 0
    smap_ver: int = 0
    chunks: int = 0
    nat: int = 0


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


class JobSnap(Model, kw_only=True):
    """A job as one target reports it (2.x; the wire names of server v1.5.0's `core.Snap`)."""

    id: str = ""
    kind: str = ""
    start_time: str = _field(default="", name="start-time")
    end_time: str = _field(default="", name="end-time")
    bucket: BucketModel | None = _field(default=None, name="bck")
    source_bck: BucketModel | None = _field(default=None, name="src-bck")
    destination_bck: BucketModel | None = _field(default=None, name="dst-bck")
    stats: JobStats | None = None
    aborted: bool = False
    is_idle: bool = False
    abort_err: str = _field(default="", name="abort-err")
    packed: int = _field(default=0, name="glob.id")

    def unpack_glob_id(self) -> tuple[int, int, int]:
        """``packed`` as (joggers, workers, channel-full count)."""
        return (
            self.packed & _GOR_MASK,
            (self.packed >> _GOR_BITS) & _GOR_MASK,
            self.packed >> (2 * _GOR_BITS),
        )

    @property
    def ended(self) -> bool:
        """The snapshot has an end time (Go's zero time means running)."""
        return bool(self.end_time) and self.end_time != GO_ZERO_TIME


class AggregatedJobSnap(Model, kw_only=True):
    """Snapshots of jobs by target ID (2.x; what `Job.get_details` returns)."""

    root: dict[str, list[JobSnap]] = _field(default_factory=dict)

    @classmethod
    def from_wire(cls, data: bytes) -> "AggregatedJobSnap":
        """Decode the cluster's answer (`{target_id: [snap, ...] | null}`; empty = none)."""
        if not data.strip():
            return cls()
        raw = msgspec.json.decode(data, type=dict[str, list[JobSnap] | None] | None, strict=False)
        return cls(root={tid: snaps or [] for tid, snaps in (raw or {}).items()})

    def list_snapshots(self) -> list[JobSnap]:
        """Every snapshot of every target, in one list."""
        return [snap for snaps in self.root.values() for snap in snaps]

    def get_num_workers(self) -> int:
        """The job's worker count (the same in every snapshot); 0 without snapshots."""
        for snaps in self.root.values():
            if snaps:
                return snaps[0].unpack_glob_id()[1]
        return 0

    def all_idle(self) -> bool:
        """Every snapshot is idle or aborted (True without snapshots)."""
        return all(s.is_idle or s.aborted or s.abort_err for s in self.list_snapshots())

    def any_aborted(self) -> bool:
        """Some snapshot is aborted or carries an abort error."""
        return any(s.aborted or s.abort_err for s in self.list_snapshots())

    def idle_or_aborted(self) -> bool:
        """All idle, or any aborted (an idle-kind job's "done")."""
        return self.all_idle() or self.any_aborted()

    def any_finished(self) -> bool:
        """Some snapshot is aborted or has an end time (a single-node job's "done")."""
        return any(s.aborted or s.abort_err or s.ended for s in self.list_snapshots())


class ETLInfo(Model, kw_only=True):
    """One entry of the ETL list."""

    id: str = ""
    xaction_id: str = ""
    stage: str = ""
    obj_count: int = 0
    in_bytes: int = 0
    out_bytes: int = 0


class ETLInitMsg(Model, kw_only=True):
    """How an ETL was initialized, as the cluster reports it (2.x; `ETLDetails.init_msg`).

    ``code`` arrives base64-encoded and is decoded to bytes; ``runtime`` is the container
    (`ETLRuntimeSpec`) of an image-based ETL.
    """

    name: str
    communication: str
    init_timeout: str | None = None
    obj_timeout: str | None = None
    code: bytes | None = None
    dependencies: bytes | None = None
    chunk_size: int = 0
    runtime: str | ETLRuntimeSpec | None = None

    @classmethod
    def set_code(cls, code: Any) -> bytes | None:
        """``code`` as bytes: base64 text decoded (2.x's validator)."""
        if code is None or isinstance(code, bytes):
            return code
        return base64.b64decode(code)


class ETLObjError(Model, kw_only=True):
    """An object the ETL failed on (2.x; `ETLDetails.obj_errors`)."""

    obj_name: str
    msg: str
    ecode: int


class ETLNodeLogs(Model, kw_only=True):
    """The log of one target's ETL pod, decoded to text (2.x; `Etl.logs`)."""

    target_id: str = ""
    logs: str = ""


class ETLDetails(Model, kw_only=True):
    """Details of one ETL; ``code`` and ``spec`` arrive base64-encoded and are decoded to bytes.

    1.9.2's flat fields (`id`, `communication`, `timeout`, ...) and 2.x's `init_msg` /
    `obj_errors` (the server's own shape), both filled by `Etl.view`.
    """

    id: str
    communication: str
    timeout: str
    code: bytes | None = None
    spec: bytes | None = None
    dependencies: str | None = None
    runtime: str | None = None
    chunk_size: int = 0
    argument: str = ""
    init_msg: ETLInitMsg | None = None
    obj_errors: list[ETLObjError] | None = None


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
