import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest

from aistore.devcluster import processes
from aistore.devcluster.ports import free_ports
from aistore.devcluster.processes import ProcessRecord, end_stale_processes, process_start_time


@pytest.fixture(autouse=True)
def private_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(processes.REGISTRY_ENV, str(tmp_path / "registry"))
    yield tmp_path / "registry"


def _dead_pid() -> tuple[int, int]:
    """A pid and start time of a process that has already exited."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.2)"])
    start = process_start_time(proc.pid)
    assert start is not None
    proc.wait()
    return proc.pid, start


def _record(proc: subprocess.Popen[bytes], owner: tuple[int, int], detached: bool = False) -> None:
    start = process_start_time(proc.pid)
    assert start is not None
    rec = ProcessRecord(proc.pid, start, "sleep", owner[0], owner[1], detached)
    (processes.registry_dir() / f"{proc.pid}.json").write_text(json.dumps(asdict(rec)))


def test_free_ports_are_distinct_and_bindable() -> None:
    ports = free_ports(6)
    assert len(set(ports)) == 6
    assert all(1024 <= p < 65536 for p in ports)


def test_stale_process_of_a_dead_owner_is_ended_by_its_record() -> None:
    orphan = subprocess.Popen(["sleep", "60"])
    _record(orphan, owner=_dead_pid())
    ended = end_stale_processes()
    assert [r.pid for r in ended] == [orphan.pid]
    orphan.poll()
    assert process_start_time(orphan.pid) is None, "the orphan must be gone"
    assert list(processes.registry_dir().glob("*.json")) == []


def test_processes_of_a_live_owner_or_detached_are_left_alone() -> None:
    mine = subprocess.Popen(["sleep", "60"])
    detached = subprocess.Popen(["sleep", "60"])
    try:
        me = os.getpid()
        _record(mine, owner=(me, process_start_time(me) or 0))
        _record(detached, owner=_dead_pid(), detached=True)
        assert end_stale_processes() == []
        assert mine.poll() is None and detached.poll() is None
    finally:
        mine.kill()
        detached.kill()
        mine.wait()
        detached.wait()


def test_a_reused_pid_is_never_killed() -> None:
    other = subprocess.Popen(["sleep", "60"])
    try:
        owner = _dead_pid()
        start = process_start_time(other.pid) or 0
        # same pid, different start time: the recorded process is gone, this one is not it
        rec = ProcessRecord(other.pid, start + 1, "sleep", owner[0], owner[1], False)
        (processes.registry_dir() / f"{other.pid}.json").write_text(json.dumps(asdict(rec)))
        end_stale_processes()
        assert other.poll() is None
    finally:
        other.kill()
        other.wait()
