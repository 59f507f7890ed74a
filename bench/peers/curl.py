"""curl: the single-stream ceiling for large objects (driven from bench).

GET follows the proxy's 301 (`-L`) and writes the file; PUT uploads the file with `-T` and
follows the 307 (`-L`, curl rewinds the file and sends the body to the target). Time is the
whole process, CPU its user+system and RSS its `ru_maxrss` (`wait4`).
"""

from __future__ import annotations

import os

from ._native import run as run_native


def _object_url(endpoint: str, bucket: str, name: str) -> str:
    return f"{endpoint}/v1/objects/{bucket}/{name}?provider=ais"


def run(endpoint: str, cell: dict) -> dict:
    op = cell["op"]
    url = _object_url(endpoint, cell["bucket"], cell["name"])
    if op == "get_to_file":
        argv = ["curl", "-sS", "-f", "-L", "-o", cell["path"], url]
    elif op == "put_file":
        argv = ["curl", "-sS", "-f", "-L", "-T", cell["path"], url]
    else:
        return {"skip": f"curl peer does not run {op}"}
    done = run_native(argv, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"curl exit {done.returncode}: {done.output[-300:]}")
    return {
        "ops": 1,
        "bytes": os.path.getsize(cell["path"]),
        "seconds": done.seconds,
        "cpu_s": done.cpu_s,
        "maxrss_kb": done.maxrss_kb,
    }
