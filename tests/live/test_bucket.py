"""Bucket against a live cluster: lifecycle, listing, copy/rename, summaries, uploads."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from aistore.devcluster import probe
from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.enums import FLTPresence
from aistore.sdk.errors import (
    AISError,
    ErrBckAlreadyExists,
    ErrBckNotFound,
    InvalidBckProvider,
)
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import Object
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry

pytestmark = pytest.mark.live

NAMES = [
    "a.txt",
    "dir/b.bin",
    "dir/sub dir/c with spaces.txt",
    "unicode/ü-日本語-é.txt",
    "z/deep/er/d",
]


def _fresh_name() -> str:
    return f"bck-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def bucket(client: Client, bucket_name: str) -> Bucket:
    return client.bucket(bucket_name)


@pytest.fixture
def filled(bucket: Bucket) -> dict[str, bytes]:
    """NAMES put into `bucket`, each with distinct content (and so size)."""
    contents = {name: (name * (i + 1)).encode() for i, name in enumerate(NAMES)}
    for name, data in contents.items():
        bucket.object(name).put_content(data)
    return contents


@pytest.fixture
def cleanup(client: Client) -> Iterator[Callable[[str], str]]:
    """Register ais:// bucket names to destroy after the test (for buckets a test makes)."""
    names: list[str] = []

    def add(name: str) -> str:
        names.append(name)
        return name

    yield add
    for name in names:
        client.bucket(name).delete(missing_ok=True)


def _wait_job(client: Client, job_id: str) -> None:
    assert job_id
    try:
        from aistore.sdk.job import Job  # noqa: F401
    except ImportError:
        time.sleep(2)
        return
    client.job(job_id).wait(timeout=60, verbose=False)


def _wait_until(check: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.2)


def _names(entries: list[BucketEntry]) -> list[str]:
    return [e.name for e in entries]


# ---- identity and validation (no requests) --------------------------------------------------
def test_identity_properties(client: Client) -> None:
    ns = Namespace(uuid="", name="ns1")
    b = client.bucket("some-bucket", provider="s3", namespace=ns)
    assert b.name == "some-bucket"
    assert b.provider is Provider.AMAZON
    assert b.namespace == ns
    assert b.qparam == {"provider": "aws", "namespace": "@#ns1"}
    assert b.get_path() == "aws/@#ns1/some-bucket/"
    assert b.client is client.request_client
    model = b.as_model()
    assert (model.name, model.provider, model.namespace) == ("some-bucket", "aws", ns)
    assert client.bucket("x").get_path() == "ais/@#/x/"
    assert client.bucket("x").qparam == {"provider": "ais"}


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("", "empty"),
        ("has space", "invalid characters"),
        ("slash/name", "invalid characters"),
        ("ü", "invalid characters"),
        (".hidden", "start with '.'"),
        ("a..b", ".."),
        ("x" * 65, "too long"),
    ],
)
def test_invalid_bucket_names_rejected_before_request(
    client: Client, name: str, fragment: str
) -> None:
    with pytest.raises(ValueError, match=fragment.replace(".", r"\.")):
        client.bucket(name)


def test_unknown_provider_rejected(client: Client) -> None:
    with pytest.raises(InvalidBckProvider):
        client.bucket("b", provider="nope")


# ---- lifecycle ------------------------------------------------------------------------------
def test_create_exist_ok_and_delete_missing_ok(
    client: Client, cleanup: Callable[[str], str]
) -> None:
    b = client.bucket(cleanup(_fresh_name()))
    with pytest.raises(ErrBckNotFound):
        b.head()
    assert b.create() is b
    props = json.loads(b.head()["ais-bucket-props"])
    assert props["provider"] == "ais"
    with pytest.raises(ErrBckAlreadyExists):
        b.create()
    b.create(exist_ok=True)
    b.delete()
    with pytest.raises(ErrBckNotFound):
        b.head()
    with pytest.raises(ErrBckNotFound):
        b.delete()
    b.delete(missing_ok=True)


def test_ais_only_and_cloud_only_operations(client: Client, bucket: Bucket) -> None:
    remote = client.bucket("some-remote", provider="aws")
    for call in (remote.create, remote.delete, lambda: remote.rename("other")):
        with pytest.raises(InvalidBckProvider):
            call()
    with pytest.raises(InvalidBckProvider):
        bucket.evict()
    with pytest.raises(InvalidBckProvider):
        bucket.verify_cloud_bucket()
    remote.verify_cloud_bucket()


def test_head_of_missing_bucket(client: Client) -> None:
    with pytest.raises(ErrBckNotFound):
        client.bucket(_fresh_name()).head()


# ---- listing --------------------------------------------------------------------------------
def test_list_all_objects_exact(bucket: Bucket, filled: dict[str, bytes]) -> None:
    entries = bucket.list_all_objects()
    assert sorted(_names(entries)) == sorted(NAMES)
    assert {e.name: e.size for e in entries} == {n: len(d) for n, d in filled.items()}
    assert all(isinstance(e, BucketEntry) and e.is_ok() and e.is_cached() for e in entries)


def test_list_empty_bucket(bucket: Bucket) -> None:
    page = bucket.list_objects()
    assert page.entries == []
    assert page.continuation_token == ""
    assert bucket.list_all_objects() == []
    assert list(bucket.list_objects_iter()) == []


def test_entry_object_is_the_object(bucket: Bucket, filled: dict[str, bytes]) -> None:
    for entry in bucket.list_objects().entries:
        obj = entry.object
        assert isinstance(obj, Object)
        assert obj.name == entry.name
        assert entry.object is obj  # built once
        assert obj.get().read_all() == filled[entry.name]


def test_prefix(bucket: Bucket, filled: dict[str, bytes]) -> None:
    assert sorted(_names(bucket.list_all_objects(prefix="dir/"))) == [
        "dir/b.bin",
        "dir/sub dir/c with spaces.txt",
    ]
    assert _names(bucket.list_all_objects(prefix="unicode/ü")) == ["unicode/ü-日本語-é.txt"]
    assert bucket.list_all_objects(prefix="nothing-here") == []


def test_paging_with_small_page_size(bucket: Bucket) -> None:
    names = [f"p/{i:03d}" for i in range(11)]
    for n in names:
        bucket.object(n).put_content(n.encode())
    seen: list[str] = []
    pages = 0
    page_uuid = token = ""
    while True:
        page = bucket.list_objects(page_size=3, uuid=page_uuid, continuation_token=token)
        assert len(page.entries) <= 3
        seen += _names(page.entries)
        pages += 1
        if not page.continuation_token:
            break
        page_uuid, token = page.uuid, page.continuation_token
        assert page_uuid
    assert pages >= 4
    assert seen == names
    assert _names(bucket.list_all_objects(page_size=4)) == names
    assert _names(list(bucket.list_objects_iter(page_size=2))) == names
    assert _names(list(bucket.list_objects_iter(prefix="p/00", page_size=3))) == names[:10]


def test_iterator_is_lazy(bucket: Bucket, filled: dict[str, bytes]) -> None:
    it = bucket.list_objects_iter(page_size=2)
    first = next(it)
    assert first.name in NAMES
    assert len([first, *it]) == len(NAMES)
    with pytest.raises(StopIteration):
        next(it)


def test_props_and_flags(bucket: Bucket, filled: dict[str, bytes]) -> None:
    full = {e.name: e for e in bucket.list_all_objects(props="name,size,checksum,version,atime")}
    assert set(full) == set(NAMES)
    for name, entry in full.items():
        assert entry.size == len(filled[name])
        assert entry.checksum
        assert entry.version
        assert entry.atime
    name_only = bucket.list_all_objects(flags=[ListObjectFlag.NAME_ONLY])
    assert sorted(_names(name_only)) == sorted(NAMES)
    assert all(e.size == 0 and e.checksum == "" for e in name_only)
    name_size = bucket.list_all_objects(flags=[ListObjectFlag.NAME_SIZE])
    assert {e.name: e.size for e in name_size} == {n: len(d) for n, d in filled.items()}


def test_bad_listing_arguments_fail_before_request(bucket: Bucket) -> None:
    with pytest.raises(ValueError, match="page_size"):
        bucket.list_objects(page_size=-1)
    with pytest.raises(TypeError, match="ListObjectFlag"):
        bucket.list_all_objects(flags=[16])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="ListObjectFlag"):
        bucket.list_objects_iter(flags=["x"])  # type: ignore[list-item]


def test_list_all_objects_iter_and_urls(bucket: Bucket, filled: dict[str, bytes]) -> None:
    objs = list(bucket.list_all_objects_iter())
    assert sorted(o.name for o in objs) == sorted(NAMES)
    for o in objs:
        assert o.props is not None
        assert o.props.size == len(filled[o.name])
    dir_objs = list(bucket.list_all_objects_iter(prefix="dir/"))
    assert len(dir_objs) == 2
    urls = list(bucket.list_urls())
    assert len(urls) == len(NAMES)
    assert all(u.startswith(bucket.client.base_url) for u in urls)
    assert sorted(unquote(u.split("?")[0].split(f"/{bucket.name}/", 1)[1]) for u in urls) == sorted(
        NAMES
    )
    etl_urls = list(bucket.list_urls(prefix="a", etl_name="my-etl"))
    assert len(etl_urls) == 1 and "etl_name=my-etl" in etl_urls[0]


def test_list_with_target(client_3t: Client, bucket_name_3t: str, ais_endpoint_3t: str) -> None:
    # v1.5.0: `target` pins the listing to one target (for remote backends); it is not a
    # per-target filter, so an ais:// bucket lists in full through any target
    bucket = client_3t.bucket(bucket_name_3t)
    names = {f"t/{i:02d}" for i in range(30)}
    for n in names:
        bucket.object(n).put_content(b"x")
    smap = probe.smap(ais_endpoint_3t)
    assert smap is not None
    targets = list(smap["tmap"])
    assert len(targets) == 3
    for t in targets:
        assert set(_names(bucket.list_all_objects(target=t, page_size=7))) == names
    with pytest.raises(AISError, match="node no-such-target not present in Smap") as info:
        bucket.list_objects(target="no-such-target")
    assert info.value.status_code == 400


# ---- copy, rename, transform ----------------------------------------------------------------
def test_copy_whole_bucket(
    client: Client, bucket: Bucket, filled: dict[str, bytes], cleanup: Callable[[str], str]
) -> None:
    dest = client.bucket(cleanup(_fresh_name()))
    job_id = bucket.copy(dest)
    _wait_job(client, job_id)
    _wait_until(lambda: len(dest.list_all_objects()) == len(NAMES))
    assert {e.name: e.size for e in dest.list_all_objects()} == {
        n: len(d) for n, d in filled.items()
    }
    assert (
        dest.object("unicode/ü-日本語-é.txt").get().read_all() == filled["unicode/ü-日本語-é.txt"]
    )


def test_copy_prefix_and_prepend(
    client: Client, bucket: Bucket, filled: dict[str, bytes], cleanup: Callable[[str], str]
) -> None:
    dest = client.bucket(cleanup(_fresh_name()))
    _wait_job(client, bucket.copy(dest, prefix_filter="dir/", prepend="copied/"))
    _wait_until(lambda: len(dest.list_all_objects()) == 2)
    assert sorted(_names(dest.list_all_objects())) == [
        "copied/dir/b.bin",
        "copied/dir/sub dir/c with spaces.txt",
    ]


def test_copy_dry_run_copies_nothing(
    client: Client, bucket: Bucket, filled: dict[str, bytes], cleanup: Callable[[str], str]
) -> None:
    dest = client.bucket(cleanup(_fresh_name()))
    _wait_job(client, bucket.copy(dest, dry_run=True))
    # v1.5.0 creates the destination for a real copy only (ais/prxtxn.go tcb: !dryRun && !existsTo)
    with pytest.raises(ErrBckNotFound, match="does not exist"):
        dest.list_all_objects()
    assert len(bucket.list_all_objects()) == len(filled)


def test_copy_to_non_bucket_is_type_error(bucket: Bucket) -> None:
    with pytest.raises(TypeError, match="to_bck"):
        bucket.copy("dest")  # type: ignore[arg-type]


def test_rename(
    client: Client, new_bucket_name: Callable[[], str], cleanup: Callable[[str], str]
) -> None:
    old = new_bucket_name()
    b = client.bucket(old)
    b.object("x/1").put_content(b"one")
    new = cleanup(_fresh_name())
    job_id = b.rename(new)
    assert b.name == new
    _wait_job(client, job_id)
    _wait_until(lambda: _names(client.bucket(new).list_all_objects()) == ["x/1"])
    assert client.bucket(new).object("x/1").get().read_all() == b"one"

    def old_gone() -> bool:
        try:
            client.bucket(old).head()
        except ErrBckNotFound:
            return True
        return False

    _wait_until(old_gone)
    with pytest.raises(ValueError, match="to_bck_name"):
        b.rename("bad name")


def test_transform_without_kubernetes_fails(client: Client, bucket: Bucket) -> None:
    with pytest.raises(AISError) as err:
        bucket.transform("no-such-etl", client.bucket(_fresh_name()), ext={"txt": "bin"})
    # the dev cluster runs outside Kubernetes, so the server refuses any ETL job
    assert "requires Kubernetes" in err.value.message
    with pytest.raises(ValueError, match="etl_name"):
        bucket.transform("", bucket)


# ---- summaries --------------------------------------------------------------------------------
def test_summary(bucket: Bucket, filled: dict[str, bytes]) -> None:
    summ = bucket.summary()
    assert summ["name"] == bucket.name
    assert int(summ["ObjCount"]["obj_count_present"]) == len(NAMES)
    assert int(summ["TotalSize"]["size_all_present_objs"]) == sum(map(len, filled.values()))
    assert summ["ObjSize"]["obj_max_size"] == max(map(len, filled.values()))
    only_dir = bucket.summary(prefix="dir/")
    assert int(only_dir["ObjCount"]["obj_count_present"]) == 2


def test_info(bucket: Bucket, filled: dict[str, bytes]) -> None:
    props, summ = bucket.info()
    assert json.loads(props)["provider"] == "ais"
    assert summ["name"] == bucket.name
    assert int(summ["ObjCount"]["obj_count_present"]) == len(NAMES)
    props2, summ2 = bucket.info(flt_presence=FLTPresence.FLT_PRESENT, prefix="z/")
    assert json.loads(props2)["provider"] == "ais"
    assert int(summ2["ObjCount"]["obj_count_present"]) == 1
    with pytest.raises(ValueError, match="flt_presence"):
        bucket.info(flt_presence=42)


def test_summary_of_missing_bucket(client: Client) -> None:
    with pytest.raises(ErrBckNotFound):
        client.bucket(_fresh_name()).summary()


# ---- put_files --------------------------------------------------------------------------------
@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {
        "top.txt": b"top",
        "top.bin": b"binary",
        "skip_me.txt": b"skip",
        "sub/inner.txt": b"inner",
        "sub/deeper/deep.txt": b"deep",
        "sub/deeper/ü nicode.txt": b"uni",
    }
    for rel, data in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return tmp_path


def _contents(bucket: Bucket) -> dict[str, bytes]:
    return {e.name: e.object.get().read_all() for e in bucket.list_all_objects()}


def test_put_files_flat_with_pattern(bucket: Bucket, tree: Path) -> None:
    names = bucket.put_files(str(tree), pattern="*.txt", verbose=False)
    assert names == ["skip_me.txt", "top.txt"]
    assert _contents(bucket) == {"skip_me.txt": b"skip", "top.txt": b"top"}


def test_put_files_recursive_prefix_prepend(bucket: Bucket, tree: Path) -> None:
    names = bucket.put_files(
        str(tree), recursive=True, pattern="*.txt", prefix_filter="d", prepend="up/", verbose=False
    )
    assert names == ["up/sub/deeper/deep.txt"]
    everything = bucket.put_files(str(tree), recursive=True, verbose=False)
    assert sorted(everything) == sorted(
        [
            "top.txt",
            "top.bin",
            "skip_me.txt",
            "sub/inner.txt",
            "sub/deeper/deep.txt",
            "sub/deeper/ü nicode.txt",
        ]
    )
    got = _contents(bucket)
    assert got["sub/deeper/ü nicode.txt"] == b"uni"
    assert got["up/sub/deeper/deep.txt"] == b"deep"
    assert len(got) == 7


def test_put_files_basename_and_dry_run(bucket: Bucket, tree: Path) -> None:
    planned = bucket.put_files(str(tree), recursive=True, basename=True, dry_run=True)
    assert sorted(planned) == sorted(
        ["top.txt", "top.bin", "skip_me.txt", "inner.txt", "deep.txt", "ü nicode.txt"]
    )
    assert bucket.list_all_objects() == []
    bucket.put_files(str(tree), recursive=True, basename=True, pattern="deep*", verbose=True)
    assert _contents(bucket) == {"deep.txt": b"deep"}


def test_put_files_bad_path(bucket: Bucket, tree: Path) -> None:
    with pytest.raises(ValueError, match="not a directory"):
        bucket.put_files(str(tree / "top.txt"))
    with pytest.raises(ValueError, match="not a directory"):
        bucket.put_files(str(tree / "missing"))


# ---- objects, make_request, write_dataset ---------------------------------------------------
def test_object_factory(bucket: Bucket) -> None:
    obj = bucket.object("dir/new obj")
    assert isinstance(obj, Object)
    assert obj.bucket_name == bucket.name and obj.query_params == bucket.qparam
    obj.put_content(b"hello")
    assert bucket.object("dir/new obj").get().read_all() == b"hello"


def test_objects_factory(bucket: Bucket, filled: dict[str, bytes]) -> None:
    pytest.importorskip("aistore.sdk.multiobj.object_group")
    group = bucket.objects(obj_names=["a.txt", "dir/b.bin"])
    assert group.bck is bucket
    assert sorted(group.list_names()) == ["a.txt", "dir/b.bin"]
    with pytest.raises(ValueError):
        bucket.objects()


def test_make_request(client: Client, cleanup: Callable[[str], str]) -> None:
    b = client.bucket(cleanup(_fresh_name()))
    assert b.make_request("post", "create-bck").status_code == 200
    assert b.make_request("HEAD", "").headers["ais-bucket-props"]
    b.object("m").put_content(b"12345")
    listed = b.make_request("GET", "list", value={"props": "name,size"})
    assert [e["name"] for e in listed.json()["entries"]] == ["m"]
    dest = client.bucket(cleanup(_fresh_name()))
    job = b.make_request(
        "POST",
        "copy-bck",
        value={"prefix": ""},
        params={"provider": "ais", "bck_to": dest.get_path()},
    )
    _wait_job(client, job.text.strip('"'))
    _wait_until(lambda: _names(dest.list_all_objects()) == ["m"])
    with pytest.raises(ValueError, match="unsupported HTTP method"):
        b.make_request("OPTIONS", "list")
    with pytest.raises(ValueError, match="not accepted"):
        b.make_request("POST", "destroy-bck")
    with pytest.raises(ValueError, match="does not take"):
        b.make_request("DELETE", "destroy-bck", params={"bogus": 1})
    b.make_request("DELETE", "destroy-bck")
    with pytest.raises(ErrBckNotFound):
        b.head()


class _FakeDatasetConfig:
    """Writes two local shard files and hands each to `post`, as DatasetConfig.write_shards does."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.calls: list[dict[str, Any]] = []

    def write_shards(self, skip_missing: bool, **kwargs: Any) -> None:
        self.calls.append({"skip_missing": skip_missing, **kwargs})
        for i in range(2):
            shard = f"dataset-{i}.tar"
            (self.workdir / shard).write_bytes(f"shard {i}".encode())
            kwargs["post"](shard)


def test_write_dataset_uploads_and_removes_shards(
    bucket: Bucket, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    posted: list[str] = []
    config = _FakeDatasetConfig(tmp_path)
    bucket.write_dataset(config, skip_missing=False, maxcount=5, post=posted.append)
    assert posted == ["dataset-0.tar", "dataset-1.tar"]
    assert config.calls[0]["skip_missing"] is False and config.calls[0]["maxcount"] == 5
    assert _contents(bucket) == {"dataset-0.tar": b"shard 0", "dataset-1.tar": b"shard 1"}
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(TypeError, match="DatasetConfig"):
        bucket.write_dataset(object())  # type: ignore[arg-type]
