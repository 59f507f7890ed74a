"""Destructive cluster actions, live, on THROWAWAY local clusters (never the shared session ones).

One 3-target cluster (module scope) goes, in file order, through: ec-encode of a bucket,
set-config + reset-config, start-maintenance / stop-maintenance of a target, shutdown-node of a
second target, decommission-node of the third, and finally `shutdown` of the whole cluster.
(`decommission` of a whole cluster: tests/contract/test_more_ops_live.py.)

Every exchange is checked against the spec by the contract plugin; the tests check the server's
observable effect: cluster-map flags and membership, bucket props, config values, processes gone.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from aistore_raw.ais.api.buckets import bucket_action, head_bucket
from aistore_raw.ais.api.cluster import cluster_action, get_cluster_info
from aistore_raw.ais.api.objects import put_object
from aistore_raw.ais.models import (
    ActMsgCreateBck,
    ActMsgDecommissionNode,
    ActMsgEcEncode,
    ActMsgResetConfig,
    ActMsgSetConfig,
    ActMsgShutdown,
    ActMsgShutdownNode,
    ActMsgStartMaintenance,
    ActMsgStopMaintenance,
    ActValRmNode,
    BucketProps,
    ConfigToSet,
    Smap,
    XactQueryMsg,
)

from aistore.devcluster.launcher import LocalCluster, Node
from aistore.sdk.client import Client
from aistore.sdk.errors import ErrNotFound
from tests.contract.conftest import Raw

pytestmark = [pytest.mark.live, pytest.mark.multinode]

AIS = {"provider": "ais"}
MAINT = 4  # Snode flags (spec: Snode.flags)
NODE_EXIT_TIMEOUT = 15.0


def eventually(check: Callable[[], Any], timeout: float = 30) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.2)


def smap_of(raw: Raw) -> Smap:
    """The cluster map, parsed into the generated model (the operation answers many shapes)."""
    return Smap.from_dict(raw.send(get_cluster_info.op(what="smap")).json())


def flags_of(raw: Raw, sid: str) -> int:
    flags = smap_of(raw).tmap[sid].flags
    return flags if isinstance(flags, int) else 0


def wait_job(raw: Raw, job_id: str, timeout: float = 60) -> None:
    """Wait until the job has ended (a short job may be gone already: 404)."""
    if not job_id:
        return

    def finished() -> bool:
        try:
            status = raw.send(get_cluster_info.op(what="status", body=XactQueryMsg(id=job_id)))
        except ErrNotFound:
            return True
        return status.status_code == 200 and bool(status.json().get("end_time"))

    assert eventually(finished, timeout), f"job {job_id} not finished in {timeout}s"


def node_by_id(cluster: LocalCluster, smap: Smap, sid: str) -> Node:
    """The launcher's Node of the target `sid` (matched by public port)."""
    port = smap.tmap[sid].public_net.daemon_port  # type: ignore[union-attr]
    return next(n for n in cluster.nodes if str(n.port) == str(port))


def user_files(node: Node) -> list[str]:
    """Files on the node's mountpath that hold objects (or EC slices/metadata) of a bucket."""
    return [str(p) for p in (node.directory / "mp").rglob("*") if p.is_file() and "@ais" in str(p)]


def wait_exited(node: Node, timeout: float = NODE_EXIT_TIMEOUT) -> int:
    assert node.process is not None
    try:
        return node.process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"{node.name} (pid {node.process.pid}) still running {timeout}s after the action"
        )


# ---- the throwaway 3-target cluster ------------------------------------------------------------
@pytest.fixture(scope="module")
def scratch() -> Iterator[LocalCluster]:
    with LocalCluster(targets=3) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def sraw(scratch: LocalCluster) -> Iterator[Raw]:
    with Client(scratch.endpoint) as client:
        yield Raw(client)


@pytest.fixture(scope="module")
def targets(sraw: Raw) -> list[str]:
    """The three target IDs, in a fixed order: [maintenance, shutdown-node, decommission-node]."""
    ids = sorted(smap_of(sraw).tmap.additional_keys)
    assert len(ids) == 3
    return ids


def test_ec_encode_enables_ec_on_the_bucket(sraw: Raw) -> None:
    name = "ec-bck"
    sraw.send(bucket_action.op(name, body=ActMsgCreateBck(action="create-bck"), **AIS))
    for i in range(3):
        sraw.send(put_object.op(name, f"o{i}", body=b"erasure" * (i + 1), **AIS))
    conf = json.dumps({"data_slices": 1, "parity_slices": 1, "enabled": True})
    response = sraw.send(
        bucket_action.op(name, body=ActMsgEcEncode(action="ec-encode", value=conf), **AIS)
    )
    assert response.status_code == 200
    wait_job(sraw, response.text.strip())
    head = sraw.send(head_bucket.op(name, **AIS))
    props = BucketProps.from_dict(json.loads(head.headers["ais-bucket-props"]))
    assert props.ec.enabled is True  # type: ignore[union-attr]
    assert props.ec.data_slices == 1  # type: ignore[union-attr]
    assert props.ec.parity_slices == 1  # type: ignore[union-attr]


def test_reset_config_undoes_a_transient_change(sraw: Raw) -> None:
    """reset-config reloads every node's config from the persisted cluster config (dropping
    in-memory `transient` changes and per-node overrides)."""

    def log_level() -> str:
        config = sraw.send(get_cluster_info.op(what="cluster_config")).json()
        value: str = config["log"]["level"]
        return value

    original = log_level()
    changed = "4" if original != "4" else "5"
    value = ConfigToSet.from_dict({"log": {"level": changed}})
    sraw.send(
        cluster_action.op(body=ActMsgSetConfig(action="set-config", value=value), transient=True)
    )
    assert log_level() == changed
    response = sraw.send(cluster_action.op(body=ActMsgResetConfig(action="reset-config")))
    assert response.status_code == 200
    assert response.text == ""
    assert log_level() == original


def test_start_and_stop_maintenance(sraw: Raw, targets: list[str]) -> None:
    sid = targets[0]
    assert flags_of(sraw, sid) & MAINT == 0
    body = ActMsgStartMaintenance(
        action="start-maintenance", value=ActValRmNode(sid=sid, skip_rebalance=True)
    )
    started = sraw.send(cluster_action.op(body=body))
    assert started.status_code == 200
    wait_job(sraw, started.text.strip())
    assert eventually(lambda: flags_of(sraw, sid) & MAINT), "no maintenance flag in the smap"
    assert sid in smap_of(sraw).tmap.additional_keys  # maintenance keeps the node in the map

    body2 = ActMsgStopMaintenance(
        action="stop-maintenance", value=ActValRmNode(sid=sid, skip_rebalance=True)
    )
    stopped = sraw.send(cluster_action.op(body=body2))
    assert stopped.status_code == 200
    wait_job(sraw, stopped.text.strip())
    assert eventually(lambda: flags_of(sraw, sid) & MAINT == 0), "maintenance flag still set"


def test_shutdown_node(scratch: LocalCluster, sraw: Raw, targets: list[str]) -> None:
    sid = targets[1]
    node = node_by_id(scratch, smap_of(sraw), sid)
    body = ActMsgShutdownNode(
        action="shutdown-node", value=ActValRmNode(sid=sid, skip_rebalance=True)
    )
    response = sraw.send(cluster_action.op(body=body))
    assert response.status_code == 200
    wait_job(sraw, response.text.strip())
    wait_exited(node)
    # a shut-down node stays in the map, in maintenance (it may be restarted and rejoin)
    assert eventually(lambda: flags_of(sraw, sid) & MAINT), "no maintenance flag after shutdown"


def test_decommission_node(scratch: LocalCluster, sraw: Raw, targets: list[str]) -> None:
    sid = targets[2]
    node = node_by_id(scratch, smap_of(sraw), sid)
    # keep_initial_config: the plain-text cluster config (ais.json) is shared by all nodes here
    value = ActValRmNode(sid=sid, skip_rebalance=True, rm_user_data=True, keep_initial_config=True)
    body = ActMsgDecommissionNode(action="decommission-node", value=value)
    response = sraw.send(cluster_action.op(body=body))
    assert response.status_code == 200
    wait_job(sraw, response.text.strip())
    assert eventually(lambda: sid not in smap_of(sraw).tmap.additional_keys), "still in the smap"
    wait_exited(node)
    assert not user_files(node), "rm_user_data: objects left on the mountpath"


def test_shutdown_the_cluster(scratch: LocalCluster, sraw: Raw) -> None:
    """Last on the 3-target cluster: every node still running exits."""
    response = sraw.send(cluster_action.op(body=ActMsgShutdown(action="shutdown")))
    assert response.status_code == 200
    for node in scratch.nodes:
        assert node.process is not None
        if node.process.poll() is None:
            wait_exited(node)
    assert all(n.record is not None and not n.record.is_alive() for n in scratch.nodes)
