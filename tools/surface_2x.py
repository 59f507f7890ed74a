#!/usr/bin/env python3
"""Compare this package's public surface with the reference SDK 2.0.0 wheel's.

The 2.0.0 wheel is installed in its own virtualenv (bench/venvs.py, `ref-2.0.0`, made on first
use). This script runs itself there with `--dump` to list, for every public class defined in an
`aistore.sdk.*` / `aistore.pytorch.*` module, its public members (kind and parameters); then
imports the same module paths from this package and checks each member: present, same kind,
same parameter names in order (optional ones may be added at the end; `*args`/`**kwargs` not
compared). Prints every mismatch and the summary line `2.x surface: N/M`.

    .venv/bin/python tools/surface_2x.py           # mismatches + summary
    .venv/bin/python tools/surface_2x.py --quiet   # summary only

Left out: `aistore.mcp` (an LLM tool server), `aistore.botocore_patch` (patches boto3, no SDK
surface) and `aistore.sdk.etl.webserver` (frameworks for writing ETL servers, not the client).
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("aistore.sdk", "aistore.pytorch")
SKIP = ("aistore.mcp", "aistore.botocore_patch", "aistore.sdk.etl.webserver")
INTERNAL = {"model_config"}  # pydantic's per-class configuration, not an SDK member
FOREIGN = ("builtins", "typing", "abc", "enum", "pydantic", "msgspec", "collections", "io",
           "_io", "torch", "dataclasses")  # fmt: skip


def _modules() -> list[str]:
    names: list[str] = []
    for package in PACKAGES:
        try:
            pkg = importlib.import_module(package)
        except Exception:  # a module that does not import has no surface
            continue
        names.append(package)
        for info in pkgutil.walk_packages(pkg.__path__, package + "."):
            if not any(part.startswith("_") for part in info.name.split(".")):
                names.append(info.name)
    return sorted(n for n in names if not n.startswith(SKIP))


def _kind(cls: type, name: str) -> str:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            raw = klass.__dict__[name]
            if isinstance(raw, property):
                return "property"
            if isinstance(raw, staticmethod):
                return "staticmethod"
            if isinstance(raw, classmethod):
                return "classmethod"
            return "method" if callable(raw) else "attribute"
    return "attribute"


def _params(obj: Any) -> list[tuple[str, bool]] | None:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    out = []
    for p in sig.parameters.values():
        if p.name in ("self", "cls") or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        out.append((p.name, p.default is not p.empty))
    return out


def _own(cls: type, name: str) -> bool:
    """Defined by an aistore class (not inherited from a library base)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__module__.split(".")[0] not in FOREIGN and klass is not object
    return False


def _fields(cls: type) -> list[str]:
    fields = list(getattr(cls, "model_fields", {}) or {})  # pydantic 2
    fields += list(getattr(cls, "__fields__", {}) or {}) if not fields else []
    fields += list(getattr(cls, "__struct_fields__", ()) or ())
    fields += list(getattr(cls, "__dataclass_fields__", {}) or {})
    return [f for f in dict.fromkeys(fields) if not f.startswith("_")]


def dump() -> dict[str, dict[str, dict[str, Any]]]:
    """{module: {class: {member: {"kind", "params"}}}} of public classes defined there."""
    surface: dict[str, dict[str, dict[str, Any]]] = {}
    for modname in _modules():
        try:
            mod = importlib.import_module(modname)
        except Exception:  # a module that does not import has no surface
            continue
        for cname, cls in vars(mod).items():
            if cname.startswith("_") or not inspect.isclass(cls) or cls.__module__ != modname:
                continue
            if "[" in cname:  # pydantic's parametrized RootModel[...] helpers, not user classes
                continue
            members: dict[str, Any] = {}
            if issubclass(cls, BaseException):
                members["__init__"] = {"kind": "method", "params": _params(cls.__init__)}
            for name in dir(cls):
                if name.startswith("_") or name in INTERNAL or not _own(cls, name):
                    continue
                kind = _kind(cls, name)
                raw = inspect.getattr_static(cls, name)
                func = getattr(raw, "__func__", raw)
                params = _params(func) if kind.endswith("method") else None
                members[name] = {"kind": kind, "params": params}
            for field in _fields(cls):
                members.setdefault(field, {"kind": "field", "params": None})
            surface.setdefault(modname, {})[cname] = members
    return surface


def _has_field(cls: type, name: str) -> bool:
    return name in _fields(cls) or hasattr(cls, name)


def _check(ref: dict[str, Any], cls: type, name: str) -> str | None:
    if ref["kind"] == "field":
        return None if _has_field(cls, name) else "missing"
    if name == "__init__":
        ours_params = _params(cls.__init__)
    else:
        if not hasattr(cls, name) and name not in _fields(cls):
            return "missing"
        kind = _kind(cls, name) if hasattr(cls, name) else "field"
        if ref["kind"] in ("property", "attribute") and kind in ("property", "attribute", "field"):
            return None
        if kind != ref["kind"]:
            return f"is a {kind}, 2.0.0 has a {ref['kind']}"
        raw = inspect.getattr_static(cls, name)
        ours_params = _params(getattr(raw, "__func__", raw))
    want = [tuple(p) for p in ref["params"] or []]
    if ref["params"] is None or ours_params is None:
        return None
    names = [p[0] for p in ours_params]
    if names[: len(want)] != [p[0] for p in want]:
        return f"parameters {names} != 2.0.0's {[p[0] for p in want]}"
    if any(not opt for _, opt in ours_params[len(want) :]):
        return "extra required parameters"
    return None


def compare(ref: dict[str, dict[str, dict[str, Any]]]) -> tuple[int, int, list[str]]:
    matched = total = 0
    problems: list[str] = []
    for modname, classes in sorted(ref.items()):
        for cname, members in sorted(classes.items()):
            total += 1
            try:
                cls = getattr(importlib.import_module(modname), cname)
            except Exception:  # missing module or class
                problems.append(f"{modname}.{cname}: class missing")
                total += len(members)
                continue
            matched += 1
            for name, info in sorted(members.items()):
                total += 1
                why = _check(info, cls, name)
                if why is None:
                    matched += 1
                else:
                    problems.append(f"{modname}.{cname}.{name}: {why}")
    return matched, total, problems


def main() -> int:
    if "--dump" in sys.argv:
        sys.stdout.write(json.dumps(dump()))
        return 0
    sys.path.insert(0, str(ROOT))
    from bench.venvs import python_for

    python, why = python_for("ref-2.0.0")
    if python is None:
        print(f"2.x surface: cannot build the 2.0.0 venv: {why}", file=sys.stderr)
        return 2
    done = subprocess.run(
        [python, "-I", __file__, "--dump"], capture_output=True, text=True, cwd="/", check=True
    )
    matched, total, problems = compare(json.loads(done.stdout))
    if "--quiet" not in sys.argv:
        for line in problems:
            print(line)
    print(f"2.x surface: {matched}/{total}")
    return 0 if matched == total else 1


if __name__ == "__main__":
    sys.exit(main())
