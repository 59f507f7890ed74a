from __future__ import annotations

import base64
import json

import msgspec
import pytest

from aistore.sdk import types as t
from aistore.sdk.archive_config import ArchiveConfig, ArchiveMode
from aistore.sdk.blob_download_config import BlobDownloadConfig
from aistore.sdk.enums import FLTPresence
from aistore.sdk.errors import InvalidBckProvider
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.provider import Provider


def test_provider_parse_and_aliases() -> None:
    assert Provider.parse("s3") is Provider.AMAZON
    assert Provider.parse("gs") is Provider.GOOGLE
    assert Provider.parse("az") is Provider.AZURE
    assert Provider.parse("oci") is Provider.OCI
    assert Provider.parse("ais") is Provider.AIS
    assert Provider.parse(Provider.HTTP) is Provider.HTTP
    assert Provider.HTTP.value == "ht"
    with pytest.raises(InvalidBckProvider):
        Provider.parse("nope")


def test_join_flags() -> None:
    flags = [ListObjectFlag.NO_RECURSION, ListObjectFlag.NAME_ONLY]
    assert ListObjectFlag.join_flags(flags) == 2064
    # api/apc/lsmsg.go: LsNoRecursion is bit 11, LsNoDirs bit 13 (bit 10 is lsWantOnlyRemoteProps)
    assert ListObjectFlag.join_flags([ListObjectFlag.NO_DIRS]) == 1 << 13
    # v1.5.0 moved DONT_HEAD_REMOTE to bit 7; bit 6 is now "bucket present"
    assert ListObjectFlag.join_flags([ListObjectFlag.DONT_HEAD_REMOTE]) == 128
    with pytest.raises(ValueError, match="USE_CACHE is not supported"):
        ListObjectFlag.join_flags([ListObjectFlag.USE_CACHE])
    assert ListObjectFlag.join_flags([]) == 0
    assert ListObjectFlag.join_flags([ListObjectFlag.ALL, ListObjectFlag.ALL]) == 0


def test_archive_config_validation() -> None:
    ArchiveConfig(archpath="a.txt")
    ArchiveConfig(regex="log", mode=ArchiveMode.SUFFIX)
    with pytest.raises(ValueError):
        ArchiveConfig(mode=ArchiveMode.PREFIX)
    with pytest.raises(ValueError):
        ArchiveConfig(regex="x")
    with pytest.raises(ValueError):
        ArchiveConfig(regex="x", mode=ArchiveMode.REGEXP, archpath="a")


def test_small_values() -> None:
    assert BlobDownloadConfig().chunk_size is None
    assert int(FLTPresence.FLT_EXISTS_OUTSIDE) == 5
    assert Namespace(uuid="u", name="n").get_path() == "@u#n"


def test_action_msg_dict_and_keyword_only() -> None:
    msg = t.ActionMsg(action="list", value={"a": 1})
    assert msg.dict() == {"action": "list", "name": "", "value": {"a": 1}}
    with pytest.raises(TypeError):
        t.ActionMsg("list")  # type: ignore[call-arg]


def test_bucket_model_as_dict_serializes_namespace() -> None:
    b = t.BucketModel(name="b", provider="ais", namespace=Namespace(uuid="", name="ns"))
    assert b.as_dict() == {"name": "b", "provider": "ais", "namespace": {"uuid": "", "name": "ns"}}
    json.dumps(b.as_dict())
    assert t.BucketModel(name="b", provider="ais").as_dict() == {"name": "b", "provider": "ais"}


def test_smap_decodes_server_json() -> None:
    raw = {
        "tmap": {
            "t1": {
                "daemon_id": "t1",
                "daemon_type": "target",
                "public_net": {
                    "node_ip_addr": "127.0.0.1",
                    "daemon_port": "38081",
                    "direct_url": "http://127.0.0.1:38081",
                },
                "flags": 4,
                "id_digest": 18446744073709551615,
            }
        },
        "pmap": {"p1": {"daemon_id": "p1", "daemon_type": "proxy"}},
        "proxy_si": {"daemon_id": "p1", "daemon_type": "proxy"},
        "version": "12",
        "uuid": "U",
        "extra": True,
    }
    smap = t.Smap.parse_obj(raw)
    assert smap.version == 12
    assert smap.tmap["t1"].public_net is not None
    assert smap.tmap["t1"].public_net.direct_url == "http://127.0.0.1:38081"
    assert smap.tmap["t1"].id_digest == 2**64 - 1
    assert smap.tmap["t1"].flags == 4
    assert t.Smap.parse_raw(json.dumps(raw)) == smap


def test_job_snapshot_uses_wire_names() -> None:
    snap = t.JobSnapshot.parse_obj(
        {
            "id": "x1",
            "kind": "copy-bck",
            "start-time": "2024-01-01T00:00:00Z",
            "end-time": "",
            "bck": {"name": "b", "provider": "ais", "namespace": {"uuid": "", "name": ""}},
            "glob.id": "g7",
            "stats": {"loc-objs": "3", "loc-bytes": "10"},  # v1.5.0 wire: strings
            "abort-err": "boom",
            "is_idle": True,
        }
    )
    assert snap.start_time == "2024-01-01T00:00:00Z"
    assert snap.bucket is not None and snap.bucket.name == "b"
    assert snap.rebalance_id == "g7"
    assert snap.stats is not None and snap.stats.bytes == 10 and snap.stats.objects == 3
    assert snap.abort_err == "boom"
    assert snap.is_idle
    assert snap.dict()["start_time"] == "2024-01-01T00:00:00Z"
    assert snap.to_wire()["start-time"] == "2024-01-01T00:00:00Z"


def test_etl_details_decodes_base64() -> None:
    code = base64.b64encode(b"def f(x): return x").decode()
    d = t.ETLDetails.parse_obj(
        {"id": "e", "communication": "hpush://", "timeout": "5m", "code": code}
    )
    assert d.code == b"def f(x): return x"
    assert d.spec is None


def test_bucket_list_msgpack_and_json() -> None:
    payload = msgspec.msgpack.encode(
        {
            "UUID": "u",
            "ContinuationToken": "c",
            "Flags": 0,
            "Entries": [{"n": "o1", "s": 5, "f": 64}, {"n": "o2"}],
        }
    )
    lst = msgspec.msgpack.decode(payload, type=t.BucketList)
    assert [e.name for e in lst.entries] == ["o1", "o2"]
    assert lst.entries[0].size == 5 and lst.entries[0].is_cached() and lst.entries[0].is_ok()
    assert not lst.entries[1].is_cached()
    js = t.BucketList.from_json(
        {
            "uuid": "u",
            "continuation_token": "",
            "flags": 0,
            "entries": [{"name": "o1", "size": "7", "flags": 3}],
        }
    )
    assert js.entries[0].size == 7 and not js.entries[0].is_ok()
    assert t.BucketList(UUID="u", ContinuationToken="", Flags=0).entries == []


def test_list_objects_msg() -> None:
    msg = t.ListObjectsMsg(
        prefix="p",
        page_size=10,
        uuid="",
        props="name",
        continuation_token="",
        flags=[ListObjectFlag.NAME_ONLY],
        target="",
    )
    assert msg.as_dict()["flags"] == "16"
    assert msg.as_dict()["pagesize"] == 10


def test_multi_object_messages_do_not_mutate_selection() -> None:
    sel = {"objnames": ["a", "b"]}
    to = t.BucketModel(name="dst", provider="ais")
    pre = t.PrefetchMsg(
        object_selection=sel, continue_on_err=True, latest=False, blob_threshold=100
    )
    assert pre.as_dict() == {
        "objnames": ["a", "b"],
        "coer": True,
        "latest-ver": False,
        "blob-threshold": 100,
    }
    tc = t.TCMultiObj(
        to_bck=to,
        tc_msg=t.TCBckMsg(
            copy_msg=t.CopyBckMsg(prepend="x/", dry_run=False, force=True, latest=False, sync=True),
            transform_msg=t.TransformBckMsg(etl_name="e", timeout="1m"),
        ),
        continue_on_err=False,
        object_selection=sel,
        num_workers=4,
    )
    out = tc.as_dict()
    assert out["tobck"] == {"name": "dst", "provider": "ais"}
    assert out["prepend"] == "x/" and out["synchronize"] is True and out["force"] is True
    assert out["id"] == "e" and out["request_timeout"] == "1m"
    assert out["num-workers"] == 4
    arch = t.ArchiveMultiObj(archive_name="a.tar", to_bck=to, object_selection=sel, mime="tar")
    assert arch.as_dict()["archname"] == "a.tar" and arch.as_dict()["mime"] == "tar"
    assert sel == {"objnames": ["a", "b"]}


def test_request_args_as_dict() -> None:
    assert t.PromoteAPIArgs(source_path="/d", recursive=True).as_dict()["rcr"] is True
    assert t.BlobMsg(latest=True).as_dict() == {"latest-ver": True}
    assert t.BlobMsg(latest=False, chunk_size=4, num_workers=2).as_dict() == {
        "latest-ver": False,
        "chunk-size": 4,
        "num-workers": 2,
    }
    assert t.JobQuery(active=True, target="t1").as_dict() == {
        "kind": "",
        "node": "t1",
        "show_active": True,
    }
    args = t.JobArgs(id="j", bucket=t.BucketModel(name="b", provider="ais"))
    assert args.as_dict()["Bck"] == {"name": "b", "provider": "ais"}
    code = t.InitCodeETLArgs(
        etl_name="e",
        communication_type="hpush",
        timeout="5m",
        runtime="python3.11v2",
        dependencies="",
        functions={"transform": "f"},
        code="c",
    )
    assert code.as_dict()["communication"] == "hpush://"
    assert "chunk_size" not in code.as_dict()


def test_node_stats_decode_and_derived_figures() -> None:
    tracker = t.NodeTracker.parse_obj(
        {"get.n": 4, "get.bps": 4000, "put.n": 0, "get.cold.n": 2, "get.cold.size": 3000}
    )
    assert tracker.get_n == 4
    thr = t.NodeThroughput(tracker).as_dict()
    assert thr["GET(bw)"] == "4.0 kB/s"
    assert thr["GET(avg size)"] == "1.0 kB"
    assert thr["PUT(avg size)"] == "0 Bytes"
    assert t.NodeLatency(tracker).as_dict()["GET-COLD(avg size)"] == "1.5 kB"
    assert t.NodeCounter(tracker).as_dict()["GET(n)"] == 4
    cap = t.NodeCapacity.parse_obj(
        {
            "mountpaths": {  # v1.5.0 node_status wire name
                "/m": {
                    "used": "1",
                    "avail": "2",
                    "pct_used": 1.5,
                    "disks": ["sda"],
                    "mountpath_label": "",
                    "fs": "ext4",
                }
            },
            "pct_max": 1,
            "pct_avg": 1,
            "pct_min": 1,
            "cs_err": "",
            "total_used": 1,
            "total_avail": 2,
        }
    )
    assert cap.mountpaths["/m"].disks == ["sda"]


def test_naturalsize() -> None:
    assert t.naturalsize(1) == "1 Byte"
    assert t.naturalsize(0) == "0 Bytes"
    assert t.naturalsize(1000) == "1.0 kB"
    assert t.naturalsize(1_234_567) == "1.2 MB"


def test_2x_value_type_fields_and_helpers() -> None:
    from aistore.sdk.authn.types import RoleInfo, RolesList, UserInfo, UserMap, UsersList
    from aistore.sdk.dsort.framework import DsortAlgorithm
    from aistore.sdk.errors import NoTargetError
    from aistore.sdk.list_object_flag import ListObjectFlag
    from aistore.sdk.namespace import Namespace
    from aistore.sdk.utils import HttpError

    msg = t.ListObjectsMsg(
        prefix="p", page_size=5, uuid="", props="", continuation_token="", flags=[], target=""
    )
    assert "start_after" not in msg.as_dict()
    msg.start_after = "p/b"
    assert msg.as_dict()["start_after"] == "p/b"
    assert t.TCBckMsg().as_dict() == {}
    assert t.TCBckMsg(num_workers=4, cont_on_err=True).as_dict() == {"num-workers": 4, "coer": True}
    assert t.BucketModel(name="b", provider="ais").get_path() == "ais/@#/b/"
    ns = Namespace(uuid="u", name="n")
    assert t.BucketModel(name="b", provider="gcp", namespace=ns).get_path() == "gcp/@u#n/b/"

    nodes = {
        tid: t.Snode(daemon_id=tid, daemon_type="target", flags=flags)
        for tid, flags in (("t1", 0), ("t2", 4), ("t3", 8))
    }
    assert [n.in_maint_or_decomm() for n in nodes.values()] == [False, True, True]
    smap = t.Smap(tmap=nodes, pmap={}, proxy_si=t.Snode(daemon_id="p", daemon_type="proxy"))
    assert smap.get_target_for_object("ais/@#/b/o").daemon_id == "t1"  # the only eligible one
    nodes["t1"].flags = 12
    with pytest.raises(NoTargetError, match="Total nodes: 3"):
        smap.get_target_for_object("ais/@#/b/o")

    assert HttpError(status=404, message="x").status_code == 404
    assert ListObjectFlag.MISSING is ListObjectFlag.ALL
    assert ListObjectFlag.join_flags([ListObjectFlag.IS_S3]) == 1 << 14

    algo = DsortAlgorithm(kind="content", extension=".cls", content_key_type="int")
    assert algo.validate_content_fields() is algo
    algo.content_key_type = None
    with pytest.raises(ValueError, match="content_key_type"):
        algo.validate_content_fields()
    assert DsortAlgorithm.kind == "alphanumeric" and DsortAlgorithm.extension is None

    roles = RolesList([RoleInfo(name="r")])
    assert roles.root == [RoleInfo(name="r")]
    users = UsersList({"u": UserInfo(id="u")})
    as_map = UserMap(users.root)
    assert list(as_map) == ["u"] and as_map["u"].id == "u" and len(as_map) == 1
    assert dict(users.items()) == {"u": UserInfo(id="u")}
    assert UserMap.parse_raw(b'{"v": {"id": "v"}}')["v"].id == "v"


# --- the types package ---------------------------------------------------------------------------

# every name `aistore.sdk.types` offered as one module (before it became a package by job)
FORMER_NAMES = [
    "ActionMsg",
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
    "InitCodeETLArgs",
    "InitETLArgs",
    "InitSpecETLArgs",
    "JobArgs",
    "JobQuery",
    "JobSnapshot",
    "JobStats",
    "JobStatus",
    "JsonDict",
    "ListObjectFlag",
    "ListObjectsMsg",
    "Model",
    "MptCompletedPart",
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
    "naturalsize",
]


# the 2.x value types added beside them
NAMES_2X = [
    "CreateNBIMsg",
    "NBIInfo",
    "AggregatedJobSnap",
    "ETLInitMsg",
    "ETLNodeLogs",
    "ETLObjError",
    "ETLRuntimeSpec",
    "ETLSpecMsg",
    "EnvVar",
    "JobSnap",
]


def test_types_package_keeps_every_name_at_its_public_path() -> None:
    import pickle

    import aistore.sdk.types as types_pkg

    missing = [name for name in FORMER_NAMES if not hasattr(types_pkg, name)]
    assert missing == []
    assert set(types_pkg.__all__) <= set(FORMER_NAMES) | set(NAMES_2X)
    for name in types_pkg.__all__:
        value = getattr(types_pkg, name)
        if value.__module__.startswith("aistore.sdk.types"):
            # defined in a private module of the package, named by the public one
            assert value.__module__ == "aistore.sdk.types", name
    # msgspec resolves string annotations in `__module__`'s namespace: the modules must not
    # postpone them (no `from __future__ import annotations`), or decoding fails at first use
    for name in types_pkg.__all__:
        value = getattr(types_pkg, name)
        if isinstance(value, type) and issubclass(value, msgspec.Struct):
            msgspec.json.Decoder(value)
    entry = types_pkg.BucketEntry(n="a.jpg", s=5)
    blob = pickle.dumps(entry)
    assert b"aistore.sdk.types\x94" in blob and b"_listing" not in blob
    assert pickle.loads(blob) == entry


def test_listing_structs_decode_the_keys_the_spec_declares() -> None:
    """`BucketEntry`/`BucketList` are hand-written (1.9.2's shape: "" and 0 defaults, field
    order, the `object` slot) and decode the msgpack page directly; their fields must be the
    spec's keys of `LsoEntMsgpack`/`LsoResMsgpack` (the entry's custom metadata `m` is not
    decoded, as in 1.9.2)."""
    from pathlib import Path

    import yaml

    spec = yaml.safe_load((Path(__file__).parents[3] / "spec" / "ais.yaml").read_text())
    schemas = spec["components"]["schemas"]
    entry_keys = set(schemas["LsoEntMsgpack"]["properties"])
    page_keys = set(schemas["LsoResMsgpack"]["properties"])
    assert set(t.BucketEntry.__struct_fields__) - {"object"} == entry_keys - {"m"}
    assert set(t.BucketList.__struct_fields__) == page_keys
