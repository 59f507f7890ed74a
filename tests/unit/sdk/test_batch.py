"""Get-Batch decoding (tar and multipart streams) and request building, without a cluster."""

from __future__ import annotations

import io
import random
import tarfile
from collections.abc import Iterator

import pytest

from aistore.sdk.batch import Batch, MultipartDecodeError, TarStreamError
from aistore.sdk.batch.fallback import is_unserved
from aistore.sdk.batch.multipart import boundary_of, split_parts
from aistore.sdk.batch.tar_stream import TarFeed, iter_tar
from aistore.sdk.client import Client
from aistore.sdk.enums import Colocation
from aistore.sdk.errors import AISError


def make_tar(members: list[tuple[str, bytes]], fmt: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def pieces(blob: bytes, largest: int, rng: random.Random) -> Iterator[bytes]:
    pos = 0
    while pos < len(blob):
        step = rng.randint(1, largest)
        yield blob[pos : pos + step]
        pos += step


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
@pytest.mark.parametrize("largest", [1, 13, 700, 1 << 20])
def test_tar_members_match_tarfile_whatever_the_chunking(fmt: int, largest: int) -> None:
    rng = random.Random(fmt * 31 + largest)
    members = []
    for i in range(40):
        long = "d/" * rng.choice([0, 70]) if fmt != tarfile.USTAR_FORMAT else "d/" * 40
        name = f"bck/{long}obj-{i}" + ("-é" if fmt == tarfile.PAX_FORMAT else "")
        members.append((name, rng.randbytes(rng.choice([0, 1, 511, 512, 513, 4000]))))
    blob = make_tar(members, fmt)
    assert list(iter_tar(pieces(blob, largest, rng))) == members


def test_each_member_is_yielded_before_the_next_chunk_is_read() -> None:
    blob = make_tar([("a", b"1" * 600), ("b", b"2" * 10)], tarfile.USTAR_FORMAT)
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(blob), 512):
            pulled.append(i)
            yield blob[i : i + 512]

    members = iter_tar(chunks())
    assert next(members) == ("a", b"1" * 600)
    # header + 2 data blocks of "a": nothing beyond them was read
    assert pulled[-1] == 1024
    assert next(members) == ("b", b"2" * 10)


def test_a_cut_or_foreign_stream_is_an_error() -> None:
    blob = make_tar([("a", b"x" * 2000)], tarfile.USTAR_FORMAT)
    with pytest.raises(TarStreamError, match="inside a member"):
        list(iter_tar([blob[:1500]]))
    with pytest.raises(TarStreamError, match="inside a header"):
        list(iter_tar([blob[:100]]))
    with pytest.raises(TarStreamError, match="no ustar magic"):
        list(iter_tar([b"<html>" + bytes(506)]))
    assert list(iter_tar([])) == []


def test_base256_size_field() -> None:
    header = bytearray(make_tar([("a", b"xyz")], tarfile.GNU_FORMAT)[:512])
    header[124:136] = b"\x80" + (3).to_bytes(11, "big")
    assert list(iter_tar([bytes(header), b"xyz".ljust(512, b"\0"), bytes(1024)])) == [("a", b"xyz")]


def multipart(boundary: str, meta: bytes, archive: bytes) -> bytes:
    b = boundary.encode()
    return (
        b"--" + b + b'\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n' + meta
        + b"\r\n--" + b + b'\r\nContent-Disposition: form-data; name="archive"; filename="x"\r\n'
        + b"Content-Type: application/octet-stream\r\n\r\n" + archive + b"\r\n--" + b + b"--\r\n"
    )  # fmt: skip


@pytest.mark.parametrize("largest", [1, 5, 64, 1 << 20])
def test_multipart_split_streams_the_archive(largest: int) -> None:
    archive = random.Random(largest).randbytes(5000) + b"\r\n--almost-the-boundary"
    body = multipart("bound42", b'{"out":[]}\n', archive)
    ctype = 'multipart/mixed; boundary="bound42"'
    meta, chunks = split_parts(pieces(body, largest, random.Random(1)), boundary_of(ctype))
    assert meta == b'{"out":[]}\n'
    assert b"".join(chunks) == archive
    with pytest.raises(MultipartDecodeError):
        boundary_of("multipart/mixed")
    with pytest.raises(MultipartDecodeError, match="inside the archive"):
        _, cut = split_parts([body[:-30]], b"bound42")
        b"".join(cut)


@pytest.fixture
def client() -> Client:
    return Client("http://127.0.0.1:9")  # nothing listens: a request would fail loudly


def test_bad_items_are_refused_before_any_request(client: Client) -> None:
    bck = client.bucket("b")
    batch = client.batch(bucket=bck)
    with pytest.raises(ValueError, match="start=-1"):
        batch.add("o", start=-1, length=2)
    with pytest.raises(ValueError, match="requires length"):
        batch.add("o", start=5)
    with pytest.raises(ValueError, match="length=-2"):
        batch.add("o", length=-2)
    with pytest.raises(ValueError, match="together"):
        batch.add("o", bck="other")
    with pytest.raises(ValueError, match="Object instance"):
        batch.add(bck.object("o"), bck="x", provider="ais")
    with pytest.raises(ValueError, match="bucket is needed"):
        client.batch(["o"])
    with pytest.raises(ValueError, match="unsupported object type"):
        client.batch([3], bucket=bck)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="No objects"):
        batch.get()
    with pytest.raises(ValueError, match="output format"):
        client.batch(bucket=bck, output_format=".rar")
    with pytest.raises(NotImplementedError):
        client.batch(bucket=bck, colocation=Colocation.TARGET_AND_SHARD_AWARE)
    with pytest.raises(ValueError, match="tar_buffer_size"):
        client.batch(["o"], bucket=bck).get(tar_buffer_size=0)
    assert len(batch) == 0


def test_items_keep_their_order_and_fields(client: Client) -> None:
    bck = client.bucket("b")
    batch = Batch(client.request_client, ["x", bck.object("y")], bucket=bck)
    batch.add("s.tar", archpath="a/1.jpg", start=2, length=-1, opaque=b"\x01")
    batch.add("z", bck="other", provider="s3")
    items = batch.requests_list
    assert [(i.obj_name, i.bck, i.provider) for i in items] == [
        ("x", "b", "ais"),
        ("y", "b", "ais"),
        ("s.tar", "b", "ais"),
        ("z", "other", "aws"),
    ]
    assert (items[2].archpath, items[2].start, items[2].length, items[2].opaque) == (
        "a/1.jpg",
        2,
        -1,
        "AQ==",
    )
    assert repr(batch) == "Batch(objects=4, format=.tar)"
    assert len(batch.clear()) == 0


@pytest.mark.parametrize(
    ("status", "tcode", "message", "unserved"),
    [
        (501, None, "not implemented", True),
        (404, None, "404 page not found", True),
        (404, "ErrNotFound", "ais://b/o does not exist", False),
        (404, "ErrBckNotFound", 'bucket "ais://b" does not exist', False),
        (400, None, "invalid request URI: 'GET /v1/ml/moss'", True),
        (400, None, "bad range", False),
    ],
)
def test_which_answers_mean_no_get_batch(
    status: int, tcode: str | None, message: str, unserved: bool
) -> None:
    assert is_unserved(AISError(status, message, tcode=tcode)) is unserved


def _fed(chunks: Iterator[bytes] | list[bytes]) -> list[tuple[str, bytes]]:
    feed = TarFeed()
    out = [member for chunk in chunks for member in feed.feed(chunk)]
    feed.end()
    return out


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
@pytest.mark.parametrize("largest", [1, 13, 700, 1 << 20])
def test_pushed_tar_reader_matches_the_pulled_one(fmt: int, largest: int) -> None:
    rng = random.Random(fmt * 17 + largest)
    members = []
    for i in range(40):
        long = "d/" * rng.choice([0, 70]) if fmt != tarfile.USTAR_FORMAT else "d/" * 40
        name = f"bck/{long}obj-{i}" + ("-é" if fmt == tarfile.PAX_FORMAT else "")
        members.append((name, rng.randbytes(rng.choice([0, 1, 511, 512, 513, 4000]))))
    blob = make_tar(members, fmt)
    assert _fed(pieces(blob, largest, rng)) == members == list(iter_tar([blob]))


def test_pushed_tar_reader_hands_out_each_member_with_the_chunk_that_completes_it() -> None:
    blob = make_tar([("a", b"1" * 600), ("b", b"2" * 10)], tarfile.USTAR_FORMAT)
    feed = TarFeed()
    assert feed.feed(blob[:1000]) == []
    assert feed.feed(blob[1000:1124]) == [("a", b"1" * 600)]
    assert feed.feed(blob[1124:]) == [("b", b"2" * 10)]
    assert feed.ended
    feed.end()


def test_pushed_tar_reader_refuses_a_cut_or_foreign_stream() -> None:
    blob = make_tar([("a", b"x" * 2000)], tarfile.USTAR_FORMAT)
    with pytest.raises(TarStreamError, match="inside a member"):
        _fed([blob[:1500]])
    with pytest.raises(TarStreamError, match="inside a header"):
        _fed([blob[:100]])
    with pytest.raises(TarStreamError, match="no ustar magic"):
        _fed([b"<html>" + bytes(506)])
    assert _fed([]) == []
