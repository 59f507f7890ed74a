"""Object, ObjectReader, ObjectFile, ObjectAttributes and ObjectProps against a live cluster."""

from __future__ import annotations

import io
import os
import shutil
import tarfile
from pathlib import Path
from typing import Any

import httpx
import pytest
import xxhash

from aistore.sdk.client import Client
from aistore.sdk.errors import (
    AISError,
    ErrBckNotFound,
    ErrObjNotFound,
    InvalidURLException,
    ObjectFileMaxResumeError,
)
from aistore.sdk.obj.object import BucketDetails, Object
from aistore.sdk.provider import Provider
from tests.support.tcp_cutter import tcp_cutter

pytestmark = pytest.mark.live

AWKWARD_NAMES = [
    "plain.txt",
    "dir/sub dir/file name.bin",
    "unicode/ü-日本語-é.txt",
    "percent%25and%2F.txt",
    "query?x=1&y=2",
    "hash#frag",
    "plus+sign+",
    "tilde~and'quote\"",
    "tab\there",  # the target's redirect Location carries it unescaped
    "ctl\x01\x7f",
    " ",
]


def obj(client: Client, bucket: str, name: str) -> Object:
    return Object(
        client.request_client, BucketDetails(bucket, Provider.AIS, {"provider": "ais"}), name
    )


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_awkward_names_round_trip_exactly(client: Client, bucket_name: str, name: str) -> None:
    o = obj(client, bucket_name, name)
    payload = f"content of {name}".encode()
    assert o.put_content(payload).status_code == 200
    assert o.get().read_all() == payload
    o.head()
    # the name comes back in the `ais-name` header, which cannot keep leading/trailing spaces
    assert o.props is not None and o.props.name == name.strip(" \t")
    assert o.props.bucket_name == bucket_name


def test_attributes_report_size_version_and_a_checksum_we_can_verify(
    client: Client, bucket_name: str
) -> None:
    o = obj(client, bucket_name, "attrs")
    data = os.urandom(100_000)
    o.put_content(data)
    reader = o.get()
    assert reader.read_all(verify=True) == data
    attrs = reader.attributes
    assert attrs.size == len(data)
    assert attrs.checksum_type == "xxhash2"
    assert attrs.checksum_value == xxhash.xxh64(data).hexdigest()
    assert attrs.obj_version == "1"
    o.put_content(b"second version")
    assert o.get().head().obj_version == "2"
    assert o.get().head().size == len(b"second version")
    assert int(o.get().head().access_time) > 0


def test_head_props_and_custom_metadata(client: Client, bucket_name: str) -> None:
    o = obj(client, bucket_name, "props")
    o.put_content(b"x" * 10)
    o.set_custom_props({"k1": "v1", "k2": "v2"})
    assert o.get().head().custom_metadata == {"k1": "v1", "k2": "v2"}
    o.set_custom_props({"k3": "v3"})
    assert o.get().head().custom_metadata == {"k1": "v1", "k2": "v2", "k3": "v3"}
    o.set_custom_props({"only": "this"}, replace_existing=True)
    assert o.get().head().custom_metadata == {"only": "this"}
    headers = o.head()
    assert headers["ais-present"] == "true"
    assert o.props is not None
    assert o.props.present and o.props.mirror_copies == 1 and len(o.props.mirror_paths) == 1
    assert o.props.location.startswith("t[")
    assert o.props.size == 10


def test_put_file_streams_a_large_file_and_get_writes_to_a_writer(
    client: Client, bucket_name: str, tmp_path: Path
) -> None:
    src = tmp_path / "big.bin"
    data = os.urandom(24 * 1024 * 1024 + 7)
    src.write_bytes(data)
    o = obj(client, bucket_name, "big/file.bin")
    o.put_file(src)
    out = tmp_path / "out.bin"
    with out.open("wb") as writer:
        reader = o.get(writer=writer, chunk_size=1 << 20)
    assert out.read_bytes() == data
    assert reader.attributes.size == len(data)


def test_put_file_rejects_a_missing_file_before_any_request(client: Client) -> None:
    o = obj(client, "no-such-bucket-needed", "x")
    with pytest.raises(ValueError, match="is not a file"):
        o.put_file("/nonexistent/file")


@pytest.mark.parametrize(
    ("byte_range", "expected"),
    [("bytes=2-6", slice(2, 7)), ("bytes=95-", slice(95, None)), ("bytes=-3", slice(-3, None))],
)
def test_byte_ranges(client: Client, bucket_name: str, byte_range: str, expected: slice) -> None:
    data = bytes(range(100))
    o = obj(client, bucket_name, "ranged")
    o.put_content(data)
    reader = o.get(byte_range=byte_range)
    assert reader.read_all() == data[expected]
    assert b"".join(reader.iter_from_position(1)) == data[expected][1:]


@pytest.mark.parametrize("bad", ["2-6", "bytes=6-2", "bytes=-", "bytes=a-b", "bytes=1-2,4-5"])
def test_bad_byte_range_fails_before_any_request(client: Client, bad: str) -> None:
    with pytest.raises(ValueError, match="byte range"):
        obj(client, "unused", "x").get(byte_range=bad)


def test_iteration_chunks_and_positions(client: Client, bucket_name: str) -> None:
    data = os.urandom(10_000)
    o = obj(client, bucket_name, "chunks")
    o.put_content(data)
    chunks = list(o.get(chunk_size=1000))
    assert b"".join(chunks) == data
    assert max(len(c) for c in chunks) <= 1000
    assert b"".join(o.get().iter_from_position(9_000)) == data[9_000:]


def test_as_file_reads_in_pieces(client: Client, bucket_name: str) -> None:
    data = os.urandom(300_000)
    o = obj(client, bucket_name, "as-file")
    o.put_content(data)
    with o.get(chunk_size=4096).as_file() as f:
        assert f.read(10) == data[:10]
        assert f.read(100_000) == data[10:100_010]
        assert f.read() == data[100_010:]
        assert f.read(1) == b""


def test_raw_stream_feeds_tarfile_in_stream_mode(client: Client, bucket_name: str) -> None:
    buf = io.BytesIO()
    members = {f"rec-{i}.txt": os.urandom(5000 + i) for i in range(5)}
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    o = obj(client, bucket_name, "shard.tar")
    o.put_content(buf.getvalue())
    stream = o.get().raw()
    got = {}
    with tarfile.open(fileobj=stream, mode="r|*") as tar:
        for member in tar:
            extracted = tar.extractfile(member)
            assert extracted is not None
            got[member.name] = extracted.read()
    stream.close()
    assert got == members


def test_missing_object_and_bucket_errors_keep_status_and_message(
    client: Client, bucket_name: str
) -> None:
    missing = obj(client, bucket_name, "never-written")
    with pytest.raises(ErrObjNotFound) as err:
        missing.get().read_all()
    assert err.value.status_code == 404 and "never-written" in err.value.message
    with pytest.raises(ErrObjNotFound):
        missing.head()
    with pytest.raises(ErrBckNotFound) as berr:
        obj(client, "no-such-bucket-x1", "o").put_content(b"x")
    assert berr.value.status_code == 404


def test_delete(client: Client, bucket_name: str) -> None:
    o = obj(client, bucket_name, "to-delete")
    o.put_content(b"x")
    assert o.delete().status_code == 200
    with pytest.raises(ErrObjNotFound):
        o.head()
    with pytest.raises(ErrObjNotFound):
        o.delete()


def test_append_then_flush_makes_the_object(client: Client, bucket_name: str) -> None:
    o = obj(client, bucket_name, "appended")
    handle = o.append_content(b"hello ")
    assert handle
    handle = o.append_content(b"world", handle=handle)
    o.append_content(b"", handle=handle, flush=True)
    assert o.get().read_all() == b"hello world"


PROMOTE_ROOT = Path("/var/lib/ais/promote")  # the only source root AIS v1.5.0 accepts


def test_promote_a_local_file(client: Client, bucket_name: str, tmp_path: Path) -> None:
    with pytest.raises(AISError, match="must be under /var/lib/ais/promote") as err:
        obj(client, bucket_name, "x").promote(str(tmp_path))
    assert err.value.status_code == 400
    try:
        PROMOTE_ROOT.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        pytest.skip(f"cannot create the promote root {PROMOTE_ROOT}: {exc}")
    # the targets run on this machine, so a local path is one they can reach
    src_dir = PROMOTE_ROOT / bucket_name
    src_dir.mkdir()
    try:
        src = src_dir / "promote-me.txt"
        src.write_bytes(b"promoted content")
        o = obj(client, bucket_name, "promoted.txt")
        job_id = o.promote(str(src))
        assert isinstance(job_id, str)
        assert o.get().read_all() == b"promoted content"
        assert src.exists(), "delete_source defaults to False"
    finally:
        shutil.rmtree(src_dir, ignore_errors=True)


def test_blob_download_needs_a_remote_bucket(client: Client, bucket_name: str) -> None:
    o = obj(client, bucket_name, "b")
    o.put_content(b"x")
    with pytest.raises(AISError) as err:
        o.blob_download(chunk_size=1 << 20, num_workers=2)
    assert err.value.status_code >= 400 and err.value.message


def test_urls(client: Client, bucket_name: str) -> None:
    o = obj(client, bucket_name, "dir/u rl.txt")
    o.put_content(b"by url")
    assert o.get_semantic_url() == f"ais://{bucket_name}/dir/u rl.txt"
    url = o.get_url()
    assert url.startswith(client.request_client.endpoint) and "provider=ais" in url
    assert httpx.get(url, follow_redirects=True).content == b"by url"
    fetched = client.fetch_object_by_url(f"ais://{bucket_name}/dir/u rl.txt")
    assert fetched.get().read_all() == b"by url"
    with pytest.raises(InvalidURLException, match="Invalid URL"):
        client.fetch_object_by_url("ais:/bucket-only")


def _owner_url(client: Client, bucket: str, name: str) -> str:
    """The target that serves `name` (from the proxy's redirect)."""
    o = obj(client, bucket, name)
    response = httpx.head(o.get_url(), follow_redirects=False)
    location = httpx.URL(response.headers["Location"])
    return f"{location.scheme}://{location.host}:{location.port}"


@pytest.fixture
def through_cutter(monkeypatch: pytest.MonkeyPatch) -> None:
    # the cutter poses as the endpoint in front of one target; direct reads would learn the
    # target's real address from the cluster map and go around it
    monkeypatch.setenv("AIS_DIRECT_READS", "0")


@pytest.mark.usefixtures("through_cutter")
def test_object_file_resumes_after_real_connection_cuts(client: Client, bucket_name: str) -> None:
    data = os.urandom(3 * 1024 * 1024)
    obj(client, bucket_name, "resume.bin").put_content(data)
    target = _owner_url(client, bucket_name, "resume.bin")
    # a client talking to the owning target through a proxy that cuts the first 2 responses
    with tcp_cutter(target, cut_after=700_000, cuts=2) as cutter, Client(cutter.url) as flaky:
        with obj(flaky, bucket_name, "resume.bin").get(chunk_size=65536).as_file(max_resume=2) as f:
            assert f.read() == data
        assert cutter.connections >= 3


@pytest.mark.usefixtures("through_cutter")
def test_object_file_gives_up_after_max_resume(client: Client, bucket_name: str) -> None:
    data = os.urandom(2 * 1024 * 1024)
    obj(client, bucket_name, "resume2.bin").put_content(data)
    target = _owner_url(client, bucket_name, "resume2.bin")
    with tcp_cutter(target, cut_after=300_000, cuts=100) as cutter, Client(cutter.url) as flaky:
        f = obj(flaky, bucket_name, "resume2.bin").get().as_file(max_resume=2)
        with pytest.raises(ObjectFileMaxResumeError):
            f.read()


@pytest.mark.multinode
def test_objects_spread_over_three_targets_and_read_back(
    client_3t: Client, bucket_name_3t: str
) -> None:
    owners = set()
    for i in range(24):
        name = f"spread/{i:03d}"
        obj(client_3t, bucket_name_3t, name).put_content(name.encode())
        assert obj(client_3t, bucket_name_3t, name).get().read_all() == name.encode()
        owners.add(_owner_url(client_3t, bucket_name_3t, name))
    assert len(owners) == 3


@pytest.mark.multinode
def test_reads_go_straight_to_the_owner_on_three_targets(
    client_3t: Client, bucket_name_3t: str
) -> None:
    from aistore._core.direct_reads import DirectReads

    names = [f"direct/{i:03d} ü?#" for i in range(20)]
    for name in names:
        obj(client_3t, bucket_name_3t, name).put_content(name.encode())
    owners = {name: _owner_url(client_3t, bucket_name_3t, name) for name in names}
    transport = client_3t.request_client.http._transport
    assert isinstance(transport, DirectReads)
    inner = transport._inner
    hops: list[str] = []
    original = inner.handle_request

    def record(request: httpx.Request) -> httpx.Response:
        origin = f"{request.url.scheme}://{request.url.host}:{request.url.port}"
        hops.append(f"{origin}{request.url.path}")
        return original(request)

    # the hot path (whole reads) sends through its wire, streamed reads through the transport
    lane = client_3t.request_client.sender._lane
    assert lane is not None
    wire_exchange = lane.wire.exchange

    def record_wire(
        origin: tuple[str, str, int], method: str, target: str, *a: Any, **k: Any
    ) -> Any:
        hops.append(f"{origin[0]}://{origin[1]}:{origin[2]}{target.split('?')[0]}")
        return wire_exchange(origin, method, target, *a, **k)

    inner.handle_request = record  # type: ignore[method-assign]
    lane.wire.exchange = record_wire  # type: ignore[method-assign]
    try:
        for name in names:
            for read in ("read_all", "stream"):
                hops.clear()
                reader = obj(client_3t, bucket_name_3t, name).get()
                content = reader.read_all() if read == "read_all" else b"".join(reader)
                assert content == name.encode()
                object_hops = [h for h in hops if "/v1/objects/" in h]
                # one exchange, with the owner the proxy would have redirected to; no proxy hop
                assert len(object_hops) == 1, (name, read, hops)
                assert object_hops[0].startswith(owners[name] + "/v1/objects/"), (name, hops)
    finally:
        del inner.handle_request
        del lane.wire.exchange
