"""Cluster membership actions through the client's own API (maintenance on the 3-target
session cluster; decommission, joins and restarts run in `make faults`: tests/faults)."""

from __future__ import annotations

import time

import pytest

from aistore.sdk.client import Client

pytestmark = [pytest.mark.live, pytest.mark.multinode]

MAINTENANCE = 4  # Snode flag


def _flags(client: Client, target_id: str, want: int, timeout: float = 30.0) -> int:
    deadline = time.monotonic() + timeout
    while True:
        flags = client.cluster().get_info().tmap[target_id].flags & MAINTENANCE
        if flags == want or time.monotonic() > deadline:
            return flags
        time.sleep(0.2)


def test_start_and_stop_maintenance(client_3t: Client) -> None:
    cluster = client_3t.cluster()
    target_id = sorted(cluster.get_info().tmap)[0]
    job_id = cluster.start_maintenance(target_id, skip_rebalance=True)
    try:
        assert isinstance(job_id, str)
        assert _flags(client_3t, target_id, MAINTENANCE) == MAINTENANCE
        assert target_id in cluster.get_info().tmap  # maintenance keeps it in the map
    finally:
        stopped = cluster.stop_maintenance(target_id, skip_rebalance=True)
    assert isinstance(stopped, str)
    assert _flags(client_3t, target_id, 0) == 0
