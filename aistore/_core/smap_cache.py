"""Sans-I/O state of direct object reads: the cached cluster map, its freshness, the owner.

Reading an object straight from the target that owns it saves the proxy hop (see
`aistore._core.direct_reads`). Whether a read may go direct, and to whom, is decided here from
a cached cluster map and the time (the clock is the caller's, in seconds, monotonic):

* a map is trusted for `SMAP_MAX_AGE` seconds (a target put into maintenance keeps answering,
  so age is the only signal of a change);
* after a failed or refused map read, the next try waits `SMAP_RETRY_INTERVAL` (reads go
  through the proxy meanwhile);
* `after_owner_answer` says what an owner's answer means: 2xx is the answer; a 404 goes to the
  proxy (the map may be right, the object may be elsewhere); 403 turns direct reads off
  (targets want the proxy's signature or a token); anything else also forgets the map.

The shells hold the lock (threads) or run in one event loop (asyncio)::

    owner = cache.owner(uname, now())
    if owner is None and cache.fresh(now()) is None:
        with lock:                                # waiters then use the one reader's map
            if cache.should_fetch(now()):
                cache.tried(now()); cache.store(read_smap(), now())  # None: the read failed
        owner = cache.owner(uname, now())
    if owner is None: return via_proxy(request)
    response = send(to_owner(request, owner.direct_url))      # on a transport error:
    verdict = cache.after_owner_answer(response.status_code)  # cache.forget(); via proxy
    return response if verdict == "answer" else (discard(response), via_proxy(request))[1]

Membership changes: when a target joins, leaves or goes into maintenance, the new owner of an
object may answer 404 until rebalance has moved the object to it (seen live: a joining target
answered 404 through the proxy too, before its rebalance started). For `PREVIOUS_MAP_GRACE`
seconds after a map with other eligible targets arrived, `previous_owner` names the owner under
the previous map, to ask once more after a 404 (it holds the object until rebalance moved it).
A map that cannot be re-read is still used (`owner(..., stale_ok=True)`: a restarting proxy
must not stop direct reads), unless an owner it named failed since (`forget`).

No lock, no clock and no socket here.
"""

from __future__ import annotations

from typing import Literal

from aistore._core import routing

SMAP_MAX_AGE = 2.0
"""Seconds a cluster map is trusted for choosing owners."""
SMAP_RETRY_INTERVAL = 1.0
"""After a failed or refused map read, seconds before trying again (the last map is kept)."""
PREVIOUS_MAP_GRACE = 300.0
"""Seconds after a change of eligible targets during which a 404 is asked of the previous
owner too (a rebalance of a large cluster takes minutes)."""
DIRECT_METHODS = frozenset({"GET", "HEAD"})

Verdict = Literal["answer", "proxy", "proxy-forget", "proxy-disable"]


class SmapCache:
    """The cluster map a client reads objects by, and whether direct reads are still on."""

    __slots__ = (
        "_changed_at",
        "_doubtful",
        "_previous",
        "_smap",
        "_smap_at",
        "_tried_at",
        "enabled",
    )

    def __init__(self) -> None:
        self._smap: routing.SmapView | None = None
        self._smap_at = float("-inf")
        self._tried_at = float("-inf")
        self._doubtful = False
        self._previous: routing.SmapView | None = None
        self._changed_at = float("-inf")
        self.enabled = True

    @property
    def version(self) -> int | None:
        """Version of the map reads are routed by (None before the first one)."""
        return self._smap.version if self._smap is not None else None

    def fresh(self, now: float) -> routing.SmapView | None:
        """The cached map if it is young enough to trust, else None."""
        return self._smap if now - self._smap_at < SMAP_MAX_AGE else None

    def should_fetch(self, now: float) -> bool:
        """Whether to read the map now: it is stale and the last try is long enough ago."""
        return self.fresh(now) is None and now - self._tried_at >= SMAP_RETRY_INTERVAL

    def tried(self, now: float) -> None:
        """A map read starts now (whatever its outcome, the next one waits)."""
        self._tried_at = now

    def store(self, smap: routing.SmapView | None, now: float) -> None:
        """Keep a map read at `now`; None (the read failed) keeps the last one as it is."""
        if smap is None:
            return
        old = self._smap
        if old is not None and old.version != smap.version and _eligible(old) != _eligible(smap):
            self._previous, self._changed_at = old, now
        self._smap, self._smap_at, self._doubtful = smap, now, False

    def forget(self) -> None:
        """Stop trusting the cached map (a target failed or gave an unexpected answer)."""
        self._smap_at = float("-inf")
        self._doubtful = True

    def may_go_direct(self, method: str, has_uname: bool, has_token: bool) -> bool:
        """Whether a request may skip the proxy at all (before looking at the map)."""
        return self.enabled and has_uname and not has_token and method in DIRECT_METHODS

    def owner(self, uname: bytes, now: float, stale_ok: bool = False) -> routing.Target | None:
        """The target to read `uname` from, if a fresh map names one with a direct URL; with
        `stale_ok` (a new map could not be read), the last map does unless it was forgotten."""
        smap = self.fresh(now)
        if smap is None and stale_ok and not self._doubtful:
            smap = self._smap
        if smap is None:
            return None
        target = routing.owner(smap, uname)
        return target if target is not None and target.direct_url else None

    def previous_owner(self, uname: bytes, now: float) -> routing.Target | None:
        """Shortly after the eligible targets changed: the owner of `uname` under the previous
        map when it differs from the current one (to ask after a 404), else None."""
        previous, smap = self._previous, self._smap
        if previous is None or smap is None or now - self._changed_at > PREVIOUS_MAP_GRACE:
            return None
        before = routing.owner(previous, uname)
        if before is None or not before.direct_url or before == routing.owner(smap, uname):
            return None
        return before

    def after_owner_answer(self, status: int | None) -> Verdict:
        """What an owner's answer with `status` means (and update the state for it); None:
        no answer at all (a transport failure: the map may be stale)."""
        if status is None:
            self.forget()
            return "proxy-forget"
        if 200 <= status < 300:
            return "answer"
        if status == 403:
            self.enabled = False
            return "proxy-disable"
        if status == 404:
            return "proxy"
        self.forget()
        return "proxy-forget"


def _eligible(smap: routing.SmapView) -> frozenset[str]:
    return frozenset(t.daemon_id for t in smap.eligible_targets)
