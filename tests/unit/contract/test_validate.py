"""The checker, the validating transport and the coverage report, without a cluster."""

from __future__ import annotations

import json

import httpx
import msgspec
import pytest

from aistore._core.transport import AISTransport
from aistore.contract.coverage import compute
from aistore.contract.spec import load
from aistore.contract.transport import Recorder, ValidatingTransport
from aistore.contract.validate import Checker

BASE = "http://proxy:8080"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def test_specs_index_every_operation_and_action() -> None:
    ais = load("ais")
    assert len(ais.operations) == 37
    assert sum(len(o.actions) for o in ais.operations) == 42
    assert ais.by_id("list_objects") is not None
    assert ais.by_id("list_objects").actions == ["list", "summary-bck", "show-inventory"]  # type: ignore[union-attr]


def test_request_matching_and_query_checks(checker: Checker) -> None:
    r = checker.check_request("GET", f"{BASE}/v1/objects/b/a%2Fb?provider=ais", {}, b"")
    assert r.operation is not None and r.operation.operation_id == "get_object" and not r.diffs
    r = checker.check_request("GET", f"{BASE}/v1/objects/b/o?provider=ht", {}, b"")
    assert any("provider" in d for d in r.diffs)
    r = checker.check_request("GET", f"{BASE}/v1/objects/b/o?bogus=1", {}, b"")
    assert r.diffs == ["query parameter 'bogus' not declared"]
    r = checker.check_request("GET", f"{BASE}/v1/objects/b/o?pid=p1&utm=5", {}, b"")
    assert r.hop == "target" and not r.diffs
    r = checker.check_request("GET", f"{BASE}/v1/health?prr=yes", {}, b"")
    assert r.diffs == ["query parameter 'prr': 'yes' is not 'true'/'false'"]
    r = checker.check_request("GET", f"{BASE}/v1/nothing", {}, b"")
    assert r.operation is None and "no operation" in r.diffs[0]
    r = checker.check_request("PATCH", f"{BASE}/v1/health", {}, b"")
    assert "method PATCH not declared" in r.diffs[0]
    r = checker.check_request("GET", f"{BASE}/v1/daemon", {}, b"")
    assert r.diffs == ["required query parameter 'what' missing"]


def test_request_bodies(checker: Checker) -> None:
    hdr = {"Content-Type": "application/json"}
    ok = json.dumps({"action": "list", "value": {"pagesize": 1}}).encode()
    r = checker.check_request("GET", f"{BASE}/v1/buckets/b", hdr, ok)
    assert r.action == "list" and not r.diffs
    unknown = json.dumps({"action": "nope"}).encode()
    assert checker.check_request("GET", f"{BASE}/v1/buckets/b", hdr, unknown).diffs
    extra = json.dumps({"action": "list", "value": {"pagesize": 1, "zzz": 1}}).encode()
    diffs = checker.check_request("GET", f"{BASE}/v1/buckets/b", hdr, extra).diffs
    assert diffs == ["request body $.value.zzz: property not declared in the spec"]
    wrong_type = json.dumps({"action": "list", "value": {"pagesize": "1"}}).encode()
    assert checker.check_request("GET", f"{BASE}/v1/buckets/b", hdr, wrong_type).diffs
    text = {"Content-Type": "text/plain"}
    assert "not declared" in checker.check_request("GET", f"{BASE}/v1/buckets/b", text, ok).diffs[0]


def test_responses(checker: Checker) -> None:
    r = checker.check_request("GET", f"{BASE}/v1/daemon?what=smap", {}, b"")
    assert checker.check_response_head(r, 200, {"Content-Type": "application/json"}, True) == []
    assert "not declared" in checker.check_response_head(r, 204, {}, False)[0]
    assert checker.check_response_head(r, 500, {"Content-Type": "application/json"}, True) == []
    smap = {
        "pmap": {},
        "tmap": {"t1": {"daemon_id": 5}},
        "proxy_si": {"daemon_id": "p", "daemon_type": "proxy"},
    }
    diffs, _ = checker.check_response_body(r, 200, "application/json", json.dumps(smap).encode())
    assert "$.tmap.t1.daemon_id: 5 is not of type 'string'" in " ".join(diffs)
    lso = checker.check_request("GET", f"{BASE}/v1/buckets/b", {"Content-Type": "application/json"},
                                b'{"action":"list"}')  # fmt: skip
    packed = msgspec.msgpack.encode({"UUID": "u", "Entries": [{"n": "a", "s": 3}], "Flags": 0})
    assert checker.check_response_body(lso, 200, "application/msgpack", packed) == ([], [])
    bad = msgspec.msgpack.encode({"UUID": "u", "Entries": [{"n": "a", "s": "3"}]})
    assert checker.check_response_body(lso, 200, "application/msgpack", bad)[0]


def test_any_media_type_where_the_spec_says_so(checker: Checker) -> None:
    # v1.5.0 answers a multi-object delete's job ID without a content type: Go sniffs one from
    # the ID ("BM..." is served as image/bmp); the spec declares */* for that answer
    body = json.dumps({"action": "delete-listrange", "value": {"objnames": ["a"]}}).encode()
    r = checker.check_request(
        "DELETE", f"{BASE}/v1/buckets/b", {"Content-Type": "application/json"}, body
    )
    assert r.operation is not None and r.operation.operation_id == "bucket_delete_action"
    assert checker.check_response_head(r, 200, {"Content-Type": "image/bmp"}, True) == []
    daemon = checker.check_request("GET", f"{BASE}/v1/daemon?what=smap", {}, b"")
    assert checker.check_response_head(daemon, 200, {"Content-Type": "image/bmp"}, True)


def _fake_cluster(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/objects/b/o" and "pid" not in request.url.params:
        return httpx.Response(
            301, headers={"Location": "http://target:9090/v1/objects/b/o?provider=ais&pid=p&utm=1"}
        )
    if request.url.path == "/v1/objects/b/o":
        return httpx.Response(
            200, content=b"data", headers={"Content-Type": "application/octet-stream"}
        )
    if request.url.path == "/v1/daemon":
        return httpx.Response(200, json={"pmap": {}, "tmap": {}, "proxy_si": {"daemon_id": 1}})
    return httpx.Response(404, json={"message": "nope"})


def test_validating_transport_checks_each_hop_and_bodies_on_close(checker: Checker) -> None:
    recorder = Recorder()
    inner = ValidatingTransport(
        httpx.MockTransport(_fake_cluster), checker=checker, recorder=recorder
    )
    with httpx.Client(base_url=BASE, transport=AISTransport(inner)) as http:
        assert http.get("/v1/objects/b/o", params={"provider": "ais"}).content == b"data"
        assert http.get("/v1/daemon", params={"what": "smap"}).status_code == 200
    hops = [(e.operation, e.status, e.hop) for e in recorder.exchanges]
    assert hops == [
        ("get_object", 301, "proxy"),
        ("get_object", 200, "target"),
        ("get_daemon_info", 200, "proxy"),
    ]
    failures = recorder.drain_failures()
    assert len(failures) == 1 and "proxy_si" in failures[0].diffs[0]
    cov = compute([load("ais")], recorder.exchanges)
    assert cov.summary == "spec coverage: 2/37 operations, 0/42 actions exercised live"
    assert "ais:list_etls" in cov.text() and "Kubernetes" in cov.text()
