"""PROTOTYPE speed levers measured by `make bench` (bench only; the client does not import this).

The levers that proved themselves were moved into the client: `StdlibTransport`
(`aistore/_core/stdlib_transport.py`), draining small redirect bodies (`aistore/_core/transport.py`)
and skipping the cookie jar (`aistore/_core/http_client.py`). What is left here is measured but
not adopted: direct-to-target routing (PUT would have to forge the proxy's redirect marker, and a
cached map can be stale for up to SMAP_MAX_AGE) and the one-parse `LeanClient`.

`bench/peers/ours_fast.py` patches `build_http_client` below in place of
`aistore._core.http_client.build_http_client` so `make bench` can show the effect of each lever
next to the shipping client. Two levers, usable apart:

* `StdlibTransport` (lever "stdlib"): an `httpx.BaseTransport` over the standard library's
  keep-alive `http.client` connections, one idle list per origin (scheme, host, port). Behind the
  same `httpx.Client` it skips httpcore's connection-pool state machine and h11's event parsing;
  responses stream straight from `HTTPResponse.read`.
* `DrainRedirects` (lever "drain"): read the proxy's small redirect body so the keep-alive
  connection to the proxy is reused (today every redirected request opens a new one).
* `LeanClient` (lever "lean"): `build_request` parses the URL once instead of three times.
* `_NoCookies` (lever "nocookies"): httpx parses every response for cookies; AIS sets none.
* `DirectTransport` (lever "direct"): object GET/HEAD (and PUT of an in-memory body) go straight
  to the target that owns the object, computed with `aistore._core.routing` from a cached cluster
  map, instead of asking the proxy for a redirect first. A PUT carries the proxy's redirect marker
  (`pid` = the primary's ID, `utm` = now, base 36), which is what the target checks before it
  accepts a write (server: ais/target.go `_verifyUnsigned`, ais/htrun.go `hasRedirectMarker`).
  Any doubt goes through the proxy as before (`AISTransport`): a request with `Authorization`
  (with AuthN on, targets refuse direct access), a namespace, extra query parameters, a streamed
  body, no map yet, or a map that just proved wrong. Any non-2xx answer or transport error of a
  direct attempt is retried once through the proxy and marks the map stale (re-read at most once
  a second); a 403 (signed or authenticated cluster) turns direct routing off for the client.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

import httpx

from aistore._core import routing
from aistore._core.config import TLSSettings, default_limits
from aistore._core.http_client import _NoCookies
from aistore._core.stdlib_transport import Origin, StdlibTransport
from aistore._core.transport import REDIRECT_CODES, REDIRECT_PROBE, AISTransport

USER_AGENT = "aistore-client-python/0.1"


# ---- lever "drain": keep the proxy connection alive across redirects -------------------------
class DrainRedirects(httpx.BaseTransport):
    """Reads the small body of a redirect before handing it up.

    `AISTransport` closes a redirect response unread; httpcore cannot reuse a connection whose
    response body was not consumed, so every redirected request opened a new TCP connection to
    the proxy (seen in the profile: one `connect` per GET). Reading the ~130-byte HTML body first
    lets the connection go back to the pool. The shipping fix is one line in `AISTransport`
    (`response.read()` before `response.close()` when Content-Length is small).
    """

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if response.status_code in REDIRECT_CODES:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) <= 65536:
                response.read()
        return response

    def close(self) -> None:
        self._inner.close()


# ---- lever "direct": straight to the owning target ---------------------------------------------
_OBJECTS = "/v1/objects/"
_DIRECT_METHODS = frozenset({"GET", "HEAD"})
_PLAIN_QUERY = frozenset({"provider"})
SMAP_MIN_INTERVAL = 1.0
"""Seconds between two reads of the cluster map after the cached one proved wrong."""
SMAP_MAX_AGE = 2.0
"""Seconds a cluster map is trusted; then the next object request re-reads it first. A target
that left the map (maintenance) still answers direct requests, so age is the only signal."""


class DirectTransport(httpx.BaseTransport):
    """Sends object requests to the HRW owner; everything else (and any doubt) via the proxy."""

    def __init__(self, inner: httpx.BaseTransport, proxy_url: str, *, direct_put: bool = True):
        self._inner = inner
        self._via_proxy = AISTransport(inner)
        self._proxy = httpx.URL(proxy_url)
        self._direct_put = direct_put
        self._smap: routing.SmapView | None = None
        self._primary_id = ""
        self._smap_read_at = 0.0
        self._stale = True
        self._enabled = True
        self._lock = threading.Lock()
        self._origins: dict[str, tuple[Origin, bytes]] = {}
        self.directs = 0
        """Requests answered 2xx by the owner directly (a statistic, not locked)."""
        self.fallbacks = 0
        """Direct attempts that went to the proxy after all."""

    # the cluster map --------------------------------------------------------------------
    def _current_smap(self, request: httpx.Request) -> routing.SmapView | None:
        now = time.monotonic()
        if not self._stale and now - self._smap_read_at < SMAP_MAX_AGE:
            return self._smap
        self._stale = True
        with self._lock:
            if not self._stale:
                return self._smap
            if now - self._smap_read_at < SMAP_MIN_INTERVAL:
                return None  # the map was just read and proved wrong: the proxy decides
            self._smap_read_at = now
            url = self._proxy.join("/v1/daemon").copy_with(params={"what": "smap"})
            headers = {"User-Agent": request.headers.get("User-Agent", USER_AGENT)}
            try:
                response = self._inner.handle_request(
                    httpx.Request("GET", url, headers=headers, extensions=request.extensions)
                )
                try:
                    data = b"".join(response.stream)  # type: ignore[arg-type]
                finally:
                    response.close()
                if response.status_code != 200:
                    return None
                smap = json.loads(data)
                self._smap = routing.SmapView.from_smap(smap)
                self._primary_id = str((smap.get("proxy_si") or {}).get("daemon_id") or "")
                self._stale = not self._primary_id
            except (httpx.HTTPError, ValueError, AttributeError, TypeError):
                return None
            return self._smap if not self._stale else None

    def _mark_stale(self) -> None:
        self._stale = True

    # routing ----------------------------------------------------------------------------
    def _owner(self, request: httpx.Request) -> routing.Target | None:
        if not self._enabled or "authorization" in request.headers:
            return None
        url = request.url
        if (url.scheme, url.host, url.port) != (
            self._proxy.scheme,
            self._proxy.host,
            self._proxy.port,
        ):
            return None
        method = request.method
        if method in _DIRECT_METHODS:
            if request.headers.get("Content-Length", "0") != "0":
                return None
        elif not (
            method == "PUT"
            and self._direct_put
            and request.extensions.get(REDIRECT_PROBE)
            and isinstance(request.stream, httpx.ByteStream)
        ):
            return None
        path = url.raw_path.decode("ascii").split("?", 1)[0]
        if not path.startswith(_OBJECTS):
            return None
        bucket, sep, name = path[len(_OBJECTS) :].partition("/")
        if not sep or not bucket or not name:
            return None
        query = parse_qsl(url.query.decode("ascii"), keep_blank_values=True)
        if any(key not in _PLAIN_QUERY for key, _ in query):
            return None
        provider = dict(query).get("provider", "ais")
        if provider != "ais":
            return None
        smap = self._current_smap(request)
        if smap is None:
            return None
        uname = routing.bucket_uname("ais", "", "", unquote(bucket), unquote(name))
        return routing.owner(smap, uname)

    def _direct(self, request: httpx.Request, target: routing.Target) -> httpx.Request:
        url = httpx.URL(target.direct_url).join(request.url.raw_path.decode("ascii"))
        if request.method == "PUT":
            utm = _base36(time.time_ns())
            url = url.copy_merge_params({"pid": self._primary_id, "utm": utm})
        headers = request.headers.copy()
        headers["Host"] = url.netloc.decode("ascii")
        return httpx.Request(
            request.method,
            url,
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def _send_direct(self, request: httpx.Request, target: routing.Target) -> httpx.Response:
        inner = self._inner
        if not isinstance(inner, StdlibTransport):
            return inner.handle_request(self._direct(request, target))
        # no httpx.URL/Request rebuilt: origin and Host of each target are parsed once
        known = self._origins.get(target.direct_url)
        if known is None:
            url = httpx.URL(target.direct_url)
            origin: Origin = (url.scheme, url.host, url.port or 80)
            known = self._origins[target.direct_url] = (origin, url.netloc)
        origin, host = known
        path = request.url.raw_path.decode("ascii")
        if request.method == "PUT":
            path += f"&pid={self._primary_id}&utm={_base36(time.time_ns())}"
        headers = [(k, host if k.lower() == b"host" else v) for k, v in request.headers.raw]
        return inner.send(origin, request, path, headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = self._owner(request)
        if target is None:
            return self._via_proxy.handle_request(request)
        try:
            response = self._send_direct(request, target)
        except httpx.TransportError:
            self._mark_stale()
            self.fallbacks += 1
            return self._via_proxy.handle_request(request)
        if 200 <= response.status_code < 300:
            self.directs += 1
            return response
        self.fallbacks += 1
        response.close()
        if response.status_code == 403:
            self._enabled = False  # authenticated or signed cluster: targets need the proxy
        self._mark_stale()
        return self._via_proxy.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(digits[r])
    return "".join(reversed(out)) or "0"


# ---- lever "lean": one URL parse per request ---------------------------------------------------
_SIMPLE = (str, int, float, bool)


def _query_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


class LeanClient(httpx.Client):
    """`httpx.Client` whose `build_request` parses the URL once.

    httpx's own parses it three times for a relative URL with params (`_merge_url`, `copy_with`,
    `copy_merge_params`: ~0.25 ms of a ~1 ms GET on this machine). For the generated operations'
    shape (relative path already percent-encoded, a flat dict of scalar params, no cookies, no
    form data) the URL string is joined here and parsed once; any other shape goes to httpx.
    """

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
            and "#" not in url
            and kwargs.get("data") is None
            and kwargs.get("files") is None
            and kwargs.get("cookies") is None
            and (params is None or isinstance(params, dict))
            and not self.params
        )
        if not simple or (params and not all(isinstance(v, _SIMPLE) for v in params.values())):
            return super().build_request(
                method,
                url,
                params=params,
                headers=headers,
                timeout=timeout,
                extensions=extensions,
                **kwargs,
            )
        target = str(self.base_url).rstrip("/") + str(url)
        if params:
            target += "?" + urlencode(
                [(k, _query_value(v)) for k, v in params.items()], quote_via=quote
            )
        ext = {} if extensions is None else extensions
        if "timeout" not in ext:
            t = self.timeout if timeout is httpx.USE_CLIENT_DEFAULT else httpx.Timeout(timeout)
            ext = {**ext, "timeout": t.as_dict()}
        return httpx.Request(
            method,
            httpx.URL(target),
            content=kwargs.get("content"),
            json=kwargs.get("json"),
            headers=self._merge_headers(headers),
            extensions=ext,
        )


# ---- the builder the bench patches in --------------------------------------------------------
def auth_headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


def build_http_client(
    base_url: str,
    *,
    tls: TLSSettings,
    timeout: httpx.Timeout,
    token: str | None = None,
    limits: httpx.Limits | None = None,
    stdlib: bool = True,
    direct: bool = True,
    drain: bool = True,
    nocookies: bool = True,
    lean: bool = True,
) -> httpx.Client:
    """`http_client.build_http_client` with the chosen levers (same signature + flags)."""
    inner: httpx.BaseTransport
    if stdlib:
        inner = StdlibTransport(verify=tls.httpx_verify())  # drains small bodies itself
    else:
        inner = httpx.HTTPTransport(
            verify=tls.httpx_verify(), limits=limits or default_limits(), retries=0
        )
        if drain:
            inner = DrainRedirects(inner)
    transport: httpx.BaseTransport
    transport = DirectTransport(inner, base_url) if direct else AISTransport(inner)
    client = (LeanClient if lean else httpx.Client)(
        base_url=base_url,
        transport=transport,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, **auth_headers(token)},
        follow_redirects=False,
    )
    if nocookies:
        client._cookies = _NoCookies()  # the shipping change: a Client subclass or this line
    return client
