"""Fault scenarios (`make faults`): long, destructive, each on its own throwaway cluster.

Collected only when `AIS_FAULTS=1` (set by `make faults`), so `make test` stays short.
"""

from __future__ import annotations

import os

import pytest

if os.environ.get("AIS_FAULTS") != "1":
    collect_ignore_glob = ["test_*.py"]

pytestmark = pytest.mark.live


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The scenarios' counts (operations, failures, wrong bytes, stalls) in CI's log."""
    from tests.faults.load import REPORTED

    if REPORTED:
        terminalreporter.section("fault scenarios")
        for line in REPORTED:
            terminalreporter.write_line(line)
