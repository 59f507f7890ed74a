"""DirectReads: object reads to the HRW owner, the proxy for any doubt (fake cluster)."""

from __future__ import annotations

import json

import httpx
import pytest

from aistore._core import routing
from aistore._core.direct_reads import DirectReads
from aistore._core.exchange import OBJECT_UNAME

PROXY = "http://proxy:8080"
SMAP = {
    "uuid": "u1",
    "version": "3",
    "tmap": {
        tid: {"daemon_id": tid, "public_net": {"direct_url": f"http://{tid}:9000"}, "flags": 0}
        for tid in ("t1", "t2", "t3")
    },
    "proxy_si": {"daemon_id": "p1"},
}


class FakeCluster:
    def __init__(self, target_status: int = 200, smap_status: int = 200) -> None:
        self.seen: list[str] = []
        self.target_status = target_status
        self.smap_status = smap_status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        self.seen.append(f"{request.method} {host}{request.url.path}")
        if host == "proxy":
            if request.url.path == "/v1/daemon":
                return httpx.Response(self.smap_status, content=json.dumps(SMAP).encode())
            return httpx.Response(301, headers={"Location": f"http://t1:9000{request.url.path}"})
        return httpx.Response(self.target_status, content=host.encode())


def _client(fake: FakeCluster) -> tuple[httpx.Client, DirectReads]:
    transport = DirectReads(
        httpx.MockTransport(fake),
        smap_request=lambda: httpx.Request("GET", f"{PROXY}/v1/daemon?what=smap"),
    )
    return httpx.Client(base_url=PROXY, transport=transport), transport


def _owner(name: str) -> str:
    view = routing.SmapView.from_smap(SMAP)
    owner = routing.owner(view, routing.bucket_uname("ais", "", "", "b", name))
    assert owner is not None
    return owner.daemon_id


def _get(client: httpx.Client, name: str, **headers: str) -> httpx.Response:
    uname = routing.bucket_uname("ais", "", "", "b", name)
    request = client.build_request(
        "GET", f"/v1/objects/b/{name}", headers=headers, extensions={OBJECT_UNAME: uname}
    )
    return client.send(request)


def test_marked_reads_go_straight_to_the_owner() -> None:
    fake = FakeCluster()
    client, _ = _client(fake)
    names = [f"obj-{i}" for i in range(12)]
    for name in names:
        assert _get(client, name).content == _owner(name).encode()
    assert fake.seen[0] == "GET proxy/v1/daemon"  # one map read, then no proxy hop at all
    assert [s for s in fake.seen[1:] if s.startswith("GET proxy")] == []
    assert len({_owner(n) for n in names}) > 1


def test_owner_error_falls_back_to_the_proxy() -> None:
    fake = FakeCluster(target_status=500)
    client, transport = _client(fake)
    _get(client, "x")
    # direct attempt, then the proxy's redirect path
    assert fake.seen[1].startswith("GET t") and fake.seen[2] == "GET proxy/v1/objects/b/x"
    assert transport.enabled


def test_403_from_a_target_turns_direct_reads_off() -> None:
    fake = FakeCluster(target_status=403)
    client, transport = _client(fake)
    _get(client, "x")
    assert not transport.enabled


@pytest.mark.parametrize("case", ["token", "unmarked", "no-map"])
def test_doubt_goes_through_the_proxy(case: str) -> None:
    fake = FakeCluster(smap_status=503 if case == "no-map" else 200)
    client, _ = _client(fake)
    if case == "token":
        _get(client, "x", Authorization="Bearer t")
    elif case == "unmarked":
        client.get("/v1/objects/b/x")
    else:
        _get(client, "x")
    object_hops = [s for s in fake.seen if "/v1/objects/" in s]
    assert object_hops[0] == "GET proxy/v1/objects/b/x"
