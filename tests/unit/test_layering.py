"""The house has no arrow running back up: each layer imports only the layers below it.

    generated/aistore_raw  <  aistore._core  <  aistore.sdk  <  aistore.aio  <  fs, pytorch, cli

`aistore.version` is a leaf anyone may import. Every import statement counts, those inside
functions and `TYPE_CHECKING` blocks too (a lazy import is still an arrow).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ABOVE = ("aistore.fs", "aistore.pytorch", "aistore.cli", "aistore.contract", "aistore.devcluster")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "generated/aistore_raw": ("aistore",),
    "aistore/_core": ("aistore.sdk", "aistore.aio", *ABOVE),
    "aistore/sdk": ("aistore.aio", *ABOVE),
    "aistore/aio": ABOVE,
}


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in `tree`, `from aistore import x` as
    `aistore.x`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "aistore":
                found += [(node.lineno, f"aistore.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(layer: str) -> list[str]:
    bad: list[str] = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for line, module in imported_modules(tree):
            if any(_under(module, up) for up in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    assert violations(layer) == []


def test_the_check_sees_every_kind_of_import() -> None:
    source = (
        "import aistore.sdk.errors\n"
        "from aistore.aio import AsyncClient\n"
        "from aistore import sdk\n"
        "def f():\n"
        "    from aistore.fs.core import AISFileSystem\n"
        "from .sibling import x\n"
    )
    modules = [m for _, m in imported_modules(ast.parse(source))]
    assert modules == ["aistore.sdk.errors", "aistore.aio", "aistore.sdk", "aistore.fs.core"]
