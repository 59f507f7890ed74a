"""ByteRange, range_header and span_header: parsing, refusals and the resume offset."""

from __future__ import annotations

import pytest

from aistore.sdk.obj.byte_range import ByteRange, range_header, span_header


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("bytes=0-9", 0, 9),
        ("bytes=5-5", 5, 5),  # one byte: end == start is valid
        ("bytes=7-", 7, None),
        ("bytes=-3", None, 3),
        ("  bytes=1-2 ", 1, 2),
    ],
)
def test_parse_accepts_valid_ranges(text: str, start: int | None, end: int | None) -> None:
    assert ByteRange.parse(text) == ByteRange(start, end)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("bytes=6-5", "end 5 is before start 6"),
        ("bytes=-0", "an empty suffix selects no bytes"),
        ("bytes=-", "expected 'bytes=START-END'"),
        ("bytes=1-2,4-5", "expected 'bytes=START-END'"),
        ("items=1-2", "expected 'bytes=START-END'"),
        ("bytes=a-b", "expected 'bytes=START-END'"),
    ],
)
def test_parse_refuses_invalid_ranges_naming_them(text: str, why: str) -> None:
    with pytest.raises(ValueError, match="invalid byte range") as info:
        ByteRange.parse(text)
    assert repr(text) in str(info.value)
    assert why in str(info.value)


def test_parse_names_the_accepted_forms() -> None:
    with pytest.raises(ValueError) as info:
        ByteRange.parse("bytes=")
    assert str(info.value) == (
        "invalid byte range 'bytes=': expected 'bytes=START-END', 'bytes=START-' "
        "or 'bytes=-SUFFIX_LENGTH' (one range, decimal byte offsets)"
    )


def test_parse_refuses_a_non_string() -> None:
    with pytest.raises(ValueError, match="invalid byte range 5"):
        ByteRange.parse(5)  # type: ignore[arg-type]


def test_shifted_moves_the_start_by_the_offset() -> None:
    assert ByteRange(10, 20).shifted(0) == "bytes=10-20"
    assert ByteRange(10, 20).shifted(4) == "bytes=14-20"
    assert ByteRange(10, None).shifted(3) == "bytes=13-"


def test_shifted_suffix_shrinks_and_stops_at_zero() -> None:
    assert ByteRange(None, 10).shifted(4) == "bytes=-6"
    assert ByteRange(None, 10).shifted(10) == "bytes=-0"
    assert ByteRange(None, 10).shifted(12) == "bytes=-0"


def test_range_header_resumes_from_the_offset() -> None:
    assert range_header(None, None) is None
    assert range_header(None, 0) is None
    assert range_header(None, 7) == "bytes=7-"
    assert range_header("bytes=5-5", None) == "bytes=5-5"
    assert range_header("bytes=100-199", 0) == "bytes=100-199"
    assert range_header("bytes=100-199", 40) == "bytes=140-199"
    assert range_header("bytes=-50", 20) == "bytes=-30"


def test_range_header_checks_the_range_first() -> None:
    with pytest.raises(ValueError, match="end 1 is before start 2"):
        range_header("bytes=2-1", 5)


def test_span_header_is_the_half_open_span_as_an_inclusive_range() -> None:
    assert span_header(None, None) is None
    assert span_header(0, None) is None
    assert span_header(3, None) == "bytes=3-"
    assert span_header(0, 10) == "bytes=0-9"
    assert span_header(None, 10) == "bytes=0-9"
    assert span_header(4, 5) == "bytes=4-4"
