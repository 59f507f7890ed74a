"""When to retry a request and how long to wait first (pure: clock and randomness injected).

A ``RetryPolicy`` is built once per client, from the ``urllib3.util.Retry`` the user passed
(the reference SDK's parameter type) or from our defaults (``aistore._core.config``); each request
gets a fresh ``RetryState`` from ``policy.new_state()`` and asks it after every failure::

    state = policy.new_state()
    while True:
        try:
            response = send()
        except httpx.ConnectError:
            wait = state.decide(method, idempotent, error_kind="connect")
            ...
        if response.status_code >= 400:
            wait = state.decide(method, idempotent, status=response.status_code,
                                retry_after=response.headers.get("Retry-After"))
        if wait is None: give up (raise the mapped error); else sleep(wait) and resend.

Rules (urllib3's, plus one of ours):

* ``connect`` failures (the request never reached the server) may be retried for any method.
* ``read`` / ``other`` failures and status retries need ``idempotent=True`` **and** the method in
  ``allowed_methods`` (None/empty = any method). The caller decides ``idempotent``: GET/HEAD/DELETE,
  PUT with a rewindable body, POST only when the spec marks the action idempotent.
  AIS has no idempotency key, so a non-idempotent request is never resent once it may have
  reached the server.
* A status is retried when it is in ``status_forcelist``, or when it is 413/429/503 with a
  ``Retry-After`` header and ``respect_retry_after_header`` is on.
* Counters: each retry spends one of ``total`` and one of the kind's own counter (``connect``,
  ``read``, ``other``, ``status``); None = unlimited for that counter, False = never retry that
  kind; any counter below zero = give up.

Wait time: ``Retry-After`` when honoured (seconds or HTTP date, capped at ``retry_after_max``),
else urllib3's exponential backoff: 0 for the first retry, then
``backoff_factor * 2 ** (n - 1)`` for the n-th consecutive failure, plus
``random() * backoff_jitter``, capped at ``backoff_max``. With ``full_jitter=True`` (our default
policy, not a user-given Retry) the wait is ``random() * that`` instead (AWS "full jitter"), which
spreads the retries of many threads/processes hitting the same sick node.

Sleeping is the request loop's (``aistore._core.sender``; an async loop awaits instead): this
module only says how long. The clock (for ``Retry-After`` dates) and randomness are injected.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from urllib3.util.retry import Retry

ErrorKind = Literal["connect", "read", "other"]

RETRY_AFTER_STATUS_CODES: frozenset[int] = frozenset({413, 429, 503})
DEFAULT_RETRY_AFTER_MAX = 21600.0  # urllib3's default cap on Retry-After (6 hours)

_DIGITS = re.compile(r"^\s*[0-9]+\s*$")

Count = int | bool | None


@dataclass(frozen=True)
class RetryPolicy:
    """Retry settings; the field meanings are urllib3 ``Retry``'s."""

    total: Count = 6
    connect: Count = 3
    read: Count = None
    status: Count = None
    other: Count = None
    allowed_methods: frozenset[str] | None = None
    status_forcelist: frozenset[int] = frozenset()
    backoff_factor: float = 1.0
    backoff_max: float = 120.0
    backoff_jitter: float = 0.0
    respect_retry_after_header: bool = True
    retry_after_max: float = DEFAULT_RETRY_AFTER_MAX
    raise_on_status: bool = True
    full_jitter: bool = False
    clock: Callable[[], float] = field(default=time.time, compare=False, repr=False)
    rand: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    @classmethod
    def from_urllib3(
        cls,
        retry: Retry,
        *,
        clock: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
    ) -> RetryPolicy:
        """Take every setting that applies to one request from a urllib3 ``Retry``.

        ``redirect``/``raise_on_redirect``/``remove_headers_on_redirect`` are the transport's
        business (AIS redirects are followed there, not counted as retries).
        """
        methods = retry.allowed_methods
        return cls(
            total=retry.total,
            connect=retry.connect,
            read=retry.read,
            status=retry.status,
            other=retry.other,
            allowed_methods=frozenset(m.upper() for m in methods) if methods else None,
            status_forcelist=frozenset(retry.status_forcelist or ()),
            backoff_factor=float(retry.backoff_factor),
            backoff_max=float(retry.backoff_max),
            backoff_jitter=float(getattr(retry, "backoff_jitter", 0.0)),
            respect_retry_after_header=bool(retry.respect_retry_after_header),
            retry_after_max=float(getattr(retry, "retry_after_max", DEFAULT_RETRY_AFTER_MAX)),
            raise_on_status=bool(retry.raise_on_status),
            full_jitter=False,
            clock=clock,
            rand=rand,
        )

    def new_state(self) -> RetryState:
        """Fresh counters for one request."""
        return RetryState(self)


def parse_retry_after(value: str, now: float, cap: float = DEFAULT_RETRY_AFTER_MAX) -> float | None:
    """Seconds to wait for a ``Retry-After`` value (delta seconds or HTTP date); None if bad."""
    if _DIGITS.match(value):
        seconds = float(int(value))
    else:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        seconds = email.utils.mktime_tz(parsed) - now
    return min(max(seconds, 0.0), cap)


class RetryState:
    """Counters of one request; ask ``decide`` after each failed attempt."""

    __slots__ = ("_policy", "attempts", "connect", "history", "other", "read", "status", "total")

    def __init__(self, policy: RetryPolicy) -> None:
        self._policy = policy
        self.total: Count = policy.total
        self.connect: Count = policy.connect
        self.read: Count = policy.read
        self.status: Count = policy.status
        self.other: Count = policy.other
        self.attempts = 0
        """Retries granted so far."""
        self.history: list[str] = []
        """One entry per granted retry: "connect", "read", "other" or "status:<code>"."""

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    def is_retryable_status(self, method: str, status: int, has_retry_after: bool) -> bool:
        """Whether ``status`` is one the policy retries for ``method`` (counters aside)."""
        p = self._policy
        if p.total is False or not self._method_allowed(method):
            return False
        if status in p.status_forcelist:
            return True
        return (
            p.respect_retry_after_header and has_retry_after and status in RETRY_AFTER_STATUS_CODES
        )

    def decide(
        self,
        method: str,
        idempotent: bool,
        *,
        error_kind: ErrorKind | None = None,
        status: int | None = None,
        retry_after: str | None = None,
    ) -> float | None:
        """Seconds to wait before retrying, or None to give up.

        Give ``error_kind`` for a failure without a response, else the response ``status``
        (and its ``Retry-After`` header, if any).
        """
        p = self._policy
        if p.total is False:
            return None
        if error_kind is not None:
            if error_kind != "connect" and not (idempotent and self._method_allowed(method)):
                return None
            if not self._spend(error_kind):
                return None
            wait = self._backoff()
            label: str = error_kind
        elif status is not None:
            if not idempotent or not self.is_retryable_status(
                method, status, retry_after is not None
            ):
                return None
            if not self._spend("status"):
                return None
            wait = self._backoff()
            if p.respect_retry_after_header and retry_after is not None:
                honoured = parse_retry_after(retry_after, p.clock(), p.retry_after_max)
                if honoured is not None:
                    wait = honoured
            label = f"status:{status}"
        else:
            return None
        self.attempts += 1
        self.history.append(label)
        return wait

    def _method_allowed(self, method: str) -> bool:
        allowed = self._policy.allowed_methods
        return not allowed or method.upper() in allowed

    def _spend(self, kind: Literal["connect", "read", "other", "status"]) -> bool:
        own: Count = getattr(self, kind)
        if own is False:
            return False
        total = self.total
        if total is not None and total is not True:
            total -= 1
            if total < 0:
                return False
        if own is not None and own is not True:
            own -= 1
            if own < 0:
                return False
        self.total = total
        setattr(self, kind, own)
        return True

    def _backoff(self) -> float:
        """Wait before the retry being granted now (``self.attempts`` retries came before it)."""
        p = self._policy
        consecutive = self.attempts + 1
        if consecutive <= 1:
            return 0.0
        value = p.backoff_factor * float(1 << (consecutive - 1))
        if p.backoff_jitter:
            value += p.rand() * p.backoff_jitter
        value = max(0.0, min(p.backoff_max, value))
        if p.full_jitter:
            value *= p.rand()
        return value


def policy_for(
    retry: Retry | None,
    *,
    default: RetryPolicy,
) -> RetryPolicy:
    """The policy for a client: from the user's ``Retry`` if given, else ``default``."""
    if retry is None:
        return default
    return RetryPolicy.from_urllib3(
        retry,
        clock=default.clock,
        rand=default.rand,
    )
