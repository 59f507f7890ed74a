"""Where an async request goes: the owner for reads, the proxy's redirects for the rest.

The awaiting shell of `aistore._core.transport.AISTransport` and `aistore._core.direct_reads
.DirectReads`; the decisions are the same sans-I/O ones (`aistore._core.redirect`: probes,
`Location` quoting, the hop limit; `aistore._core.smap_cache.SmapCache`: the map's age limits,
the owner, what an owner's answer means):

* a request with a body is first sent without it (a probe) to learn the owning target from the
  proxy's redirect, then the body goes once, straight to the target;
* bodiless requests follow 301/307 keeping method and headers;
* object reads marked with a placement name go straight to the HRW owner from a cluster map
  at most `SMAP_MAX_AGE` old; any doubt goes through the proxy.

One `Pool` per origin (the proxy and each target), each capped at `limit` connections.

A forked child starts with no pools (`aistore._core.forksafe`): the parent's connections
belong to the parent's event loop and are never used, closed or unregistered in the child (their
objects are kept aside, so that not even their finalizers touch the shared sockets).
"""

from __future__ import annotations

import asyncio
import functools
import json
import ssl
import time
from urllib.parse import urlsplit

import httpx
from aistore_raw.ais.api.node import get_daemon_info

from aistore._core import forksafe, routing
from aistore._core.async_wire import Body, Origin, Pool, Response
from aistore._core.redirect import (
    MAX_REDIRECTS,
    REDIRECT_CODES,
    RedirectProbeError,
    quote_location,
)
from aistore._core.smap_cache import SmapCache

Timeouts = dict[str, float | None]

_PARENTS_CONNECTIONS: list[object] = []
"""Transports this process must not use nor finalize: a forked child's copies of its parent's,
and those of a closed event loop (their descriptors are closed)."""
Headers = list[tuple[str, str]]


@functools.lru_cache(maxsize=256)
def split_url(url: str) -> tuple[Origin, str]:
    """(origin, path?query) of an absolute URL."""
    parts = urlsplit(url)
    scheme = parts.scheme or "http"
    port = parts.port or (443 if scheme == "https" else 80)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return (scheme, parts.hostname or "localhost", port), target


class Session:
    """Pools per origin, redirects and direct reads for one cluster endpoint."""

    def __init__(
        self,
        endpoint: str,
        *,
        ssl_context: ssl.SSLContext | None,
        limit: int,
        direct_reads: bool,
    ) -> None:
        self.origin, base = split_url(endpoint)
        self.base_path = base.rstrip("/")
        self._ssl = ssl_context
        self._limit = limit
        self._pools: dict[Origin, Pool] = {}
        self._cache = SmapCache()
        self._cache.enabled = direct_reads
        self._smap_lock = asyncio.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        forksafe.register(self)

    def _after_fork_in_child(self) -> None:
        for pool in self._pools.values():
            # a response of the parent dropped in the child must not abort the transport (it
            # would unregister the socket from the epoll set the child shares with the parent)
            _PARENTS_CONNECTIONS.extend(pool.detach_all())
        _PARENTS_CONNECTIONS.append(self._pools)
        self._pools = {}
        self._smap_lock = asyncio.Lock()
        self._loop = None

    @property
    def direct_reads(self) -> bool:
        return self._cache.enabled

    def _on_new_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Connections belong to the loop they were made on: a client used from another loop
        (a second `asyncio.run`, fsspec's loop of a forked child) starts with new pools."""
        old, self._loop = self._loop, loop
        self._smap_lock = asyncio.Lock()
        if old is None or not self._pools:
            return
        pools, self._pools = self._pools, {}
        for pool in pools.values():
            if old.is_closed():  # their loop cannot close them any more
                _PARENTS_CONNECTIONS.extend(pool.detach_all())
            elif old.is_running():  # in another thread: that loop closes them
                old.call_soon_threadsafe(pool.close)
            else:
                pool.close()

    def pool(self, origin: Origin) -> Pool:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._on_new_loop(loop)
        pool = self._pools.get(origin)
        if pool is None:
            pool = self._pools[origin] = Pool(origin, self._limit, self._ssl)
        return pool

    @property
    def pools(self) -> dict[Origin, Pool]:
        return self._pools

    async def send(
        self,
        method: str,
        target: str,
        headers: Headers,
        body: Body,
        timeout: Timeouts,
        *,
        probe: bool = False,
        uname: bytes | None = None,
    ) -> Response:
        """Send to the owner (a marked read), else to the proxy following its redirects."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._on_new_loop(loop)
        target = self.base_path + target
        if uname is not None and self._cache.may_go_direct(method, True, False):
            response = await self._direct_read(method, target, headers, timeout, uname)
            if response is not None:
                return response
        origin = self.origin
        if probe and body is not None:
            answer = await self.pool(origin).request(
                method, target, headers, None, timeout, probe=True
            )
            location = answer.headers.get("Location")
            if answer.status_code not in REDIRECT_CODES or not location:
                if answer.is_success:
                    await answer.discard()
                    raise RedirectProbeError(
                        f"{method} {target}: expected a redirect to the owning target, "
                        f"the proxy answered {answer.status_code}"
                    )
                return answer  # an error from the proxy: the caller maps it
            await answer.discard()
            origin, target = self._retarget(origin, location)
        return await self._follow(method, origin, target, headers, body, timeout)

    async def _follow(
        self, method: str, origin: Origin, target: str, headers: Headers, body: Body, t: Timeouts
    ) -> Response:
        response = await self.pool(origin).request(method, target, headers, body, t)
        for _ in range(MAX_REDIRECTS):
            location = response.headers.get("Location") if response.status_code < 400 else None
            if response.status_code not in REDIRECT_CODES or not location:
                return response
            await response.discard()
            if body is not None and not isinstance(body, bytes):
                raise httpx.StreamConsumed()
            origin, target = self._retarget(origin, location)
            response = await self.pool(origin).request(method, target, headers, body, t)
        await response.discard()
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects")

    @staticmethod
    def _retarget(origin: Origin, location: str) -> tuple[Origin, str]:
        quoted = quote_location(location)
        if "://" in quoted:
            return split_url(quoted)
        return origin, quoted

    # ---- direct reads ---------------------------------------------------------------------
    async def _direct_read(
        self, method: str, target: str, headers: Headers, timeout: Timeouts, uname: bytes
    ) -> Response | None:
        if any(name.lower() == "authorization" for name, _ in headers):
            return None  # targets refuse tokens that did not come through a proxy
        owner = await self._owner(uname, timeout)
        if owner is None:
            return None
        origin, _ = split_url(owner.direct_url)
        try:
            response = await self.pool(origin).request(method, target, headers, None, timeout)
        except httpx.TransportError:
            self._cache.forget()
            return None
        if self._cache.after_owner_answer(response.status_code) == "answer":
            return response
        await response.discard()
        return None

    async def _owner(self, uname: bytes, timeout: Timeouts) -> routing.Target | None:
        cache = self._cache
        owner = cache.owner(uname, time.monotonic())
        if owner is not None or cache.fresh(time.monotonic()) is not None:
            return owner
        # a stale map: wait for the one reader (other tasks queue here and then use its map)
        async with self._smap_lock:
            if cache.should_fetch(time.monotonic()):  # another task may have read it meanwhile
                cache.tried(time.monotonic())
                smap = await self._read_smap(timeout)
                cache.store(smap, time.monotonic())
        return cache.owner(uname, time.monotonic())

    async def _read_smap(self, timeout: Timeouts) -> routing.SmapView | None:
        kwargs = get_daemon_info.request_kwargs(what="smap")
        target = f"{self.base_path}{kwargs['url']}?{httpx.QueryParams(kwargs['params'])}"
        try:
            response = await self.pool(self.origin).request("GET", target, [], None, timeout)
            body = await response.aread() if response.status_code == 200 else b""
            response.close()
            return routing.SmapView.from_smap(json.loads(body)) if body else None
        except (httpx.HTTPError, ValueError, TypeError, AttributeError):
            return None

    def close(self) -> None:
        closed = self._loop is not None and self._loop.is_closed()
        for pool in self._pools.values():
            if closed:  # a finished `asyncio.run`: its loop cannot close them any more
                _PARENTS_CONNECTIONS.extend(pool.detach_all())
            else:
                pool.close()
        self._pools.clear()
