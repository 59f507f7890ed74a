"""ObjectGroup against a real cluster: delete, copy, archive, transform, prefetch/evict."""

from __future__ import annotations

import io
import tarfile
import time
from collections.abc import Callable

import pytest
from aistore_raw.ais.api.buckets import bucket_action, bucket_delete_action
from aistore_raw.ais.models import (
    ActMsgEvictListrange,
    ActMsgPrefetchListrange,
    EvdMsg,
    PrefetchMsg,
)

from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrBckNotFound, ErrNotFound, InvalidBckProvider
from aistore.sdk.multiobj import ObjectGroup, ObjectRange

pytestmark = pytest.mark.live

WAIT = 60.0


def content(name: str) -> bytes:
    return f"content of {name}\n".encode() * 3


def put(bck: Bucket, names: list[str]) -> None:
    for name in names:
        bck.object(name).put_content(content(name))


def names_in(bck: Bucket, prefix: str = "") -> list[str]:
    return sorted(e.name for e in bck.list_all_objects(prefix=prefix))


def wait(client: Client, job_id: str) -> None:
    """Wait for a delete/evict/prefetch job (the IC tracks these: `status` knows them)."""
    assert job_id, "the server answered no job ID"
    client.job(job_id).wait(timeout=WAIT, verbose=False)


def until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Poll `condition` (jobs may report idle a moment before their last write shows)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.2)


def wait_idle(client: Client, job_id: str) -> None:
    """Wait for a copy/transform/archive job: long-lived target-side jobs ("tco-..." for
    copy) that the IC's `status` query does not know (404); their snapshots go idle."""
    assert job_id, "the server answered no job ID"
    client.job(job_id).wait_for_idle(timeout=WAIT, verbose=False)


@pytest.fixture
def bck(client: Client, bucket_name: str) -> Bucket:
    return client.bucket(bucket_name)


# ---- delete ---------------------------------------------------------------------------------
def test_delete_by_names(client: Client, bck: Bucket) -> None:
    put(bck, [f"o-{i}" for i in range(5)])
    group = bck.objects(obj_names=["o-1", "o-3"])
    assert isinstance(group, ObjectGroup)
    wait(client, group.delete())
    assert names_in(bck) == ["o-0", "o-2", "o-4"]


def test_delete_by_range(client: Client, bck: Bucket) -> None:
    put(bck, [f"r-{i:04d}.bin" for i in range(1, 11)])
    put(bck, ["keep-0001.bin"])
    wait(client, bck.objects(obj_range=ObjectRange.from_string("r-{0001..0010..2}.bin")).delete())
    assert names_in(bck) == ["keep-0001.bin"] + [f"r-{i:04d}.bin" for i in range(2, 11, 2)]


def test_delete_by_range_object(client: Client, bck: Bucket) -> None:
    put(bck, [f"x{i:02d}" for i in range(6)])
    rng = ObjectRange("x", 1, 4, pad_width=2)
    assert rng.get_value() == {"template": "x{01..04..1}"}
    wait(client, bck.objects(obj_range=rng).delete())
    assert names_in(bck) == ["x00", "x05"]


def test_delete_by_template(client: Client, bck: Bucket) -> None:
    put(bck, [f"t-{i}" for i in range(1, 6)] + ["dir/a", "dir/b", "dirx"])
    wait(client, bck.objects(obj_template="t-{2..4}").delete())
    assert names_in(bck, "t-") == ["t-1", "t-5"]
    # a template without braces is a prefix: every object whose name starts with it
    wait(client, bck.objects(obj_template="dir/").delete())
    assert names_in(bck) == ["dirx", "t-1", "t-5"]


def test_delete_missing_names_still_runs(client: Client, bck: Bucket) -> None:
    put(bck, ["present"])
    job_id = bck.objects(obj_names=["present", "absent"]).delete()
    # a missing object fails the job (not the request); the present one is gone either way
    client.job(job_id).wait(timeout=WAIT, verbose=False)
    assert names_in(bck) == []


def test_delete_in_missing_bucket(client: Client) -> None:
    with pytest.raises(ErrBckNotFound):
        client.bucket("no-such-bucket-mo").objects(obj_names=["a"]).delete()


# ---- copy -----------------------------------------------------------------------------------
def test_copy_names(client: Client, bck: Bucket, new_bucket_name: Callable[[], str]) -> None:
    names = [f"c-{i:03d}" for i in range(5)]
    put(bck, names)
    dst = client.bucket(new_bucket_name())
    wait_idle(client, bck.objects(obj_names=names[:3]).copy(dst))
    until(lambda: names_in(dst) == names[:3])
    for name in names[:3]:
        assert dst.object(name).get().read_all() == content(name)
    assert names_in(bck) == names  # the source is untouched


def test_copy_range_with_prepend(
    client: Client, bck: Bucket, new_bucket_name: Callable[[], str]
) -> None:
    put(bck, [f"c-{i:03d}" for i in range(8)])
    dst = client.bucket(new_bucket_name())
    group = bck.objects(obj_range=ObjectRange("c-", 5, 7, pad_width=3))
    wait_idle(client, group.copy(dst, prepend="p/"))
    until(lambda: names_in(dst) == [f"p/c-{i:03d}" for i in range(5, 8)])
    assert dst.object("p/c-006").get().read_all() == content("c-006")


def test_copy_again_to_same_bucket_joins_the_running_job(
    client: Client, bck: Bucket, new_bucket_name: Callable[[], str]
) -> None:
    """Server behaviour: copies between the same two buckets share one long-lived job (the
    same "tco-" ID), and a later request's `prepend` is not applied (the job keeps the
    first request's)."""
    put(bck, ["s-1", "s-2"])
    dst = client.bucket(new_bucket_name())
    first = bck.objects(obj_names=["s-1"]).copy(dst)
    wait_idle(client, first)
    until(lambda: names_in(dst) == ["s-1"])
    second = bck.objects(obj_names=["s-2"]).copy(dst, prepend="later/")
    assert second == first
    until(lambda: names_in(dst) == ["s-1", "s-2"])


def test_copy_dry_run_writes_nothing(
    client: Client, bck: Bucket, new_bucket_name: Callable[[], str]
) -> None:
    put(bck, ["d1", "d2"])
    dst = client.bucket(new_bucket_name())
    wait_idle(client, bck.objects(obj_names=["d1", "d2"]).copy(dst, dry_run=True))
    assert names_in(dst) == []


def test_copy_to_missing_bucket_of_ais_creates_it(client: Client, bck: Bucket) -> None:
    # like copy-bck, copying into an ais:// bucket that does not exist creates it
    put(bck, ["n1"])
    dst = client.bucket(f"{bck.name}-auto")
    try:
        wait_idle(client, bck.objects(obj_names=["n1"]).copy(dst))
        until(lambda: names_in(dst) == ["n1"])
        assert dst.object("n1").get().read_all() == content("n1")
    finally:
        dst.delete(missing_ok=True)


# ---- archive --------------------------------------------------------------------------------
def test_archive_to_tar(client: Client, bck: Bucket, new_bucket_name: Callable[[], str]) -> None:
    names = [f"a/{i}.txt" for i in range(4)]
    put(bck, names)
    wait_idle(client, bck.objects(obj_names=names[:3]).archive("shard.tar"))
    data = bck.object("shard.tar").get().read_all()
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        members = sorted(m.name for m in tar.getmembers())
        assert members == sorted(names[:3])
        extracted = tar.extractfile("a/1.txt")
        assert extracted is not None and extracted.read() == content("a/1.txt")
    # read one file out of the shard on the server side
    reader = bck.object("shard.tar").get(archive_config=ArchiveConfig(archpath="a/2.txt"))
    assert reader.read_all() == content("a/2.txt")

    # to another bucket, by template, with the source bucket name in the member names
    dst = client.bucket(new_bucket_name())
    wait_idle(
        client,
        bck.objects(obj_template="a/{0..3}.txt").archive(
            "all.tar", to_bck=dst, include_source_name=True
        ),
    )
    with tarfile.open(fileobj=io.BytesIO(dst.object("all.tar").get().read_all())) as tar:
        assert sorted(m.name for m in tar.getmembers()) == sorted(f"{bck.name}/{n}" for n in names)


def test_archive_append(client: Client, bck: Bucket) -> None:
    put(bck, ["f1", "f2"])
    wait_idle(client, bck.objects(obj_names=["f1"]).archive("app.tar"))
    wait_idle(client, bck.objects(obj_names=["f2"]).archive("app.tar", allow_append=True))
    with tarfile.open(fileobj=io.BytesIO(bck.object("app.tar").get().read_all())) as tar:
        assert sorted(m.name for m in tar.getmembers()) == ["f1", "f2"]


# ---- listing helpers ------------------------------------------------------------------------
def test_list_names_urls_and_objects(client: Client, bck: Bucket) -> None:
    put(bck, ["l-1", "l-2", "m-1"])
    group = bck.objects(obj_names=["l-1", "l-2", "m-1"])
    assert group.list_names() == ["l-1", "l-2", "m-1"]
    objs = list(group.list_all_objects_iter(prefix="l-"))
    assert [o.name for o in objs] == ["l-1", "l-2"]
    assert objs[0].props is not None and objs[0].props.size == len(content("l-1"))
    urls = list(group.list_urls(prefix="m-"))
    assert len(urls) == 1
    response = client.request_client.http.get(urls[0])
    assert response.status_code == 200 and response.content == content("m-1")


# ---- prefetch / evict / transform on a local cluster ---------------------------------------
def test_prefetch_and_evict_of_ais_bucket_rejected_client_side(client: Client, bck: Bucket) -> None:
    put(bck, ["e1"])
    group = bck.objects(obj_names=["e1"])
    with pytest.raises(InvalidBckProvider):
        group.prefetch()
    with pytest.raises(InvalidBckProvider):
        group.evict()
    assert names_in(bck) == ["e1"]


def test_server_on_prefetch_and_evict_of_ais_bucket(client: Client, bck: Bucket) -> None:
    """What the server itself does with these actions on an ais:// bucket (raw operations)."""
    put(bck, ["e1"])
    rc = client.request_client
    with pytest.raises(AISError) as evict_err:
        rc.send(
            bucket_delete_action.op(
                bck.name,
                body=ActMsgEvictListrange(action="evict-listrange", value=EvdMsg(objnames=["e1"])),
                provider="ais",
            )
        )
    assert evict_err.value.status_code == 400
    assert "expecting remote bucket" in str(evict_err.value)
    with pytest.raises(AISError) as prefetch_err:
        rc.send(
            bucket_action.op(
                bck.name,
                body=ActMsgPrefetchListrange(
                    action="prefetch-listrange", value=PrefetchMsg(objnames=["e1"])
                ),
                provider="ais",
            )
        )
    assert prefetch_err.value.status_code == 400
    assert "expecting remote bucket" in str(prefetch_err.value)
    assert names_in(bck) == ["e1"]


def test_transform_needs_kubernetes(
    client: Client, bck: Bucket, new_bucket_name: Callable[[], str]
) -> None:
    put(bck, ["t1"])
    dst = client.bucket(new_bucket_name())
    # the server answers 404 (so ErrNotFound) with "the operation requires Kubernetes"
    with pytest.raises(ErrNotFound, match="requires Kubernetes") as err:
        bck.objects(obj_names=["t1"]).transform(dst, etl_name="no-such-etl")
    assert err.value.status_code == 404
    assert names_in(dst) == []
