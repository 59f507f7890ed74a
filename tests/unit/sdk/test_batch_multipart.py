"""The non-streaming Get-Batch answer (aistore/sdk/batch/multipart.py): boundary, part names,
the archive streamed chunk by chunk, and each way a multipart answer can be broken."""

from __future__ import annotations

import pytest

from aistore.sdk.batch.errors import MultipartDecodeError
from aistore.sdk.batch.multipart import _part_name, boundary_of, split_parts


def _part(name: str, body: bytes, boundary: bytes = b"B", extra: bytes = b"") -> bytes:
    return (
        b"--" + boundary + b"\r\nContent-Disposition: form-data; name=\"" + name.encode()
        + b'"' + extra + b"\r\n\r\n" + body + b"\r\n"
    )  # fmt: skip


def _answer(*parts: bytes, boundary: bytes = b"B") -> bytes:
    return b"".join(parts) + b"--" + boundary + b"--\r\n"


@pytest.mark.parametrize(
    ("content_type", "boundary"),
    [
        ('multipart/mixed; boundary="xyz"', b"xyz"),
        ("multipart/mixed; boundary=xyz", b"xyz"),
        ("multipart/mixed;charset=utf-8; BOUNDARY=a-b", b"a-b"),
        ('multipart/mixed; boundary="caf\xe9"', b"caf\xe9"),
    ],
)
def test_boundary_of(content_type: str, boundary: bytes) -> None:
    assert boundary_of(content_type) == boundary


@pytest.mark.parametrize(
    "content_type", ["multipart/mixed", "multipart/mixed; boundary=", "boundary=x; other=1"]
)
def test_no_boundary_is_an_error_naming_the_header(content_type: str) -> None:
    with pytest.raises(MultipartDecodeError, match="no boundary in Content-Type") as info:
        boundary_of(content_type)
    assert repr(content_type) in str(info.value)


def test_part_name() -> None:
    assert _part_name(b'Content-Disposition: form-data; name="archive"') == "archive"
    assert _part_name(b"X-A: 1\r\ncontent-disposition: form-data; name=meta") == "meta"
    assert _part_name(b'Content-Disposition: form-data; filename="f"; name="n"') == "n"
    assert _part_name(b'Content-Type: text/plain\r\nX: name="no"') == ""
    assert _part_name(b'Content-Disposition: form-data; xname="x"') == ""


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_archive_after_metadata_in_chunks_of_any_size(size: int) -> None:
    body = _answer(_part("metadata", b"{meta}"), _part("archive", b"ARCH\r\n--Ax tail"))
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    meta, archive = split_parts(chunks, b"B")
    assert meta == b"{meta}"
    assert b"".join(archive) == b"ARCH\r\n--Ax tail"


def test_archive_without_metadata_and_an_empty_archive() -> None:
    meta, archive = split_parts([_answer(_part("archive", b"A"))], b"B")
    assert (meta, b"".join(archive)) == (b"", b"A")
    meta, archive = split_parts([_answer(_part("metadata", b"m"), _part("archive", b""))], b"B")
    assert meta == b"m"
    assert list(archive) == []  # nothing, not one empty chunk


def test_other_parts_before_the_archive_are_skipped() -> None:
    body = _answer(_part("metadata", b"m"), _part("notes", b"n"), _part("archive", b"A"))
    meta, archive = split_parts([body], b"B")
    assert (meta, b"".join(archive)) == (b"m", b"A")


def test_preamble_before_the_first_boundary_is_ignored() -> None:
    body = b"preamble\r\n" + _answer(_part("archive", b"A"))
    assert b"".join(split_parts([body], b"B")[1]) == b"A"


def test_no_archive_part_is_an_error() -> None:
    with pytest.raises(MultipartDecodeError, match="no archive part"):
        split_parts([_answer(_part("metadata", b"m"))], b"B")


def test_an_answer_cut_short_is_an_error_naming_what_is_missing() -> None:
    with pytest.raises(MultipartDecodeError, match=r"ended before b'\\r\\n--B'"):
        split_parts([b"no boundary at all"], b"B")
    with pytest.raises(MultipartDecodeError, match=r"ended before b'\\r\\n\\r\\n'"):
        split_parts([b'--B\r\nContent-Disposition: form-data; name="archive"'], b"B")
    body = _answer(_part("archive", b"0123456789"))
    _, archive = split_parts([body[:-12]], b"B")
    with pytest.raises(MultipartDecodeError, match="ended inside the archive part"):
        b"".join(archive)


def test_streaming_holds_back_only_a_possible_delimiter() -> None:
    archive = bytes(range(256)) * 40
    body = _answer(_part("archive", archive))
    pieces = [body[i : i + 100] for i in range(0, len(body), 100)]
    _, chunks = split_parts(pieces, b"B")
    out = list(chunks)
    assert b"".join(out) == archive
    assert len(out) > len(archive) // 100 - 2  # yielded as it came, not at the end
    assert all(out)
