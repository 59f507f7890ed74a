"""The small-object ratios as a bar chart: one group per cell, one bar per peer, aisloader = 1.0.

`draw(results, peers, path)` writes a PNG (matplotlib, headless). Each bar is the peer's ops/s
over aisloader's in the same cell (same size, same number of threads/workers); aisloader has no
HEAD workload, so HEAD cells are drawn against aisloader's GET of the same size and threads
(their labels say so). Also usable alone: `python -m bench.chart results/<stamp>.json`.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from bench.report import RESULTS, _ok, ops_per_s

LATEST = RESULTS / "latest.png"
"""A copy of the newest chart, at a fixed path for the README."""


def ratios(
    results: dict[str, dict[str, dict]], peers: list[str]
) -> tuple[list[str], dict[str, list[float | None]]]:
    """(cell labels, {peer: ratio per cell}) for the small cells."""
    labels: list[str] = []
    table: dict[str, list[float | None]] = {p: [] for p in peers}
    for cell_id, row in results.items():
        if not cell_id.startswith("small/"):
            continue
        _, op, size, threads = cell_id.split("/")
        base_id = cell_id if op != "head" else f"small/get/{size}/{threads}"
        base = results.get(base_id, {}).get("aisloader")
        if not _ok(base):
            continue
        assert base is not None
        label = f"{op.upper()} {size} {threads}"
        labels.append(label + (" (vs GET)" if op == "head" else ""))
        for p in peers:
            r = row.get(p)
            table[p].append(ops_per_s(r) / ops_per_s(base) if _ok(r) else None)  # type: ignore[arg-type]
    return labels, {p: v for p, v in table.items() if any(x is not None for x in v)}


def draw(
    results: dict[str, dict[str, dict]], peers: list[str], path: Path, title: str = ""
) -> bool:
    """Write the chart to `path` (and `LATEST`); False when there is nothing to draw."""
    labels, table = ratios(results, peers)
    if not labels or not table:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    width = 0.8 / len(table)
    fig, ax = plt.subplots(figsize=(max(8.0, 1.1 * len(labels) + 2), 4.8))
    for i, (peer, values) in enumerate(table.items()):
        xs = [j + (i - (len(table) - 1) / 2) * width for j in range(len(labels))]
        heights = [v if v is not None else 0.0 for v in values]
        ax.bar(xs, heights, width, label=peer)
    ax.axhline(1.0, color="black", linewidth=0.8, linestyle="--")
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("ops/s relative to aisloader (= 1.0)")
    ax.set_title(title or "Small objects: ops/s relative to aisloader, same run")
    ax.legend(fontsize=8, ncol=min(4, len(table)))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    if path.resolve() != LATEST.resolve():
        shutil.copyfile(path, LATEST)
    return True


def main(argv: list[str]) -> int:
    source = Path(argv[0])
    payload = json.loads(source.read_text())
    title = f"Small objects vs aisloader, {payload['meta'].get('date', '')}"
    ok = draw(payload["results"], payload["peers"], source.with_suffix(".png"), title)
    print(source.with_suffix(".png") if ok else "no small cells with aisloader to draw")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
