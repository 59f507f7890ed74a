"""The request loop: retries only what is safe, rewinds bodies, maps errors once."""

from __future__ import annotations

import io
from collections.abc import Callable

import httpx
import pytest
from aistore_raw.ais.api.buckets import bucket_action
from aistore_raw.ais.api.objects import get_object, put_object
from aistore_raw.ais.models import ActMsgCreateBck

from aistore._core.retry import RetryPolicy
from aistore._core.sender import OperationSender
from aistore._core.transport import AISTransport
from aistore.sdk.errors import AISConnectionError, AISError, ErrObjNotFound

Handler = Callable[[httpx.Request], httpx.Response]


def sender(handler: Handler, **policy: object) -> tuple[OperationSender, list[float]]:
    sleeps: list[float] = []
    retry = RetryPolicy(rand=lambda: 0.5, **policy)  # type: ignore[arg-type]
    http = httpx.Client(
        base_url="http://proxy:8080", transport=AISTransport(httpx.MockTransport(handler))
    )
    return OperationSender(http, retry, sleep=sleeps.append), sleeps


def test_idempotent_get_is_retried_on_503_then_succeeds() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) < 3:
            return httpx.Response(503, headers={"Retry-After": "0"}, json={"message": "busy"})
        return httpx.Response(200, content=b"ok")

    req, sleeps = sender(handler, status_forcelist=frozenset({503}))
    response = req.send(get_object.op("b", "o", provider="ais"))
    assert response.content == b"ok"
    assert len(calls) == 3
    assert sleeps == [], "Retry-After: 0 is honoured (no wait)"


def test_post_action_is_not_retried_on_a_5xx() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"message": "busy", "status": 503})

    req, _ = sender(handler, status_forcelist=frozenset({503}))
    with pytest.raises(AISError) as err:
        req.send(bucket_action.op("b", body=ActMsgCreateBck()))
    assert len(calls) == 1
    assert err.value.status_code == 503 and err.value.message == "busy"


def test_connect_errors_are_retried_even_for_post() -> None:
    attempts = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, text="job-1")

    req, _ = sender(handler)
    response = req.send(bucket_action.op("b", body=ActMsgCreateBck()))
    assert response.text == "job-1" and attempts == 2


def test_read_error_on_post_is_not_retried_and_maps_to_requests_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("reset", request=request)

    req, _ = sender(handler)
    with pytest.raises(AISConnectionError) as err:
        req.send(bucket_action.op("b", body=ActMsgCreateBck()))
    assert isinstance(err.value.__cause__, httpx.ReadError)


def test_put_from_a_file_is_rewound_before_a_retry() -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "proxy":
            return httpx.Response(307, headers={"Location": "http://target:1/v1/objects/b/o?pid=p"})
        bodies.append(request.read())
        if len(bodies) == 1:
            return httpx.Response(503, json={"message": "busy"})
        return httpx.Response(200)

    req, _ = sender(handler, status_forcelist=frozenset({503}))
    req.send(put_object.op("b", "o", body=io.BytesIO(b"payload")))
    assert bodies == [b"payload", b"payload"]


def test_404_maps_to_the_specific_error_with_the_server_message() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, json={"message": "ais://b/o does not exist", "status": 404, "node": "t[x]"}
        )

    req, sleeps = sender(handler)
    with pytest.raises(ErrObjNotFound) as err:
        req.send(get_object.op("b", "o"))
    assert err.value.message == "ais://b/o does not exist" and err.value.node == "t[x]"
    assert sleeps == []


def test_retries_stop_at_the_policy_total() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("refused", request=request)

    req, sleeps = sender(handler, total=2, connect=5)
    with pytest.raises(AISConnectionError):
        req.send(get_object.op("b", "o"))
    assert calls == 3
    assert sleeps == [2.0], "urllib3 backoff: no wait before the first retry, then factor * 2"


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_default_policy_retries_busy_statuses_for_reads_only(status: int) -> None:

    from aistore._core.config import default_retry_policy

    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(status, json={"message": "busy", "status": status})

    http = httpx.Client(base_url="http://p:1", transport=AISTransport(httpx.MockTransport(handler)))
    req = OperationSender(http, default_retry_policy(), sleep=lambda s: None)
    with pytest.raises(AISError, match="busy") as read_err:
        req.send(get_object.op("b", "o"))
    assert read_err.value.status_code == status
    assert calls == ["GET"] * 4, "1 try + 3 status retries"
    calls.clear()
    with pytest.raises(AISError, match="busy") as post_err:
        req.send(bucket_action.op("b", body=ActMsgCreateBck()))
    assert post_err.value.status_code == status
    assert calls == ["POST"]


def test_tls_failures_are_not_retried_and_map_to_ssl_error() -> None:
    import ssl

    from aistore.sdk.errors import AISSSLError

    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        cause = ssl.SSLCertVerificationError("certificate verify failed")
        raise httpx.ConnectError("handshake failed", request=request) from cause

    req, sleeps = sender(handler)
    with pytest.raises(AISSSLError):
        req.send(get_object.op("b", "o"))
    assert calls == 1 and sleeps == []
