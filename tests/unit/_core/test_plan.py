"""Operation plans (`aistore._core.plan`) and their drivers, run without any transport.

A plan is fed its answers by hand (or by a fake sender that only counts), so these tests show
what each plan asks for, in which order and how often: linear in the requests, checks before
the first request, a failed send thrown in at its `yield`.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import pytest

from aistore._core import drive
from aistore._core.plan import CLOCK, Plan, Send, Sleep
from aistore._core.poll import Backoff, poll
from aistore._core.twin import AsyncShell, SyncShell, Twin, operation
from aistore.aio import AsyncCluster, AsyncJob
from aistore.sdk.authn.authn_client import AuthNClientBase
from aistore.sdk.authn.errors import ErrRoleNotFound
from aistore.sdk.authn.user_manager import UserManagerBase
from aistore.sdk.bucket import Bucket
from aistore.sdk.cluster import Cluster, ClusterBase
from aistore.sdk.errors import ErrBckAlreadyExists, Timeout
from aistore.sdk.job import Job, JobBase
from tests.support.ais_answers import NODE_STATS


class Answer:
    """A response as a plan reads it."""

    def __init__(self, body: Any = b"", status: int = 200, headers: dict[str, str] | None = None):
        self.content = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.status_code = status
        self.headers = headers or {}
        self.text = self.content.decode()


def smap(targets: int) -> Answer:
    tmap = {f"t{i}": {"daemon_id": f"t{i}", "daemon_type": "target"} for i in range(targets)}
    proxy = {"daemon_id": "p", "daemon_type": "proxy"}
    return Answer({"tmap": tmap, "pmap": {"p": proxy}, "proxy_si": proxy, "uuid": "U"})


STATS = Answer(NODE_STATS)


def performance_answer(call: Any) -> Answer:
    what = call.request_kwargs()["params"]["what"]
    return smap(500) if what == "smap" else STATS


class Counting:
    """A sender that answers from a function and counts what it was asked (sync and async)."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[Any] = []

    def send(self, call: Any, /, **options: Any) -> Any:
        self.calls.append(call)
        return self.answer(call)

    def exchange(self, call: Any, /, **options: Any) -> Any:
        return self.send(call)


class AsyncCounting(Counting):
    async def send(self, call: Any, /, **options: Any) -> Any:  # type: ignore[override]
        self.calls.append(call)
        return self.answer(call)


def test_get_performance_on_500_targets_is_501_calls_sync_and_async() -> None:
    sync = Counting(performance_answer)
    perf = Cluster(sync).get_performance()  # type: ignore[arg-type]
    assert len(sync.calls) == 501 and len(perf.counters) == 500
    assert perf.counters["t499"].as_dict()["GET(n)"] == 4
    asynchronous = AsyncCounting(performance_answer)
    aperf = asyncio.run(AsyncCluster(asynchronous).get_performance())  # type: ignore[arg-type]
    assert len(asynchronous.calls) == 501
    assert aperf.counters.keys() == perf.counters.keys()


def test_a_plan_fed_by_hand_asks_for_the_map_then_each_target() -> None:
    plan = ClusterBase.get_performance.plan(ClusterBase(None), True, False, False)
    first = next(plan)
    assert first.request_kwargs()["params"] == {"what": "smap"}
    step = plan.send(smap(2))
    asked = []
    with pytest.raises(StopIteration) as done:
        while True:
            asked.append(step.request_kwargs()["headers"]["ais-node-id"])
            step = plan.send(STATS)
    assert asked == ["t0", "t1"]
    assert set(done.value.value.throughput) == {"t0", "t1"} and not done.value.value.latency


def test_arguments_are_checked_before_the_first_request() -> None:
    plan = ClusterBase.get_node_log.plan(ClusterBase(None), "")
    with pytest.raises(ValueError, match="node_id"):
        next(plan)
    job = Job.__new__(Job)
    JobBase.__init__(job, None)
    with pytest.raises(ValueError, match="without an assigned ID"):
        next(JobBase.wait.plan(job))


def test_a_failed_send_is_thrown_in_at_its_yield() -> None:
    """`exist_ok` catches the mapped error where the send was."""
    bucket = Bucket("b", Counting(lambda call: None))  # type: ignore[arg-type]
    plan = type(bucket).__mro__[1].create.plan(bucket, True)  # BucketBase.create
    step = next(plan)
    assert step.request_kwargs()["json"]["action"] == "create-bck"
    with pytest.raises(StopIteration) as done:
        plan.throw(ErrBckAlreadyExists(409, "bucket already exists"))
    assert done.value.value is bucket

    def refuse(call: Any) -> Any:
        raise ErrBckAlreadyExists(409, "bucket already exists")

    with pytest.raises(ErrBckAlreadyExists):
        Bucket("b", Counting(refuse)).create()  # type: ignore[arg-type]


def test_user_create_with_30_roles_checks_them_all_before_the_post() -> None:
    """No send limit: 30 role lookups, then the POST, then the user is read back."""
    roles = [f"r{i}" for i in range(30)]
    role = {"name": "r", "desc": ""}
    user = {"id": "u", "roles": None}

    def answer(call: Any) -> Answer:
        url = call.request_kwargs()["url"]
        return Answer(role if url.startswith("/v1/roles/") else user)

    sender = Counting(answer)
    manager = type("M", (UserManagerBase, SyncShell), {})(sender)
    manager.create("u", roles, "pw")
    methods = [c.request_kwargs()["method"].upper() for c in sender.calls]
    assert methods == ["GET"] * 30 + ["POST", "GET"]

    def no_role(call: Any) -> Answer:
        if call.request_kwargs()["url"] == "/v1/roles/r29":
            raise ErrRoleNotFound(404, "role r29 does not exist")
        return answer(call)

    sender = Counting(no_role)
    with pytest.raises(ErrRoleNotFound):
        type("M", (UserManagerBase, SyncShell), {})(sender).create("u", roles, "pw")
    assert all(c.request_kwargs()["method"] == "get" for c in sender.calls)  # nothing created


class Tokened:
    def __init__(self) -> None:
        self.token: str | None = "T1"


def test_logout_keeps_a_token_that_a_login_set_meanwhile() -> None:
    client = Tokened()
    authn = AuthNClientBase.__new__(AuthNClientBase)
    Twin.__init__(authn, client)
    plan = AuthNClientBase.logout.plan(authn)
    step = next(plan)
    assert step.request_kwargs()["json"] == {"token": "T1"}
    client.token = "T2"  # a login while the revocation was under way
    with pytest.raises(StopIteration):
        plan.send(Answer())
    assert client.token == "T2"
    client.token = "T3"
    plan = AuthNClientBase.logout.plan(authn)
    next(plan)
    with pytest.raises(StopIteration):
        plan.send(Answer())
    assert client.token is None


def test_poll_asks_the_clock_and_sleeps_through_the_driver() -> None:
    checks = iter([None, None, "done"])

    def check() -> Plan[str | None]:
        yield Send(object())  # type: ignore[arg-type]
        return next(checks)

    plan = poll(check, timeout=10, action="x", backoff=Backoff(1, 2, 3))
    steps = []
    outcome: Any = None
    with pytest.raises(StopIteration) as done:
        while True:
            step = plan.send(outcome)
            steps.append(step if step is CLOCK or isinstance(step, Sleep) else "send")
            outcome = 0.0 if step is CLOCK else None
    assert steps == [CLOCK, "send", CLOCK, Sleep(1), "send", CLOCK, Sleep(2), "send"]
    assert done.value.value == "done"


def test_job_status_times_out_on_the_drivers_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    monkeypatch.setattr(drive, "_clock", lambda: now[0])
    monkeypatch.setattr(drive, "_sleep", lambda s: now.__setitem__(0, now[0] + s))
    sender = Counting(lambda call: Answer(status=202))
    with pytest.raises(Timeout, match="202"):
        Job(sender, "j1").status()  # type: ignore[arg-type]
    assert len(sender.calls) > 3


def test_async_driver_awaits_sleeps_and_sends() -> None:
    answers = iter([Answer(status=202), Answer({"uuid": "j1", "end_time": 5})])
    sender = AsyncCounting(lambda call: next(answers))
    status = asyncio.run(AsyncJob(sender, "j1").status())  # type: ignore[arg-type]
    assert status.end_time == 5 and len(sender.calls) == 2


class Thing(Twin[Any]):
    @operation
    def name(self, suffix: str, *, upper: bool = False) -> Plan[str]:
        """The thing's name."""
        response = yield Send(object())  # type: ignore[arg-type]
        name = f"{response}{suffix}"
        return name.upper() if upper else name


class SyncThing(Thing, SyncShell):
    pass


class AsyncThing(Thing, AsyncShell):
    pass


def test_an_operation_is_a_method_of_each_shell_with_the_plans_signature() -> None:
    assert SyncThing(Counting(lambda c: "n")).name("-x", upper=True) == "N-X"
    assert asyncio.run(AsyncThing(AsyncCounting(lambda c: "n")).name("-y")) == "n-y"
    assert inspect.iscoroutinefunction(AsyncThing.name)
    assert not inspect.iscoroutinefunction(SyncThing.name)
    for shell in (SyncThing, AsyncThing):
        signature = "(self, suffix: 'str', *, upper: 'bool' = False) -> 'str'"
        assert str(inspect.signature(shell.name)) == signature
        assert shell.name.__doc__ == "The thing's name."
    assert isinstance(Thing.__dict__["name"], operation)
    assert Thing.name(SyncThing(Counting(lambda c: "m")), "!") == "m!"  # unbound, on a shell
    with pytest.raises(TypeError, match=r"name\(\) runs on a client's object"):
        Thing.name(Thing(None), "!")
    assert Thing.name.plan is Thing.__dict__["name"].plan  # the base gives the plan itself
