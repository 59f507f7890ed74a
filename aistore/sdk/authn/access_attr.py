"""AccessAttr: the AIS access mask (``apc.AccessAttrs``, a uint64) as bitwise flags.

The server stores and sends a mask as a DECIMAL STRING (``"771"``); `format_perms` and
`parse_perms` convert between the two forms.

Note on the derived roles: they keep 1.9.2's values. The server's own ``AccessRO`` is 771
(GET | OBJ_HEAD | BCK_HEAD | OBJ_LIST) and ``AccessRW`` 831; 1.9.2's ``ACCESS_RO`` also has
LIST_BUCKETS (4096), so ``ACCESS_RO`` = 4867 and ``ACCESS_RW`` = 4927 here. `SERVER_ACCESS_RO`
and `SERVER_ACCESS_RW` give the server's exact masks.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntFlag

UINT64_MAX = (1 << 64) - 1
"""The mask the server writes for "all permissions" (``"18446744073709551615"``)."""


class AccessAttr(IntFlag):
    """
    AccessAttr defines permissions as bitwise flags for access control
    (for more details, refer to the Go API).
    """

    GET = 1 << 0
    OBJ_HEAD = 1 << 1
    PUT = 1 << 2
    APPEND = 1 << 3
    OBJ_DELETE = 1 << 4
    OBJ_MOVE = 1 << 5
    PROMOTE = 1 << 6
    OBJ_UPDATE = 1 << 7
    BCK_HEAD = 1 << 8
    OBJ_LIST = 1 << 9
    PATCH = 1 << 10
    BCK_SET_ACL = 1 << 11
    LIST_BUCKETS = 1 << 12
    SHOW_CLUSTER = 1 << 13
    CREATE_BUCKET = 1 << 14
    DESTROY_BUCKET = 1 << 15
    MOVE_BUCKET = 1 << 16
    ADMIN = 1 << 17

    # Derived roles (1.9.2 values; see the module docstring)
    ACCESS_RO = GET | OBJ_HEAD | LIST_BUCKETS | BCK_HEAD | OBJ_LIST
    ACCESS_RW = ACCESS_RO | PUT | APPEND | OBJ_DELETE | OBJ_MOVE
    ACCESS_SU = (
        ACCESS_RW
        | PROMOTE
        | OBJ_UPDATE
        | PATCH
        | BCK_SET_ACL
        | SHOW_CLUSTER
        | CREATE_BUCKET
        | DESTROY_BUCKET
        | MOVE_BUCKET
        | ADMIN
    )
    # The server's own derived masks (api/apc/access.go AccessRO / AccessRW)
    SERVER_ACCESS_RO = GET | OBJ_HEAD | BCK_HEAD | OBJ_LIST
    SERVER_ACCESS_RW = SERVER_ACCESS_RO | PUT | APPEND | OBJ_DELETE | OBJ_MOVE

    @staticmethod
    def describe(perms: int) -> str:
        """
        Returns a comma-separated string describing the permissions based on the provided
        bitwise flags.

        Only the single-bit permissions are named, lowest bit first (``describe(771)`` is
        ``"GET,OBJ_HEAD,BCK_HEAD,OBJ_LIST"``); bits without a name are left out.
        """
        value = _as_mask(perms)
        return ",".join(name for bit, name in _SINGLE_BITS if value & bit)


_SINGLE_BITS: tuple[tuple[int, str], ...] = tuple(
    sorted(
        (int(member), name)
        for name, member in AccessAttr.__members__.items()
        if int(member) and int(member) & (int(member) - 1) == 0
    )
)


def _as_mask(perms: object) -> int:
    if isinstance(perms, bool) or not isinstance(perms, int):
        raise ValueError(f"permissions must be an int mask, got {perms!r}")
    if perms < 0 or perms > UINT64_MAX:
        raise ValueError(f"permissions mask out of uint64 range: {perms}")
    return int(perms)


def combine_perms(perms: int | Iterable[int]) -> int:
    """One mask from a mask or from several flags (bitwise OR: overlapping flags count once)."""
    if isinstance(perms, int):
        return _as_mask(perms)
    if isinstance(perms, str | bytes):
        raise ValueError(f"permissions must be AccessAttr flags, got {perms!r}")
    mask = 0
    for perm in perms:
        mask |= _as_mask(perm)
    return mask


def format_perms(perms: int | Iterable[int]) -> str:
    """The wire form of a mask, a decimal string (``[GET, PUT]`` -> ``"5"``)."""
    return str(combine_perms(perms))


def parse_perms(perm: str | int) -> int:
    """The mask a wire value stands for (``"771"`` -> 771)."""
    if isinstance(perm, int):
        return _as_mask(perm)
    text = perm.strip()
    if not text.isdigit():
        raise ValueError(f"permissions must be a decimal string, got {perm!r}")
    return _as_mask(int(text))
