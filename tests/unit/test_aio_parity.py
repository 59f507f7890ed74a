"""Every public synchronous class and method has its asyncio twin, with the same parameters.

Walks the public methods and properties of each synchronous class (its own and those of its
`aistore` bases) and fails when `aistore.aio` lacks the twin or its parameters differ in name,
kind or default. Deliberate exceptions are listed below with their reasons.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from aistore import aio
from aistore.aio.authn import (
    AsyncClusterManager,
    AsyncRoleManager,
    AsyncUserManager,
)
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
