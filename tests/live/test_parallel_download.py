"""2.x parallel download (`get_reader(num_workers=n)`) against the live cluster: byte ranges
fetched by threads into shared memory, or yielded in order; version pinned across ranges."""

from __future__ import annotations

import os
from multiprocessing import shared_memory
from typing import Any

import pytest

from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.client import Client
from aistore.sdk.errors import ErrObjNotFound, ObjectChangedError
from aistore.sdk.obj.content_iterator import ParallelBuffer, StreamBounds
from aistore.sdk.obj.object_reader import ObjectReader, ParallelObjectReader
from tests.support.sockets import PeakSampler

pytestmark = pytest.mark.live

RANGE = 64 << 10


@pytest.fixture
def content() -> bytes:
    return os.urandom(10 * RANGE + 123)  # 11 ranges, the last one short


def test_read_all_fills_a_shared_buffer(client: Client, bucket_name: str, content: bytes) -> None:
    obj = client.bucket(bucket_name).object("big.bin")
    obj.put_content(content)
    reader = obj.get_reader(chunk_size=RANGE, num_workers=4)
    assert isinstance(reader, ParallelObjectReader) and reader.num_workers == 4
    with reader.read_all(verify=True) as buffer:
        assert isinstance(buffer, ParallelBuffer)
        assert len(buffer) == len(content) and buffer.buf == content
        assert buffer.tobytes() == content
        # the segment is shared memory: another attachment sees the same bytes
        other = shared_memory.SharedMemory(name=buffer.name)
        try:
            assert other.buf is not None and bytes(other.buf[: len(content)]) == content
        finally:
            other.close()
    assert reader.attributes.size == len(content)
    with pytest.raises(ValueError):
        buffer.name  # noqa: B018  (closed: the segment is gone)
    buffer.close()  # a second close does nothing


def test_iteration_yields_the_ranges_in_order(
    client: Client, bucket_name: str, content: bytes
) -> None:
    obj = client.bucket(bucket_name).object("iter.bin")
    obj.put_content(content)
    reader = obj.get_reader(chunk_size=RANGE, num_workers=3)
    chunks = list(reader)
    assert [len(c) for c in chunks] == [RANGE] * 10 + [123]
    assert b"".join(chunks) == content
    assert b"".join(reader.iter_from_position(5 * RANGE + 7)) == content[5 * RANGE + 7 :]
    # the default range size (8 MiB): one range
    assert list(obj.get_reader(num_workers=2)) == [content]
    # 2.x's provider, with its stream bounds
    provider = reader._provider()
    bounds = StreamBounds()
    assert b"".join(provider.create_iter(100, bounds)) == content[100:]
    assert (bounds.start, bounds.expected_end) == (100, len(content))


def test_a_writer_gets_the_ranges(client: Client, bucket_name: str, content: bytes) -> None:
    import io

    obj = client.bucket(bucket_name).object("w.bin")
    obj.put_content(content)
    sink = io.BytesIO()
    obj.get_reader(chunk_size=RANGE, num_workers=2, writer=sink)  # type: ignore[call-overload]
    assert sink.getvalue() == content


def test_workers_read_at_once(client: Client, bucket_name: str, content: bytes) -> None:
    """The ranges are in flight together: the kernel sees several connections to the nodes."""
    obj = client.bucket(bucket_name).object("conc.bin")
    obj.put_content(content)
    smap = client.cluster().get_info()
    nodes = [*smap.tmap.values(), *smap.pmap.values()]
    ports = {int(node.public_net.daemon_port) for node in nodes if node.public_net}
    with PeakSampler(ports) as sockets:
        for _ in range(5):
            obj.get_reader(chunk_size=4096, num_workers=8).read_all().close()
    assert sockets.peak > 1


def test_a_new_version_between_ranges_is_an_error(
    client: Client, bucket_name: str, content: bytes
) -> None:
    obj = client.bucket(bucket_name).object("changing.bin")
    obj.put_content(content)
    chunks = iter(obj.get_reader(chunk_size=RANGE, num_workers=1))
    first = next(chunks)
    assert first == content[:RANGE]
    obj.put_content(content[::-1])  # a new version (ais buckets keep versions by default)
    with pytest.raises(ObjectChangedError, match="version changed"):
        for _ in chunks:
            pass


def test_bad_arguments_are_refused_before_any_request(client: Client, bucket_name: str) -> None:
    obj = client.bucket(bucket_name).object("never-written")
    for kwargs in (
        {"byte_range": "bytes=0-9"},
        {"etl": "some-etl"},
        {"archive_config": ArchiveConfig(archpath="a.txt")},
    ):
        with pytest.raises(ValueError, match="num_workers"):
            obj.get_reader(num_workers=2, **kwargs)
    bad_values: list[Any] = [0, -1, True, 1.5]
    for bad in bad_values:
        with pytest.raises(ValueError, match="num_workers"):
            obj.get_reader(num_workers=bad)
    # a missing object: the HEAD's 404
    with pytest.raises(ErrObjNotFound):
        obj.get_reader(num_workers=2).read_all()
    empty = client.bucket(bucket_name).object("empty")
    empty.put_content(b"")
    with pytest.raises(ValueError, match="non-empty"):
        empty.get_reader(num_workers=2).read_all()


def test_reader_built_directly_is_parallel_with_workers(
    client: Client, bucket_name: str, content: bytes
) -> None:
    from aistore.sdk.obj.object_client import ObjectClient

    client.bucket(bucket_name).object("direct.bin").put_content(content)
    oc = ObjectClient(client.request_client, bucket_name, "direct.bin", {"provider": "ais"})
    assert type(ObjectReader(oc)) is ObjectReader
    reader = ObjectReader(oc, RANGE, 2)
    assert isinstance(reader, ParallelObjectReader)
    with reader.read_all() as buffer:
        assert buffer.buf == content
    assert oc.head().size == len(content)
    assert oc.head(props="version").obj_version == oc.head().obj_version != ""
    # 2.x's ObjectClient.get_chunk: a streamed range
    response = oc.get_chunk(10, 20)
    try:
        assert response.status_code == 206 and response.read() == content[10:20]
    finally:
        response.close()
