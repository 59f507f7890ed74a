"""Generated from the OpenAPI spec (operation `head_object`); do not edit."""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.provider import Provider
from ...types import UNSET, Operation, Response, Unset, http_status, parse_declared_headers

OPERATION_ID = "head_object"
METHOD = "HEAD"
PATH_TEMPLATE = "/v1/objects/{bucket}/{object}"
IDEMPOTENT = True
REDIRECTED = True
REQUEST_CONTENT_TYPE: str | None = None
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {"307": ["text/html"]}
"""Declared media types per status pattern ("200", "2XX", "default")."""
RESPONSE_HEADERS: dict[str, dict[str, str]] = {
    "200": {
        "Content-Length": "string",
        "ais-checksum-type": "string",
        "ais-checksum-value": "string",
        "ais-atime": "string",
        "ais-version": "string",
        "ais-custom-md": "string",
        "ETag": "string",
        "ais-name": "string",
        "ais-bucket-name": "string",
        "ais-bucket-provider": "string",
        "ais-location": "string",
        "ais-mirror-paths": "string",
        "ais-mirror-copies": "string",
        "ais-present": "string",
        "ais-ec-generation": "string",
        "ais-ec-data": "string",
        "ais-ec-parity": "string",
        "ais-ec-replicated": "string",
    },
    "307": {"Location": "string"},
}
"""Declared response headers per status pattern: header name (as in the spec) -> schema type."""
STREAMING = False
"""True when the request or a response body is raw bytes: send it with `stream=True`."""
ACCEPT_MSGPACK = False
"""True when a response may be msgpack: send `Accept: application/msgpack` to get it."""
EXTENSIONS: dict[str, Any] = {"x-idempotent": True, "x-redirected": True}
"""All `x-*` vendor extensions of the operation, as written in the spec."""
MSGPACK_TYPES: dict[str, type] = {}


def request_kwargs(
    bucket: str,
    object_: str,
    *,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """

    params: dict[str, Any] = {}

    params["pid"] = pid

    params["utm"] = utm

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["presence"] = presence

    params["sln"] = sln

    params["latest-ver"] = latest_ver

    params["validate-checksum"] = validate_checksum

    params["props"] = props

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> Any | str:
    """The parsed body of a response that has been read (`response.read()` first when streamed).

    An undocumented status gives None, or raises `errors.UnexpectedStatus` when
    `client.raise_on_unexpected_status` is set.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 307:
        response_307 = response.text
        return response_307

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    response_default = cast(Any, None)
    return response_default


_parse_response = parse_response


def parse_headers(response: httpx.Response) -> dict[str, Any]:
    """Typed values of the response headers the spec declares for this status (see RESPONSE_HEADERS).

    integer -> int, number -> float, boolean -> bool, array -> list[str], else str; absent headers are
    not in the result. Keys are the names as written in the spec.
    """
    return parse_declared_headers(RESPONSE_HEADERS, response)


op = Operation(
    operation_id=OPERATION_ID,
    method=METHOD,
    path_template=PATH_TEMPLATE,
    idempotent=IDEMPOTENT,
    redirected=REDIRECTED,
    build=request_kwargs,
    parse=parse_response,
    parse_headers=parse_headers,
)
"""This operation, typed: `op(<request_kwargs' arguments>)` is a `Call` for a request loop."""


def build_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> Response[Any | str]:
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
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> Response[Any | str]:
    """Object properties, in response headers only

     Answers with no body. The size is in `Content-Length` (there is no `ais-obj-size` header in
    v1.5.0). `ais-custom-md` repeats once per `key=value` pair (httpx joins repeated headers with
    `, `). Properties of the object record (`ais-name`, `ais-location`, `ais-mirror-*`, `ais-present`,
    `ais-bucket-*`, and `ais-ec-*` when erasure coded) follow the `cmn.ObjectProps` JSON tags.
    The proxy answers 307 with `Location` of the owning target. 404 (no body) when absent.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        sln (bool | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        props (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        presence=presence,
        sln=sln,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        props=props,
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
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> Any | str | None:
    """Object properties, in response headers only

     Answers with no body. The size is in `Content-Length` (there is no `ais-obj-size` header in
    v1.5.0). `ais-custom-md` repeats once per `key=value` pair (httpx joins repeated headers with
    `, `). Properties of the object record (`ais-name`, `ais-location`, `ais-mirror-*`, `ais-present`,
    `ais-bucket-*`, and `ais-ec-*` when erasure coded) follow the `cmn.ObjectProps` JSON tags.
    The proxy answers 307 with `Location` of the owning target. 404 (no body) when absent.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        sln (bool | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        props (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        bucket=bucket,
        object_=object_,
        client=client,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        presence=presence,
        sln=sln,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        props=props,
    ).parsed


def sync_stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> httpx.Response:
    """Send the request with `stream=True` and return the open response (body not read).

    The caller must close it (`r.close()`, e.g. in `finally` or `contextlib.closing(r)`); read with
    `r.iter_bytes()` / `r.read()`, then `parse_response(response=r)` / `parse_headers(r)` as needed.
    """
    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        presence=presence,
        sln=sln,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        props=props,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> Response[Any | str]:
    """Object properties, in response headers only

     Answers with no body. The size is in `Content-Length` (there is no `ais-obj-size` header in
    v1.5.0). `ais-custom-md` repeats once per `key=value` pair (httpx joins repeated headers with
    `, `). Properties of the object record (`ais-name`, `ais-location`, `ais-mirror-*`, `ais-present`,
    `ais-bucket-*`, and `ais-ec-*` when erasure coded) follow the `cmn.ObjectProps` JSON tags.
    The proxy answers 307 with `Location` of the owning target. 404 (no body) when absent.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        sln (bool | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        props (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        presence=presence,
        sln=sln,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        props=props,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> Any | str | None:
    """Object properties, in response headers only

     Answers with no body. The size is in `Content-Length` (there is no `ais-obj-size` header in
    v1.5.0). `ais-custom-md` repeats once per `key=value` pair (httpx joins repeated headers with
    `, `). Properties of the object record (`ais-name`, `ais-location`, `ais-mirror-*`, `ais-present`,
    `ais-bucket-*`, and `ais-ec-*` when erasure coded) follow the `cmn.ObjectProps` JSON tags.
    The proxy answers 307 with `Location` of the owning target. 404 (no body) when absent.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        sln (bool | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        props (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            object_=object_,
            client=client,
            pid=pid,
            utm=utm,
            provider=provider,
            namespace=namespace,
            presence=presence,
            sln=sln,
            latest_ver=latest_ver,
            validate_checksum=validate_checksum,
            props=props,
        )
    ).parsed


async def asyncio_stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    sln: bool | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    props: str | Unset = UNSET,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        presence=presence,
        sln=sln,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        props=props,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
