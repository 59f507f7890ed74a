"""Plugins of the whole suite, and its closing count: behaviour tests apart from scans.

A *scan* reads the project's source or public surface, one parametrized case per file or
name (no action literal, no hand-read header, no hand-built URL, aio parity, exports, the
suite's own lint): it guards a rule, it does not exercise behaviour, and it grows with the
number of files. Its module says so with `pytestmark = pytest.mark.scan`, or is listed in
`SCAN_MODULES` below. pytest's own "N passed" line counts both; the summary printed after it
gives the two numbers apart, and the behaviour count by directory (unit, live, contract, faults).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = ["aistore.devcluster.pytest_plugin"]
pytest_plugins += ["aistore.contract.pytest_plugin"]

TESTS = Path(__file__).resolve().parent
# scan modules whose file does not carry the marker itself (owned by other work)
SCAN_MODULES = {"tests/unit/test_aio_parity.py"}
_scan_ids: set[str] = set()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "scan: reads the project's source or surface (counted apart from behaviour)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.nodeid.split("::", 1)[0]
        if module in SCAN_MODULES:
            item.add_marker(pytest.mark.scan)
        if item.get_closest_marker("scan") is not None:
            _scan_ids.add(item.nodeid)


def _outcomes(stats: dict[str, list[Any]]) -> dict[str, str]:
    """nodeid -> passed/failed/skipped/error/xfailed/xpassed, one outcome per test."""
    outcome: dict[str, str] = {}
    for key in ("passed", "failed", "skipped", "error", "xfailed", "xpassed"):
        for report in stats.get(key, []):
            nodeid = getattr(report, "nodeid", None)
            if not nodeid:
                continue
            if outcome.get(nodeid) in {"failed", "error"}:
                continue  # a failed teardown after a passed call stays a failure
            outcome[nodeid] = key
    return outcome


def _line(counts: Counter[str]) -> str:
    order = ("passed", "failed", "error", "skipped", "xfailed", "xpassed")
    return ", ".join(f"{counts[k]} {k}" for k in order if counts[k]) or "none"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    outcomes = _outcomes(terminalreporter.stats)
    if not outcomes:
        return
    behaviour: Counter[str] = Counter()
    scans: Counter[str] = Counter()
    by_dir: Counter[str] = Counter()
    scan_modules: set[str] = set()
    for nodeid, outcome in outcomes.items():
        if nodeid in _scan_ids:
            scans[outcome] += 1
            scan_modules.add(nodeid.split("::", 1)[0])
            continue
        behaviour[outcome] += 1
        parts = nodeid.split("/")
        by_dir[parts[1] if len(parts) > 2 and parts[0] == "tests" else parts[0]] += 1
    where = ", ".join(f"{d} {n}" for d, n in sorted(by_dir.items()))
    terminalreporter.section("behaviour tests and scans")
    terminalreporter.write_line(f"behaviour tests: {_line(behaviour)} ({where})")
    terminalreporter.write_line(
        f"scans: {_line(scans)} (in {len(scan_modules)} scan module(s): one case per file or name)"
    )
