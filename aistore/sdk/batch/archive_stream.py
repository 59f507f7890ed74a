"""Members of a Get-Batch archive, in order, for each output format the server writes."""

from __future__ import annotations

import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator

from aistore.sdk.batch.tar_stream import iter_tar

EXT_TAR = ".tar"
EXT_TGZ = ".tgz"
EXT_TARGZ = ".tar.gz"
EXT_TARLZ4 = ".tar.lz4"
EXT_ZIP = ".zip"
FORMATS = (EXT_TAR, EXT_TGZ, EXT_TARGZ, EXT_TARLZ4, EXT_ZIP)
ZIP_SPOOL = 64 << 20
"""A zip's index is at its end: the answer is spooled, to disk beyond this many bytes."""


def normalize_format(output_format: str) -> str:
    fmt = output_format.lower() if isinstance(output_format, str) else output_format
    if fmt in ("tar", "tgz", "tar.gz", "tar.lz4", "zip"):
        fmt = "." + fmt
    if fmt not in FORMATS:
        raise ValueError(
            f"Unsupported output format {output_format!r}; expected one of {', '.join(FORMATS)}"
        )
    return str(fmt)


def _gunzip(chunks: Iterable[bytes]) -> Iterator[bytes]:
    inflate = zlib.decompressobj(wbits=31)
    for chunk in chunks:
        if out := inflate.decompress(chunk):
            yield out
    if tail := inflate.flush():
        yield tail


def _unlz4(chunks: Iterable[bytes]) -> Iterator[bytes]:
    try:
        import lz4.frame  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise ValueError("output format .tar.lz4 needs the 'lz4' package") from None
    decompressor = lz4.frame.LZ4FrameDecompressor()
    for chunk in chunks:
        if out := decompressor.decompress(chunk):
            yield out


def _unzip(chunks: Iterable[bytes]) -> Iterator[tuple[str, bytes]]:
    with tempfile.SpooledTemporaryFile(max_size=ZIP_SPOOL) as spool:
        for chunk in chunks:
            spool.write(chunk)
        spool.seek(0)
        with zipfile.ZipFile(spool) as archive:
            for info in archive.infolist():
                if not info.is_dir():
                    yield info.filename, archive.read(info)


def iter_members(output_format: str, chunks: Iterable[bytes]) -> Iterator[tuple[str, bytes]]:
    """(name, content) of each file in the archive, in archive order."""
    if output_format == EXT_TAR:
        return iter_tar(chunks)
    if output_format in (EXT_TGZ, EXT_TARGZ):
        return iter_tar(_gunzip(chunks))
    if output_format == EXT_TARLZ4:
        return iter_tar(_unlz4(chunks))
    return _unzip(chunks)
