"""AISHttpClient builds exactly the request httpx would, with one URL parse."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from aistore_raw.ais.api.buckets import list_objects
from aistore_raw.ais.api.health import get_health
from aistore_raw.ais.api.objects import get_object, put_object
from aistore_raw.ais.models import ActMsgList, LsoMsg

from aistore._core.http_client import AISHttpClient

BASE = "https://node:8443/"
CASES: list[dict[str, Any]] = [
    get_object.request_kwargs(
        "b k", "a/b c?d#e+f%g/ü", provider="ais", latest_ver=True, archpath="x y/ü&="
    ),
    get_object.request_kwargs("b", "o", range_="bytes=0-9"),
    put_object.request_kwargs("b", "o", body=b"payload", provider="ais"),
    list_objects.request_kwargs("b", body=ActMsgList(value=LsoMsg(prefix="p/", pagesize=10))),
    get_health.request_kwargs(),
    {"method": "GET", "url": "/v1/x?already=1", "params": {"b": "2"}},  # falls back to httpx
]


@pytest.mark.parametrize("kwargs", CASES)
def test_same_request_as_httpx(kwargs: dict[str, Any]) -> None:
    ours = AISHttpClient(base_url=BASE, headers={"X-A": "1"}, timeout=3.0)
    theirs = httpx.Client(base_url=BASE, headers={"X-A": "1"}, timeout=3.0)
    a, b = ours.build_request(**kwargs), theirs.build_request(**kwargs)
    assert (a.method, str(a.url), a.url.raw_path) == (b.method, str(b.url), b.url.raw_path)
    assert a.headers.multi_items() == b.headers.multi_items()
    assert a.extensions == b.extensions
    assert a.read() == b.read()


def test_streamed_body_stays_a_stream() -> None:
    kwargs = put_object.request_kwargs("b", "o", body=io.BytesIO(b"abc"))
    request = AISHttpClient(base_url=BASE).build_request(**kwargs)
    assert not isinstance(request.stream, httpx.ByteStream)
    assert request.headers["Content-Length"] == "3"


def test_no_cookie_jar() -> None:
    client = AISHttpClient(base_url=BASE)
    response = httpx.Response(
        200, headers={"Set-Cookie": "a=b"}, request=httpx.Request("GET", BASE)
    )
    client.cookies.extract_cookies(response)
    assert dict(client.cookies) == {}
