"""Input checks of `Bucket` that run before any request (private).

The bucket-name rule is the server's (cmn/bck.go `ValidateName` + cmn/cos `CheckAlphaPlus`):
non-empty, at most 64 characters of `[A-Za-z0-9_.-]`, no `..`, and no leading `.` (names with
a leading dot are reserved for the cluster's own system buckets).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from aistore.sdk.errors import AISInputError
from aistore.sdk.list_object_flag import ListObjectFlag

MAX_BUCKET_NAME_LENGTH = 64
_NAME_CHARS = re.compile(r"[A-Za-z0-9_.\-]+")


def check_bucket_name(name: Any, what: str = "bucket name") -> str:
    """Return `name` if the cluster would accept it as a bucket name, else AISInputError."""
    if not isinstance(name, str):
        raise TypeError(f"{what} must be a string, got {type(name).__name__}")
    if not name:
        raise AISInputError(f"{what} must not be empty")
    if len(name) > MAX_BUCKET_NAME_LENGTH:
        raise AISInputError(
            f"{what} {name!r} is too long: {len(name)} > {MAX_BUCKET_NAME_LENGTH} characters"
        )
    if not _NAME_CHARS.fullmatch(name):
        bad = sorted({c for c in name if not _NAME_CHARS.fullmatch(c)})
        raise AISInputError(
            f"{what} {name!r} has invalid characters {bad}: only letters, digits, '-', '_'"
            " and '.' are allowed"
        )
    if name.startswith("."):
        raise AISInputError(
            f"{what} {name!r} must not start with '.' (reserved for system buckets)"
        )
    if ".." in name:
        raise AISInputError(f"{what} {name!r} must not contain '..'")
    return name


def join_list_flags(flags: Iterable[ListObjectFlag] | None) -> str:
    """The list-objects flag bit set as the decimal string `LsoMsg.flags` expects.

    Raises TypeError naming the first element that is not a `ListObjectFlag`.
    """
    if flags is None:
        return "0"
    if isinstance(flags, ListObjectFlag):
        # a lone flag is a common slip; accept it rather than iterate an enum member
        flags = [flags]
    if isinstance(flags, str | bytes) or not isinstance(flags, Iterable):
        raise TypeError(f"flags must be a list of ListObjectFlag members, got {flags!r}"[:200])
    items = list(flags)
    for item in items:
        if not isinstance(item, ListObjectFlag):
            raise TypeError(f"flags must be ListObjectFlag members, got {item!r}")
    return str(ListObjectFlag.join_flags(items))


def check_page_size(page_size: Any) -> int:
    """A non-negative int (0 means the server's default page size)."""
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TypeError(f"page_size must be an int, got {type(page_size).__name__}")
    if page_size < 0:
        raise ValueError(f"page_size must be >= 0 (0 = server default), got {page_size}")
    return page_size


def check_bool(value: Any, what: str) -> bool:
    """`value` if it is a bool (TypeError naming `what` otherwise: a flag sent as is would be a
    JSON string or number the server refuses or misreads)."""
    if not isinstance(value, bool):
        raise TypeError(f"{what} must be a bool, got {value!r}"[:200])
    return value


def check_count(value: Any, what: str) -> int | None:
    """None, or a positive int (0 also means "not given", as the callers have always read it)."""
    if value is None or (value == 0 and isinstance(value, int) and not isinstance(value, bool)):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a positive int or None, got {value!r}"[:200])
    return value


def check_str(value: Any, what: str) -> str:
    """`value` if it is a str (possibly empty); None counts as empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, got {type(value).__name__}")
    return value
