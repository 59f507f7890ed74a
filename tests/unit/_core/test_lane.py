"""The object hot path behaves as the general path: retries, redirects, probe, error boundary.

A scripted local HTTP server (tests/unit/_core/test_wire.py) plays the proxy and the target for
the answers a live cluster cannot be made to give (503, a probe answered 200, a body cut short,
a redirect loop). Each case runs on both paths and must end the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import httpx
import pytest
from aistore_raw.ais.api.objects import get_object, head_object, put_object
from urllib3.util import Retry

from aistore._core.lane import encode_query
from aistore.sdk import errors
from aistore.sdk.client import Client
from tests.unit._core.test_wire import Cut, FakeServer


def _ok(body: bytes = b"ok", extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%s\r\n%s" % (len(body), extra, body)


NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 74\r\n\r\n"
    b'{"message":"t[x]: ais://b/o does not exist","status":404,"method":"GET"}  '
)
BUSY = b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"


class Kind(enum.StrEnum):
    A = "ais"


@pytest.mark.parametrize(
    "params",
    [
        {"provider": "ais"},
        {"provider": Kind.A, "latest-ver": True, "x": False, "n": 3, "none": None},
        {"archpath": "a b/c?&=é+%", "namespace": "@uuid#ns", "t": "~-._!$'()*,;:@"},
    ],
)
def test_query_is_encoded_as_httpx_encodes_it(params: dict[str, object]) -> None:
    assert encode_query(params) == str(httpx.QueryParams(params))  # type: ignore[arg-type]


@pytest.fixture(params=["lane", "general"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("AIS_DIRECT_READS", "0")  # the fake server has no cluster map
    yield str(request.param)


def _client(server: FakeServer, path: str, retry: Retry | None = None) -> Client:
    client = Client(server.url, retry=retry)
    sender = client.request_client.sender
    assert sender._lane is not None
    if path == "general":
        sender._lane = None
    return client


def _redirect(server: FakeServer, status: int = 307) -> bytes:
    location = f"http://127.0.0.1:{server.port}/v1/objects/b/o?provider=ais&pid=p&utm=1"
    return b"HTTP/1.1 %d Redirect\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n" % (
        status,
        location.encode(),
    )


def test_get_retries_a_busy_node_then_reads(path: str) -> None:
    server = FakeServer([BUSY, _ok(b"content", b"Ais-Version: 3\r\n")])
    try:
        client = _client(server, path)
        reply = client.request_client.exchange(get_object.op("b", "o", provider="ais"))
        assert (reply.content, reply.headers["ais-version"]) == (b"content", "3")
        assert len(server.requests) == 2
        assert server.requests[0].startswith(b"GET /v1/objects/b/o?provider=ais HTTP/1.1\r\n")
    finally:
        server.close()


def test_put_probes_the_proxy_then_sends_the_body_once(path: str) -> None:
    server = FakeServer([])
    server.answers = [_redirect(server), _ok(b"")]
    try:
        client = _client(server, path)
        client.request_client.exchange(put_object.op("b", "o", body=b"payload", provider="ais"))
        probe, put = server.requests
        assert probe.startswith(b"PUT /v1/objects/b/o?provider=ais HTTP/1.1\r\n")
        assert b"Content-Length: 0\r\n" in probe and probe.endswith(b"\r\n\r\n")
        assert put.startswith(b"PUT /v1/objects/b/o?provider=ais&pid=p&utm=1 HTTP/1.1\r\n")
        assert put.endswith(b"Content-Length: 7\r\n\r\npayload")
    finally:
        server.close()


def test_get_follows_a_redirect_keeping_the_method(path: str) -> None:
    server = FakeServer([])
    server.answers = [_redirect(server, 301), _ok(b"x")]
    try:
        client = _client(server, path)
        assert client.request_client.exchange(head_object.op("b", "o")).status_code == 200
        assert [r.split(b" ", 1)[0] for r in server.requests] == [b"HEAD", b"HEAD"]
    finally:
        server.close()


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        ([NOT_FOUND], errors.ErrObjNotFound),
        ([Cut(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")], errors.AISStreamError),
        (["redirect"] * 6, errors.AISTooManyRedirects),
    ],
)
def test_errors_map_alike(path: str, answers: list[bytes | str], error: type[Exception]) -> None:
    server = FakeServer([])
    server.answers = [_redirect(server) if a == "redirect" else a for a in answers]  # type: ignore[misc]
    try:
        client = _client(server, path)
        with pytest.raises(error) as info:
            client.request_client.exchange(get_object.op("b", "o"))
        if error is errors.ErrObjNotFound:
            assert info.value.status_code == 404  # type: ignore[attr-defined]
            assert "does not exist" in str(info.value)
    finally:
        server.close()


def test_probe_answered_without_redirect_is_refused(path: str) -> None:
    server = FakeServer([_ok(b"")])
    try:
        client = _client(server, path, Retry(total=0))  # (a refused probe is retried, too)
        with pytest.raises(errors.AISConnectionError, match="expected a redirect"):
            client.request_client.exchange(put_object.op("b", "o", body=b"x"))
        assert len(server.requests) == 1  # the body was never sent
    finally:
        server.close()


def test_token_is_sent_as_set_now(path: str) -> None:
    server = FakeServer([_ok(), _ok()])
    try:
        client = _client(server, path)
        client.request_client.token = "t1"
        client.request_client.exchange(head_object.op("b", "o"))
        client.request_client.token = None
        client.request_client.exchange(head_object.op("b", "o"))
        assert b"Authorization: Bearer t1\r\n" in server.requests[0]
        assert b"uthorization" not in server.requests[1]
    finally:
        server.close()


def test_a_streamed_body_takes_the_general_path(tmp_path: object) -> None:
    server = FakeServer([])
    server.answers = [_redirect(server), _ok(b"")]
    try:
        client = Client(server.url)
        import io

        client.request_client.exchange(put_object.op("b", "o", body=io.BytesIO(b"streamed")))
        assert server.requests[1].endswith(b"streamed")
    finally:
        server.close()
