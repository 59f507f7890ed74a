"""bench/worker.py's small PUT cells: a new object name for every PUT unless a cell says
`distinct` (the comparison with aisloader, which writes random new names, depends on it)."""

from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def worker(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # the worker imports `peers` as a top-level package
    module = importlib.import_module("worker")
    yield module
    sys.modules.pop("worker", None)
    sys.modules.pop("peers", None)


class RecordingPeer:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.prepared: list[list[str]] = []
        self._lock = threading.Lock()

    def put(self, bucket: str, name: str, data: bytes) -> None:
        assert bucket == "b" and len(data) == 16
        with self._lock:
            self.names.append(name)

    def prepare(self, op: str, bucket: str, names: list[str]) -> None:
        self.prepared.append(list(names))


def _cell(**extra: Any) -> dict[str, Any]:
    return {
        "id": "small/put/x",
        "op": "put",
        "bucket": "b",
        "size": 16,
        "threads": 4,
        "duration": 0.2,
        "prefix": "put/peer/16/4t/",
        **extra,
    }


class ThreadClock:
    """`time` for the worker with a `perf_counter` of each thread's own: 0.01 s per reading, so
    each thread's warm-up is the same number of PUTs however busy the machine is."""

    def __init__(self) -> None:
        self._local = threading.local()

    def perf_counter(self) -> float:
        now: float = getattr(self._local, "now", 0.0) + 0.01
        self._local.now = now
        return now


def test_every_put_writes_a_name_never_written_before(
    worker: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker, "time", ThreadClock())
    peer = RecordingPeer()
    out = worker.run_cell(peer, _cell())
    # warm-up: 0.05 s of this clock is 4 PUTs per thread (readings 0.02..0.05 < 0.06), 4 threads
    assert len(peer.names) >= 16
    assert len(set(peer.names)) == len(peer.names)
    assert all(name.startswith("put/peer/16/4t/") for name in peer.names)
    assert out["ops"] <= len(peer.names)
    assert peer.prepared == []  # nothing to look up before the loop: the names are new


def test_a_cell_with_distinct_names_rewrites_them(worker: ModuleType) -> None:
    peer = RecordingPeer()
    worker.run_cell(peer, _cell(distinct=3))
    assert set(peer.names) == {"put/peer/16/4t/0000", "put/peer/16/4t/0001", "put/peer/16/4t/0002"}
    assert len(peer.names) > 3
    assert peer.prepared == [sorted(set(peer.names))]


def test_fresh_names_index_like_the_list_they_replace(worker: ModuleType) -> None:
    names = worker.FreshNames("p/")
    assert names[0] == "p/00000000"
    assert names[123] == "p/00000123"
    # `_run_ops` indexes `items[i % len(items)]`: no wrap-around within any cell
    assert names[(10**9) % len(names)] == "p/1000000000"
