"""The httpx transport that knows how AIS routes object requests.

The proxy answers object requests with a redirect to the target that owns the
object (301 for GET, 307 for PUT/HEAD/DELETE; the `Location` carries `pid`/`utm`).
This transport follows those redirects itself, keeping the method, headers and
body, so the httpx client above it runs with `follow_redirects=False`.

A request with a body (PUT object, append, ...) must not be sent twice: the body
may be a one-shot stream from a file. Such requests carry the request extension
`REDIRECT_PROBE`; the transport first sends the same request *without* a body to
the proxy, learns the target from the redirect, and then sends the body once,
straight to the target.
"""

from __future__ import annotations

import contextlib
from urllib.parse import quote

import httpx

REDIRECT_PROBE = "ais_redirect_probe"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


SMALL_BODY = 65536


def discard(response: httpx.Response) -> None:
    """Close a response we do not pass on; a small body (a redirect's HTML note) is read first,
    so that the keep-alive connection goes back to the pool instead of being dropped."""
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) <= SMALL_BODY:
        with contextlib.suppress(httpx.HTTPError):
            response.read()
    response.close()


class RedirectProbeError(httpx.RemoteProtocolError):
    """The proxy accepted a bodiless probe instead of redirecting it."""


# characters a Location may carry as they are; anything else (a control character, a space, a
# non-ASCII letter of an object name the server wrote unescaped) is percent-encoded
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


def quote_location(location: str) -> str:
    """A redirect's `Location` as a URL we can send (shared by the sync and async shells)."""
    return quote(location, safe=_URL_SAFE)


def is_redirect(status: int, location: str | bytes | None) -> bool:
    """Whether an answer sends the request on to `location`."""
    return status in REDIRECT_CODES and bool(location)


def _retarget(request: httpx.Request, location: str, stream: httpx.SyncByteStream) -> httpx.Request:
    quoted = quote_location(location)
    # AIS sends an absolute Location: parse it once (join would parse it again)
    url = httpx.URL(quoted) if "://" in quoted else request.url.join(quoted)
    headers = request.headers.copy()
    headers["Host"] = url.netloc.decode("ascii")
    return httpx.Request(
        request.method, url, headers=headers, stream=stream, extensions=request.extensions
    )


def _probe_of(request: httpx.Request) -> httpx.Request:
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


def _replayable(request: httpx.Request) -> httpx.SyncByteStream:
    """The body to send again after a redirect: in-memory bodies replay, streams cannot."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return stream
    if "Content-Length" in request.headers and request.headers["Content-Length"] == "0":
        return httpx.ByteStream(b"")
    raise httpx.StreamConsumed()


class AISTransport(httpx.BaseTransport):
    """Follows AIS redirects (sending a body only once) over an inner transport."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.extensions.get(REDIRECT_PROBE):
            probe = self._inner.handle_request(_probe_of(request))
            location = probe.headers.get("Location")
            if not is_redirect(probe.status_code, location):
                if probe.is_success:
                    discard(probe)
                    raise RedirectProbeError(
                        f"{request.method} {request.url.path}: expected a redirect to the "
                        f"owning target, the proxy answered {probe.status_code}",
                        request=request,
                    )
                return probe  # an error from the proxy: the caller maps it
            discard(probe)
            assert isinstance(request.stream, httpx.SyncByteStream) and location is not None
            request = _retarget(request, location, request.stream)
        return self._follow(request)

    def _follow(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        for _ in range(MAX_REDIRECTS):
            location = response.headers.get("Location")
            if not is_redirect(response.status_code, location):
                return response
            discard(response)
            assert location is not None
            request = _retarget(request, location, _replayable(request))
            response = self._inner.handle_request(request)
        discard(response)
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)

    def close(self) -> None:
        self._inner.close()
