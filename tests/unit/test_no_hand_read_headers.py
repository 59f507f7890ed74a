"""Operation headers are read through the generated parsers, never by hand in `aistore/`.

Every generated operation module declares its response headers (`RESPONSE_HEADERS`) and reads
them typed (`parse_headers` / `parse_header_map`). This scan (`ast`, all of `aistore/`) fails on
`<x>.headers.get(<name>)` or `<x>.headers[<name>]` (also `headers.get(...)`) where the name, a
string or a constant of `aistore.sdk.const`, is a header the spec declares for some operation.
Transport framing (`Location`, `Content-Length`) stays with the shells.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import aistore_raw.ais.api as ais_api
import aistore_raw.authn.api as authn_api
import pytest

from aistore.sdk import const

pytestmark = pytest.mark.scan  # one case per file: counted apart (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2] / "aistore"
TRANSPORT_HEADERS = {"location", "content-length"}


def declared_headers() -> set[str]:
    """Lower-cased names of every response header some operation of the spec declares."""
    names: set[str] = set()
    for package in (ais_api, authn_api):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for headers in getattr(module, "RESPONSE_HEADERS", {}).values():
                names |= {name.lower() for name in headers}
    return names - TRANSPORT_HEADERS


CONSTANTS = {k: v for k, v in vars(const).items() if k.isupper() and isinstance(v, str)}


def _header_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.lower()
    if isinstance(node, ast.Name) and node.id in CONSTANTS:
        return CONSTANTS[node.id].lower()
    if isinstance(node, ast.Attribute) and node.attr in CONSTANTS:
        return CONSTANTS[node.attr].lower()
    return None


def _is_headers(node: ast.expr) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr in ("headers", "raw_headers")) or (
        isinstance(node, ast.Name) and node.id == "headers"
    )


def scan(source: str, declared: set[str], filename: str = "<src>") -> list[str]:
    findings: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        target: ast.expr | None = None
        key: ast.expr | None = None
        line = 0
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
        ):
            target, key, line = node.func.value, node.args[0], node.lineno
        elif isinstance(node, ast.Subscript):
            target, key, line = node.value, node.slice, node.lineno
        if target is None or key is None or not _is_headers(target):
            continue
        name = _header_name(key)
        if name in declared:
            findings.append(f"{filename}:{line}: reads {name!r} by hand")
    return findings


def test_the_spec_declares_headers() -> None:
    assert {"ais-version", "ais-checksum-value", "ais-append-handle"} <= declared_headers()


@pytest.mark.parametrize(
    "source",
    [
        'v = response.headers.get("ais-version")',
        'v = reply.headers["Ais-Checksum-Value"]',
        "v = headers.get(AIS_VERSION)",
        "v = r.headers.get(const.AIS_VERSION, '')",
    ],
)
def test_the_scanner_finds_a_hand_read(source: str) -> None:
    assert scan(source, declared_headers())


def test_the_scanner_leaves_transport_headers_and_other_mappings() -> None:
    source = (
        'a = response.headers.get("location")\n'
        'b = response.headers["Content-Length"]\n'
        'c = props.get("ais-version")\n'
        'd = response.headers.get("content-type")\n'
    )
    assert scan(source, declared_headers()) == []


def test_aistore_reads_no_operation_header_by_hand() -> None:
    declared = declared_headers()
    findings = [
        finding
        for path in sorted(ROOT.rglob("*.py"))
        for finding in scan(path.read_text(), declared, str(path.relative_to(ROOT.parent)))
    ]
    assert findings == [], "read these through the operation's parse_headers:\n" + "\n".join(
        findings
    )
