"""Public value types: request messages sent to the cluster and responses decoded from it.

Field names (the Python attributes) are those of the reference 1.9.2 SDK. Response types decode
straight from the wire: ``msgspec.json.decode(body, type=Smap, strict=False)`` or
``Smap.parse_obj(data)``. Request messages are built by keyword and turned into the JSON the
server expects with ``as_dict()``; ``dict()`` gives the fields by their Python names.
``BucketEntry`` and ``BucketList`` are plain ``msgspec.Struct`` types as in 1.9.2 (their fields
are the msgpack keys of the list-objects response).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from aistore.sdk._model import JsonDict, Model
from aistore.sdk.const import (
    AIS_ACCESS_TIME,
    AIS_CHECKSUM_VALUE,
    AIS_LOCATION,
    AIS_MIRROR_COPIES,
    AIS_OBJ_NAME,
    AIS_VERSION,
    HEADER_CONTENT_LENGTH,
)
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace

if TYPE_CHECKING:
    from aistore.sdk.obj.object_props import ObjectProps

__all__ = [
    "ActionMsg",
    "AggregatedJobSnap",
    "ArchiveMultiObj",
    "BlobMsg",
    "BsummCtrlMsg",
    "BucketEntry",
    "BucketList",
    "BucketModel",
    "ClusterPerformance",
    "CopyBckMsg",
    "DiskInfo",
    "DiskInfoV322",
    "ETLDetails",
    "ETLInfo",
    "ETLInitMsg",
    "ETLNodeLogs",
    "ETLObjError",
    "ETLRuntimeSpec",
    "ETLSpecMsg",
    "EnvVar",
    "InitCodeETLArgs",
    "InitETLArgs",
    "InitSpecETLArgs",
    "JobArgs",
    "JobQuery",
    "JobSnap",
    "JobSnapshot",
    "JobStats",
    "JobStatus",
    "ListObjectsMsg",
    "Namespace",
    "NetInfo",
    "NodeCapacity",
    "NodeCapacityV322",
    "NodeCounter",
    "NodeLatency",
    "NodeStats",
    "NodeStatsV322",
    "NodeThroughput",
    "NodeTracker",
    "PrefetchMsg",
    "PromoteAPIArgs",
    "Smap",
    "Snode",
    "TCBckMsg",
    "TCMultiObj",
    "TransformBckMsg",
]

_field = msgspec.field

# Snode.flags bits (the server's meta.SnodeMaint / SnodeDecomm)
_FLAG_MAINTENANCE = 1 << 2
_FLAG_DECOMMISSION = 1 << 3


def naturalsize(value: float) -> str:
    """Human-readable decimal size ("1 Byte", "512 Bytes", "1.5 kB", "2.0 MB")."""
    size = float(value)
    if abs(size) == 1:
        return f"{int(size)} Byte"
    if abs(size) < 1000:
        return f"{int(size)} Bytes"
    unit = 1000.0
    for suffix in ("kB", "MB", "GB", "TB", "PB", "EB", "ZB"):
        if abs(size) < unit * 1000:
            return f"{size / unit:.1f} {suffix}"
        unit *= 1000
    return f"{size / unit:.1f} YB"


# --- cluster map ---------------------------------------------------------------------------------


class ActionMsg(Model, kw_only=True):
    """The action message the client sends as the JSON body of most POST/PUT/DELETE calls."""

    action: str
    name: str = ""
    value: Any = None


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


# --- buckets and listing -------------------------------------------------------------------------


class BucketEntry(msgspec.Struct):
    """One entry (object) of a list-objects page; see cmn/objlist.go LsoEnt."""

    n: str
    cs: str = ""
    a: str = ""
    v: str = ""
    t: str = ""
    s: int = 0
    c: int = 0
    f: int = 0
    object: Any = None

    def generate_object_props(self) -> ObjectProps:
        """The entry's data as ``aistore.sdk.obj.object_props.ObjectProps``.

        Entry fields and object properties do not map one to one; missing ones stay empty.
        """
        from requests.structures import CaseInsensitiveDict

        from aistore.sdk.obj.object_props import ObjectProps

        headers: CaseInsensitiveDict[str] = CaseInsensitiveDict(
            {
                AIS_OBJ_NAME: self.name,
                AIS_CHECKSUM_VALUE: self.checksum,
                AIS_ACCESS_TIME: self.atime,
                AIS_VERSION: self.version,
                AIS_LOCATION: self.location,
                HEADER_CONTENT_LENGTH: str(self.size),
                AIS_MIRROR_COPIES: str(self.copies),
            }
        )
        return ObjectProps(headers)

    @property
    def name(self) -> str:
        return self.n

    @property
    def checksum(self) -> str:
        return self.cs

    @property
    def atime(self) -> str:
        return self.a

    @property
    def version(self) -> str:
        return self.v

    @property
    def location(self) -> str:
        return self.t

    @property
    def size(self) -> int:
        return self.s

    @property
    def copies(self) -> int:
        return self.c

    @property
    def flags(self) -> int:
        return self.f

    def is_cached(self) -> bool:
        """The object is present in the cluster (flag bit 6)."""
        return (self.flags & (1 << 6)) != 0

    def is_ok(self) -> bool:
        """No error/status bits (the low five) are set."""
        return (self.flags & ((1 << 5) - 1)) == 0


class BucketList(msgspec.Struct):
    """One page of a list-objects response (msgpack keys; JSON uses lower-case names)."""

    UUID: str
    ContinuationToken: str
    Flags: int
    Entries: list[BucketEntry] | None = None

    @property
    def uuid(self) -> str:
        return self.UUID

    @property
    def continuation_token(self) -> str:
        return self.ContinuationToken

    @property
    def flags(self) -> int:
        return self.Flags

    @property
    def entries(self) -> list[BucketEntry]:
        return [] if self.Entries is None else self.Entries

    def get_entries(self) -> list[BucketEntry]:
        """Deprecated: use ``entries``."""
        return self.entries

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BucketList:
        """Build from the JSON form of the response (``uuid``, ``entries`` with long names)."""
        entries = [
            BucketEntry(
                n=e.get("name", ""),
                cs=e.get("checksum", ""),
                a=e.get("atime", ""),
                v=e.get("version", ""),
                t=e.get("location", ""),
                s=int(e.get("size", 0) or 0),
                c=int(e.get("copies", 0) or 0),
                f=int(e.get("flags", 0) or 0),
            )
            for e in data.get("entries") or []
        ]
        return cls(
            UUID=data.get("uuid", ""),
            ContinuationToken=data.get("continuation_token", ""),
            Flags=int(data.get("flags", 0) or 0),
            Entries=entries,
        )


class BucketModel(Model, kw_only=True):
    """A bucket as the API names it: name, provider and optional namespace."""

    name: str
    provider: str
    namespace: Namespace | None = None

    def get_path(self) -> str:
        """`<provider>/@<uuid>#<name>/<bucket>/` (2.x): the prefix of its objects' unames."""
        ns = self.namespace.get_path() if self.namespace else "@#"
        return f"{self.provider}/{ns}/{self.name}/"

    def as_dict(self) -> JsonDict:
        """JSON form (the namespace as a dict, left out when not set)."""
        rep: JsonDict = {"name": self.name, "provider": self.provider}
        if self.namespace:
            rep["namespace"] = self.namespace.dict()
        return rep


class BsummCtrlMsg(Model, kw_only=True):
    """Bucket summary control message."""

    uuid: str
    prefix: str
    cached: bool
    present: bool


# --- jobs ----------------------------------------------------------------------------------------


class JobArgs(Model, kw_only=True):
    """Arguments of a job-related request."""

    id: str = ""
    kind: str = ""
    daemon_id: str = ""
    bucket: BucketModel | None = None
    buckets: list[BucketModel] | None = None

    def as_dict(self) -> JsonDict:
        return {
            "ID": self.id,
            "Kind": self.kind,
            "DaemonID": self.daemon_id,
            "Bck": self.bucket.as_dict() if self.bucket else None,
            "Buckets": [b.as_dict() for b in self.buckets] if self.buckets else None,
        }


class JobQuery(Model, kw_only=True):
    """Query for many jobs."""

    active: bool = False
    kind: str = ""
    target: str = ""

    def as_dict(self) -> JsonDict:
        return {"kind": self.kind, "node": self.target, "show_active": self.active}


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


# `JobSnap.packed` (the server's `glob.id`): bits 0-9 joggers, 10-19 workers, 20-63 chan-full
_GOR_BITS = 10
_GOR_MASK = (1 << _GOR_BITS) - 1
GO_ZERO_TIME = "0001-01-01T00:00:00Z"


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
    def from_wire(cls, data: bytes) -> AggregatedJobSnap:
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


# --- ETL -----------------------------------------------------------------------------------------


class ETLInfo(Model, kw_only=True):
    """One entry of the ETL list."""

    id: str = ""
    xaction_id: str = ""
    stage: str = ""
    obj_count: int = 0
    in_bytes: int = 0
    out_bytes: int = 0


class EnvVar(Model, kw_only=True):
    """An environment variable of an ETL container (2.x); the value is sent as a string."""

    name: str
    value: str

    def __post_init__(self) -> None:
        if not isinstance(self.value, str):
            self.value = str(self.value)

    @classmethod
    def convert_to_str(cls, v: Any) -> str:
        """The value as the server takes it: a string."""
        return str(v)

    def as_dict(self) -> JsonDict:
        return {"name": self.name, "value": self.value}


class ETLRuntimeSpec(Model, kw_only=True):
    """The container an ETL runs (2.x): image, optional command and environment."""

    image: str
    command: list[str] | None = None
    env: list[EnvVar] | None = None

    def as_dict(self) -> JsonDict:
        rep: JsonDict = {"image": self.image}
        if self.command is not None:
            rep["command"] = list(self.command)
        if self.env is not None:
            rep["env"] = [e.as_dict() for e in self.env]
        return rep


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


class InitETLArgs(Model, kw_only=True):
    """Arguments shared by the ways of initializing an ETL.

    1.9.2's names (`etl_name`, `communication_type`, `timeout`, `arg_type`; used by
    `InitSpecETLArgs` / `InitCodeETLArgs`) and 2.x's (`name`, `comm_type`, `init_timeout`,
    `obj_timeout`, `direct_put`; used by `ETLSpecMsg`); each message sends its own.
    """

    etl_name: str = ""
    communication_type: str = ""
    timeout: str = ""
    arg_type: str = ""
    name: str = ""
    comm_type: str = ""
    init_timeout: str | None = None
    obj_timeout: str | None = None
    direct_put: bool = False


class ETLSpecMsg(InitETLArgs, kw_only=True):
    """Initialize an ETL from a container image (2.x; the server's `ETLSpecMsg`)."""

    runtime: ETLRuntimeSpec

    def as_dict(self) -> JsonDict:
        return {
            "name": self.name,
            "communication": f"{self.comm_type}://",
            "init_timeout": self.init_timeout,
            "obj_timeout": self.obj_timeout,
            "support_direct_put": self.direct_put,
            "runtime": self.runtime.as_dict(),
        }


class InitSpecETLArgs(InitETLArgs, kw_only=True):
    """Initialize an ETL from a Kubernetes pod spec."""

    spec: str

    def as_dict(self) -> JsonDict:
        return {
            "id": self.etl_name,
            "timeout": self.timeout,
            "communication": f"{self.communication_type}://",
            "spec": self.spec,
            "argument": self.arg_type,
        }


class InitCodeETLArgs(InitETLArgs, kw_only=True):
    """Initialize an ETL from code."""

    runtime: str
    dependencies: str
    functions: dict[str, str]
    code: str
    chunk_size: int | None = None

    def as_dict(self) -> JsonDict:
        rep: JsonDict = {
            "id": self.etl_name,
            "runtime": self.runtime,
            "communication": f"{self.communication_type}://",
            "timeout": self.timeout,
            "funcs": self.functions,
            "code": self.code,
            "dependencies": self.dependencies,
            "argument": self.arg_type,
        }
        if self.chunk_size:
            rep["chunk_size"] = self.chunk_size
        return rep


class TransformBckMsg(Model, kw_only=True):
    """ETL part of a bucket transform request."""

    etl_name: str
    timeout: str

    def as_dict(self) -> JsonDict:
        return {"id": self.etl_name, "request_timeout": self.timeout}


# --- bucket / multi-object requests --------------------------------------------------------------


class PromoteAPIArgs(Model, kw_only=True):
    """Promote (file system -> cluster) request."""

    target_id: str = ""
    source_path: str = ""
    object_name: str = ""
    recursive: bool = False
    overwrite_dest: bool = False
    delete_source: bool = False
    src_not_file_share: bool = False

    def as_dict(self) -> JsonDict:
        return {
            "tid": self.target_id,
            "src": self.source_path,
            "obj": self.object_name,
            "rcr": self.recursive,
            "ovw": self.overwrite_dest,
            "dls": self.delete_source,
            "notshr": self.src_not_file_share,
        }


class MptCompletedPart(Model, kw_only=True):
    """(2.x) One part of a multipart upload's completion (`MultipartUpload.complete`)."""

    part_number: int
    etag: str = ""

    def as_dict(self) -> JsonDict:
        return {"part-number": self.part_number, "etag": self.etag}


class CopyBckMsg(Model, kw_only=True):
    """Copy part of a bucket copy/transform request."""

    prefix: str = ""
    prepend: str
    dry_run: bool
    force: bool
    latest: bool
    sync: bool

    def as_dict(self) -> JsonDict:
        return {
            "prefix": self.prefix,
            "prepend": self.prepend,
            "dry_run": self.dry_run,
            "force": self.force,
            "latest-ver": self.latest,
            "synchronize": self.sync,
        }


class ListObjectsMsg(Model, kw_only=True):
    """List-objects request."""

    prefix: str
    page_size: int
    uuid: str
    props: str
    continuation_token: str
    flags: list[ListObjectFlag]
    target: str
    start_after: str = ""

    def as_dict(self) -> JsonDict:
        rep: JsonDict = {
            "prefix": self.prefix,
            "pagesize": self.page_size,
            "uuid": self.uuid,
            "props": self.props,
            "continuation_token": self.continuation_token,
            "flags": str(ListObjectFlag.join_flags(self.flags)),
            "target": self.target,
        }
        if self.start_after:  # 2.x; the server's `start_after,omitempty`
            rep["start_after"] = self.start_after
        return rep


class TCBckMsg(Model, kw_only=True):
    """Transform-or-copy between buckets; alone for a whole bucket or inside ``TCMultiObj``."""

    ext: dict[str, str] | None = None
    copy_msg: CopyBckMsg | None = None
    transform_msg: TransformBckMsg | None = None
    num_workers: int | None = None
    cont_on_err: bool = False

    def as_dict(self) -> JsonDict:
        rep: JsonDict = {}
        if self.ext:
            rep["ext"] = self.ext
        if self.num_workers:  # 2.x: workers per target (wire `num-workers`)
            rep["num-workers"] = self.num_workers
        if self.cont_on_err:  # 2.x: continue on error (wire `coer`)
            rep["coer"] = True
        if self.copy_msg:
            rep.update(self.copy_msg.as_dict())
        if self.transform_msg:
            rep.update(self.transform_msg.as_dict())
        return rep


class PrefetchMsg(Model, kw_only=True):
    """Prefetch objects from a remote bucket."""

    object_selection: dict[str, Any]
    continue_on_err: bool
    latest: bool
    blob_threshold: int | None = None
    num_workers: int | None = None

    def as_dict(self) -> JsonDict:
        rep: JsonDict = dict(self.object_selection)
        rep["coer"] = self.continue_on_err
        rep["latest-ver"] = self.latest
        if self.blob_threshold:
            rep["blob-threshold"] = self.blob_threshold
        if self.num_workers:
            rep["num-workers"] = self.num_workers
        return rep


class TCMultiObj(Model, kw_only=True):
    """Transform or copy a selection of objects to another bucket."""

    to_bck: BucketModel
    tc_msg: TCBckMsg | None = None
    continue_on_err: bool
    object_selection: dict[str, Any]
    num_workers: int | None = None

    def as_dict(self) -> JsonDict:
        rep: JsonDict = dict(self.object_selection)
        if self.tc_msg:
            rep.update(self.tc_msg.as_dict())
        rep["tobck"] = self.to_bck.as_dict()
        rep["coer"] = self.continue_on_err
        if self.num_workers:
            rep["num-workers"] = self.num_workers
        return rep


class ArchiveMultiObj(Model, kw_only=True):
    """Archive a selection of objects into one archive object."""

    archive_name: str
    to_bck: BucketModel | None
    mime: str | None = None
    include_source_name: bool = False
    allow_append: bool = False
    continue_on_err: bool = False
    object_selection: dict[str, Any]

    def as_dict(self) -> JsonDict:
        rep: JsonDict = dict(self.object_selection)
        rep["archname"] = self.archive_name
        rep["isbn"] = self.include_source_name
        rep["aate"] = self.allow_append
        rep["coer"] = self.continue_on_err
        if self.mime:
            rep["mime"] = self.mime
        if self.to_bck:
            rep["tobck"] = self.to_bck.as_dict()
        return rep


class BlobMsg(Model, kw_only=True):
    """Blob-download request."""

    chunk_size: int | None = None
    num_workers: int | None = None
    latest: bool

    def as_dict(self) -> JsonDict:
        rep: JsonDict = {"latest-ver": self.latest}
        if self.chunk_size:
            rep["chunk-size"] = self.chunk_size
        if self.num_workers:
            rep["num-workers"] = self.num_workers
        return rep


# --- node statistics -----------------------------------------------------------------------------


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


def _avg(total: float, count: int) -> float:
    return total / count if count > 0 else 0


class NodeThroughput:
    """Throughput figures derived from a node's tracker."""

    def __init__(self, node_tracker: NodeTracker) -> None:
        t = node_tracker
        self.get_bw = t.get_bps
        self.get_cold_n = t.get_cold_n
        self.get_cold_total_size = t.get_cold_size
        self.get_cold_avg_size = _avg(t.get_cold_size, t.get_cold_n)
        self.get_n = t.get_n
        self.get_total_size = t.get_bps
        self.get_avg_size = _avg(t.get_bps, t.get_n)
        self.put_bw = t.put_bps
        self.put_n = t.put_n
        self.put_total_size = t.put_bps
        self.put_avg_size = _avg(t.put_bps, t.put_n)
        self.err_get_n = t.err_get_n

    def as_dict(self) -> JsonDict:
        return {
            "GET(bw)": f"{naturalsize(self.get_bw)}/s",
            "GET-COLD(n)": self.get_cold_n,
            "GET-COLD(total size)": naturalsize(self.get_cold_total_size),
            "GET-COLD(avg size)": naturalsize(self.get_cold_avg_size),
            "GET(n)": self.get_n,
            "GET(total size)": naturalsize(self.get_total_size),
            "GET(avg size)": naturalsize(self.get_avg_size),
            "PUT(bw)": f"{naturalsize(self.put_bw)}/s",
            "PUT(n)": self.put_n,
            "PUT(total size)": naturalsize(self.put_total_size),
            "PUT(avg size)": naturalsize(self.put_avg_size),
            "ERR-GET(n)": self.err_get_n,
        }


class NodeLatency:
    """Latency figures derived from a node's tracker."""

    def __init__(self, node_tracker: NodeTracker) -> None:
        t = node_tracker
        self.get_cold_n = t.get_cold_n
        self.get_cold_total_size = t.get_cold_size
        self.get_cold_avg_size = _avg(t.get_cold_size, t.get_cold_n)
        self.get_n = t.get_n
        self.get_total_size = t.get_bps
        self.get_avg_size = _avg(t.get_bps, t.get_n)
        self.put_n = t.put_n
        self.put_total_size = t.put_bps
        self.put_avg_size = _avg(t.put_bps, t.put_n)
        self.err_get_n = t.err_get_n

    def as_dict(self) -> JsonDict:
        return {
            "GET-COLD(n)": self.get_cold_n,
            "GET-COLD(total size)": naturalsize(self.get_cold_total_size),
            "GET-COLD(avg size)": naturalsize(self.get_cold_avg_size),
            "GET(n)": self.get_n,
            "GET(total size)": naturalsize(self.get_total_size),
            "GET(avg size)": naturalsize(self.get_avg_size),
            "PUT(n)": self.put_n,
            "PUT(total size)": naturalsize(self.put_total_size),
            "PUT(avg size)": naturalsize(self.put_avg_size),
            "ERR-GET(n)": self.err_get_n,
        }


class NodeCounter:
    """Counters derived from a node's tracker."""

    def __init__(self, node_tracker: NodeTracker) -> None:
        t = node_tracker
        self.del_n = t.del_n
        self.dsort_creation_req_n = t.dsort_creation_req_n
        self.dsort_creation_resp_n = t.dsort_creation_resp_n
        self.dsort_extract_shard_mem_n = t.dsort_extract_shard_mem_n
        self.dsort_extract_shard_size = t.dsort_extract_shard_size
        self.get_cold_n = t.get_cold_n
        self.get_cold_size = t.get_cold_size
        self.get_n = t.get_n
        self.get_size = t.get_size
        self.lcache_evicted_n = t.lcache_evicted_n
        self.lcache_flush_cold_n = t.lcache_flush_cold_n
        self.evict_n = t.lru_evict_n
        self.evict_size = t.lru_evict_size
        self.list_n = t.lst_n
        self.put_n = t.put_n
        self.put_size = t.put_size
        self.remote_deleted_del_n = t.remote_deleted_del_n
        self.stream_in_n = t.stream_in_n
        self.stream_in_size = t.stream_in_size
        self.stream_out_n = t.stream_out_n
        self.stream_out_size = t.stream_out_size
        self.version_change_n = t.ver_change_n
        self.version_change_size = t.ver_change_size
        self.err_del_n = t.err_del_n
        self.err_get_n = t.err_get_n

    def as_dict(self) -> JsonDict:
        return {
            "DELETE(n)": self.del_n,
            "DSORT-CREATION-REQ(n)": self.dsort_creation_req_n,
            "DSORT-CREATION-RESP(n)": self.dsort_creation_resp_n,
            "DSORT-EXTRACT-SHARD-MEM(n)": self.dsort_extract_shard_mem_n,
            "DSORT-EXTRACT-SHARD(size)": naturalsize(self.dsort_extract_shard_size),
            "GET-COLD(n)": self.get_cold_n,
            "GET-COLD(size)": naturalsize(self.get_cold_size),
            "GET(n)": self.get_n,
            "GET(size)": naturalsize(self.get_size),
            "LCACHE-EVICTED(n)": self.lcache_evicted_n,
            "LCACHE-FLUSH-COLD(n)": self.lcache_flush_cold_n,
            "EVICT(n)": self.evict_n,
            "EVICT(size)": naturalsize(self.evict_size),
            "LIST(n)": self.list_n,
            "PUT(n)": self.put_n,
            "PUT(size)": naturalsize(self.put_size),
            "REMOTE-DELETED-DEL(n)": self.remote_deleted_del_n,
            "STREAM-IN(n)": self.stream_in_n,
            "STREAM-IN(size)": naturalsize(self.stream_in_size),
            "STREAM-OUT(n)": self.stream_out_n,
            "STREAM-OUT(size)": naturalsize(self.stream_out_size),
            "VERSION-CHANGE(n)": self.version_change_n,
            "VERSION-CHANGE(size)": naturalsize(self.version_change_size),
            "ERR-DEL(n)": self.err_del_n,
            "ERR-GET(n)": self.err_get_n,
        }


class ClusterPerformance:
    """Throughput, latency and counters of every node, keyed by node ID."""

    def __init__(
        self,
        throughput: Mapping[str, NodeThroughput],
        latency: Mapping[str, NodeLatency],
        counters: Mapping[str, NodeCounter],
    ) -> None:
        self.throughput = throughput
        self.latency = latency
        self.counters = counters

    def as_dict(self) -> JsonDict:
        return {"throughput": self.throughput, "latency": self.latency, "counters": self.counters}
