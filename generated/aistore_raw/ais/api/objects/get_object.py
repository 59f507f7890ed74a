"""Generated from the OpenAPI spec (operation `get_object`); do not edit."""

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.arch_mode import ArchMode
from ...models.error_body import ErrorBody
from ...models.provider import Provider
from ...types import (
    UNSET,
    File,
    HeaderSource,
    Operation,
    Response,
    Unset,
    http_status,
    parse_declared_headers,
)

OPERATION_ID = "get_object"
METHOD = "GET"
PATH_TEMPLATE = "/v1/objects/{bucket}/{object}"
IDEMPOTENT = True
REDIRECTED = True
TAGS: tuple[str, ...] = tuple(["objects"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = None
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {
    "200": ["application/octet-stream"],
    "206": ["application/octet-stream"],
    "301": ["text/html"],
    "404": ["application/json"],
    "416": ["application/json"],
    "default": ["application/json"],
}
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
    },
    "206": {
        "Content-Length": "string",
        "Content-Range": "string",
        "ais-checksum-type": "string",
        "ais-checksum-value": "string",
        "ais-atime": "string",
        "ais-version": "string",
        "ais-custom-md": "string",
        "ETag": "string",
    },
    "301": {"Location": "string"},
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
    },
    "206": {
        "content-length": ("content_length", "string"),
        "content-range": ("content_range", "string"),
        "ais-checksum-type": ("ais_checksum_type", "string"),
        "ais-checksum-value": ("ais_checksum_value", "string"),
        "ais-atime": ("ais_atime", "string"),
        "ais-version": ("ais_version", "string"),
        "ais-custom-md": ("ais_custom_md", "string"),
        "etag": ("etag", "string"),
    },
    "301": {"location": ("location", "string")},
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

    content_range: str
    """`Content-Range`"""

    location: str
    """`Location`"""


STREAMING = True
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    if not isinstance(ais_blob_download, Unset):
        headers["ais-blob-download"] = ais_blob_download

    if not isinstance(ais_blob_chunk, Unset):
        headers["ais-blob-chunk"] = ais_blob_chunk

    if not isinstance(ais_blob_workers, Unset):
        headers["ais-blob-workers"] = str(ais_blob_workers)

    if not isinstance(ais_blob_threshold, Unset):
        headers["ais-blob-threshold"] = str(ais_blob_threshold)

    params: dict[str, Any] = {}

    params["pid"] = pid

    params["utm"] = utm

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["archpath"] = archpath

    params["archmime"] = archmime

    params["archregx"] = archregx

    json_archmode: str | Unset = UNSET
    if not isinstance(archmode, Unset):
        json_archmode = archmode

    params["archmode"] = json_archmode

    params["etl_name"] = etl_name

    params["etl_args"] = etl_args

    params["latest-ver"] = latest_ver

    params["validate-checksum"] = validate_checksum

    params["sln"] = sln

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> ErrorBody | File | str:
    """The parsed body of a response that has been read (`response.read()` first when streamed).

    An undocumented status gives None, or raises `errors.UnexpectedStatus` when
    `client.raise_on_unexpected_status` is set.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 301:
        response_301 = response.text
        return response_301

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = ErrorBody.from_dict(response.json())

        return response_416

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
) -> Response[ErrorBody | File | str]:
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
) -> Response[ErrorBody | File | str]:
    """Read an object (whole, byte range, archived file(s), ETL-transformed, or via blob downloader)

     The proxy answers 301 with `Location` of the owning target; the target streams the content.
    `Range: bytes=a-b` gives 206 with `Content-Range`. `archpath` extracts one file from a shard;
    `archregx` + `archmode` select several (returned as a TAR). `etl_name` transforms on the fly.
    `ais-blob-download: true` reads a remote object via the blob downloader.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        archregx (str | Unset):
        archmode (ArchMode | Unset): How `archregx` is matched (cmn/archive `MatchMode`).
        etl_name (str | Unset):
        etl_args (str | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        sln (bool | Unset):
        range_ (str | Unset):
        ais_blob_download (str | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File | str]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archmime=archmime,
        archregx=archregx,
        archmode=archmode,
        etl_name=etl_name,
        etl_args=etl_args,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        sln=sln,
        range_=range_,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
) -> ErrorBody | File | str | None:
    """Read an object (whole, byte range, archived file(s), ETL-transformed, or via blob downloader)

     The proxy answers 301 with `Location` of the owning target; the target streams the content.
    `Range: bytes=a-b` gives 206 with `Content-Range`. `archpath` extracts one file from a shard;
    `archregx` + `archmode` select several (returned as a TAR). `etl_name` transforms on the fly.
    `ais-blob-download: true` reads a remote object via the blob downloader.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        archregx (str | Unset):
        archmode (ArchMode | Unset): How `archregx` is matched (cmn/archive `MatchMode`).
        etl_name (str | Unset):
        etl_args (str | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        sln (bool | Unset):
        range_ (str | Unset):
        ais_blob_download (str | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File | str
    """

    return sync_detailed(
        bucket=bucket,
        object_=object_,
        client=client,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archmime=archmime,
        archregx=archregx,
        archmode=archmode,
        etl_name=etl_name,
        etl_args=etl_args,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        sln=sln,
        range_=range_,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
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
        archpath=archpath,
        archmime=archmime,
        archregx=archregx,
        archmode=archmode,
        etl_name=etl_name,
        etl_args=etl_args,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        sln=sln,
        range_=range_,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
) -> Response[ErrorBody | File | str]:
    """Read an object (whole, byte range, archived file(s), ETL-transformed, or via blob downloader)

     The proxy answers 301 with `Location` of the owning target; the target streams the content.
    `Range: bytes=a-b` gives 206 with `Content-Range`. `archpath` extracts one file from a shard;
    `archregx` + `archmode` select several (returned as a TAR). `etl_name` transforms on the fly.
    `ais-blob-download: true` reads a remote object via the blob downloader.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        archregx (str | Unset):
        archmode (ArchMode | Unset): How `archregx` is matched (cmn/archive `MatchMode`).
        etl_name (str | Unset):
        etl_args (str | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        sln (bool | Unset):
        range_ (str | Unset):
        ais_blob_download (str | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File | str]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archmime=archmime,
        archregx=archregx,
        archmode=archmode,
        etl_name=etl_name,
        etl_args=etl_args,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        sln=sln,
        range_=range_,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
) -> ErrorBody | File | str | None:
    """Read an object (whole, byte range, archived file(s), ETL-transformed, or via blob downloader)

     The proxy answers 301 with `Location` of the owning target; the target streams the content.
    `Range: bytes=a-b` gives 206 with `Content-Range`. `archpath` extracts one file from a shard;
    `archregx` + `archmode` select several (returned as a TAR). `etl_name` transforms on the fly.
    `ais-blob-download: true` reads a remote object via the blob downloader.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        archregx (str | Unset):
        archmode (ArchMode | Unset): How `archregx` is matched (cmn/archive `MatchMode`).
        etl_name (str | Unset):
        etl_args (str | Unset):
        latest_ver (bool | Unset):
        validate_checksum (bool | Unset):
        sln (bool | Unset):
        range_ (str | Unset):
        ais_blob_download (str | Unset):
        ais_blob_chunk (str | Unset):
        ais_blob_workers (int | Unset):
        ais_blob_threshold (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File | str
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
            archpath=archpath,
            archmime=archmime,
            archregx=archregx,
            archmode=archmode,
            etl_name=etl_name,
            etl_args=etl_args,
            latest_ver=latest_ver,
            validate_checksum=validate_checksum,
            sln=sln,
            range_=range_,
            ais_blob_download=ais_blob_download,
            ais_blob_chunk=ais_blob_chunk,
            ais_blob_workers=ais_blob_workers,
            ais_blob_threshold=ais_blob_threshold,
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
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    archregx: str | Unset = UNSET,
    archmode: ArchMode | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    validate_checksum: bool | Unset = UNSET,
    sln: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
    ais_blob_download: str | Unset = UNSET,
    ais_blob_chunk: str | Unset = UNSET,
    ais_blob_workers: int | Unset = UNSET,
    ais_blob_threshold: int | Unset = UNSET,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        bucket=bucket,
        object_=object_,
        pid=pid,
        utm=utm,
        provider=provider,
        namespace=namespace,
        archpath=archpath,
        archmime=archmime,
        archregx=archregx,
        archmode=archmode,
        etl_name=etl_name,
        etl_args=etl_args,
        latest_ver=latest_ver,
        validate_checksum=validate_checksum,
        sln=sln,
        range_=range_,
        ais_blob_download=ais_blob_download,
        ais_blob_chunk=ais_blob_chunk,
        ais_blob_workers=ais_blob_workers,
        ais_blob_threshold=ais_blob_threshold,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
