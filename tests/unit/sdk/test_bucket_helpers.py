"""Bucket's pure helpers: name rules, flag joining, action routing, page decoding, iteration."""

from __future__ import annotations

import httpx
import msgspec
import pytest
from aistore_raw.ais.api.buckets import bucket_action, head_bucket, list_objects
from aistore_raw.ais.models import ActMsgCopyBck, ActMsgList

from aistore.sdk._bucket_actions import check_params, route
from aistore.sdk._bucket_listing import (
    ListedEntry,
    ObjectIterator,
    decode_page,
)
from aistore.sdk._bucket_validate import check_bucket_name, check_page_size, join_list_flags
from aistore.sdk.bucket import Bucket
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.obj.object import BucketDetails, Object
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import BucketEntry, BucketList


@pytest.mark.parametrize("name", ["a", "A-b_c.d", "x" * 64, "1.2.3", "trailing."])
def test_valid_names(name: str) -> None:
    assert check_bucket_name(name) == name


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("", "empty"),
        (".sys", "start with"),
        ("a..b", r"'\.\.'"),
        ("x" * 65, "too long"),
        ("a b", "invalid characters"),
        ("a/b", "invalid characters"),
        ("é", "invalid characters"),
    ],
)
def test_invalid_names(name: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        check_bucket_name(name)


def test_non_string_name() -> None:
    with pytest.raises(TypeError):
        check_bucket_name(3)


def test_join_flags() -> None:
    assert join_list_flags(None) == "0"
    assert join_list_flags([]) == "0"
    assert join_list_flags([ListObjectFlag.NAME_ONLY]) == "16"
    assert join_list_flags([ListObjectFlag.CACHED, ListObjectFlag.NAME_SIZE]) == "33"
    assert join_list_flags(ListObjectFlag.ARCH_DIR) == "8"  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="ListObjectFlag"):
        join_list_flags([1])  # type: ignore[list-item]


def test_page_size() -> None:
    assert check_page_size(0) == 0
    with pytest.raises(ValueError):
        check_page_size(-5)
    with pytest.raises(TypeError):
        check_page_size(True)
    with pytest.raises(TypeError):
        check_page_size("10")


def test_route() -> None:
    op, body = route("post", "copy-bck", {"prefix": "p/", "dry_run": True})
    assert op is bucket_action and isinstance(body, ActMsgCopyBck)
    assert body.to_dict() == {"action": "copy-bck", "value": {"prefix": "p/", "dry_run": True}}
    op, body = route("GET", "list", {"pagesize": 5})
    assert op is list_objects and isinstance(body, ActMsgList)
    with pytest.raises(ValueError, match=r"action 'list' of GET .* needs 'value'"):
        route("GET", "list", None)  # the server would take it for list-buckets (400)
    assert route("head", "anything", None) == (head_bucket, None)
    with pytest.raises(ValueError, match="unsupported HTTP method"):
        route("TRACE", "list", None)
    with pytest.raises(ValueError, match="accepted"):
        route("PUT", "create-bck", None)


def test_check_params() -> None:
    check_params(bucket_action, {"provider": "ais", "bck_to": "ais/@#/x/"})
    with pytest.raises(ValueError, match="keep_bck_md"):
        check_params(bucket_action, {"keep_bck_md": True})


def test_bucket_without_requests() -> None:
    b = Bucket("b1", provider="gs")
    assert b.provider is Provider.GOOGLE
    assert b.get_path() == "gcp/@#/b1/"
    assert b.qparam == {"provider": "gcp"}
    with pytest.raises(ValueError, match="no client"):
        b.object("o")


def _response(body: bytes, content_type: str) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": content_type})


def test_decode_msgpack_page_with_lazy_objects() -> None:
    raw = msgspec.msgpack.encode(
        {
            "UUID": "u1",
            "ContinuationToken": "tok",
            "Flags": 0,
            "Entries": [{"n": "a/b", "s": 3, "f": 64, "m": "ignored"}, {"n": "c"}],
        }
    )
    rc = RequestClient("http://localhost:1")
    details = BucketDetails("bk", Provider.AIS, {"provider": "ais"})
    page = decode_page(_response(raw, "application/msgpack"), rc, details)
    assert isinstance(page, BucketList)
    assert (page.uuid, page.continuation_token) == ("u1", "tok")
    first = page.entries[0]
    assert isinstance(first, BucketEntry) and isinstance(first, ListedEntry)
    assert (first.name, first.size, first.is_cached()) == ("a/b", 3, True)
    obj = first.object
    assert isinstance(obj, Object) and obj.name == "a/b" and obj.bucket_name == "bk"
    assert first.object is obj
    first.object = None
    assert first.object is None
    rc.close()


def test_decode_json_page() -> None:
    body = b'{"uuid":"u","continuation_token":"","flags":0,"entries":[{"name":"x","size":"7"}]}'
    rc = RequestClient("http://localhost:1")
    page = decode_page(_response(body, "application/json"), rc, BucketDetails("b", Provider.AIS))
    assert [(e.name, e.size) for e in page.entries] == [("x", 7)]
    assert isinstance(page.entries[0].object, Object)
    rc.close()


def test_object_iterator_pages_lazily() -> None:
    def page(uuid: str, token: str, *names: str) -> BucketList:
        return BucketList(
            UUID=uuid, ContinuationToken=token, Flags=0, Entries=[BucketEntry(n=n) for n in names]
        )

    pages = {
        ("", ""): page("u", "t1", "a"),
        ("u", "t1"): page("u", "t2"),
        ("u", "t2"): page("u", "", "b", "c"),
    }
    calls: list[tuple[str, str]] = []

    def fetch(uuid: str, token: str) -> BucketList:
        calls.append((uuid, token))
        return pages[(uuid, token)]

    it = ObjectIterator(fetch)
    assert calls == []
    assert next(it).name == "a"
    assert calls == [("", "")]
    assert [e.name for e in it] == ["b", "c"]
    assert calls == [("", ""), ("u", "t1"), ("u", "t2")]
    with pytest.raises(StopIteration):
        next(it)
