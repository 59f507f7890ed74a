"""`python -m bench`: start a cluster, fill it, run every peer on every workload, print one table.

    python -m bench            # full run (~10 min on 2 cores)
    python -m bench --quick    # short cells, 256 MiB large object, 20,000 listed objects
    python -m bench --peers ours,raw --sections small

Each Python peer runs in `bench/worker.py` under its own interpreter (see bench/venvs.py); the
small-object cells of one peer share a process, every large, memory and listing cell gets a fresh
process so its peak RSS is its own. Native peers (aisloader, curl) are measured with `wait4`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import chart, fixtures, profile_get, report, venvs
from bench import workloads as w
from bench.peers import aisloader, curl

HERE = Path(__file__).resolve().parent
WORKER = HERE / "worker.py"
PREFIX = "BENCH-RESULT "
LARGE_TRIES = 2


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_worker(python: str, peer: w.Peer, endpoint: str, cells: list[dict]) -> dict[str, dict]:
    spec = {"module": peer.module, "endpoint": endpoint, "options": peer.options, "cells": cells}
    timeout = 120 + sum(c.get("duration", 60) + 30 for c in cells)
    try:
        proc = subprocess.run(
            [python, str(WORKER)],
            input=json.dumps(spec),
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=str(HERE),
        )
    except subprocess.TimeoutExpired:
        return {c["id"]: {"error": f"worker timed out after {timeout} s"} for c in cells}
    out: dict[str, dict] = {}
    for line in proc.stdout.splitlines():
        if line.startswith(PREFIX):
            result = json.loads(line[len(PREFIX) :])
            out[result.pop("id")] = result
    for cell in cells:
        if cell["id"] not in out:
            tail = proc.stderr.strip().splitlines()[-3:]
            out[cell["id"]] = {"error": f"worker exit {proc.returncode}: {' | '.join(tail)}"}
    errors = [v["error"] for v in out.values() if "error" in v]
    if errors and proc.stderr:
        log(f"{peer.name} stderr tail: {proc.stderr.strip()[-600:]}")
    return out


def _for_peer(cell: dict, peer: w.Peer) -> dict:
    cell = dict(cell)
    if "name" in cell:
        cell["name"] = cell["name"].replace("{peer}", peer.name.replace("+", "-"))
    if cell["op"] == "put" and cell["section"] == "small":
        cell["prefix"] = f"put/{peer.name}/{cell['size']}/{cell['threads']}t/"
    return cell


def run_native(peer: w.Peer, cell: dict, endpoint: str, aisloader_bin: str | None) -> dict:
    try:
        if peer.name == "aisloader":
            if not aisloader_bin:
                return {"skip": "aisloader binary not found"}
            c = dict(cell)
            if c["op"] == "head":
                return {"skip": "aisloader has no HEAD workload"}
            if c["op"] == "put":
                c["bucket"] = w.BUCKET_ALOADER_PUT
            return aisloader.run(aisloader_bin, endpoint, c)
        if peer.name == "curl":
            if not shutil.which("curl"):
                return {"skip": "curl not on PATH"}
            return curl.run(endpoint, cell)
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}
    return {"skip": "unknown native peer"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="short run (about 3 minutes)")
    parser.add_argument("--peers", default="", help="comma-separated peer names (default: all)")
    parser.add_argument(
        "--sections",
        default="small,large,memory,list,many,batch,loader,fs",
        help="small,large,memory,list,many,batch,loader,fs",
    )
    parser.add_argument(
        "--many", type=int, default=0, help="objects per size in the many cells (default: scale)"
    )
    parser.add_argument(
        "--cells",
        default="",
        help="only the small cells whose id contains one of these (comma-separated), "
        "e.g. put/1 KiB/8t",
    )
    parser.add_argument(
        "--put-overwrite",
        type=int,
        default=0,
        metavar="N",
        help="small PUT cells rewrite N names per cell instead of a new name per PUT "
        "(aisloader always writes new names)",
    )
    parser.add_argument(
        "--interleave",
        action="store_true",
        help="small cells one by one, every peer in turn (default: each peer's cells together)",
    )
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile of GET")
    parser.add_argument(
        "--endpoint", default="", help="use this running cluster (needs features=8192 for boto3)"
    )
    args = parser.parse_args(argv)

    scale = w.QUICK if args.quick else w.FULL
    if args.many:
        scale = dataclasses.replace(scale, many_objects=args.many)
    wanted = {p for p in args.peers.split(",") if p}
    peers = [p for p in w.PEERS if not wanted or p.name in wanted]
    peers += [p for p in w.LEVER_PEERS if p.name in wanted]
    sections = {s for s in args.sections.split(",") if s}
    meta = report.machine()
    meta["mode"] = "quick" if args.quick else "full"
    meta["scale"] = scale.__dict__
    meta["notes"] = [
        "boto3: cluster feature S3-Reverse-Proxy (features=8192) set, so the proxy forwards S3 "
        "calls to the owner; boto3 itself never sees a redirect (it cannot follow AIS 307s).",
        "ours: the shipping client (object hot path for whole GET, HEAD and in-memory PUT; "
        "direct reads; everything else through httpx over keep-alive http.client). "
        "ours-general: the same with the hot path off. The prototype levers of bench/levers.py "
        "(ours+fast, ours+drain, ...) run only when named in --peers.",
        "small ratios: ops/s over aisloader's in the same cell (1 thread = 1 worker); HEAD "
        "against raw (aisloader has no HEAD); the chart draws HEAD against aisloader's GET.",
        "raw: stdlib http.client keep-alive straight to the HRW owner (GET), a bodiless probe "
        "to the proxy then the body to its Location (PUT: every name is new, so two exchanges "
        "like everyone's), msgspec-decoded msgpack pages (listing).",
        "small PUT: every peer writes a new name each time, as aisloader does (rewriting a few "
        "hundred names measured the server's overwrite: bench/README.md, Small PUT)"
        + (f"; this run: --put-overwrite {args.put_overwrite}." if args.put_overwrite else "."),
        "aisloader CPU/op includes its start-up listing; curl follows the redirect (-L).",
        f"large cells and fs/parquet: best of {LARGE_TRIES} runs (each in a fresh process, "
        "`sync` between); small cells: one timed window each after a warm-up"
        + ("; run cell by cell, every peer in turn (--interleave)" if args.interleave else "")
        + "; peak RSS is VmHWM.",
    ]

    pythons: dict[str, tuple[str | None, str]] = {}
    for peer in peers:
        if peer.kind == "python" and peer.venv not in pythons:
            pythons[peer.venv] = venvs.python_for(peer.venv)

    from aistore.devcluster import LocalCluster, find_binary

    try:
        aisloader_bin: str | None = str(find_binary("aisloader"))
    except Exception as exc:
        log(f"aisloader not found: {exc}")
        aisloader_bin = None

    scratch = tempfile.mkdtemp(prefix="aisbench-")
    cluster = None
    try:
        if args.endpoint:
            endpoint = args.endpoint.rstrip("/")
            meta["cluster"] = f"given endpoint {endpoint}"
        else:
            log("starting a local cluster (1 proxy, 1 target, features=8192) ...")
            cluster = LocalCluster(targets=1, features=fixtures.S3_REVERSE_PROXY).start()
            endpoint = cluster.endpoint
            meta["cluster"] = "LocalCluster(targets=1, features=8192) on this machine"
        cell_filter = [part for part in args.cells.split(",") if part]
        results = run_all(
            endpoint,
            peers,
            sections,
            scale,
            scratch,
            pythons,
            aisloader_bin,
            meta,
            cell_filter,
            args.put_overwrite,
            args.interleave,
        )
        extra = {}
        if not args.no_profile and any(p.name == "ours" for p in peers):
            log("profiling ours on the 1 KiB GET path ...")
            extra["profile"] = profile_get.run(endpoint, pythons)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    names = [p.name for p in peers]
    text = report.render(results, names, meta)
    print(text)
    if extra.get("profile"):
        print("## Profile (ours, 1 KiB, 1 thread; thread CPU time, top functions by own time)\n")
        print(extra["profile"]["summary"])
    base = report.save(results, names, meta, extra)
    log(f"results: {base}.json, {base}.md")
    png = base.with_suffix(".png")
    if chart.draw(results, names, png, f"Small objects vs aisloader, {meta['date']}"):
        log(f"chart: {png} (also {chart.LATEST})")
    return 0


def run_all(
    endpoint: str,
    peers: list[w.Peer],
    sections: set[str],
    scale: w.Scale,
    scratch: str,
    pythons: dict[str, tuple[str | None, str]],
    aisloader_bin: str | None,
    meta: dict,
    cell_filter: list[str] | None = None,
    put_overwrite: int = 0,
    interleave: bool = False,
) -> dict[str, dict[str, dict]]:
    results: dict[str, dict[str, dict]] = {}
    log("creating buckets and objects ...")
    buckets = [w.small_bucket(s) for s in w.SMALL_SIZES]
    buckets += [w.BUCKET_PUT, w.BUCKET_LARGE, w.BUCKET_LIST, w.BUCKET_ALOADER_PUT]
    fixtures.create_buckets(endpoint, buckets)

    def record(cell_id: str, peer: str, result: dict) -> None:
        results.setdefault(cell_id, {})[peer] = result
        brief = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.items()}
        log(f"{cell_id:32s} {peer:12s} {brief}")

    def run_one_python(peer: w.Peer, cell: dict) -> dict:
        python, why = pythons[peer.venv]
        if python is None:
            return {"skip": why}
        return run_worker(python, peer, endpoint, [cell])[cell["id"]]

    def run_python(peer: w.Peer, cells: list[dict]) -> None:
        python, why = pythons[peer.venv]
        if python is None:
            for c in cells:
                record(c["id"], peer.name, {"skip": why})
            return
        got = run_worker(python, peer, endpoint, [_for_peer(c, peer) for c in cells])
        for c in cells:
            record(c["id"], peer.name, got[c["id"]])

    cells = w.small_cells(scale)
    if cell_filter:
        cells = [c for c in cells if any(part in c["id"] for part in cell_filter)]
    if put_overwrite:
        for c in cells:
            if c["op"] == "put":
                c["distinct"] = put_overwrite
    if sections != {"small"} or any(c["op"] != "put" for c in cells):
        fixtures.fill_small(endpoint, scale)  # also the warm-up objects of the other sections
    if "small" in sections:
        names = [w.small_name(i) for i in range(scale.small_objects)]
        for c in cells:
            if c["op"] in ("get", "head"):
                c["names"] = names
        small_peers = [peer for peer in peers if "small" in peer.sections]
        if interleave:
            # cell by cell, every peer in turn: the peers of one cell run seconds apart, so a
            # change in the machine's load moves them alike (a Python worker per cell)
            for c in cells:
                for peer in small_peers:
                    if peer.kind == "native":
                        got = run_native(peer, c, endpoint, aisloader_bin)
                    else:
                        got = run_one_python(peer, _for_peer(c, peer))
                    record(c["id"], peer.name, got)
        else:
            for peer in small_peers:
                if peer.kind == "native":
                    for c in cells:
                        record(c["id"], peer.name, run_native(peer, c, endpoint, aisloader_bin))
                else:
                    run_python(peer, cells)

    if "large" in sections or "memory" in sections:
        log(f"writing the {w.size_label(scale.large_size)} source file and object ...")
        fixtures.write_source(f"{scratch}/source", scale.large_size)
        fixtures.Raw(endpoint).put_file(w.BUCKET_LARGE, w.LARGE_NAME, f"{scratch}/source")
        os.sync()
    if "large" in sections:
        for cell in w.large_cells(scale, scratch):
            for peer in peers:
                if "large" not in peer.sections:
                    continue
                c = _for_peer(cell, peer)
                tries = []
                for _ in range(LARGE_TRIES):  # best of N: disk write-back makes single runs noisy
                    if peer.kind == "native":
                        tries.append(run_native(peer, c, endpoint, aisloader_bin))
                    else:
                        tries.append(run_one_python(peer, c))
                    if c["op"] == "get_to_file" or c["op"] == "get_ranged":
                        Path(c["path"]).unlink(missing_ok=True)
                    os.sync()  # no peer pays for the previous one's dirty pages
                ok = [t for t in tries if "seconds" in t]
                best = dict(min(ok, key=lambda t: t["seconds"]) if ok else tries[0])
                best["tries_s"] = [round(t.get("seconds", -1), 3) for t in tries]
                record(c["id"], peer.name, best)

    if "memory" in sections:
        cell = w.stream_cell(scale)
        log(f"PUT the {w.size_label(scale.stream_size)} streaming object ...")
        fixtures.put_generated(endpoint, w.BUCKET_LARGE, w.STREAM_NAME, scale.stream_size)
        for peer in peers:
            if peer.name in ("ours", "ours+fast"):
                run_python(peer, [cell])

    if sections & {"many", "batch", "loader"}:
        log(f"filling the many buckets with {scale.many_objects:,} objects per size ...")
        fixtures.create_buckets(endpoint, [w.many_bucket(s) for s in w.MANY_SIZES])
        fixtures.fill_many(endpoint, scale)
    if "many" in sections:
        for cell in w.many_cells(scale):
            for peer in peers:
                if "many" not in peer.sections:
                    continue
                if peer.kind == "native":
                    record(cell["id"], peer.name, run_native(peer, cell, endpoint, aisloader_bin))
                else:
                    run_python(peer, [cell])

    if "batch" in sections:
        per_object: dict[tuple[str, int], dict] = {}  # a per-object peer's pass serves both rows
        for cell in w.batch_cells(scale):
            for peer in peers:
                if "batch" not in peer.sections:
                    continue
                key = (peer.name, cell["size"])
                if peer.kind == "native":
                    if key not in per_object:
                        c = dict(cell, op="get_many")
                        per_object[key] = run_native(peer, c, endpoint, aisloader_bin)
                    record(cell["id"], peer.name, per_object[key])
                elif peer.options.get("per_object"):
                    if key not in per_object:
                        per_object[key] = run_one_python(peer, cell)
                    record(cell["id"], peer.name, per_object[key])
                else:
                    run_python(peer, [cell])

    if "loader" in sections:
        for cell in w.loader_cells(scale):
            for peer in peers:
                if "loader" in peer.sections and peer.kind == "python":
                    run_python(peer, [cell])

    if "fs" in sections:
        log(
            f"writing the fs data ({w.size_label(scale.fs_parquet)} parquet, "
            f"{scale.fs_cat_objects:,} small objects) ..."
        )
        fixtures.create_buckets(endpoint, [w.BUCKET_FS])
        rows, nbytes = fixtures.fill_fs(endpoint, scale, scratch)
        os.sync()  # the first peer does not read while the fill's dirty pages are written back
        fs_peers = [p for p in peers if "fs" in p.sections and p.kind == "python"]
        for cell in w.fs_cells(scale):
            if cell["op"] != "read_parquet":
                for peer in fs_peers:
                    run_python(peer, [cell])
                continue
            # as the large cells: best of N, each in a fresh process, the peers taking turns
            cell = {**cell, "expect": ("count", rows), "file_bytes": nbytes}
            tries: dict[str, list[dict]] = {p.name: [] for p in fs_peers}
            for _ in range(LARGE_TRIES):
                for peer in fs_peers:
                    tries[peer.name].append(run_one_python(peer, _for_peer(cell, peer)))
                    os.sync()
            for peer in fs_peers:
                ok = [t for t in tries[peer.name] if "seconds" in t]
                best = dict(min(ok, key=lambda t: t["seconds"]) if ok else tries[peer.name][0])
                best["tries_s"] = [round(t.get("seconds", -1), 3) for t in tries[peer.name]]
                record(cell["id"], peer.name, best)

    if "list" in sections:
        log(f"filling {w.BUCKET_LIST} with {scale.list_objects:,} objects (aisloader) ...")
        took = fixtures.fill_list(endpoint, scale.list_objects, aisloader_bin)
        meta["notes"].append(
            f"listing bucket filled with {scale.list_objects:,} objects in "
            f"{took:.1f} s by aisloader"
        )
        for cell in w.list_cells(scale):
            for peer in peers:
                if "list" in peer.sections and peer.kind == "python":
                    run_python(peer, [cell])
    return results


if __name__ == "__main__":
    sys.exit(main())
