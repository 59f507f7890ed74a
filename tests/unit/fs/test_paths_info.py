"""Pure parts of the `ais://` filesystem: paths, archive members, info dicts, CLI URLs."""

from __future__ import annotations

import datetime

import httpx
import pytest

from aistore.cli import _split
from aistore.fs import _info, _paths
from aistore.sdk.types import BucketEntry


def test_strip_protocol_and_split() -> None:
    assert _paths.strip_protocol("ais://b/dir/key/") == "b/dir/key"
    assert _paths.strip_protocol("ais:b/k") == "b/k"
    assert _paths.strip_protocol("b/k") == "b/k"
    assert _paths.split("b/dir/key") == _paths.ObjectPath("b", "dir/key")
    assert _paths.split("b").key == ""
    assert _paths.split("b/x").path == "b/x"
    with pytest.raises(TypeError):
        _paths.split(None)  # type: ignore[arg-type]


def test_archive_split_takes_the_first_shard_segment() -> None:
    assert _paths.archive_split("d/shard.tar/a/b.jpg") == ("d/shard.tar", "a/b.jpg")
    assert _paths.archive_split("s.tar.gz/m") == ("s.tar.gz", "m")
    assert _paths.archive_split("S.ZIP/m") == ("S.ZIP", "m")
    assert _paths.archive_split("shard.tar") is None
    assert _paths.archive_split("dir/file.jpg") is None
    assert _paths.is_archive("x.tar.lz4") and not _paths.is_archive("x.tarx")


def test_child_level() -> None:
    assert _paths.child_level("s.tar/", "s.tar/a/b") == ("s.tar/a", True)
    assert _paths.child_level("s.tar/", "s.tar/a") == ("s.tar/a", False)
    assert _paths.child_level("s.tar/x/", "s.tar/a") is None
    assert _paths.dir_prefix("") == "" and _paths.dir_prefix("a") == "a/"
    assert _paths.parent("b/a/c") == "b/a"


def test_info_from_headers() -> None:
    headers = httpx.Headers(
        {
            "content-length": "12",
            "ais-checksum-type": "xxhash2",
            "ais-checksum-value": "abc",
            "ais-version": "3",
            "last-modified": "Wed, 02 Dec 2026 02:05:00 GMT",
            "etag": '"v1-abc"',
        }
    )
    info = _info.from_headers("b/k", headers)
    assert info == {
        "name": "b/k",
        "size": 12,
        "type": "file",
        "checksum": "abc",
        "checksum_type": "xxhash2",
        "version": "3",
        "LastModified": datetime.datetime(2026, 12, 2, 2, 5, tzinfo=datetime.UTC),
        "ETag": '"v1-abc"',
    }
    assert "LastModified" not in _info.from_headers("b/k", {"last-modified": "garbage"})


def test_info_from_entries() -> None:
    directory = BucketEntry(n="d/sub/", f=_info.ENTRY_IS_DIR)
    assert _info.from_entry("b", directory) == {"name": "b/d/sub", "size": 0, "type": "directory"}
    assert _info.is_dir_entry(directory) and not _info.is_member_entry(directory)
    entry = BucketEntry(n="d/f", s=5, cs="c", v="1", a="02 Dec 26 02:04 UTC", f=64)
    assert _info.from_entry("b", entry) == {
        "name": "b/d/f",
        "size": 5,
        "type": "file",
        "checksum": "c",
        "version": "1",
        "atime": "02 Dec 26 02:04 UTC",
    }
    assert _info.is_member_entry(BucketEntry(n="s.tar/m", f=_info.ENTRY_IN_ARCH | 64))


def test_cli_urls() -> None:
    assert _split("ais://b/o/x") == ("ais", "b/o/x")
    assert _split("s3://b/o") == ("aws", "b/o")
    assert _split("gs://b/o") == ("gcp", "b/o")
    for bad in ("b/o", "ais://", "nope://b/o"):
        with pytest.raises(SystemExit):
            _split(bad)
