"""Whole-object reads checked against the cluster's checksum, with bytes flipped on a real wire.

A TCP proxy in front of the object's target inverts response bytes (`tcp_cutter`'s
`flip_every`/`flips`; Toxiproxy has no corrupting toxic): one flip is read again and comes
right, flips on every answer raise `ChecksumMismatchError` naming the object, a read with
`verify=False` or a ranged read is not checked. Sync, async and the Get-Batch's per-object GETs.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator

import httpx
import pytest

from aistore.aio import AsyncClient
from aistore.sdk.batch import fallback
from aistore.sdk.client import Client
from aistore.sdk.errors import ChecksumMismatchError
from tests.support.tcp_cutter import tcp_cutter

pytestmark = pytest.mark.live

SIZE = 250_000
EVERY = 100_000  # every answer of SIZE bytes gets at least two flips, all in its body
NAME = "verified/obj.bin"


@pytest.fixture
def stored(
    client: Client, bucket_name: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, bytes]]:
    """(the owning target's URL, the object's content); reads go through the flipper, not
    around it (direct reads would learn the target's real address)."""
    monkeypatch.setenv("AIS_DIRECT_READS", "0")
    monkeypatch.delenv("AIS_VERIFY_READS", raising=False)
    data = os.urandom(SIZE)
    obj = client.bucket(bucket_name).object(NAME)
    obj.put_content(data)
    location = httpx.URL(httpx.head(obj.get_url(), follow_redirects=False).headers["Location"])
    yield f"http://{location.host}:{location.port}", data


@pytest.mark.parametrize("asked", ["verify=True", "AIS_VERIFY_READS=1"])
def test_sync_read_is_read_again_after_a_flipped_byte(
    stored: tuple[str, bytes], bucket_name: str, asked: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, data = stored
    verify: bool | None = True
    if asked == "AIS_VERIFY_READS=1":
        monkeypatch.setenv("AIS_VERIFY_READS", "1")
        verify = None
    with tcp_cutter(owner, flip_every=EVERY, flips=1) as flipper, Client(flipper.url) as c:
        assert c.bucket(bucket_name).object(NAME).get().read_all(verify=verify) == data
        assert flipper.flipped == 1
    with tcp_cutter(owner, flip_every=EVERY, flips=1000) as flipper, Client(flipper.url) as c:
        with pytest.raises(ChecksumMismatchError, match=f"{bucket_name}/{NAME}: xxhash"):
            c.bucket(bucket_name).object(NAME).get().read_all(verify=verify)
        assert flipper.flipped >= 4  # both reads were corrupted


def test_unchecked_reads_pass_flipped_bytes_through(
    stored: tuple[str, bytes], bucket_name: str
) -> None:
    owner, data = stored
    with tcp_cutter(owner, flip_every=EVERY, flips=1000) as flipper, Client(flipper.url) as c:
        obj = c.bucket(bucket_name).object(NAME)
        assert obj.get().read_all(verify=False) != data
        part = obj.get(byte_range=f"bytes=0-{EVERY}").read_all()  # ranged: never checked
        assert len(part) == EVERY + 1 and part != data[: EVERY + 1]
        connections = flipper.connections
        with pytest.raises(ValueError, match="verify needs the whole object"):
            obj.get(byte_range="bytes=0-9").read_all(verify=True)
        assert flipper.connections == connections  # refused before any request


def test_async_read_is_read_again_after_a_flipped_byte(
    stored: tuple[str, bytes], bucket_name: str
) -> None:
    owner, data = stored

    async def read(flips: int, verify: bool) -> bytes:
        with tcp_cutter(owner, flip_every=EVERY, flips=flips) as flipper:
            async with AsyncClient(flipper.url) as c:
                reader = await c.bucket(bucket_name).object(NAME).get_reader()
                return await reader.read_all(verify=verify)

    assert asyncio.run(read(1, True)) == data
    assert asyncio.run(read(1, False)) != data
    with pytest.raises(ChecksumMismatchError, match=f"{bucket_name}/{NAME}"):
        asyncio.run(read(1000, True))


def test_get_batch_per_object_reads_are_checked(
    stored: tuple[str, bytes], bucket_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The items a batch reads by one GET each (a cluster without Get-Batch) are checked as
    other reads are; the archive answer itself carries no per-item checksum (v1.5.0)."""
    owner, data = stored
    monkeypatch.setenv("AIS_VERIFY_READS", "1")
    monkeypatch.setattr(fallback, "serves_batch", lambda client: False)
    with tcp_cutter(owner, flip_every=EVERY, flips=1) as flipper, Client(flipper.url) as c:
        batch = c.batch([NAME], bucket=c.bucket(bucket_name))
        [(info, got)] = list(batch.get())
        assert (info.err_msg, got) == (None, data) and flipper.flipped == 1
    with tcp_cutter(owner, flip_every=EVERY, flips=1000) as flipper, Client(flipper.url) as c:
        batch = c.batch([NAME], bucket=c.bucket(bucket_name))
        with pytest.raises(ChecksumMismatchError, match=NAME):
            list(batch.get())

    async def async_batch(flips: int) -> list[bytes]:
        with tcp_cutter(owner, flip_every=EVERY, flips=flips) as flipper:
            async with AsyncClient(flipper.url) as c:
                batch = c.batch([NAME], bucket=c.bucket(bucket_name))
                return [got async for _, got in await batch.get()]

    assert asyncio.run(async_batch(1)) == [data]
    with pytest.raises(ChecksumMismatchError, match=NAME):
        asyncio.run(async_batch(1000))
