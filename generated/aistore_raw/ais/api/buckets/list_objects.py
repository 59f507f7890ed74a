"""Generated from the OpenAPI spec (operation `list_objects`); do not edit."""

from collections.abc import Mapping
from typing import Any, TypedDict, cast
from urllib.parse import quote

import httpx
import msgspec

from ...client import AuthenticatedClient, Client
from ...models import LsoResMsgpack
from ...models.act_msg_list import ActMsgList
from ...models.act_msg_show_inventory import ActMsgShowInventory
from ...models.act_msg_summary_bck import ActMsgSummaryBck
from ...models.bsumm_result import BsummResult
from ...models.error_body import ErrorBody
from ...models.lso_res import LsoRes
from ...models.nbi_info_map import NBIInfoMap
from ...models.provider import Provider
from ...types import (
    UNSET,
    HeaderSource,
    Operation,
    Response,
    Unset,
    http_status,
    is_msgpack,
    parse_declared_headers,
)

OPERATION_ID = "list_objects"
METHOD = "GET"
PATH_TEMPLATE = "/v1/buckets/{bucket}"
IDEMPOTENT = True
REDIRECTED = False
TAGS: tuple[str, ...] = tuple(["buckets"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = "application/json"
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {
    "200": ["application/json", "application/msgpack", "text/plain", "*/*"],
    "202": ["text/plain", "*/*"],
    "206": ["application/json", "text/plain", "*/*"],
    "default": ["application/json"],
}
"""Declared media types per status pattern ("200", "2XX", "default")."""
RESPONSE_HEADERS: dict[str, dict[str, str]] = {}
"""Declared response headers per status pattern: header name (as in the spec) -> schema type."""
RESPONSE_HEADER_FIELDS: dict[str, dict[str, tuple[str, str]]] = {}
"""Per status pattern: lower-case header name -> (its field in `ResponseHeaders`, schema type)."""


class ResponseHeaders(TypedDict, total=False):
    """The response headers the spec declares for this operation (any status), parsed.

    A field is the header name as a Python identifier (`ais-checksum-type` -> `ais_checksum_type`);
    a header absent from the response is absent here.
    """


STREAMING = False
"""True when the request or a response body is raw bytes: send it with `stream=True`."""
ACCEPT_MSGPACK = True
"""True when a response may be msgpack: send `Accept: application/msgpack` to get it."""
ACTIONS: dict[str, str] = {
    "list": "ActMsgList",
    "show-inventory": "ActMsgShowInventory",
    "summary-bck": "ActMsgSummaryBck",
}
"""Action name -> body model (a class of `models`) of an action operation, from the spec."""
EXTENSIONS: dict[str, Any] = {"x-idempotent": True}
"""All `x-*` vendor extensions of the operation, as written in the spec."""
MSGPACK_TYPES: dict[str, type] = {
    "200": LsoResMsgpack,
}


def request_kwargs(
    bucket: str,
    *,
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(ais_bucket_inventory, Unset):
        headers["ais-bucket-inventory"] = ais_bucket_inventory

    if not isinstance(ais_inv_name, Unset):
        headers["ais-Inv-Name"] = ais_inv_name

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["presence"] = presence

    params["bsumm_remote"] = bsumm_remote

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buckets/{bucket}".format(
            bucket=quote(str(bucket), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, ActMsgList):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgSummaryBck):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str | LsoResMsgpack:
    """The parsed body of a response that has been read (`response.read()` first when streamed).

    A msgpack answer (Content-Type: application/msgpack) is decoded (msgspec) into the attrs
    model LsoResMsgpack; a JSON answer into the JSON schema's model.
    An undocumented status gives None, or raises `errors.UnexpectedStatus` when
    `client.raise_on_unexpected_status` is set.
    """
    if response.status_code == 200 and is_msgpack(response):
        return LsoResMsgpack.from_dict(msgspec.msgpack.decode(response.content))
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[BsummResult] | LsoRes | NBIInfoMap:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = BsummResult.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = NBIInfoMap.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = LsoRes.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = response.text
        return response_202

    if response.status_code == 206:
        response_206 = []
        _response_206 = response.json()
        for response_206_item_data in _response_206:
            response_206_item = BsummResult.from_dict(response_206_item_data)

            response_206.append(response_206_item)

        return response_206

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
) -> Response[
    ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str | LsoResMsgpack
]:
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
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> Response[
    ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str | LsoResMsgpack
]:
    """List objects (action `list`) or summarize the bucket (action `summary-bck`) - GET with a JSON body

     `list`: one page per call. The first call sends an empty `uuid` and `continuation_token`; pass back
    the answered `uuid` and `continuation_token` for the next page; an empty `continuation_token` in the
    answer means the last page. Default (and AIS maximum) page size 10,000.
    The JSON answer (`LsoRes`) uses lower-case keys and the entry `size` as a STRING; with
    `Accept: application/msgpack` the answer is msgpack (`LsoResMsgpack`: capitalized top-level keys,
    one/two-letter entry keys, `size` as an integer).

    `summary-bck`: the first call (empty `uuid`) starts a summary job and answers 202 with the job ID as
    text; later calls with that `uuid` answer 202 (still running), 206 (partial) or 200 with an array of
    `BsummResult`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        bsumm_remote (bool | Unset):
        accept (str | Unset):
        ais_bucket_inventory (str | Unset):
        ais_inv_name (str | Unset):
        body (ActMsgList | ActMsgShowInventory | ActMsgSummaryBck): Body of `GET
            /v1/buckets/{bucket}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        accept=accept,
        ais_bucket_inventory=ais_bucket_inventory,
        ais_inv_name=ais_inv_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> (
    ErrorBody
    | list[BsummResult]
    | list[BsummResult]
    | LsoRes
    | NBIInfoMap
    | str
    | LsoResMsgpack
    | None
):
    """List objects (action `list`) or summarize the bucket (action `summary-bck`) - GET with a JSON body

     `list`: one page per call. The first call sends an empty `uuid` and `continuation_token`; pass back
    the answered `uuid` and `continuation_token` for the next page; an empty `continuation_token` in the
    answer means the last page. Default (and AIS maximum) page size 10,000.
    The JSON answer (`LsoRes`) uses lower-case keys and the entry `size` as a STRING; with
    `Accept: application/msgpack` the answer is msgpack (`LsoResMsgpack`: capitalized top-level keys,
    one/two-letter entry keys, `size` as an integer).

    `summary-bck`: the first call (empty `uuid`) starts a summary job and answers 202 with the job ID as
    text; later calls with that `uuid` answer 202 (still running), 206 (partial) or 200 with an array of
    `BsummResult`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        bsumm_remote (bool | Unset):
        accept (str | Unset):
        ais_bucket_inventory (str | Unset):
        ais_inv_name (str | Unset):
        body (ActMsgList | ActMsgShowInventory | ActMsgSummaryBck): Body of `GET
            /v1/buckets/{bucket}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str
    """

    return sync_detailed(
        bucket=bucket,
        client=client,
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        accept=accept,
        ais_bucket_inventory=ais_bucket_inventory,
        ais_inv_name=ais_inv_name,
    ).parsed


def sync_stream(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> httpx.Response:
    """Send the request with `stream=True` and return the open response (body not read).

    The caller must close it (`r.close()`, e.g. in `finally` or `contextlib.closing(r)`); read with
    `r.iter_bytes()` / `r.read()`, then `parse_response(response=r)` / `parse_headers(r)` as needed.
    """
    kwargs = request_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        accept=accept,
        ais_bucket_inventory=ais_bucket_inventory,
        ais_inv_name=ais_inv_name,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> Response[
    ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str | LsoResMsgpack
]:
    """List objects (action `list`) or summarize the bucket (action `summary-bck`) - GET with a JSON body

     `list`: one page per call. The first call sends an empty `uuid` and `continuation_token`; pass back
    the answered `uuid` and `continuation_token` for the next page; an empty `continuation_token` in the
    answer means the last page. Default (and AIS maximum) page size 10,000.
    The JSON answer (`LsoRes`) uses lower-case keys and the entry `size` as a STRING; with
    `Accept: application/msgpack` the answer is msgpack (`LsoResMsgpack`: capitalized top-level keys,
    one/two-letter entry keys, `size` as an integer).

    `summary-bck`: the first call (empty `uuid`) starts a summary job and answers 202 with the job ID as
    text; later calls with that `uuid` answer 202 (still running), 206 (partial) or 200 with an array of
    `BsummResult`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        bsumm_remote (bool | Unset):
        accept (str | Unset):
        ais_bucket_inventory (str | Unset):
        ais_inv_name (str | Unset):
        body (ActMsgList | ActMsgShowInventory | ActMsgSummaryBck): Body of `GET
            /v1/buckets/{bucket}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str]
    """

    kwargs = request_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        accept=accept,
        ais_bucket_inventory=ais_bucket_inventory,
        ais_inv_name=ais_inv_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> (
    ErrorBody
    | list[BsummResult]
    | list[BsummResult]
    | LsoRes
    | NBIInfoMap
    | str
    | LsoResMsgpack
    | None
):
    """List objects (action `list`) or summarize the bucket (action `summary-bck`) - GET with a JSON body

     `list`: one page per call. The first call sends an empty `uuid` and `continuation_token`; pass back
    the answered `uuid` and `continuation_token` for the next page; an empty `continuation_token` in the
    answer means the last page. Default (and AIS maximum) page size 10,000.
    The JSON answer (`LsoRes`) uses lower-case keys and the entry `size` as a STRING; with
    `Accept: application/msgpack` the answer is msgpack (`LsoResMsgpack`: capitalized top-level keys,
    one/two-letter entry keys, `size` as an integer).

    `summary-bck`: the first call (empty `uuid`) starts a summary job and answers 202 with the job ID as
    text; later calls with that `uuid` answer 202 (still running), 206 (partial) or 200 with an array of
    `BsummResult`.

    Args:
        bucket (str):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        presence (int | Unset):
        bsumm_remote (bool | Unset):
        accept (str | Unset):
        ais_bucket_inventory (str | Unset):
        ais_inv_name (str | Unset):
        body (ActMsgList | ActMsgShowInventory | ActMsgSummaryBck): Body of `GET
            /v1/buckets/{bucket}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[BsummResult] | list[BsummResult] | LsoRes | NBIInfoMap | str
    """

    return (
        await asyncio_detailed(
            bucket=bucket,
            client=client,
            body=body,
            provider=provider,
            namespace=namespace,
            presence=presence,
            bsumm_remote=bsumm_remote,
            accept=accept,
            ais_bucket_inventory=ais_bucket_inventory,
            ais_inv_name=ais_inv_name,
        )
    ).parsed


async def asyncio_stream(
    bucket: str,
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgList | ActMsgShowInventory | ActMsgSummaryBck,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    presence: int | Unset = UNSET,
    bsumm_remote: bool | Unset = UNSET,
    accept: str | Unset = UNSET,
    ais_bucket_inventory: str | Unset = UNSET,
    ais_inv_name: str | Unset = UNSET,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        bucket=bucket,
        body=body,
        provider=provider,
        namespace=namespace,
        presence=presence,
        bsumm_remote=bsumm_remote,
        accept=accept,
        ais_bucket_inventory=ais_bucket_inventory,
        ais_inv_name=ais_inv_name,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
