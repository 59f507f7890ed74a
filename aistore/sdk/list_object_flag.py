"""Flags for listing objects, as bit positions of the AIS v1.5.0 server (api/apc/lsmsg.go).

The names of the reference 1.9.2 SDK are kept. Where the server has moved a flag, the value
follows the server (the wire is what counts): `DONT_HEAD_REMOTE` is bit 7 in v1.5.0 (bit 6
is now "bucket present"), and `NO_RECURSION`, `DIFF`, `NO_DIRS` are bits 11-13 (bit 10 is the
server's private `lsWantOnlyRemoteProps`). Flags the server no longer has (`TRY_HEAD_REMOTE`,
`USE_CACHE`, `ONLY_REMOTE_PROPS`) are kept as names with a negative value; `join_flags` rejects
them with a clear error instead of silently sending a bit that now means something else.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class ListObjectFlag(Enum):
    """One list-objects flag; the value is its bit position on the wire."""

    CACHED = 0
    ALL = 1  # the server's LsMissing: include objects whose main copy is missing
    DELETED = 2
    ARCH_DIR = 3
    NAME_ONLY = 4
    NAME_SIZE = 5
    BCK_PRESENT = 6
    DONT_HEAD_REMOTE = 7
    DONT_ADD_REMOTE = 8
    NOT_CACHED = 9
    # bit 10 is the server's unexported lsWantOnlyRemoteProps
    NO_RECURSION = 11
    DIFF = 12
    NO_DIRS = 13
    IS_S3 = 14  # the server's LsIsS3: the caller is the S3 compatibility layer (2.x)
    NBI = 15  # the server's LsNBI: list from a native bucket inventory (2.x; `inventory_name=`)
    MISSING = 1  # 2.x name of ALL (the server's LsMissing): an alias, the same member
    # gone from the server: kept so that code naming them fails with a clear message
    TRY_HEAD_REMOTE = -1
    USE_CACHE = -2
    ONLY_REMOTE_PROPS = -3

    @staticmethod
    def join_flags(flags: Iterable[ListObjectFlag]) -> int:
        """Combine flags into the integer bit set the server expects.

        A flag given twice cancels out (XOR), as in the reference SDK.
        E.g. ``[NO_RECURSION, NAME_ONLY]`` -> ``2**11 + 2**4 == 2064``.
        """
        result = 0
        for flag in flags:
            if not isinstance(flag, ListObjectFlag):
                raise TypeError(f"expected a ListObjectFlag, got {flag!r}")
            if flag.value < 0:
                raise ValueError(f"list flag {flag.name} is not supported by AIS v1.5.0 servers")
            result ^= 1 << flag.value
        return result
