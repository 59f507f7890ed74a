"""The parallel download's decisions without a network: ranges, retries of cut ranges, the
version pin, short answers, and the shared buffer's life."""

from __future__ import annotations

import threading
from typing import Any, cast

import httpx
import pytest

from aistore._core.config import PARALLEL_RANGE_RETRIES
from aistore._core.wire import Reply
from aistore.sdk.errors import AISStreamError, ObjectChangedError
from aistore.sdk.obj.content_iterator import ParallelBuffer, ParallelContentIterProvider
from aistore.sdk.obj.obj_file.errors import ObjectFileMaxResumeError
from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.obj.object_client import ObjectClient

CONTENT = bytes(range(256)) * 40  # 10,240 bytes


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

    def read_range(self, start: int, end: int) -> Reply:
        with self.lock:
            self.requests.append((start, end))
            fault = self.faults.get(start, [])
            action = fault.pop(0) if fault else "ok"
        if action == "cut":
            raise AISStreamError(f"cut at {start}")
        body = CONTENT[start:end] if action != "short" else CONTENT[start : end - 1]
        version = self.version if action != "new-version" else "2"
        return Reply(206, httpx.Headers({"ais-version": version}).raw, body)


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


def test_a_cut_range_is_read_again() -> None:
    fake = FakeObjectClient()
    fake.faults[2000] = ["cut"] * PARALLEL_RANGE_RETRIES
    assert b"".join(provider(fake).create_iter()) == CONTENT
    assert fake.requests.count((2000, 3000)) == PARALLEL_RANGE_RETRIES + 1


def test_a_range_cut_too_often_gives_up() -> None:
    fake = FakeObjectClient()
    fake.faults[2000] = ["cut"] * (PARALLEL_RANGE_RETRIES + 1)
    with pytest.raises(ObjectFileMaxResumeError):
        provider(fake).read_all()


def test_a_short_range_is_an_error_not_a_gap() -> None:
    fake = FakeObjectClient()
    fake.faults[0] = ["short"] * (PARALLEL_RANGE_RETRIES + 1)
    with pytest.raises(ObjectFileMaxResumeError) as info:
        provider(fake).read_all()
    assert "returned 999 bytes; expected 1000" in str(info.value.__cause__)


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
    assert len(fake.requests) <= 4  # the first, its window, and what was in flight


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
