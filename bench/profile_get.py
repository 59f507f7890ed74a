"""cProfile of this client on the small-object paths (1 KiB, 1 thread), in a fresh process.

`run()` profiles GET, HEAD and PUT of `ours` (object hot path) and GET and PUT of `ours-general`
(hot path off); each prints the top functions by own time and the own time grouped by package.
The profiler's clock is the thread's CPU time, so waiting for the server does not count.
Also usable alone: `python bench/profile_get.py <endpoint> [hot|general|<levers>] [get|head|put]`.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

OPS = 2000
BUCKET = "bench-s1k"


def _group(filename: str) -> str:
    for key in (
        "httptools",
        "httpcore",
        "httpx",
        "aistore_raw",
        "aistore/_core",
        "aistore/sdk",
        "h11",
        "attrs",
        "bench/peers",
    ):
        if key in filename:
            return key
    if filename.startswith("~") or "<built-in" in filename or filename == "~":
        return "builtins (C: socket, etc.)"
    if "python3" in filename:
        return "stdlib"
    parts = filename.rsplit("/", 2)
    return parts[-2] if len(parts) > 1 else filename


def profile(endpoint: str, levers: str, op: str = "get") -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if levers not in ("", "hot", "general"):
        from peers import ours_fast

        peer = ours_fast.make(endpoint, levers=levers)
    else:
        from peers import ours

        peer = ours.make(endpoint, hot_path=levers != "general")
    names = [f"obj-{i:05d}" for i in range(200)]
    data = b"x" * 1024

    def call(name: str) -> object:
        if op == "put":
            return peer.put(BUCKET, f"profile/{name}", data)
        return getattr(peer, op)(BUCKET, name)

    for name in names:
        call(name)
    prof = cProfile.Profile(time.thread_time)
    t0 = time.perf_counter()
    c0 = time.process_time()
    prof.enable()
    for i in range(OPS):
        call(names[i % len(names)])
    prof.disable()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    stats = pstats.Stats(prof)
    groups: dict[str, float] = {}
    for (filename, _line, _func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        groups[_group(filename)] = groups.get(_group(filename), 0.0) + tt
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(22)
    top = buf.getvalue()
    top = top[top.find("   ncalls") :]
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(25)
    cum = buf.getvalue()
    cum = cum[cum.find("   ncalls") :]
    total = sum(groups.values())
    return {
        "levers": f"{levers or 'hot'} {op}",
        "ops": OPS,
        "ops_per_s_profiled": OPS / wall,
        "cpu_ms_per_op_profiled": 1000 * cpu / OPS,
        "own_time_by_group_pct": {
            k: round(100 * v / total, 1) for k, v in sorted(groups.items(), key=lambda kv: -kv[1])
        },
        "top_tottime": top,
        "top_cumulative": cum,
    }


def run(endpoint: str, pythons: dict) -> dict:
    python = pythons.get("ours", (sys.executable, ""))[0] or sys.executable
    runs = []
    for mode, op in (
        ("hot", "get"),
        ("hot", "head"),
        ("hot", "put"),
        ("general", "get"),
        ("general", "put"),
    ):
        proc = subprocess.run(
            [python, __file__, endpoint, mode, op], capture_output=True, text=True, timeout=600
        )
        if proc.returncode != 0:
            runs.append({"levers": f"{mode} {op}", "error": proc.stderr[-500:]})
            continue
        runs.append(json.loads(proc.stdout))
    lines = []
    for r in runs:
        if "error" in r:
            lines.append(f"### levers={r['levers']}: failed: {r['error']}")
            continue
        lines.append(
            f"### {r['levers']}: {r['ops_per_s_profiled']:.0f} ops/s under cProfile, "
            f"{r['cpu_ms_per_op_profiled']:.2f} ms CPU/op"
        )
        lines.append("own time by package (%): " + json.dumps(r["own_time_by_group_pct"]))
        lines.append("```\n" + r["top_tottime"].rstrip()[:4000] + "\n```")
    return {"runs": runs, "summary": "\n\n".join(lines)}


if __name__ == "__main__":
    args = sys.argv[1:] + ["", "get"][len(sys.argv) - 2 :]
    print(json.dumps(profile(args[0], args[1], args[2])))
