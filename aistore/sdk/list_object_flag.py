"""Flags for listing objects; bit positions follow api/apc/lsmsg.go."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class ListObjectFlag(Enum):
    """One list-objects flag; the value is its bit position."""

    CACHED = 0
    ALL = 1
    DELETED = 2
    ARCH_DIR = 3
    NAME_ONLY = 4
    NAME_SIZE = 5
    DONT_HEAD_REMOTE = 6
    TRY_HEAD_REMOTE = 7
    DONT_ADD_REMOTE = 8
    USE_CACHE = 9
    ONLY_REMOTE_PROPS = 10

    @staticmethod
    def join_flags(flags: Iterable[ListObjectFlag]) -> int:
        """Combine flags into the integer bit set the server expects.

        A flag given twice cancels out (XOR), as in the reference SDK.
        E.g. ``[USE_CACHE, NAME_ONLY]`` -> ``2**9 + 2**4 == 528``.
        """
        result = 0
        for flag in flags:
            result ^= 1 << flag.value
        return result
