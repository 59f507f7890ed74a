"""Verifying downloaded content against the checksum the cluster reports (`ais-checksum-*`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Protocol

import xxhash

from aistore.sdk.errors import ChecksumMismatchError as ChecksumMismatchError


class Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...

    def hexdigest(self) -> str: ...


# AIS v1.5.0 cmn/cos/cksum.go: both xxhash flavours are XXH64 with seed 0, big-endian hex
_HASHERS: dict[str, Callable[[], Hasher]] = {
    "xxhash2": xxhash.xxh64,
    "xxhash": xxhash.xxh64,
    "md5": hashlib.md5,
    "sha256": hashlib.sha256,
    "sha512": hashlib.sha512,
}


def new_hasher(cksum_type: str) -> Hasher | None:
    """A hasher for an AIS checksum type; None for `none`/empty (nothing to verify)."""
    if cksum_type in ("", "none"):
        return None
    factory = _HASHERS.get(cksum_type)
    if factory is None:
        raise ValueError(
            f"cannot verify checksum type {cksum_type!r}: supported are {sorted(_HASHERS)}"
        )
    return factory()


def verify(cksum_type: str, expected: str, data: bytes | memoryview | Hasher) -> None:
    """Raise ChecksumMismatchError unless `data` (bytes, or a fed hasher) matches `expected`."""
    if isinstance(data, bytes | bytearray | memoryview):
        hasher = new_hasher(cksum_type)
        if hasher is None:
            return
        hasher.update(data)
    else:
        hasher = data
    actual = hasher.hexdigest()
    if actual != expected:
        raise ChecksumMismatchError(cksum_type, expected, actual)
