"""Generated from the OpenAPI spec (operation `put_object`); do not edit."""

from collections.abc import AsyncIterable, Iterable, Mapping
from typing import IO, Any, TypedDict, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.append_type import AppendType
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

OPERATION_ID = "put_object"
METHOD = "PUT"
PATH_TEMPLATE = "/v1/objects/{bucket}/{object}"
IDEMPOTENT = True
REDIRECTED = True
TAGS: tuple[str, ...] = tuple(["objects"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = "application/octet-stream"
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {"default": ["application/json"]}
"""Declared media types per status pattern ("200", "2XX", "default")."""
RESPONSE_HEADERS: dict[str, dict[str, str]] = {
    "200": {
        "ais-append-handle": "string",
        "ais-checksum-type": "string",
        "ais-checksum-value": "string",
    },
    "307": {"Location": "string"},
}
"""Declared response headers per status pattern: header name (as in the spec) -> schema type."""
RESPONSE_HEADER_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "200": {
        "ais-append-handle": ("ais_append_handle", "string"),
        "ais-checksum-type": ("ais_checksum_type", "string"),
        "ais-checksum-value": ("ais_checksum_value", "string"),
    },
    "307": {"location": ("location", "string")},
}
"""Per status pattern: lower-case header name -> (its field in `ResponseHeaders`, schema type)."""


class ResponseHeaders(TypedDict, total=False):
    """The response headers the spec declares for this operation (any status), parsed.

    A field is the header name as a Python identifier (`ais-checksum-type` -> `ais_checksum_type`);
    a header absent from the response is absent here.
    """

    ais_append_handle: str
    """`ais-append-handle`"""

    ais_checksum_type: str
    """`ais-checksum-type`"""

    ais_checksum_value: str
    """`ais-checksum-value`"""

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
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """
    headers: dict[str, Any] = {}
    if not isinstance(ais_checksum_type, Unset):
        headers["ais-checksum-type"] = ais_checksum_type

    if not isinstance(ais_checksum_value, Unset):
        headers["ais-checksum-value"] = ais_checksum_value

    if not isinstance(ais_pine, Unset):
        headers["ais-pine"] = ais_pine

    params: dict[str, Any] = {}

    params["pid"] = pid

    params["utm"] = utm

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    json_append_type: str | Unset = UNSET
    if not isinstance(append_type, Unset):
        json_append_type = append_type

    params["append_type"] = json_append_type

    params["append_handle"] = append_handle

    params["archpath"] = archpath

    params["archmime"] = archmime

    params["skip_vc"] = skip_vc

    params["object_to"] = object_to

    params["latest-ver"] = latest_ver

    params["synchronize"] = synchronize

    params["etl_name"] = etl_name

    params["etl_args"] = etl_args

    params["uploadId"] = upload_id

    params["partNumber"] = part_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/objects/{bucket}/{object_}".format(
            bucket=quote(str(bucket), safe=""),
            object_=quote(str(object_), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload if isinstance(body, File) else body
    headers["Content-Type"] = "application/octet-stream"

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
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Write an object, or append to / flush an object being appended (`append_type`)

     Full PUT: the body is the whole object; safe to retry when the body can be re-sent.
    Append: `append_type=append` with `append_handle` (empty on the first call) answers the handle to
    use next in `ais-append-handle`; `append_type=flush` with the last handle finalizes the object.
    Put-into-archive: `archpath` (+ `archmime`) appends the body as a file into an existing shard.
    Copy: `object_to` (empty body) copies this object to another bucket/name on the server.
    Multipart part: `uploadId` + `partNumber` write one part of a native multipart upload.
    The proxy answers 307 with `Location` of the owning target; the body must be re-sent there.
    A direct PUT to a target without the redirect query answers 400.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        append_type (AppendType | Unset):
        append_handle (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        etl_name (str | Unset):
        etl_args (str | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        ais_checksum_type (str | Unset):
        ais_checksum_value (str | Unset):
        ais_pine (str | Unset):
        body (File):

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
        append_type=append_type,
        append_handle=append_handle,
        archpath=archpath,
        archmime=archmime,
        skip_vc=skip_vc,
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        etl_name=etl_name,
        etl_args=etl_args,
        upload_id=upload_id,
        part_number=part_number,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
        ais_pine=ais_pine,
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
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Write an object, or append to / flush an object being appended (`append_type`)

     Full PUT: the body is the whole object; safe to retry when the body can be re-sent.
    Append: `append_type=append` with `append_handle` (empty on the first call) answers the handle to
    use next in `ais-append-handle`; `append_type=flush` with the last handle finalizes the object.
    Put-into-archive: `archpath` (+ `archmime`) appends the body as a file into an existing shard.
    Copy: `object_to` (empty body) copies this object to another bucket/name on the server.
    Multipart part: `uploadId` + `partNumber` write one part of a native multipart upload.
    The proxy answers 307 with `Location` of the owning target; the body must be re-sent there.
    A direct PUT to a target without the redirect query answers 400.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        append_type (AppendType | Unset):
        append_handle (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        etl_name (str | Unset):
        etl_args (str | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        ais_checksum_type (str | Unset):
        ais_checksum_value (str | Unset):
        ais_pine (str | Unset):
        body (File):

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
        append_type=append_type,
        append_handle=append_handle,
        archpath=archpath,
        archmime=archmime,
        skip_vc=skip_vc,
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        etl_name=etl_name,
        etl_args=etl_args,
        upload_id=upload_id,
        part_number=part_number,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
        ais_pine=ais_pine,
    ).parsed


def sync_stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
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
        append_type=append_type,
        append_handle=append_handle,
        archpath=archpath,
        archmime=archmime,
        skip_vc=skip_vc,
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        etl_name=etl_name,
        etl_args=etl_args,
        upload_id=upload_id,
        part_number=part_number,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
        ais_pine=ais_pine,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
) -> Response[Any | ErrorBody]:
    """Write an object, or append to / flush an object being appended (`append_type`)

     Full PUT: the body is the whole object; safe to retry when the body can be re-sent.
    Append: `append_type=append` with `append_handle` (empty on the first call) answers the handle to
    use next in `ais-append-handle`; `append_type=flush` with the last handle finalizes the object.
    Put-into-archive: `archpath` (+ `archmime`) appends the body as a file into an existing shard.
    Copy: `object_to` (empty body) copies this object to another bucket/name on the server.
    Multipart part: `uploadId` + `partNumber` write one part of a native multipart upload.
    The proxy answers 307 with `Location` of the owning target; the body must be re-sent there.
    A direct PUT to a target without the redirect query answers 400.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        append_type (AppendType | Unset):
        append_handle (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        etl_name (str | Unset):
        etl_args (str | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        ais_checksum_type (str | Unset):
        ais_checksum_value (str | Unset):
        ais_pine (str | Unset):
        body (File):

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
        append_type=append_type,
        append_handle=append_handle,
        archpath=archpath,
        archmime=archmime,
        skip_vc=skip_vc,
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        etl_name=etl_name,
        etl_args=etl_args,
        upload_id=upload_id,
        part_number=part_number,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
        ais_pine=ais_pine,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
) -> Any | ErrorBody | None:
    """Write an object, or append to / flush an object being appended (`append_type`)

     Full PUT: the body is the whole object; safe to retry when the body can be re-sent.
    Append: `append_type=append` with `append_handle` (empty on the first call) answers the handle to
    use next in `ais-append-handle`; `append_type=flush` with the last handle finalizes the object.
    Put-into-archive: `archpath` (+ `archmime`) appends the body as a file into an existing shard.
    Copy: `object_to` (empty body) copies this object to another bucket/name on the server.
    Multipart part: `uploadId` + `partNumber` write one part of a native multipart upload.
    The proxy answers 307 with `Location` of the owning target; the body must be re-sent there.
    A direct PUT to a target without the redirect query answers 400.

    Args:
        bucket (str):
        object_ (str):
        pid (str | Unset):
        utm (str | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        append_type (AppendType | Unset):
        append_handle (str | Unset):
        archpath (str | Unset):
        archmime (str | Unset):
        skip_vc (bool | Unset):
        object_to (str | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        etl_name (str | Unset):
        etl_args (str | Unset):
        upload_id (str | Unset):
        part_number (int | Unset):
        ais_checksum_type (str | Unset):
        ais_checksum_value (str | Unset):
        ais_pine (str | Unset):
        body (File):

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
            append_type=append_type,
            append_handle=append_handle,
            archpath=archpath,
            archmime=archmime,
            skip_vc=skip_vc,
            object_to=object_to,
            latest_ver=latest_ver,
            synchronize=synchronize,
            etl_name=etl_name,
            etl_args=etl_args,
            upload_id=upload_id,
            part_number=part_number,
            ais_checksum_type=ais_checksum_type,
            ais_checksum_value=ais_checksum_value,
            ais_pine=ais_pine,
        )
    ).parsed


async def asyncio_stream(
    bucket: str,
    object_: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes],
    pid: str | Unset = UNSET,
    utm: str | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    append_type: AppendType | Unset = UNSET,
    append_handle: str | Unset = UNSET,
    archpath: str | Unset = UNSET,
    archmime: str | Unset = UNSET,
    skip_vc: bool | Unset = UNSET,
    object_to: str | Unset = UNSET,
    latest_ver: bool | Unset = UNSET,
    synchronize: bool | Unset = UNSET,
    etl_name: str | Unset = UNSET,
    etl_args: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    part_number: int | Unset = UNSET,
    ais_checksum_type: str | Unset = UNSET,
    ais_checksum_value: str | Unset = UNSET,
    ais_pine: str | Unset = UNSET,
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
        append_type=append_type,
        append_handle=append_handle,
        archpath=archpath,
        archmime=archmime,
        skip_vc=skip_vc,
        object_to=object_to,
        latest_ver=latest_ver,
        synchronize=synchronize,
        etl_name=etl_name,
        etl_args=etl_args,
        upload_id=upload_id,
        part_number=part_number,
        ais_checksum_type=ais_checksum_type,
        ais_checksum_value=ais_checksum_value,
        ais_pine=ais_pine,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
