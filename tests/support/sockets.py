"""Counting this process's TCP connections from the kernel's table (not from our own counters)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

_OPEN_STATES = {"01", "08"}  # ESTABLISHED, CLOSE_WAIT: the descriptor is still open


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    return inodes


def connections_to(ports: set[int], pid: int | None = None) -> int:
    """Open TCP connections of process `pid` (default: this one) whose remote port is in
    `ports` (connections the process made to those servers)."""
    pid = os.getpid() if pid is None else pid
    mine = _socket_inodes(pid)
    count = 0
    for table in ("tcp", "tcp6"):
        path = Path(f"/proc/{pid}/net/{table}")
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port in ports and fields[3] in _OPEN_STATES and fields[9] in mine:
                count += 1
    return count


def open_sockets(pid: int | None = None) -> int:
    """Socket descriptors open in process `pid` (default: this one)."""
    return len(_socket_inodes(os.getpid() if pid is None else pid))


class PeakSampler:
    """Samples `connections_to(ports)` in a thread until stopped; `peak` is the highest seen."""

    def __init__(self, ports: set[int]) -> None:
        self.ports = ports
        self.peak = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, connections_to(self.ports))
            self.samples += 1
            self._stop.wait(0.002)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
