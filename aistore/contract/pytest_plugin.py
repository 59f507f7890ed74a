"""pytest plugin: every live HTTP exchange is checked against the spec; coverage at the end.

Enable with ``pytest_plugins = ["aistore.contract.pytest_plugin"]`` (tests/conftest.py).

* Mode: ``AIS_CONTRACT=strict`` (default) fails the test during which (setup, call or teardown)
  an exchange differed from the spec, with the operation and the differences; ``warn`` reports
  them (test report section + summary) without failing; ``off`` does nothing.
* Which tests: live ones - marked ``live`` or under a ``live`` / ``contract`` test directory
  (unit tests talk to fake servers on purpose). ``@pytest.mark.contract_exempt("why")`` turns
  checking off for a test that sends off-spec requests on purpose.
* At the end: the line ``spec coverage: X/Y operations, A/B actions exercised live`` and
  ``build/spec-coverage.json`` + ``.txt`` (directory: ``AIS_CONTRACT_REPORT_DIR``).

Hooked in by patching ``handle_request`` of ``StdlibTransport`` and ``httpx.HTTPTransport``, and
``Pool.request`` of the asyncio client (see `aistore.contract.transport.install`), so every hop
of every client is seen.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from aistore.contract import transport
from aistore.contract.coverage import compute

ENV_MODE = "AIS_CONTRACT"
ENV_REPORT_DIR = "AIS_CONTRACT_REPORT_DIR"
MODES = ("strict", "warn", "off")
LIVE_DIRS = ("live", "contract")

_mode_key = pytest.StashKey[str]()
_stray_key = pytest.StashKey[list[transport.Exchange]]()


def _mode() -> str:
    mode = os.environ.get(ENV_MODE, "strict").strip().lower() or "strict"
    if mode not in MODES:
        raise pytest.UsageError(f"{ENV_MODE} must be one of {', '.join(MODES)}, got {mode!r}")
    return mode


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "contract_exempt(reason): do not check this test's HTTP exchanges against the spec",
    )
    mode = _mode()
    config.stash[_mode_key] = mode
    config.stash[_stray_key] = []
    if mode == "off":
        return
    transport.RECORDER.active = False
    transport.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    if config.stash.get(_mode_key, "off") != "off":
        transport.uninstall()


def _is_live(item: pytest.Item) -> bool:
    if item.get_closest_marker("contract_exempt") is not None:
        return False
    if item.get_closest_marker("live") is not None:
        return True
    parts = Path(str(item.path)).parts
    return "unit" not in parts and any(d in parts for d in LIVE_DIRS)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, Any, Any]:
    if item.config.stash.get(_mode_key, "off") == "off":
        return (yield)
    stray = transport.RECORDER.drain_failures()
    item.config.stash[_stray_key].extend(stray)
    transport.RECORDER.active = _is_live(item)
    try:
        return (yield)
    finally:
        transport.RECORDER.active = False


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    mode = item.config.stash.get(_mode_key, "off")
    if mode == "off":
        return report
    failures = transport.RECORDER.drain_failures()
    if not failures:
        return report
    text = _describe(failures)
    report.sections.append(("spec contract", text))
    if mode == "strict" and report.passed and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"exchange(s) not matching the spec during {report.when}:\n{text}"
    return report


def _describe(failures: list[transport.Exchange]) -> str:
    return "\n".join(f.describe() for f in failures)


def _report_dir(config: pytest.Config) -> Path:
    env = os.environ.get(ENV_REPORT_DIR)
    return Path(env) if env else Path(str(config.rootpath)) / "build"


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    mode = config.stash.get(_mode_key, "off")
    if mode == "off":
        return
    stray = config.stash[_stray_key]
    stray.extend(transport.RECORDER.drain_failures())
    exchanges = list(transport.RECORDER.exchanges)
    if not exchanges:
        return
    checker = transport.default_checker()
    cov = compute(checker.specs.values(), exchanges, services=["ais"])
    jpath, tpath = cov.write(_report_dir(config))
    authn = None
    if any(e.service == "authn" for e in exchanges):
        authn = compute(checker.specs.values(), exchanges, services=["authn"])
        authn.write(_report_dir(config), stem="spec-coverage-authn")
    tr = terminalreporter
    tr.section("spec contract")
    if stray:
        tr.write_line(f"exchanges outside any test that do not match the spec ({len(stray)}):")
        for f in stray:
            tr.write_line("  " + f.describe().replace("\n", "\n  "))
    bad = sum(1 for e in exchanges if e.diffs)
    tr.write_line(f"{len(exchanges)} exchanges checked, {bad} not matching the spec (mode {mode})")
    tr.write_line(cov.summary)
    if authn is not None:
        tr.write_line("authn " + authn.summary)
    tr.write_line(f"details: {tpath} and {jpath}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if config.stash.get(_mode_key, "off") != "strict":
        return
    stray = config.stash[_stray_key]
    stray.extend(transport.RECORDER.drain_failures())
    if stray and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
