"""The suite's own lint (tests/support/suite_lint.py): every assertion can fail.

One scan of every test file (a single case: findings are listed together), and self-tests
that show each rule flags what it names and spares the honest forms next to it.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.support.suite_lint import lint_files, lint_source, test_files

pytestmark = pytest.mark.scan  # reads the suite's source: counted apart (tests/conftest.py)


def rules(source: str) -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in lint_source(textwrap.dedent(source))]


def test_the_suite_has_no_finding() -> None:
    files = test_files()
    assert len(files) > 50
    findings = lint_files(files)
    assert not findings, "\n".join(map(str, findings))


def test_raises_exception_is_flagged_with_or_without_match() -> None:
    source = """
    import pytest

    def test_a():
        with pytest.raises(Exception):
            f()
        with pytest.raises(Exception, match="boom"):
            f()
        with pytest.raises((ValueError, BaseException)):
            f()
        pytest.raises(Exception, f, 1)
        with pytest.raises(ValueError):
            f()
    """
    assert rules(source) == [
        (5, "raises-exception"),
        (7, "raises-exception"),
        (9, "raises-exception"),
        (11, "raises-exception"),
    ]


def test_bare_ais_error_needs_a_match_or_a_checked_value() -> None:
    source = """
    import pytest
    from aistore.sdk.errors import AISError, ErrBckNotFound

    def test_a():
        with pytest.raises(AISError):
            f()
        with pytest.raises(AISError) as unread:
            f()
        with pytest.raises(AISError, match="not found"):
            f()
        with pytest.raises(AISError) as info:
            f()
        assert info.value.status_code == 404
        with pytest.raises(ErrBckNotFound):
            f()
    """
    assert rules(source) == [(6, "bare-raises"), (8, "bare-raises")]


def test_assert_inside_suppress_is_flagged_at_any_depth() -> None:
    source = """
    import contextlib
    from contextlib import suppress

    def test_a():
        with contextlib.suppress(KeyError):
            assert d["k"] == 1
        with suppress(OSError):
            for x in xs:
                if x:
                    assert x > 0
        with suppress(OSError):
            cleanup()
        assert done
    """
    assert rules(source) == [(7, "assert-in-suppress"), (11, "assert-in-suppress")]


def test_clock_differences_in_asserts_are_flagged_but_deadlines_are_not() -> None:
    source = """
    import time

    def test_a():
        start = time.monotonic()
        run()
        assert time.monotonic() - start < 1
        t0 = time.time()
        elapsed = time.time() - t0
        took = elapsed * 1000
        assert took < 5
        assert time.perf_counter() - t0 > 0
        deadline = time.monotonic() + 30
        while not ready():
            assert time.monotonic() < deadline, "timed out"
        assert count - 1 == 2
    """
    assert rules(source) == [(7, "timed-assert"), (11, "timed-assert"), (12, "timed-assert")]


def test_tests_without_assertions_are_flagged() -> None:
    source = """
    import pytest

    def check(x):
        assert x

    def check_twice(x):
        check(x)
        check(x)

    def helper(x):
        return x

    def test_plain_assert():
        assert 1

    def test_raises():
        with pytest.raises(ValueError, match="v"):
            f()

    def test_fail():
        pytest.fail("x")

    def test_through_helpers():
        check_twice(1)

    def test_mock_assert(mock):
        mock.assert_called_once_with(1)

    def test_raise_assertion_error():
        if bad():
            raise AssertionError("bad")

    def test_nothing():
        helper(1)

    def test_skip_only():
        pytest.skip("placeholder")

    class TestKind:
        def _check(self):
            assert self

        def test_method(self):
            self._check()

        def test_empty_method(self):
            pass
    """
    assert rules(source) == [
        (34, "no-assert"),
        (37, "no-assert"),
        (47, "no-assert"),
    ]


def test_helpers_imported_from_tests_modules_count() -> None:
    source = """
    from tests.live.test_fs_ops import _nothing
    from tests.support.suite_lint import lint_source
    from tests.unit import test_suite_lint as own
    from tests.unit.test_suite_lint import test_the_suite_has_no_finding as scan

    def test_imported_helper_asserting_through_another_module():
        scan()

    def test_helper_of_an_imported_module():
        own.test_the_suite_has_no_finding()

    def test_imported_non_asserting_helper():
        lint_source("x = 1")
    """
    assert rules(source) == [(13, "no-assert")]
