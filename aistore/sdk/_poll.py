"""Waiting helpers shared by Job and Dsort (a private leaf): bounded-backoff polling, progress."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TypeVar

from aistore.sdk.const import DEFAULT_LOG_FORMAT
from aistore.sdk.errors import Timeout

T = TypeVar("T")

# looked up at call time, so tests can replace them
_clock = time.monotonic
_sleep = time.sleep

FIRST_SLEEP = 0.05
MAX_SLEEP = 1.0


def check_timeout(timeout: object) -> float:
    """`timeout` in seconds; TypeError/ValueError (before any request) unless a number >= 0."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number of seconds, got {timeout!r}")
    if math.isnan(timeout) or timeout < 0:
        raise ValueError(f"timeout must be >= 0 seconds, got {timeout!r}")
    return float(timeout)


def progress_logger(name: str) -> logging.Logger:
    """A logger that prints to stderr (like 1.9.2's `get_logger`), unless the app configured one."""
    logger = logging.getLogger(name)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(DEFAULT_LOG_FORMAT))
        logger.addHandler(handler)
        logger.propagate = False
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return logger


def poll_until(
    check: Callable[[], T | None],
    *,
    timeout: float,
    action: str,
    on_wait: Callable[[], None] | None = None,
    timeout_message: Callable[[], str] | None = None,
    first_sleep: float = FIRST_SLEEP,
    max_sleep: float = MAX_SLEEP,
) -> T:
    """Call `check` until it returns something other than None; sleeps 0.05 s doubling to 1 s.

    `check` is always called at least once, and once more at the deadline, so a job that ends
    during the last sleep is not reported as a timeout.

    Raises:
        aistore.sdk.errors.Timeout: `timeout` seconds passed without a result.
    """
    deadline = _clock() + timeout
    sleep = first_sleep
    while True:
        result = check()
        if result is not None:
            return result
        left = deadline - _clock()
        if left <= 0:
            raise Timeout(action, timeout_message() if timeout_message else "")
        if on_wait is not None:
            on_wait()
        _sleep(min(sleep, left))
        sleep = min(sleep * 2, max_sleep)
