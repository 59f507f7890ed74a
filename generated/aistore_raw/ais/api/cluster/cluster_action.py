"""Generated from the OpenAPI spec (operation `cluster_action`); do not edit."""

from collections.abc import Mapping
from typing import Any, TypedDict, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.act_msg_clear_lcache import ActMsgClearLcache
from ...models.act_msg_decommission import ActMsgDecommission
from ...models.act_msg_decommission_node import ActMsgDecommissionNode
from ...models.act_msg_reload_creds import ActMsgReloadCreds
from ...models.act_msg_reset_config import ActMsgResetConfig
from ...models.act_msg_reset_stats import ActMsgResetStats
from ...models.act_msg_rotate_logs import ActMsgRotateLogs
from ...models.act_msg_set_config import ActMsgSetConfig
from ...models.act_msg_shutdown import ActMsgShutdown
from ...models.act_msg_shutdown_node import ActMsgShutdownNode
from ...models.act_msg_start import ActMsgStart
from ...models.act_msg_start_maintenance import ActMsgStartMaintenance
from ...models.act_msg_stop import ActMsgStop
from ...models.act_msg_stop_maintenance import ActMsgStopMaintenance
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

OPERATION_ID = "cluster_action"
METHOD = "PUT"
PATH_TEMPLATE = "/v1/cluster"
IDEMPOTENT = False
REDIRECTED = False
TAGS: tuple[str, ...] = tuple(["cluster"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = "application/json"
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {
    "200": ["text/plain", "*/*"],
    "501": ["application/json"],
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
ACCEPT_MSGPACK = False
"""True when a response may be msgpack: send `Accept: application/msgpack` to get it."""
ACTIONS: dict[str, str] = {
    "clear-lcache": "ActMsgClearLcache",
    "decommission": "ActMsgDecommission",
    "decommission-node": "ActMsgDecommissionNode",
    "reload-creds": "ActMsgReloadCreds",
    "reset-config": "ActMsgResetConfig",
    "reset-stats": "ActMsgResetStats",
    "rotate-logs": "ActMsgRotateLogs",
    "set-config": "ActMsgSetConfig",
    "shutdown": "ActMsgShutdown",
    "shutdown-node": "ActMsgShutdownNode",
    "start": "ActMsgStart",
    "start-maintenance": "ActMsgStartMaintenance",
    "stop": "ActMsgStop",
    "stop-maintenance": "ActMsgStopMaintenance",
}
"""Action name -> body model (a class of `models`) of an action operation, from the spec."""
EXTENSIONS: dict[str, Any] = {}
"""All `x-*` vendor extensions of the operation, as written in the spec."""
MSGPACK_TYPES: dict[str, type] = {}


def request_kwargs(
    *,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["frc"] = frc

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["namespace"] = namespace

    params["transient"] = transient

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/cluster",
        "params": params,
    }

    if isinstance(body, ActMsgStart):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgStop):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgSetConfig):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgResetConfig):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgRotateLogs):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgResetStats):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgReloadCreds):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgClearLcache):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgShutdown):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgDecommission):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgStartMaintenance):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgStopMaintenance):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ActMsgShutdownNode):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    *, client: AuthenticatedClient | Client | None = None, response: httpx.Response
) -> ErrorBody | str:
    """The parsed body of a response that has been read (`response.read()` first when streamed).

    An undocumented status gives None, or raises `errors.UnexpectedStatus` when
    `client.raise_on_unexpected_status` is set.
    """
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 501:
        response_501 = ErrorBody.from_dict(response.json())

        return response_501

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
) -> Response[ErrorBody | str]:
    """Wrap a read response: status, raw content, headers and the parsed body."""
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


_build_response = build_response


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Cluster-wide action (start/stop a job, set/reset config, maintenance, shutdown, ...)

     Body is an action message. `start` answers the new job ID as plain text (empty for jobs that
    have no ID); `stop` aborts the job(s) selected by ID and/or kind (and bucket). `force` (`frc=true`)
    is honoured by `start`. Membership actions (`start-maintenance`, `decommission-node`, ...) answer a
    rebalance job ID (plain text) when one is started.

    Args:
        frc (bool | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        transient (bool | Unset):
        body (ActMsgClearLcache | ActMsgDecommission | ActMsgDecommissionNode | ActMsgReloadCreds
            | ActMsgResetConfig | ActMsgResetStats | ActMsgRotateLogs | ActMsgSetConfig |
            ActMsgShutdown | ActMsgShutdownNode | ActMsgStart | ActMsgStartMaintenance | ActMsgStop |
            ActMsgStopMaintenance): Body of `PUT /v1/cluster`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = request_kwargs(
        body=body,
        frc=frc,
        provider=provider,
        namespace=namespace,
        transient=transient,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> ErrorBody | str | None:
    """Cluster-wide action (start/stop a job, set/reset config, maintenance, shutdown, ...)

     Body is an action message. `start` answers the new job ID as plain text (empty for jobs that
    have no ID); `stop` aborts the job(s) selected by ID and/or kind (and bucket). `force` (`frc=true`)
    is honoured by `start`. Membership actions (`start-maintenance`, `decommission-node`, ...) answer a
    rebalance job ID (plain text) when one is started.

    Args:
        frc (bool | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        transient (bool | Unset):
        body (ActMsgClearLcache | ActMsgDecommission | ActMsgDecommissionNode | ActMsgReloadCreds
            | ActMsgResetConfig | ActMsgResetStats | ActMsgRotateLogs | ActMsgSetConfig |
            ActMsgShutdown | ActMsgShutdownNode | ActMsgStart | ActMsgStartMaintenance | ActMsgStop |
            ActMsgStopMaintenance): Body of `PUT /v1/cluster`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
        frc=frc,
        provider=provider,
        namespace=namespace,
        transient=transient,
    ).parsed


def sync_stream(
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> httpx.Response:
    """Send the request with `stream=True` and return the open response (body not read).

    The caller must close it (`r.close()`, e.g. in `finally` or `contextlib.closing(r)`); read with
    `r.iter_bytes()` / `r.read()`, then `parse_response(response=r)` / `parse_headers(r)` as needed.
    """
    kwargs = request_kwargs(
        body=body,
        frc=frc,
        provider=provider,
        namespace=namespace,
        transient=transient,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> Response[ErrorBody | str]:
    """Cluster-wide action (start/stop a job, set/reset config, maintenance, shutdown, ...)

     Body is an action message. `start` answers the new job ID as plain text (empty for jobs that
    have no ID); `stop` aborts the job(s) selected by ID and/or kind (and bucket). `force` (`frc=true`)
    is honoured by `start`. Membership actions (`start-maintenance`, `decommission-node`, ...) answer a
    rebalance job ID (plain text) when one is started.

    Args:
        frc (bool | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        transient (bool | Unset):
        body (ActMsgClearLcache | ActMsgDecommission | ActMsgDecommissionNode | ActMsgReloadCreds
            | ActMsgResetConfig | ActMsgResetStats | ActMsgRotateLogs | ActMsgSetConfig |
            ActMsgShutdown | ActMsgShutdownNode | ActMsgStart | ActMsgStartMaintenance | ActMsgStop |
            ActMsgStopMaintenance): Body of `PUT /v1/cluster`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | str]
    """

    kwargs = request_kwargs(
        body=body,
        frc=frc,
        provider=provider,
        namespace=namespace,
        transient=transient,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> ErrorBody | str | None:
    """Cluster-wide action (start/stop a job, set/reset config, maintenance, shutdown, ...)

     Body is an action message. `start` answers the new job ID as plain text (empty for jobs that
    have no ID); `stop` aborts the job(s) selected by ID and/or kind (and bucket). `force` (`frc=true`)
    is honoured by `start`. Membership actions (`start-maintenance`, `decommission-node`, ...) answer a
    rebalance job ID (plain text) when one is started.

    Args:
        frc (bool | Unset):
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows
            exactly these five; `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        namespace (str | Unset):
        transient (bool | Unset):
        body (ActMsgClearLcache | ActMsgDecommission | ActMsgDecommissionNode | ActMsgReloadCreds
            | ActMsgResetConfig | ActMsgResetStats | ActMsgRotateLogs | ActMsgSetConfig |
            ActMsgShutdown | ActMsgShutdownNode | ActMsgStart | ActMsgStartMaintenance | ActMsgStop |
            ActMsgStopMaintenance): Body of `PUT /v1/cluster`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            frc=frc,
            provider=provider,
            namespace=namespace,
            transient=transient,
        )
    ).parsed


async def asyncio_stream(
    *,
    client: AuthenticatedClient | Client,
    body: ActMsgClearLcache
    | ActMsgDecommission
    | ActMsgDecommissionNode
    | ActMsgReloadCreds
    | ActMsgResetConfig
    | ActMsgResetStats
    | ActMsgRotateLogs
    | ActMsgSetConfig
    | ActMsgShutdown
    | ActMsgShutdownNode
    | ActMsgStart
    | ActMsgStartMaintenance
    | ActMsgStop
    | ActMsgStopMaintenance,
    frc: bool | Unset = UNSET,
    provider: Provider | Unset = UNSET,
    namespace: str | Unset = UNSET,
    transient: bool | Unset = UNSET,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        body=body,
        frc=frc,
        provider=provider,
        namespace=namespace,
        transient=transient,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
