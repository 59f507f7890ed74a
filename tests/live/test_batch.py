"""Get-Batch (`Client.batch()`) against a real cluster: items, errors, formats, fallback, memory."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import tarfile
import textwrap
from collections.abc import Callable

import httpx
import pytest

from aistore.sdk.batch import Batch, BatchStreamError, MossOut
from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.errors import ErrNotFound
from tests.support.memory import CHILD_PRELUDE

pytestmark = pytest.mark.live


def content(name: str) -> bytes:
    return f"content of {name}\n".encode() * 7


def shard(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture
def bucket(client: Client, new_bucket_name: Callable[[], str]) -> Bucket:
    bck = client.bucket(new_bucket_name())
    for i in range(5):
        bck.object(f"obj-{i}").put_content(content(f"obj-{i}"))
    return bck


def results(batch: Batch) -> list[tuple[MossOut, bytes]]:
    got = batch.get()
    assert not isinstance(got, io.RawIOBase)
    return list(got)


@pytest.mark.parametrize("streaming", [True, False])
def test_objects_come_back_in_order_with_a_missing_one_as_an_item_error(
    client: Client, bucket: Bucket, streaming: bool
) -> None:
    names = ["obj-3", "obj-0", "nope", "obj-4"]
    out = results(client.batch(names, bucket=bucket, streaming_get=streaming))
    assert [o.obj_name for o, _ in out] == names
    assert [d for _, d in out] == [content("obj-3"), content("obj-0"), b"", content("obj-4")]
    assert [o.err_msg is not None for o, _ in out] == [False, False, True, False]
    assert "nope" in (out[2][0].err_msg or "")
    assert [o.size for o, _ in out] == [len(d) for _, d in out]
    assert {o.bucket for o, _ in out} == {bucket.name}


def test_without_cont_on_err_a_missing_object_fails_the_batch(
    client: Client, bucket: Bucket
) -> None:
    batch = client.batch(["obj-1", "nope"], bucket=bucket, cont_on_err=False, streaming_get=False)
    with pytest.raises(ErrNotFound) as info:
        results(batch)
    assert info.value.status_code == 404
    assert "nope" in str(info.value)
    # streamed: the status may already be 200 when the item fails; the answer then stops short
    streamed = client.batch(["obj-1", "nope"], bucket=bucket, cont_on_err=False)
    with pytest.raises((ErrNotFound, BatchStreamError)):
        results(streamed)


@pytest.mark.parametrize("streaming", [True, False])
def test_archive_members_and_ranges_inside_them(
    client: Client, bucket: Bucket, streaming: bool
) -> None:
    members = {"a/1.jpg": b"JPEG" * 100, "a/1.cls": b"7", "b/2.txt": b"0123456789"}
    bucket.object("shard.tar").put_content(shard(members))
    batch = client.batch(bucket=bucket, streaming_get=streaming)
    for path in members:
        batch.add("shard.tar", archpath=path)
    batch.add("shard.tar", archpath="b/2.txt", start=2, length=3)
    batch.add("shard.tar", archpath="no/such")
    out = results(batch)
    assert [d for _, d in out] == [*members.values(), b"234", b""]
    assert [o.archpath for o, _ in out[:4]] == [*members, "b/2.txt"]
    assert out[4][0].err_msg is not None


def test_byte_ranges_of_objects(client: Client, bucket: Bucket) -> None:
    whole = content("obj-2")
    batch = client.batch(bucket=bucket)
    batch.add("obj-2", start=0, length=5).add("obj-2", start=10, length=4)
    batch.add("obj-2", start=len(whole) - 3, length=-1).add("obj-2")
    out = results(batch)
    assert [d for _, d in out] == [whole[:5], whole[10:14], whole[-3:], whole]
    assert [o.size for o, _ in out] == [5, 4, 3, len(whole)]


def test_objects_from_two_buckets_and_opaque_tags(
    client: Client, bucket: Bucket, new_bucket_name: Callable[[], str]
) -> None:
    other = client.bucket(new_bucket_name())
    other.object("x").put_content(b"from the other bucket")
    batch = client.batch([bucket.object("obj-1"), other.object("x")])
    batch.add("obj-2", bck=bucket.name, provider="ais", opaque=b"\x00tag\xff")
    batch.add("x", bck=other.name, provider="ais")
    out = results(batch)
    assert [(o.bucket, o.obj_name) for o, _ in out] == [
        (bucket.name, "obj-1"),
        (other.name, "x"),
        (bucket.name, "obj-2"),
        (other.name, "x"),
    ]
    assert [d for _, d in out] == [
        content("obj-1"),
        b"from the other bucket",
        content("obj-2"),
        b"from the other bucket",
    ]
    assert out[2][0].opaque == b"\x00tag\xff"


@pytest.mark.parametrize("fmt", [".tgz", ".tar.gz", ".zip"])
def test_compressed_output_formats(client: Client, bucket: Bucket, fmt: str) -> None:
    out = results(client.batch(["obj-0", "nope", "obj-1"], bucket=bucket, output_format=fmt))
    assert [d for _, d in out] == [content("obj-0"), b"", content("obj-1")]
    assert out[1][0].err_msg is not None


def test_only_obj_name_and_raw_archive(client: Client, bucket: Bucket) -> None:
    raw = client.batch(["obj-0", "obj-1"], bucket=bucket, only_obj_name=True).get(raw=True)
    assert isinstance(raw, io.RawIOBase)
    with raw, tarfile.open(fileobj=raw, mode="r|") as tar:
        names = [(m.name, tar.extractfile(m).read()) for m in tar]  # type: ignore[union-attr]
    assert names == [("obj-0", content("obj-0")), ("obj-1", content("obj-1"))]


def test_batch_is_cleared_after_get_unless_asked(client: Client, bucket: Bucket) -> None:
    batch = client.batch(["obj-0"], bucket=bucket)
    assert len(results(batch)) == 1 and len(batch) == 0
    batch.add("obj-1")
    got = batch.get(clear_batch=False)
    assert [d for _, d in got] == [content("obj-1")]  # type: ignore[union-attr]
    assert len(batch) == 1
    assert [d for _, d in results(batch)] == [content("obj-1")]


class _NoGetBatch(httpx.BaseTransport):
    """A cluster without the Get-Batch endpoint (an older release): everything else is real."""

    def __init__(self, inner: httpx.BaseTransport, status: int) -> None:
        self.inner, self.status, self.refused = inner, status, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v1/ml/"):
            self.refused += 1
            return httpx.Response(self.status, text=f"{self.status} page not found")
        return self.inner.handle_request(request)


@pytest.mark.parametrize("status", [404, 501])
def test_a_cluster_without_get_batch_gets_concurrent_gets_and_one_warning(
    ais_endpoint: str, bucket: Bucket, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    with Client(ais_endpoint) as client:
        http = client.request_client.http
        fake = _NoGetBatch(http._transport, status)
        http._transport = fake
        bck = client.bucket(bucket.name)
        bucket.object("shard.tar").put_content(shard({"m/1.txt": b"member"}))
        with caplog.at_level(logging.WARNING, logger="aistore.sdk.batch.fallback"):
            for _ in range(2):
                batch = client.batch(["obj-1", "nope"], bucket=bck)
                batch.add("obj-2", start=3, length=4).add("shard.tar", archpath="m/1.txt")
                batch.add("shard.tar", archpath="m/1.txt", start=1, length=-1)
                out = results(batch)
                assert [d for _, d in out] == [
                    content("obj-1"),
                    b"",
                    content("obj-2")[3:7],
                    b"member",
                    b"ember",
                ]
                assert out[1][0].err_msg and not out[0][0].err_msg
        assert fake.refused == 1  # asked once; then this client goes straight to GETs
        warnings = [r for r in caplog.records if "does not serve Get-Batch" in r.getMessage()]
        assert len(warnings) <= 1  # once per endpoint and process (404 and 501 runs share it)
        with pytest.raises(ErrNotFound):
            results(client.batch(["nope"], bucket=bck, cont_on_err=False))


_FLAT_MEMORY_CHILD = CHILD_PRELUDE + textwrap.dedent(
    """
    import json, sys
    from aistore import Client
    endpoint, bucket, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    client = Client(endpoint)
    batch = client.batch([name] * count, bucket=client.bucket(bucket))
    total = items = 0
    with PeakRSS() as rss:
        for info, data in batch.get():
            assert info.size == len(data) and not info.err_msg
            total += len(data)
            items += 1
    print(json.dumps({"total": total, "items": items, "peak_rss": rss.peak}))
    """
)


def test_a_2_gib_batch_streams_with_flat_memory(client: Client, bucket: Bucket) -> None:
    item = 32 << 20
    count = 64  # 2 GiB in one answer, made of one object asked 64 times
    bucket.object("big").put_content(os.urandom(item))
    args = [client.request_client.endpoint, bucket.name, "big", str(count)]
    proc = subprocess.run(
        [sys.executable, "-c", _FLAT_MEMORY_CHILD, *args],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["items"] == count and report["total"] == item * count
    print(f"2 GiB Get-Batch: peak RSS {report['peak_rss'] / 2**20:.0f} MiB")
    # an item, its assembly and the interpreter: nowhere near the 2 GiB total
    assert report["peak_rss"] < 320 << 20
