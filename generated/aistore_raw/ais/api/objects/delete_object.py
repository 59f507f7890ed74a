"""Generated from the OpenAPI spec (operation `delete_object`); do not edit."""

from collections.abc import Mapping
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.act_msg_evict_listrange import ActMsgEvictListrange
from ...models.act_msg_mpt_abort import ActMsgMptAbort
from ...models.error_body import ErrorBody
from ...models.provider import Provider
from ...types import (
    UNSET,
    HeaderSource,
    Operation,
    Response,
    Unset,
    http_status,
    parse_declared_headers,
)

OPERATION_ID = "delete_object"
METHOD = "DELETE"
PATH_TEMPLATE = "/v1/objects/{bucket}/{object}"
IDEMPOTENT = True
REDIRECTED = True
TAGS: tuple[str, ...] = tuple(["objects"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = "application/json"
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {
    "404": ["application/json"],
    "default": ["application/json"],
}
"""Declared media types per status pattern ("200", "2XX", "default")."""
RESPONSE_HEADERS: dict[str, dict[str, str]] = {"307": {"Location": "string"}}
"""Declared response headers per status pattern: header name (as in the spec) -> schema type."""
RESPONSE_HEADER_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "307": {"location": ("location", "string")}
}
"""Per status pattern: lower-case header name -> (its field in `ResponseHeaders`, schema type)."""


class ResponseHeaders(TypedDict, total=False):
    """The response headers the spec declares for this operation (any status), parsed.

    A field is the header name as a Python identifier (`ais-checksum-type` -> `ais_checksum_type`);
    a header absent from the response is absent here.
    """

    location: str
    """`Location`"""


STREAMING = False
"""True when the request or a response body is raw bytes: send it with `stream=True`."""
ACCEPT_MSGPACK = False
"""True when a response may be msgpack: send `Accept: application/msgpack` to get it."""
ACTIONS: dict[str, str] = {"evict-listrange": "ActMsgEvictListrange", "mpt-abort": "ActMsgMptAbort"}
"""Action name -> body model (a class of `models`) of an action operation, from the spec."""
EXTENSIONS: dict[str, Any] = {"x-idempotent": True, "x-redirected": True}
"""All `x-*` vendor extensions of the operation, as written in the spec."""
MSGPACK_TYPES: dict[str, type] = {}


def request_kwargs(
    bucket: str,
    object_: str,
    *,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["pid"] = pid

    params["utm"] = utm

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["uploadId"] = upload_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        if isinstance(body, ActMsgEvictListrange):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> Any | ErrorBody:
    """The parsed body of a response that has been read (`response.read()` first when streamed).

    An undocumented status gives None, or raises `errors.UnexpectedStatus` when
    `client.raise_on_unexpected_status` is set.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 307:
        response_307 = cast(Any, None)
        return response_307

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    response_default = ErrorBody.from_dict(response.json())

    return response_default


_parse_response = parse_response


def parse_header_map(headers: Mapping[str, str], status_code: int = 200) -> ResponseHeaders:
    """Typed values of the headers the spec declares for `status_code` (see RESPONSE_HEADERS).

    `headers`: any mapping of the answer's headers (httpx.Headers, a case-insensitive dict, a
    dict), read in one pass. integer -> int, number -> float, boolean -> bool, array -> list[str],
    else str (a value that does not parse stays a str); absent headers are not in the result.
    """
    return cast(
        ResponseHeaders, parse_declared_headers(RESPONSE_HEADER_FIELDS, headers, status_code)
    )


def parse_headers(response: HeaderSource) -> ResponseHeaders:
    """`parse_header_map` of a response (anything with `status_code` and `headers`)."""
    return parse_header_map(response.headers, response.status_code)


op = Operation(
    operation_id=OPERATION_ID,
    method=METHOD,
    path_template=PATH_TEMPLATE,
    idempotent=IDEMPOTENT,
    redirected=REDIRECTED,
    tags=TAGS,
    build=request_kwargs,
    parse=parse_response,
    parse_headers=parse_headers,
)
"""This operation, typed: `op(<request_kwargs' arguments>)` is a `Call` for a request loop."""


def build_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> Response[Any | ErrorBody]:
    """Wrap a read response: status, raw content, headers and the parsed body."""
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


_build_response = build_response


def sync_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Delete an object (or evict one remote object, or abort a native multipart upload)

     The proxy redirects (307) to the owning target. Deleting an absent object answers 404.
    With the body `{"action": "mpt-abort"}` and `uploadId`, the upload's parts are discarded
    and the object is left as it was.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        upload_id (str | Unset):
        body (ActMsgEvictListrange | ActMsgMptAbort | Unset): Optional body of `DELETE
            /v1/objects/{bucket}/{object}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        body=body,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        upload_id=upload_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Delete an object (or evict one remote object, or abort a native multipart upload)

     The proxy redirects (307) to the owning target. Deleting an absent object answers 404.
    With the body `{"action": "mpt-abort"}` and `uploadId`, the upload's parts are discarded
    and the object is left as it was.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        upload_id (str | Unset):
        body (ActMsgEvictListrange | ActMsgMptAbort | Unset): Optional body of `DELETE
            /v1/objects/{bucket}/{object}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        bucket=bucket,
        object_=object_,
        client=client,
        body=body,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        upload_id=upload_id,
    ).parsed


def sync_stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> httpx.Response:
    """Send the request with `stream=True` and return the open response (body not read).

    The caller must close it (`r.close()`, e.g. in `finally` or `contextlib.closing(r)`); read with
    `r.iter_bytes()` / `r.read()`, then `parse_response(response=r)` / `parse_headers(r)` as needed.
    """
    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        body=body,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        upload_id=upload_id,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Delete an object (or evict one remote object, or abort a native multipart upload)

     The proxy redirects (307) to the owning target. Deleting an absent object answers 404.
    With the body `{"action": "mpt-abort"}` and `uploadId`, the upload's parts are discarded
    and the object is left as it was.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        upload_id (str | Unset):
        body (ActMsgEvictListrange | ActMsgMptAbort | Unset): Optional body of `DELETE
            /v1/objects/{bucket}/{object}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        body=body,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        upload_id=upload_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Delete an object (or evict one remote object, or abort a native multipart upload)

     The proxy redirects (307) to the owning target. Deleting an absent object answers 404.
    With the body `{"action": "mpt-abort"}` and `uploadId`, the upload's parts are discarded
    and the object is left as it was.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        upload_id (str | Unset):
        body (ActMsgEvictListrange | ActMsgMptAbort | Unset): Optional body of `DELETE
            /v1/objects/{bucket}/{object}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            object_=object_,
            client=client,
            body=body,
            pid=pid,
            utm=utm,
            provider=provider,
            namespace=namespace,
            upload_id=upload_id,
        )
    ).parsed


async def asyncio_stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgEvictListrange | ActMsgMptAbort | Unset = UNSET,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        body=body,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        upload_id=upload_id,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
