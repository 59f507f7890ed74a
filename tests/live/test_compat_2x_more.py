"""Live tests of more 2.x names: job details and WaitResult, node logs, archive listing, inspect."""

from __future__ import annotations

import asyncio
import gzip
import io
import tarfile
from datetime import UTC, timedelta

import pytest

from aistore.aio import AsyncClient
from aistore.sdk.client import Client
from aistore.sdk.enums import LogSeverity, NodeFilter
from aistore.sdk.errors import AISError, ErrNotFound
from aistore.sdk.types import AggregatedJobSnap, JobSnap
from aistore.sdk.wait_result import WaitResult

pytestmark = pytest.mark.live

NO_K8S = "the operation requires Kubernetes"


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
        assert result.job_id == job_id and result.success and result.error is None
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
    # the job may finish before the abort arrives: the result follows the status either way
    assert result.success is (not status.aborted and not status.err)
    assert bool(result) is result.success
    if status.aborted:
        assert result.error


def test_node_logs(client: Client) -> None:
    cluster = client.cluster()
    smap = cluster.get_info()
    target = next(iter(smap.tmap))
    log = cluster.get_node_log(target)
    assert isinstance(log, str) and "Started up at" in log
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
            assert "Started up at" in await cluster.get_node_log(target)
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
