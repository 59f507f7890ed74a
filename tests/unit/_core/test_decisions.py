"""The sans-I/O decision modules of `_core`: no network, no mock transport, no sleeping.

Each test feeds a decision module the facts a shell would see (statuses, headers, times,
exceptions) and checks what it decides.
"""

from __future__ import annotations

import ast
import io
import math
from pathlib import Path

import httpx
import pytest
import requests.exceptions
from aistore_raw.ais.api.buckets import bucket_action
from aistore_raw.ais.api.objects import get_object, put_object
from aistore_raw.ais.models import ActMsgCreateBck

from aistore._core import exchange, redirect, routing
from aistore._core.config import default_retry_policy
from aistore._core.poll import Backoff, Deadline
from aistore._core.retry import RetryPolicy
from aistore._core.smap_cache import SMAP_MAX_AGE, SMAP_RETRY_INTERVAL, SmapCache
from aistore._core.streaming import ReadState
from aistore.sdk.errors import (
    AISConnectionError,
    AISSSLError,
    ObjectChangedError,
    ObjectFileMaxResumeError,
    ObjectFileStreamError,
)

CORE = Path(__file__).resolve().parents[3] / "aistore" / "_core"
DECISION_MODULES = (
    "exchange",
    "redirect",
    "smap_cache",
    "poll",
    "plan",
    "retry",
    "routing",
    "streaming",
    "settings",
    "config",
)


@pytest.mark.parametrize("name", DECISION_MODULES)
def test_decision_modules_neither_sleep_nor_lock_nor_touch_sockets(name: str) -> None:
    tree = ast.parse((CORE / f"{name}.py").read_text())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (
            node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
        )
    }
    assert not imported & {"socket", "threading", "asyncio", "http", "selectors"}, imported
    text = (CORE / f"{name}.py").read_text()
    for banned in ("time.sleep", "threading.Lock", "socket.", ".handle_request("):
        assert banned not in text, (name, banned)


# ---- exchange: prepare and decide --------------------------------------------------------------
def test_prepare_marks_object_reads_and_bodies() -> None:
    read = exchange.prepare(get_object.op("b", "o", provider="ais"))
    assert read.idempotent and read.method == "GET"
    uname = routing.bucket_uname("ais", "", "", "b", "o")
    assert read.kwargs["extensions"] == {exchange.OBJECT_UNAME: uname}
    remote = exchange.prepare(get_object.op("b", "o", provider="aws"))
    assert "extensions" not in remote.kwargs  # remote buckets: the proxy decides
    put = exchange.prepare(put_object.op("b", "o", body=b"x"), headers={"X-A": "1"})
    assert put.kwargs["extensions"] == {redirect.REDIRECT_PROBE: True}
    assert put.kwargs["headers"]["X-A"] == "1"
    listing = exchange.prepare(bucket_action.op("b", body=ActMsgCreateBck()), msgpack=True)
    assert listing.kwargs["headers"]["Accept"] == exchange.MSGPACK


def test_one_shot_body_is_not_idempotent_and_is_never_retried() -> None:
    class OneShot(io.RawIOBase):
        def readable(self) -> bool:
            return True

    prepared = exchange.prepare(put_object.op("b", "o", body=OneShot()))
    assert not prepared.idempotent and not prepared.body.rewindable
    state = default_retry_policy().new_state()
    failure = httpx.ConnectError("refused")
    decision = exchange.after_transport_error(state, prepared, failure)
    assert isinstance(decision, exchange.Fail)
    assert isinstance(decision.error, AISConnectionError)


def test_transport_error_retry_then_give_up() -> None:
    prepared = exchange.prepare(get_object.op("b", "o"))
    state = RetryPolicy(total=2, connect=2, rand=lambda: 0.5).new_state()
    first = exchange.after_transport_error(state, prepared, httpx.ConnectError("x"))
    second = exchange.after_transport_error(state, prepared, httpx.ConnectError("x"))
    third = exchange.after_transport_error(state, prepared, httpx.ConnectError("x"))
    assert first == exchange.Retry(0.0) and second == exchange.Retry(2.0)
    assert isinstance(third, exchange.Fail)


def test_tls_failure_is_final() -> None:
    import ssl

    prepared = exchange.prepare(get_object.op("b", "o"))
    state = default_retry_policy().new_state()
    try:
        raise httpx.ConnectError("handshake") from ssl.SSLCertVerificationError("bad cert")
    except httpx.ConnectError as exc:
        decision = exchange.after_transport_error(state, prepared, exc)
    assert isinstance(decision, exchange.Fail) and isinstance(decision.error, AISSSLError)


def test_status_retry_only_when_idempotent() -> None:
    policy = RetryPolicy(status_forcelist=frozenset({503}), rand=lambda: 0.5)
    get = exchange.prepare(get_object.op("b", "o"))
    post = exchange.prepare(bucket_action.op("b", body=ActMsgCreateBck()))
    assert exchange.after_status(policy.new_state(), get, 503, "7") == 7.0
    assert exchange.after_status(policy.new_state(), post, 503, None) is None
    assert exchange.after_status(policy.new_state(), get, 404, None) is None


# ---- redirect ------------------------------------------------------------------------------------
def _req(method: str = "GET", content: bytes = b"") -> httpx.Request:
    return httpx.Request(method, "http://proxy:8080/v1/objects/b/o", content=content)


def test_next_hop_follows_redirects_and_counts() -> None:
    hop = redirect.next_hop(_req(), 307, "http://t1:9/v1/objects/b/o?pid=p", 0)
    assert hop is not None and hop.url.host == "t1" and hop.headers["Host"] == "t1:9"
    assert redirect.next_hop(_req(), 200, None, 0) is None
    assert redirect.next_hop(_req(), 301, None, 0) is None  # no Location: it is the answer
    with pytest.raises(httpx.TooManyRedirects):
        redirect.next_hop(_req(), 301, "http://t1:9/x", redirect.MAX_REDIRECTS)


def test_location_with_unsafe_characters_is_quoted() -> None:
    hop = redirect.next_hop(_req(), 301, "http://t1:9/v1/objects/b/a b", 0)
    assert hop is not None and hop.url.raw_path == b"/v1/objects/b/a%20b"


def test_probe_decisions() -> None:
    request = _req("PUT", b"payload")
    probe = redirect.probe_of(request)
    assert probe.headers["Content-Length"] == "0" and probe.read() == b""
    to_target = redirect.after_probe(request, 307, "http://t2:9/v1/objects/b/o")
    assert to_target is not None and to_target.url.host == "t2"
    assert redirect.after_probe(request, 404, None) is None  # the proxy's error: passed on
    with pytest.raises(redirect.RedirectProbeError):
        redirect.after_probe(request, 200, None)


# ---- smap cache ----------------------------------------------------------------------------------
SMAP = {
    "tmap": {
        tid: {"daemon_id": tid, "public_net": {"direct_url": f"http://{tid}:9"}, "flags": 0}
        for tid in ("t1", "t2")
    }
}


def test_smap_freshness_and_retry_interval() -> None:
    cache = SmapCache()
    uname = routing.bucket_uname("ais", "", "", "b", "o")
    assert cache.should_fetch(100.0) and cache.owner(uname, 100.0) is None
    cache.tried(100.0)
    cache.store(None, 100.0)  # the read failed
    assert not cache.should_fetch(100.0 + SMAP_RETRY_INTERVAL / 2)
    assert cache.should_fetch(100.0 + SMAP_RETRY_INTERVAL)
    cache.tried(101.0)
    cache.store(routing.SmapView.from_smap(SMAP), 101.0)
    owner = cache.owner(uname, 101.5)
    assert owner is not None and owner.daemon_id in ("t1", "t2")
    assert cache.owner(uname, 101.0 + SMAP_MAX_AGE) is None  # too old to trust
    assert cache.should_fetch(101.0 + SMAP_MAX_AGE)


def test_owner_answers() -> None:
    cache = SmapCache()
    cache.store(routing.SmapView.from_smap(SMAP), 0.0)
    assert cache.after_owner_answer(206) == "answer"
    assert cache.after_owner_answer(404) == "proxy" and cache.fresh(0.5) is not None
    assert cache.after_owner_answer(500) == "proxy-forget" and cache.fresh(0.5) is None
    assert cache.may_go_direct("GET", True, False)
    assert not cache.may_go_direct("PUT", True, False)
    assert not cache.may_go_direct("GET", True, True)  # a token: targets want the proxy
    assert cache.after_owner_answer(403) == "proxy-disable"
    assert not cache.may_go_direct("GET", True, False)


# ---- polling -------------------------------------------------------------------------------------
def test_backoff_and_deadline() -> None:
    waits = Backoff(first=0.05, factor=2.0, cap=1.0).waits()
    assert [next(waits) for _ in range(7)] == [0.05, 0.1, 0.2, 0.4, 0.8, 1.0, 1.0]
    deadline = Deadline.after(3.0, now=10.0)
    assert deadline.next_wait(1.0, now=10.5) == 1.0
    assert deadline.next_wait(1.0, now=12.5) == 0.5  # the last check happens at the deadline
    assert deadline.next_wait(1.0, now=13.0) is None
    assert Deadline.after(None, now=0.0).at == math.inf
    with pytest.raises(ValueError):
        Backoff(first=0.0, factor=2.0, cap=1.0)


@pytest.mark.parametrize(
    ("first", "factor", "cap"),
    [(0.0, 2.0, 1.0), (-1.0, 2.0, 1.0), (2.0, 2.0, 1.0), (0.1, 0.9, 1.0)],
)
def test_backoff_refuses_bad_numbers_naming_them(first: float, factor: float, cap: float) -> None:
    with pytest.raises(ValueError, match=r"backoff needs 0 < first <= cap and factor >= 1"):
        Backoff(first=first, factor=factor, cap=cap)


def test_backoff_edges_are_valid() -> None:
    flat = Backoff(first=1.0, factor=1.0, cap=1.0).waits()  # first == cap, factor == 1
    assert [next(flat) for _ in range(3)] == [1.0, 1.0, 1.0]
    grow = Backoff(first=0.5, factor=3.0, cap=10.0).waits()
    assert [next(grow) for _ in range(5)] == [0.5, 1.5, 4.5, 10.0, 10.0]


def test_deadline_left_and_edges() -> None:
    deadline = Deadline.after(2.0, now=5.0)
    assert deadline.at == 7.0
    assert deadline.left(6.5) == 0.5
    assert deadline.left(8.0) == -1.0
    assert deadline.next_wait(0.25, now=6.5) == 0.25  # less than the time left: as asked
    assert deadline.next_wait(0.5, now=6.5) == 0.5  # exactly the time left
    assert deadline.next_wait(1.0, now=6.9) == pytest.approx(0.1)
    assert deadline.next_wait(1.0, now=7.5) is None
    assert Deadline.after(0, now=3.0).next_wait(1.0, now=3.0) is None
    assert Deadline.after(None, now=0.0).next_wait(5.0, now=1e12) == 5.0


# ---- resume decision and version pin -------------------------------------------------------------
def test_resume_decisions() -> None:
    state = ReadState(max_resume=1)
    state.advance(10)
    cut = requests.exceptions.ChunkedEncodingError("cut")
    assert state.after_break(cut) == 10
    with pytest.raises(ObjectFileMaxResumeError):
        state.after_break(cut)
    with pytest.raises(ObjectFileStreamError):
        ReadState(max_resume=3).after_break(requests.exceptions.ConnectionError("down"))
    with pytest.raises(KeyError):
        ReadState(max_resume=3).after_break(KeyError("other errors surface as they are"))


def test_resume_counts_and_positions() -> None:
    state = ReadState(max_resume=2)
    assert (state.position, state.resumes, state.version) == (0, 0, None)
    state.advance(5)
    state.advance(7)
    cut = requests.exceptions.ChunkedEncodingError("cut")
    assert state.interrupted(cut) == 12
    assert state.resumes == 1
    state.advance(3)
    assert state.after_break(cut) == 15
    assert state.resumes == 2
    with pytest.raises(ObjectFileMaxResumeError) as info:
        state.interrupted(cut)
    assert info.value.__cause__ is cut
    assert state.resumes == 2
    with pytest.raises(ObjectFileMaxResumeError) as spent:
        ReadState(max_resume=0).after_break(cut)
    assert spent.value.original_error is cut and spent.value.__cause__ is cut


def test_broken_open_is_surfaced_with_its_cause() -> None:
    down = requests.exceptions.ConnectionError("down")
    with pytest.raises(ObjectFileStreamError) as info:
        ReadState(max_resume=3).after_break(down)
    assert info.value.__cause__ is down
    surfaced = ReadState.open_failed(down)
    assert isinstance(surfaced, ObjectFileStreamError) and surfaced.original_error is down
    other = OSError("disk")
    assert ReadState.open_failed(other) is other


@pytest.mark.parametrize("bad", [-1, 1.5, "2", None])
def test_max_resume_must_be_a_non_negative_integer(bad: object) -> None:
    with pytest.raises(ValueError, match=f"max_resume must be a non-negative integer, got {bad!r}"):
        ReadState(max_resume=bad)  # type: ignore[arg-type]


def test_version_pin() -> None:
    state = ReadState(max_resume=2)
    state.check_version(None)
    state.check_version("1")
    state.check_version("1")
    state.advance(9)
    with pytest.raises(ObjectChangedError, match="from '1' to '2' after 9 bytes were read"):
        state.check_version("2")
    assert state.version == "1"
    state.check_version(None)  # an answer without a version does not unpin
