"""No action name is written by hand in `aistore/`: action messages get it from the spec.

Every generated action message (`aistore_raw.<service>.models.ActMsg*`) defaults its `action`
field to the spec's `const`, so the idiomatic layer builds `ActMsgMptUpload()`, never
`ActMsgMptUpload(action="mpt-upload")`. This scan (`ast`, all of `aistore/`) fails on
`action="<a spec action>"` keyword arguments and `{"action": "<a spec action>"}` dict entries.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import attrs
import pytest
from aistore_raw.ais import models as ais_models
from aistore_raw.authn import models as authn_models

pytestmark = pytest.mark.scan  # one case per file: counted apart (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2] / "aistore"


def spec_actions() -> set[str]:
    """The `action` constants of every generated model (their attrs default, from the spec)."""
    found: set[str] = set()
    for module in (ais_models, authn_models):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if not attrs.has(cls):
                continue
            field = getattr(attrs.fields(cls), "action", None)
            if field is not None and isinstance(field.default, str):
                found.add(field.default)
    return found


def scan(source: str, actions: set[str], filename: str = "<src>") -> list[str]:
    findings: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.keyword) and node.arg == "action":
            value = node.value
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if (
                    isinstance(key, ast.Constant)
                    and key.value == "action"
                    and isinstance(value, ast.Constant)
                    and value.value in actions
                ):
                    findings.append(f"{filename}:{node.lineno}: {{'action': {value.value!r}}}")
            continue
        else:
            continue
        if isinstance(value, ast.Constant) and value.value in actions:
            findings.append(f"{filename}:{value.lineno}: action={value.value!r}")
    return findings


def test_the_spec_has_actions() -> None:
    actions = spec_actions()
    assert {"mpt-upload", "mpt-complete", "mpt-abort", "create-bck", "list"} <= actions


@pytest.mark.parametrize(
    "path", sorted(ROOT.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT.parent))
)
def test_no_action_literal(path: Path) -> None:
    findings = scan(path.read_text(encoding="utf-8"), spec_actions(), str(path))
    assert not findings, "\n".join(findings)


def test_scanner_flags_literals_and_spares_the_rest() -> None:
    bad = """
ActMsgMptUpload(action="mpt-upload")
body = {"action": "create-bck", "value": 1}
"""
    good = """
ActMsgMptUpload()
wait(action="job to finish")
parser.add_argument("--tls", action="store_true")
"""
    actions = spec_actions()
    assert sorted(f.split(": ", 1)[1] for f in scan(bad, actions)) == [
        "action='mpt-upload'",
        "{'action': 'create-bck'}",
    ]
    assert scan(good, actions) == []
