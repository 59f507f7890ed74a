"""The httpx transport that follows AIS redirects (decisions in `aistore._core.redirect`).

A request with a body carries `REDIRECT_PROBE`: it is first sent without the body to the proxy,
and the body goes once, straight to the target the proxy named. Other requests follow 301/307
keeping method and headers.
"""

from __future__ import annotations

import contextlib

import httpx

from aistore._core.redirect import (
    MAX_REDIRECTS as MAX_REDIRECTS,
)
from aistore._core.redirect import (
    REDIRECT_CODES as REDIRECT_CODES,
)
from aistore._core.redirect import (
    REDIRECT_PROBE as REDIRECT_PROBE,
)
from aistore._core.redirect import (
    RedirectProbeError as RedirectProbeError,
)
from aistore._core.redirect import after_probe, next_hop, probe_of

SMALL_BODY = 65536


def discard(response: httpx.Response) -> None:
    """Close a response we do not pass on; a small body (a redirect's HTML note) is read first,
    so that the keep-alive connection goes back to the pool instead of being dropped."""
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) <= SMALL_BODY:
        with contextlib.suppress(httpx.HTTPError):
            response.read()
    response.close()


class AISTransport(httpx.BaseTransport):
    """Follows AIS redirects (sending a body only once) over an inner transport."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.extensions.get(REDIRECT_PROBE):
            probe = self._inner.handle_request(probe_of(request))
            try:
                with_body = after_probe(request, probe.status_code, probe.headers.get("Location"))
            except RedirectProbeError:
                discard(probe)
                raise
            if with_body is None:
                return probe  # an error from the proxy: the request loop maps it
            discard(probe)
            request = with_body
        response = self._inner.handle_request(request)
        hops = 0
        while True:
            try:
                nxt = next_hop(
                    request, response.status_code, response.headers.get("Location"), hops
                )
            except (httpx.HTTPError, httpx.StreamError):
                discard(response)
                raise
            if nxt is None:
                return response
            discard(response)
            request, hops = nxt, hops + 1
            response = self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
