from __future__ import annotations

import asyncio
import json
import pickle
import ssl

import httpx
import pytest
import requests

from aistore._core.error_map import (
    araise_for_response,
    error_from_response,
    map_transport_error,
    raise_for_response,
    transport_error_kind,
)
from aistore.sdk import errors
from aistore.sdk.authn import errors as authn_errors

BASE = "http://127.0.0.1:8080"


def body(message: str, status: int, tcode: str | None = None, path: str = "/v1/buckets/b") -> bytes:
    doc: dict[str, object] = {
        "message": message,
        "method": "GET",
        "url_path": path,
        "remote_addr": "127.0.0.1:5555",
        "caller": "",
        "node": "p[abc8080]",
        "status": status,
    }
    if tcode:
        doc["tcode"] = tcode
    return json.dumps(doc).encode()


def resp(
    status: int,
    content: bytes = b"",
    *,
    method: str = "GET",
    path: str = "/v1/buckets/b",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    return httpx.Response(
        status,
        content=content,
        headers=headers,
        request=httpx.Request(method, BASE + path),
    )


def test_bucket_not_found_by_tcode_keeps_server_fields() -> None:
    r = resp(404, body('bucket "ais://b" does not exist', 404, "ErrBckNotFound"))
    err = error_from_response(r)
    assert type(err) is errors.ErrBckNotFound
    assert isinstance(err, errors.ErrNotFound)
    assert isinstance(err, requests.exceptions.HTTPError)
    assert err.status_code == 404
    assert err.message == 'bucket "ais://b" does not exist'
    assert err.tcode == "ErrBckNotFound"
    assert err.node == "p[abc8080]"
    assert err.url_path == "/v1/buckets/b"
    assert err.method == "GET"
    assert err.raw is not None and '"tcode"' in err.raw
    assert err.response is r
    assert str(err) == 'STATUS:404, MESSAGE:bucket "ais://b" does not exist'


def test_cloud_bucket_message_with_tcode_is_remote_not_found() -> None:
    msg = 'aws bucket "s3://nope" does not exist'
    err = error_from_response(resp(404, body(msg, 404, "ErrRemoteBckNotFound")))
    assert type(err) is errors.ErrRemoteBckNotFound


@pytest.mark.parametrize(
    ("message", "status", "cls"),
    [
        ('bucket "ais://x" does not exist', 404, errors.ErrBckNotFound),
        ('remote bucket "ais://@rem#x" does not exist', 404, errors.ErrRemoteBckNotFound),
        ('cloud bucket "gcp://x" does not exist', 404, errors.ErrRemoteBckNotFound),
        ('bucket "ais://x" already exists', 409, errors.ErrBckAlreadyExists),
        ("etl[my-etl] already exists", 409, errors.ErrETLAlreadyExists),
        ('bucket "ais://x" does not exist', 500, errors.AISError),
        ("something broke", 400, errors.AISError),
    ],
)
def test_reference_message_rules_without_tcode(
    message: str, status: int, cls: type[errors.AISError]
) -> None:
    err = error_from_response(resp(status, body(message, status)))
    assert type(err) is cls
    assert err.status_code == status


def test_object_not_found_by_path() -> None:
    r = resp(
        404,
        body("t[xyz]: ais://b/o does not exist", 404, "ErrNotFound", "/v1/objects/b/o"),
        path="/v1/objects/b/o",
    )
    assert type(error_from_response(r)) is errors.ErrObjNotFound


def test_object_in_missing_bucket_is_bucket_not_found() -> None:
    r = resp(
        404,
        body('bucket "ais://nob" does not exist', 404, "ErrBckNotFound", "/v1/objects/nob/o"),
        path="/v1/objects/nob/o",
    )
    assert type(error_from_response(r)) is errors.ErrBckNotFound


def test_etl_and_generic_not_found() -> None:
    etl = resp(404, body("t[x]: etl abc not found", 404, "ErrNotFound", "/v1/etl/abc"))
    assert type(error_from_response(etl)) is errors.ErrETLNotFound
    other = resp(404, body("node t[q] not found", 404, None, "/v1/cluster"))
    assert type(error_from_response(other)) is errors.ErrNotFound


def test_head_error_comes_from_header() -> None:
    hdr = body("ais://b/o does not exist", 404, "ErrNotFound", "/v1/objects/b/o").decode()
    r = resp(404, method="HEAD", path="/v1/objects/b/o", headers={"Hdr-Error": hdr})
    err = error_from_response(r)
    assert type(err) is errors.ErrObjNotFound
    assert err.message == "ais://b/o does not exist"
    assert err.tcode == "ErrNotFound"
    assert err.method == "GET"  # as the server reported it


def test_head_bucket_without_header_uses_status_and_path() -> None:
    err = error_from_response(resp(404, method="HEAD", path="/v1/buckets/b"))
    assert type(err) is errors.ErrNotFound
    assert err.message == "Not Found"
    assert err.method == "HEAD"
    assert err.url_path == "/v1/buckets/b"
    assert err.raw is None


def test_plain_text_body_is_kept() -> None:
    err = error_from_response(resp(502, b"<html>bad gateway</html>"))
    assert type(err) is errors.AISError
    assert err.status_code == 502
    assert err.message == "<html>bad gateway</html>"
    assert err.tcode is None


def test_json_without_message_is_treated_as_text() -> None:
    err = error_from_response(resp(400, b'{"foo": 1}'))
    assert err.message == '{"foo": 1}'


def test_non_utf8_body_decodes() -> None:
    err = error_from_response(resp(500, b"caf\xe9"))
    assert err.message == "café"


def test_raise_for_response_ignores_success_and_redirects() -> None:
    assert raise_for_response(resp(200, b"ok")) is None
    assert raise_for_response(resp(307, headers={"Location": BASE})) is None


def test_raise_for_response_reads_streamed_body() -> None:
    payload = body('bucket "ais://b" already exists', 409, "ErrBucketAlreadyExists")
    r = httpx.Response(
        409,
        stream=httpx.ByteStream(payload),
        request=httpx.Request("POST", BASE + "/v1/buckets/b"),
    )
    with pytest.raises(errors.ErrBckAlreadyExists) as info:
        raise_for_response(r)
    assert info.value.status_code == 409


def test_async_raise_for_response() -> None:
    async def run() -> None:
        client = httpx.AsyncClient(
            transport=httpx.MockTransport(
                lambda request: httpx.Response(404, content=body("x", 404, "ErrBckNotFound"))
            )
        )
        async with client:
            r = await client.get(BASE + "/v1/buckets/b")
            await araise_for_response(r)

    with pytest.raises(errors.ErrBckNotFound):
        asyncio.run(run())


@pytest.mark.parametrize(
    ("message", "status", "cls"),
    [
        ("user alice does not exist", 404, authn_errors.ErrUserNotFound),
        ("role ro does not exist", 404, authn_errors.ErrRoleNotFound),
        ("cluster abc does not exist", 404, authn_errors.ErrClusterNotFound),
        ("user alice already exists", 409, authn_errors.ErrUserAlreadyExists),
        ("role ro already exists", 409, authn_errors.ErrRoleAlreadyExists),
        ("cluster abc already registered", 409, authn_errors.ErrClusterAlreadyRegistered),
        ("failed to login: invalid credentials", 401, authn_errors.ErrUserInvalidCredentials),
        ("token required", 401, authn_errors.AuthNError),
    ],
)
def test_authn_rules(message: str, status: int, cls: type[authn_errors.AuthNError]) -> None:
    err = error_from_response(resp(status, body(message, status)), service="authn")
    assert type(err) is cls


def test_error_pickles_without_response() -> None:
    err = error_from_response(resp(404, body("bucket x does not exist", 404, "ErrBckNotFound")))
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is errors.ErrBckNotFound
    assert (back.status_code, back.message, back.tcode, back.node) == (
        404,
        "bucket x does not exist",
        "ErrBckNotFound",
        "p[abc8080]",
    )
    assert back.response is None


REQ = httpx.Request("GET", BASE + "/v1/objects/b/o")


@pytest.mark.parametrize(
    ("exc", "classes"),
    [
        (httpx.ConnectError("refused", request=REQ), (requests.ConnectionError,)),
        (
            httpx.ConnectTimeout("slow", request=REQ),
            (requests.ConnectTimeout, requests.ConnectionError, requests.Timeout),
        ),
        (httpx.ReadTimeout("slow", request=REQ), (requests.exceptions.ReadTimeout,)),
        (httpx.WriteTimeout("slow", request=REQ), (requests.Timeout,)),
        (httpx.PoolTimeout("busy", request=REQ), (requests.Timeout,)),
        (httpx.ProxyError("proxy", request=REQ), (requests.exceptions.ProxyError,)),
        (httpx.RemoteProtocolError("gone", request=REQ), (requests.ConnectionError,)),
        (httpx.DecodingError("gz", request=REQ), (requests.exceptions.ContentDecodingError,)),
        (httpx.TooManyRedirects("loop", request=REQ), (requests.TooManyRedirects,)),
        (httpx.UnsupportedProtocol("ftp", request=REQ), (requests.exceptions.InvalidURL,)),
        (httpx.LocalProtocolError("bad", request=REQ), (requests.RequestException,)),
    ],
)
def test_transport_errors_stay_catchable_as_requests_errors(
    exc: httpx.HTTPError, classes: tuple[type[Exception], ...]
) -> None:
    mapped = map_transport_error(exc)
    assert isinstance(mapped, errors.AISRequestError)
    for cls in classes:
        assert isinstance(mapped, cls), cls
    assert mapped.__cause__ is exc
    assert "GET http://127.0.0.1:8080/v1/objects/b/o" in str(mapped)


def test_read_timeout_is_not_a_connection_error() -> None:
    mapped = map_transport_error(httpx.ReadTimeout("slow", request=REQ))
    assert not isinstance(mapped, requests.ConnectionError)


def test_broken_body_maps_to_stream_error() -> None:
    exc = httpx.RemoteProtocolError("peer closed", request=REQ)
    mapped = map_transport_error(exc, during_body=True)
    assert isinstance(mapped, errors.AISStreamError)
    assert isinstance(mapped, requests.exceptions.ChunkedEncodingError)
    assert not isinstance(map_transport_error(exc), requests.exceptions.ChunkedEncodingError)


def test_ssl_failure_maps_to_ssl_error() -> None:
    exc = httpx.ConnectError("handshake failed", request=REQ)
    exc.__cause__ = ssl.SSLCertVerificationError("certificate verify failed")
    mapped = map_transport_error(exc)
    assert isinstance(mapped, requests.exceptions.SSLError)
    assert isinstance(mapped, requests.ConnectionError)


def test_status_error_maps_from_response() -> None:
    r = resp(404, body("bucket b does not exist", 404, "ErrBckNotFound"))
    exc = httpx.HTTPStatusError("404", request=r.request, response=r)
    mapped = map_transport_error(exc)
    assert type(mapped) is errors.ErrBckNotFound


def test_transport_error_kind() -> None:
    assert transport_error_kind(httpx.ConnectError("x")) == "connect"
    assert transport_error_kind(httpx.ConnectTimeout("x")) == "connect"
    assert transport_error_kind(httpx.PoolTimeout("x")) == "connect"
    assert transport_error_kind(httpx.ReadTimeout("x")) == "read"
    assert transport_error_kind(httpx.WriteError("x")) == "read"
    assert transport_error_kind(httpx.RemoteProtocolError("x")) == "read"
    assert transport_error_kind(httpx.DecodingError("x")) == "other"
