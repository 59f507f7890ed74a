"""Live tests of the 2.x names added beside the 1.9.2 surface (issue 14)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from requests.structures import CaseInsensitiveDict
from urllib3.util import Retry

from aistore.devcluster.launcher import LocalCluster
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, AISSSLError, ErrBckNotFound, ErrObjNotFound
from aistore.sdk.etl.etl_config import ETLConfig
from aistore.sdk.obj.multipart_upload import MultipartUpload
from aistore.sdk.obj.obj_file.errors import (
    ObjectFileMaxResumeError,
    ObjectFileReaderMaxResumeError,
    ObjectFileReaderStreamError,
    ObjectFileStreamError,
)
from aistore.sdk.obj.obj_file.object_file import ObjectFile, ObjectFileReader, ObjectFileWriter
from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.obj.object_writer import ObjectWriter
from aistore.sdk.types import MptCompletedPart
from tests.support.sockets import connections_to

pytestmark = pytest.mark.live


def test_head_serves_headers_and_attributes(client: Client, bucket_name: str) -> None:
    obj = client.bucket(bucket_name).object("dir/h.bin")
    obj.put_content(b"12345")
    obj.set_custom_props({"k": "v"})
    assert obj.props_cached is None
    head = obj.head()
    # 1.9.2: a case-insensitive dict of the headers
    assert isinstance(head, CaseInsensitiveDict)
    assert head["Content-Length"] == head["content-length"] == "5"
    assert head["ais-checksum-value"] == head["Ais-Checksum-Value"]
    # 2.x: ObjectAttributes
    assert isinstance(head, ObjectAttributes)
    assert head.size == 5 and head.present and head.custom_metadata == {"k": "v"}
    assert head.checksum_value and head.access_time and head.location
    assert obj.props_cached is head and obj.props is head
    # selective HEAD: only what was asked (plus presence)
    some = obj.head(props="checksum")
    assert some.checksum_value == head.checksum_value
    assert "ais-custom-md" not in some and some.custom_metadata == {}
    with pytest.raises(TypeError):
        obj.head(props=["size"])  # type: ignore[arg-type]
    assert obj.uname == f"ais/@#/{bucket_name}/dir/h.bin"


def test_get_reader_and_writer(client: Client, bucket_name: str, tmp_path: Path) -> None:
    obj = client.bucket(bucket_name).object("w.bin")
    writer = obj.get_writer()
    assert isinstance(writer, ObjectWriter)
    assert writer.put_content("héllo").status_code == 200
    assert obj.get_reader().read_all() == "héllo".encode()
    assert obj.get_reader(byte_range="bytes=1-2").read_all() == "é".encode()
    with pytest.raises(ValueError):
        obj.get_reader(num_workers=0)
    with pytest.raises(ValueError, match="byte_range"):  # 2.x: a parallel read is of it all
        obj.get_reader(byte_range="bytes=1-2", num_workers=4)
    src = tmp_path / "f.bin"
    src.write_bytes(b"from-file")
    writer.put_file(src)
    assert obj.get_reader(chunk_size=2).read_all() == b"from-file"
    handle = writer.append_content(b"-a")
    writer.append_content(b"", handle=handle, flush=True)
    writer.set_custom_props({"x": "1"})
    assert obj.head().custom_metadata == {"x": "1"}

    with writer.as_file(mode="w") as f:
        assert isinstance(f, ObjectFileWriter)
        f.write(b"one,")
        f.write(b"two")
    assert obj.get_reader().read_all() == b"one,two"
    with writer.as_file() as f:  # "a": appends
        f.write(b",three")
    assert obj.get_reader().read_all() == b"one,two,three"
    with pytest.raises(ValueError, match="Invalid mode"):
        writer.as_file(mode="r")

    reader_file = obj.get_reader().as_file()
    assert isinstance(reader_file, ObjectFileReader) and isinstance(reader_file, ObjectFile)
    assert reader_file.read() == b"one,two,three"
    assert ObjectFileReaderStreamError is ObjectFileStreamError
    assert ObjectFileReaderMaxResumeError is ObjectFileMaxResumeError


def test_start_after_and_job_abort(client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    for name in ("a", "b", "c", "d"):
        bucket.object(name).put_content(b"x")
    assert [e.name for e in bucket.list_objects(start_after="b").entries] == ["c", "d"]
    assert [e.name for e in bucket.list_all_objects(start_after="a")] == ["b", "c", "d"]
    assert [o.name for o in bucket.list_all_objects_iter(start_after="c")] == ["d"]
    with pytest.raises(ErrBckNotFound, match=r"\.sys-inventory"):  # this bucket has none
        bucket.list_objects(inventory_name="inv")

    job = client.job(job_kind="lru")
    assert job.start()
    job.abort()  # running or just finished: accepted either way
    job.wait(timeout=30, verbose=False)
    client.job(job_kind="lru").abort()  # by kind: every running job of that kind
    with pytest.raises(AISError, match="nope-xyz"):
        client.job("nope-xyz").abort()
    with pytest.raises(ValueError, match="without an id or kind"):
        client.job().abort()


def test_2x_error_fields_and_url_lookup(client: Client, bucket_name: str) -> None:
    obj = client.get_object_from_url(f"ais://{bucket_name}/dir/x")
    assert (obj.bucket_name, obj.name) == (bucket_name, "dir/x")
    with pytest.raises(AISError) as err:
        obj.get_reader().read_all()
    assert err.value.req_url.endswith(f"/{bucket_name}/dir%2Fx") or "dir" in err.value.req_url
    # 2.x positional form
    assert AISError(404, "m", "http://h/v1/objects/b/o").req_url == "http://h/v1/objects/b/o"


def test_retry_config(ais_endpoint: str) -> None:
    from aistore.sdk.retry_config import ColdGetConf, RetryConfig

    config = RetryConfig.default()
    assert config.http_retry.total == 5 and 503 in config.http_retry.status_forcelist
    assert isinstance(config.cold_get_conf, ColdGetConf)
    with Client(ais_endpoint, retry_config=config) as c:
        assert c.cluster().is_ready()
    with Client(ais_endpoint, retry_config=RetryConfig(http_retry=Retry(total=1))) as c:
        assert c.cluster().get_uuid()
    with pytest.raises(TypeError):
        Client(ais_endpoint, retry_config=Retry(total=1))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        RetryConfig(http_retry=3)  # type: ignore[arg-type]


def test_timeout_variables(ais_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIS_CONNECT_TIMEOUT", "2")
    monkeypatch.setenv("AIS_READ_TIMEOUT", "0")
    with Client(ais_endpoint) as c:
        timeout = c.request_client.timeout
        assert (timeout.connect, timeout.read) == (2.0, None)
        assert c.cluster().is_ready()
    with Client(ais_endpoint, timeout=7) as c:  # an explicit timeout wins
        assert c.request_client.timeout.connect == 7
    monkeypatch.setenv("AIS_READ_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="AIS_READ_TIMEOUT"):
        Client(ais_endpoint)
    monkeypatch.delenv("AIS_CONNECT_TIMEOUT")
    monkeypatch.delenv("AIS_READ_TIMEOUT")
    with Client(ais_endpoint) as c:  # neither set: 1.9.2's no timeout
        assert c.request_client.timeout.read is None


@pytest.mark.parametrize("name", ["AIS_SKIP_VERIFY", "AIS_SKIP_VERIFY_CRT"])
def test_skip_verify_variable(
    tls_cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.delenv("AIS_CLIENT_CA", raising=False)
    with Client(tls_cluster.endpoint, retry=Retry(total=0)) as c, pytest.raises(AISSSLError):
        c.cluster().list_buckets()
    monkeypatch.setenv(name, "true")
    with Client(tls_cluster.endpoint) as c:
        assert isinstance(c.cluster().list_buckets(), list)


def test_object_copy(client: Client, new_bucket_name: Callable[[], str]) -> None:
    src_bucket, dst_bucket = client.bucket(new_bucket_name()), client.bucket(new_bucket_name())
    src = src_bucket.object("dir/src.bin")
    src.put_content(b"copied on the server")
    src.set_custom_props({"k": "v"})
    dst = dst_bucket.object("other/dst.bin")
    assert src.copy(dst).status_code == 200
    assert dst.get_reader().read_all() == b"copied on the server"
    assert dst.head().custom_metadata == {"k": "v"}
    same = src_bucket.object("copy-in-place")
    src.copy(same, etl=None, latest=False, sync=False)
    assert same.get_reader().read_all() == b"copied on the server"
    with pytest.raises(AISError) as err:
        src_bucket.object("absent").copy(dst_bucket.object("x"))
    assert err.value.status_code == 404
    with pytest.raises(TypeError, match="to_obj"):
        src.copy(f"ais://{dst_bucket.name}/x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="latest"):
        src.copy(dst, latest="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="etl"):
        src.copy(dst, etl=3)
    # the ETL reaches the server, which refuses it here (ETLs need Kubernetes)
    with pytest.raises(AISError, match="Kubernetes"):
        src.copy(dst, etl=ETLConfig(name="no-such-etl", args={"a": 1}))
    with pytest.raises(TypeError, match="args"):
        src.copy(dst, etl=ETLConfig(name="e", args=3))  # type: ignore[arg-type]


def test_multipart_upload(client: Client, bucket_name: str, tmp_path: Path) -> None:
    obj = client.bucket(bucket_name).object("mpt/big.bin")
    mpu = obj.multipart_upload()
    assert isinstance(mpu, MultipartUpload) and mpu.upload_id is None
    with pytest.raises(ValueError, match="not created"):
        mpu.add_part(1)
    assert mpu.create() is mpu and mpu.upload_id
    part_file = tmp_path / "p3.bin"
    part_file.write_bytes(b"-three")
    # parts in any order; completion assembles them by number
    assert mpu.add_part(2).put_content("-two").status_code == 200
    mpu.add_part(3).put_file(part_file)
    mpu.add_part(1).put_content(b"one")
    for bad in (0, -1, True, "1"):
        with pytest.raises(ValueError, match="positive integer"):
            mpu.add_part(bad)
    with pytest.raises(ValueError, match="multipart upload part"):
        mpu.add_part(4).append_content(b"x")
    mpu.parts.remove(4)
    with pytest.raises(ErrObjNotFound, match="does not exist"):
        obj.head()  # nothing is visible before completion
    assert mpu.complete().status_code == 200
    assert obj.get_reader().read_all() == b"one-two-three"
    assert mpu.parts == [2, 3, 1]
    assert MptCompletedPart(part_number=2).as_dict() == {"part-number": 2, "etag": ""}

    # abort: the parts are dropped and the object stays as it was
    again = obj.multipart_upload().create()
    again.add_part(1).put_content(b"discarded")
    assert again.abort().status_code == 200
    assert obj.get_reader().read_all() == b"one-two-three"
    with pytest.raises(ErrObjNotFound, match="does not exist"):
        again.complete()  # the server no longer knows the upload
    with pytest.raises(ValueError, match="no parts"):
        obj.multipart_upload().create().complete()


def test_max_pool_size(
    ais_endpoint: str, bucket_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AIS_MAX_CONN_POOL", raising=False)
    with Client(ais_endpoint) as default:
        assert default.request_client.settings.limits.max_keepalive_connections == 50
    monkeypatch.setenv("AIS_MAX_CONN_POOL", "3")
    with Client(ais_endpoint) as from_env:
        assert from_env.request_client.settings.limits.max_keepalive_connections == 3
    for bad in ("0", "many"):
        monkeypatch.setenv("AIS_MAX_CONN_POOL", bad)
        with pytest.raises(ValueError, match="AIS_MAX_CONN_POOL"):
            Client(ais_endpoint)
    with pytest.raises(ValueError, match="max_pool_size"):
        Client(ais_endpoint, max_pool_size=0)

    # the argument wins over the variable; busy threads may open more, only 2 per node stay open
    monkeypatch.setenv("AIS_MAX_CONN_POOL", "7")
    with Client(ais_endpoint, max_pool_size=1) as probe:
        nodes = probe.cluster().get_info()
    ports = {
        int(n.public_net.daemon_port)
        for n in (*nodes.pmap.values(), *nodes.tmap.values())
        if n.public_net
    }
    assert ports
    before = connections_to(ports)  # other clients of the session keep theirs
    with Client(ais_endpoint, max_pool_size=2) as client:
        limits = client.request_client.settings.limits
        assert (limits.max_keepalive_connections, limits.max_connections) == (2, 100)
        obj = client.bucket(bucket_name).object("pooled")
        obj.put_content(b"x" * 1000)
        barrier = threading.Barrier(8)

        def work() -> None:
            barrier.wait()
            for _ in range(10):
                assert obj.get_reader().read_all() == b"x" * 1000

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        mine = connections_to(ports) - before
        assert mine <= 2 * len(ports)  # 10 stay open with the default 50
