"""The object hot path (`aistore._core.lane`) against a live cluster.

Whole-object GET, HEAD and in-memory PUT go through it by default. These tests show that the
contract checker sees and validates each of its exchanges (the PUT's bodiless probe and the
body to the target as two), that it answers exactly as the general path does (content,
headers, errors), and that a body cut short on the wire surfaces alike.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from aistore._core.wire import Reply
from aistore.contract import transport as contract
from aistore.sdk.client import Client
from aistore.sdk.errors import AISStreamError, ErrBckNotFound, ErrObjNotFound
from aistore.sdk.obj.object import SMALL_FILE
from tests.support.tcp_cutter import tcp_cutter

pytestmark = pytest.mark.live


@pytest.fixture
def general(client: Client) -> Iterator[Client]:
    """A client on the same cluster that sends everything through httpx (the general path)."""
    other = Client(client.request_client.endpoint)
    other.request_client.sender._lane = None
    yield other
    other.close()


def _checked() -> list[contract.Exchange]:
    if not contract.installed() or not contract.RECORDER.active:
        pytest.skip("contract checking is off (AIS_CONTRACT=off)")
    return contract.RECORDER.exchanges


def test_every_hot_path_exchange_is_checked(client: Client, bucket_name: str) -> None:
    assert client.request_client.sender._lane is not None
    exchanges = _checked()
    obj = client.bucket(bucket_name).object("hot/one")

    start = len(exchanges)
    obj.put_content(b"x" * 1000)
    put = exchanges[start:]
    assert [(e.operation, e.hop, e.status) for e in put] == [
        ("put_object", "probe", 307),
        ("put_object", "target", 200),
    ]

    start = len(exchanges)
    assert obj.get().read_all() == b"x" * 1000
    assert obj.head()["content-length"] == "1000"
    reads = [e for e in exchanges[start:] if e.operation != "get_daemon_info"]  # (cluster map)
    assert [(e.operation, e.status) for e in reads] == [("get_object", 200), ("head_object", 200)]
    assert all(e.ok for e in exchanges[start:])


def test_an_off_spec_hot_path_exchange_is_caught(client: Client, bucket_name: str) -> None:
    exchanges = _checked()
    lane = client.request_client.sender._lane
    assert lane is not None
    start = len(exchanges)
    reply = lane.wire.exchange(
        ("http", *lane._proxy[1:]),
        "GET",
        f"/v1/objects/{bucket_name}/absent?undeclared=1",
        lane._proxy_host,
        [],
        None,
        {},
    )
    assert isinstance(reply, Reply) and reply.status_code == 301  # the proxy's redirect
    (checked,) = exchanges[start:]
    assert checked.operation == "get_object"
    assert any("undeclared" in d for d in checked.diffs)
    assert checked in contract.RECORDER.drain_failures()  # caught; taken off this test's record
    contract.RECORDER.exchanges.remove(checked)


def test_answers_equal_the_general_path(client: Client, general: Client, bucket_name: str) -> None:
    data = os.urandom(70_000)  # more than one receive, more than one send
    client.bucket(bucket_name).object("hot/ü name?&#").put_content(data)
    fast = client.bucket(bucket_name).object("hot/ü name?&#")
    slow = general.bucket(bucket_name).object("hot/ü name?&#")
    assert fast.get().read_all(verify=True) == slow.get().read_all(verify=True) == data
    assert fast.get(byte_range="bytes=10-19").read_all() == data[10:20]
    fast_head, slow_head = dict(fast.head()), dict(slow.head())
    fast_head.pop("date"), slow_head.pop("date")
    assert fast_head == slow_head
    assert fast.props is not None and fast.props.size == len(data)
    reader = fast.get()
    reader.read_all()
    assert reader.attributes.checksum_value == slow.get().attributes.checksum_value
    handle = fast.append_content(b"a")  # append goes through the same put_object
    assert handle


@pytest.mark.parametrize("what", ["object", "bucket"])
def test_errors_equal_the_general_path(
    client: Client, general: Client, bucket_name: str, what: str
) -> None:
    bucket = bucket_name if what == "object" else "no-such-bucket-hot"
    expected = ErrObjNotFound if what == "object" else ErrBckNotFound
    outcomes = []
    for c in (client, general):
        obj = c.bucket(bucket).object("absent")
        for call in (obj.get().read_all, obj.head):
            with pytest.raises(expected) as info:
                call()
            outcomes.append((type(info.value), info.value.status_code))  # type: ignore[attr-defined]
    if what == "bucket":
        for c in (client, general):
            with pytest.raises(ErrBckNotFound):
                c.bucket(bucket).object("new").put_content(b"x")
    assert len(set(outcomes)) == 1


@pytest.mark.parametrize("lane", [True, False], ids=["hot", "general"])
def test_a_body_cut_on_the_wire_is_a_stream_error(
    client: Client, bucket_name: str, monkeypatch: pytest.MonkeyPatch, lane: bool
) -> None:
    data = os.urandom(400_000)
    client.bucket(bucket_name).object("hot/cut").put_content(data)
    response = httpx.head(client.bucket(bucket_name).object("hot/cut").get_url())
    owner = httpx.URL(response.headers["Location"])
    # a client talking to the owning target through a TCP proxy that cuts every answer
    # mid-body (direct reads would learn the target's real address and go around it)
    monkeypatch.setenv("AIS_DIRECT_READS", "0")
    upstream = f"http://{owner.host}:{owner.port}"
    with tcp_cutter(upstream, cut_after=200_000, cuts=100) as cutter, Client(cutter.url) as flaky:
        if not lane:
            flaky.request_client.sender._lane = None
        with pytest.raises(AISStreamError):
            flaky.bucket(bucket_name).object("hot/cut").get().read_all()
        assert cutter.connections == 1  # a broken body is not retried, on either path


def test_put_file_sends_small_files_by_the_hot_path(
    client: Client, bucket_name: str, tmp_path: Path
) -> None:
    lane = client.request_client.sender._lane
    assert lane is not None
    sent: list[str] = []
    original = lane.wire.exchange

    def watch(origin: Any, method: str, target: str, *args: Any, **kwargs: Any) -> Any:
        sent.append(method)
        return original(origin, method, target, *args, **kwargs)

    lane.wire.exchange = watch  # type: ignore[method-assign]
    try:
        for size, by_lane in ((1000, True), (SMALL_FILE + 1, False)):
            sent.clear()
            data = os.urandom(size)
            source = tmp_path / f"f{size}"
            source.write_bytes(data)
            client.bucket(bucket_name).object(f"hot/file{size}").put_file(source)
            assert (sent == ["PUT", "PUT"]) is by_lane  # probe + body, or none on the wire
            assert client.bucket(bucket_name).object(f"hot/file{size}").get().read_all() == data
    finally:
        del lane.wire.exchange
