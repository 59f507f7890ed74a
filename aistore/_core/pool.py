"""Keep-alive connections of one client: a total cap, idle expiry, pool wait, one pool per process.

* **Total cap** (`max_connections`): open connections (in use + idle, every node together)
  never exceed it. At the cap, an idle connection to another node is closed to make room;
  otherwise the caller waits for one to come back, up to the request's `pool` timeout
  (`httpx.PoolTimeout` after that; None waits as long as it takes).
* **Idle expiry** (`keepalive_expiry`): an idle connection older than this is closed instead of
  reused. It must stay below the server's own idle timeout (AIS v1.5.0 closes idle connections
  after 30 s, `cmn.DfltMaxIdleTimeout`), so that a reused connection is never one the server is
  closing at that very moment (a dead reuse costs a failed request or a resend).
* **Per process**: after `os.fork()` the child starts with an empty pool and its own lock; the
  parent's sockets are closed in the child only (closing a descriptor copy sends nothing), so
  parent and child never share a connection. A lock some parent thread held at fork time would
  otherwise stay locked in the child forever.
"""

from __future__ import annotations

import http.client
import select
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from aistore._core import forksafe

Origin = tuple[str, str, int]
Connect = Callable[[Origin, "float | None"], http.client.HTTPConnection]

_SLOT: Any = object()
"""`_take`'s answer for "no idle connection, but a slot is reserved: connect a new one"."""


class ConnectionPool:
    """Idle lists per origin (scheme, host, port) under one cap; thread-safe."""

    def __init__(
        self,
        connect: Connect,
        *,
        max_connections: int | None,
        max_idle_per_origin: int,
        keepalive_expiry: float | None,
    ) -> None:
        if max_connections is not None and max_connections < 1:
            raise ValueError(f"max_connections must be at least 1 (or None), got {max_connections}")
        self._connect = connect
        self._max = max_connections
        self._max_idle = max_idle_per_origin
        self._expiry = keepalive_expiry
        self._closed = False
        self._fresh_state()
        forksafe.register(self)

    def _fresh_state(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        # newest last: reuse takes the most recently used (least likely to be expiring)
        self._idle: dict[Origin, list[tuple[http.client.HTTPConnection, float]]] = {}
        self._open = 0
        # ids of this process's checked-out connections (a parent's never come back here)
        self._out: set[int] = set()

    @property
    def open_connections(self) -> int:
        """Connections open now (in use and idle)."""
        return self._open

    def checkout(
        self, origin: Origin, timeouts: Mapping[str, float | None]
    ) -> tuple[http.client.HTTPConnection, bool]:
        """A connection to `origin`, and whether it was kept alive from an earlier request.

        Give it back with `checkin`, whatever happened on it.
        """
        pool_timeout = timeouts.get("pool")
        deadline = None if pool_timeout is None else time.monotonic() + pool_timeout
        while True:
            conn, stale = self._take(origin, deadline)
            # a slot is given back only once its socket is closed: the kernel never sees
            # more than the cap, not even for a moment
            self._close(stale)
            if conn is _SLOT:
                break
            if conn is None:
                continue  # made room by closing an idle connection: try again
            sock = conn.sock
            # readable while idle = the server closed it (or sent junk): not reusable; the
            # check is a syscall, so it runs outside the lock
            if sock is not None and not select.select([sock], [], [], 0)[0]:
                return conn, True
            self._forget(conn)
        try:
            new = self._connect(origin, timeouts.get("connect"))
        except BaseException:
            self._free(1)  # the slot reserved for it
            raise
        with self._cond:
            self._out.add(id(new))
        return new, False

    def _take(
        self, origin: Origin, deadline: float | None
    ) -> tuple[http.client.HTTPConnection | None, list[http.client.HTTPConnection]]:
        """(an idle connection to `origin` | `_SLOT`: a slot reserved for a new one | None: try
        again), and the expired or evicted connections the caller must close."""
        stale: list[http.client.HTTPConnection] = []
        with self._cond:
            while True:
                idle = self._idle.get(origin)
                stale += self._expired(idle)
                if idle:
                    conn, _ = idle.pop()
                    self._out.add(id(conn))
                    return conn, stale
                if self._max is None or self._open < self._max:
                    self._open += 1
                    return _SLOT, stale
                if stale:
                    return None, stale
                victim = self._oldest_idle()
                if victim is not None:
                    return None, [victim]
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise httpx.PoolTimeout(
                        f"no connection free within the pool timeout: all {self._max} "
                        "(max_connections) are in use"
                    )
                self._cond.wait(remaining)

    def _expired(
        self, idle: list[tuple[http.client.HTTPConnection, float]] | None
    ) -> list[http.client.HTTPConnection]:
        """Remove (lock held) and return the connections idle longer than the expiry."""
        if not idle or self._expiry is None:
            return []
        horizon = time.monotonic() - self._expiry
        count = 0
        while count < len(idle) and idle[count][1] < horizon:
            count += 1
        gone = [conn for conn, _ in idle[:count]]
        del idle[:count]
        return gone

    def _oldest_idle(self) -> http.client.HTTPConnection | None:
        """Remove (lock held) the longest-idle connection of any origin."""
        oldest: list[tuple[http.client.HTTPConnection, float]] | None = None
        for idle in self._idle.values():
            if idle and (oldest is None or idle[0][1] < oldest[0][1]):
                oldest = idle
        return oldest.pop(0)[0] if oldest else None

    def checkin(self, origin: Origin, conn: http.client.HTTPConnection, reusable: bool) -> None:
        """Return a connection from `checkout`: kept idle when `reusable`, else closed."""
        stale: list[http.client.HTTPConnection] = []
        with self._cond:
            if id(conn) not in self._out:
                conn.close()  # not ours (taken out before a fork): counted nowhere
                return
            self._out.discard(id(conn))
            idle = self._idle.setdefault(origin, [])
            stale = self._expired(idle)
            if reusable and not self._closed and len(idle) < self._max_idle:
                idle.append((conn, time.monotonic()))
                self._cond.notify()
            else:
                stale.append(conn)
        self._close(stale)

    def _forget(self, conn: http.client.HTTPConnection) -> None:
        """Close a checked-out connection found dead before use."""
        with self._cond:
            self._out.discard(id(conn))
        self._close([conn])

    def _close(self, conns: list[http.client.HTTPConnection]) -> None:
        """Close connections taken out of the lists, then free their slots."""
        if not conns:
            return
        for conn in conns:
            conn.close()
        self._free(len(conns))

    def _free(self, slots: int) -> None:
        with self._cond:
            self._open -= slots
            self._cond.notify(slots)

    def close(self) -> None:
        """Close the idle connections; those in use close when given back."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, {}
        self._close([conn for entries in idle.values() for conn, _ in entries])

    def _after_fork_in_child(self) -> None:
        idle = self._idle
        self._fresh_state()
        for conns in idle.values():
            for conn, _ in conns:
                conn.close()  # the child's copy of the descriptor only
