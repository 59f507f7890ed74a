"""webdataset: `ais://` URLs in `wds.WebDataset("ais://bucket/shard-{000..099}.tar")`.

`register()` puts `gopen_ais` in webdataset's handler table in place of its own `ais` handler
(which runs the external `ais` CLI). Reads stream the object through `AISFileSystem.open("rb")`
(ranged GETs of `STREAM_BLOCK` bytes, read ahead one at a time: constant memory, pinned to the
version seen at open, continued after a cut connection); writes stream through
`AISFileSystem.open("wb")`. For I/O outside the
training process, use `pipe:aistore cat ais://bucket/shard.tar` instead.
"""

from __future__ import annotations

import importlib
from typing import IO, Any

from aistore.fs import _paths
from aistore.fs.core import AISFileSystem

STREAM_BLOCK = 8 << 20


def _filesystem(kwargs: dict[str, Any]) -> AISFileSystem:
    return AISFileSystem(**kwargs)  # fsspec's instance cache: one per process and arguments


def gopen_ais(url: str, mode: str = "rb", bufsize: int = 8192, **kwargs: Any) -> IO[bytes]:
    """Open `ais://bucket/object` for webdataset (`mode` "rb" or "wb")."""
    fs = _filesystem(kwargs)
    path = _paths.strip_protocol(url)
    if mode.startswith("r"):
        return fs.open(path, "rb", block_size=STREAM_BLOCK, cache_type="readahead")  # type: ignore[no-any-return]
    if mode.startswith("w"):
        return fs.open(path, "wb")  # type: ignore[no-any-return]
    raise ValueError(f"gopen_ais: unsupported mode {mode!r}")


def register() -> None:
    """Make webdataset open `ais://` URLs with `gopen_ais`."""
    # the module, not `webdataset.gopen` the function that shadows it in the package
    module = importlib.import_module("webdataset.gopen")
    module.gopen_schemes["ais"] = gopen_ais
