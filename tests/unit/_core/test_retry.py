from __future__ import annotations

import email.utils

import pytest
from urllib3.exceptions import MaxRetryError, NewConnectionError, ProtocolError
from urllib3.util.retry import Retry

from aistore._core.config import default_retry_policy
from aistore._core.retry import DEFAULT_RETRY_AFTER_MAX, RetryPolicy, parse_retry_after


def policy(retry: Retry, **kw: object) -> RetryPolicy:
    return RetryPolicy.from_urllib3(retry, rand=lambda: 0.5, **kw)  # type: ignore[arg-type]


def test_connect_retries_follow_urllib3_counts_and_backoff() -> None:
    state = policy(Retry(total=6, connect=3, backoff_factor=1)).new_state()
    waits = [state.decide("GET", True, error_kind="connect") for _ in range(4)]
    assert waits == [0.0, 2.0, 4.0, None]


def test_backoff_sequence_equals_urllib3_own_computation() -> None:
    retry = Retry(total=5, backoff_factor=0.3, backoff_max=2.0)
    state = policy(retry).new_state()
    expected = []
    r = retry
    for _ in range(5):
        r = r.increment(method="GET", error=ProtocolError("x"))
        expected.append(r.get_backoff_time())
    got = [state.decide("GET", True, error_kind="read") for _ in range(5)]
    assert got == pytest.approx(expected)
    with pytest.raises(MaxRetryError):
        r.increment(method="GET", error=ProtocolError("x"))
    assert state.decide("GET", True, error_kind="read") is None


def test_connect_error_retried_even_when_not_idempotent() -> None:
    state = policy(Retry(total=3, connect=3)).new_state()
    assert state.decide("POST", False, error_kind="connect") == 0.0
    # urllib3 agrees: connect errors do not look at the method
    Retry(total=3, connect=3).increment(method="POST", error=NewConnectionError(None, "x"))  # type: ignore[arg-type]


def test_read_error_never_retried_for_non_idempotent_request() -> None:
    state = policy(Retry(total=3)).new_state()
    assert state.decide("PUT", False, error_kind="read") is None
    assert state.decide("GET", False, error_kind="read") is None
    assert state.decide("GET", True, error_kind="read") == 0.0


def test_allowed_methods_of_user_retry_are_an_upper_bound() -> None:
    state = policy(Retry(total=3)).new_state()  # default allowed methods exclude POST
    assert state.decide("POST", True, error_kind="read") is None
    free = policy(Retry(total=3, allowed_methods=None)).new_state()
    assert free.decide("post", True, error_kind="read") == 0.0


def test_default_policy_relies_on_idempotent_flag_for_post() -> None:
    state = RetryPolicy(rand=lambda: 1.0).new_state()
    assert state.decide("POST", True, error_kind="read") == 0.0
    assert state.decide("POST", False, error_kind="read") is None


def test_total_limits_all_kinds_together() -> None:
    state = policy(Retry(total=2, connect=5, read=5)).new_state()
    assert state.decide("GET", True, error_kind="connect") is not None
    assert state.decide("GET", True, error_kind="read") is not None
    assert state.decide("GET", True, error_kind="connect") is None


def test_false_disables() -> None:
    assert policy(Retry(total=False)).new_state().decide("GET", True, error_kind="connect") is None
    state = policy(Retry(total=5, read=False)).new_state()
    assert state.decide("GET", True, error_kind="read") is None
    assert state.decide("GET", True, error_kind="connect") == 0.0


def test_status_forcelist() -> None:
    state = policy(Retry(total=5, status=1, status_forcelist=[500, 503])).new_state()
    assert state.decide("GET", True, status=404) is None
    assert state.decide("GET", True, status=500) == 0.0
    assert state.decide("GET", True, status=503) is None  # status counter spent
    assert state.history == ["status:500"]


def test_status_needs_idempotent() -> None:
    state = policy(Retry(total=5, status_forcelist=[503])).new_state()
    assert state.decide("GET", False, status=503) is None


def test_retry_after_retries_429_and_503_without_forcelist_and_sets_wait() -> None:
    state = policy(Retry(total=5, backoff_factor=10)).new_state()
    assert state.decide("GET", True, status=429, retry_after="7") == 7.0
    assert state.decide("GET", True, status=503, retry_after=" 3 ") == 3.0
    assert state.decide("GET", True, status=500, retry_after="3") is None
    assert state.decide("GET", True, status=503) is None  # no header, not in forcelist


def test_retry_after_http_date_uses_injected_clock() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 12, usegmt=True)
    state = policy(Retry(total=5), clock=lambda: now).new_state()
    assert state.decide("GET", True, status=503, retry_after=date) == pytest.approx(12.0)


def test_invalid_retry_after_falls_back_to_backoff() -> None:
    bad = policy(Retry(total=5, backoff_factor=1, status_forcelist=[503])).new_state()
    assert bad.decide("GET", True, status=503, retry_after="soon") == 0.0
    assert bad.decide("GET", True, status=503, retry_after="soon") == 2.0


def test_retry_after_not_respected_uses_backoff() -> None:
    p = policy(
        Retry(total=5, backoff_factor=1, status_forcelist=[503], respect_retry_after_header=False)
    )
    s = p.new_state()
    assert s.decide("GET", True, status=503, retry_after="30") == 0.0
    assert s.decide("GET", True, status=503, retry_after="30") == 2.0


def test_parse_retry_after() -> None:
    assert parse_retry_after("5", now=0) == 5.0
    assert parse_retry_after("nonsense", now=0) is None
    assert parse_retry_after("100000", now=0, cap=60) == 60
    past = email.utils.formatdate(1000, usegmt=True)
    assert parse_retry_after(past, now=5000) == 0.0


def test_backoff_max_caps_and_full_jitter_scales() -> None:
    p = RetryPolicy(total=10, connect=10, backoff_factor=1, backoff_max=3, full_jitter=True)
    p = RetryPolicy(**{**p.__dict__, "rand": lambda: 0.5})
    s = p.new_state()
    waits = [s.decide("GET", True, error_kind="connect") for _ in range(4)]
    assert waits == [0.0, 1.0, 1.5, 1.5]


def test_default_policy_numbers_match_reference_default() -> None:
    p = default_retry_policy()
    assert (p.total, p.connect, p.backoff_factor, p.full_jitter) == (6, 3, 1.0, True)
    s = p.new_state()
    assert [s.decide("HEAD", True, error_kind="connect") for _ in range(4)][3] is None


def test_nothing_to_decide_gives_none() -> None:
    assert RetryPolicy().new_state().decide("GET", True) is None


def test_from_urllib3_takes_every_setting() -> None:
    def clock() -> float:
        return 1.0

    def rand() -> float:
        return 0.25

    retry = Retry(
        total=9,
        connect=4,
        read=3,
        status=2,
        other=1,
        allowed_methods=["get", "Put"],
        status_forcelist=[500, 502],
        backoff_factor=0.5,
        backoff_max=30,
        backoff_jitter=0.75,
        respect_retry_after_header=False,
        raise_on_status=False,
    )
    retry.retry_after_max = 99.0
    p = RetryPolicy.from_urllib3(retry, clock=clock, rand=rand)
    assert p == RetryPolicy(
        total=9,
        connect=4,
        read=3,
        status=2,
        other=1,
        allowed_methods=frozenset({"GET", "PUT"}),
        status_forcelist=frozenset({500, 502}),
        backoff_factor=0.5,
        backoff_max=30.0,
        backoff_jitter=0.75,
        respect_retry_after_header=False,
        retry_after_max=99.0,
        raise_on_status=False,
        full_jitter=False,
    )
    assert p.full_jitter is False and p.raise_on_status is False
    assert p.clock is clock and p.rand is rand
    assert RetryPolicy.from_urllib3(Retry(allowed_methods=None)).allowed_methods is None
    assert RetryPolicy.from_urllib3(Retry(status_forcelist=None)).status_forcelist == frozenset()


def test_from_urllib3_of_urllib3_1_26_without_jitter_and_retry_after_cap() -> None:
    old = Retry(total=3)
    del old.backoff_jitter  # urllib3 1.26 (allowed by the package) has neither attribute
    del old.retry_after_max
    p = RetryPolicy.from_urllib3(old)
    assert p.backoff_jitter == 0.0
    assert p.retry_after_max == DEFAULT_RETRY_AFTER_MAX


def test_a_disallowed_method_is_never_retried_on_a_status() -> None:
    state = policy(Retry(total=5, status_forcelist=[503], allowed_methods=["GET"])).new_state()
    assert state.is_retryable_status("POST", 503, has_retry_after=False) is False
    assert state.is_retryable_status("GET", 503, has_retry_after=False) is True
    off = policy(Retry(total=False, status_forcelist=[503])).new_state()
    assert off.is_retryable_status("GET", 503, has_retry_after=True) is False


def test_from_urllib3_keeps_every_counter() -> None:
    p = policy(Retry(total=9, connect=4, read=3, status=2, other=1, status_forcelist=[500]))
    assert (p.total, p.connect, p.read, p.status, p.other) == (9, 4, 3, 2, 1)
    state = p.new_state()
    assert state.decide("GET", True, error_kind="other") == 0.0
    assert state.decide("GET", True, error_kind="other") is None  # `other` spent


def test_retry_after_turned_off_does_not_make_503_retryable() -> None:
    # Without a forcelist, only an honoured Retry-After makes 413/429/503 retryable; a caller who
    # turned the header off gets the error back at once.
    off = policy(Retry(total=5, respect_retry_after_header=False)).new_state()
    assert off.decide("GET", True, status=503, retry_after="1") is None
    assert off.is_retryable_status("GET", 503, has_retry_after=True) is False
    on = policy(Retry(total=5)).new_state()
    assert on.is_retryable_status("GET", 503, has_retry_after=True) is True
    assert on.is_retryable_status("GET", 503, has_retry_after=False) is False
    assert on.is_retryable_status("GET", 502, has_retry_after=True) is False
