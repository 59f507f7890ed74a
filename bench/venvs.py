"""The peers' virtual environments under bench/.venvs/, made on first use and then reused.

Our client runs in the interpreter that runs the bench (the repository's .venv); each reference
SDK gets its own venv, so the published package is imported, never the repository's `aistore`.
boto3 shares the 2.0.0 venv (both pin recent botocore/requests without conflict).
"""

from __future__ import annotations

import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENVS = HERE / ".venvs"


@dataclass(frozen=True)
class VenvSpec:
    name: str
    packages: tuple[str, ...]


SPECS = {
    "ref-1.9.2": VenvSpec("ref-1.9.2", ("aistore==1.9.2", "msgspec")),
    "ref-2.0.0": VenvSpec("ref-2.0.0", ("aistore==2.0.0", "boto3", "msgspec")),
    # the DataLoader rows: the reference datasets need torch (and 2.0.0's its alive-progress)
    "ref-1.9.2-torch": VenvSpec(
        "ref-1.9.2-torch", ("aistore==1.9.2", "msgspec", "torch", "alive-progress")
    ),
    "ref-2.0.0-torch": VenvSpec("ref-2.0.0-torch", ("aistore[pytorch]==2.0.0", "msgspec", "torch")),
    # its own venv: s3fs pins aiobotocore, which pins botocore apart from boto3's
    "s3fs": VenvSpec("s3fs", ("s3fs", "pyarrow")),
}


def python_for(name: str) -> tuple[str | None, str]:
    """(interpreter path, "") for venv `name`, or (None, why it is unavailable)."""
    if name == "ours":
        return sys.executable, ""
    spec = SPECS[name]
    root = VENVS / spec.name
    python = root / "bin" / "python"
    marker = root / ".bench-installed"
    wanted = "\n".join(spec.packages)
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return str(python), ""
    print(f"[bench] creating {root} ({', '.join(spec.packages)}) ...", flush=True)
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(root)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                *spec.packages,
            ],
            check=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not create venv {spec.name}: {exc}"
    marker.write_text(wanted)
    return str(python), ""
