"""Runs workload cells for one Python peer and prints one result line per cell.

Run as a script (`<venv>/bin/python bench/worker.py`, spec as JSON on stdin), never with `-m`:
the peer's own `aistore` must come from its venv, not from the repository root. Each result line
starts with `BENCH-RESULT ` followed by JSON, so library output on stdout cannot be mistaken for
a result. CPU is the process's user+system time (`getrusage`) over the timed section only; RSS is
VmHWM from /proc (peak over the process's life) and the peak before the timed section, so the driver
runs one memory-relevant cell per process.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from peers import Unsupported

PREFIX = "BENCH-RESULT "


def _peak_rss_kb() -> int:
    """VmHWM: this process's own peak RSS. (`ru_maxrss` is not: Linux carries the parent's
    high-water mark across the vfork+exec that started this worker.)"""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _usage() -> tuple[float, int]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime, _peak_rss_kb()


class FreshNames:
    """A new object name for every PUT (`prefix` + the op's index), as aisloader writes random
    new names. Rewriting a few hundred names instead measured the server's overwrite, not the
    client: a rename over an existing file is ~5x dearer on this ext4 (`auto_da_alloc` starts the
    new file's writeback), and the target's own PUT latency went from ~0.2-0.4 ms to ~2-5 ms with 8
    writers on a busy machine (bench/README.md, "Small PUT"). A cell with `distinct: N` still
    rewrites N names. Indexed like the list `_run_ops` takes (`names[i % len(names)]`): it
    never wraps.
    """

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix

    def __len__(self) -> int:
        return 1 << 40

    def __getitem__(self, index: int) -> str:
        return f"{self._prefix}{index:08d}"


def _run_ops(
    fn: Callable[[str], Any], items: list[str] | FreshNames, threads: int, duration: float
) -> dict:
    """Call `fn` over `items` from `threads` threads for `duration` seconds after a warm-up."""
    stop = threading.Event()
    ready = threading.Barrier(threads + 1)
    counts = [0] * threads
    failures: list[BaseException] = []
    warmup = min(0.5, duration / 4)

    def work(tid: int) -> None:
        i, n = tid, len(items)
        try:
            until = time.perf_counter() + warmup
            while time.perf_counter() < until:
                fn(items[i % n])
                i += threads
        except BaseException as exc:
            failures.append(exc)
            stop.set()
        ready.wait()
        count = 0
        try:
            while not stop.is_set():
                fn(items[i % n])
                i += threads
                count += 1
        except BaseException as exc:
            failures.append(exc)
            stop.set()
        counts[tid] = count

    workers = [threading.Thread(target=work, args=(t,), daemon=True) for t in range(threads)]
    for w in workers:
        w.start()
    ready.wait()
    cpu0, _ = _usage()
    t0 = time.perf_counter()
    stop.wait(duration)
    stop.set()
    for w in workers:
        w.join()
    seconds = time.perf_counter() - t0
    cpu1, maxrss = _usage()
    if failures:
        raise failures[0]
    return {"ops": sum(counts), "seconds": seconds, "cpu_s": cpu1 - cpu0, "maxrss_kb": maxrss}


def _run_once(fn: Callable[[], int]) -> dict:
    cpu0, base = _usage()
    t0 = time.perf_counter()
    nbytes = fn()
    seconds = time.perf_counter() - t0
    cpu1, maxrss = _usage()
    return {
        "ops": 1,
        "bytes": nbytes,
        "seconds": seconds,
        "cpu_s": cpu1 - cpu0,
        "maxrss_kb": maxrss,
        "base_rss_kb": base,
    }


def _run_many(peer: Any, cell: dict) -> dict:
    """Every name of the cell read once: an async peer with `inflight` reads in flight
    (`get_many`, which times itself after a warm-up), else `threads` threads calling `get`."""
    bucket, names = cell["bucket"], cell["names"]
    many = getattr(peer, "get_many", None)
    if many is not None:
        out = dict(many(bucket, names, cell["inflight"]))
        out["maxrss_kb"] = _peak_rss_kb()
        return out
    get = getattr(peer, "get", None)
    if get is None:
        raise Unsupported(f"{type(peer).__module__} has no get()")
    threads = cell["threads"]
    for name in names[:threads]:
        get(bucket, name)  # warm-up: imports, first connections
    sizes = [0] * threads
    failures: list[BaseException] = []

    def work(tid: int) -> None:
        try:
            sizes[tid] = sum(get(bucket, n) for n in names[tid::threads])
        except BaseException as exc:
            failures.append(exc)

    workers = [threading.Thread(target=work, args=(t,), daemon=True) for t in range(threads)]
    cpu0, _ = _usage()
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    seconds = time.perf_counter() - t0
    cpu1, maxrss = _usage()
    if failures:
        raise failures[0]
    return {
        "ops": len(names),
        "seconds": seconds,
        "cpu_s": cpu1 - cpu0,
        "bytes": sum(sizes),
        "maxrss_kb": maxrss,
    }


def _run_batches(peer: Any, cell: dict) -> dict:
    """Every name once, `batch_size` names per Get-Batch request (one request at a time)."""
    bucket, names, per = cell["bucket"], cell["names"], cell["batch_size"]
    get_batch = getattr(peer, "get_batch", None)
    if get_batch is None:
        return _run_many(peer, cell)  # a per-object peer: the same names, one GET each
    get_batch(bucket, names[: min(per, 100)])  # warm-up: imports, connections
    cpu0, _ = _usage()
    t0 = time.perf_counter()
    nbytes = sum(get_batch(bucket, names[i : i + per]) for i in range(0, len(names), per))
    seconds = time.perf_counter() - t0
    cpu1, maxrss = _usage()
    return {
        "ops": len(names),
        "seconds": seconds,
        "cpu_s": cpu1 - cpu0,
        "bytes": nbytes,
        "maxrss_kb": maxrss,
    }


def _run_loader(peer: Any, cell: dict) -> dict:
    """One epoch through a DataLoader; CPU includes the worker processes (reaped by then)."""
    method = getattr(peer, "dataloader", None)
    if method is None:
        raise Unsupported(f"{type(peer).__module__} has no dataloader()")
    if hasattr(peer, "get"):
        peer.get(cell["bucket"], "obj-00000")  # warm-up: imports, connections
    import torch.utils.data  # noqa: F401  (seconds on a busy machine: not the loader's cost)

    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu0, _ = _usage()
    t0 = time.perf_counter()
    count = method(cell["bucket"], cell["workers"], cell["batch_size"])
    seconds = time.perf_counter() - t0
    cpu1, maxrss = _usage()
    children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_cpu = (children1.ru_utime + children1.ru_stime) - (
        children0.ru_utime + children0.ru_stime
    )
    return {
        "ops": count,
        "seconds": seconds,
        "cpu_s": cpu1 - cpu0 + child_cpu,
        "maxrss_kb": maxrss,
    }


def run_cell(peer: Any, cell: dict) -> dict:
    op = cell["op"]
    if op == "get_many":
        return _run_many(peer, cell)
    if op == "get_batch":
        return _run_batches(peer, cell)
    if op == "dataloader":
        return _run_loader(peer, cell)
    method = getattr(peer, op, None)
    if method is None:
        raise Unsupported(f"{type(peer).__module__} has no {op}()")
    bucket = cell["bucket"]
    warm = cell.get("warm")
    if warm and op not in ("get", "head", "put"):
        # untimed: imports, connections and the first request happen before the clock starts
        if op in ("list_all", "list_iter"):
            method(warm["bucket"])
        elif hasattr(peer, "get"):
            peer.get(warm["bucket"], warm["name"])
    if op in ("get", "head", "put"):
        if op != "put":
            names = cell["names"]

            def fn(name: str) -> Any:
                return method(bucket, name)
        else:
            data = os.urandom(cell["size"])
            distinct = cell.get("distinct")
            if distinct:
                names = [f"{cell['prefix']}{i:04d}" for i in range(distinct)]
            else:
                names = FreshNames(cell["prefix"])

            def fn(name: str) -> Any:
                return method(bucket, name, data)

        prepare = getattr(peer, "prepare", None)
        if prepare is not None and isinstance(names, list):
            prepare(op, bucket, names)
        out = _run_ops(fn, names, cell["threads"], cell["duration"])
        out["bytes"] = out["ops"] * cell["size"]
        return out
    if op in ("get_to_file", "put_file", "get_all"):
        return _run_once(lambda: method(bucket, cell["name"], cell["path"]) or cell["size"])
    if op == "get_ranged":
        return _run_once(
            lambda: method(bucket, cell["name"], cell["path"], cell["size"], cell["workers"])
        )
    if op == "stream":
        return _run_once(lambda: method(bucket, cell["name"]))
    if op in ("list_all", "list_iter"):
        out = _run_once(lambda: method(bucket))
        out["count"] = out.pop("bytes")
        return out
    if op == "read_parquet":
        out = _run_once(lambda: method(bucket, cell))
        out["count"] = out.pop("bytes")  # rows read
        out["bytes"] = cell["file_bytes"]
        return out
    if op == "cat_many":
        out = _run_once(lambda: method(bucket, cell))
        out["ops"] = len(cell["names"])
        return out
    raise Unsupported(f"unknown op {op}")


def main() -> int:
    spec = json.load(sys.stdin)
    module = importlib.import_module(f"peers.{spec['module']}")
    try:
        peer = module.make(spec["endpoint"], **spec.get("options", {}))
    except Unsupported as exc:
        for cell in spec["cells"]:
            print(PREFIX + json.dumps({"id": cell["id"], "skip": str(exc)}), flush=True)
        return 0
    for cell in spec["cells"]:
        try:
            result = {"id": cell["id"], **run_cell(peer, cell)}
            key, expected = cell.get("expect", (None, None))
            if key is not None and result.get(key) != expected:
                result = {"id": cell["id"], "error": f"{key} {result.get(key)} != {expected}"}
        except Unsupported as exc:
            result = {"id": cell["id"], "skip": str(exc)}
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            result = {"id": cell["id"], "error": f"{type(exc).__name__}: {exc}"[:300]}
        print(PREFIX + json.dumps(result), flush=True)
    close = getattr(peer, "close", None)
    if close is not None:
        close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
