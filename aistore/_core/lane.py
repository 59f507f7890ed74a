"""The object hot path: whole-object GET, HEAD and in-memory PUT without httpx's request model.

A small GET through `httpx.Client` cost about 0.4 ms of client CPU (2 cores, bench/), most of
it in building and parsing `httpx.URL`s (three per GET: the request, the direct hop, the
host's IP address check), `httpx.Request`/`Response` and `http.client`'s `email` header parser.
This lane sends the same bytes without them: the generated operation's `request_kwargs` still
says method, path, query and headers; the query is encoded as httpx encodes it
(`urlencode` of httpx's primitive strings); the client's default headers come from the
`httpx.Client` at call time (so a changed token is used at once), with `Accept-Encoding:
identity` (the lane does not decode bodies).

Every decision is the general path's own (one place each):
* direct reads: `DirectReads.owner_url` / `owner_answered` (which owner, when to fall back;
  decided by `SmapCache`);
* redirects: `redirect.is_redirect`, `quote_location`, `MAX_REDIRECTS`, `RedirectProbeError`;
  a write is first sent without its body to the proxy (the bodiless probe), then once to the
  target its redirect names;
* retries and the error boundary: the loop in `OperationSender.exchange`, beside
  `OperationSender.send`.

The connections are `StdlibTransport`'s pool; every exchange passes `Wire.exchange`, which the
contract checker hooks. The lane exists only over the client's own socket layer: a client built
with another transport (tests, users) uses the general path for everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urljoin

import httpx

from aistore._core.direct_reads import DirectReads
from aistore._core.redirect import (
    MAX_REDIRECTS,
    RedirectProbeError,
    is_redirect,
    quote_location,
)
from aistore._core.stdlib_transport import Origin, StdlibTransport
from aistore._core.wire import Headers, Reply, Wire

_DEFAULT_PORTS = {"http": 80, "https": 443}
_DROPPED = frozenset({b"host", b"content-length", b"transfer-encoding", b"accept-encoding"})
_MAX_ORIGINS = 256


def _query_value(value: Any) -> str:
    """httpx's `primitive_value_to_str`: booleans as JSON, None as empty."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def encode_query(params: Mapping[str, Any]) -> str:
    """The query string `httpx.QueryParams(params)` makes (the same bytes on the wire)."""
    return urlencode([(key, _query_value(value)) for key, value in params.items()])


def _header_bytes(name: str, value: Any) -> tuple[bytes, bytes]:
    text = value if isinstance(value, str) else str(value)
    if "\r" in text or "\n" in text:
        raise ValueError(f"invalid header value for {name!r}: {text!r}")
    return name.encode("ascii"), text.encode("ascii")


class Prepared:
    """One operation's request, ready to be sent (and sent again on a retry)."""

    __slots__ = ("authorized", "body", "headers", "method", "probe", "target", "uname")

    def __init__(
        self,
        method: str,
        target: str,
        headers: Headers,
        body: bytes | None,
        uname: bytes | None,
        probe: bool,
        authorized: bool,
    ) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.uname = uname
        self.probe = probe
        self.authorized = authorized


def parse_origin(url: str) -> tuple[Origin, str]:
    """`(scheme, host, port)` and the Host header of an absolute URL."""
    parsed = httpx.URL(url)
    scheme = parsed.scheme
    port = parsed.port or _DEFAULT_PORTS.get(scheme, 80)
    return (scheme, parsed.host, port), parsed.netloc.decode("ascii")


class Lane:
    """Sends prepared object requests over `pool`, reading routes from `direct` (if any)."""

    def __init__(
        self, http: httpx.Client, pool: StdlibTransport, direct: DirectReads | None
    ) -> None:
        self._http = http
        self.wire = Wire(pool)
        self._direct = direct
        base = httpx.URL(str(http.base_url))
        self._proxy, self._proxy_host = parse_origin(str(base.copy_with(raw_path=b"/")))
        self._prefix = base.raw_path.decode("ascii").rstrip("/")
        self._origins: dict[str, tuple[Origin, str]] = {}

    def prepare(
        self,
        kwargs: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None,
        *,
        uname: bytes | None,
        probe: bool,
    ) -> Prepared:
        """The request `kwargs` (a generated `request_kwargs`) describe, with the client's
        default headers merged under the operation's, as httpx merges them."""
        target = self._prefix + kwargs["url"]
        params = kwargs.get("params")
        if params:
            target += "?" + encode_query(params)
        merged: dict[bytes, tuple[bytes, bytes]] = {
            name.lower(): (name, value) for name, value in self._http.headers.raw
        }
        for source in (kwargs.get("headers"), extra_headers):
            if source:
                for name, value in source.items():
                    pair = _header_bytes(name, value)
                    merged[pair[0].lower()] = pair
        authorized = b"authorization" in merged
        headers = [pair for key, pair in merged.items() if key not in _DROPPED]
        headers.append((b"Accept-Encoding", b"identity"))
        body = kwargs.get("content")
        return Prepared(kwargs["method"].upper(), target, headers, body, uname, probe, authorized)

    def _origin_of(self, url: str) -> tuple[Origin, str]:
        known = self._origins.get(url)
        if known is None:
            if len(self._origins) >= _MAX_ORIGINS:
                self._origins.clear()
            known = self._origins[url] = parse_origin(url)
        return known

    def _hop(
        self, location: bytes, origin: Origin, host: str, target: str
    ) -> tuple[Origin, str, str]:
        """Where a redirect sends the request: origin, Host and path?query."""
        try:
            text = location.decode("utf-8")
        except UnicodeDecodeError:
            text = location.decode("latin-1")
        quoted = quote_location(text).split("#", 1)[0]
        if "://" not in quoted:
            if not quoted.startswith("/"):
                quoted = urljoin(f"{origin[0]}://{host}{target}", quoted)
            else:
                return origin, host, quoted
        scheme, _, rest = quoted.partition("://")
        netloc, slash, path = rest.partition("/")
        new_origin, new_host = self._origin_of(f"{scheme}://{netloc}")
        return new_origin, new_host, slash + path if slash else "/"

    def attempt(self, req: Prepared) -> Reply:
        """One attempt: straight to the owner when routing allows, else through the proxy,
        following its redirects. Raises httpx transport errors (the caller decides retries)."""
        timeouts = self._http.timeout.as_dict()
        exchange = self.wire.exchange
        direct = self._direct
        if req.uname is not None and direct is not None:
            owner_url = direct.owner_url(req.uname, timeouts, req.authorized)
            if owner_url is not None:
                origin, host = self._origin_of(owner_url)
                try:
                    reply = exchange(
                        origin, req.method, req.target, host, req.headers, req.body, timeouts
                    )
                except httpx.TransportError:
                    direct.owner_answered(None)
                else:
                    if direct.owner_answered(reply.status_code):
                        return reply
        origin, host, target = self._proxy, self._proxy_host, req.target
        if req.probe:
            reply = exchange(
                origin, req.method, target, host, req.headers, None, timeouts, probe=True
            )
            location = reply.header(b"location")
            if location is None or not is_redirect(reply.status_code, location):
                if reply.is_success:
                    raise RedirectProbeError(
                        f"{req.method} {target.split('?', 1)[0]}: expected a redirect to the "
                        f"owning target, the proxy answered {reply.status_code}"
                    )
                return reply  # an error from the proxy: the caller maps it
            origin, host, target = self._hop(location, origin, host, target)
        reply = exchange(origin, req.method, target, host, req.headers, req.body, timeouts)
        for _ in range(MAX_REDIRECTS):
            location = reply.header(b"location")
            if location is None or not is_redirect(reply.status_code, location):
                if reply.status_code == 404 and req.uname is not None and direct is not None:
                    return self._previous_owner(req, reply, timeouts)
                return reply
            origin, host, target = self._hop(location, origin, host, target)
            reply = exchange(origin, req.method, target, host, req.headers, req.body, timeouts)
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects")

    def _previous_owner(
        self, req: Prepared, not_found: Reply, timeouts: Mapping[str, float | None]
    ) -> Reply:
        """A 404 shortly after the owners changed: the previous owner's 2xx answer, if any
        (it holds the object until rebalance moved it; see `DirectReads.previous_owner_url`)."""
        assert self._direct is not None and req.uname is not None
        url = self._direct.previous_owner_url(req.uname, req.authorized)
        if url is None:
            return not_found
        origin, host = self._origin_of(url)
        try:
            reply = self.wire.exchange(
                origin, req.method, req.target, host, req.headers, req.body, timeouts
            )
        except httpx.TransportError:
            return not_found
        return reply if reply.is_success else not_found
