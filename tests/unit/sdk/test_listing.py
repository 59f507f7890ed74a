"""The listing decoders' value types (aistore/sdk/types/_listing.py): entry fields, flag bits,
the JSON form of a page and an entry's object properties."""

from __future__ import annotations

import pytest

from aistore.sdk.types import BucketEntry, BucketList

FULL = BucketEntry(n="d/o", cs="abc", a="atime-1", v="3", t="t1:/mp", s=42, c=2, f=64)


def test_entry_properties_read_the_wire_fields() -> None:
    assert (FULL.name, FULL.checksum, FULL.atime, FULL.version, FULL.location) == (
        "d/o",
        "abc",
        "atime-1",
        "3",
        "t1:/mp",
    )
    assert (FULL.size, FULL.copies, FULL.flags) == (42, 2, 64)
    bare = BucketEntry(n="x")
    assert (bare.checksum, bare.atime, bare.version, bare.location) == ("", "", "", "")
    assert (bare.size, bare.copies, bare.flags) == (0, 0, 0)


@pytest.mark.parametrize(
    ("flags", "cached", "ok"),
    [
        (0, False, True),
        (1 << 6, True, True),
        ((1 << 6) | 1, True, False),
        (1 << 4, False, False),  # the highest error/status bit
        (1 << 5, False, True),  # bit 5 is neither an error bit nor "cached"
        (1 << 7, False, True),
        ((1 << 5) - 1, False, False),
    ],
)
def test_flag_bits(flags: int, cached: bool, ok: bool) -> None:
    entry = BucketEntry(n="o", f=flags)
    assert entry.is_cached() is cached
    assert entry.is_ok() is ok


def test_object_props_of_an_entry() -> None:
    props = FULL.generate_object_props()
    assert props.name == "d/o"
    assert props.checksum_value == "abc"
    assert props.access_time == "atime-1"
    assert props.obj_version == "3"
    assert props.location == "t1:/mp"
    assert props.size == 42
    assert props.mirror_copies == 2
    empty = BucketEntry(n="e").generate_object_props()
    assert (empty.size, empty.mirror_copies, empty.checksum_value) == (0, 0, "")


def test_page_properties() -> None:
    page = BucketList(UUID="u-1", ContinuationToken="tok", Flags=5, Entries=[FULL])
    assert (page.uuid, page.continuation_token, page.flags) == ("u-1", "tok", 5)
    assert page.entries == [FULL]
    assert page.get_entries() == [FULL]
    assert BucketList(UUID="", ContinuationToken="", Flags=0).get_entries() == []


def test_from_json_reads_the_long_names() -> None:
    page = BucketList.from_json(
        {
            "uuid": "u-2",
            "continuation_token": "next",
            "flags": "3",
            "entries": [
                {
                    "name": "a",
                    "checksum": "c",
                    "atime": "t",
                    "version": "2",
                    "location": "loc",
                    "size": "11",
                    "copies": 3,
                    "flags": 64,
                },
                {"name": "b"},
            ],
        }
    )
    assert (page.uuid, page.continuation_token, page.flags) == ("u-2", "next", 3)
    first, second = page.entries
    assert first == BucketEntry(n="a", cs="c", a="t", v="2", t="loc", s=11, c=3, f=64)
    assert second == BucketEntry(n="b")


def test_from_json_of_an_empty_answer() -> None:
    page = BucketList.from_json({"entries": None, "size": None, "flags": None})
    assert page == BucketList(UUID="", ContinuationToken="", Flags=0, Entries=[])
    nulls = BucketList.from_json({"entries": [{"name": "n", "size": None, "copies": None}]})
    assert nulls.entries == [BucketEntry(n="n")]
    assert BucketList.from_json({"entries": [{}]}).entries == [BucketEntry(n="")]
    assert BucketList.from_json({}) == BucketList(
        UUID="", ContinuationToken="", Flags=0, Entries=[]
    )
