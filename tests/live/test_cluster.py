"""Live tests of Cluster: cluster map, buckets, jobs, readiness, performance."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from aistore_raw.ais.api.buckets import bucket_action, bucket_delete_action
from aistore_raw.ais.api.objects import put_object
from aistore_raw.ais.models import ActMsgCopyBck, ActMsgDestroyBck

from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrBckNotFound, InvalidBckProvider
from aistore.sdk.types import ClusterPerformance, NodeCounter, NodeLatency, NodeThroughput

pytestmark = pytest.mark.live


def _put(client: Client, bucket: str, name: str, data: bytes) -> None:
    client.request_client.send(put_object.op(bucket, name, body=data, provider="ais"))


def _copy_bucket(client: Client, src: str, dst: str) -> str:
    response = client.request_client.send(
        bucket_action.op(src, body=ActMsgCopyBck(), provider="ais", bck_to=f"ais/@#/{dst}/")
    )
    return response.text


def _destroy(client: Client, bucket: str) -> None:
    with contextlib.suppress(ErrBckNotFound):
        client.request_client.send(
            bucket_delete_action.op(bucket, body=ActMsgDestroyBck(), provider="ais")
        )


def test_get_info_one_target(client: Client) -> None:
    smap = client.cluster().get_info()
    assert len(smap.tmap) == 1
    assert len(smap.pmap) >= 1
    assert smap.proxy_si.daemon_id in smap.pmap
    assert smap.uuid


@pytest.mark.multinode
def test_get_info_three_targets(client_3t: Client) -> None:
    smap = client_3t.cluster().get_info()
    assert len(smap.tmap) == 3
    assert all(node.daemon_type == "target" for node in smap.tmap.values())


def test_primary_url_is_endpoint(client: Client) -> None:
    assert client.cluster().get_primary_url() == client.request_client.endpoint


def test_get_uuid_matches_smap(client: Client) -> None:
    cluster = client.cluster()
    assert cluster.get_uuid() == cluster.get_info().uuid


def test_is_ready(client: Client) -> None:
    assert client.cluster().is_ready() is True


def test_list_buckets_contains_created(client: Client, bucket_name: str) -> None:
    names = [b.name for b in client.cluster().list_buckets()]
    assert bucket_name in names
    every = client.cluster().list_buckets(provider="")
    assert bucket_name in [b.name for b in every]
    assert all(b.provider == "ais" for b in client.cluster().list_buckets("ais"))


def test_list_buckets_bad_provider_raises_before_request(client: Client) -> None:
    with pytest.raises(InvalidBckProvider):
        client.cluster().list_buckets(provider="nope")


def test_list_jobs_status_after_a_job(client: Client, new_bucket_name: Callable[[], str]) -> None:
    src, dst = new_bucket_name(), new_bucket_name()
    for i in range(5):
        _put(client, src, f"obj-{i}", b"x" * 100)
    job_id = _copy_bucket(client, src, dst)
    client.job(job_id).wait(timeout=60, verbose=False)
    cluster = client.cluster()
    statuses = cluster.list_jobs_status(job_kind="copy-bck")
    mine = [s for s in statuses if s.uuid == job_id]
    assert len(mine) == 1 and mine[0].end_time > 0 and not mine[0].aborted
    target = next(iter(cluster.get_info().tmap))
    assert job_id in [s.uuid for s in cluster.list_jobs_status(target_id=target)]
    assert job_id in [s.uuid for s in cluster.list_jobs_status()]
    assert f"copy-bck[{job_id}]" not in cluster.list_running_jobs()


@pytest.mark.multinode
def test_list_running_jobs_while_running(client_3t: Client, bucket_name_3t: str) -> None:
    # on 3 targets a bucket copy stays running for several seconds (it waits for its peers)
    for i in range(10):
        _put(client_3t, bucket_name_3t, f"obj-{i}", b"x" * 100)
    dst = f"{bucket_name_3t}-copy"
    job_id = _copy_bucket(client_3t, bucket_name_3t, dst)
    try:
        cluster = client_3t.cluster()
        running = cluster.list_running_jobs(job_kind="copy-bck")
        assert f"copy-bck[{job_id}]" in running
        assert all(entry.startswith("copy-bck[") for entry in running)
        assert f"copy-bck[{job_id}]" in cluster.list_running_jobs()
        target = next(iter(cluster.get_info().tmap))
        assert f"copy-bck[{job_id}]" in cluster.list_running_jobs(target_id=target)
        running_status = [s for s in cluster.list_jobs_status() if s.uuid == job_id]
        assert running_status and running_status[0].end_time == 0
        client_3t.job(job_id).wait(timeout=60, verbose=False)
        assert f"copy-bck[{job_id}]" not in cluster.list_running_jobs(job_kind="copy-bck")
    finally:
        _destroy(client_3t, dst)


def test_list_jobs_of_kind_never_run_is_empty(client: Client) -> None:
    assert client.cluster().list_jobs_status(job_kind="resilver") == []
    assert client.cluster().list_running_jobs(job_kind="resilver") == []


def test_get_performance(client: Client, bucket_name: str) -> None:
    _put(client, bucket_name, "perf-obj", b"p" * 1000)
    perf = client.cluster().get_performance()
    assert isinstance(perf, ClusterPerformance)
    targets = set(client.cluster().get_info().tmap)
    assert set(perf.throughput) == targets
    assert set(perf.latency) == targets
    assert set(perf.counters) == targets
    counters = next(iter(perf.counters.values()))
    assert isinstance(counters, NodeCounter)
    assert counters.put_n >= 1
    assert isinstance(next(iter(perf.throughput.values())), NodeThroughput)
    assert isinstance(next(iter(perf.latency.values())), NodeLatency)
    assert "PUT(n)" in counters.as_dict()


def test_get_performance_selected_parts(client: Client) -> None:
    perf = client.cluster().get_performance(get_throughput=False, get_latency=False)
    assert perf.throughput == {} and perf.latency == {}
    assert len(perf.counters) == 1


@pytest.mark.multinode
def test_get_performance_three_targets(client_3t: Client) -> None:
    perf = client_3t.cluster().get_performance()
    assert len(perf.counters) == 3


def test_list_running_etls_needs_kubernetes(client: Client) -> None:
    with pytest.raises(AISError) as info:
        client.cluster().list_running_etls()
    assert info.value.status_code == 400
    assert "requires Kubernetes" in info.value.message
