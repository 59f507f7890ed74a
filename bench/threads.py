"""Why 8 threads were slower than 1: time spent waiting for the client's locks, per operation.

    python -m bench.threads <endpoint> [get|head|put] [hot|general]

Runs the op on 1 KiB objects from 1 and then 8 threads (3 s each, bucket `bench-s1k`, filled
by `make bench` or here), with the connection pool's lock and the cluster-map lock replaced by
timing locks, and prints ops/s, process CPU per op and, per lock, acquisitions, wait and hold
time per operation (summed over threads). Before the fix, the pool lock was held across the
idle-connection liveness `select`; at 8 threads it cost 531 us of waiting per GET.
"""

from __future__ import annotations

import os
import resource
import sys
import threading
import time
from typing import Any

BUCKET = "bench-s1k"
NAMES = [f"obj-{i:05d}" for i in range(200)]


class TimedLock:
    """A `threading.Lock` that adds up how long callers waited for it and held it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self.wait = self.hold = 0.0
        self.count = 0
        self._since = 0.0

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        start = time.perf_counter()
        ok = self._lock.acquire(blocking, timeout)
        if ok:
            self._since = time.perf_counter()
            self.wait += self._since - start
            self.count += 1
        return ok

    def release(self) -> None:
        self.hold += time.perf_counter() - self._since
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *exc: object) -> None:
        self.release()

    def reset(self) -> None:
        self.wait = self.hold = 0.0
        self.count = 0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    from aistore.sdk.client import Client

    endpoint = argv[0]
    op = argv[1] if len(argv) > 1 else "get"
    mode = argv[2] if len(argv) > 2 else "hot"
    client = Client(endpoint)
    if mode == "general":
        client.request_client.sender._lane = None
    transport: Any = client.request_client.http._transport
    locks = [TimedLock("pool"), TimedLock("cluster map")]
    transport._inner._lock = locks[0]
    if hasattr(transport, "_lock"):
        transport._lock = locks[1]
    bucket = client.bucket(BUCKET).create(exist_ok=True)
    data = os.urandom(1024)
    for name in NAMES:
        bucket.object(name).put_content(data)
    calls = {
        "get": lambda n: bucket.object(n).get().read_all(),
        "head": lambda n: bucket.object(n).head(),
        "put": lambda n: bucket.object(f"threads/{n}").put_content(data),
    }
    call = calls[op]
    for threads in (1, 8):
        stop = threading.Event()
        counts = [0] * threads
        start = threading.Barrier(threads + 1)

        def work(
            tid: int,
            threads: int = threads,
            start: threading.Barrier = start,
            stop: threading.Event = stop,
            counts: list[int] = counts,
        ) -> None:
            i = tid
            for _ in range(20):  # warm: connections made, map read
                call(NAMES[i % len(NAMES)])
                i += threads
            start.wait()
            done = 0
            while not stop.is_set():
                call(NAMES[i % len(NAMES)])
                i += threads
                done += 1
            counts[tid] = done

        workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
        for w in workers:
            w.start()
        start.wait()
        for lock in locks:
            lock.reset()
        cpu0, t0 = _cpu(), time.perf_counter()
        time.sleep(3)
        stop.set()
        for w in workers:
            w.join()
        seconds, ops = time.perf_counter() - t0, sum(counts)
        per_lock = "; ".join(
            f"{lk.name}: {lk.count / ops:.1f} acquisitions, wait {1e6 * lk.wait / ops:.1f} us, "
            f"hold {1e6 * lk.hold / ops:.1f} us"
            for lk in locks
        )
        print(
            f"{mode} {op} {threads} thread(s): {ops / seconds:,.0f} ops/s, "
            f"{1000 * (_cpu() - cpu0) / ops:.3f} ms CPU/op | per op: {per_lock}",
            flush=True,
        )
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
