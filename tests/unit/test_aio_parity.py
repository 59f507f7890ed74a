"""Every public synchronous class and method has its asyncio twin, with the same parameters,
and the twins behave alike.

Signatures: walks the public methods and properties of each synchronous class (its own and those
of its `aistore` bases) and fails when `aistore.aio` lacks the twin or its parameters differ in
name, kind or default. Deliberate exceptions are listed below with their reasons.

Behaviour: every operation of each twin pair runs against one fake server over an argument
matrix (bad arguments included); the requests, results, exceptions and log records must match.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from aistore import aio
from aistore.aio.authn import (
    AsyncClusterManager,
    AsyncRoleManager,
    AsyncUserManager,
)
from aistore.sdk.authn.access_attr import AccessAttr
from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.authn.cluster_manager import ClusterManager
from aistore.sdk.authn.role_manager import RoleManager
from aistore.sdk.authn.token_manager import TokenManager
from aistore.sdk.authn.user_manager import UserManager
from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.cluster import Cluster
from aistore.sdk.job import Job
from aistore.sdk.multiobj.object_group import ObjectGroup
from aistore.sdk.obj.obj_file.object_file import ObjectFile
from aistore.sdk.obj.object import Object
from aistore.sdk.obj.object_reader import ObjectReader
from tests.support.ais_answers import NODE_STATS

TWINS: list[tuple[type, type]] = [
    (Client, aio.AsyncClient),
    (Bucket, aio.AsyncBucket),
    (Object, aio.AsyncObject),
    (ObjectReader, aio.AsyncObjectReader),
    (ObjectFile, aio.AsyncObjectFile),
    (Cluster, aio.AsyncCluster),
    (Job, aio.AsyncJob),
    (ObjectGroup, aio.AsyncObjectGroup),
    (AuthNClient, aio.AsyncAuthNClient),
    (TokenManager, aio.AsyncTokenManager),
    (RoleManager, AsyncRoleManager),
    (UserManager, AsyncUserManager),
    (ClusterManager, AsyncClusterManager),
]

RENAMED = {"__enter__": "__aenter__", "__exit__": "__aexit__", "__iter__": "__aiter__"}

NOT_PORTED_YET = "not ported yet: no async twin in this release (use the sync client for it)"
MISSING: dict[tuple[str, str], str] = {
    # ETL and dsort need Kubernetes or large jobs; their async twins are future work
    ("Client", "etl"): NOT_PORTED_YET + "; ETL needs Kubernetes",
    ("Client", "dsort"): NOT_PORTED_YET,
    ("Bucket", "summary"): NOT_PORTED_YET + " (a polling job)",
    ("Bucket", "info"): NOT_PORTED_YET + " (a polling job)",
    ("Bucket", "put_files"): NOT_PORTED_YET + "; gather put_file tasks instead",
    ("Bucket", "write_dataset"): NOT_PORTED_YET + " (the dataset writer is synchronous)",
    # cluster administration (maintenance, decommission) is rare and not on any hot path
    ("Cluster", "start_maintenance"): NOT_PORTED_YET + " (cluster administration)",
    ("Cluster", "stop_maintenance"): NOT_PORTED_YET + " (cluster administration)",
    ("Cluster", "decommission_node"): NOT_PORTED_YET + " (cluster administration)",
    ("Bucket", "make_request"): "raw requests: the async client sends spec operations only",
    # 2.x names of the sync client (issue 14); their async twins are future work
    ("Object", "get_writer"): NOT_PORTED_YET + " (2.x ObjectWriter)",
    ("Object", "copy"): NOT_PORTED_YET + " (2.x server-side copy)",
    ("Object", "multipart_upload"): NOT_PORTED_YET + " (2.x MultipartUpload)",
    ("ObjectReader", "raw"): "a file object is synchronous by nature; use `async for` or as_file",
    ("ObjectReader", "num_workers"): "one stream per async reader (concurrency: get_many)",
    ("ClusterManager", "register"): "reads the cluster's UUID with a blocking client",
    ("ClusterManager", "update"): "reads the cluster's UUID with a blocking client",
    # io.BufferedIOBase plumbing: the async file offers read/tell/close and `async for`
    ("ObjectFile", "read1"): "io plumbing of a sync file; `await read(n)` covers it",
    ("ObjectFile", "readinto"): "io plumbing of a sync file; `await read(n)` covers it",
    ("ObjectFile", "readable"): "io plumbing of a sync file",
    ("ObjectFile", "seekable"): "io plumbing of a sync file",
}

DIFFERENT: dict[tuple[str, str], str] = {
    ("Client", "__init__"): "adds keyword-only max_connections_per_node (the per-node pool cap)",
    ("Client", "request_client"): "the async request loop, not a RequestClient",
    ("Bucket", "__init__"): "takes the async request loop first (made by AsyncClient.bucket)",
    ("Bucket", "client"): "the async request loop; read-only (no client swapping)",
    ("Object", "__init__"): "takes the async request loop (made by AsyncBucket.object)",
    ("ObjectReader", "__init__"): "built from its AsyncObject by get_reader, not an ObjectClient",
    ("ObjectReader", "attributes"): "a property cannot await: None until a read or head()",
    ("ObjectFile", "__init__"): "built from its reader by as_file, not a ContentIterator",
    ("Cluster", "__init__"): "takes the async request loop (made by AsyncClient.cluster)",
    ("Cluster", "client"): "the async request loop",
    ("Job", "__init__"): "takes the async request loop (made by AsyncClient.job)",
    ("ObjectGroup", "__init__"): "takes an AsyncBucket (made by AsyncBucket.objects)",
    ("ObjectGroup", "client"): "the bucket's async request loop; not settable",
    ("AuthNClient", "client"): "the async request loop",
    ("TokenManager", "__init__"): "takes the async request loop",
    ("TokenManager", "client"): "the async request loop",
    ("RoleManager", "__init__"): "takes the async request loop",
    ("RoleManager", "client"): "the async request loop",
    ("UserManager", "__init__"): "takes the async request loop",
    ("UserManager", "client"): "the async request loop",
    ("ClusterManager", "__init__"): "takes the async request loop",
    ("ClusterManager", "client"): "the async request loop",
}


def _public(cls: type) -> dict[str, Any]:
    """Public methods/properties of `cls` defined in aistore classes (its MRO, stdlib aside)."""
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("aistore"):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") and name not in (*RENAMED, "__init__"):
                continue
            if callable(value) or isinstance(value, property | staticmethod | classmethod):
                members[name] = value
    return members


def _params(fn: Any) -> list[tuple[str, Any, Any]]:
    if isinstance(fn, staticmethod | classmethod):
        fn = fn.__func__
    sig = inspect.signature(fn)
    skip = ("self", "cls")
    return [(p.name, p.kind, p.default) for p in sig.parameters.values() if p.name not in skip]


def _cases() -> list[tuple[type, type, str]]:
    return [(s, a, name) for s, a in TWINS for name in sorted(_public(s))]


@pytest.mark.parametrize(
    ("sync_cls", "async_cls", "name"),
    _cases(),
    ids=[f"{s.__name__}.{n}" for s, _, n in _cases()],
)
def test_async_twin_exists_with_the_same_parameters(
    sync_cls: type, async_cls: type, name: str
) -> None:
    key = (sync_cls.__name__, name)
    twin_name = RENAMED.get(name, name)
    if key in MISSING:
        assert not hasattr(async_cls, twin_name), f"{key} is listed as missing but exists"
        return
    assert hasattr(async_cls, twin_name), f"{async_cls.__name__} lacks {twin_name}"
    sync_member = _public(sync_cls)[name]
    twin = inspect.getattr_static(async_cls, twin_name)
    if key in DIFFERENT:
        return
    if isinstance(sync_member, property):
        assert isinstance(twin, property), f"{async_cls.__name__}.{twin_name} is not a property"
        return
    if name in RENAMED:
        return  # context manager / iteration protocol: the async protocol's own signature
    assert _params(sync_member) == _params(twin), (
        f"{async_cls.__name__}.{twin_name} parameters differ from {sync_cls.__name__}.{name}"
    )


def test_every_listed_exception_names_a_real_sync_member() -> None:
    known = {(s.__name__, n) for s, _, n in _cases()}
    stale = (set(MISSING) | set(DIFFERENT)) - known
    assert not stale, f"exceptions for members that do not exist: {sorted(stale)}"


def test_awaitable_twins_send_requests() -> None:
    """Methods that send are coroutines (or async iterators) in the twin."""
    assert inspect.iscoroutinefunction(aio.AsyncBucket.create)
    assert inspect.iscoroutinefunction(aio.AsyncObject.get_reader)
    assert inspect.isasyncgenfunction(aio.AsyncBucket.list_objects_iter)
    assert inspect.iscoroutinefunction(aio.AsyncJob.wait)
    assert inspect.iscoroutinefunction(aio.AsyncClient.close)


# ---- behaviour: every operation of each twin pair against one fake server ----------------------
#
# Both twins send through the same request machinery (a sync `RequestClient` over one
# `httpx.MockTransport`; the async twin awaits it through `AsyncOverSync`), so what is compared is
# what each twin decides: the requests it sends, its result, its exception (class and message) and
# its log records, over an argument matrix that includes bad arguments.

SMAP = {
    "tmap": {
        f"t{i}": {"daemon_id": f"t{i}", "daemon_type": "target", "id_digest": i} for i in (1, 2, 3)
    },
    "pmap": {"p1": {"daemon_id": "p1", "daemon_type": "proxy"}},
    "proxy_si": {
        "daemon_id": "p1",
        "daemon_type": "proxy",
        "public_net": {"node_ip_addr": "h", "daemon_port": "8080", "direct_url": "http://h:8080"},
    },
    "uuid": "U1",
    "version": 7,
}
JOB_STATUS = {"uuid": "j1", "end_time": 1_700_000_000_000_000_000, "aborted": False, "err": ""}
SNAP = {
    "id": "j1",
    "kind": "copy-bck",
    "start-time": "2026-11-25T02:55:17.1Z",
    "end-time": "2026-11-25T02:55:18.2Z",
    "is_idle": True,
}
ROLE = {"name": "r", "desc": "d", "clusters": None, "buckets": None, "admin": False}
USER = {"id": "u", "roles": [ROLE]}
CLUSTERS = {"clusters": {"c": {"id": "c", "alias": "c", "urls": ["http://h:8080"]}}}


def _json(data: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=data)


def _error(status: int, message: str) -> httpx.Response:
    return httpx.Response(status, json={"message": message, "status": status})


def _page(request: httpx.Request) -> httpx.Response:
    import msgspec

    msg = json.loads(request.content)["value"]
    prefix, token = msg.get("prefix", ""), msg.get("continuation_token", "")
    if prefix == "a.tar":
        names, nxt = ["a.tar", "a.tar/x.jpg"], ""
    else:
        names, nxt = (["o1", "o2"], "tok2") if not token else (["o3"], "")
    body = {
        "UUID": "L1",
        "ContinuationToken": nxt,
        "Flags": 0,
        "Entries": [{"n": n, "s": len(n)} for n in names],
    }
    return httpx.Response(
        200, content=msgspec.msgpack.encode(body), headers={"content-type": "application/msgpack"}
    )


def fake_ais(request: httpx.Request) -> httpx.Response:
    """The fake AIS proxy: canned answers by method, path and query."""
    method, path, what = request.method, request.url.path, request.url.params.get("what")
    body = json.loads(request.content) if request.content[:1] == b"{" else {}
    action = body.get("action", "")
    if path == "/v1/daemon" and what == "smap":
        return _json(SMAP)
    if path == "/v1/reverse/daemon":
        if what == "node_status":
            return _json(NODE_STATS)
        return httpx.Response(200, content=b"log of " + request.headers["ais-node-id"].encode())
    if path == "/v1/cluster" and method == "GET":
        answers = {
            "status": JOB_STATUS,
            "status_all": [JOB_STATUS],
            "running_all": ["copy-bck[j1]"],
            "qryxstats": {"t1": [SNAP]},
        }
        return _json(answers[str(what)])
    if path == "/v1/cluster":
        return httpx.Response(200, text="j9")
    if path == "/v1/health":
        return httpx.Response(200)
    if path == "/v1/etl":
        return _json([{"id": "e1", "stage": "Running"}, {"id": "e2", "stage": "Aborted"}])
    if path == "/v1/buckets" or path == "/v1/buckets/":
        return _json([{"name": "b", "provider": "ais"}])
    if path.startswith("/v1/buckets/"):
        name = path.split("/")[3]
        if name == "missing":
            return _error(404, f"bucket ais://{name} does not exist")
        if name == "exists" and action == "create-bck":
            return _error(409, f"bucket ais://{name} already exists")
        if method == "HEAD":
            return httpx.Response(200, headers={"ais-bucket-props": '{"provider":"ais"}'})
        if action == "list":
            return _page(request)
        if action == "show-inventory":
            return _json({})
        return httpx.Response(200, text='"job-' + (action or method.lower()) + '"')
    if path.startswith("/v1/objects/"):
        if method == "PUT" and request.url.host == "fake":  # the proxy names the target
            target = request.url.copy_with(host="t1", port=9080)
            return httpx.Response(307, headers={"Location": str(target)})
        if method == "HEAD":
            headers = {"ais-size": "5", "ais-version": "1", "ais-checksum-type": "xxhash"}
            return httpx.Response(200, headers=headers)
        if method == "POST":
            return httpx.Response(200, text="job-" + action)
        return httpx.Response(200, headers={"ais-append-handle": "h1"})
    return _error(400, f"fake AIS: no answer for {method} {path}")


def fake_authn(request: httpx.Request) -> httpx.Response:
    """The fake AuthN server."""
    method, path = request.method, request.url.path
    parts = path.strip("/").split("/")  # v1, kind, [name]
    kind, name = parts[1], (parts[2] if len(parts) > 2 else "")
    if name == "nope":
        return _error(404, f"{kind.rstrip('s')} {name} does not exist")
    if kind == "users" and method == "POST" and name:
        return _json({"token": "T2"})
    if method != "GET":
        return httpx.Response(200)
    answers: dict[str, Any] = {
        "roles": ROLE if name else [ROLE],
        "users": USER if name else {"u": USER},
        "clusters": CLUSTERS,
    }
    return _json(answers[kind])


class Exchange:
    """One twin's view of a call: requests sent, result or exception, log records."""

    def __init__(self) -> None:
        self.requests: list[tuple[Any, ...]] = []
        self.outcome: Any = None
        self.logs: list[tuple[str, str, str]] = []


class Recorder:
    """The one fake transport: records each request into the current `Exchange`, answers it."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.into = Exchange()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        headers = sorted(
            (k, v) for k, v in request.headers.items() if k.startswith("ais-") or k == "accept"
        )
        query = sorted(request.url.params.multi_items())
        self.into.requests.append(
            (request.method, request.url.host, request.url.path, query, request.content, headers)
        )
        return self.handler(request)


class AsyncOverSync:
    """The async sender's interface over a sync `RequestClient` (the same request machinery)."""

    def __init__(self, client: Any) -> None:
        self._client = client

    async def send(self, call: Any, /, **options: Any) -> Any:
        return self._client.send(call, **options)

    @property
    def token(self) -> str | None:
        return self._client.token  # type: ignore[no-any-return]

    @token.setter
    def token(self, token: str | None) -> None:
        self._client.token = token

    @property
    def endpoint(self) -> str:
        return self._client.endpoint  # type: ignore[no-any-return]

    def url_of(self, call: Any, /) -> str:
        return self._client.url_of(call)  # type: ignore[no-any-return]


_CLIENTS: dict[str, tuple[Any, Recorder]] = {}


def _client(service: str, exchange: Exchange, token: str | None = None) -> Any:
    """The shared `RequestClient` of `service`, recording into `exchange`, with `token`."""
    from aistore._core.settings import ClientSettings
    from aistore.sdk.request_client import RequestClient

    if service not in _CLIENTS:
        recorder = Recorder(fake_ais if service == "ais" else fake_authn)
        settings = ClientSettings.create(
            "http://fake:8080",
            service=service,  # type: ignore[arg-type]
            transport=httpx.MockTransport(recorder),
            env={"AIS_DIRECT_READS": "0"},
        )
        _CLIENTS[service] = (RequestClient(settings), recorder)
    client, recorder = _CLIENTS[service]
    recorder.into = exchange
    client.token = token
    return client


def _subject(kind: str, rc: Any, asynchronous: bool) -> Any:
    """The object whose method a case calls, for one side."""
    from aistore.sdk.namespace import Namespace

    client = AsyncOverSync(rc) if asynchronous else rc
    if asynchronous:
        bucket: Any = lambda name, **kw: aio.AsyncBucket(client, name, **kw)  # noqa: E731
    else:
        bucket = lambda name, **kw: Bucket(name, client, **kw)  # noqa: E731
    if kind == "client":
        if asynchronous:
            made: Any = aio.AsyncClient.__new__(aio.AsyncClient)
            made._sender, made._endpoint = client, rc.endpoint
        else:
            made = Client.__new__(Client)
            made._request_client = client
        return made
    if kind == "authn":
        authn: Any = (aio.AsyncAuthNClient if asynchronous else AuthNClient).__new__(
            aio.AsyncAuthNClient if asynchronous else AuthNClient
        )
        authn._client = client
        return authn
    makers: dict[str, Callable[[], Any]] = {
        "cluster": lambda: (aio.AsyncCluster if asynchronous else Cluster)(client),
        "job": lambda: (aio.AsyncJob if asynchronous else Job)(client, "j1", "copy-bck"),
        "job-kind": lambda: (aio.AsyncJob if asynchronous else Job)(client, "", "lru"),
        "job-none": lambda: (aio.AsyncJob if asynchronous else Job)(client),
        "bucket": lambda: bucket("b"),
        "bucket-exists": lambda: bucket("exists"),
        "bucket-missing": lambda: bucket("missing"),
        "bucket-aws": lambda: bucket("rb", provider="aws"),
        "bucket-ns": lambda: bucket("b", namespace=Namespace(uuid="", name="ns")),
        "object": lambda: bucket("b").object("dir/o 1"),
        "group": lambda: bucket("b").objects(obj_names=["a", "b"]),
        "group-aws": lambda: bucket("rb", provider="aws").objects(obj_template="o-{0..2}"),
        "roles": lambda: (aio.AsyncRoleManager if asynchronous else RoleManager)(client),
        "users": lambda: (aio.AsyncUserManager if asynchronous else UserManager)(client),
        "clusters": lambda: (aio.AsyncClusterManager if asynchronous else ClusterManager)(client),
        "tokens": lambda: (aio.AsyncTokenManager if asynchronous else TokenManager)(client),
    }
    return makers[kind]()


def _arg(value: Any, rc: Any, asynchronous: bool) -> Any:
    """Arguments that are handles (a destination bucket) are made on the case's side."""
    if isinstance(value, Handle):
        return _subject(value.kind, rc, asynchronous)
    return value


class Handle:
    def __init__(self, kind: str) -> None:
        self.kind = kind


DEST = Handle("bucket-ns")
PAST, FUTURE = "2000-01-01", "2100-01-01"


def _norm(value: Any) -> Any:
    """A result in a form both twins can be compared in (their own types stripped)."""
    import msgspec
    from requests.structures import CaseInsensitiveDict

    from aistore.sdk._bucket_base import BucketBase
    from aistore.sdk.cluster import ClusterBase
    from aistore.sdk.job import JobBase
    from aistore.sdk.obj._object_base import ObjectBase

    def hook(obj: Any) -> Any:
        if isinstance(obj, httpx.Response):
            return ["response", obj.status_code, obj.content.decode()]
        if isinstance(obj, BucketBase | ObjectBase | JobBase | ClusterBase):
            return repr(obj).removeprefix("Async")
        if isinstance(obj, Mapping | CaseInsensitiveDict):
            return {str(k).lower(): _norm(v) for k, v in obj.items()}
        if hasattr(obj, "as_dict"):
            return _norm(obj.as_dict())
        if hasattr(obj, "__dict__"):
            return {type(obj).__name__: _norm(vars(obj))}
        return repr(obj)

    if isinstance(value, list | tuple):
        return [_norm(v) for v in value]
    return msgspec.to_builtins(value, enc_hook=hook, str_keys=True)


@dataclass
class Case:
    kind: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    token: str | None = None

    @property
    def id(self) -> str:
        shown = [repr(a) if not isinstance(a, Handle) else a.kind for a in self.args]
        shown += [f"{k}={v!r}" for k, v in self.kwargs.items()]
        return f"{self.kind}.{self.method}({', '.join(shown)})"


def _dt(day: str) -> Any:
    from datetime import UTC, datetime

    return datetime.fromisoformat(day).replace(tzinfo=UTC)


CASES = [
    # client (no request: handles and URLs)
    Case("client", "fetch_object_by_url", ("ais://b/dir/o.txt",)),
    Case("client", "fetch_object_by_url", ("ais:/b-only",)),
    Case("client", "get_object_from_url", ("gs://b/o",)),
    Case("client", "get_object_from_url", (3,)),
    Case("client", "bucket", ("b", "aws")),
    Case("client", "bucket", ("bad name",)),
    Case("client", "job", ("j1",)),
    Case("client", "job", (3,)),
    # cluster
    Case("cluster", "get_info"),
    Case("cluster", "get_primary_url"),
    Case("cluster", "get_uuid"),
    Case("cluster", "list_buckets"),
    Case("cluster", "list_buckets", ("",)),
    Case("cluster", "list_buckets", ("nope",)),
    Case("cluster", "list_jobs_status", ("copy-bck", "t1")),
    Case("cluster", "list_jobs_status", (3,)),
    Case("cluster", "list_running_jobs"),
    Case("cluster", "list_running_etls"),
    Case("cluster", "list_etls"),
    Case("cluster", "list_etls", (["aborted"],)),
    Case("cluster", "list_etls", ("running",)),
    Case("cluster", "get_node_log", ("t2",)),
    Case("cluster", "get_node_log", ("",)),
    Case("cluster", "get_node_log", ("t2", "nope")),
    Case("cluster", "get_node_log_archive", ("t2",)),
    Case("cluster", "get_cluster_logs"),
    Case("cluster", "get_cluster_logs", (), {"role": "all"}),
    Case("cluster", "is_ready"),
    Case("cluster", "get_performance"),
    Case("cluster", "get_performance", (True, False, False)),
    Case("cluster", "get_performance", (False, False, False)),
    # job
    Case("job", "status"),
    Case("job-none", "status"),
    Case("job", "wait", kwargs={"timeout": 5}),
    Case("job", "wait", kwargs={"timeout": 5, "verbose": False}),
    Case("job", "wait", kwargs={"timeout": -1}),
    Case("job", "wait", kwargs={"timeout": "5"}),
    Case("job-none", "wait"),
    Case("job", "wait_for_idle", kwargs={"timeout": 5}),
    Case("job", "wait_single_node", kwargs={"timeout": 5}),
    Case("job", "start"),
    Case("job-kind", "start", ("t1", True, [Handle("bucket")])),
    Case("job-none", "start"),
    Case("job-kind", "start", (3,)),
    Case("job", "abort"),
    Case("job-none", "abort"),
    Case("job", "get_within_timeframe", (_dt(PAST), _dt(FUTURE))),
    Case("job", "get_within_timeframe", (_dt(FUTURE), _dt(FUTURE))),
    Case("job", "get_within_timeframe", ("x", _dt(FUTURE))),
    Case("job", "get_details"),
    Case("job", "get_total_time"),
    # bucket
    Case("bucket", "create"),
    Case("bucket-exists", "create"),
    Case("bucket-exists", "create", (True,)),
    Case("bucket-aws", "create"),
    Case("bucket", "delete"),
    Case("bucket-missing", "delete"),
    Case("bucket-missing", "delete", (True,)),
    Case("bucket", "rename", ("b2",)),
    Case("bucket", "rename", ("",)),
    Case("bucket-aws", "rename", ("b2",)),
    Case("bucket", "evict"),
    Case("bucket-aws", "evict", (True,)),
    Case("bucket", "head"),
    Case("bucket-missing", "head"),
    Case("bucket", "copy", (DEST, "p/", "c-", True)),
    Case("bucket", "copy", ("dest",)),
    Case("bucket", "copy", (DEST, 3)),
    Case("bucket", "transform", ("etl1", DEST), {"ext": {"jpg": "txt"}}),
    Case("bucket", "transform", ("", DEST)),
    Case("bucket", "transform", ("etl1", DEST), {"ext": {"jpg": 1}}),
    Case("bucket", "inspect", ("etl1",), {"num_workers": 2}),
    Case("bucket", "inspect", ("etl1",), {"num_workers": -1}),
    Case("bucket", "inspect", ("etl1",), {"etl_pipeline": ["e2"]}),
    Case("bucket", "list_objects"),
    Case("bucket", "list_objects", ("p/", "name,size", 10), {"inventory_name": "inv"}),
    Case("bucket", "list_objects", kwargs={"page_size": -1}),
    Case("bucket", "list_objects", kwargs={"prefix": 3}),
    Case("bucket", "list_all_objects"),
    Case("bucket", "list_all_objects", kwargs={"flags": ["x"]}),
    Case("bucket", "list_archive", ("a.tar",)),
    Case("bucket", "list_archive", ("a.tar", True)),
    Case("bucket", "list_archive", (123,)),
    Case("bucket", "list_archive", ("",)),
    Case("bucket-aws", "create_inventory", ("inv", "p/")),
    Case("bucket", "create_inventory"),
    Case("bucket", "show_inventory"),
    Case("bucket", "destroy_inventory", ("inv",)),
    Case("bucket", "destroy_inventory", (3,)),
    Case("bucket", "get_path"),
    Case("bucket-ns", "as_model"),
    Case("bucket", "verify_cloud_bucket"),
    Case("bucket-aws", "verify_cloud_bucket"),
    Case("bucket", "object", ("o",)),
    Case("bucket", "object", ("",)),
    # object
    Case("object", "head"),
    Case("object", "head", ("size,version",)),
    Case("object", "head", (3,)),
    Case("object", "put_content", (b"hello",)),
    Case("object", "put_content", ("héllo",)),
    Case("object", "put_content", (3,)),
    Case("object", "put_file", ("/nonexistent/file",)),
    Case("object", "append_content", (b"x",)),
    Case("object", "append_content", (b"x", "h1", True)),
    Case("object", "append_content", (b"x", "", True)),
    Case("object", "append_content", ("x",)),
    Case("object", "set_custom_props", ({"k": "v"}, True)),
    Case("object", "set_custom_props", ({"k": 1},)),
    Case("object", "promote", ("/data/x", "t1", True)),
    Case("object", "promote", ("",)),
    Case("object", "blob_download", (1024, 2, True)),
    Case("object", "delete"),
    Case("object", "get_url"),
    Case("object", "get_url", ("in/arch", "etl1")),
    Case("object", "get_semantic_url"),
    # object group
    Case("group", "delete"),
    Case("group", "evict"),
    Case("group-aws", "evict"),
    Case("group", "prefetch"),
    Case("group-aws", "prefetch", (1 << 20, 4, True, True)),
    Case("group-aws", "prefetch", kwargs={"blob_threshold": "x"}),
    Case("group", "copy", (DEST, "c-", True, True)),
    Case("group", "copy", (DEST, 3)),
    Case("group", "copy", (DEST,), {"num_workers": -2}),
    Case("group", "transform", (DEST, "etl1", "1m")),
    Case("group", "transform", (DEST, "")),
    Case("group", "inspect", ("etl1",)),
    Case("group", "inspect", ("etl1",), {"etl_pipeline": ["e2"]}),
    Case("group", "archive", ("a.tar", ".tar", DEST, True)),
    Case("group", "archive", ("",)),
    Case("group", "list_names"),
    Case("group-aws", "list_names"),
    # AuthN
    Case("roles", "list"),
    Case("roles", "get", ("r",)),
    Case("roles", "get", ("nope",)),
    Case("roles", "get", ("",)),
    Case("roles", "create", ("r", "d", "c", [AccessAttr.GET])),
    Case("roles", "create", ("r", "d", "c", [AccessAttr.GET], "b")),
    Case("roles", "create", ("r", "d", "c", [])),
    Case("roles", "create", ("r", "d", "nope", [AccessAttr.GET])),
    Case("roles", "update", ("r",), {"desc": "new"}),
    Case("roles", "update", ("r",), {"cluster_alias": "c", "perms": [AccessAttr.PUT]}),
    Case("roles", "update", ("r",)),
    Case("roles", "update", ("nope",), {"desc": "new"}),
    Case("roles", "delete", ("r",)),
    Case("roles", "delete", ("nope",)),
    Case("roles", "delete", ("nope", True)),
    Case("users", "get", ("u",)),
    Case("users", "get", ("nope",)),
    Case("users", "list"),
    Case("users", "create", ("u", ["r", "r"], "pw")),
    Case("users", "create", ("u", ["r", "nope"], "pw")),
    Case("users", "create", ("u", "r", "pw")),
    Case("users", "create", ("u", ["r"], " ")),
    Case("users", "update", ("u", "pw2", ["r"])),
    Case("users", "update", ("u",)),
    Case("users", "delete", ("u",)),
    Case("users", "delete", ("nope", True)),
    Case("clusters", "list"),
    Case("clusters", "get", (), {"cluster_alias": "c"}),
    Case("clusters", "get"),
    Case("clusters", "get", ("nope",)),
    Case("clusters", "delete", ("c",)),
    Case("clusters", "delete"),
    Case("tokens", "revoke", ("T1",)),
    Case("tokens", "revoke", ("",)),
    Case("authn", "login", ("u", "pw"), {"expires_in": 3600}),
    Case("authn", "login", ("u", "")),
    Case("authn", "login", ("u", "pw", -1)),
    Case("authn", "logout", token="T1"),
    Case("authn", "logout"),
]

AUTHN_KINDS = ("roles", "users", "clusters", "tokens", "authn")


def _run_side(case: Case, asynchronous: bool) -> Exchange:
    import logging

    exchange = Exchange()
    service = "authn" if case.kind in AUTHN_KINDS else "ais"
    rc = _client(service, exchange, case.token)
    records: list[logging.LogRecord] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Capture(logging.DEBUG)
    loggers = [
        logging.getLogger(name)
        for name in list(logging.Logger.manager.loggerDict)
        if name.startswith("aistore")
    ]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    try:
        subject = _subject(case.kind, rc, asynchronous)
        args = [_arg(a, rc, asynchronous) for a in case.args]
        kwargs = {k: _arg(v, rc, asynchronous) for k, v in case.kwargs.items()}
        result = getattr(subject, case.method)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = asyncio.run(_awaited(result))
        exchange.outcome = ("result", _norm(result))
        if case.kind == "authn":
            exchange.outcome += (rc.token,)
        if case.method == "rename" or case.method == "head":
            exchange.outcome += (
                repr(subject).removeprefix("Async"),
                _norm(subject.props) if case.kind == "object" else None,
            )
    except Exception as exc:
        exchange.outcome = ("raised", type(exc).__name__, str(exc))
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
    exchange.logs = [(r.name, r.levelname, r.getMessage()) for r in records]
    return exchange


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_twins_behave_alike(case: Case) -> None:
    """Same requests, same result or exception (class and message), same log records."""
    sync, asynchronous = _run_side(case, False), _run_side(case, True)
    assert asynchronous.requests == sync.requests
    assert asynchronous.outcome == sync.outcome
    assert asynchronous.logs == sync.logs


def test_every_operation_of_a_twin_pair_has_a_behaviour_case() -> None:
    """The matrix covers each operation plan that both twins share (and its bad arguments)."""
    from aistore._core.twin import operation

    covered = set()
    for case in CASES:
        service = "authn" if case.kind in AUTHN_KINDS else "ais"
        subject = _subject(case.kind, _client(service, Exchange()), False)
        covered.add((type(subject), case.method))
    missing = []
    for sync_cls, async_cls in TWINS:
        for name in _public(sync_cls):
            member = inspect.getattr_static(sync_cls, name)
            shared = name in dir(async_cls) and inspect.getattr_static(async_cls, name) is member
            if isinstance(member, operation) and shared and (sync_cls, name) not in covered:
                missing.append(f"{sync_cls.__name__}.{name}")
    assert not missing, missing
    assert len(CASES) >= 150
