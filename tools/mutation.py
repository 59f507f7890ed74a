"""Mutation testing of the decision modules (mutmut 3): `make mutation`, `make mutation-changed`.

The modules are `[tool.mutmut] only_mutate` in pyproject.toml (the decision modules: `_core`
without its socket shells, byte ranges, multi-object ranges/templates/braces, the Get-Batch
decoders and the listing decoders); the tests are the unit tests named there.

    python tools/mutation.py            # every module; rewrites mutation/report.md
    python tools/mutation.py --changed  # only modules whose source differs from the one the
                                        # report was made from (what CI runs, see below)
    python tools/mutation.py --report   # rewrite the report from the last run's results
    python tools/mutation.py aistore/_core/retry.py   # one module (the report keeps the rest)

A surviving mutant is either killed by a new test or listed in mutation/equivalents.txt with a
one-line reason (reviewed like code). An entry names the function and a hash of the mutant's
changed lines, so it survives line shifts but not a change of the mutated code itself.

"A change", for CI on a clean clone: the report records the sha256 of each module it scored.
`--changed` mutates the modules whose source differs from that record (so every change since the
report was written, in any number of commits) and fails when one of them that had reached the
bar in the report falls below it (a ratchet: a module still below the bar is reported, not
failed). A module the report has no score for is named, not run (its first run is long). After
changing a decision module, run `make mutation` and commit the new report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "mutation" / "report.md"
EQUIVALENTS = ROOT / "mutation" / "equivalents.txt"
BAR = 90.0  # percent of the non-equivalent mutants of each module that the tests must kill

KILLED = {1, 3, 36, 37, -24, 24, 152, 255}  # mutmut: killed, pytest error, timeouts, type check
SKIPPED = {34}


def modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["mutmut"]["only_mutate"])


def dotted(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def source_hash(path: str) -> str:
    return hashlib.sha256((ROOT / path).read_bytes()).hexdigest()[:16]


def function_of(mutant: str) -> str:
    """`aistore.x.xǁClsǁmeth__mutmut_3` -> `aistore.x.Cls.meth`; `aistore.x.x_f__mutmut_1` ->
    `aistore.x.f`."""
    base = mutant.rsplit("__mutmut_", 1)[0]
    module, _, name = base.rpartition(".")
    if name.startswith("xǁ"):
        name = ".".join(part for part in name[2:].split("ǁ") if part)
    elif name.startswith("x_"):
        name = name[2:]
    return f"{module}.{name}"


def changed_lines(diff: str) -> list[str]:
    return [
        line[0] + line[1:].strip()
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def key_of(mutant: str, diff: str) -> str:
    digest = hashlib.sha256("\n".join(changed_lines(diff)).encode()).hexdigest()[:10]
    return f"{function_of(mutant)} {digest}"


def load_equivalents() -> dict[str, str]:
    found: dict[str, str] = {}
    if not EQUIVALENTS.exists():
        return found
    for raw in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        match = re.fullmatch(r"(\S+ [0-9a-f]{10}): (.+)", raw.strip())
        if match is None:
            raise SystemExit(f"{EQUIVALENTS}: not `<function> <hash>: <reason>`: {raw!r}")
        found[match.group(1)] = match.group(2)
    return found


@dataclass
class Score:
    path: str
    total: int = 0
    killed: int = 0
    skipped: int = 0
    unchecked: int = 0  # not run yet (an interrupted run)
    equivalent: list[tuple[str, str, str]] = field(default_factory=list)  # name, key, diff
    survivors: list[tuple[str, str, str, str]] = field(default_factory=list)  # + status

    @property
    def checked(self) -> int:
        return self.total - self.skipped - self.unchecked

    @property
    def note(self) -> str:
        return f" ({self.unchecked} not run)" if self.unchecked else ""

    @property
    def raw(self) -> float:
        counted = self.total - self.skipped - self.unchecked
        return 100.0 * self.killed / counted if counted else 100.0

    @property
    def percent(self) -> float:
        counted = self.total - self.skipped - self.unchecked - len(self.equivalent)
        return 100.0 * self.killed / counted if counted else 100.0


def status_name(code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[code])


def collect(paths: list[str]) -> dict[str, Score]:
    """Scores from mutmut's per-file results (mutants/<path>.meta)."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    equivalents = load_equivalents()
    scores: dict[str, Score] = {}
    for path in paths:
        meta = ROOT / "mutants" / f"{path}.meta"
        if not meta.exists():
            continue
        results: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        if all(code is None for code in results.values()):
            continue  # generated, never run
        score = scores[path] = Score(path)
        for name, code in sorted(results.items(), key=lambda kv: _natural(kv[0])):
            score.total += 1
            if code in KILLED:
                score.killed += 1
                continue
            if code in SKIPPED:
                score.skipped += 1
                continue
            if code is None:
                score.unchecked += 1
                continue
            diff = get_diff_for_mutant(name, path=path)
            key = key_of(name, diff)
            if key in equivalents:
                score.equivalent.append((name, key, diff))
            else:
                score.survivors.append((name, key, diff, status_name(code)))
    return scores


def _natural(name: str) -> tuple[str, int]:
    base, _, n = name.rpartition("__mutmut_")
    return base, int(n) if n.isdigit() else 0


def forget_survivors(paths: list[str]) -> int:
    """Mark the surviving mutants of `paths` as not run, so that mutmut tries them again with
    the current tests (mutmut re-runs a mutant only when its function changed)."""
    forgotten = 0
    for path in paths:
        meta = ROOT / "mutants" / f"{path}.meta"
        if not meta.exists():
            continue
        data = json.loads(meta.read_text())
        results = data["exit_code_by_key"]
        for name, code in results.items():
            if code is not None and code not in KILLED and code not in SKIPPED:
                results[name] = None
                forgotten += 1
        meta.write_text(json.dumps(data, indent=4))
    return forgotten


def run_mutmut(paths: list[str]) -> float:
    """`mutmut run` with `only_mutate` narrowed to `paths` (mutmut reads its config once, from
    pyproject.toml; generating the mutants of files nobody changed would cost minutes in CI)."""
    start = time.monotonic()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--mutmut-run", *paths]
    subprocess.run(cmd, cwd=ROOT, check=True)
    return time.monotonic() - start


def _mutmut_run(paths: list[str]) -> int:
    from mutmut import configuration
    from mutmut.__main__ import cli

    config = configuration.config()
    config.only_mutate = list(paths)
    return int(cli.main(["run", *(f"{dotted(p)}.*" for p in paths)], standalone_mode=False) or 0)


def recorded() -> dict[str, tuple[str, float | None]]:
    """Per module of the report: its source hash and score (None: not run)."""
    if not REPORT.exists():
        return {}
    found: dict[str, tuple[str, float | None]] = {}
    for line in REPORT.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([^`]+)` \| ([0-9a-f]{16}) \|(.*)", line)
        if match:
            cells = [c.strip() for c in match.group(3).split("|")]
            score = float(cells[4].rstrip("%")) if len(cells) > 4 and cells[4] else None
            found[match.group(1)] = (match.group(2), score)
    return found


def write_report(scores: dict[str, Score], seconds: float | None) -> None:
    lines = [
        "# Mutation report (generated by `make mutation`; do not edit by hand)",
        "",
        "mutmut 3 over the decision modules (`[tool.mutmut] only_mutate` in pyproject.toml),",
        "killed by the unit tests named there. *score*: killed / (mutants - equivalent);",
        "*raw*: killed / mutants. Equivalent mutants: mutation/equivalents.txt (one reviewed",
        f"reason each). The bar is {BAR:.0f}% per module. The source hash is what",
        "`make mutation-changed` (CI) compares to pick the modules a change touched.",
        "",
        "| module | source sha256 | mutants | killed | equivalent | survived | score | raw |",
        "|---|---|---|---|---|---|---|---|",
    ]
    total = Counter[str]()
    for path in modules():
        score = scores.get(path)
        if score is None:
            lines.append(f"| `{path}` | {source_hash(path)} | not run | | | | | |")
            continue
        lines.append(
            f"| `{path}` | {source_hash(path)} | {score.checked}{score.note} | {score.killed} "
            f"| {len(score.equivalent)} | {len(score.survivors)} | {score.percent:.1f}% "
            f"| {score.raw:.1f}% |"
        )
        total["mutants"] += score.checked
        total["killed"] += score.killed
        total["equivalent"] += len(score.equivalent)
        total["survived"] += len(score.survivors)
    counted = total["mutants"] - total["equivalent"]
    lines.append(
        f"| all | | {total['mutants']} | {total['killed']} | {total['equivalent']} "
        f"| {total['survived']} | {100.0 * total['killed'] / max(counted, 1):.1f}% "
        f"| {100.0 * total['killed'] / max(total['mutants'], 1):.1f}% |"
    )
    if seconds is not None:
        lines += ["", f"Last run: {seconds:.0f} s."]
    lines += ["", "## Survivors (neither killed nor listed as equivalent)", ""]
    survivors = [s for path in modules() if path in scores for s in scores[path].survivors]
    if not survivors:
        lines.append("None.")
    for name, key, diff, status in survivors:
        lines += [f"### `{name}` ({status})", "", f"key: `{key}`", "", "```diff", diff, "```", ""]
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def print_scores(scores: dict[str, Score]) -> None:
    for path, score in scores.items():
        print(
            f"{path}: {score.percent:.1f}% ({score.killed} killed of "
            f"{score.checked}{score.note}, {len(score.equivalent)} equivalent, "
            f"{len(score.survivors)} survived; raw {score.raw:.1f}%)"
        )


def failures(
    scores: dict[str, Score], before: dict[str, tuple[str, float | None]] | None = None
) -> list[str]:
    """Modules below the bar. With `before` (CI): only those that had reached it in the report
    (a ratchet: a module still below the bar is reported, and fails once it has reached it)."""
    if before is not None:
        scores = {
            path: score
            for path, score in scores.items()
            if (before.get(path, ("", None))[1] or 0.0) >= BAR
        }
    return [
        f"{path}: {score.percent:.1f}% < {BAR:.0f}% ({len(score.survivors)} survivor(s) neither "
        "killed nor listed as equivalent)"
        for path, score in scores.items()
        if score.percent < BAR
    ]


def main(argv: list[str]) -> int:
    os.chdir(ROOT)  # mutmut reads pyproject.toml and mutants/ from the working directory
    if argv[:1] == ["--mutmut-run"]:
        return _mutmut_run(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--changed", action="store_true", help="modules changed since the report")
    mode.add_argument("--report", action="store_true", help="rewrite the report, run nothing")
    parser.add_argument("modules", nargs="*", help="only these (paths as in only_mutate)")
    args = parser.parse_args(argv)
    paths = modules()
    unknown = set(args.modules) - set(paths)
    if unknown:
        parser.error(f"not a decision module of [tool.mutmut] only_mutate: {sorted(unknown)}")
    if args.modules:
        paths = [p for p in paths if p in args.modules]
    before = recorded() if args.changed else None
    if before is not None:
        paths = [p for p in paths if before.get(p, ("", None))[0] != source_hash(p)]
        unscored = [p for p in paths if before.get(p, ("", None))[1] is None]
        if unscored:  # CI time: a module's first full run is `make mutation`'s, not CI's
            print("mutation: changed but never scored (run make mutation):", ", ".join(unscored))
            paths = [p for p in paths if p not in unscored]
        if not paths:
            print(f"mutation: no decision module changed since {REPORT.relative_to(ROOT)}")
            return 0
        print("mutation: changed since the report:", ", ".join(paths))
    seconds = None
    if not args.report:
        print(f"mutation: {forget_survivors(paths)} earlier survivor(s) to try again")
        seconds = run_mutmut(paths)
    scores = collect(paths)
    print_scores(scores)
    if not args.changed:
        write_report(collect(modules()), seconds)
        print(f"mutation: report in {REPORT.relative_to(ROOT)}")
    bad = failures(scores, before)
    for line in bad:
        print("mutation: below the bar:", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
