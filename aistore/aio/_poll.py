"""`apoll_until`: the awaiting shell of `aistore.sdk._poll.poll_until` (decisions and numbers:
`aistore._core.poll`, `aistore._core.config`)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aistore._core.config import POLL_BACKOFF
from aistore._core.poll import Backoff, Deadline
from aistore.sdk.errors import Timeout

T = TypeVar("T")


async def apoll_until(
    check: Callable[[], Awaitable[T | None]],
    *,
    timeout: float | None,
    action: str,
    on_wait: Callable[[], None] | None = None,
    timeout_message: Callable[[], str] | None = None,
    backoff: Backoff = POLL_BACKOFF,
) -> T:
    """Await `check` until it gives something other than None, waiting as `backoff` says.

    Raises:
        aistore.sdk.errors.Timeout: `timeout` seconds passed without a result.
    """
    deadline = Deadline.after(timeout, time.monotonic())
    waits = backoff.waits()
    while True:
        result = await check()
        if result is not None:
            return result
        wait = deadline.next_wait(next(waits), time.monotonic())
        if wait is None:
            raise Timeout(action, timeout_message() if timeout_message else "")
        if on_wait is not None:
            on_wait()
        await asyncio.sleep(wait)
