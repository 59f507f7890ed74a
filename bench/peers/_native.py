"""Run a native tool and measure it alone: wall time, its own CPU (`wait4`), peak RSS (VmHWM)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Finished:
    output: str
    returncode: int
    seconds: float
    cpu_s: float
    maxrss_kb: int


def run(argv: list[str], timeout: float) -> Finished:
    with tempfile.TemporaryFile("w+") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, text=True)
        deadline = t0 + timeout
        peak = 0
        while True:
            peak = max(peak, _hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise TimeoutError(f"{argv[0]} ran longer than {timeout:.0f} s")
            time.sleep(0.002)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return Finished(
            output=out.read(),
            returncode=proc.returncode,
            seconds=seconds,
            cpu_s=usage.ru_utime + usage.ru_stime,
            maxrss_kb=peak,
        )


def _hwm_kb(pid: int) -> int:
    """The child's VmHWM, polled: `ru_maxrss` from wait4 would include this process's own
    high-water mark (Linux carries it across the vfork+exec that started the child)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0
