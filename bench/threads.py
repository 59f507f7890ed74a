"""Why 8 threads scale as they do: per operation, where the wall time goes and what waits.

    python -m bench.threads <endpoint> [get|head|put|put-overwrite] [hot|general] [seconds]

Runs the op on 1 KiB objects from 1 and then 8 threads (3 s each by default, bucket `bench-s1k`,
filled by `make bench` or here) and prints, per operation:

* ops/s, process CPU and context switches (voluntary: the thread blocked, e.g. on a socket or
  to get the GIL back; involuntary: the kernel took the core away);
* each lock of the client (the connection pool's, the cluster map's), replaced by a timing lock:
  acquisitions, wait and hold time (summed over threads);
* on the hot path, the wall time of each exchange by hop (`probe`: a PUT's bodiless request to
  the proxy; `body`: the request to the target; `direct`: a read straight to the owner), split
  into connection checkout (incl. its liveness `select`), send, and answer (the server's time
  plus getting the GIL back);
* the target's own counters over the same window (`put.ns.total`, `put.redir.ns` of its
  node_stats): its PUT latency, and the redirect latency (the proxy's redirect stamp to the
  target receiving the body: the client's turnaround between the two exchanges).

`put` writes a new name every time (as aisloader and `make bench` do); `put-overwrite` rewrites
200 names (a rename over an existing file: the server's overwrite cost, see bench/README.md).
Before the pool fix, the pool lock was held across the idle-connection liveness `select`; at 8
threads it cost 531 us of waiting per GET.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import sys
import threading
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable
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


class HopTimes:
    """Wall time of the hot path's exchanges, by hop and phase (summed over threads)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.lock = threading.Lock()

    def add(self, key: str, seconds: float) -> None:
        with self.lock:
            self.seconds[key] += seconds

    def reset(self) -> None:
        with self.lock:
            self.seconds.clear()


def time_hops(wire: Any, pool: Any, times: HopTimes) -> None:
    """Wrap `wire.exchange` and the pool's checkout so each hop's phases are timed."""
    exchange = wire.exchange
    checkout = pool.checkout
    local = threading.local()

    def timed_checkout(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return checkout(*args, **kwargs)
        finally:
            local.checkout = time.perf_counter() - start

    def timed_exchange(origin: Any, method: str, *args: Any, probe: bool = False, **kw: Any) -> Any:
        hop = "probe" if probe else ("body" if method in ("PUT", "POST") else "direct")
        local.checkout = 0.0
        start = time.perf_counter()
        try:
            return exchange(origin, method, *args, probe=probe, **kw)
        finally:
            total = time.perf_counter() - start
            times.add(f"{hop} checkout", local.checkout)
            times.add(f"{hop} send+answer", total - local.checkout)
            times.add(f"{hop} count", 1)

    pool.checkout = timed_checkout
    wire.exchange = timed_exchange


def target_counters(endpoint: str) -> Callable[[], tuple[int, int, int]]:
    """A reader of the targets' summed (put.n, put.ns.total, put.redir.ns)."""
    with urllib.request.urlopen(f"{endpoint}/v1/cluster?what=smap", timeout=10) as answer:
        smap = json.load(answer)
    urls = [t["public_net"]["direct_url"] for t in smap["tmap"].values()]

    def read() -> tuple[int, int, int]:
        n = ns = redir = 0
        for url in urls:
            with urllib.request.urlopen(f"{url}/v1/daemon?what=node_stats", timeout=10) as ans:
                tracker = json.load(ans)["tracker"]
            n += int(tracker.get("put.n", 0))
            ns += int(tracker.get("put.ns.total", 0))
            redir += int(tracker.get("put.redir.ns", 0))
        return n, ns, redir

    return read


def _usage() -> tuple[float, int, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_nvcsw, usage.ru_nivcsw


def main(argv: list[str]) -> int:
    from aistore.sdk.client import Client

    endpoint = argv[0]
    op = argv[1] if len(argv) > 1 else "get"
    mode = argv[2] if len(argv) > 2 else "hot"
    seconds = float(argv[3]) if len(argv) > 3 else 3.0
    client = Client(endpoint)
    sender = client.request_client.sender
    if mode == "general":
        sender._lane = None
    transport: Any = client.request_client.http._transport
    pool = transport._inner._pool
    locks = [TimedLock("pool"), TimedLock("cluster map")]
    pool._cond = threading.Condition(locks[0])
    if hasattr(transport, "_lock"):
        transport._lock = locks[1]
    hops = HopTimes()
    if sender._lane is not None:
        time_hops(sender._lane.wire, pool, hops)
    counters = target_counters(endpoint) if op.startswith("put") else None
    bucket = client.bucket(BUCKET).create(exist_ok=True)
    data = os.urandom(1024)
    for name in NAMES:
        bucket.object(name).put_content(data)
    run = time.time_ns()
    calls: dict[str, Callable[[str], Any]] = {
        "get": lambda n: bucket.object(n).get().read_all(),
        "head": lambda n: bucket.object(n).head(),
        "put": lambda n: bucket.object(n).put_content(data),
        "put-overwrite": lambda n: bucket.object(f"threads/{n}").put_content(data),
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
            if op == "put":
                names: Any = (f"threads/{run}/{threads}t/{tid}/{i}" for i in itertools.count())
            else:
                names = itertools.cycle(NAMES[tid::threads])
            for _ in range(20):  # warm: connections made, map read
                call(next(names))
            start.wait()
            done = 0
            while not stop.is_set():
                call(next(names))
                done += 1
            counts[tid] = done

        workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
        for w in workers:
            w.start()
        start.wait()
        for lock in locks:
            lock.reset()
        hops.reset()
        before = counters() if counters else None
        (cpu0, vol0, invol0), t0 = _usage(), time.perf_counter()
        time.sleep(seconds)
        stop.set()
        for w in workers:
            w.join()
        elapsed, ops = time.perf_counter() - t0, sum(counts)
        cpu1, vol1, invol1 = _usage()
        after = counters() if counters else None
        per_lock = "; ".join(
            f"{lk.name}: {lk.count / ops:.1f} acquisitions, wait {1e6 * lk.wait / ops:.1f} us, "
            f"hold {1e6 * lk.hold / ops:.1f} us"
            for lk in locks
        )
        latency = 1e6 * threads * elapsed / ops
        print(
            f"{mode} {op} {threads} thread(s): {ops / elapsed:,.0f} ops/s, "
            f"{1000 * (cpu1 - cpu0) / ops:.3f} ms CPU/op, latency {latency:,.0f} us/op, "
            f"context switches/op: {(vol1 - vol0) / ops:.1f} voluntary, "
            f"{(invol1 - invol0) / ops:.1f} involuntary",
            flush=True,
        )
        print(f"    locks per op: {per_lock}", flush=True)
        if hops.seconds:
            parts = [
                f"{key} {1e6 * value / ops:,.0f} us"
                for key, value in sorted(hops.seconds.items())
                if not key.endswith("count")
            ]
            print(f"    exchanges per op (wall, summed over threads): {', '.join(parts)}")
        if before and after:
            n = max(1, after[0] - before[0])
            put_us = (after[1] - before[1]) / n / 1000
            redirect_us = (after[2] - before[2]) / n / 1000
            print(
                f"    target: {n} PUTs, its PUT latency {put_us:,.0f} us, "
                f"redirect latency {redirect_us:,.0f} us (proxy's redirect"
                " stamp to the target receiving the body)",
                flush=True,
            )
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
