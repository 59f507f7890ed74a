"""aisloader, the cluster's own Go load generator: the small-object ceiling (driven from bench).

GET reads random objects of a bucket that holds only that size (aisloader lists it first);
PUT writes random names of the given size into its own bucket. Ops/s is aisloader's own count
over its own measured duration; CPU is the aisloader process's user+system (`wait4`) over the
whole run, listing included (`wait4`).
"""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

from ._native import run as run_native


def run(binary: str, endpoint: str, cell: dict) -> dict:
    """Run one small-object cell ({"op", "bucket", "size", "threads", "duration"})."""
    url = urlsplit(endpoint)
    op = cell["op"]
    # "get_many": one pass over the whole bucket (an epoch), 8 workers
    once = op == "get_many"
    op = "get" if once else op
    argv = [
        binary,
        f"-ip={url.hostname}",
        f"-port={url.port}",
        f"-bucket=ais://{cell['bucket']}",
        f"-numworkers={cell['threads']}",
        "-epochs=1" if once else f"-duration={cell['duration']}s",
        "-cleanup=false",
        "-quiet",
        "-json",
        "-statsinterval=0",
    ]
    if op == "put":
        argv += ["-pctput=100", f"-minsize={cell['size']}", f"-maxsize={cell['size']}"]
    else:
        argv += ["-pctput=0"]
    if once:
        argv.append("-duration=30m")
    done = run_native(argv, timeout=cell.get("duration", 600) + 120)
    out = done.output
    if done.returncode != 0:
        raise RuntimeError(f"aisloader exit {done.returncode}: {out[-400:]}")
    start, end = out.find("["), out.rfind("]")
    stats = json.loads(out[start : end + 1])[-1][op]
    ops, seconds = int(stats["count"]), int(stats["duration"]) / 1e9
    if int(stats.get("errors", 0)):
        raise RuntimeError(f"aisloader reported {stats['errors']} errors")
    return {
        "ops": ops,
        "seconds": seconds,
        "cpu_s": done.cpu_s,
        "bytes": int(stats["bytes"]),
        "maxrss_kb": done.maxrss_kb,
    }


def fill(binary: str, endpoint: str, bucket: str, count: int, size: int = 16) -> float:
    """PUT `count` objects of `size` bytes into `bucket`; returns the seconds it took."""
    url = urlsplit(endpoint)
    argv = [
        binary,
        f"-ip={url.hostname}",
        f"-port={url.port}",
        f"-bucket=ais://{bucket}",
        "-pctput=100",
        f"-minsize={size}",
        f"-maxsize={size}",
        f"-numworkers={max(16, 8 * (os.cpu_count() or 1))}",
        f"-maxputs={count}",
        "-duration=30m",
        "-cleanup=false",
        "-quiet",
        "-json",
        "-statsinterval=0",
    ]
    done = run_native(argv, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"aisloader fill exit {done.returncode}: {done.output[-400:]}")
    return done.seconds
