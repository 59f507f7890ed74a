"""The parallel download's decisions without a network: ranges, retries of cut ranges, the
version pin, short answers, and the shared buffer's life."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest

from aistore.sdk.errors import ObjectChangedError
from aistore.sdk.obj.content_iterator import ParallelBuffer, ParallelContentIterProvider
from aistore.sdk.obj.obj_file.errors import ObjectFileMaxResumeError
from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.obj.object_client import ObjectClient

CONTENT = bytes(range(256)) * 40  # 10,240 bytes


class Pieces(httpx.SyncByteStream):
    """A streamed body in two pieces; `cut`: the connection breaks after the first."""

    def __init__(self, body: bytes, cut: bool) -> None:
        self.body, self.cut = body, cut

    def __iter__(self) -> Iterator[bytes]:
        half = len(self.body) // 2
        yield self.body[:half]
        if self.cut:
            raise httpx.ReadError("connection reset by peer")
        yield self.body[half:]


class FakeObjectClient:
    """Serves ranges of CONTENT; `faults` maps a range start to what its next answers do."""

    byte_range = None
    name = "obj"

    def __init__(self, version: str = "1") -> None:
        self.version = version
        self.faults: dict[int, list[str]] = {}
        self.requests: list[tuple[int, int]] = []
        self.lock = threading.Lock()

    def head(self) -> ObjectAttributes:
        return ObjectAttributes({"content-length": str(len(CONTENT)), "ais-version": "1"})

    def get_chunk(self, start: int, end: int) -> httpx.Response:
        with self.lock:
            self.requests.append((start, end))
            fault = self.faults.get(start, [])
            action = fault.pop(0) if fault else "ok"
        body = CONTENT[start:end]
        if action == "short":
            body = body[:-1]
        if action == "long":
            body += b"!"
        version = self.version if action != "new-version" else "2"
        return httpx.Response(
            206, headers={"ais-version": version}, stream=Pieces(body, action == "cut")
        )


def provider(fake: FakeObjectClient, size: int = 1000, workers: int = 3) -> Any:
    return ParallelContentIterProvider(cast(ObjectClient, fake), size, workers)


def test_ranges_cover_the_object_and_iteration_keeps_their_order() -> None:
    fake = FakeObjectClient()
    chunks = list(provider(fake).create_iter())
    assert [len(c) for c in chunks] == [1000] * 10 + [240]
    assert b"".join(chunks) == CONTENT
    assert sorted(fake.requests) == [
        (s, min(s + 1000, len(CONTENT))) for s in range(0, 10240, 1000)
    ]
    assert b"".join(provider(fake).create_iter(9999)) == CONTENT[9999:]


def test_read_all_writes_each_range_at_its_offset() -> None:
    with provider(FakeObjectClient(), size=333, workers=4).read_all() as buffer:
        assert buffer.tobytes() == CONTENT


def test_a_cut_range_resumes_from_its_first_missing_byte() -> None:
    fake = FakeObjectClient()
    fake.faults[2000] = ["cut"]
    fake.faults[2500] = ["cut"]  # the resumed request is cut too: [2500, 3000) in two halves
    assert b"".join(provider(fake).create_iter()) == CONTENT
    assert [r for r in fake.requests if 2000 <= r[0] < 3000] == [
        (2000, 3000),
        (2500, 3000),
        (2750, 3000),
    ]
    with provider(fake).read_all() as buffer:
        assert buffer.tobytes() == CONTENT


def test_a_range_cut_too_often_gives_up() -> None:
    fake = FakeObjectClient()
    fake.faults[2000] = ["cut"]
    fake.faults[2500] = ["cut"]
    fake.faults[2750] = ["cut"]  # PARALLEL_RANGE_RETRIES + 1 cuts
    with pytest.raises(ObjectFileMaxResumeError):
        provider(fake).read_all()


def test_a_short_answer_is_completed_by_a_resumed_request() -> None:
    fake = FakeObjectClient()
    fake.faults[0] = ["short"]  # 999 of 1000 bytes, then the body ends
    with provider(fake).read_all() as buffer:
        assert buffer.tobytes() == CONTENT
    assert (999, 1000) in fake.requests


def test_an_answer_longer_than_its_range_is_an_error_not_an_overrun() -> None:
    fake = FakeObjectClient()
    for start in (0, 500, 750):  # each (resumed) request answers one byte too many
        fake.faults[start] = ["long"]
    with pytest.raises(ObjectFileMaxResumeError) as info:
        provider(fake).read_all()
    assert "returned more than" in str(info.value.__cause__)


def test_a_range_of_another_version_is_refused() -> None:
    fake = FakeObjectClient()
    fake.faults[5000] = ["new-version"]
    with pytest.raises(ObjectChangedError, match="'1' to '2'"):
        list(provider(fake).create_iter())


def test_leaving_early_stops_fetching() -> None:
    fake = FakeObjectClient()
    chunks = provider(fake, size=100, workers=2).create_iter()
    next(chunks)
    chunks.close()
    assert len(fake.requests) <= 3  # the first, its window (2 slots), and the refill


def test_bad_arguments() -> None:
    fake = FakeObjectClient()
    with pytest.raises(ValueError, match="num_workers"):
        ParallelContentIterProvider(cast(ObjectClient, fake), None, 0)
    fake.byte_range = "bytes=0-1"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="byte range"):
        ParallelContentIterProvider(cast(ObjectClient, fake), None, 2)


def test_parallel_buffer_life() -> None:
    buffer = ParallelBuffer.allocate(5)
    buffer.buf[:] = b"hello"
    assert len(buffer) == 5 and buffer.tobytes() == b"hello" and buffer.name
    assert "5 bytes" in repr(buffer)
    buffer.close()
    buffer.close()
    assert "closed" in repr(buffer)
    with pytest.raises(ValueError):
        buffer.name  # noqa: B018
