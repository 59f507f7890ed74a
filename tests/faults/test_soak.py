"""64 threads for 60 s on one client: the connection cap holds, nothing leaks, memory is flat.

Counted from the kernel, not from the client's own bookkeeping: this process's TCP connections
to the cluster (sampled all along), its socket descriptors and threads before and after, and
its resident memory (VmRSS) after warm-up and at the end.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aistore._core.settings import ClientSettings
from aistore.devcluster.launcher import LocalCluster
from aistore.sdk.client import Client
from aistore.sdk.request_client import RequestClient
from tests.faults.load import Load, report
from tests.support.sockets import PeakSampler, open_sockets

pytestmark = [
    pytest.mark.live,
    pytest.mark.timeout(900),
    # 60 s x 64 threads: the checker would keep a record per exchange, which is not the
    # client's memory
    pytest.mark.contract_exempt("soak: memory of the client alone is measured"),
]

THREADS = 64
SECONDS = 60.0
CAP = 16


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(targets=1) as c:
        yield c


def test_64_threads_for_60_seconds(cluster: LocalCluster) -> None:
    sockets_before = open_sockets()
    threads_before = threading.active_count()
    settings = ClientSettings.create(
        cluster.endpoint, limits=httpx.Limits(max_connections=CAP, keepalive_expiry=5.0)
    )
    client = Client(cluster.endpoint)
    client._request_client = RequestClient(settings)  # the same client, with a capped pool
    bucket = client.bucket("soak").create()
    rng = random.Random(3)
    expected = {}
    for i in range(64):
        data = rng.randbytes(rng.randrange(1, 32 * 1024))
        bucket.object(f"s{i}").put_content(data)
        expected[f"s{i}"] = hashlib.sha256(data).hexdigest()
    names = sorted(expected)

    def step(r: random.Random) -> bool:
        if r.random() < 0.1:  # some writes too: PUTs hold a connection to the proxy and target
            name = f"w{r.randrange(256)}"
            bucket.object(name).put_content(r.randbytes(1024))
            return True
        name = r.choice(names)
        return hashlib.sha256(bucket.object(name).get().read_all()).hexdigest() == expected[name]

    ports = {n.port for n in cluster.nodes}
    with PeakSampler(ports) as sampler, Load(THREADS, step) as load:
        time.sleep(10)
        rss_warm = _rss_mib()
        time.sleep(SECONDS - 10)
    rss_end = _rss_mib()
    tally = load.tally
    client.close()
    sockets_after = open_sockets()
    threads_after = threading.active_count()
    line = (
        f"64 threads x {SECONDS:.0f} s (cap {CAP}): {tally.summary(load.started, load.stopped)} "
        f"peak_connections={sampler.peak} sockets {sockets_before}->{sockets_after} "
        f"threads {threads_before}->{threads_after} RSS warm {rss_warm:.1f} MiB -> end "
        f"{rss_end:.1f} MiB"
    )
    report(line)
    assert tally.operations > 0
    assert (tally.failures, tally.wrong_bytes) == (0, 0), tally.errors
    assert 1 <= sampler.peak <= CAP
    assert sockets_after <= sockets_before  # every connection closed (the cluster's own stay)
    assert threads_after == threads_before
    assert rss_end - rss_warm < 32, "memory grew under a steady load"
