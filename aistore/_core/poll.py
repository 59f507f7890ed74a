"""Sans-I/O polling: one `Backoff` (how long between checks) and one `Deadline` (until when).

Every wait of the SDK (jobs, dsort, bucket summaries, a job status the cluster is not ready to
give) is a loop of "check; if not done, wait; give up at the deadline". The loop is the shell's
(`aistore.sdk._poll.poll_until`; an async one awaits `check` and `asyncio.sleep`)::

    deadline = Deadline.after(timeout, clock())
    waits = backoff.waits()
    while True:
        result = check()                     # always at least once, and once at the deadline
        if result is not None: return result
        wait = deadline.next_wait(next(waits), clock())
        if wait is None: raise Timeout(...)
        sleep(wait)

Numbers: `aistore._core.config` (`POLL_BACKOFF`, `SUMMARY_POLL_BACKOFF`, the timeouts).
No clock and no sleep here: both are the caller's (`poll`, the loop as an operation plan, asks
its driver for them).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from aistore._core.errors import Timeout
from aistore._core.plan import CLOCK, Plan, Sleep

T = TypeVar("T")


@dataclass(frozen=True)
class Backoff:
    """Waits `first`, then each `factor` times the last, never more than `cap` seconds."""

    first: float
    factor: float
    cap: float

    def __post_init__(self) -> None:
        if not (0 < self.first <= self.cap) or self.factor < 1:
            raise ValueError(f"backoff needs 0 < first <= cap and factor >= 1: {self!r}")

    def waits(self) -> Iterator[float]:
        """The endless sequence of waits."""
        wait = self.first
        while True:
            yield wait
            wait = min(wait * self.factor, self.cap)


@dataclass(frozen=True)
class Deadline:
    """The moment (on the caller's clock) after which a poll gives up; `math.inf`: never."""

    at: float

    @classmethod
    def after(cls, timeout: float | None, now: float) -> Deadline:
        """`timeout` seconds from `now` (None: no deadline)."""
        return cls(math.inf if timeout is None else now + timeout)

    def left(self, now: float) -> float:
        return self.at - now

    def next_wait(self, wait: float, now: float) -> float | None:
        """How long to wait before the next check: `wait`, cut to the time left so that the last
        check happens at the deadline; None when the deadline has passed."""
        left = self.at - now
        if left <= 0:
            return None
        return min(wait, left)


def poll(
    check: Callable[[], Plan[T | None]],
    *,
    timeout: float | None,
    action: str,
    on_wait: Callable[[], None] | None = None,
    timeout_message: Callable[[], str] | None = None,
    backoff: Backoff | None = None,
) -> Plan[T]:
    """The loop above as a plan (`aistore._core.plan`): `check` is a plan too, run at least
    once and once more at the deadline; the clock and the sleeping are the driver's.

    Raises:
        aistore.sdk.errors.Timeout: `timeout` seconds passed without a result.
    """
    from aistore._core.config import POLL_BACKOFF  # config imports this module

    deadline = Deadline.after(timeout, (yield CLOCK))
    waits = (backoff or POLL_BACKOFF).waits()
    while True:
        result = yield from check()
        if result is not None:
            return result
        wait = deadline.next_wait(next(waits), (yield CLOCK))
        if wait is None:
            raise Timeout(action, timeout_message() if timeout_message else "")
        if on_wait is not None:
            on_wait()
        yield Sleep(wait)
