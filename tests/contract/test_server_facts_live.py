"""What the v1.5.0 server really does where `spec/` used to say otherwise (issue 21).

Each test shows the behaviour the spec now states. Requests the spec now forbids are sent on
purpose with a plain httpx client, so those tests are `contract_exempt`; the others are checked
against the spec like every live exchange.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from aistore_raw.ais.api.objects import delete_object, put_object

from aistore.devcluster.launcher import LocalCluster
from tests.contract.conftest import Raw

pytestmark = pytest.mark.live

OFF_SPEC = pytest.mark.contract_exempt("sends a request the spec forbids, to show the answer")


@pytest.fixture
def proxy(ais_endpoint: str) -> Iterator[httpx.Client]:
    """A plain client of the proxy: redirects are not followed, errors do not raise."""
    with httpx.Client(base_url=ais_endpoint, follow_redirects=False, timeout=30) as http:
        yield http


def _target_id(proxy: httpx.Client) -> str:
    smap = proxy.get("/v1/daemon", params={"what": "smap"}).json()
    return str(next(iter(smap["tmap"])))


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_redirect_of_a_write_has_no_body_and_no_content_type(
    proxy: httpx.Client, raw: Raw, bucket_name: str, method: str
) -> None:
    raw.send(put_object.op(bucket_name, "redirected", body=b"x", provider="ais"))
    op = put_object.op(bucket_name, "redirected", body=b"y", provider="ais")
    if method == "DELETE":
        op = delete_object.op(bucket_name, "redirected", provider="ais")
    answer = proxy.send(proxy.build_request(**op.request_kwargs()))
    assert answer.status_code == 307
    assert answer.headers["location"]
    assert "content-type" not in answer.headers
    assert answer.content == b""


@OFF_SPEC
def test_clear_lcache_of_one_target_is_not_implemented(proxy: httpx.Client) -> None:
    body = {"action": "clear-lcache", "name": _target_id(proxy)}
    answer = proxy.put("/v1/cluster", json=body)
    assert answer.status_code == 501
    assert "not implemented" in answer.json()["message"]


@OFF_SPEC
def test_list_buckets_with_a_value_turns_into_a_failing_list_objects(
    proxy: httpx.Client,
) -> None:
    answer = proxy.request("GET", "/v1/buckets", json={"action": "list", "value": {}})
    assert answer.status_code == 400
    assert "list-objects" in answer.json()["message"]


@OFF_SPEC
def test_list_objects_without_a_value_is_taken_for_list_buckets(
    proxy: httpx.Client, bucket_name: str
) -> None:
    answer = proxy.request("GET", f"/v1/buckets/{bucket_name}", json={"action": "list"})
    assert answer.status_code == 400
    assert "list-buckets" in answer.json()["message"]


@OFF_SPEC
@pytest.mark.parametrize("what", ["disk", "mountpaths", "cluster_config"])
def test_proxy_refuses_the_targets_and_clusters_whats(proxy: httpx.Client, what: str) -> None:
    answer = proxy.get("/v1/daemon", params={"what": what})
    assert answer.status_code == 400


@OFF_SPEC
def test_get_batch_assemble_exists_only_on_targets(proxy: httpx.Client) -> None:
    body = {"in": [{"objname": "o"}]}
    answer = proxy.request("GET", "/v1/ml/moss/x/w/1", json=body)
    assert answer.status_code == 400
    assert "invalid request URI" in answer.json()["message"]


def test_authn_get_role_answers_without_a_token(authn_cluster: LocalCluster) -> None:
    assert authn_cluster.authn_endpoint
    with httpx.Client(base_url=authn_cluster.authn_endpoint, timeout=30) as authn:
        roles = authn.get("/v1/roles")
        assert roles.status_code == 200
        name = roles.json()[0]["name"]
        answer = authn.get(f"/v1/roles/{name}")
    assert answer.status_code == 200
    assert answer.json()["name"] == name
