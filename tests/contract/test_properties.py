"""Property-based checks of safe, idempotent operations against the local cluster (hypothesis).

Bounded: few examples, no shrinking database on disk, a deadline per example. Every exchange is
also checked against the spec by the contract plugin. A regression found here becomes a plain
test (see `test_regressions` below).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from aistore_raw.ais.api.buckets import bucket_action, bucket_delete_action, list_objects
from aistore_raw.ais.api.objects import get_object, head_object, put_object
from aistore_raw.ais.models import ActMsgCreateBck, ActMsgDestroyBck, ActMsgList, LsoMsg
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.contract.conftest import Raw
from tests.live.conftest import unique_name

pytestmark = pytest.mark.live

AIS = {"provider": "ais"}
BOUNDED = settings(
    max_examples=25,
    deadline=5000,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Every Unicode category an object name may plausibly hold: letters, marks, digits, punctuation,
# symbols, spaces (Cs surrogates cannot be UTF-8 encoded; C* controls are excluded, see below).
NAME_CHARS = st.characters(
    categories=(
        "Lu",
        "Ll",
        "Lt",
        "Lm",
        "Lo",
        "Mn",
        "Nd",
        "Nl",
        "No",
        "Pc",
        "Pd",
        "Ps",
        "Pe",
        "Pi",
        "Pf",
        "Po",
        "Sm",
        "Sc",
        "Sk",
        "So",
        "Zs",
    ),
)
ASCII_PUNCT = st.sampled_from(list("!\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~ /"))
NAMES = (
    st.text(st.one_of(NAME_CHARS, ASCII_PUNCT), min_size=1, max_size=40)
    .filter(lambda n: not n.startswith("/") and "//" not in n and not n.endswith("/"))
    .filter(lambda n: n not in (".", "..") and "/../" not in f"/{n}/" and "/./" not in f"/{n}/")
)


@pytest.fixture(scope="module")
def module_bucket(raw: Raw) -> Iterator[str]:
    name = unique_name("prop")
    raw.send(bucket_action.op(name, body=ActMsgCreateBck(), **AIS))
    yield name
    raw.send(bucket_delete_action.op(name, body=ActMsgDestroyBck(), **AIS))


WRITTEN: dict[str, set[str]] = {}
"""Names written per bucket by the examples below (the bucket is shared by the module)."""


def _path_conflict(written: set[str], name: str) -> bool:
    """`name` needs a directory where an object is, or an object where a directory is (`0` and
    `0/0`: the target stores objects as files, so the second PUT is refused with a 400)."""
    parts = name.split("/")
    if any("/".join(parts[:i]) in written for i in range(1, len(parts))):
        return True
    return any(w.startswith(name + "/") for w in written)


@BOUNDED
@given(name=NAMES)
def test_object_names_round_trip(raw: Raw, module_bucket: str, name: str) -> None:
    written = WRITTEN.setdefault(module_bucket, set())
    assume(not _path_conflict(written, name))  # a namespace clash, not an encoding question
    written.add(name)
    payload = name.encode("utf-8")
    raw.send(put_object.op(module_bucket, name, body=payload, **AIS))
    assert raw.send(get_object.op(module_bucket, name, **AIS)).content == payload
    head = raw.send(head_object.op(module_bucket, name, **AIS))
    # an HTTP header value cannot keep leading/trailing spaces or tabs (RFC 9110 5.5)
    assert head.headers["ais-name"] == name.strip(" \t")
    listed = raw.call(
        list_objects.op(
            module_bucket,
            body=ActMsgList(value=LsoMsg(prefix=name, props="name")),
            **AIS,
        )
    )
    assert name in {e.name for e in listed.entries or []}


EDGE_SIZES = [0, 1, 2, 1023, 1024, 1025, 65535, 65536, 65537]


@BOUNDED
@given(size=st.one_of(st.sampled_from(EDGE_SIZES), st.integers(0, 200_000)))
def test_sizes_round_trip(raw: Raw, module_bucket: str, size: int) -> None:
    data = bytes(i % 251 for i in range(size))
    name = f"size-{size}"
    raw.send(put_object.op(module_bucket, name, body=data, **AIS))
    got = raw.send(get_object.op(module_bucket, name, **AIS))
    assert got.content == data
    head = raw.send(head_object.op(module_bucket, name, **AIS))
    assert head.status_code == 200
    if "content-length" in head.headers:
        assert int(head.headers["content-length"]) == size


def _pages(raw: Raw, bucket: str, prefix: str, page_size: int) -> list[list[str]]:
    pages: list[list[str]] = []
    uuid, token = "", ""
    while True:
        msg = LsoMsg(
            prefix=prefix, props="name", pagesize=page_size, uuid=uuid, continuation_token=token
        )
        page = raw.call(list_objects.op(bucket, body=ActMsgList(value=msg), **AIS))
        pages.append([e.name for e in page.entries or []])
        uuid, token = page.uuid or "", page.continuation_token or ""
        if not token or len(pages) > 100:
            return pages


@settings(BOUNDED, max_examples=12)
@given(count=st.integers(1, 12), data=st.data())
def test_paging_edges(raw: Raw, module_bucket: str, count: int, data: st.DataObject) -> None:
    divisors = [d for d in range(1, count + 1) if count % d == 0]
    page_size = data.draw(
        st.one_of(st.just(1), st.sampled_from(divisors), st.integers(1, count + 2))
    )
    prefix = f"page-{count}/"
    for i in range(count):
        raw.send(put_object.op(module_bucket, f"{prefix}{i:03}", body=b"p", **AIS))
    pages = _pages(raw, module_bucket, prefix, page_size)
    names = [n for p in pages for n in p]
    assert sorted(names) == [f"{prefix}{i:03}" for i in range(count)]
    assert all(len(p) <= page_size for p in pages)
    # one trailing empty page at most when count is an exact multiple of the page size
    assert math.ceil(count / page_size) <= len(pages) <= math.ceil(count / page_size) + 1
