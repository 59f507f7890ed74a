"""Where the server binaries (aisnode, authn, aisloader) are found."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

BIN_DIR_ENV = "AIS_BIN_DIR"
SERVER_BINARIES = ("aisnode", "authn", "aisloader")
DEFAULT_BUILD_ROOT = Path.home() / ".cache" / "aistore-py"


class BinaryNotFoundError(FileNotFoundError):
    """A server binary is missing; the message says how to build it."""


def find_binary(name: str) -> Path:
    """Return the path of a server binary: `$AIS_BIN_DIR/<name>` first, then `PATH`."""
    bin_dir = os.environ.get(BIN_DIR_ENV)
    if bin_dir:
        candidate = Path(bin_dir) / name
        if os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name)
    if found:
        return Path(found)
    # where `make server` puts them by default (one directory per pinned release)
    for built in sorted(DEFAULT_BUILD_ROOT.glob(f"server-*/{name}"), reverse=True):
        if os.access(built, os.X_OK):
            return built
    where = f"{BIN_DIR_ENV}={bin_dir}" if bin_dir else f"{BIN_DIR_ENV} unset"
    raise BinaryNotFoundError(
        f"AIS server binary {name!r} not found ({where}, not on PATH); "
        "build it with `make server` (it prints the directory to use as AIS_BIN_DIR)"
    )
