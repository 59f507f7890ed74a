"""Load generators for the fault scenarios: reader/writer threads that count what went wrong.

Counts, not impressions: every operation is either a success with the right bytes, a failure
(an exception reached the caller), or wrong bytes (the call succeeded with other content).
The longest stall is the longest time in which no operation of any thread completed.
"""

from __future__ import annotations

import itertools
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

REPORTED: list[str] = []
"""The scenarios' result lines of this run, printed in pytest's summary (conftest.py)."""


def report(line: str) -> None:
    """Keeps a scenario's result line for the summary; with `AIS_FAULTS_REPORT` set, also appends
    it to that file."""
    REPORTED.append(line)
    path = os.environ.get("AIS_FAULTS_REPORT")
    if path:
        with open(path, "a") as out:
            out.write(line + "\n")


@dataclass
class Tally:
    """What a load run did; safe to update from many threads."""

    operations: int = 0
    failures: int = 0
    wrong_bytes: int = 0
    errors: list[str] = field(default_factory=list)
    _done_at: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ok(self, right: bool) -> None:
        now = time.monotonic()
        with self._lock:
            self.operations += 1
            self.wrong_bytes += 0 if right else 1
            self._done_at.append(now)

    def failed(self, exc: BaseException) -> None:
        with self._lock:
            self.operations += 1
            self.failures += 1
            if len(self.errors) < 20:
                self.errors.append(f"{type(exc).__name__}: {exc}"[:400])

    def longest_stall(self, start: float, end: float) -> float:
        """Longest gap between completed operations within [start, end] (seconds)."""
        with self._lock:
            marks = sorted([start, *self._done_at, end])
        return max(b - a for a, b in itertools.pairwise(marks))

    def summary(self, start: float, end: float) -> str:
        return (
            f"operations={self.operations} failures={self.failures} "
            f"wrong_bytes={self.wrong_bytes} longest_stall={self.longest_stall(start, end):.2f}s"
        )


class Load:
    """`threads` threads each running `step(rng)` until stopped; `step` returns True when the
    bytes were right, raises on failure."""

    def __init__(self, threads: int, step: Callable[[random.Random], bool], seed: int = 0) -> None:
        self.tally = Tally()
        self._step = step
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, args=(random.Random(seed + i),), daemon=True)
            for i in range(threads)
        ]
        self.started = 0.0
        self.stopped = 0.0

    def _run(self, rng: random.Random) -> None:
        while not self._stop.is_set():
            try:
                right = self._step(rng)
            except Exception as exc:  # the count is the assertion; keep the thread going
                self.tally.failed(exc)
            else:
                self.tally.ok(right)

    def __enter__(self) -> Load:
        self.started = time.monotonic()
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=120)
        self.stopped = time.monotonic()

    @property
    def longest_stall(self) -> float:
        return self.tally.longest_stall(self.started, self.stopped or time.monotonic())
