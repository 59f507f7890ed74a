"""The local cluster launcher against the real server binaries."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aistore.devcluster import ClusterStartError, LocalCluster, probe
from aistore.devcluster.processes import REGISTRY_ENV, end_stale_processes, load_records

pytestmark = pytest.mark.live


def test_session_cluster_is_ready_with_one_target(ais_endpoint: str) -> None:
    assert probe.primary_ready(ais_endpoint)
    smap = probe.smap(ais_endpoint)
    assert smap is not None and len(smap["tmap"]) == 1


@pytest.mark.multinode
def test_three_target_cluster_has_three_distinct_targets(ais_endpoint_3t: str) -> None:
    smap = probe.smap(ais_endpoint_3t)
    assert smap is not None
    urls = {node["public_net"]["direct_url"] for node in smap["tmap"].values()}
    assert len(urls) == 3


def test_failed_start_reports_the_nodes_own_log_lines(tmp_path: Path) -> None:
    cluster = LocalCluster(
        targets=1, directory=tmp_path / "bad", config_overrides={"space": {"lowwm": 95}}
    )
    with pytest.raises(ClusterStartError) as err:
        cluster.start()
    message = str(err.value)
    assert "exited with code" in message
    assert "invalid space config" in message, message
    assert all(not n.record or not n.record.is_alive() for n in cluster.nodes)


_OWNER_SCRIPT = """
import sys, time
from aistore.devcluster import LocalCluster
cluster = LocalCluster(targets=1).start()
print(cluster.endpoint, cluster.directory, flush=True)
time.sleep(600)
"""


def test_killed_test_run_leaves_no_server_process(tmp_path: Path) -> None:
    env = dict(os.environ, **{REGISTRY_ENV: str(tmp_path / "registry")})
    owner = subprocess.Popen(
        [sys.executable, "-c", _OWNER_SCRIPT], stdout=subprocess.PIPE, env=env, text=True
    )
    assert owner.stdout is not None
    endpoint, scratch = owner.stdout.readline().split()
    assert endpoint.startswith("http://127.0.0.1:")
    assert Path(scratch).is_dir()
    os.environ[REGISTRY_ENV] = env[REGISTRY_ENV]
    try:
        records = load_records()
        assert len(records) == 2 and all(r.is_alive() for r in records)
        owner.send_signal(signal.SIGKILL)
        owner.wait()
        # the next start ends whatever the dead owner left, by recorded pid
        end_stale_processes()
        deadline = time.monotonic() + 10
        while any(r.is_alive() for r in records) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(r.is_alive() for r in records)
        assert load_records() == []
        assert not probe.primary_ready(endpoint)
        assert not Path(scratch).exists(), "the dead launcher's scratch directory is removed"
    finally:
        del os.environ[REGISTRY_ENV]
