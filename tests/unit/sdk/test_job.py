"""Unit tests of Job helpers and the polling loop (no cluster)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aistore.sdk import _poll
from aistore.sdk.errors import Timeout
from aistore.sdk.job import Job, _bck, _parse_time
from aistore.sdk.namespace import Namespace
from aistore.sdk.request_client import RequestClient


@pytest.fixture
def rc() -> RequestClient:
    return RequestClient("http://127.0.0.1:9")


def test_parse_time_nanoseconds_and_zones() -> None:
    t = _parse_time("2026-11-25T02:55:17.130112468Z")
    assert t == datetime(2026, 11, 25, 2, 55, 17, 130112, tzinfo=UTC)
    assert _parse_time("2026-11-25T02:55:17Z").microsecond == 0
    assert _parse_time("2026-11-25T04:55:17.5+02:00") == datetime(
        2026, 11, 25, 2, 55, 17, 500000, tzinfo=UTC
    )
    with pytest.raises(ValueError):
        _parse_time("yesterday")


def test_check_timeout() -> None:
    assert _poll.check_timeout(3) == 3.0
    for bad in (-1, float("nan")):
        with pytest.raises(ValueError):
            _poll.check_timeout(bad)
    for wrong in ("5", None, True):
        with pytest.raises(TypeError):
            _poll.check_timeout(wrong)


def test_poll_until_backs_off_and_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(_poll, "_sleep", sleeps.append)
    clock = iter(range(1000))
    monkeypatch.setattr(_poll, "_clock", lambda: next(clock) * 0.5)
    with pytest.raises(Timeout, match=r"thing to happen\. still waiting"):
        _poll.poll_until(
            lambda: None,
            timeout=3,
            action="thing to happen",
            timeout_message=lambda: "still waiting",
        )
    assert sleeps[:3] == [0.05, 0.1, 0.2]
    assert max(sleeps) <= 1.0


def test_poll_until_returns_the_first_result_after_backing_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(_poll, "_sleep", sleeps.append)
    monkeypatch.setattr(_poll, "_clock", lambda: 0.0)
    calls = iter([None, None, "done", "later"])
    assert _poll.poll_until(lambda: next(calls), timeout=5, action="x") == "done"
    assert sleeps == [0.05, 0.1]  # two waits between three checks, nothing after the result
    assert next(calls) == "later"


def test_job_validation_before_requests(rc: RequestClient) -> None:
    with pytest.raises(TypeError):
        Job(rc, job_id=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="assigned ID"):
        Job(rc).status()
    with pytest.raises(ValueError, match="assigned ID"):
        Job(rc, job_kind="lru").wait_single_node()
    with pytest.raises(ValueError, match="job kind"):
        Job(rc, job_id="abc").start()
    with pytest.raises(TypeError):
        Job(rc, job_kind="lru").start(daemon_id=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Job(rc, job_id="a").get_within_timeframe("now", datetime.now())  # type: ignore[arg-type]
    job = Job(rc, job_id="abc", job_kind="lru")
    assert (job.job_id, job.job_kind) == ("abc", "lru")
    assert "abc" in repr(job)


def test_bucket_to_wire() -> None:
    class B:
        def __init__(self, name: str, provider: str, ns: Namespace | None) -> None:
            self.name, self.provider, self.namespace = name, provider, ns

    assert _bck(B("b1", "s3", None)).to_dict() == {"name": "b1", "provider": "aws"}
    wire = _bck(B("b2", "ais", Namespace(uuid="", name="ns1"))).to_dict()
    assert wire == {"name": "b2", "provider": "ais", "namespace": {"uuid": "", "name": "ns1"}}
    with pytest.raises(TypeError):
        _bck(object())


def test_status_raises_when_the_cluster_never_gets_ready(monkeypatch: pytest.MonkeyPatch) -> None:
    """202 (status not ready) until the deadline: Timeout, not an empty JobStatus.

    A live cluster answers 202 only for a moment after a job starts, hence the mock.
    """
    import httpx

    from aistore._core.settings import ClientSettings

    asked: list[str] = []

    def not_ready(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params["what"])
        return httpx.Response(202)

    from aistore._core import drive

    now = [0.0]  # the plan driver's clock and sleep (Job.status is an operation plan)
    monkeypatch.setattr(drive, "_clock", lambda: now[0])
    monkeypatch.setattr(drive, "_sleep", lambda s: now.__setitem__(0, now[0] + s))
    client = RequestClient(
        ClientSettings.create("http://ais:8080", transport=httpx.MockTransport(not_ready), env={})
    )
    with pytest.raises(Timeout, match=r"status of job 'j1'.*202"):
        Job(client, job_id="j1").status()
    assert len(asked) > 3 and set(asked) == {"status"}


def test_wait_result_from_snapshots_and_status() -> None:
    from aistore.sdk.types import AggregatedJobSnap, JobSnap, JobStatus
    from aistore.sdk.wait_result import WaitResult

    end1, end2 = "2026-11-25T02:55:17.1Z", "2026-11-25T02:55:18.2Z"
    done = [JobSnap(id="j", end_time=end1), JobSnap(id="j", end_time=end2)]
    ok = WaitResult.from_snapshots("j", done)
    assert ok and ok.error is None and ok.end_time == _parse_time(end2)
    running = WaitResult.from_snapshots("j", [*done, JobSnap(id="j", end_time=ZERO)])
    assert running.success and running.end_time is None
    aborted = WaitResult.from_snapshots("j", [JobSnap(id="j", aborted=True)])
    assert not aborted and aborted.error == "aborted"
    failed = WaitResult.from_snapshots("j", [JobSnap(id="j", abort_err="disk gone")])
    assert not failed.success and failed.error == "disk gone"

    st = WaitResult.from_status(JobStatus(uuid="j", end_time=1_700_000_000_000_000_000))
    assert st.success and st.end_time == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    bad = WaitResult.from_status(JobStatus(uuid="j", end_time=1, err="boom", aborted=True))
    assert not bad and bad.error == "boom"
    assert WaitResult.from_status(JobStatus(uuid="j", end_time=1, aborted=True)).error == "aborted"

    wire = (
        b'{"t1": [{"id": "j", "kind": "copy-bck", "glob.id": "3075", "is_idle": true,'
        b' "end-time": "0001-01-01T00:00:00Z", "stats": {"loc-objs": "5"},'
        b' "src-bck": {"name": "a", "provider": "ais"}}], "t2": null}'
    )
    agg = AggregatedJobSnap.from_wire(wire)
    assert list(agg.root) == ["t1", "t2"] and agg.root["t2"] == []
    (snap,) = agg.list_snapshots()
    assert snap.unpack_glob_id() == (3, 3, 0) and agg.get_num_workers() == 3
    assert snap.stats is not None and snap.stats.objects == 5
    assert snap.source_bck is not None and snap.source_bck.name == "a"
    assert agg.all_idle() and agg.idle_or_aborted() and not agg.any_finished()
    assert not agg.any_aborted()
    assert AggregatedJobSnap.from_wire(b"").list_snapshots() == []
    assert AggregatedJobSnap().get_num_workers() == 0


ZERO = "0001-01-01T00:00:00Z"
