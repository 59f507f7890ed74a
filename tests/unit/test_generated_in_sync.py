"""generated/aistore_raw must be exactly what codegen/generate.py makes from spec/ and codegen/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_code_matches_spec() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "generate.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, (
        "generated/ drifted from spec/ or codegen/; run `make generate` and commit the result.\n"
        f"{proc.stdout}{proc.stderr}"
    )
