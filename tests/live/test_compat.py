"""Live tests of 1.9.2 behaviour that reference programs rely on (issue 14's six breakages).

The broader comparison against the published reference itself is tests/live/test_differential.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from aistore.sdk.client import Client
from aistore.sdk.errors import ErrBckNotFound, InvalidBckProvider
from aistore.sdk.namespace import Namespace

pytestmark = pytest.mark.live


def test_supporting_modules_work_against_the_cluster(
    client: Client, ais_endpoint: str, bucket_name: str, tmp_path: Path
) -> None:
    from aistore.sdk.dataset.data_attribute import DataAttribute
    from aistore.sdk.dataset.dataset_config import DatasetConfig
    from aistore.sdk.dataset.label_attribute import LabelAttribute
    from aistore.sdk.obj.object_iterator import ObjectIterator
    from aistore.sdk.session_manager import SessionManager
    from aistore.sdk.utils import handle_errors

    bucket = client.bucket(bucket_name)
    for i in range(3):
        bucket.object(f"o{i}").put_content(b"x")
    # the iterator class a listing returns is the one at the reference path
    entries = bucket.list_objects_iter(page_size=2)
    assert isinstance(entries, ObjectIterator)
    assert sorted(e.name for e in entries) == ["o0", "o1", "o2"]

    # utils.handle_errors maps a raw error response as the client does
    response = httpx.head(f"{ais_endpoint}/v1/buckets/{bucket_name}-none?provider=ais")
    with pytest.raises(ErrBckNotFound):
        handle_errors(response)
    handle_errors(httpx.get(f"{ais_endpoint}/v1/health"))  # success: nothing raised

    # SessionManager hands out a working requests session
    session = SessionManager().session
    assert session.get(f"{ais_endpoint}/v1/health").status_code == 200

    # a dataset config as Bucket.write_dataset takes it, generated from local files
    (tmp_path / "a.txt").write_bytes(b"A")
    (tmp_path / "b.txt").write_bytes(b"B")
    config = DatasetConfig(
        DataAttribute(tmp_path, "text", "txt"), [LabelAttribute("cls", lambda n: n.upper())]
    )
    samples = sorted(config.generate_dataset(10), key=lambda s: s[0]["cls"])
    assert [(s["text.txt"], s["cls"], missing) for s, missing in samples] == [
        (b"A", "A", []),
        (b"B", "B", []),
    ]


def test_put_content_accepts_text(client: Client, bucket_name: str) -> None:
    obj = client.bucket(bucket_name).object("text")
    obj.put_content("héllo")
    assert obj.get().read_all() == "héllo".encode()


def test_provider_check_comes_before_the_empty_list_check(client: Client) -> None:
    group = client.bucket("x", provider="ais").objects(obj_names=[])
    with pytest.raises(InvalidBckProvider):
        group.evict()
    with pytest.raises(ValueError, match="at least one"):
        group.delete()  # never sent: an empty selection would act on every object


def test_unbalanced_template_raises_when_expanded(client: Client, bucket_name: str) -> None:
    group = client.bucket(bucket_name).objects(obj_template="a-{1..3")
    with pytest.raises(ValueError, match="Unbalanced braces"):
        group.list_names()
    assert client.bucket(bucket_name).objects(obj_template="a-{1..3}").list_names() == [
        "a-1",
        "a-2",
        "a-3",
    ]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda c: c.bucket("photos"), "Bucket('ais://photos')"),
        (lambda c: c.bucket("p", provider="s3"), "Bucket('aws://p')"),
        (
            lambda c: c.bucket("p", namespace=Namespace(uuid="u1", name="ns")),
            "Bucket('ais://@u1#ns/p')",
        ),
    ],
)
def test_bucket_repr_is_the_uri(
    client: Client, make: Callable[[Client], object], expected: str
) -> None:
    assert repr(make(client)) == expected


def test_listed_entry_repr_names_fields(client: Client, bucket_name: str) -> None:
    client.bucket(bucket_name).object("2024/cat1.jpg").put_content(b"12345")
    entry = client.bucket(bucket_name).list_objects().entries[0]
    text = repr(entry)
    assert text.startswith("BucketEntry(name='2024/cat1.jpg', size=5, checksum=")
    assert "(n=" not in text and ", cs=" not in text
    assert repr(next(iter(client.bucket(bucket_name).list_objects_iter()))) == text
