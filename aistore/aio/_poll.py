"""`apoll_until`: the awaiting shell of `aistore.sdk._poll.poll_until` (same numbers)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aistore.sdk._poll import FIRST_SLEEP, MAX_SLEEP
from aistore.sdk.errors import Timeout

T = TypeVar("T")


async def apoll_until(
    check: Callable[[], Awaitable[T | None]],
    *,
    timeout: float,
    action: str,
    on_wait: Callable[[], None] | None = None,
    timeout_message: Callable[[], str] | None = None,
) -> T:
    """Await `check` until it gives something other than None; 0.05 s doubling to 1 s between.

    Raises:
        aistore.sdk.errors.Timeout: `timeout` seconds passed without a result.
    """
    deadline = time.monotonic() + timeout
    sleep = FIRST_SLEEP
    while True:
        result = await check()
        if result is not None:
            return result
        left = deadline - time.monotonic()
        if left <= 0:
            raise Timeout(action, timeout_message() if timeout_message else "")
        if on_wait is not None:
            on_wait()
        await asyncio.sleep(min(sleep, left))
        sleep = min(sleep * 2, MAX_SLEEP)
