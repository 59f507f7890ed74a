"""Code written for the published aistore 2.0.0 runs unchanged (issue 19): one test per behaviour
that such code met on this client before, each run against the live cluster."""

from __future__ import annotations

import importlib.metadata
import io
import json
import tarfile
from collections.abc import Callable

import pytest

import aistore
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError

pytestmark = pytest.mark.live


def test_sdk_package_reexports(
    ais_endpoint: str, bucket_name: str, new_bucket_name: Callable[[], str]
) -> None:
    from aistore.sdk import ColdGetConf, RetryConfig, WaitResult

    retrying = Client(ais_endpoint, retry_config=RetryConfig.default())
    bucket = retrying.bucket(bucket_name)
    bucket.object("r").get_writer().put_content(b"abc")
    assert bucket.object("r").get_reader().read_all() == b"abc"
    job_id = bucket.copy(retrying.bucket(new_bucket_name()))
    result = retrying.job(job_id).wait(timeout=60, verbose=False)
    assert isinstance(result, WaitResult) and result.success
    assert ColdGetConf().enable_remote_head


def test_version_is_the_sdk_api_level(client: Client, bucket_name: str) -> None:
    version = tuple(int(p) for p in aistore.__version__.split(".")[:3])
    assert version >= (2, 0, 0)
    assert importlib.metadata.version("aistore-client") == aistore.__distribution_version__
    # gated as downstream code gates: writers need >= 1.10, batch >= 1.17
    if version >= (1, 10, 0):
        client.bucket(bucket_name).object("v").get_writer().put_content(b"v")
    assert client.bucket(bucket_name).object("v").get_reader().read_all() == b"v"


def test_text_writes_go_as_utf8(client: Client, bucket_name: str) -> None:
    obj = client.bucket(bucket_name).object("t.jsonl")
    with obj.get_writer().as_file(mode="w") as f:
        print(json.dumps({"k": "é"}), file=f)
        assert f.write("ü") == 1
    writer = obj.get_writer()
    handle = writer.append_content("ß")
    writer.append_content("", handle=handle, flush=True)
    assert obj.get_reader().read_all().decode("utf-8") == '{"k": "\\u00e9"}\nüß'


def test_raw_read_returns_exactly_n(client: Client, bucket_name: str) -> None:
    obj = client.bucket(bucket_name).object("raw")
    data = bytes(range(256)) * 600  # 153,600 bytes
    obj.get_writer().put_content(data)
    raw = obj.get_reader().raw()
    assert raw.read(32769) == data[:32769]
    assert raw.read(100_000) == data[32769:132769]
    assert raw.read(100_000) == data[132769:]  # the rest: EOF came first
    assert raw.read(10) == b""
    # tarfile's stream mode reads fixed-size blocks and trusts their length
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("a")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    client.bucket(bucket_name).object("s.tar").get_writer().put_content(buf.getvalue())
    stream = client.bucket(bucket_name).object("s.tar").get_reader().raw()
    with tarfile.open(fileobj=stream, mode="r|") as tar:
        member = next(iter(tar))
        assert tar.extractfile(member).read() == data  # type: ignore[union-attr]


def test_early_errors_are_both_value_and_ais_errors(client: Client, bucket_name: str) -> None:
    for call in (
        lambda: client.bucket("*").create(),
        lambda: client.bucket(bucket_name).object("o").get_reader(byte_range="2-4").read_all(),
        lambda: client.bucket(bucket_name).objects(obj_names=["o"]).archive(""),
    ):
        with pytest.raises(AISError) as caught:
            call()
        assert isinstance(caught.value, ValueError) and caught.value.status_code == 400
    try:
        client.bucket("*").create()
    except ValueError as err:
        assert "invalid characters" in str(err)


def test_get_performance_serves_both_shapes(client: Client) -> None:
    perf = client.cluster().get_performance()
    targets = sorted(client.cluster().get_info().tmap)
    assert isinstance(perf, dict) and sorted(perf) == targets  # 2.x: target ID -> raw status
    for status in perf.values():
        assert {"snode", "tracker", "capacity"} <= set(status)
    assert sorted(perf.throughput) == targets  # 1.9.2: the computed figures
    assert sorted(perf.counters) == sorted(perf.latency) == targets
