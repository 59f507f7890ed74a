"""Generated from the OpenAPI spec (operation `head_bucket`); do not edit."""

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

OPERATION_ID = "head_bucket"
METHOD = "HEAD"
PATH_TEMPLATE = "/v1/buckets/{bucket}"
IDEMPOTENT = True
REDIRECTED = False
TAGS: tuple[str, ...] = tuple(["buckets"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = None
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {}
"""Declared media types per status pattern ("200", "2XX", "default")."""
RESPONSE_HEADERS: dict[str, dict[str, str]] = {
    "200": {
        "ais-bucket-props": "string",
        "ais-bucket-summ": "string",
        "ais-xaction-id": "string",
        "ais-provider": "string",
        "ais-versioning-enabled": "string",
    },
    "202": {"ais-bucket-props": "string", "ais-xaction-id": "string"},
    "206": {"ais-bucket-props": "string", "ais-bucket-summ": "string", "ais-xaction-id": "string"},
}
"""Declared response headers per status pattern: header name (as in the spec) -> schema type."""
RESPONSE_HEADER_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "200": {
        "ais-bucket-props": ("ais_bucket_props", "string"),
        "ais-bucket-summ": ("ais_bucket_summ", "string"),
        "ais-xaction-id": ("ais_xaction_id", "string"),
        "ais-provider": ("ais_provider", "string"),
        "ais-versioning-enabled": ("ais_versioning_enabled", "string"),
    },
    "202": {
        "ais-bucket-props": ("ais_bucket_props", "string"),
        "ais-xaction-id": ("ais_xaction_id", "string"),
    },
    "206": {
        "ais-bucket-props": ("ais_bucket_props", "string"),
        "ais-bucket-summ": ("ais_bucket_summ", "string"),
        "ais-xaction-id": ("ais_xaction_id", "string"),
    },
}
"""Per status pattern: lower-case header name -> (its field in `ResponseHeaders`, schema type)."""


class ResponseHeaders(TypedDict, total=False):
    """The response headers the spec declares for this operation (any status), parsed.

    A field is the header name as a Python identifier (`ais-checksum-type` -> `ais_checksum_type`);
    a header absent from the response is absent here.
    """

    ais_bucket_props: str
    """`ais-bucket-props`"""

    ais_bucket_summ: str
    """`ais-bucket-summ`"""

    ais_xaction_id: str
    """`ais-xaction-id`"""

    ais_provider: str
    """`ais-provider`"""

    ais_versioning_enabled: str
    """`ais-versioning-enabled`"""


STREAMING = False
"""True when the request or a response body is raw bytes: send it with `stream=True`."""
ACCEPT_MSGPACK = False
"""True when a response may be msgpack: send `Accept: application/msgpack` to get it."""
ACTIONS: dict[str, str] = {}
"""Action name -> body model (a class of `models`) of an action operation, from the spec."""
EXTENSIONS: dict[str, Any] = {"x-idempotent": True}
"""All `x-*` vendor extensions of the operation, as written in the spec."""
MSGPACK_TYPES: dict[str, type] = {}


def request_kwargs(
    bucket: str,
    *,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    uuid: str | Unset = UNSET,
    dont_add_remote_bck_md: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["presence"] = presence

    params["bsumm_remote"] = bsumm_remote

    params["uuid"] = uuid

    params["dont_add_remote_bck_md"] = dont_add_remote_bck_md

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/v1/buckets/{bucket}".format(
            bucket=quote(str(bucket), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> Any:
    """The parsed body of a response that has been read (`response.read()` first when streamed).

    An undocumented status gives None, or raises `errors.UnexpectedStatus` when
    `client.raise_on_unexpected_status` is set.
    """
    if response.status_code == 200:
        return None

    if response.status_code == 202:
        return None

    if response.status_code == 206:
        return None

    if response.status_code == 404:
        return None

    return None


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
) -> Response[Any]:
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
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    uuid: str | Unset = UNSET,
    dont_add_remote_bck_md: bool | Unset = UNSET,
) -> Response[Any]:
    """Bucket properties (and, with `bsumm_remote`, bucket info/summary) in response headers

     Answers with no body. `ais-bucket-props` holds the JSON-encoded `BucketProps`.
    Bucket info (`Bucket.info` in the SDK): send `presence` and `bsumm_remote` (`true`/`false`); the
    first call starts a summary job (its ID in `ais-xaction-id`, status 202); repeat with `uuid=<that
    ID>` until 200, then `ais-bucket-summ` holds the JSON-encoded `BsummResult`.
    404 when the bucket does not exist (no body).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        bsumm_remote (bool | Unset):
        uuid (str | Unset):
        dont_add_remote_bck_md (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        uuid=uuid,
        dont_add_remote_bck_md=dont_add_remote_bck_md,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync_stream(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    uuid: str | Unset = UNSET,
    dont_add_remote_bck_md: bool | Unset = UNSET,
) -> httpx.Response:
    """Send the request with `stream=True` and return the open response (body not read).

    The caller must close it (`r.close()`, e.g. in `finally` or `contextlib.closing(r)`); read with
    `r.iter_bytes()` / `r.read()`, then `parse_response(response=r)` / `parse_headers(r)` as needed.
    """
    kwargs = request_kwargs(
        bucket=bucket,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        uuid=uuid,
        dont_add_remote_bck_md=dont_add_remote_bck_md,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    uuid: str | Unset = UNSET,
    dont_add_remote_bck_md: bool | Unset = UNSET,
) -> Response[Any]:
    """Bucket properties (and, with `bsumm_remote`, bucket info/summary) in response headers

     Answers with no body. `ais-bucket-props` holds the JSON-encoded `BucketProps`.
    Bucket info (`Bucket.info` in the SDK): send `presence` and `bsumm_remote` (`true`/`false`); the
    first call starts a summary job (its ID in `ais-xaction-id`, status 202); repeat with `uuid=<that
    ID>` until 200, then `ais-bucket-summ` holds the JSON-encoded `BsummResult`.
    404 when the bucket does not exist (no body).

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        bsumm_remote (bool | Unset):
        uuid (str | Unset):
        dont_add_remote_bck_md (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        uuid=uuid,
        dont_add_remote_bck_md=dont_add_remote_bck_md,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio_stream(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    uuid: str | Unset = UNSET,
    dont_add_remote_bck_md: bool | Unset = UNSET,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        bucket=bucket,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        uuid=uuid,
        dont_add_remote_bck_md=dont_add_remote_bck_md,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
