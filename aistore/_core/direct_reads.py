"""DirectReads: the transport that sends object reads straight to the owning target.

A GET or HEAD of an object normally costs two exchanges: the proxy answers 301/307 with the
owner's URL, then the owner serves it. The owner can be computed on the client from the cluster
map exactly as the server does (`aistore._core.routing`, HRW over the targets), so a read can
go to the owner at once. Only reads do: a write needs the proxy's redirect, and with AuthN on,
targets refuse requests that did not come through a proxy.

Every decision (map freshness, the owner, what an owner's answer means) is
`aistore._core.smap_cache.SmapCache`'s; this shell reads the map, sends, and holds the lock that
keeps threads from reading the map at once. Any doubt goes through the proxy (`AISTransport`):
a request the request loop did not mark with `OBJECT_UNAME`, a request with `Authorization`, no
fresh map, no eligible target, or any answer of the owner that is not 2xx.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping

import httpx

from aistore._core import forksafe, routing
from aistore._core.exchange import OBJECT_UNAME
from aistore._core.smap_cache import DIRECT_METHODS, SmapCache
from aistore._core.transport import AISTransport, discard


class DirectReads(httpx.BaseTransport):
    """Sends marked object reads to their HRW owner; everything else through `AISTransport`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        smap_request: Callable[[], httpx.Request],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._inner = inner
        self._via_proxy = AISTransport(inner)
        self._smap_request = smap_request
        self._cache = SmapCache()
        self._clock = clock
        self._lock = threading.Lock()
        forksafe.register(self)

    def _after_fork_in_child(self) -> None:
        self._lock = threading.Lock()  # a parent thread may have held it while re-reading

    @property
    def enabled(self) -> bool:
        return self._cache.enabled

    @property
    def smap_version(self) -> int | None:
        """Version of the cluster map reads are routed by (None before the first one)."""
        return self._cache.version

    def previous_owner_url(self, uname: bytes, authorized: bool = False) -> str | None:
        """After a 404 shortly after the owners changed: the owner under the previous map, to
        ask once more (None: no such change lately, or the same owner)."""
        if not self._cache.may_go_direct("GET", True, authorized):
            return None
        before = self._cache.previous_owner(uname, self._clock())
        return before.direct_url if before is not None else None

    def owner_url(
        self, uname: bytes, timeouts: Mapping[str, float | None], authorized: bool = False
    ) -> str | None:
        """The base URL of the target to read `uname` from directly; None: ask the proxy.

        One decision for both sync paths (this transport and the object hot path, `_core.lane`).
        """
        if not self._cache.may_go_direct("GET", True, authorized):
            return None
        owner = self._owner(uname, timeouts)
        return owner.direct_url if owner is not None else None

    def owner_answered(self, status: int | None) -> bool:
        """Whether the owner's answer (`status`; None: a transport error) is the answer; when
        not, the caller asks the proxy (and the cache has learnt what the answer means)."""
        return self._cache.after_owner_answer(status) == "answer"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        uname = request.extensions.get(OBJECT_UNAME)
        if uname is None or request.method not in DIRECT_METHODS:
            return self._via_proxy.handle_request(request)
        timeouts = request.extensions.get("timeout") or {}
        authorized = "authorization" in request.headers
        owner_url = self.owner_url(uname, timeouts, authorized)
        if owner_url is not None:
            response = self._try_owner(request, owner_url)
            if response is not None:
                return response
        response = self._via_proxy.handle_request(request)
        if response.status_code == 404:
            earlier_url = self.previous_owner_url(uname, authorized)
            earlier = self._try_owner(request, earlier_url) if earlier_url else None
            if earlier is not None:
                discard(response)
                return earlier
        return response

    def _try_owner(self, request: httpx.Request, url: str) -> httpx.Response | None:
        """The owner's 2xx answer, or None (the proxy decides)."""
        try:
            response = self._inner.handle_request(_to_owner(request, url))
        except httpx.TransportError:
            self.owner_answered(None)
            return None
        if self.owner_answered(response.status_code):
            return response
        discard(response)
        return None

    def _owner(self, uname: bytes, timeouts: Mapping[str, float | None]) -> routing.Target | None:
        cache = self._cache
        owner = cache.owner(uname, self._clock())
        if owner is not None or cache.fresh(self._clock()) is not None:
            return owner
        # a stale map: wait for the one reader (other threads queue here and then use its map)
        with self._lock:
            if cache.should_fetch(self._clock()):  # another thread may have read it meanwhile
                cache.tried(self._clock())
                smap = self._read_smap(timeouts)
                cache.store(smap, self._clock())
        return cache.owner(uname, self._clock(), stale_ok=True)

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

    def close(self) -> None:
        self._inner.close()


def _to_owner(request: httpx.Request, owner_url: str) -> httpx.Request:
    url = httpx.URL(owner_url).copy_with(raw_path=request.url.raw_path)
    headers = request.headers.copy()
    headers["Host"] = url.netloc.decode("ascii")
    return httpx.Request(
        request.method, url, headers=headers, stream=request.stream, extensions=request.extensions
    )
