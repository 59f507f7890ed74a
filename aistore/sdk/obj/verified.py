"""Whole-object reads checked against the cluster's checksum: one decision for every reader.

The sync and async `read_all`, the Get-Batch fallback's per-object GETs (sync and async) and
what reads through them (`aistore.pytorch`, `AsyncClient.get_many`) ask this module:

- `wanted(verify, partial)`: check this read? `verify=None` (the default) follows
  `AIS_VERIFY_READS`, else `DEFAULT_VERIFY_READS`; `verify=False` never. A partial read (a
  byte range, an archive member, an ETL's output) is never checked (the checksum is the
  stored object's); an explicit `verify=True` on one is refused before any request.
- `check(headers, content, what)`: raises `ChecksumMismatchError` naming `what` when the
  content differs from `ais-checksum-value`; an object without a checksum (type `none` or no
  headers) passes unchecked.
- `read_checked(read, what)` / `aread_checked`: a mismatch is read once more from the cluster
  (a flipped bit on the way); a second mismatch raises.

Get-Batch answers carry no per-item checksum in AIS v1.5.0 (the server writes its archive with
none and drops the checksum from each member's attributes, xact/xs/moss.go), so items that
arrive in the archive are not checked; the items a batch reads by one GET each (its fallback)
are.

Cost, measured by `make bench` (peer `ours+verify` against `ours`, cells interleaved, same
run; bench/results/2026-12-08-011340.md): ops/s ratio 0.48 (1 KiB, 1 thread), 0.91 (1 KiB, 8),
0.72 (64 KiB, 1), 1.54 (64 KiB, 8: noise), MiB/s 0.946 for a 1 GiB `read_all`; client CPU per
small GET 0.28 -> 0.35 ms (1 KiB) and 0.43 -> 0.54 ms (64 KiB). Identical streamed work in the
same run differed by 15-34% (a loaded 2-core machine), but the CPU per operation grows in
every small cell: the cost is above the 5% budget, so checking stays opt-in
(`DEFAULT_VERIFY_READS = False`; `verify=True` or `AIS_VERIFY_READS=1`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping

from aistore._core.config import verify_reads_default
from aistore.sdk.errors import ChecksumMismatchError
from aistore.sdk.obj import checksum
from aistore.sdk.obj.object_attributes import ObjectAttributes

logger = logging.getLogger(__name__)

Read = tuple[Mapping[str, str], bytes]
"""One read's answer headers and whole content."""


# `get_object` parameters whose answer is not the object's stored bytes (an archive member,
# a transformed object): the checksum headers describe something else
_NOT_WHOLE = ("archpath", "archregx", "archmode", "etl_name")


def partial(byte_range: str | None, params: Mapping[str, object]) -> bool:
    """Whether a read answers less or other than the whole stored object."""
    return byte_range is not None or "range_" in params or any(k in params for k in _NOT_WHOLE)


def wanted(verify: bool | None, is_partial: bool) -> bool:
    """Whether a read is to be checked (`verify` as the caller gave it; None: the default).

    A partial read is never checked; the readers refuse an explicit `verify=True` on one
    (`refuse_partial`) before any request.
    """
    if is_partial:
        return False
    return verify_reads_default() if verify is None else bool(verify)


def refuse_partial(verify: bool | None, is_partial: bool) -> None:
    """ValueError for an explicit `verify=True` on a read that is not the whole object."""
    if verify is not None and not isinstance(verify, bool):
        raise TypeError(f"verify must be a bool or None, got {verify!r}")
    if verify and is_partial:
        raise ValueError(
            "verify needs the whole object; it cannot check a byte range, an archive member "
            "or an ETL's output"
        )


def check(
    headers: Mapping[str, str] | ObjectAttributes, content: bytes | memoryview, what: str
) -> None:
    """Raise `ChecksumMismatchError` (naming `what`) if `content` is not what the cluster
    reported in `headers`; nothing to check when the object has no checksum."""
    attributes = headers if isinstance(headers, ObjectAttributes) else ObjectAttributes(headers)
    try:
        checksum.verify(attributes.checksum_type, attributes.checksum_value, content)
    except ChecksumMismatchError as err:
        raise ChecksumMismatchError(err.cksum_type, err.expected, err.actual, what=what) from None


def read_checked(read: Callable[[], Read], what: str) -> Read:
    """`read()` checked; read once more after a mismatch, which raises if it repeats."""
    headers, content = read()
    try:
        check(headers, content, what)
    except ChecksumMismatchError as err:
        logger.warning("%s; reading it again", err)
        headers, content = read()
        check(headers, content, what)
    return headers, content


async def aread_checked(read: Callable[[], Awaitable[Read]], what: str) -> Read:
    """The awaiting twin of `read_checked`."""
    headers, content = await read()
    try:
        check(headers, content, what)
    except ChecksumMismatchError as err:
        logger.warning("%s; reading it again", err)
        headers, content = await read()
        check(headers, content, what)
    return headers, content
