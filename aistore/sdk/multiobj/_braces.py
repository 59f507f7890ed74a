"""Bash-style brace expansion of object-name templates (a private leaf).

Supports what the reference SDK's templates use: numeric sequences with optional step and
zero padding (``shard-{0001..0100..2}.tar``), letter sequences (``{a..e}``), comma lists
(``{train,test}``), several groups in one template (expanded left to right, the leftmost
varying slowest) and nesting (``{a,b{1..2}}``). Braces that form no valid group are literal,
as in bash; unbalanced braces raise `UnbalancedBracesError` when iterated, like the
reference's `braceexpand`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

_INT_SEQ = re.compile(r"([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?")
_CHR_SEQ = re.compile(r"([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?")


class UnbalancedBracesError(ValueError):
    """A template has a `{` without its `}` or a `}` without its `{`."""


def check_balanced(template: str) -> None:
    """UnbalancedBracesError unless every `{` has its `}` (backslash-escaped braces excepted)."""
    depth = 0
    escaped = False
    for ch in template:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                break
    if depth != 0:
        raise UnbalancedBracesError(f"Unbalanced braces: {template!r}")


def expand_braces(template: str) -> Iterator[str]:
    """Yield the names a template expands to, in bash order (lazily).

    Raises:
        UnbalancedBracesError: on the first item, if the braces are unbalanced.
    """
    check_balanced(template)
    yield from _expand(template)


def _expand(template: str) -> Iterator[str]:
    found = _first_group(template)
    if found is None:
        yield template
        return
    start, end, items = found
    head, tail = template[:start], template[end + 1 :]
    for item in items:
        for item_name in _expand(item):
            for tail_name in _expand(tail):
                yield head + item_name + tail_name


def _first_group(text: str) -> tuple[int, int, Iterable[str]] | None:
    """The first valid brace group: (index of '{', index of its '}', its items)."""
    pos = 0
    while True:
        start = text.find("{", pos)
        if start < 0:
            return None
        end, commas = _match(text, start)
        if end < 0:
            pos = start + 1  # unbalanced: a literal '{'
            continue
        body = text[start + 1 : end]
        if commas:
            bounds = [start, *commas, end]
            return start, end, [text[a + 1 : b] for a, b in pairwise(bounds)]
        items = _sequence(body)
        if items is not None:
            return start, end, items
        pos = start + 1


def _match(text: str, start: int) -> tuple[int, list[int]]:
    """Index of the brace closing `text[start]` (-1 if none) and the top-level commas inside."""
    depth = 0
    commas: list[int] = []
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i, commas
        elif ch == "," and depth == 1:
            commas.append(i)
    return -1, commas


def _sequence(body: str) -> Iterable[str] | None:
    """`1..10`, `01..10..3`, `a..e`: the items, or None if `body` is no sequence."""
    m = _INT_SEQ.fullmatch(body)
    if m:
        first, last = int(m.group(1)), int(m.group(2))
        step = abs(int(m.group(3))) if m.group(3) else 1
        step = step or 1
        width = 0
        if any(_zero_padded(s) for s in (m.group(1), m.group(2))):
            width = max(len(m.group(1)), len(m.group(2)))
        values = _steps(first, last, step)
        return (_pad(v, width) for v in values)
    m = _CHR_SEQ.fullmatch(body)
    if m:
        step = abs(int(m.group(3))) if m.group(3) else 1
        return (chr(c) for c in _steps(ord(m.group(1)), ord(m.group(2)), step or 1))
    return None


def _steps(first: int, last: int, step: int) -> range:
    return range(first, last + 1, step) if first <= last else range(first, last - 1, -step)


def _zero_padded(number: str) -> bool:
    digits = number.lstrip("+-")
    return len(digits) > 1 and digits.startswith("0")


def _pad(value: int, width: int) -> str:
    if value < 0:
        return "-" + str(-value).zfill(width - 1)
    return str(value).zfill(width)
