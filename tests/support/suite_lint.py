"""A lint of the test suite itself: assertions that cannot fail, or check too little.

Rules (each finding is `path:line: rule: detail`):

* ``raises-exception``: ``pytest.raises(Exception)`` or ``pytest.raises(BaseException)`` (also in a
  tuple), with or without ``match``: any bug that raises anything passes.
* ``bare-raises``: ``pytest.raises(AISError)`` (the base of every server error) without ``match=``
  and without an ``as`` name that a later ``assert`` reads (for its status or message).
* ``assert-in-suppress``: an ``assert`` inside ``with suppress(...)``/``contextlib.suppress(...)``:
  when the suppressed error comes first, the assert never runs.
* ``timed-assert``: an ``assert`` that reads a difference of ``time.time()``/``time.monotonic()``/
  ``time.perf_counter()`` (directly, or through a name assigned from one): speed is for ``bench/``.
* ``no-assert``: a ``test_*`` function with no ``assert``, no ``pytest.raises``/``pytest.warns``/
  ``pytest.fail``, no ``raise AssertionError`` and no call of a helper that does one of those
  (a function of the same module or of a ``tests`` module it imports, followed transitively).

`python -m tests.support.suite_lint [paths...]` prints the findings of the suite (default: tests/).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"

BROAD = {"Exception", "BaseException"}
BASE_SERVER_ERROR = {"AISError"}
TIME_CALLS = {"time", "monotonic", "perf_counter", "monotonic_ns", "time_ns", "perf_counter_ns"}
ASSERTING_PYTEST = {"raises", "warns", "fail", "deprecated_call"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.detail}"


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _last(node: ast.expr) -> str:
    return _dotted(node).rsplit(".", 1)[-1]


def _is_pytest(call: ast.Call, names: set[str]) -> bool:
    """`pytest.<name>(...)` (or a bare `<name>(...)` imported from pytest)."""
    func = _dotted(call.func)
    return func in {f"pytest.{n}" for n in names} or func in names


def _walk_local(node: ast.AST) -> Iterator[ast.AST]:
    """ast.walk that does not enter nested function or class definitions."""
    stack = list(ast.iter_child_nodes(node))
    while stack:
        child = stack.pop()
        yield child
        if not isinstance(
            child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef
        ):
            stack.extend(ast.iter_child_nodes(child))


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


# -- rule 1 and 2: pytest.raises ------------------------------------------------------------------


def _raised_classes(call: ast.Call) -> list[str]:
    if not call.args:
        return []
    first = call.args[0]
    items = first.elts if isinstance(first, ast.Tuple) else [first]
    return [_last(item) for item in items]


def _names_read_by_asserts(func: ast.AST) -> set[str]:
    read: set[str] = set()
    for node in ast.walk(func):
        if isinstance(node, ast.Assert):
            read |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    return read


def check_raises(tree: ast.AST, path: str) -> list[Finding]:
    findings: list[Finding] = []
    for func in _functions(tree):
        asserted = _names_read_by_asserts(func)
        for node in _walk_local(func):
            if not isinstance(node, ast.With | ast.AsyncWith):
                continue
            for item in node.items:
                call = item.context_expr
                if not (isinstance(call, ast.Call) and _is_pytest(call, {"raises"})):
                    continue
                classes = _raised_classes(call)
                has_match = any(k.arg == "match" for k in call.keywords)
                if BROAD & set(classes):
                    findings.append(
                        Finding(path, call.lineno, "raises-exception", ast.unparse(call))
                    )
                elif BASE_SERVER_ERROR & set(classes) and not has_match:
                    target = item.optional_vars
                    if not (isinstance(target, ast.Name) and target.id in asserted):
                        findings.append(
                            Finding(path, call.lineno, "bare-raises", ast.unparse(call))
                        )
        # pytest.raises(...) used as a call (pytest.raises(E, f, *args)) is checked the same way
        for node in _walk_local(func):
            if (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Call)
                and _is_pytest(node.value, {"raises"})
                and len(node.value.args) > 1
                and BROAD & set(_raised_classes(node.value))
            ):
                findings.append(
                    Finding(path, node.lineno, "raises-exception", ast.unparse(node.value))
                )
    return findings


# -- rule 3: assert inside suppress ---------------------------------------------------------------


def _is_suppress(item: ast.withitem) -> bool:
    call = item.context_expr
    return isinstance(call, ast.Call) and _last(call.func) == "suppress"


def check_suppress(tree: ast.AST, path: str) -> list[Finding]:
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.With | ast.AsyncWith) and any(_is_suppress(i) for i in node.items):
            for stmt in node.body:
                for inner in [stmt, *_walk_local(stmt)]:
                    if isinstance(inner, ast.Assert):
                        findings.append(
                            Finding(path, inner.lineno, "assert-in-suppress", ast.unparse(inner))
                        )
    return findings


# -- rule 4: timed asserts ------------------------------------------------------------------------


def _is_clock_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _dotted(node.func) in {
        f"time.{n}" for n in TIME_CALLS
    } | TIME_CALLS - {"time"}


def _is_clock_difference(node: ast.AST, names: set[str]) -> bool:
    """`a - b` where a side reads the clock (or a name holding a clock reading)."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Sub)
        and (_uses_clock(node.left, names) or _uses_clock(node.right, names))
    )


def _uses_clock(node: ast.AST, names: set[str]) -> bool:
    return any(
        _is_clock_call(n) or (isinstance(n, ast.Name) and n.id in names) for n in ast.walk(node)
    )


def _assigned(func: ast.AST) -> Iterator[tuple[list[str], ast.expr]]:
    for node in ast.walk(func):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            yield names, node.value


def _durations(func: ast.AST) -> set[str]:
    """Names holding a clock difference (`elapsed = time.monotonic() - t0`), to a fixpoint.

    A deadline (`deadline = time.monotonic() + 30`) is a clock reading, not a duration: a
    polling loop's `assert time.monotonic() < deadline` is a timeout, not a timed assertion.
    """
    readings = {n for names, value in _assigned(func) if _uses_clock(value, set()) for n in names}
    durations: set[str] = set()
    changed = True
    while changed:
        changed = False
        for names, value in _assigned(func):
            if any(_is_clock_difference(n, readings) for n in ast.walk(value)) or any(
                isinstance(n, ast.Name) and n.id in durations for n in ast.walk(value)
            ):
                new = set(names) - durations
                durations |= new
                changed |= bool(new)
    return durations


def check_timed(tree: ast.AST, path: str) -> list[Finding]:
    findings: list[Finding] = []
    for func in _functions(tree):
        durations = _durations(func)
        readings = {n for names, v in _assigned(func) if _uses_clock(v, set()) for n in names}
        for node in _walk_local(func):
            if isinstance(node, ast.Assert) and any(
                _is_clock_difference(sub, readings)
                or (isinstance(sub, ast.Name) and sub.id in durations)
                for sub in ast.walk(node.test)
            ):
                findings.append(Finding(path, node.lineno, "timed-assert", ast.unparse(node.test)))
    return findings


# -- rule 5: tests that assert nothing ------------------------------------------------------------


class _Module:
    """The functions of one module and of the `tests` modules it imports, by the name called."""

    def __init__(self, tree: ast.Module, path: Path, cache: dict[Path, ast.Module]) -> None:
        self.local: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        for func in _functions(tree):
            self.local.setdefault(func.name, []).append(func)
        self.imported: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        self.modules: dict[str, dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                source = _resolve(node, path)
                if source is None:
                    continue
                other = _parse(source, cache)
                funcs = _index(other)
                for alias in node.names:
                    sub = source.parent / alias.name / "__init__.py"
                    sub_module = source.with_name(f"{alias.name}.py")
                    name = alias.asname or alias.name
                    if alias.name in funcs:
                        self.imported[name] = funcs[alias.name]
                    elif sub_module.exists() and source.name == "__init__.py":
                        self.modules[name] = _index(_parse(sub_module, cache))
                    elif sub.exists():
                        self.modules[name] = _index(_parse(sub, cache))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "tests":
                        file = ROOT.joinpath(*alias.name.split(".")).with_suffix(".py")
                        if file.exists() and alias.asname:
                            self.modules[alias.asname] = _index(_parse(file, cache))

    def callees(self, call: ast.Call) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        func = call.func
        if isinstance(func, ast.Name):
            return self.local.get(func.id, []) + self.imported.get(func.id, [])
        if isinstance(func, ast.Attribute):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in self.modules:
                return self.modules[owner.id].get(func.attr, [])
            if isinstance(owner, ast.Name) and owner.id in {"self", "cls"}:
                return self.local.get(func.attr, [])
        return []


def _index(tree: ast.Module) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    found: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for func in _functions(tree):
        found.setdefault(func.name, []).append(func)
    return found


def _parse(path: Path, cache: dict[Path, ast.Module]) -> ast.Module:
    if path not in cache:
        cache[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return cache[path]


def _resolve(node: ast.ImportFrom, path: Path) -> Path | None:
    """The file of a `from X import ...` when X is a `tests` module (absolute or relative)."""
    if node.level:
        base = path.parent
        for _ in range(node.level - 1):
            base = base.parent
        parts = node.module.split(".") if node.module else []
    elif node.module and node.module.split(".")[0] == "tests":
        base = ROOT
        parts = node.module.split(".")
    else:
        return None
    target = base.joinpath(*parts)
    if target.with_suffix(".py").exists():
        return target.with_suffix(".py")
    if (target / "__init__.py").exists():
        return target / "__init__.py"
    return None


def _asserts_directly(func: ast.AST) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            if _is_pytest(node, ASSERTING_PYTEST):
                return True
            if isinstance(node.func, ast.Attribute) and node.func.attr.startswith("assert"):
                return True  # unittest's self.assertEqual, mock.assert_called_once_with, ...
        if isinstance(node, ast.Raise) and node.exc is not None:
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if _last(raised) in {"AssertionError", "Failed"}:
                return True
    return False


def _asserts(func: ast.AST, module: _Module, seen: set[int]) -> bool:
    if id(func) in seen:
        return False
    seen.add(id(func))
    if _asserts_directly(func):
        return True
    for node in ast.walk(func):
        if isinstance(node, ast.Call):
            for callee in module.callees(node):
                if _asserts(callee, module, seen):
                    return True
    return False


def check_no_assert(
    tree: ast.Module, path: str, file: Path, cache: dict[Path, ast.Module]
) -> list[Finding]:
    module = _Module(tree, file, cache)
    findings: list[Finding] = []
    for func in _functions(tree):
        if func.name.startswith("test_") and not _asserts(func, module, set()):
            findings.append(Finding(path, func.lineno, "no-assert", func.name))
    return findings


# -- driver ---------------------------------------------------------------------------------------


def lint_source(
    source: str,
    path: str = "<test>",
    file: Path | None = None,
    cache: dict[Path, ast.Module] | None = None,
) -> list[Finding]:
    tree = ast.parse(source, path)
    cache = {} if cache is None else cache
    file = file if file is not None else TESTS / "unit" / "<test>.py"
    findings = [
        *check_raises(tree, path),
        *check_suppress(tree, path),
        *check_timed(tree, path),
        *check_no_assert(tree, path, file, cache),
    ]
    return sorted(set(findings), key=lambda f: (f.path, f.line, f.rule))


def test_files(root: Path = TESTS) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if p.name.startswith("test_"))


test_files.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def lint_files(files: Iterable[Path]) -> list[Finding]:
    cache: dict[Path, ast.Module] = {}
    findings: list[Finding] = []
    for file in files:
        rel = str(file.relative_to(ROOT)) if file.is_relative_to(ROOT) else str(file)
        findings += lint_source(file.read_text(encoding="utf-8"), rel, file, cache)
    return findings


def main(argv: list[str]) -> int:
    files = [Path(a).resolve() for a in argv] or test_files()
    findings = lint_files(files)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s) in {len(files)} file(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
