"""The idiomatic layer builds no URL by hand and sends only operations that the spec has.

Scans `aistore/` (except `_core`) with `ast`:

* no string literal (docstrings aside) that is a URL path `/v1/...` or `http(s)://host/v1/...`,
  and no f-string that starts with one or puts `/v1/` right after a placeholder;
* no `httpx.<verb>(...)` / `httpx.request(...)` / `httpx.stream(...)`, no `<x>.request(...)`,
  and `build_request` only with the generated `**request_kwargs`;
* every `send(<op>.op(...))` / `call(...)` / `_send(...)` / `_job(...)` whose first argument is a
  generated operation applied to its arguments (or a bare module-level name) resolves to an
  imported generated module `aistore_raw.<service>.api.<tag>.<op>` whose
  `OPERATION_ID`, `METHOD` and `PATH_TEMPLATE` are those of a spec operation.
"""

from __future__ import annotations

import ast
import importlib
import itertools
import re
from pathlib import Path

import pytest

from aistore.contract.spec import load

pytestmark = pytest.mark.scan  # one case per file: counted apart (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[3] / "aistore"
EXCLUDED = {"_core"}
FOREIGN_API = {
    # the fault proxy's client: Toxiproxy's own small HTTP API (`/proxies`, `/toxics`), no AIS
    # operation; plain http.client so that the contract checker does not see it
    "devcluster/toxiproxy.py": ".request(...) outside _core",
}
URL_LITERAL = re.compile(r"^(https?://[^/\s]*)?/v1(/|$)")
SEND_NAMES = {"send", "call", "_send", "_job"}
HTTPX_VERBS = {"get", "post", "put", "patch", "delete", "head", "options", "request", "stream"}


def layer_files() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if p.relative_to(ROOT).parts[0] not in EXCLUDED)


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _imports(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted module for `from aistore_raw... import op [as x]` / `import ...`."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("aistore_raw")
        ):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("aistore_raw") and alias.asname:
                    names[alias.asname] = alias.name
    return names


def scan(source: str, filename: str = "<src>") -> tuple[list[str], list[tuple[str, str]]]:
    """(hand-made URL/transport findings, [(location, module) of every send target])."""
    tree = ast.parse(source, filename)
    docs = _docstrings(tree)
    imports = _imports(tree)
    findings: list[str] = []
    targets: list[tuple[str, str]] = []
    joined_parts: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                joined_parts.add(id(part))
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if (
                id(node) not in docs
                and id(node) not in joined_parts
                and URL_LITERAL.match(node.value)
            ):
                findings.append(f"{where}: URL path literal {node.value!r}")
        elif isinstance(node, ast.JoinedStr):
            values = node.values
            first = values[0] if values else None
            if isinstance(first, ast.Constant) and URL_LITERAL.match(str(first.value)):
                findings.append(f"{where}: f-string URL path")
            for prev, part in itertools.pairwise(values):
                if (
                    isinstance(prev, ast.FormattedValue)
                    and isinstance(part, ast.Constant)
                    and str(part.value).startswith("/v1/")
                ):
                    findings.append(f"{where}: f-string builds a /v1/ URL")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "httpx" and attr in HTTPX_VERBS:
                findings.append(f"{where}: httpx.{attr}(...) outside _core")
            elif attr == "request":
                findings.append(f"{where}: .request(...) outside _core")
            elif attr == "build_request" and not (
                len(node.args) == 0 and len(node.keywords) == 1 and node.keywords[0].arg is None
            ):
                findings.append(f"{where}: build_request with hand-made arguments")
            elif attr in SEND_NAMES and node.args and (name := _send_target(node.args[0])):
                if name in imports:
                    targets.append((where, imports[name]))
                elif _is_module_global(tree, name):
                    findings.append(
                        f"{where}: {attr}({name}, ...) target is not a generated operation"
                    )
    return findings, targets


def _send_target(arg: ast.expr) -> str | None:
    """`x` of `send(x.op(...))` (a typed call) or of `send(x, ...)`; None for anything else."""
    if (
        isinstance(arg, ast.Call)
        and isinstance(arg.func, ast.Attribute)
        and arg.func.attr == "op"
        and isinstance(arg.func.value, ast.Name)
    ):
        return arg.func.value.id
    return arg.id if isinstance(arg, ast.Name) else None


def _is_module_global(tree: ast.Module, name: str) -> bool:
    """A name bound at module level (not a parameter/local of the enclosing function)."""
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return True
        if isinstance(node, ast.Import | ast.ImportFrom) and any(
            (a.asname or a.name.split(".")[0]) == name for a in node.names
        ):
            return True
    return False


def test_the_layer_has_files_to_scan() -> None:
    assert len(layer_files()) > 5


@pytest.mark.parametrize("path", layer_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_hand_made_urls_or_transport_calls(path: Path) -> None:
    findings, _ = scan(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parent)))
    foreign = FOREIGN_API.get(str(path.relative_to(ROOT)))
    if foreign is not None:
        assert any(foreign in f for f in findings), f"{path}: no longer calls a foreign API"
        findings = [f for f in findings if foreign not in f]
    assert not findings, "\n".join(findings)


def test_every_send_target_is_a_spec_operation() -> None:
    specs = {"ais": load("ais"), "authn": load("authn")}
    problems: list[str] = []
    seen = 0
    for path in layer_files():
        _, targets = scan(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parent)))
        for where, dotted in targets:
            seen += 1
            parts = dotted.split(".")
            if len(parts) != 5 or parts[2] != "api" or parts[1] not in specs:
                problems.append(f"{where}: {dotted} is not aistore_raw.<service>.api.<tag>.<op>")
                continue
            module = importlib.import_module(dotted)
            op = specs[parts[1]].by_id(getattr(module, "OPERATION_ID", ""))
            if op is None:
                problems.append(f"{where}: {dotted}: OPERATION_ID not in the {parts[1]} spec")
            elif (op.method, op.path) != (module.METHOD, module.PATH_TEMPLATE):
                problems.append(
                    f"{where}: {dotted} is {module.METHOD} {module.PATH_TEMPLATE}, "
                    f"the spec says {op.method} {op.path}"
                )
    assert seen > 0, "no send(op.op(...)) found: the scan is broken"
    assert not problems, "\n".join(problems)


# --- the scanner itself ---------------------------------------------------------------------------
def test_scanner_flags_hand_made_urls_and_raw_calls() -> None:
    bad = """
import httpx
from aistore_raw.ais.api.objects import get_object
BOGUS = object()
def f(client, endpoint, b):
    httpx.get(endpoint + "/v1/health")
    client.http.request("GET", f"/v1/buckets/{b}")
    url = f"{endpoint}/v1/objects/{b}"
    client.send(BOGUS.op())
    client.http.build_request("GET", "x")
    return "/v1/daemon"
"""
    findings, targets = scan(bad)
    text = "\n".join(findings)
    for expected in ("httpx.get", ".request(", "f-string URL path", "builds a /v1/ URL",
                     "BOGUS", "build_request", "'/v1/daemon'"):  # fmt: skip
        assert expected in text, (expected, text)
    assert targets == []


def test_scanner_accepts_the_idiomatic_forms() -> None:
    good = '''
"""Docstring mentioning GET /v1/buckets is fine."""
from aistore_raw.ais.api.objects import get_object
def f(client, op, b):
    """Also /v1/objects here."""
    client.send(get_object.op(b, "o"))
    client.send(op.op(b))  # a parameter: resolved by the caller
    client.http.build_request(**get_object.request_kwargs(b, "o"))
    raise ValueError(f"action not accepted by PUT /v1/buckets/<bucket>")
'''
    findings, targets = scan(good)
    assert findings == []
    assert targets == [("<src>:6", "aistore_raw.ais.api.objects.get_object")]
