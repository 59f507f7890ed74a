"""Object reads straight to the owning target, with the proxy as the fallback for any doubt.

A GET or HEAD of an object normally costs two exchanges: the proxy answers 301/307 with the
owner's URL, then the owner serves it. The owner can be computed on the client from the cluster
map exactly as the server does (`aistore._core.routing`, HRW over the targets), so a read can
go to the owner at once. Only reads do: a write needs the proxy's redirect, and with AuthN on,
targets refuse requests that did not come through a proxy.

Any doubt goes through the proxy (`AISTransport`) as before: a request the request loop did not
mark with `ROUTE`, a request with `Authorization`, no fresh cluster map (one is trusted for
`SMAP_MAX_AGE` seconds: a target put into maintenance keeps answering, so age is the only signal
of a change), no eligible target, or any answer of the owner that is not 2xx (a missing object
costs one more exchange, never a wrong answer). A 403 from a target turns direct reads off.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import Literal

import httpx

from aistore._core import routing
from aistore._core.transport import AISTransport, discard

ROUTE = "ais_route"
"""Request extension set by the request loop: the object's uname (`routing.bucket_uname`)."""
SMAP_MAX_AGE = 2.0
SMAP_RETRY_INTERVAL = 1.0
"""After a failed or refused map read, seconds before trying again (reads use the proxy)."""
_READS = frozenset({"GET", "HEAD"})

OwnerVerdict = Literal["use", "proxy", "forget", "disable"]


def after_owner_answer(status: int | None) -> OwnerVerdict:
    """What the owner's answer to a direct read means (None: no answer, a transport failure).

    "use" it; else ask the proxy, and first: "forget" the cluster map (it may be stale), or
    "disable" direct reads (403: targets want the proxy's signature or a token); a 404 keeps
    the map (a missing object says nothing about the map). Shared by the sync and async shells.
    """
    if status is None:
        return "forget"
    if 200 <= status < 300:
        return "use"
    if status == 403:
        return "disable"
    return "proxy" if status == 404 else "forget"


class DirectReads(httpx.BaseTransport):
    """Sends marked object reads to their HRW owner; everything else through `AISTransport`."""

    def __init__(
        self, inner: httpx.BaseTransport, smap_request: Callable[[], httpx.Request]
    ) -> None:
        self._inner = inner
        self._via_proxy = AISTransport(inner)
        self._smap_request = smap_request
        self._smap: routing.SmapView | None = None
        self._smap_at = -SMAP_MAX_AGE
        self._tried_at = -SMAP_RETRY_INTERVAL
        self._lock = threading.Lock()
        self._enabled = True

    @property
    def enabled(self) -> bool:
        return self._enabled

    def owner_url(
        self, uname: bytes, timeouts: Mapping[str, float | None], authorized: bool = False
    ) -> str | None:
        """The base URL of the target to read `uname` from directly; None: ask the proxy.

        One decision for both paths (this transport and the object hot path, `_core.lane`).
        """
        if not self._enabled or authorized:
            return None
        smap = self._fresh_smap(timeouts)
        owner = routing.owner(smap, uname) if smap is not None else None
        if owner is None or not owner.direct_url:
            return None
        return owner.direct_url

    def direct_failed(self, status: int | None) -> None:
        """A direct read was not answered 2xx (`status`; None: a transport error); the caller
        then asks the proxy. A 403 means targets want the proxy's signature or a token."""
        verdict = after_owner_answer(status)
        if verdict == "disable":
            self._enabled = False
        elif verdict == "forget":
            self._forget_smap()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        uname = request.extensions.get(ROUTE)
        if uname is None or request.method not in _READS:
            return self._via_proxy.handle_request(request)
        timeouts = request.extensions.get("timeout") or {}
        owner_url = self.owner_url(uname, timeouts, "authorization" in request.headers)
        if owner_url is None:
            return self._via_proxy.handle_request(request)
        direct = _to_owner(request, owner_url)
        try:
            response = self._inner.handle_request(direct)
        except httpx.TransportError:
            self.direct_failed(None)
            return self._via_proxy.handle_request(request)
        verdict = after_owner_answer(response.status_code)
        if verdict == "use":
            return response
        discard(response)
        self.direct_failed(response.status_code)
        return self._via_proxy.handle_request(request)

    def _fresh_smap(self, timeouts: Mapping[str, float | None]) -> routing.SmapView | None:
        now = time.monotonic()
        if now - self._smap_at < SMAP_MAX_AGE:
            return self._smap
        with self._lock:
            if time.monotonic() - self._smap_at < SMAP_MAX_AGE:
                return self._smap
            if now - self._tried_at < SMAP_RETRY_INTERVAL:
                return None
            self._tried_at = now
            self._smap = self._read_smap(timeouts)
            if self._smap is not None:
                self._smap_at = time.monotonic()
            return self._smap

    def _read_smap(self, timeouts: Mapping[str, float | None]) -> routing.SmapView | None:
        smap_request = self._smap_request()
        smap_request.extensions = {"timeout": dict(timeouts)} if timeouts else {}
        try:
            response = self._inner.handle_request(smap_request)
            try:
                body = response.read() if response.status_code == 200 else b""
            finally:
                response.close()
            if not body:
                return None
            return routing.SmapView.from_smap(json.loads(body))
        except (httpx.HTTPError, ValueError, TypeError, AttributeError):
            return None

    def _forget_smap(self) -> None:
        self._smap_at = -SMAP_MAX_AGE

    def close(self) -> None:
        self._inner.close()


def _to_owner(request: httpx.Request, owner_url: str) -> httpx.Request:
    url = httpx.URL(owner_url).copy_with(raw_path=request.url.raw_path)
    headers = request.headers.copy()
    headers["Host"] = url.netloc.decode("ascii")
    return httpx.Request(
        request.method, url, headers=headers, stream=request.stream, extensions=request.extensions
    )
