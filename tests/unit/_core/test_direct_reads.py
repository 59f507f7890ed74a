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


class ChangingCluster(FakeCluster):
    """A 4th target joins (map v4); it answers 404 until "rebalance" has given it the object,
    as a joining AIS target did live; the proxy redirects by the new map."""

    def __init__(self) -> None:
        super().__init__()
        self.smap = json.loads(json.dumps(SMAP))
        self.proxy_up = True

    def join(self) -> None:
        self.smap["version"] = "4"
        self.smap["tmap"]["t4"] = {
            "daemon_id": "t4",
            "public_net": {"direct_url": "http://t4:9000"},
            "flags": 0,
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        self.seen.append(f"{request.method} {host}{request.url.path}")
        if host == "proxy":
            if not self.proxy_up:
                raise httpx.ConnectError("refused", request=request)
            if request.url.path == "/v1/daemon":
                return httpx.Response(200, content=json.dumps(self.smap).encode())
            name = request.url.path.rsplit("/", 1)[1]
            owner = routing.owner(
                routing.SmapView.from_smap(self.smap),
                routing.bucket_uname("ais", "", "", "b", name),
            )
            assert owner is not None
            return httpx.Response(
                301, headers={"Location": f"{owner.direct_url}{request.url.path}"}
            )
        if host == "t4":
            return httpx.Response(404, content=b"not here yet")
        return httpx.Response(200, content=host.encode())


def _moved_to_t4(names: list[str]) -> list[str]:
    smap = json.loads(json.dumps(SMAP))
    smap["tmap"]["t4"] = {"daemon_id": "t4", "public_net": {"direct_url": "http://t4:9000"}}
    view = routing.SmapView.from_smap(smap)
    moved = []
    for name in names:
        owner = routing.owner(view, routing.bucket_uname("ais", "", "", "b", name))
        if owner is not None and owner.daemon_id == "t4":
            moved.append(name)
    return moved


def test_a_404_from_the_new_owner_is_asked_of_the_previous_owner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = ChangingCluster()
    client, transport = _client(fake)
    name = _moved_to_t4([f"obj-{i}" for i in range(40)])[0]
    assert _get(client, name).status_code == 200  # learns map v3
    fake.join()
    monkeypatch.setattr("aistore._core.smap_cache.SMAP_MAX_AGE", 0.0)  # re-read the map now
    monkeypatch.setattr("aistore._core.smap_cache.SMAP_RETRY_INTERVAL", 0.0)
    response = _get(client, name)
    assert transport.smap_version == 4
    assert response.status_code == 200
    assert response.content == _owner(name).encode()  # served by its owner under map v3
    assert fake.seen[-1] == f"GET {_owner(name)}/v1/objects/b/{name}"


def test_a_404_without_a_membership_change_costs_no_extra_exchange() -> None:
    fake = ChangingCluster()
    client, _ = _client(fake)
    fake.join()  # the first map already has t4: there is no previous map
    name = _moved_to_t4([f"obj-{i}" for i in range(40)])[0]
    assert _get(client, name).status_code == 404
    assert [s for s in fake.seen if "/v1/objects/" in s] == [
        f"GET t4/v1/objects/b/{name}",
        f"GET proxy/v1/objects/b/{name}",
        f"GET t4/v1/objects/b/{name}",
    ]


def test_the_last_map_keeps_routing_while_the_proxy_restarts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = ChangingCluster()
    client, transport = _client(fake)
    assert _get(client, "a").status_code == 200
    fake.proxy_up = False
    monkeypatch.setattr("aistore._core.smap_cache.SMAP_MAX_AGE", 0.0)
    names = [f"obj-{i}" for i in range(10)]
    for name in names:
        assert _get(client, name).content == _owner(name).encode()
    assert transport.smap_version == 3
    assert not [s for s in fake.seen if s.startswith("GET proxy/v1/objects")]
