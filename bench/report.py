"""One table: each workload, every peer, the raw floor, and the ratios against the issue's targets.

Results are `{cell_id: {peer: result}}`, a result being the worker's dict (ops, seconds, cpu_s,
bytes/count, maxrss_kb, base_rss_kb) or {"skip": why} / {"error": what}. Saved as
`bench/results/<date>.json` (everything) and `.md` (the printed table).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
MiB = 1 << 20


def _ok(r: dict | None) -> bool:
    return bool(r) and "skip" not in r and "error" not in r


def ops_per_s(r: dict) -> float:
    return r["ops"] / r["seconds"]


def cpu_ms_per_op(r: dict) -> float:
    return 1000 * r["cpu_s"] / r["ops"] if r["ops"] else float("nan")


def mib_per_s(r: dict) -> float:
    return r["bytes"] / MiB / r["seconds"]


def rss_over_base_mib(r: dict) -> float | None:
    if "base_rss_kb" not in r:
        return None
    # VmHWM is updated lazily by the kernel, so a tiny negative difference reads as 0
    return max(0.0, (r["maxrss_kb"] - r["base_rss_kb"]) / 1024)


def _fmt(r: dict | None, value: Any, fmt: str) -> str:
    if r is None:
        return ""
    if "skip" in r:
        return "skip"
    if "error" in r:
        return "ERR"
    v = value(r)
    return "" if v is None else format(v, fmt)


# (row label suffix, value function, format, better: "high"|"low")
METRICS: dict[str, list[tuple[str, Any, str]]] = {
    "small": [("ops/s", ops_per_s, ",.0f"), ("CPU ms/op", cpu_ms_per_op, ".2f")],
    "many": [("ops/s", ops_per_s, ",.0f"), ("CPU ms/op", cpu_ms_per_op, ".3f")],
    "large": [
        ("MiB/s", mib_per_s, ",.0f"),
        ("CPU s", lambda r: r["cpu_s"], ".2f"),
        ("peak RSS MiB over start", rss_over_base_mib, ".0f"),
    ],
    "memory": [
        ("MiB/s", mib_per_s, ",.0f"),
        ("peak RSS MiB over start", rss_over_base_mib, ".0f"),
        ("peak RSS MiB", lambda r: r["maxrss_kb"] / 1024, ".0f"),
    ],
    "batch": [("ops/s", ops_per_s, ",.0f"), ("CPU ms/op", cpu_ms_per_op, ".3f")],
    "loader": [("samples/s", ops_per_s, ",.0f"), ("CPU ms/sample", cpu_ms_per_op, ".3f")],
    "list": [("seconds", lambda r: r["seconds"], ".2f"), ("CPU s", lambda r: r["cpu_s"], ".2f")],
    "fs": [("seconds", lambda r: r["seconds"], ".2f"), ("CPU s", lambda r: r["cpu_s"], ".2f")],
}


def _ratio(a: dict | None, b: dict | None, fn: Any) -> float | None:
    if not (_ok(a) and _ok(b)):
        return None
    va, vb = fn(a), fn(b)
    return va / vb if vb else None


SMALL_RATE_TARGETS = {
    ("get", "1t"): 1.0,
    ("get", "8t"): 0.8,
    ("put", "1t"): 0.8,
    ("put", "8t"): 0.6,
}
"""Issue 11: ops/s of this client over aisloader's (same workers) in the same run."""
SMALL_CPU_TARGETS = {"get": 0.35, "put": 0.5}
"""Issue 11: client CPU ms per operation."""


def _small_targets(
    cell_id: str, row: dict[str, dict], metric: str, ours: str, results: dict[str, dict[str, dict]]
) -> tuple[str, str]:
    _, op, size, threads = cell_id.split("/")
    me = row.get(ours)
    if metric == "CPU ms/op":
        bound = SMALL_CPU_TARGETS.get(op)
        if not _ok(me) or bound is None:
            return "", ""
        v = cpu_ms_per_op(me)  # type: ignore[arg-type]
        return f"{v:.2f} ms", "met" if v <= bound else "NOT met"
    # HEAD: aisloader has none, so against the raw floor
    base = "aisloader" if op != "head" else "raw"
    r = _ratio(me, row.get(base), ops_per_s)
    text, verdict = _verdict(r, ">=", SMALL_RATE_TARGETS.get((op, threads)), f"x {base}")
    if threads != "1t":
        one = results.get(f"small/{op}/{size}/1t", {}).get(ours)
        scaled = _ratio(me, one, ops_per_s)
        if scaled is not None:
            text += f", {scaled:.2f}x 1t"
            if scaled < 1.0:
                verdict = "NOT met (8t < 1t)"
    return text, verdict


def targets(
    cell_id: str,
    row: dict[str, dict],
    metric: str,
    ours: str,
    results: dict[str, dict[str, dict]] | None = None,
) -> tuple[str, str]:
    """(ratio text, verdict) of peer `ours` for one row, per the issues' targets."""
    me = row.get(ours)
    section = cell_id.split("/", 1)[0]
    if section == "small" and metric in ("ops/s", "CPU ms/op"):
        return _small_targets(cell_id, row, metric, ours, results or {})
    if section == "many" and metric == "ops/s" and ours == "ours":
        # the async client's target: >= 1.2x aisloader's 8-worker rate (issue 16)
        r = _ratio(row.get("ours-async"), row.get("aisloader"), ops_per_s)
        return _verdict(r, ">=", 1.2, "x aisloader (ours-async)")
    if section == "large" and metric == "MiB/s" and "/get-ranged/" not in cell_id:
        r = _ratio(me, row.get("curl"), mib_per_s)
        return _verdict(r, ">=", 0.95, "x curl")
    if section == "large" and metric == "MiB/s":
        r = _ratio(me, row.get("raw"), mib_per_s)
        return _verdict(r, None, None, "x raw")
    if section in ("large", "memory") and metric == "peak RSS MiB over start":
        v = rss_over_base_mib(me) if _ok(me) else None
        if v is None:
            return "", ""
        return f"{v:.0f} MiB", "met" if v <= 64 else "NOT met"
    if section == "batch" and metric == "ops/s" and ours == "ours":
        return _batch_targets(cell_id, row)
    if section == "loader" and metric == "samples/s":
        r = _ratio(me, row.get("ref-2.0.0+torch"), ops_per_s)
        return _verdict(r, None, None, "x ref-2.0.0")
    if section == "fs" and metric == "seconds" and ours == "ours":
        # issue 13: ais:// at least 1.5x faster than s3fs on AIS's S3 API
        r = _ratio(row.get("s3fs"), row.get("ours-fs"), lambda x: x["seconds"])
        return _verdict(r, ">=", 1.5, "x s3fs speed (ours-fs)")
    if section == "list" and metric == "seconds":
        r = _ratio(me, row.get("raw"), lambda x: x["seconds"])
        return _verdict(r, "<=", 1.15, "x raw")
    return "", ""


def _batch_targets(cell_id: str, row: dict[str, dict]) -> tuple[str, str]:
    """Issue 15: ours >= 0.9x the raw floor, >= 1.2x 2.0.0 at 100 per batch, >= 3x aisloader."""
    me = row.get("ours")
    checks = [("raw", 0.9), ("aisloader", 3.0)]
    if cell_id.endswith("/100-per-batch"):
        checks.append(("ref-2.0.0", 1.2))
    texts, verdicts = [], []
    for peer, bound in checks:
        r = _ratio(me, row.get(peer), ops_per_s)
        if r is None:
            continue
        texts.append(f"{r:.2f}x {peer}")
        verdicts.append(r >= bound)
    if not texts:
        return "", ""
    return ", ".join(texts), "met" if all(verdicts) else "NOT met"


def _verdict(r: float | None, op: str | None, bound: float | None, unit: str) -> tuple[str, str]:
    if r is None:
        return "", ""
    text = f"{r:.2f}{unit}"
    if op is None or bound is None:
        return text, ""
    ok = r >= bound if op == ">=" else r <= bound
    return text, ("met" if ok else "NOT met")


VERIFY_BUDGET = 0.05
"""Issue 22: whole-object reads are checked by default only if that costs at most 5% per cell."""


def verification_cost(results: dict[str, dict[str, dict]]) -> list[str]:
    """Per GET cell run by both `ours` and `ours+verify`: the rate with the checksum checked
    over the rate without (the same run), and the cost against the 5% budget."""
    rows = []
    for cell_id, row in results.items():
        section = cell_id.split("/", 1)[0]
        fn = {"small": ops_per_s, "large": mib_per_s}.get(section)
        if fn is None or "/get" not in cell_id:
            continue
        r = _ratio(row.get("ours+verify"), row.get("ours"), fn)
        if r is None:
            continue
        cost = 1.0 - r
        if cell_id.startswith(("small/get/", "large/get-mem/")):  # read_all: checked
            verdict = "within 5%" if cost <= VERIFY_BUDGET else "OVER 5%"
        else:  # streamed: the same work in both, so the ratio is the run's noise
            verdict = "not checked (same work: noise)"
        rows.append(f"| {cell_id} | {r:.3f} | {cost * 100:+.1f}% | {verdict} |")
    if not rows:
        return []
    return [
        "",
        "Verification cost (ours+verify over ours, same run; cost = 1 - ratio):",
        "",
        "| cell | ratio | cost | budget |",
        "|---|---|---|---|",
        *rows,
    ]


def render(results: dict[str, dict[str, dict]], peers: list[str], meta: dict) -> str:
    lines = [
        f"# aistore client bench, {meta['date']}",
        "",
        f"Machine: {meta['cores']} cores ({meta['platform']}), Python {meta['python']}; cluster: "
        f"{meta['cluster']}. Mode: {meta['mode']}. Cells run one after another.",
        "",
    ]
    shown = [p for p in peers if any(p in row for row in results.values())]
    # the fs rows judge ours-fs in the "ours" columns, also when only the fs peers ran
    judged = [
        p for p in ("ours", "ours+fast") if p in shown or (p == "ours" and "ours-fs" in shown)
    ]
    head = ["workload", *shown]
    for p in judged:
        head += [f"{p} vs target", p]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for cell_id, row in results.items():
        section = cell_id.split("/", 1)[0]
        for label, fn, fmt in METRICS.get(section, []):
            cells = [f"{cell_id} {label}"]
            cells += [_fmt(row.get(p), fn, fmt) for p in shown]
            for p in judged:
                cells += targets(cell_id, row, label, p, results)
            lines.append("| " + " | ".join(cells) + " |")
    lines += verification_cost(results)
    notes = [
        (cid, p, r.get("skip") or r.get("error"))
        for cid, row in results.items()
        for p, r in row.items()
        if not _ok(r)
    ]
    if notes:
        lines += ["", "Skipped or failed cells:", ""]
        lines += [f"- {cid} / {p}: {why}" for cid, p, why in notes]
    if meta.get("notes"):
        lines += ["", "Notes:", ""]
        lines += [f"- {n}" for n in meta["notes"]]
    return "\n".join(lines) + "\n"


def save(results: dict, peers: list[str], meta: dict, extra: dict | None = None) -> Path:
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y-%m-%d-%H%M%S", time.localtime())
    base = RESULTS / stamp
    payload = {"meta": meta, "peers": peers, "results": results, **(extra or {})}
    base.with_suffix(".json").write_text(json.dumps(payload, indent=1, sort_keys=True))
    text = render(results, peers, meta)
    profile = (extra or {}).get("profile") or {}
    if profile.get("summary"):
        text += (
            "\n## Profile (1 KiB, 1 thread, cProfile on thread CPU time)\n\n"
            + profile["summary"]
            + "\n"
        )
    base.with_suffix(".md").write_text(text)
    return base


def machine() -> dict:
    import platform

    return {
        "cores": os.cpu_count(),
        "platform": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d %H:%M", time.localtime()),
    }
