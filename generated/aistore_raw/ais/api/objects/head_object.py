"""Generated from the OpenAPI spec (operation `head_object`); do not edit."""

from collections.abc import Mapping
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
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

OPERATION_ID = "head_object"
METHOD = "HEAD"
PATH_TEMPLATE = "/v1/objects/{bucket}/{object}"
IDEMPOTENT = True
REDIRECTED = True
TAGS: tuple[str, ...] = tuple(["objects"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
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
        "ais-chunks-count": "string",
        "ais-chunks-max-chunk-size": "string",
        "Last-Modified": "string",
    },
    "307": {"Location": "string"},
}
"""Declared response headers per status pattern: header name (as in the spec) -> schema type."""
RESPONSE_HEADER_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "200": {
        "content-length": ("content_length", "string"),
        "ais-checksum-type": ("ais_checksum_type", "string"),
        "ais-checksum-value": ("ais_checksum_value", "string"),
        "ais-atime": ("ais_atime", "string"),
        "ais-version": ("ais_version", "string"),
        "ais-custom-md": ("ais_custom_md", "string"),
        "etag": ("etag", "string"),
        "ais-name": ("ais_name", "string"),
        "ais-bucket-name": ("ais_bucket_name", "string"),
        "ais-bucket-provider": ("ais_bucket_provider", "string"),
        "ais-location": ("ais_location", "string"),
        "ais-mirror-paths": ("ais_mirror_paths", "string"),
        "ais-mirror-copies": ("ais_mirror_copies", "string"),
        "ais-present": ("ais_present", "string"),
        "ais-ec-generation": ("ais_ec_generation", "string"),
        "ais-ec-data": ("ais_ec_data", "string"),
        "ais-ec-parity": ("ais_ec_parity", "string"),
        "ais-ec-replicated": ("ais_ec_replicated", "string"),
        "ais-chunks-count": ("ais_chunks_count", "string"),
        "ais-chunks-max-chunk-size": ("ais_chunks_max_chunk_size", "string"),
        "last-modified": ("last_modified", "string"),
    },
    "307": {"location": ("location", "string")},
}
"""Per status pattern: lower-case header name -> (its field in `ResponseHeaders`, schema type)."""


class ResponseHeaders(TypedDict, total=False):
    """The response headers the spec declares for this operation (any status), parsed.

    A field is the header name as a Python identifier (`ais-checksum-type` -> `ais_checksum_type`);
    a header absent from the response is absent here.
    """

    content_length: str
    """`Content-Length`"""

    ais_checksum_type: str
    """`ais-checksum-type`"""

    ais_checksum_value: str
    """`ais-checksum-value`"""

    ais_atime: str
    """`ais-atime`"""

    ais_version: str
    """`ais-version`"""

    ais_custom_md: str
    """`ais-custom-md`"""

    etag: str
    """`ETag`"""

    ais_name: str
    """`ais-name`"""

    ais_bucket_name: str
    """`ais-bucket-name`"""

    ais_bucket_provider: str
    """`ais-bucket-provider`"""

    ais_location: str
    """`ais-location`"""

    ais_mirror_paths: str
    """`ais-mirror-paths`"""

    ais_mirror_copies: str
    """`ais-mirror-copies`"""

    ais_present: str
    """`ais-present`"""

    ais_ec_generation: str
    """`ais-ec-generation`"""

    ais_ec_data: str
    """`ais-ec-data`"""

    ais_ec_parity: str
    """`ais-ec-parity`"""

    ais_ec_replicated: str
    """`ais-ec-replicated`"""

    ais_chunks_count: str
    """`ais-chunks-count`"""

    ais_chunks_max_chunk_size: str
    """`ais-chunks-max-chunk-size`"""

    last_modified: str
    """`Last-Modified`"""

    location: str
    """`Location`"""


STREAMING = False
"""True when the request or a response body is raw bytes: send it with `stream=True`."""
ACCEPT_MSGPACK = False
"""True when a response may be msgpack: send `Accept: application/msgpack` to get it."""
ACTIONS: dict[str, str] = {}
"""Action name -> body model (a class of `models`) of an action operation, from the spec."""
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
