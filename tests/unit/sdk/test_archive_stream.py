"""Get-Batch archive decoding (aistore/sdk/batch/archive_stream.py): every output format the
server writes gives the members in archive order, read from chunks of any size."""

from __future__ import annotations

import gzip
import io
import sys
import tarfile
import tempfile
import types
import zipfile
from collections.abc import Iterator

import pytest

from aistore.sdk.batch import archive_stream
from aistore.sdk.batch.archive_stream import iter_members, normalize_format

MEMBERS = [("a/one.txt", b"first"), ("b.bin", bytes(range(256)) * 9), ("empty", b"")]


def _tar() -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in MEMBERS:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("dir/", b"")  # a directory entry: not a member
        for name, data in MEMBERS:
            archive.writestr(name, data)
    return out.getvalue()


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


@pytest.mark.parametrize(
    ("given", "normal"),
    [
        ("tar", ".tar"),
        (".tar", ".tar"),
        ("TGZ", ".tgz"),
        ("tar.gz", ".tar.gz"),
        (".TAR.LZ4", ".tar.lz4"),
        ("tar.lz4", ".tar.lz4"),
        ("zip", ".zip"),
    ],
)
def test_normalize_format(given: str, normal: str) -> None:
    assert normalize_format(given) == normal


@pytest.mark.parametrize("bad", ["rar", ".tar.bz2", "", 7])
def test_normalize_format_refuses_others_naming_them(bad: object) -> None:
    with pytest.raises(ValueError, match=r"Unsupported output format .*expected one of \.tar, "):
        normalize_format(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("chunk", [1, 7, 512, 1 << 20])
def test_tar_members_in_order(chunk: int) -> None:
    assert list(iter_members(".tar", _chunks(_tar(), chunk))) == MEMBERS


@pytest.mark.parametrize("fmt", [".tgz", ".tar.gz"])
@pytest.mark.parametrize("chunk", [1, 100, 1 << 20])
def test_gzipped_tar_members_in_order(fmt: str, chunk: int) -> None:
    packed = gzip.compress(_tar())
    assert list(iter_members(fmt, _chunks(packed, chunk))) == MEMBERS


def test_gunzip_yields_the_tail_held_back_until_flush() -> None:
    data = b"x" * 100_000
    out = b"".join(archive_stream._gunzip(_chunks(gzip.compress(data), 3)))
    assert out == data
    assert list(archive_stream._gunzip([])) == []


@pytest.mark.parametrize("chunk", [5, 1 << 20])
def test_zip_members_in_order_without_directories(chunk: int) -> None:
    assert list(iter_members(".zip", _chunks(_zip(), chunk))) == MEMBERS


def test_zip_spools_to_disk_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    spools: list[tempfile.SpooledTemporaryFile[bytes]] = []

    class Recorded(tempfile.SpooledTemporaryFile):  # type: ignore[type-arg]
        def __init__(self, max_size: int) -> None:
            super().__init__(max_size=max_size)
            spools.append(self)

    monkeypatch.setattr(archive_stream.tempfile, "SpooledTemporaryFile", Recorded)
    monkeypatch.setattr(archive_stream, "ZIP_SPOOL", 16)
    assert list(iter_members(".zip", [_zip()])) == MEMBERS
    assert [spool._rolled for spool in spools] == [True]  # type: ignore[attr-defined]
    monkeypatch.setattr(archive_stream, "ZIP_SPOOL", 1 << 20)
    assert list(iter_members(".zip", [_zip()])) == MEMBERS
    assert spools[1]._rolled is False  # type: ignore[attr-defined]


def test_lz4_without_the_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lz4", None)
    monkeypatch.setitem(sys.modules, "lz4.frame", None)
    with pytest.raises(ValueError) as info:
        list(iter_members(".tar.lz4", [b"x"]))
    assert str(info.value) == "output format .tar.lz4 needs the 'lz4' package"
    assert info.value.__cause__ is None and info.value.__suppress_context__


class _Frame(types.ModuleType):
    """A stand-in `lz4.frame`: its decompressor un-does `_pack` (each chunk reversed), and holds
    back empty output the way a real one does mid-frame."""

    class LZ4FrameDecompressor:
        def decompress(self, chunk: bytes) -> bytes:
            return chunk[::-1]


def test_lz4_tar_members_in_order_through_the_decompressor(monkeypatch: pytest.MonkeyPatch) -> None:
    lz4 = types.ModuleType("lz4")
    frame = _Frame("lz4.frame")
    lz4.frame = frame  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "lz4", lz4)
    monkeypatch.setitem(sys.modules, "lz4.frame", frame)
    packed = [chunk[::-1] for chunk in _chunks(_tar(), 100)] + [b""]
    assert list(iter_members(".tar.lz4", packed)) == MEMBERS
