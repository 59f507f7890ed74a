"""Builds the one httpx client a `Client` uses (pool, TLS, timeouts, AIS transport)."""

from __future__ import annotations

from typing import Any

import httpx

from aistore._core.direct_reads import DirectReads
from aistore._core.lane import Lane
from aistore._core.settings import ClientSettings
from aistore._core.stdlib_transport import StdlibTransport
from aistore._core.transport import AISTransport
from aistore.version import __distribution_version__

USER_AGENT = f"aistore-client-python/{__distribution_version__}"


def _smap_request(base_url: str) -> httpx.Request:
    """The cluster-map query (`get_daemon_info`, what=smap) for direct reads."""
    from aistore_raw.ais.api.node import get_daemon_info

    kwargs = get_daemon_info.request_kwargs(what="smap")
    url = httpx.URL(base_url.rstrip("/") + kwargs["url"], params=kwargs.get("params"))
    return httpx.Request(kwargs["method"], url, headers={"User-Agent": USER_AGENT})


class _NoCookies(httpx.Cookies):
    """AIS sets no cookies; httpx would run every response through urllib's CookieJar
    (about a tenth of a small GET's client CPU, measured in bench/)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class AISHttpClient(httpx.Client):
    """`httpx.Client` tuned for the generated operations' requests.

    * No cookie jar (AIS sets none).
    * `build_request` parses the URL once for the shape every generated operation produces (a
      path relative to the base URL, already percent-encoded, and a dict of query values):
      httpx's own parses it three times, which was a fifth of a small request's client CPU.
      The query is encoded by httpx (`QueryParams`), so the bytes on the wire are the same.
      Any other shape goes to httpx unchanged.
    """

    lane: Lane | None = None
    """The object hot path over this client's socket layer (set by `build_http_client`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cookies = _NoCookies()
        self._base = str(self.base_url).rstrip("/")

    def build_request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        params: Any = None,
        headers: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
        **kwargs: Any,
    ) -> httpx.Request:
        simple = (
            isinstance(url, str)
            and url.startswith("/")
            and "?" not in url
            and (params is None or isinstance(params, dict))
            and not kwargs.get("data")
            and not kwargs.get("files")
            and not kwargs.get("cookies")
            and not self.params
        )
        if not simple:
            return super().build_request(
                method,
                url,
                params=params,
                headers=headers,
                timeout=timeout,
                extensions=extensions,
                **kwargs,
            )
        query = str(httpx.QueryParams(params)) if params else ""
        full = httpx.URL(f"{self._base}{url}?{query}" if query else f"{self._base}{url}")
        extensions = {} if extensions is None else dict(extensions)
        if "timeout" not in extensions:
            chosen = self.timeout if timeout is httpx.USE_CLIENT_DEFAULT else httpx.Timeout(timeout)
            extensions["timeout"] = chosen.as_dict()
        return httpx.Request(
            method,
            full,
            content=kwargs.get("content"),
            json=kwargs.get("json"),
            headers=self._merge_headers(headers),
            extensions=extensions,
        )


def build_http_client(
    settings: ClientSettings, *, limits: httpx.Limits | None = None
) -> httpx.Client:
    """The httpx client of `settings`: its transport follows AIS redirects; httpx never does.

    The socket layer is `StdlibTransport` (keep-alive `http.client`): measured in bench/
    against httpx's default httpcore transport, a third of the CPU per small request and three
    times the large-object throughput. `settings.transport` (tests) replaces it; the AIS layers
    above stay. `limits` (default `config.default_limits()`): total connections, idle ones kept
    per node, and how long an idle one may be reused (see `aistore._core.pool`).
    """
    limits = limits or settings.limits
    inner = settings.transport or StdlibTransport(
        verify=settings.tls.httpx_verify(),
        max_idle_per_origin=limits.max_keepalive_connections,
        max_connections=limits.max_connections,
        keepalive_expiry=limits.keepalive_expiry,
    )
    base_url = settings.endpoint  # generated operations' paths start with /v1
    transport: httpx.BaseTransport = (
        DirectReads(inner, smap_request=lambda: _smap_request(base_url))
        if settings.direct_reads and settings.service == "ais"
        else AISTransport(inner)
    )
    client = AISHttpClient(
        base_url=base_url,
        transport=transport,
        timeout=settings.timeout,
        headers={"User-Agent": USER_AGENT, **settings.auth_headers()},
        follow_redirects=False,
    )
    if isinstance(inner, StdlibTransport):
        direct = transport if isinstance(transport, DirectReads) else None
        client.lane = Lane(client, inner, direct)
    return client
