"""Typed sends: mypy sees a misspelt parameter or a wrong enum value at the call site.

The request layer takes `<operation>.op(<arguments>)`, whose signature is the generated
`request_kwargs`'s; this runs mypy on a snippet and expects its errors (and none for the
correct calls, so the test fails if the check stops seeing the signature).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = textwrap.dedent(
    """
    from aistore_raw.ais.api.objects import get_object
    from aistore._core.sender import OperationSender

    def good(r: OperationSender) -> None:
        r.send(get_object.op("b", "o", provider="ais", latest_ver=True), stream=True)

    def misspelt(r: OperationSender) -> None:
        r.send(get_object.op("b", "o", provder="ais"))

    def wrong_enum(r: OperationSender) -> None:
        r.send(get_object.op("b", "o", provider="s4"))
    """
)


def test_mypy_rejects_a_misspelt_parameter_and_a_wrong_literal(tmp_path: Path) -> None:
    source = tmp_path / "typed_send_snippet.py"
    source.write_text(SNIPPET)
    out, err, status = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(source),
        ]
    )
    lines = [line for line in out.splitlines() if "typed_send_snippet.py" in line]
    assert status == 1, (out, err)
    by_line: dict[int, str] = {}
    for line in lines:
        if ": error:" in line:
            by_line[int(line.split(":")[1])] = by_line.get(int(line.split(":")[1]), "") + line
    assert set(by_line) == {9, 12}, lines  # nothing on the good call (line 6)
    assert 'Unexpected keyword argument "provder"' in by_line[9]
    assert "'s4'" in by_line[12] and 'Argument "provider"' in by_line[12]
