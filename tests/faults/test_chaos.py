"""Chaos during a training epoch: every sample once, with its own bytes, while faults come and go.

One 2-target cluster behind the fault proxy (`LocalCluster(fault_proxy=True)`: the client
reaches the proxy and both targets only through Toxiproxy routes). Each fault is put on while
an epoch of OBJECTS objects is read three ways, one after another:

* `loader-batch`: a 2-worker DataLoader over `AISIterDataset` (Get-Batch, BATCH per request),
* `loader-object`: the same, one GET per object,
* `get_many`: `AsyncClient.get_many`, 64 in flight.

The faults: latency 50-500 ms (275 +/- 225) on one target; bandwidth 1 MiB/s on one target; a
stall (no byte passes, the connection stays open) on one target; resets (TCP RST 300 ms into
every connection, streams slowed so that they break mid-body, Get-Batch answers included) on
every route; a target SIGKILLed and started again; the primary proxy restarted.

Per run: samples counted by name (none missing, none twice) and checked by SHA-256; the longest
time without a sample (reported; bounded by STALL_BOUND); this process's file descriptors,
sockets and threads the same before and after. The clients set what a long job sets: a read
timeout (a stalled connection is given up and read again) and a retry budget for an outage.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from torch.utils.data import DataLoader
from urllib3.util import Retry

from aistore.aio import AsyncClient
from aistore.devcluster.launcher import LocalCluster, Node
from aistore.pytorch import AISIterDataset
from aistore.sdk.client import Client
from tests.faults.load import Tally, report
from tests.support.sockets import open_sockets

pytestmark = [
    pytest.mark.live,
    pytest.mark.timeout(900),
    # DataLoader workers are forked processes; the checker records exchanges of this one only
    pytest.mark.contract_exempt("chaos: toxics break exchanges on purpose"),
]

OBJECTS = 96
BATCH = 16
BUCKET = "chaos"
TIMEOUT = (3.0, 3.0)  # connect, read (s): a stalled read is given up after 3 s
STALL_BOUND = 60.0
HOLD = 3.0  # seconds a toxic stays on
STEP = 0.04  # a training step per sample: the readers prefetch only so far ahead of it, so an
# epoch lasts ~4 s and a node outage falls inside it
SETTLE = 10.0  # seconds allowed for worker processes' descriptors and threads to be released


def _retry() -> Retry:
    # an outage of a node (restart: ~5-10 s) is covered: up to 30 tries, 0-2 s apart
    return Retry(total=30, connect=30, read=30, status=10, backoff_factor=0.2, backoff_max=2.0)


@dataclass
class Epoch:
    """What one read of the dataset delivered: samples by name, and the tally of right and
    wrong bytes and failures (with the times samples came)."""

    samples: Counter[str] = field(default_factory=Counter)
    tally: Tally = field(default_factory=Tally)
    started: float = 0.0
    ended: float = 0.0

    def add(self, name: str, data: bytes, expected: dict[str, str]) -> None:
        self.samples[name] += 1
        self.tally.ok(hashlib.sha256(data).hexdigest() == expected.get(name))


def _loader_epoch(endpoint: str, use_batch: bool, expected: dict[str, str], epoch: Epoch) -> None:
    with Client(endpoint, timeout=TIMEOUT, retry=_retry()) as client:
        dataset = AISIterDataset(client.bucket(BUCKET), use_batch=use_batch, max_batch_size=BATCH)
        loader = DataLoader(dataset, batch_size=None, num_workers=2)
        for name, data in loader:
            epoch.add(name, data, expected)
            time.sleep(STEP)


def _get_many_epoch(endpoint: str, expected: dict[str, str], epoch: Epoch) -> None:
    async def main() -> None:
        async with AsyncClient(endpoint, timeout=TIMEOUT, retry=_retry()) as client:
            bucket = client.bucket(BUCKET)
            objects = [bucket.object(name) for name in sorted(expected)]
            async for result in client.get_many(objects):
                if result.ok:
                    assert result.data is not None
                    epoch.add(result.object.name, result.data, expected)
                    await asyncio.sleep(STEP)
                else:
                    assert result.error is not None
                    epoch.tally.failed(result.error)

    asyncio.run(main())


READERS: dict[str, Callable[[str, dict[str, str], Epoch], None]] = {
    "loader-batch": lambda e, x, ep: _loader_epoch(e, True, x, ep),
    "loader-object": lambda e, x, ep: _loader_epoch(e, False, x, ep),
    "get_many": _get_many_epoch,
}


def _target(cluster: LocalCluster) -> Node:
    return next(n for n in cluster.nodes if n.role == "target")


def _routes(cluster: LocalCluster) -> list[str]:
    return list(cluster.toxiproxy.routes)


Fault = Callable[[LocalCluster], Iterator[None]]
"""Puts a fault on, yields while the epoch runs (HOLD seconds at least), takes it off."""


@contextlib.contextmanager
def _toxics(cluster: LocalCluster, routes: list[str], *toxics: tuple[str, dict]) -> Iterator[None]:
    proxy = cluster.toxiproxy
    added = [proxy.add_toxic(r, kind, attrs) for r in routes for kind, attrs in toxics]
    try:
        yield
        time.sleep(HOLD)
    finally:
        # last added first: a toxic that stopped reading (reset_peer) goes before the one
        # feeding it, whose removal otherwise waits on it
        for toxic in reversed(added):
            proxy.remove_toxic(toxic)


def _latency(cluster: LocalCluster) -> Iterator[None]:
    with _toxics(cluster, [_target(cluster).name], ("latency", {"latency": 275, "jitter": 225})):
        yield


def _bandwidth(cluster: LocalCluster) -> Iterator[None]:
    with _toxics(cluster, [_target(cluster).name], ("bandwidth", {"rate": 1024})):
        yield


def _stall(cluster: LocalCluster) -> Iterator[None]:
    # nothing passes and nothing closes: each read on the target waits for its read timeout
    with _toxics(cluster, [_target(cluster).name], ("timeout", {"timeout": 0})):
        yield


def _resets(cluster: LocalCluster) -> Iterator[None]:
    # every connection gets a RST 300 ms after it opened (or after the toxic came); at 512 KB/s
    # a Get-Batch answer of BATCH samples is still streaming then
    with _toxics(
        cluster, _routes(cluster), ("bandwidth", {"rate": 512}), ("reset_peer", {"timeout": 300})
    ):
        yield


def _kill_target(cluster: LocalCluster) -> Iterator[None]:
    node = _target(cluster)
    cluster.stop_node(node, kill=True)
    yield
    time.sleep(1.0)
    cluster.start_node(node)


def _restart_primary(cluster: LocalCluster) -> Iterator[None]:
    node = next(n for n in cluster.nodes if n.role == "proxy")
    cluster.stop_node(node)
    yield
    time.sleep(1.0)
    cluster.start_node(node)


FAULTS: dict[str, Fault] = {
    "latency 50-500ms": _latency,
    "bandwidth 1MiB/s": _bandwidth,
    "stall mid-body": _stall,
    "resets mid-stream": _resets,
    "target killed": _kill_target,
    "primary restarted": _restart_primary,
}
MID_EPOCH = {"target killed", "primary restarted"}
"""Faults that start once samples flow (the toxics are on from the start): a listing needs
every target, and the v1.5.0 proxy answers 400 for one while a target is down (the datasets
list before their first sample)."""


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(targets=2, fault_proxy=True) as c:
        yield c


@pytest.fixture(scope="module")
def expected(cluster: LocalCluster) -> dict[str, str]:
    rng = random.Random(22)
    digests = {}
    with Client(cluster.endpoint) as client:
        bucket = client.bucket(BUCKET).create()
        for i in range(OBJECTS):
            data = rng.randbytes(rng.randrange(1024, 48 * 1024))
            name = f"sample-{i:04d}"
            bucket.object(name).put_content(data)
            digests[name] = hashlib.sha256(data).hexdigest()
    return digests


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _resources() -> tuple[int, int, int]:
    """This process's file descriptors, sockets and threads."""
    return _fds(), open_sockets(), threading.active_count()


def _settled(before: tuple[int, int, int]) -> tuple[int, int, int]:
    """The resources once back to `before` (a DataLoader's queue threads and pipes go a moment
    after its last sample), or as they are after SETTLE seconds."""
    deadline = time.monotonic() + SETTLE
    while True:
        now = _resources()
        if all(n <= b for n, b in zip(now, before, strict=True)) or time.monotonic() > deadline:
            return now
        time.sleep(0.1)


_header_done = False


def _report_header() -> None:
    global _header_done
    if not _header_done:
        _header_done = True
        report(
            "chaos | fault | reader | samples | missing | duplicate | wrong | failed | "
            "longest stall | took | fds | sockets | threads"
        )


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("reader", list(READERS))
def test_every_sample_once_under(
    cluster: LocalCluster, expected: dict[str, str], fault: str, reader: str
) -> None:
    _report_header()
    before = _resources()
    epoch = Epoch()

    def run() -> None:
        try:
            READERS[reader](cluster.endpoint, expected, epoch)
        except BaseException as exc:  # the epoch ended early: counted and reported below
            epoch.tally.failed(exc)
        finally:
            epoch.ended = time.monotonic()

    # a toxic goes on first and the epoch starts under it; a node fault once samples flow; all
    # in this thread: nodes die with the thread that started them
    fault_steps = FAULTS[fault](cluster)
    if fault not in MID_EPOCH:
        next(fault_steps)
    epoch.started = time.monotonic()
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    if fault in MID_EPOCH:
        deadline = time.monotonic() + 120
        # 2 samples: both DataLoader workers (served in turn) have listed the bucket
        while len(epoch.samples) < 2 and worker.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        next(fault_steps)
    for _ in fault_steps:  # takes the fault off (after HOLD, or once the node is back)
        pass
    worker.join(timeout=600)
    assert not worker.is_alive(), "the epoch did not end"
    cluster.toxiproxy.clear()
    after = _settled(before)

    tally = epoch.tally
    missing = [n for n in expected if epoch.samples[n] == 0]
    duplicate = [n for n, c in epoch.samples.items() if c > 1]
    stall = tally.longest_stall(epoch.started, epoch.ended)
    report(
        f"chaos | {fault} | {reader} | {sum(epoch.samples.values())} | {len(missing)} | "
        f"{len(duplicate)} | {tally.wrong_bytes} | {tally.failures} | {stall:.2f}s | "
        f"{epoch.ended - epoch.started:.1f}s | {before[0]}->{after[0]} | "
        f"{before[1]}->{after[1]} | {before[2]}->{after[2]}"
    )
    for error in tally.errors[:5]:
        report(f"    {error}")
    assert tally.failures == 0, tally.errors
    assert (missing, duplicate, tally.wrong_bytes) == ([], [], 0)
    assert stall < STALL_BOUND
    assert after[0] <= before[0] and after[1] <= before[1] and after[2] <= before[2]
