"""Live exchanges of the operations and actions the rest of the contract suite did not reach:
`object_action#check-lock` (shared 1-target cluster), `revoke_tokens` (auth-enabled cluster) and
`cluster_action#decommission` (a throwaway 1-target cluster; the 3-target membership actions are
in test_cluster_actions_live.py).
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator

import pytest
from aistore_raw.ais.api.buckets import bucket_action, list_buckets
from aistore_raw.ais.api.cluster import cluster_action
from aistore_raw.ais.api.objects import object_action, put_object
from aistore_raw.ais.api.tokens import revoke_tokens
from aistore_raw.ais.models import (
    ActMsgCheckLock,
    ActMsgCreateBck,
    ActMsgDecommission,
    ActMsgListBuckets,
    ActValRmNode,
    TokenList,
)

from aistore.devcluster.launcher import LocalCluster, Node
from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError
from tests.contract.conftest import Raw

pytestmark = pytest.mark.live

AIS = {"provider": "ais"}
REVOKE_WAIT = 10.0


# --------------------------------------------------------------------------- check-lock
def test_check_lock_of_an_idle_object_is_unlocked(raw: Raw, bucket_name: str) -> None:
    raw.send(put_object.op(bucket_name, "locked?", body=b"data", **AIS))
    body = ActMsgCheckLock()
    response = raw.send(object_action.op(bucket_name, "locked?", body=body, **AIS))
    # the target answers the lock state by status: 200 none, 202 read-locked, 423 write-locked
    assert response.status_code == 200
    # the body is empty; the spec declares these answers as text (Go may sniff a content type)
    assert object_action.parse_response(response=response) == ""


def test_check_lock_of_a_missing_object_is_still_answered(raw: Raw, bucket_name: str) -> None:
    """The target reports the lock table only; a missing object is simply not locked."""
    body = ActMsgCheckLock()
    response = raw.status_of(object_action.op(bucket_name, "no-such-object", body=body, **AIS))
    assert response.status_code == 200


# --------------------------------------------------------------------------- revoke_tokens
@pytest.fixture(scope="module")
def admin_raw(authn_cluster: LocalCluster) -> Iterator[Raw]:
    """Raw calls to the auth-enabled cluster with the admin token."""
    assert authn_cluster.admin_token
    with Client(authn_cluster.endpoint, token=authn_cluster.admin_token) as ais:
        yield Raw(ais)


def _list_status(endpoint: str, token: str) -> tuple[int, str]:
    with Client(endpoint, token=token) as ais:
        response = Raw(ais).status_of(list_buckets.op(body=ActMsgListBuckets()))
        return response.status_code, response.text


def test_revoke_tokens_on_the_cluster(authn_cluster: LocalCluster, admin_raw: Raw) -> None:
    assert authn_cluster.authn_endpoint is not None
    with AuthNClient(authn_cluster.authn_endpoint) as authn:
        # a distinct expiry: a token unlike the session's admin token even within the same second
        token = authn.login(*authn_cluster.admin_credentials, expires_in=600)
    assert token != authn_cluster.admin_token
    before = _list_status(authn_cluster.endpoint, token)
    assert before[0] == 200, before  # accepted before

    response = admin_raw.send(revoke_tokens.op(body=TokenList(tokens=[token])))
    assert response.status_code == 200
    assert revoke_tokens.parse_response(response=response) is None

    deadline = time.monotonic() + REVOKE_WAIT
    while (status := _list_status(authn_cluster.endpoint, token))[0] != 401:
        assert status[0] == 200, status
        if time.monotonic() > deadline:
            pytest.fail(f"the cluster still accepts the revoked token after {REVOKE_WAIT}s")
        time.sleep(0.1)
    assert "revoked" in status[1]
    # the admin token itself is untouched
    admin = _list_status(authn_cluster.endpoint, authn_cluster.admin_token or "")
    assert admin[0] == 200, admin


def test_revoke_tokens_needs_a_token(authn_cluster: LocalCluster) -> None:
    """Without a token the cluster refuses the revocation (401, spec `default` error)."""
    with Client(authn_cluster.endpoint) as anonymous, pytest.raises(AISError) as err:
        Raw(anonymous).send(revoke_tokens.op(body=TokenList(tokens=["x.y.z"])))
    assert err.value.status_code == 401


# --------------------------------------------------------------------------- decommission
def _user_files(node: Node) -> list[str]:
    """Files on the node's mountpath that belong to ais:// buckets (objects, their metadata)."""
    mp = node.directory / "mp"
    return [str(p) for p in mp.rglob("*") if p.is_file() and "@ais" in str(p)]


def _wait_exited(node: Node, timeout: float = 15.0) -> None:
    assert node.process is not None
    try:
        node.process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{node.name} still running {timeout}s after the action")


def test_decommission_the_cluster() -> None:
    """On a throwaway cluster: every node exits and removes its config and (rm_user_data) data,
    all inside the cluster's scratch directory."""
    with LocalCluster(targets=1) as cluster, Client(cluster.endpoint) as client:
        raw = Raw(client)
        raw.send(bucket_action.op("doomed", body=ActMsgCreateBck(), **AIS))
        raw.send(put_object.op("doomed", "obj", body=b"bye", **AIS))
        target = next(n for n in cluster.nodes if n.role == "target")
        assert _user_files(target)
        body = ActMsgDecommission(value=ActValRmNode(rm_user_data=True))
        response = raw.send(cluster_action.op(body=body))
        assert response.status_code == 200
        assert response.text == ""
        for node in cluster.nodes:
            _wait_exited(node)
        assert cluster.directory is not None
        # the nodes removed the plain-text config they were started with
        assert not (cluster.directory / "ais.json").exists()
        assert not _user_files(target), "rm_user_data: objects left on the mountpath"
