"""Request messages: the JSON bodies (and their parts) the client sends to the cluster.

Built by keyword (1.9.2's field names); ``as_dict()`` gives the JSON the server expects and
``dict()`` the fields by their Python names.
"""

from typing import Any

from aistore.sdk._model import JsonDict, Model
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace


class ActionMsg(Model, kw_only=True):
    """The action message the client sends as the JSON body of most POST/PUT/DELETE calls."""

    action: str
    name: str = ""
    value: Any = None


class BucketModel(Model, kw_only=True):
    """A bucket as the API names it: name, provider and optional namespace."""

    name: str
    provider: str
    namespace: Namespace | None = None

    def as_dict(self) -> JsonDict:
        """JSON form (the namespace as a dict, left out when not set)."""
        rep: JsonDict = {"name": self.name, "provider": self.provider}
        if self.namespace:
            rep["namespace"] = self.namespace.dict()
        return rep

    def get_path(self) -> str:
        """`<provider>/@<uuid>#<name>/<bucket>/` (2.x): the prefix of its objects' unames."""
        ns = self.namespace.get_path() if self.namespace else "@#"
        return f"{self.provider}/{ns}/{self.name}/"


class BsummCtrlMsg(Model, kw_only=True):
    """Bucket summary control message."""

    uuid: str
    prefix: str
    cached: bool
    present: bool


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


class CreateNBIMsg(Model, kw_only=True):
    """Create a native bucket inventory (2.x; the server's `apc.CreateNBIMsg`)."""

    name: str = ""
    names_per_chunk: int = 0
    force: bool = False
    prefix: str = ""
    props: str = ""
    flags: str = "0"

    def as_dict(self) -> JsonDict:
        """JSON form without the fields left at their defaults (the server's `omitempty`)."""
        defaults = CreateNBIMsg()
        return {k: v for k, v in self.dict().items() if v != getattr(defaults, k)}


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
