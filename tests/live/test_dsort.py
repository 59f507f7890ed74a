"""Live tests of Dsort: shard a dataset with tar files, sort it, check the output shards."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest
from aistore_raw.ais.api.buckets import list_objects
from aistore_raw.ais.api.objects import get_object, put_object
from aistore_raw.ais.models import ActMsgList, LsoMsg

from aistore.sdk.client import Client
from aistore.sdk.dsort import Dsort, DsortAlgorithm, DsortFramework, DsortShardsGroup
from aistore.sdk.dsort.types import JobInfo
from aistore.sdk.errors import AISError, ErrNotFound
from aistore.sdk.types import BucketModel

pytestmark = pytest.mark.live

# Spec problems (reported, spec/ is not ours to edit): v1.5.0 answers `GET /v1/sort` with
# Content-Type text/plain (the body is JSON; the spec declares application/json), and the GET
# object 301 redirect carries a text/html body the spec does not declare.
_SPEC_GAPS = pytest.mark.contract_exempt(
    "GET /v1/sort answers JSON as text/plain; GET object 301 has an undeclared text/html body"
)

SHARDS = 4
RECORDS_PER_SHARD = 5


def _tar(records: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name, data in records.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _write_shards(client: Client, bucket: str) -> list[str]:
    """SHARDS shards whose records interleave (shard s holds records s, s+SHARDS, ...)."""
    names = []
    for s in range(SHARDS):
        records = {}
        for r in range(RECORDS_PER_SHARD):
            n = r * SHARDS + s
            records[f"rec-{n:03d}.txt"] = f"record {n}".encode()
            names.append(f"rec-{n:03d}.txt")
        client.request_client.send(
            put_object.op(bucket, f"shard-{s}.tar", body=_tar(records), provider="ais")
        )
    return sorted(names)


def _object_names(client: Client, bucket: str, prefix: str) -> list[str]:
    body = ActMsgList(action="list", value=LsoMsg(prefix=prefix))
    response = client.request_client.send(list_objects.op(bucket, body=body, provider="ais"))
    entries = msgspec.json.decode(response.content).get("entries") or []
    return sorted(e["name"] for e in entries)


def _members(client: Client, bucket: str, name: str) -> list[str]:
    data = client.request_client.send(get_object.op(bucket, name, provider="ais")).content
    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
        return [m.name for m in tf.getmembers()]


def _check_output(client: Client, bucket: str, expected: list[str], decreasing: bool) -> None:
    outputs = _object_names(client, bucket, "out-")
    assert outputs, "dsort wrote no output shards"
    records: list[str] = []
    for name in outputs:
        records.extend(_members(client, bucket, name))
    assert sorted(records) == expected  # every record, once
    assert records == sorted(expected, reverse=decreasing)  # in order across the shards


@_SPEC_GAPS
def test_dsort_from_spec_file(
    client: Client, new_bucket_name: Callable[[], str], tmp_path: Path
) -> None:
    src, dst = new_bucket_name(), new_bucket_name()
    expected = _write_shards(client, src)
    spec = {
        "input_bck": {"name": src, "provider": "ais"},
        "output_bck": {"name": dst, "provider": "ais"},
        "input_format": {"template": f"shard-{{0..{SHARDS - 1}}}.tar"},
        "output_format": "out-{00..99}.tar",
        "output_shard_size": "1KiB",
        "description": "sdk live test",
    }
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps(spec))
    dsort = client.dsort()
    job_id = dsort.start(spec_file)
    assert job_id.startswith("srt-") and dsort.dsort_id == job_id
    dsort.wait(timeout=60, verbose=False)
    info = dsort.get_job_info()
    assert info and all(isinstance(v, JobInfo) for v in info.values())
    assert all(
        v.id == job_id and (v.archived or v.metrics.shard_creation.finished) for v in info.values()
    )
    assert all(v.src_bck is not None and v.src_bck.name == src for v in info.values())
    _check_output(client, dst, expected, decreasing=False)


@_SPEC_GAPS
def test_dsort_from_yaml_file(
    client: Client, new_bucket_name: Callable[[], str], tmp_path: Path
) -> None:
    pytest.importorskip("yaml")
    src = new_bucket_name()
    expected = _write_shards(client, src)
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(
        f"input_bck: {{name: {src}}}\n"
        f"input_format: {{template: 'shard-{{0..{SHARDS - 1}}}.tar'}}\n"
        "output_format: 'out-{00..99}.tar'\n"
        "output_shard_size: 1KiB\n"
        "algorithm: {kind: alphanumeric, decreasing: true}\n"
    )
    dsort = client.dsort()
    dsort.start(str(spec_file))
    dsort.wait(timeout=60, verbose=False)
    _check_output(client, src, expected, decreasing=True)


@_SPEC_GAPS
def test_dsort_from_framework(client: Client, new_bucket_name: Callable[[], str]) -> None:
    src, dst = new_bucket_name(), new_bucket_name()
    expected = _write_shards(client, src)

    class _Range:  # what ObjectRange offers: get_value() and str()
        def __init__(self, template: str) -> None:
            self.template = template

        def get_value(self) -> dict[str, str]:
            return {"template": self.template}

        def __str__(self) -> str:
            return self.template

    framework = DsortFramework(
        input_shards=DsortShardsGroup(
            bck=BucketModel(name=src, provider="ais"),
            role="input",
            format=_Range(f"shard-{{0..{SHARDS - 1}}}.tar"),
            extension=".tar",
        ),
        output_shards=DsortShardsGroup(
            bck=BucketModel(name=dst, provider="ais"),
            role="output",
            format=_Range("out-{00..99}.tar"),
            extension=".tar",
        ),
        algorithm=DsortAlgorithm(kind="alphanumeric"),
        output_shard_size="1KiB",
    )
    dsort = client.dsort()
    dsort.start(framework)
    dsort.wait(timeout=60, verbose=False)
    _check_output(client, dst, expected, decreasing=False)


@_SPEC_GAPS
def test_dsort_abort_and_unknown(client: Client, bucket_name: str) -> None:
    _write_shards(client, bucket_name)
    dsort = client.dsort()
    dsort.start(
        {
            "input_bck": {"name": bucket_name},
            "input_format": {"template": f"shard-{{0..{SHARDS - 1}}}.tar"},
            "output_format": "out-{00..99}.tar",
            "output_shard_size": "1KiB",
        }
    )
    dsort.abort()
    dsort.wait(timeout=60, verbose=False)  # an aborted job ends the wait
    unknown = client.dsort("srt-nosuchjob")
    with pytest.raises(ErrNotFound):
        unknown.get_job_info()
    with pytest.raises(ErrNotFound):
        unknown.abort()


def test_dsort_missing_bucket(client: Client) -> None:
    with pytest.raises(AISError) as info:
        client.dsort().start(
            {
                "input_bck": {"name": "no-such-bucket-dsort"},
                "input_format": {"template": "shard-{0..1}.tar"},
                "output_format": "out-{00..9}.tar",
            }
        )
    assert info.value.status_code == 404


def test_dsort_bad_input_fails_before_any_request(client: Client, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        client.dsort().start(tmp_path / "missing.json")
    bad = tmp_path / "spec.txt"
    bad.write_text("{}")
    with pytest.raises(ValueError, match="Unsupported file format"):
        client.dsort().start(bad)
    with pytest.raises(ValueError, match="missing"):
        client.dsort().start({"input_bck": {"name": "x"}})
    with pytest.raises(ValueError, match="without an ID"):
        client.dsort().wait()
    with pytest.raises(ValueError):
        DsortAlgorithm(kind="content")
    assert Dsort(client.request_client).dsort_id == ""
