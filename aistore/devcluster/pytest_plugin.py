"""pytest fixtures for a live AIS cluster.

Enable with `pytest_plugins = ["aistore.devcluster.pytest_plugin"]`. When
`AIS_ENDPOINT` is set, tests use that cluster; otherwise one is started on
first use and torn down at the end of the session.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from aistore.devcluster.launcher import LocalCluster
from aistore.devcluster.probe import smap
from aistore.devcluster.toxiproxy import FaultProxy


@pytest.fixture(scope="session")
def ais_endpoint() -> Iterator[str]:
    """Endpoint of a 1-target cluster (or of `AIS_ENDPOINT`)."""
    existing = os.environ.get("AIS_ENDPOINT")
    if existing:
        yield existing
        return
    with LocalCluster(targets=1) as cluster:
        yield cluster.endpoint


@pytest.fixture(scope="session")
def ais_endpoint_3t() -> Iterator[str]:
    """Endpoint of a 3-target cluster (placement, rebalance, multi-node behaviour)."""
    existing = os.environ.get("AIS_ENDPOINT")
    if existing:
        targets = len((smap(existing) or {}).get("tmap") or {})
        if targets < 3:
            pytest.skip(f"AIS_ENDPOINT cluster has {targets} target(s); this test needs 3")
        yield existing
        return
    with LocalCluster(targets=3) as cluster:
        yield cluster.endpoint


@pytest.fixture(scope="session")
def authn_cluster() -> Iterator[LocalCluster]:
    """An auth-enabled 1-target cluster with its AuthN server (always local)."""
    if os.environ.get("AIS_ENDPOINT"):
        pytest.skip("AuthN tests start their own auth-enabled cluster; AIS_ENDPOINT is set")
    with LocalCluster(targets=1, authn=True) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def tls_cluster() -> Iterator[LocalCluster]:
    """A 1-target HTTPS cluster (own CA: `cluster.ca_cert`), no client certs; always local."""
    if os.environ.get("AIS_ENDPOINT"):
        pytest.skip("TLS tests start their own HTTPS cluster (own CA); AIS_ENDPOINT is set")
    with LocalCluster(targets=1, tls=True) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def mtls_cluster() -> Iterator[LocalCluster]:
    """A 1-target HTTPS cluster requiring CA-signed client certs (`client_auth_tls=4`).

    `cluster.ca_cert` verifies the nodes; `cluster.client_cert` is an accepted (cert, key).
    """
    if os.environ.get("AIS_ENDPOINT"):
        pytest.skip("mTLS tests start their own HTTPS cluster (own CA); AIS_ENDPOINT is set")
    with LocalCluster(targets=1, tls=True, client_auth_tls=4) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def fault_cluster() -> Iterator[LocalCluster]:
    """A 2-target cluster behind a fault proxy (`cluster.toxiproxy`, one route per node): its
    `endpoint` and every target address in its cluster map lead through the proxy."""
    if os.environ.get("AIS_ENDPOINT"):
        pytest.skip("fault tests start their own cluster behind a fault proxy; AIS_ENDPOINT is set")
    with LocalCluster(targets=2, fault_proxy=True) as cluster:
        yield cluster


@pytest.fixture
def toxics(fault_cluster: LocalCluster) -> Iterator[FaultProxy]:
    """The fault proxy of `fault_cluster`, with every toxic removed (and every route enabled
    again) when the test ends: `toxics.add_toxic("target1", "latency", {"latency": 100})`."""
    proxy = fault_cluster.toxiproxy
    proxy.clear()
    yield proxy
    proxy.clear()
