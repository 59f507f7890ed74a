"""The sync polling shell shared by Job, Dsort and Bucket (decisions: `aistore._core.poll`)."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TypeVar

from aistore._core.config import POLL_BACKOFF
from aistore._core.poll import Backoff, Deadline
from aistore.sdk.const import DEFAULT_LOG_FORMAT
from aistore.sdk.errors import Timeout

T = TypeVar("T")

# looked up at call time, so tests can replace them
_clock = time.monotonic
_sleep = time.sleep


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
    timeout: float | None,
    action: str,
    on_wait: Callable[[], None] | None = None,
    timeout_message: Callable[[], str] | None = None,
    backoff: Backoff = POLL_BACKOFF,
) -> T:
    """Call `check` until it returns something other than None, waiting as `backoff` says.

    `check` is always called at least once, and once more at the deadline, so a job that ends
    during the last sleep is not reported as a timeout. `timeout=None` waits without limit.

    Raises:
        aistore.sdk.errors.Timeout: `timeout` seconds passed without a result.
    """
    deadline = Deadline.after(timeout, _clock())
    waits = backoff.waits()
    while True:
        result = check()
        if result is not None:
            return result
        wait = deadline.next_wait(next(waits), _clock())
        if wait is None:
            raise Timeout(action, timeout_message() if timeout_message else "")
        if on_wait is not None:
            on_wait()
        _sleep(wait)
