"""The fault proxy of the test kit: a cluster behind Toxiproxy, and toxics that reach the client.

`LocalCluster(fault_proxy=True)` puts one Toxiproxy route in front of each node; the targets
advertise their routes in the cluster map, so the client's redirects and direct reads both
pass through them, and its sockets never reach a node's own port.
"""

from __future__ import annotations

import httpx
import pytest
from urllib3.util import Retry

from aistore.devcluster.launcher import FRONT_HOST, LocalCluster
from aistore.devcluster.toxiproxy import FaultProxy, FaultProxyError
from aistore.sdk.client import Client
from aistore.sdk.errors import AISRequestError
from tests.support.sockets import PeakSampler

pytestmark = pytest.mark.live


def _owner_route(cluster: LocalCluster, client: Client, bucket: str, name: str) -> str:
    """The route (node name) in front of the target that owns `name`."""
    url = client.bucket(bucket).object(name).get_url()
    location = httpx.URL(httpx.head(url, follow_redirects=False).headers["Location"])
    assert location.host == FRONT_HOST, location  # the proxy redirects to the route
    return next(n.name for n in cluster.nodes if n.front_port == location.port)


def test_targets_advertise_their_routes(fault_cluster: LocalCluster) -> None:
    smap = fault_cluster._smap_now()
    routes = {n.front_port for n in fault_cluster.nodes if n.role == "target"}
    public = {
        (m["public_net"]["node_ip_addr"], int(m["public_net"]["daemon_port"]))
        for m in smap["tmap"].values()
    }
    assert public == {(FRONT_HOST, port) for port in routes}
    assert fault_cluster.endpoint.startswith(f"http://{FRONT_HOST}:")
    assert set(fault_cluster.toxiproxy.routes) == {"proxy", "target1", "target2"}


def test_reads_pass_only_through_the_routes(
    fault_cluster: LocalCluster, toxics: FaultProxy
) -> None:
    own_ports = {n.port for n in fault_cluster.nodes}
    with Client(fault_cluster.endpoint) as client:
        bucket = client.bucket("fp-through").create(exist_ok=True)
        names = [f"o{i}" for i in range(12)]
        for name in names:
            bucket.object(name).put_content(name.encode() * 1000)
        with PeakSampler(own_ports) as sampler:
            for name in names:
                assert bucket.object(name).get().read_all() == name.encode() * 1000
        assert sampler.samples > 0 and sampler.peak == 0
        route = _owner_route(fault_cluster, client, "fp-through", "o0")
        # the route cuts every answer after 1000 bytes: the read of 2000 bytes breaks, so it
        # went through the route
        toxic = toxics.add_toxic(route, "limit_data", {"bytes": 1000})
        assert [t["name"] for t in toxics.toxics(route)] == [toxic.name]
        with (
            Client(fault_cluster.endpoint, retry=Retry(total=0)) as once,
            pytest.raises(AISRequestError),
        ):
            once.bucket("fp-through").object("o0").get().read_all()
        toxics.remove_toxic(toxic)
        assert toxics.toxics(route) == []
        assert bucket.object("o0").get().read_all() == b"o0" * 1000


def test_a_disabled_route_refuses_and_comes_back(
    fault_cluster: LocalCluster, toxics: FaultProxy
) -> None:
    with Client(fault_cluster.endpoint, retry=Retry(total=0, connect=0, read=0)) as client:
        bucket = client.bucket("fp-down").create(exist_ok=True)
        bucket.object("x").put_content(b"payload")
        route = _owner_route(fault_cluster, client, "fp-down", "x")
        toxics.set_enabled(route, False)
        with pytest.raises(AISRequestError):
            bucket.object("x").get().read_all()
        toxics.set_enabled(route, True)
        assert bucket.object("x").get().read_all() == b"payload"


def test_bad_toxic_requests_are_refused(toxics: FaultProxy) -> None:
    with pytest.raises(KeyError, match="no route 'nope'"):
        toxics.add_toxic("nope", "latency", {"latency": 1})
    with pytest.raises(ValueError, match="stream must be"):
        toxics.add_toxic("proxy", "latency", {"latency": 1}, stream="sideways")
    with pytest.raises(FaultProxyError, match="400"):
        toxics.add_toxic("proxy", "no-such-toxic")
    with toxics.toxic("proxy", "bandwidth", {"rate": 1024}) as toxic:
        assert [t["type"] for t in toxics.toxics("proxy")] == [toxic.type]
    assert toxics.toxics("proxy") == []
