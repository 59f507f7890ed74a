"""Live tests of more 2.x names: job details and WaitResult, node logs, archive listing, inspect."""

from __future__ import annotations

import asyncio
import gzip
import io
import re
import tarfile
from datetime import UTC, timedelta

import httpx
import pytest

from aistore.aio import AsyncClient
from aistore.sdk.client import Client
from aistore.sdk.enums import LogSeverity, NodeFilter
from aistore.sdk.errors import (
    AISError,
    AISRetryableError,
    APIRequestError,
    ErrNotFound,
    ErrObjNotFound,
)
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.obj.object_attributes import ChunksInfo, ECInfo
from aistore.sdk.types import (
    AggregatedJobSnap,
    CopyBckMsg,
    JobSnap,
    ListObjectsMsg,
    TCBckMsg,
)
from aistore.sdk.wait_result import WaitResult
from tests.live.conftest import unique_name

pytestmark = pytest.mark.live

NO_K8S = "the operation requires Kubernetes"
# the first line of a node's log: "Started up at <time>, host <h>, go<v> for <os/arch>", or
# "Rotated at ..." once the log has been rotated (a busy node rotates within minutes)
LOG_HEAD = re.compile(r"^(Started up|Rotated) at [^\n]*, host [^\n]*, go[^\n]* for ")


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_job_details_total_time_and_wait_result(client: Client, bucket_name: str) -> None:
    src = client.bucket(bucket_name)
    for i in range(5):
        src.object(f"o{i}").put_content(b"x" * (i + 1))
    dst = client.bucket(f"{bucket_name}-dst")
    try:
        job_id = src.copy(dst)
        job = client.job(job_id)
        result = job.wait(timeout=60, verbose=False)
        assert isinstance(result, WaitResult) and result
        assert result.job_id == job_id and result.success and not result.error
        assert result.end_time is not None and result.end_time.tzinfo == UTC

        details = job.get_details()
        assert isinstance(details, AggregatedJobSnap)
        snaps = details.list_snapshots()
        assert snaps and all(isinstance(s, JobSnap) for s in snaps)
        assert set(details.root) <= set(client.cluster().get_info().tmap)
        snap = next(s for s in snaps if s.id == job_id)
        assert snap.kind == "copy-bck" and not snap.aborted and snap.ended
        assert snap.source_bck is not None and snap.source_bck.name == bucket_name
        assert snap.destination_bck is not None and snap.destination_bck.name == dst.name
        assert snap.stats is not None and snap.stats.objects == 5 and snap.stats.bytes == 15
        assert details.any_finished() and not details.any_aborted()
        joggers, workers, _ = snap.unpack_glob_id()
        assert details.get_num_workers() == workers and joggers >= 0

        total = job.get_total_time()
        assert isinstance(total, timedelta) and total >= timedelta(0)

        idle = job.wait_for_idle(timeout=60, verbose=False)
        assert idle.success and idle.job_id == job_id and idle.end_time is not None
        single = job.wait_single_node(timeout=60, verbose=False)
        assert single.success and single.job_id == job_id
        # by kind: every copy-bck job's snapshots; an unknown ID: the server's 404
        assert any(
            s.id == job_id for s in client.job(job_kind="copy-bck").get_details().list_snapshots()
        )
        with pytest.raises(ErrNotFound):
            client.job("nope-job-xyz").get_details()
    finally:
        dst.delete(missing_ok=True)


def test_wait_result_of_an_aborted_job(client: Client) -> None:
    job = client.job(job_kind="lru")
    assert job.start()
    job.abort()
    result = job.wait(timeout=60, verbose=False)
    status = job.status()
    # the job may finish before the abort arrives: the result follows the status either way,
    # and an error is reported exactly when the job did not succeed
    assert result.success is (not status.aborted and not status.err)
    assert bool(result) is result.success
    assert bool(result.error) is (not result.success)


def test_node_logs(client: Client) -> None:
    cluster = client.cluster()
    smap = cluster.get_info()
    target = next(iter(smap.tmap))
    log = cluster.get_node_log(target)
    assert isinstance(log, str) and LOG_HEAD.match(log), log[:200]
    assert isinstance(cluster.get_node_log(target, LogSeverity.ERROR), str)
    proxy_log = cluster.get_node_log(smap.proxy_si.daemon_id, severity=LogSeverity.WARNING)
    assert isinstance(proxy_log, str)

    archive = cluster.get_node_log_archive(target)
    assert archive[:2] == b"\x1f\x8b"  # gzip
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
        assert tar.getmembers()  # the node's log files
    assert gzip.decompress(archive)

    by_target = cluster.get_cluster_logs()
    assert set(by_target) == set(smap.tmap)
    everyone = cluster.get_cluster_logs(LogSeverity.INFO, NodeFilter.ALL)
    assert set(everyone) == set(smap.tmap) | set(smap.pmap)
    assert set(cluster.get_cluster_logs(role=NodeFilter.PROXY)) == set(smap.pmap)

    with pytest.raises(ErrNotFound, match="not present"):
        cluster.get_node_log("no-such-node")
    with pytest.raises(ValueError):
        cluster.get_node_log(target, severity="loud")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        cluster.get_node_log("")


def test_list_archive(client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    bucket.object("dir/shard.tar").put_content(_tar({"a.txt": b"abc", "sub/b.bin": b"12345"}))
    bucket.object("dir/other").put_content(b"x")
    inside = bucket.list_archive("dir/shard.tar")
    assert sorted(e.name for e in inside) == ["dir/shard.tar/a.txt", "dir/shard.tar/sub/b.bin"]
    with_shard = bucket.list_archive("dir/shard.tar", include_archive_obj=True, props="size")
    assert sorted(e.name for e in with_shard) == [
        "dir/shard.tar",
        "dir/shard.tar/a.txt",
        "dir/shard.tar/sub/b.bin",
    ]
    assert {e.name: e.size for e in with_shard}["dir/shard.tar/sub/b.bin"] == 5
    assert bucket.list_archive("dir/nothing.tar") == []
    with pytest.raises(ValueError):
        bucket.list_archive("")


def test_make_request_with_name(client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    bucket.object("p/x").put_content(b"1")
    response = bucket.make_request("GET", "list", value={"prefix": "p/"}, name="ignored-name")
    assert response.status_code == 200
    assert [e["name"] for e in response.json()["entries"]] == ["p/x"]


def test_inspect_needs_kubernetes(client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    bucket.object("a").put_content(b"1")
    with pytest.raises(AISError, match=NO_K8S):
        bucket.inspect("no-such-etl", num_workers=2)
    with pytest.raises(AISError, match=NO_K8S):
        bucket.objects(obj_names=["a"]).inspect("no-such-etl")
    with pytest.raises(NotImplementedError, match="pipeline"):
        bucket.inspect("no-such-etl", etl_pipeline=["other"])
    with pytest.raises(NotImplementedError, match="pipeline"):
        bucket.objects(obj_names=["a"]).inspect("no-such-etl", etl_pipeline=["other"])
    with pytest.raises(ValueError):
        bucket.inspect("")


def test_async_twins(ais_endpoint: str, client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    bucket.object("s.tar").put_content(_tar({"m": b"1"}))
    dst = f"{bucket_name}-adst"

    async def go() -> None:
        async with AsyncClient(ais_endpoint) as ac:
            job_id = await ac.bucket(bucket_name).copy(ac.bucket(dst))
            job = ac.job(job_id)
            result = await job.wait(timeout=60, verbose=False)
            assert isinstance(result, WaitResult) and result.success
            details = await job.get_details()
            assert any(s.id == job_id for s in details.list_snapshots())
            assert isinstance(await job.get_total_time(), timedelta)
            assert (await job.wait_for_idle(timeout=60, verbose=False)).success
            cluster = ac.cluster()
            logs = await cluster.get_cluster_logs(role=NodeFilter.ALL)
            smap = await cluster.get_info()
            assert set(logs) == set(smap.tmap) | set(smap.pmap)
            target = next(iter(smap.tmap))
            assert LOG_HEAD.match(await cluster.get_node_log(target))
            assert (await cluster.get_node_log_archive(target))[:2] == b"\x1f\x8b"
            names = [e.name for e in await ac.bucket(bucket_name).list_archive("s.tar")]
            assert names == ["s.tar/m"]
            with pytest.raises(AISError, match=NO_K8S):
                await ac.bucket(bucket_name).inspect("no-such-etl")
            with pytest.raises(AISError, match=NO_K8S):
                await ac.bucket(bucket_name).objects(obj_names=["s.tar"]).inspect("no-such-etl")

    try:
        asyncio.run(go())
    finally:
        client.bucket(dst).delete(missing_ok=True)


def test_target_for_object_matches_the_proxy(client_3t: Client, ais_endpoint_3t: str) -> None:
    bucket = client_3t.bucket(unique_name("hrw")).create()
    try:
        smap = client_3t.cluster().get_info()
        assert len(smap.tmap) == 3
        assert not any(node.in_maint_or_decomm() for node in smap.tmap.values())
        owners = set()
        for i in range(24):
            obj = bucket.object(f"dir/obj-{i}")
            model = bucket.as_model()
            assert model.get_path() == f"ais/@#/{bucket.name}/"
            assert obj.uname == model.get_path() + obj.name
            expected = smap.get_target_for_object(obj.uname)
            # the proxy's redirect names the owner
            answer = httpx.get(obj.get_url(), follow_redirects=False)
            location = httpx.URL(answer.headers["Location"])
            assert expected.public_net is not None
            owner_url = httpx.URL(expected.public_net.direct_url)
            assert (location.host, location.port) == (owner_url.host, owner_url.port), obj.name
            owners.add(expected.daemon_id)
        assert len(owners) > 1  # 24 names spread over the 3 targets
    finally:
        bucket.delete(missing_ok=True)


def test_2x_messages_are_what_the_server_takes(client: Client, bucket_name: str) -> None:
    src = client.bucket(bucket_name)
    for name in ("a", "b", "c"):
        src.object(name).put_content(b"x")
    msg = ListObjectsMsg(
        prefix="",
        page_size=0,
        uuid="",
        props="name",
        continuation_token="",
        flags=[],
        target="",
        start_after="a",
    )
    listed = src.make_request("GET", "list", value=msg.as_dict()).json()
    assert [e["name"] for e in listed["entries"]] == ["b", "c"]

    dst = client.bucket(f"{bucket_name}-tcb")
    tcb = TCBckMsg(
        copy_msg=CopyBckMsg(
            prefix="", prepend="p/", dry_run=False, force=False, latest=False, sync=False
        ),
        num_workers=2,
        cont_on_err=True,
    )
    try:
        job_id = src.make_request(
            "POST", "copy-bck", value=tcb.as_dict(), params={"bck_to": dst.as_model().get_path()}
        ).text
        assert client.job(job_id).wait(timeout=60, verbose=False).success
        assert sorted(e.name for e in dst.list_all_objects()) == ["p/a", "p/b", "p/c"]
    finally:
        dst.delete(missing_ok=True)

    # ListObjectFlag.MISSING is 2.x's name of ALL (the server's LsMissing)
    assert [e.name for e in src.list_all_objects(flags=[ListObjectFlag.MISSING])] == ["a", "b", "c"]


def test_chunks_and_missing_object_errors(client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    obj = bucket.object("mp.bin")
    upload = obj.multipart_upload()
    upload.create()
    upload.add_part(1).put_content(b"a" * 10)
    upload.add_part(2).put_content(b"b" * 4)
    upload.complete()
    chunks = obj.head(props="chunked").chunks
    assert chunks == ChunksInfo(chunk_count=2, max_chunk_size=10)
    assert obj.head(props="ec").ec is None  # no EC on this bucket
    bucket.object("plain").put_content(b"x")
    assert bucket.object("plain").head(props="chunked").chunks is None
    props = bucket.list_objects(props="name,size").entries[0].generate_object_props()
    assert props.chunks is None and props.ec is None

    with pytest.raises(AISRetryableError) as info:
        bucket.object("no-such-object").get_reader().read_all()
    assert isinstance(info.value, ErrObjNotFound) and isinstance(info.value, APIRequestError)
    with pytest.raises(APIRequestError):
        client.bucket(unique_name("gone")).head()


def test_ec_props(client_3t: Client) -> None:
    bucket = client_3t.bucket(unique_name("ec")).create()
    try:
        bucket.make_request(
            "PATCH",
            "set-bprops",
            value={"ec": {"enabled": True, "data_slices": 1, "parity_slices": 1}},
        )
        obj = bucket.object("e.bin")
        obj.put_content(b"z" * 4096)
        ec = obj.head(props="ec").ec
        assert isinstance(ec, ECInfo)
        assert (ec.data_slices, ec.parity_slices) == (1, 1)
    finally:
        bucket.delete(missing_ok=True)
