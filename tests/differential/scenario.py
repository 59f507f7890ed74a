"""One scripted session of SDK calls, run unchanged by the reference SDK and by this client.

Run by the reference's interpreter as a script (`python -I scenario.py ENDPOINT TAG`, printing
JSON) and imported by tests/live/test_differential.py for ours. It imports only `aistore`, so
whichever package is installed answers. Every step records the type of what the call returned
(or the exception: its class name and nearest builtin base) and a value made comparable
(`post`): names, sizes, contents, flags, never IDs or times.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

STEPS: list[dict[str, Any]] = []


def _mro(cls: type) -> list[str]:
    """Class names from `cls` up, `object` left out: a subclass of the reference's class passes."""
    return [c.__name__ for c in cls.__mro__[:-1]]


def _plain(value: Any, tag: str) -> Any:
    """A JSON-able form of a post-processed value; the run's tag is masked."""
    if isinstance(value, str):
        return value.replace(tag, "<tag>")
    if isinstance(value, bytes):
        return "b:" + value.decode("latin-1")
    if isinstance(value, dict):
        return {str(k): _plain(v, tag) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v, tag) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if value is None or isinstance(value, bool | int | float):
        return value
    return f"<{type(value).__name__}>"


class Recorder:
    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.steps: list[dict[str, Any]] = []

    def __call__(
        self, label: str, call: Callable[[], Any], post: Callable[[Any], Any] | None = None
    ) -> Any:
        step: dict[str, Any] = {"label": label}
        result = None
        try:
            result = call()
            step["type"] = _mro(type(result))
            if post is not None:
                step["value"] = _plain(post(result), self.tag)
        except Exception as err:
            step["exc"] = _mro(type(err))
        self.steps.append(step)
        return result


def _names(entries: Iterable[Any]) -> list[str]:
    return sorted(e.name for e in entries)


def _headers(h: Any) -> list[str]:
    return sorted(k.lower() for k in h if k.lower().startswith("ais-"))


def run_ais(endpoint: str, tag: str) -> list[dict[str, Any]]:
    from aistore.sdk.client import Client
    from aistore.sdk.errors import AISError
    from aistore.sdk.list_object_flag import ListObjectFlag
    from aistore.sdk.multiobj import ObjectNames, ObjectRange, ObjectTemplate
    from aistore.sdk.namespace import Namespace
    from aistore.sdk.provider import Provider

    s = Recorder(tag)
    client = Client(endpoint)
    name = f"{tag}-b"
    bck = client.bucket(name)
    dst = client.bucket(f"{tag}-d")
    tmp = Path(tempfile.mkdtemp(prefix=f"{tag}-"))

    # ---- input checks, before any request (which check fails first) -------------------------
    s("Client.bucket:empty-name", lambda: client.bucket(""))
    s("Client.bucket:bad-provider", lambda: client.bucket("x", provider="nope"))
    s("Client.bucket:provider-enum", lambda: client.bucket("x", provider=Provider.AMAZON).provider,
      lambda p: str(getattr(p, "value", p)))  # fmt: skip
    s("Client.bucket:s3-alias", lambda: client.bucket("x", provider="s3").provider,
      lambda p: str(getattr(p, "value", p)))  # fmt: skip
    s("Client.fetch_object_by_url", lambda: client.fetch_object_by_url("ais://bk/dir/o.txt"),
      lambda o: [o.bucket_name, o.name, str(o.bucket_provider.value)])  # fmt: skip
    s("Client.fetch_object_by_url:bad", lambda: client.fetch_object_by_url("nope"))
    s("Client.job", lambda: client.job("abc", "rebalance"), lambda j: [j.job_id, j.job_kind])
    s("Client.etl", lambda: client.etl("my-etl"))
    s("Client.dsort", lambda: client.dsort("x"))
    s("Bucket.get_path", lambda: client.bucket("p").get_path())
    s("Bucket.get_path:ns", lambda: client.bucket("p", namespace=Namespace("u", "n")).get_path())
    s("Bucket.qparam", lambda: client.bucket("p", provider="gcp").qparam)
    s("Bucket.qparam:ns", lambda: client.bucket("p", namespace=Namespace("u", "n")).qparam)
    s("Bucket.as_model", lambda: client.bucket("p").as_model(), lambda m: [m.name, m.provider])
    s("Bucket.name", lambda: bck.name, lambda v: v)
    s("Bucket.provider", lambda: client.bucket("p", provider="gcp").provider,
      lambda p: str(p.value))  # fmt: skip
    s("Bucket.client", lambda: bck.client)
    s("Bucket.object", lambda: bck.object("o"), lambda o: [o.name, o.bucket_name])
    s("Bucket.object:empty", lambda: bck.object(""))
    s("Client.cluster", lambda: client.cluster())
    s("Cluster.client", lambda: client.cluster().client)
    s("ObjectGroup.client", lambda: bck.objects(obj_names=["a"]).client)
    s("Job.job_kind", lambda: client.job(job_kind="lru").job_kind, lambda v: v)
    s("Bucket.namespace", lambda: bck.namespace)
    s("Bucket.verify_cloud_bucket:ais", lambda: bck.verify_cloud_bucket())
    s("Bucket.verify_cloud_bucket:aws", lambda: client.bucket("x", "aws").verify_cloud_bucket())
    s("Bucket.evict:ais", lambda: bck.evict())
    s("Bucket.objects:none", lambda: bck.objects())
    s("Bucket.objects:two", lambda: bck.objects(obj_names=["a"], obj_template="b"))
    s("Bucket.objects:bad-range", lambda: bck.objects(obj_range="a{1..2}"))
    s("ObjectGroup.evict:empty-ais", lambda: client.bucket("x").objects(obj_names=[]).evict())
    s("ObjectGroup.evict:ais", lambda: bck.objects(obj_names=["a"]).evict())
    s("ObjectGroup.prefetch:ais", lambda: bck.objects(obj_names=["a"]).prefetch())
    s("ObjectRange.from_string", lambda: ObjectRange.from_string("p-{001..010..2}.tar"),
      lambda r: [str(r), list(r)])  # fmt: skip
    s("ObjectRange.from_string:bad", lambda: ObjectRange.from_string("nope"))
    s("ObjectRange:iter", lambda: list(ObjectRange("a-", 1, 3, 1, 2, ".x")), lambda v: v)
    s("ObjectRange:get_value", lambda: ObjectRange("a-", 1, 3).get_value(), lambda v: v)
    s("ObjectRange:bad-step", lambda: ObjectRange("a", 1, 3, 0))
    s("ObjectRange:bad-order", lambda: ObjectRange("a", 5, 3))
    s("ObjectNames:str", lambda: str(ObjectNames(["a", "b"])), lambda v: v)
    s("ObjectNames:get_value", lambda: ObjectNames(["a", "b"]).get_value(), lambda v: v)
    for t in ["a-{1..3}", "a-{01..10..3}", "{a,b}{1..2}", "x{a,b{1..2}}", "{5..1..2}", "a-{1..3",
              "a-1..3}", "{}", "{x}", "plain", "{a..e}", "a{,b}"]:  # fmt: skip
        s(f"ObjectTemplate:iter:{t}", lambda t=t: list(ObjectTemplate(t)), lambda v: v)
    s("ObjectTemplate:get_value", lambda: ObjectTemplate("a{1..2}").get_value(), lambda v: v)

    # ---- bucket lifecycle -------------------------------------------------------------------
    s("Bucket.create", lambda: bck.create(), lambda b: b.name)
    s("Bucket.create:exists", lambda: bck.create())
    s("Bucket.create:exist_ok", lambda: bck.create(exist_ok=True), lambda b: b.name)
    s("Bucket.head", lambda: bck.head(), _headers)
    s("Bucket.head:missing", lambda: client.bucket(f"{tag}-none").head())
    s("Bucket.delete:missing", lambda: client.bucket(f"{tag}-none").delete())
    s("Bucket.delete:missing_ok", lambda: client.bucket(f"{tag}-none").delete(missing_ok=True))
    s("Cluster.list_buckets", lambda: client.cluster().list_buckets(),
      lambda bs: sorted(b.name for b in bs if b.name.startswith(tag)))  # fmt: skip
    s("Cluster.list_buckets:bad", lambda: client.cluster().list_buckets(provider="nope"))

    # ---- objects ----------------------------------------------------------------------------
    obj = bck.object("dir/o1.txt")
    s("Object.put_content", lambda: obj.put_content(b"0123456789"), lambda r: r.status_code)
    s("Object.put_content:str", lambda: bck.object("s.txt").put_content("héllo"),
      lambda r: r.status_code)  # fmt: skip
    s("Object.put_content:int", lambda: bck.object("i").put_content(5))
    s("Object.get:read_all:str", lambda: bck.object("s.txt").get().read_all(), lambda v: v)
    s("Object.bucket_name", lambda: obj.bucket_name, lambda v: v)
    s("Object.bucket_provider", lambda: obj.bucket_provider, lambda p: str(p.value))
    s("Object.name", lambda: obj.name, lambda v: v)
    s("Object.query_params", lambda: obj.query_params, lambda v: v)
    s("Object.props:before-head", lambda: obj.props)
    s("Object.head", lambda: obj.head(), _headers)
    s("Object.head:missing", lambda: bck.object("none").head())
    s("Object.props", lambda: obj.props,
      lambda p: [p.bucket_name, p.bucket_provider, p.name, p.mirror_copies, p.present,
                 p.size, p.checksum_type, p.version])  # fmt: skip
    s("Object.get_url", lambda: obj.get_url(), lambda u: u.replace(endpoint, "<ep>"))
    s("Object.get_url:archpath", lambda: obj.get_url(archpath="a/b", etl_name="e"),
      lambda u: u.replace(endpoint, "<ep>"))  # fmt: skip
    s("Object.get_semantic_url", lambda: obj.get_semantic_url(), lambda v: v)
    s("ObjectReader.read_all", lambda: obj.get().read_all(), lambda v: v)
    s("ObjectReader.__iter__", lambda: list(iter(obj.get(chunk_size=3))), lambda v: v)
    s("Object.get:byte_range", lambda: obj.get(byte_range="bytes=2-4").read_all(), lambda v: v)
    s("Object.get:byte_range-suffix", lambda: obj.get(byte_range="bytes=-3").read_all(),
      lambda v: v)  # fmt: skip
    s("Object.get:byte_range-bad", lambda: obj.get(byte_range="2-4").read_all())
    s("Object.get:missing", lambda: bck.object("none").get().read_all())
    s("Object.get:chunks", lambda: list(obj.get(chunk_size=4)), lambda v: v)
    s("Object.get:writer", lambda: obj.get(writer=io.BytesIO()))
    s("ObjectReader.iter_from_position", lambda: list(obj.get().iter_from_position(6)),
      lambda v: b"".join(v))  # fmt: skip
    s("ObjectReader.head", lambda: obj.get().head(),
      lambda a: [a.size, a.checksum_type, a.custom_metadata])  # fmt: skip
    s("ObjectReader.attributes", lambda: obj.get().attributes,
      lambda a: [a.size, a.checksum_type, bool(a.checksum_value), bool(a.access_time),
                 a.obj_version, a.custom_metadata])  # fmt: skip
    s("ObjectReader.raw", lambda: obj.get().raw().read(), lambda v: v)
    s("ObjectReader.as_file", lambda: obj.get().as_file().read(), lambda v: v)
    s("ObjectFile.read:parts", lambda: _file_parts(obj.get().as_file()), lambda v: v)
    s("ObjectReader.as_file:bad", lambda: obj.get().as_file(max_resume=-1))
    s("Object.set_custom_props", lambda: obj.set_custom_props({"k": "v"}), lambda r: r.status_code)
    s("Object.set_custom_props:merge", lambda: obj.set_custom_props({"k2": "v2"}),
      lambda r: r.status_code)  # fmt: skip
    s("ObjectAttributes.custom_metadata", lambda: obj.get().attributes.custom_metadata,
      lambda v: v)  # fmt: skip
    s(
        "Object.set_custom_props:replace",
        lambda: obj.set_custom_props({"k3": "v3"}, replace_existing=True),
        lambda r: r.status_code,
    )
    s("ObjectAttributes.custom_metadata:replaced", lambda: obj.get().attributes.custom_metadata,
      lambda v: v)  # fmt: skip
    handle = s("Object.append_content", lambda: bck.object("ap").append_content(b"ab"),
               lambda h: isinstance(h, str) and bool(h))  # fmt: skip
    s(
        "Object.append_content:more",
        lambda: bck.object("ap").append_content(b"cd", handle=handle),
        lambda h: bool(h),
    )
    s(
        "Object.append_content:flush",
        lambda: bck.object("ap").append_content(b"", handle=handle, flush=True),
    )
    s("Object.get:appended", lambda: bck.object("ap").get().read_all(), lambda v: v)
    f = tmp / "file.bin"
    f.write_bytes(b"file-content")
    s("Object.put_file", lambda: bck.object("f.bin").put_file(f), lambda r: r.status_code)
    s("Object.put_file:str", lambda: bck.object("f2.bin").put_file(str(f)), lambda r: r.status_code)
    s("Object.put_file:missing", lambda: bck.object("f3").put_file(tmp / "none"))
    s("Object.put_file:dir", lambda: bck.object("f3").put_file(tmp))
    s("Object.get:file", lambda: bck.object("f.bin").get().read_all(), lambda v: v)
    s("Object.blob_download:ais", lambda: bck.object("f.bin").blob_download())
    s("Object.promote:missing", lambda: bck.object("pr").promote(str(tmp / "none")))
    (tmp / "tree" / "sub").mkdir(parents=True)
    for rel in ("a.txt", "b.log", "sub/c.txt"):
        (tmp / "tree" / rel).write_bytes(rel.encode())
    s("Bucket.put_files", lambda: bck.put_files(str(tmp / "tree"), verbose=False), sorted)
    s("Bucket.put_files:recursive", lambda: bck.put_files(str(tmp / "tree"), recursive=True,
      pattern="*.txt", prepend="pre/", verbose=False), sorted)  # fmt: skip
    s("Bucket.put_files:basename", lambda: bck.put_files(str(tmp / "tree"), recursive=True,
      basename=True, prefix_filter="c", verbose=False), sorted)  # fmt: skip
    s("Bucket.put_files:dry_run", lambda: bck.put_files(str(tmp / "tree"), dry_run=True,
      verbose=False), sorted)  # fmt: skip
    s("Bucket.put_files:missing", lambda: bck.put_files(str(tmp / "none"), verbose=False))
    s("Bucket.put_files:file", lambda: bck.put_files(str(f), verbose=False))

    # ---- listing ----------------------------------------------------------------------------
    s("Bucket.list_objects", lambda: bck.list_objects(), lambda r: _names(r.entries))
    s("Bucket.list_objects:prefix", lambda: bck.list_objects(prefix="dir/"),
      lambda r: _names(r.entries))  # fmt: skip
    s("Bucket.list_objects:page", lambda: bck.list_objects(page_size=2),
      lambda r: [len(r.entries), bool(r.continuation_token)])  # fmt: skip
    s("Bucket.list_objects:props", lambda: bck.list_objects(props="name,size", prefix="dir/"),
      lambda r: [(e.name, e.size, e.is_ok(), e.is_cached()) for e in r.entries])  # fmt: skip
    s("Bucket.list_objects:flags", lambda: bck.list_objects(flags=[ListObjectFlag.NAME_ONLY]),
      lambda r: _names(r.entries))  # fmt: skip
    s("Bucket.list_objects_iter", lambda: bck.list_objects_iter(page_size=2), _names)
    s("Bucket.list_all_objects", lambda: bck.list_all_objects(page_size=3), _names)
    s("Bucket.list_all_objects:prefix", lambda: bck.list_all_objects(prefix="pre/"), _names)
    s("Bucket.list_all_objects_iter", lambda: bck.list_all_objects_iter(prefix="dir/"),
      lambda objs: [(o.name, o.props.size if o.props else None) for o in objs])  # fmt: skip
    s("Bucket.list_urls", lambda: bck.list_urls(prefix="dir/"),
      lambda urls: [u.replace(endpoint, "<ep>") for u in urls])  # fmt: skip
    s("BucketEntry.generate_object_props",
      lambda: bck.list_objects(prefix="dir/").entries[0].generate_object_props(),
      lambda p: [p.name, p.size])  # fmt: skip
    s(
        "Bucket.summary",
        lambda: bck.summary(),
        lambda r: [r.get("ObjCount", {}).get("obj_count_present") if isinstance(r, dict) else 0],
    )
    s("Bucket.info", lambda: bck.info(), lambda r: [type(r[0]).__name__, type(r[1]).__name__])

    # ---- object groups ----------------------------------------------------------------------
    grp = bck.objects(obj_names=["dir/o1.txt", "f.bin"])
    s("ObjectGroup.list_names", lambda: grp.list_names(), lambda v: v)
    s("ObjectGroup.list_urls", lambda: grp.list_urls(),
      lambda urls: [u.replace(endpoint, "<ep>") for u in urls])  # fmt: skip
    s("ObjectGroup.list_all_objects_iter", lambda: grp.list_all_objects_iter(),
      lambda objs: [(o.name, o.props.size) for o in objs])  # fmt: skip
    s("ObjectGroup.list_names:range", lambda: bck.objects(obj_range=ObjectRange("r", 1, 3))
      .list_names(), lambda v: v)  # fmt: skip
    s("ObjectGroup.list_names:template", lambda: bck.objects(obj_template="t{1..2}").list_names(),
      lambda v: v)  # fmt: skip
    s("ObjectGroup.archive", lambda: _wait(client, grp.archive("arch.tar")), lambda v: v)
    s("Object.get:archive", lambda: bck.object("arch.tar").get().read_all()[:0], lambda v: v)
    s("ObjectGroup.archive:bad-name", lambda: grp.archive(""))
    s("ObjectGroup.copy", lambda: _wait(client, grp.copy(dst)), lambda v: v)
    s("ObjectGroup.copy:listed", lambda: dst.list_all_objects(), _names)
    s("Bucket.copy", lambda: _wait(client, bck.copy(dst, prefix_filter="pre/", prepend="c/")),
      lambda v: v)  # fmt: skip
    s("Bucket.copy:listed", lambda: dst.list_all_objects(prefix="c/"), _names)
    s("Bucket.copy:self", lambda: bck.copy(bck))
    s("ObjectGroup.delete", lambda: _wait(client, dst.objects(obj_template="c/pre/{a,sub/c}.txt")
      .delete()), lambda v: v)  # fmt: skip
    s("ObjectGroup.delete:listed", lambda: dst.list_all_objects(prefix="c/"), _names)
    s("ObjectGroup.transform:no-etl", lambda: grp.transform(dst, etl_name="none-etl"))
    s("Bucket.transform:no-etl", lambda: bck.transform("none-etl", dst))
    s("Object.delete", lambda: bck.object("f2.bin").delete(), lambda r: r.status_code)
    s("Object.delete:missing", lambda: bck.object("f2.bin").delete())

    # ---- cluster and jobs -------------------------------------------------------------------
    cl = client.cluster()
    s("Cluster.get_info", lambda: cl.get_info(), lambda m: [len(m.tmap), len(m.pmap)])
    s("Cluster.get_primary_url", lambda: cl.get_primary_url(), lambda u: u == endpoint)
    s("Cluster.get_uuid", lambda: cl.get_uuid(), lambda u: bool(u))
    s("Cluster.is_ready", lambda: cl.is_ready(), lambda v: v)
    s("Cluster.list_jobs_status", lambda: cl.list_jobs_status(job_kind="nope"), lambda v: v)
    s("Cluster.list_running_jobs", lambda: cl.list_running_jobs(job_kind="nope"))
    s("Cluster.list_running_etls", lambda: cl.list_running_etls())
    s("Cluster.get_performance", lambda: cl.get_performance(),
      lambda p: sorted(type(v).__name__ for v in vars(p).values()))  # fmt: skip
    s("Job.status:missing", lambda: client.job("nope-job-id").status())
    s("Job.wait:missing", lambda: client.job("nope-job-id").wait(timeout=2, verbose=False))
    s("Job.status:no-id", lambda: client.job().status())
    s("Job.wait:bad-timeout", lambda: client.job("x").wait(timeout=-1, verbose=False))
    job_id = s("Job.start", lambda: client.job(job_kind="lru").start(), lambda v: bool(v))
    s("Job.wait", lambda: client.job(job_id).wait(timeout=30, verbose=False))
    s("Job.status", lambda: client.job(job_id).status(),
      lambda st: [st.kind, bool(st.end_time), bool(st.end_time)])  # fmt: skip
    s("Job.job_id", lambda: client.job(job_id).job_id == job_id, lambda v: v)
    s("Job.wait_for_idle", lambda: client.job(job_id).wait_for_idle(timeout=30, verbose=False))
    s("Job.wait_single_node:no-id", lambda: client.job().wait_single_node(timeout=1,
      verbose=False))  # fmt: skip
    s("Job.get_within_timeframe:ints", lambda: client.job().get_within_timeframe(0, 1))
    s("Job.get_within_timeframe:no-id", lambda: client.job().get_within_timeframe(
      datetime.now() - timedelta(hours=1), datetime.now()))  # fmt: skip
    s("Job.start:bad-kind", lambda: client.job(job_kind="nope-kind").start())

    # ---- rename and cleanup -----------------------------------------------------------------
    ren = client.bucket(f"{tag}-r")
    ren.create()
    s("Bucket.rename", lambda: _wait(client, ren.rename(f"{tag}-r2")), lambda v: v)
    s("Bucket.name:renamed", lambda: ren.name, lambda v: v)
    s("Bucket.delete", lambda: ren.delete(), lambda v: v)
    for b in (bck, dst):
        s("Bucket.delete:cleanup", lambda b=b: b.delete(), lambda v: v)
    s("Object.get:deleted-bucket", lambda: obj.get().read_all())
    _ = AISError
    return s.steps


def _file_parts(f: Any) -> list[Any]:
    parts = [f.readable(), f.read(3), f.read(4), f.read(), f.read()]
    f.close()
    parts.append(f.closed if hasattr(f, "closed") else None)
    return parts


def _wait(client: Any, job_id: str) -> bool:
    """Wait for a job to end (True); a job that already ended may no longer be found."""
    if isinstance(job_id, str) and job_id:
        with contextlib.suppress(Exception):
            client.job(job_id).wait(timeout=60, verbose=False)
    time.sleep(0.3)
    return True


def run_authn(endpoint: str, authn_endpoint: str, user: str, password: str, tag: str) -> list[Any]:
    from aistore.sdk.authn.access_attr import AccessAttr
    from aistore.sdk.authn.authn_client import AuthNClient

    s = Recorder(tag)
    authn = AuthNClient(authn_endpoint)
    s("AuthNClient.login:bad", lambda: authn.login(user, "wrong-password"))
    s("AuthNClient.login:empty", lambda: authn.login("", password))
    s("AuthNClient.login", lambda: authn.login(user, password), lambda t: bool(t))
    s("AuthNClient.client", lambda: authn.client)
    for manager in ("cluster_manager", "role_manager", "user_manager", "token_manager"):
        s(f"AuthNClient.{manager}", lambda m=manager: getattr(authn, m)())
        s(
            f"{manager.title().replace('_', '')}.client",
            lambda m=manager: getattr(authn, m)().client,
        )
    cm, rm, um, tm = (authn.cluster_manager(), authn.role_manager(), authn.user_manager(),
                      authn.token_manager())  # fmt: skip
    alias = f"{tag}-c"
    s("ClusterManager.register:no-urls", lambda: cm.register(alias, []))
    info = s("ClusterManager.register", lambda: cm.register(alias, [endpoint]),
             lambda c: [c.alias, c.urls])  # fmt: skip
    s("ClusterManager.register:again", lambda: cm.register(alias, [endpoint]))
    s("ClusterManager.get", lambda: cm.get(cluster_alias=alias), lambda c: [c.alias, c.urls])
    s("ClusterManager.get:none", lambda: cm.get())
    s("ClusterManager.get:missing", lambda: cm.get(cluster_alias=f"{tag}-none"))
    s("ClusterManager.list", lambda: cm.list(),
      lambda cl: [c.alias for c in cl.clusters.values() if c.alias == alias])  # fmt: skip
    s("ClusterManager.update", lambda: cm.update(info.id, cluster_alias=f"{alias}2"),
      lambda c: c.alias)  # fmt: skip
    s("ClusterManager.update:nothing", lambda: cm.update(info.id))
    alias2 = f"{alias}2"
    role = f"{tag}-role"
    neg = f"{tag}-neg"  # bad-input calls get their own name: 1.9.2 may create it anyway
    s("RoleManager.create:no-perms", lambda: rm.create(neg, "d", alias2, []))
    with contextlib.suppress(Exception):  # 1.9.2 stored it, and cannot list roles with it
        rm.delete(neg)
    s("RoleManager.create:no-alias", lambda: rm.create(neg, "d", None, [AccessAttr.GET]))
    r = s("RoleManager.create", lambda: rm.create(role, "desc", alias2, [AccessAttr.GET]),
          lambda x: [x.name, x.desc, [c.perm for c in x.clusters], x.admin, str(x)])  # fmt: skip
    s("RoleManager.create:bucket", lambda: rm.create(f"{role}-b", "d", alias2,
      [AccessAttr.GET, AccessAttr.OBJ_HEAD], bucket_name="bk"),
      lambda x: [x.name, [b.perm for b in x.buckets], x.clusters])  # fmt: skip
    s("RoleManager.create:exists", lambda: rm.create(role, "d", alias2, [AccessAttr.GET]))
    s("RoleManager.get", lambda: rm.get(role), lambda x: x == r)
    s("RoleManager.get:missing", lambda: rm.get(f"{tag}-none"))
    s("RoleManager.list:in", lambda: rm.list(), lambda lst: [r in lst, len(lst) >= 2])
    s("RoleManager.update", lambda: rm.update(role, desc="new"), lambda x: x.desc)
    s("RoleManager.update:nothing", lambda: rm.update(role))
    s("RoleManager.update:perms-no-alias", lambda: rm.update(role, perms=[AccessAttr.GET]))
    s("RoleManager.update:missing", lambda: rm.update(f"{tag}-none", desc="x"))
    uid = f"{tag}-user"
    s("UserManager.create:empty-pass", lambda: um.create(neg, [role], ""))
    s("UserManager.create:missing-role", lambda: um.create(neg, [f"{tag}-none"], "pw"))
    u = s("UserManager.create", lambda: um.create(uid, [role], "pw"),
          lambda x: [x.id, [ro.name for ro in x.roles], x.password])  # fmt: skip
    s("UserManager.create:exists", lambda: um.create(uid, [role], "pw"))
    s("UserManager.get", lambda: um.get(uid), lambda x: x == u)
    s("UserManager.get:missing", lambda: um.get(f"{tag}-none"))
    s("UserManager.list", lambda: um.list(), lambda lst: [u in lst, lst[uid] == u])
    s("UserManager.list:str", lambda: um.list(), lambda lst: [str(lst).count(uid)])
    s("UserManager.update", lambda: um.update(uid, roles=[f"{role}-b"]),
      lambda x: [ro.name for ro in x.roles])  # fmt: skip
    s("UserManager.update:nothing", lambda: um.update(uid))
    s("UserManager.update:missing", lambda: um.update(f"{tag}-none", password="x"))
    user_auth = AuthNClient(authn_endpoint)
    tok = s("AuthNClient.login:user", lambda: user_auth.login(uid, "pw"), lambda t: bool(t))
    s("TokenManager.revoke", lambda: tm.revoke(tok), lambda v: v)
    s("TokenManager.revoke:empty", lambda: tm.revoke(""))
    s("AuthNClient.logout", lambda: user_auth.logout(), lambda v: v)
    s("AuthNClient.logout:again", lambda: user_auth.logout())
    s("UserManager.delete", lambda: um.delete(uid), lambda v: v)
    s("UserManager.delete:missing", lambda: um.delete(uid))
    s("UserManager.delete:missing_ok", lambda: um.delete(uid, missing_ok=True), lambda v: v)
    s("RoleManager.delete", lambda: rm.delete(role), lambda v: v)
    s("RoleManager.delete:bucket", lambda: rm.delete(f"{role}-b"), lambda v: v)
    s("RoleManager.delete:missing", lambda: rm.delete(role))
    s("RoleManager.delete:missing_ok", lambda: rm.delete(role, missing_ok=True), lambda v: v)
    for cleanup in (lambda: um.delete(neg), lambda: rm.delete(neg)):
        with contextlib.suppress(Exception):
            cleanup()
    s("ClusterManager.delete", lambda: cm.delete(cluster_id=info.id), lambda v: v)
    s("ClusterManager.delete:missing", lambda: cm.delete(cluster_id=info.id))
    s("ClusterManager.delete:none", lambda: cm.delete())
    s("AccessAttr.describe", lambda: AccessAttr.describe(AccessAttr.GET | AccessAttr.PUT),
      lambda v: v)  # fmt: skip
    return s.steps


def run_modules(tag: str) -> list[dict[str, Any]]:
    """The supporting modules users import: names, templates, helpers (no cluster needed)."""
    import string

    s = Recorder(tag)
    from aistore.sdk import utils
    from aistore.sdk.etl import etl_templates

    for name in sorted(n for n in dir(etl_templates) if n.isupper() and n[0] != "_"):
        text = getattr(etl_templates, name)
        s(f"etl_templates.{name}:fields",
          lambda text=text: sorted({f for _, f, _, _ in string.Formatter().parse(text) if f}),
          lambda v: v)  # fmt: skip
    s("utils.parse_url", lambda: utils.parse_url("ais://bk/a/b.txt"), list)
    s("utils.probing_frequency", lambda: [utils.probing_frequency(d) for d in (0, 1, 10, 100)],
      lambda v: v)  # fmt: skip
    s("utils.expand_braces", lambda: list(utils.expand_braces("a{1..3}")), lambda v: v)
    s("utils.validate_file:missing", lambda: utils.validate_file("/nonexistent/x"))
    s("utils.validate_directory:file", lambda: utils.validate_directory(__file__))
    s("utils.raise_ais_error", lambda: utils.raise_ais_error(
      json.dumps({"status": 404, "message": 'bucket "ais://x" does not exist'})))  # fmt: skip
    s("utils.raise_ais_error:exists", lambda: utils.raise_ais_error(
      json.dumps({"status": 409, "message": 'bucket "ais://x" already exists'})))  # fmt: skip
    s("utils.get_logger", lambda: utils.get_logger("x.y").propagate, lambda v: v)
    from aistore.sdk.obj.obj_file.errors import ObjectFileMaxResumeError, ObjectFileStreamError

    s("obj_file.errors", lambda: [str(ObjectFileMaxResumeError(OSError("x"), 3)),
      str(ObjectFileStreamError(OSError("x")))], lambda v: v)  # fmt: skip
    from aistore.sdk.session_manager import SessionManager

    s("SessionManager", lambda: SessionManager(skip_verify=True),
      lambda m: [m.skip_verify, m.ca_cert, m.client_cert, type(m.session).__name__])  # fmt: skip
    from aistore.sdk.dataset.data_attribute import DataAttribute
    from aistore.sdk.dataset.dataset_config import DatasetConfig
    from aistore.sdk.dataset.label_attribute import LabelAttribute

    d = Path(tempfile.mkdtemp(prefix=f"{tag}-ds-"))
    for n in ("a", "b"):
        (d / f"{n}.txt").write_bytes(n.encode())
    (d / "a.lbl").write_bytes(b"L")
    cfg = DatasetConfig(DataAttribute(d, "t", "txt"),
                        [DataAttribute(d, "l", "lbl"), LabelAttribute("c", str.upper)])  # fmt: skip
    s("DatasetConfig.generate_dataset", lambda: list(cfg.generate_dataset(100)),
      lambda v: sorted(v, key=lambda x: x[0]["t.txt"]))  # fmt: skip
    return s.steps


def _tar(members: dict[str, bytes]) -> bytes:
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def run_ais2x(endpoint: str, tag: str) -> list[dict[str, Any]]:
    """2.x names (reference 2.0.0): jobs and WaitResult, node logs, archive listing, inspect,
    errors, value-type helpers, ETL calls (v1.5.0's refusals without Kubernetes)."""
    import re

    from aistore.sdk.client import Client
    from aistore.sdk.enums import LogSeverity, NodeFilter
    from aistore.sdk.list_object_flag import ListObjectFlag

    s = Recorder(tag)
    client = Client(endpoint)
    bck = client.bucket(f"{tag}-x").create()
    dst = client.bucket(f"{tag}-y")
    for i in range(4):  # 2.x writes through get_writer() (it dropped Object.put_content)
        bck.object(f"o{i}").get_writer().put_content(b"x" * (i + 1))
    bck.object("dir/s.tar").get_writer().put_content(_tar({"a.txt": b"abc", "d/b.bin": b"12345"}))

    # ---- jobs -------------------------------------------------------------------------------
    job_id = bck.copy(dst)
    s("Job.wait:2x", lambda: client.job(job_id).wait(timeout=60, verbose=False),
      lambda r: [r.success, r.error, r.end_time is not None, bool(r)])  # fmt: skip
    s("Job.get_details", lambda: client.job(job_id).get_details(),
      lambda d: [[x.kind, x.aborted, x.stats.objects if x.stats else None]
                 for x in d.list_snapshots() if x.id == job_id])  # fmt: skip
    s("Job.get_details:snap", lambda: client.job(job_id).get_details().list_snapshots()[0],
      lambda x: [x.source_bck.name.replace(tag, "") if x.source_bck else None,
                 x.destination_bck.name.replace(tag, "") if x.destination_bck else None,
                 x.end_time not in ("", "0001-01-01T00:00:00Z")])  # fmt: skip
    s("Job.get_details:conditions", lambda: client.job(job_id).get_details(),
      lambda d: [d.any_finished(), d.any_aborted(), d.all_idle()])  # fmt: skip
    s("Job.get_total_time", lambda: client.job(job_id).get_total_time(),
      lambda t: t is not None and t.total_seconds() >= 0)  # fmt: skip
    s("Job.wait_for_idle:2x", lambda: client.job(job_id).wait_for_idle(timeout=60, verbose=False),
      lambda r: [r.success, r.error])  # fmt: skip
    s("Job.get_details:missing", lambda: client.job("nope-job-xyz").get_details())

    # ---- node logs ----------------------------------------------------------------------------
    cl = client.cluster()
    smap = cl.get_info()
    target = sorted(smap.tmap)[0]
    head = re.compile(r"^(Started up|Rotated) at [^\n]*, host ")
    s("Cluster.get_node_log", lambda: cl.get_node_log(target), lambda v: bool(head.match(v)))
    s("Cluster.get_node_log:error", lambda: cl.get_node_log(target, severity=LogSeverity.ERROR),
      lambda v: bool(head.match(v)))  # fmt: skip
    s("Cluster.get_node_log:missing", lambda: cl.get_node_log("no-such-node"))
    s("Cluster.get_node_log_archive", lambda: cl.get_node_log_archive(target), lambda v: v[:2])
    s("Cluster.get_cluster_logs", lambda: cl.get_cluster_logs(),
      lambda v: sorted(v) == sorted(smap.tmap))  # fmt: skip
    s("Cluster.get_cluster_logs:all", lambda: cl.get_cluster_logs(role=NodeFilter.ALL),
      lambda v: sorted(v) == sorted([*smap.tmap, *smap.pmap]))  # fmt: skip

    # ---- listing, inspect, raw requests -----------------------------------------------------
    s("Bucket.list_archive", lambda: bck.list_archive("dir/s.tar"), _names)
    s("Bucket.list_archive:with-shard", lambda: bck.list_archive("dir/s.tar", True, "size"),
      lambda v: sorted((e.name, e.size) for e in v))  # fmt: skip
    s(
        "Bucket.list_objects:missing-flag",
        lambda: bck.list_all_objects(prefix="o", flags=[ListObjectFlag.MISSING]),
        _names,
    )
    s("Bucket.make_request:name", lambda: bck.make_request("GET", "list", {"prefix": "o1"},
      name="n").json()["entries"], lambda v: [e["name"] for e in v])  # fmt: skip
    s("Bucket.inspect", lambda: bck.inspect("no-such-etl"))
    s("ObjectGroup.inspect", lambda: bck.objects(obj_names=["o1"]).inspect("no-such-etl"))

    # ---- errors and value types -------------------------------------------------------------
    s("Object.get:missing-2x", lambda: bck.object("nope").get_reader().read_all())
    s("Smap.get_target_for_object", lambda: smap.get_target_for_object(
      bck.object("o1").uname).daemon_id == target, lambda v: v)  # fmt: skip
    s("Snode.in_maint_or_decomm", lambda: [n.in_maint_or_decomm() for n in smap.tmap.values()],
      lambda v: v)  # fmt: skip
    s("BucketModel.get_path", lambda: bck.as_model().get_path(), lambda v: v)

    # ---- ETL (v1.5.0 without Kubernetes) ----------------------------------------------------
    s("Cluster.list_etls", lambda: cl.list_etls())
    s("Etl.logs", lambda: client.etl(f"{tag}-etl").logs())
    s("Etl.view:job", lambda: client.etl(f"{tag}-etl").view(job_id="nope-job"))

    for b in (bck, dst):
        s("Bucket.delete:cleanup", lambda b=b: b.delete(), lambda v: v)
    return s.steps


def run(args: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The `sections` asked for: "modules", "ais" (needs `endpoint`), "authn" (`authn_endpoint`)."""
    sections = args["sections"]
    out = {}
    if "modules" in sections:
        out["modules"] = run_modules(args["tag"])
    if "ais" in sections:
        out["ais"] = run_ais(args["endpoint"], args["tag"])
    if "ais2x" in sections:
        out["ais2x"] = run_ais2x(args["endpoint"], args["tag"])
    if "authn" in sections:
        out["authn"] = run_authn(args["endpoint"], args["authn_endpoint"], args["user"],
                                 args["password"], args["tag"])  # fmt: skip
    return out


def main() -> None:
    with contextlib.redirect_stdout(sys.stderr):  # the SDKs print progress and notes
        out = run(json.loads(sys.argv[1]))
    sys.stdout.write(json.dumps(out))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()
