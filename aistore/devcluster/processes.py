"""Starting server processes and ending them, including stale ones from a killed run.

Every process the launcher starts is recorded (pid + kernel start time + owner)
in a small registry directory. At the next start, records whose owner process
is gone are stale: those processes are ended by their recorded ids, never by
name, and only if the pid still names the very process that was recorded.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REGISTRY_ENV = "AIS_DEVCLUSTER_REGISTRY"
_PR_SET_PDEATHSIG = 1


def registry_dir() -> Path:
    default = Path.home() / ".cache" / "aistore-py" / "devcluster-pids"
    path = Path(os.environ.get(REGISTRY_ENV, default))
    path.mkdir(parents=True, exist_ok=True)
    return path


def process_start_time(pid: int) -> int | None:
    """The kernel's start time of `pid` (clock ticks since boot), or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces or parentheses: split after its closing ')'
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[19])


@dataclass(frozen=True)
class ProcessRecord:
    pid: int
    start_time: int
    executable: str
    owner_pid: int
    owner_start_time: int
    # a detached cluster (started by `python -m aistore.devcluster up`) outlives its owner
    detached: bool
    # the scratch directory the launcher made for this process's cluster ("" if it was given)
    scratch: str = ""

    def is_alive(self) -> bool:
        return process_start_time(self.pid) == self.start_time

    def owner_alive(self) -> bool:
        return process_start_time(self.owner_pid) == self.owner_start_time


def _die_with_parent() -> None:
    # runs in the child between fork and exec: SIGKILL it when the launcher dies
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def spawn(
    argv: Sequence[str],
    *,
    log_path: Path,
    env: Mapping[str, str] | None = None,
    detached: bool = False,
    scratch: str = "",
) -> tuple[subprocess.Popen[bytes], ProcessRecord]:
    """Start `argv` with output to `log_path`, in its own session, and record it."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=full_env,
            start_new_session=True,
            preexec_fn=None if detached else _die_with_parent,
        )
    me = os.getpid()
    record = ProcessRecord(
        pid=proc.pid,
        start_time=process_start_time(proc.pid) or 0,
        executable=str(argv[0]),
        owner_pid=me,
        owner_start_time=process_start_time(me) or 0,
        detached=detached,
        scratch=scratch,
    )
    (registry_dir() / f"{proc.pid}.json").write_text(json.dumps(asdict(record)))
    return proc, record


def forget(record: ProcessRecord) -> None:
    with contextlib.suppress(FileNotFoundError):
        (registry_dir() / f"{record.pid}.json").unlink()


def terminate(records: Sequence[ProcessRecord], *, grace: float = 5.0) -> None:
    """SIGTERM each live recorded process, SIGKILL what is left after `grace` seconds
    (`grace` 0: SIGKILL at once, a crash rather than a shutdown)."""
    live = [r for r in records if r.is_alive()]
    for rec in live if grace > 0 else []:
        with contextlib.suppress(ProcessLookupError):
            os.kill(rec.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while live and time.monotonic() < deadline:
        _reap(live)
        live = [r for r in live if r.is_alive()]
        if live:
            time.sleep(0.05)
    for rec in live:
        with contextlib.suppress(ProcessLookupError):
            os.kill(rec.pid, signal.SIGKILL)
    for rec in live:
        _wait_gone(rec, timeout=5.0)
    for rec in records:
        forget(rec)


def _reap(records: Sequence[ProcessRecord]) -> None:
    # our own children linger as zombies (still "alive" in /proc) until waited for
    for rec in records:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(rec.pid, os.WNOHANG)


def _wait_gone(rec: ProcessRecord, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while rec.is_alive() and time.monotonic() < deadline:
        _reap([rec])
        time.sleep(0.05)


def load_records() -> list[ProcessRecord]:
    records = []
    for path in sorted(registry_dir().glob("*.json")):
        try:
            records.append(ProcessRecord(**json.loads(path.read_text())))
        except (OSError, ValueError, TypeError):
            path.unlink(missing_ok=True)
    return records


def end_stale_processes() -> list[ProcessRecord]:
    """End processes recorded by launchers that died without tearing down; return them."""
    stale = [r for r in load_records() if not r.detached and not r.owner_alive()]
    terminate(stale, grace=2.0)
    # the dead launcher's scratch directories go too (only ones it made itself)
    for scratch in {r.scratch for r in stale if r.scratch}:
        shutil.rmtree(scratch, ignore_errors=True)
    return stale
