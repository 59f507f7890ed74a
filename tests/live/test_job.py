"""Live tests of Job: start, status, waiting, snapshots."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from aistore_raw.ais.api.buckets import bucket_action, bucket_delete_action
from aistore_raw.ais.api.objects import put_object
from aistore_raw.ais.models import ActMsgCopyBck, ActMsgDestroyBck

from aistore.sdk.client import Client
from aistore.sdk.errors import ErrBckNotFound, ErrNotFound, JobInfoNotFound, Timeout
from aistore.sdk.namespace import Namespace
from aistore.sdk.types import JobSnapshot, JobStatus

pytestmark = pytest.mark.live


class _Bck:
    """Stands in for a Bucket (name, provider, namespace)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.provider = "ais"
        self.namespace: Namespace | None = None


def _fill(client: Client, bucket: str, count: int = 5) -> None:
    for i in range(count):
        client.request_client.send(
            put_object.op(bucket, f"obj-{i}", body=b"data" * 25, provider="ais")
        )


def _copy_bucket(client: Client, src: str, dst: str) -> str:
    return client.request_client.send(
        bucket_action.op(
            src, body=ActMsgCopyBck(action="copy-bck"), provider="ais", bck_to=f"ais/@#/{dst}/"
        )
    ).text


def _destroy(client: Client, bucket: str) -> None:
    with contextlib.suppress(ErrBckNotFound):
        client.request_client.send(
            bucket_delete_action.op(
                bucket, body=ActMsgDestroyBck(action="destroy-bck"), provider="ais"
            )
        )


def test_start_lru_and_wait(client: Client) -> None:
    job = client.job(job_kind="lru")
    job_id = job.start()
    assert job_id and job.job_id == job_id
    job.wait(timeout=60, verbose=False)
    status = job.status()
    assert isinstance(status, JobStatus)
    assert status.uuid == job_id
    assert status.end_time > 0 and not status.aborted and status.err == ""


def test_start_with_bucket_force_and_verbose_wait(
    client: Client, bucket_name: str, caplog: pytest.LogCaptureFixture
) -> None:
    job = client.job(job_kind="lru")
    job_id = job.start(force=True, buckets=[_Bck(bucket_name)])
    assert job_id
    with caplog.at_level("INFO", logger="aistore.sdk.job"):
        job.wait(timeout=60, verbose=True)
    assert f"Job '{job_id}' finished" in caplog.text


def test_start_cleanup_store_and_wait_single_node(client: Client) -> None:
    job = client.job(job_kind="cleanup-store")
    target = next(iter(client.cluster().get_info().tmap))
    assert job.start(daemon_id=target)
    job.wait_single_node(timeout=60, verbose=False)
    job.wait_for_idle(timeout=60, verbose=False)


def test_copy_job_status_and_wait(client: Client, new_bucket_name: Callable[[], str]) -> None:
    src, dst = new_bucket_name(), new_bucket_name()
    _fill(client, src)
    job = client.job(_copy_bucket(client, src, dst))
    job.wait(timeout=60, verbose=False)
    assert job.status().end_time > 0
    job.wait_for_idle(timeout=60, verbose=False)
    job.wait_single_node(timeout=60, verbose=False)


def test_get_within_timeframe(client: Client) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    job = client.job(job_kind="lru")
    job_id = job.start()
    job.wait(timeout=60, verbose=False)
    after = datetime.now(UTC) + timedelta(seconds=1)
    snaps = client.job(job_id).get_within_timeframe(before, after)
    assert snaps and all(isinstance(s, JobSnapshot) for s in snaps)
    assert {s.id for s in snaps} == {job_id}
    assert snaps[0].kind == "lru"
    # by kind; naive local times work too
    by_kind = client.job(job_kind="lru").get_within_timeframe(
        datetime.now() - timedelta(minutes=5), datetime.now() + timedelta(seconds=1)
    )
    assert job_id in {s.id for s in by_kind}
    # a window that ended before the job started finds nothing
    with pytest.raises(JobInfoNotFound):
        client.job(job_id).get_within_timeframe(before - timedelta(hours=2), before)


def test_unknown_job(client: Client) -> None:
    job = client.job("xxxxxyyyyzz")
    with pytest.raises(ErrNotFound):
        job.status()
    with pytest.raises(ErrNotFound):
        job.wait(timeout=5, verbose=False)
    with pytest.raises(Timeout, match="No job information found"):
        job.wait_single_node(timeout=0.3, verbose=False)
    with pytest.raises(Timeout):
        job.wait_for_idle(timeout=0.2, verbose=False)


def test_bad_input_fails_before_any_request(client: Client) -> None:
    with pytest.raises(ValueError, match="without an assigned ID"):
        client.job().status()
    with pytest.raises(ValueError, match="without an assigned ID"):
        client.job(job_kind="lru").wait()
    with pytest.raises(ValueError, match="job kind"):
        client.job().start()
    with pytest.raises(ValueError):
        client.job("abc").wait(timeout=-1)
    with pytest.raises(TypeError):
        client.job("abc").wait_for_idle(timeout="10")  # type: ignore[arg-type]
    # no ID and no kind matches nothing: JobInfoNotFound as in 1.9.2 (tests/live/test_differential)
    with pytest.raises(JobInfoNotFound):
        client.job().get_within_timeframe(datetime.now(), datetime.now())


@pytest.mark.multinode
def test_wait_times_out_on_running_job(client_3t: Client, bucket_name_3t: str) -> None:
    # on 3 targets a bucket copy runs for several seconds
    _fill(client_3t, bucket_name_3t, 10)
    dst = f"{bucket_name_3t}-copy"
    job = client_3t.job(_copy_bucket(client_3t, bucket_name_3t, dst))
    try:
        with pytest.raises(Timeout, match="job to finish"):
            job.wait(timeout=0.3, verbose=False)
        assert job.status().end_time == 0
        with pytest.raises(Timeout):
            job.wait_single_node(timeout=0.2, verbose=False)
        job.wait(timeout=60, verbose=False)
        snaps = job.get_within_timeframe(
            datetime.now(UTC) - timedelta(minutes=2), datetime.now(UTC) + timedelta(seconds=1)
        )
        assert len(snaps) == 3  # one snapshot per target
    finally:
        _destroy(client_3t, dst)
