"""Generated from the OpenAPI spec (operation `get_daemon_info`); do not edit."""

from collections.abc import Mapping
from typing import Any, TypedDict, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.proxy_what import ProxyWhat
from ...types import (
    UNSET,
    HeaderSource,
    Operation,
    Response,
    http_status,
    parse_declared_headers,
)

OPERATION_ID = "get_daemon_info"
METHOD = "GET"
PATH_TEMPLATE = "/v1/daemon"
IDEMPOTENT = True
REDIRECTED = False
TAGS: tuple[str, ...] = tuple(["node"])
"""The spec's tags of the operation: the resource it acts on (`objects`, `etl`, ...)."""
REQUEST_CONTENT_TYPE: str | None = None
RESPONSE_CONTENT_TYPES: dict[str, list[str]] = {
    "200": ["application/json", "text/plain"],
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
ACTIONS: dict[str, str] = {}
"""Action name -> body model (a class of `models`) of an action operation, from the spec."""
EXTENSIONS: dict[str, Any] = {
    "x-idempotent": True,
    "x-what-schemas": {
        "smap": "#/components/schemas/Smap",
        "bmd": "#/components/schemas/BMD",
        "config": "object (cluster config + node-local config; untyped)",
        "node_stats": "#/components/schemas/NodeStats",
        "node_status": "#/components/schemas/NodeStatus",
        "sysinfo": "#/components/schemas/MemCPUInfo",
        "snode": "#/components/schemas/Snode",
        "software_version": "string",
        "metrics": "object: metric name => kind",
        "smapvote": "object (untyped)",
        "log": "text/plain",
    },
}
"""All `x-*` vendor extensions of the operation, as written in the spec."""
MSGPACK_TYPES: dict[str, type] = {}


def request_kwargs(
    *,
    what: ProxyWhat,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.build_request(**kw)` / `.stream(**kw)` / `.request(**kw)`.

    Path parameters are percent-encoded (`/` included); the URL is relative to the client's base URL.
    """

    params: dict[str, Any] = {}

    json_what: str = what
    params["what"] = json_what

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/daemon",
        "params": params,
    }

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
        response_200 = response.json()
        return response_200

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
    *,
    client: AuthenticatedClient | Client,
    what: ProxyWhat,
) -> Response[Any | ErrorBody]:
    """Query the node that answers (usually the proxy) - Smap, BMD, config, stats, ...

     `what=smap` is the usual way to get the cluster map (`Smap`). `what=node_status` answers the
    node's `NodeStatus` (msgpack when `Accept: application/msgpack`). See `x-what-schemas`.

    Args:
        what (ProxyWhat): Values of `what` a proxy answers at `GET /v1/daemon` (`disk`,
            `mountpaths` and `cluster_config`
            are a target's or the cluster's: the proxy answers 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = request_kwargs(
        what=what,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    what: ProxyWhat,
) -> Any | ErrorBody | None:
    """Query the node that answers (usually the proxy) - Smap, BMD, config, stats, ...

     `what=smap` is the usual way to get the cluster map (`Smap`). `what=node_status` answers the
    node's `NodeStatus` (msgpack when `Accept: application/msgpack`). See `x-what-schemas`.

    Args:
        what (ProxyWhat): Values of `what` a proxy answers at `GET /v1/daemon` (`disk`,
            `mountpaths` and `cluster_config`
            are a target's or the cluster's: the proxy answers 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        client=client,
        what=what,
    ).parsed


def sync_stream(
    *,
    client: AuthenticatedClient | Client,
    what: ProxyWhat,
) -> httpx.Response:
    """Send the request with `stream=True` and return the open response (body not read).

    The caller must close it (`r.close()`, e.g. in `finally` or `contextlib.closing(r)`); read with
    `r.iter_bytes()` / `r.read()`, then `parse_response(response=r)` / `parse_headers(r)` as needed.
    """
    kwargs = request_kwargs(
        what=what,
    )
    httpx_client = client.get_httpx_client()
    return httpx_client.send(httpx_client.build_request(**kwargs), stream=True)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    what: ProxyWhat,
) -> Response[Any | ErrorBody]:
    """Query the node that answers (usually the proxy) - Smap, BMD, config, stats, ...

     `what=smap` is the usual way to get the cluster map (`Smap`). `what=node_status` answers the
    node's `NodeStatus` (msgpack when `Accept: application/msgpack`). See `x-what-schemas`.

    Args:
        what (ProxyWhat): Values of `what` a proxy answers at `GET /v1/daemon` (`disk`,
            `mountpaths` and `cluster_config`
            are a target's or the cluster's: the proxy answers 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = request_kwargs(
        what=what,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    what: ProxyWhat,
) -> Any | ErrorBody | None:
    """Query the node that answers (usually the proxy) - Smap, BMD, config, stats, ...

     `what=smap` is the usual way to get the cluster map (`Smap`). `what=node_status` answers the
    node's `NodeStatus` (msgpack when `Accept: application/msgpack`). See `x-what-schemas`.

    Args:
        what (ProxyWhat): Values of `what` a proxy answers at `GET /v1/daemon` (`disk`,
            `mountpaths` and `cluster_config`
            are a target's or the cluster's: the proxy answers 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            what=what,
        )
    ).parsed


async def asyncio_stream(
    *,
    client: AuthenticatedClient | Client,
    what: ProxyWhat,
) -> httpx.Response:
    """Async twin of `sync_stream`: the open response; `await r.aclose()` when done."""
    kwargs = request_kwargs(
        what=what,
    )
    httpx_client = client.get_async_httpx_client()
    return await httpx_client.send(httpx_client.build_request(**kwargs), stream=True)
