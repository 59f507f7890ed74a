"""Sans-I/O decisions about AIS redirects: the next hop, and what a body-less probe taught us.

The proxy answers object requests with a redirect to the target that owns the object (301 for
GET, 307 for PUT/HEAD/DELETE; the `Location` carries `pid`/`utm`). The transports follow them
themselves, keeping method, headers and body (httpx runs with `follow_redirects=False`).

A request with a body must not be sent twice (it may be a one-shot stream from a file): such a
request carries the extension `REDIRECT_PROBE`, is first sent *without* its body (`probe_of`),
and the body then goes once, to the target the probe was redirected to (`after_probe`).

The shells (sync `aistore._core.transport.AISTransport`; an async twin awaits the same calls)::

    if request.extensions.get(REDIRECT_PROBE):
        probe = send(probe_of(request))
        nxt = after_probe(request, probe.status_code, probe.headers.get("Location"))
        if nxt is None: return probe          # the proxy's error: mapped by the request loop
        discard(probe); request = nxt
    response = send(request); hops = 0
    while (nxt := next_hop(request, response.status_code, response.headers.get("Location"),
                           hops)) is not None:
        discard(response); request = nxt; hops += 1; response = send(request)
    return response
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

REDIRECT_PROBE = "ais_redirect_probe"
"""Request extension: send the body only after a body-less probe found the target."""
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5

# characters a Location may carry as they are; anything else (a control character, a space, a
# non-ASCII letter of an object name the server wrote unescaped) is percent-encoded
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


class RedirectProbeError(httpx.RemoteProtocolError):
    """The proxy accepted a bodiless probe instead of redirecting it."""


def is_redirect(status: int, location: str | bytes | None) -> bool:
    """Whether an answer sends the request on to `location`."""
    return status in REDIRECT_CODES and bool(location)


def quote_location(location: str) -> str:
    """A redirect's `Location` as a URL we can send (shared by the sync and async shells)."""
    return quote(location, safe=_URL_SAFE)


def retarget(
    request: httpx.Request,
    location: str,
    stream: httpx.SyncByteStream | httpx.AsyncByteStream,
) -> httpx.Request:
    """`request` sent to `location` (same method, headers and extensions) with `stream`."""
    quoted = quote_location(location)
    # AIS sends an absolute Location: parse it once (join would parse it again)
    url = httpx.URL(quoted) if "://" in quoted else request.url.join(quoted)
    headers = request.headers.copy()
    headers["Host"] = url.netloc.decode("ascii")
    return httpx.Request(
        request.method, url, headers=headers, stream=stream, extensions=request.extensions
    )


def probe_of(request: httpx.Request) -> httpx.Request:
    """The same request without its body, to learn the owning target from the redirect."""
    headers = request.headers.copy()
    headers.pop("Transfer-Encoding", None)
    headers["Content-Length"] = "0"
    return httpx.Request(
        request.method,
        request.url,
        headers=headers,
        stream=httpx.ByteStream(b""),
        extensions=request.extensions,
    )


def replayable(request: httpx.Request) -> httpx.ByteStream:
    """The body to send again after a redirect: in-memory bodies replay, streams cannot."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return stream
    if request.headers.get("Content-Length") == "0":
        return httpx.ByteStream(b"")
    raise httpx.StreamConsumed()


def after_probe(request: httpx.Request, status: int, location: str | None) -> httpx.Request | None:
    """The request carrying the body, to the target the probe was redirected to.

    None: the proxy answered with an error; pass its response on. A success is a protocol
    error (the proxy would have acted on an empty body): `RedirectProbeError`.
    """
    if location and is_redirect(status, location):
        return retarget(request, location, request.stream)
    if 200 <= status < 300:
        raise RedirectProbeError(
            f"{request.method} {request.url.path}: expected a redirect to the "
            f"owning target, the proxy answered {status}",
            request=request,
        )
    return None


def next_hop(
    request: httpx.Request, status: int, location: str | None, hops: int
) -> httpx.Request | None:
    """The request to send after a response with `status`, or None when it is the answer.

    `hops`: redirects already followed; past `MAX_REDIRECTS` raises `httpx.TooManyRedirects`.
    """
    if not location or not is_redirect(status, location):
        return None
    if hops >= MAX_REDIRECTS:
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)
    return retarget(request, location, replayable(request))
