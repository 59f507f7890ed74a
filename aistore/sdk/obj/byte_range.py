"""Byte ranges (`Range: bytes=a-b`, RFC 7233) checked before any request, and moved by an offset."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import overload

from aistore.sdk.errors import AISInputError

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


@dataclass(frozen=True)
class ByteRange:
    start: int | None  # None: a suffix range (the last `end` bytes)
    end: int | None  # inclusive; None: to the end of the object

    @classmethod
    def parse(cls, text: str) -> ByteRange:
        match = _RANGE.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None or match.group(1) == match.group(2) == "":
            raise AISInputError(
                f"invalid byte range {text!r}: expected 'bytes=START-END', 'bytes=START-' "
                "or 'bytes=-SUFFIX_LENGTH' (one range, decimal byte offsets)"
            )
        start = int(match.group(1)) if match.group(1) else None
        end = int(match.group(2)) if match.group(2) else None
        if start is not None and end is not None and end < start:
            raise AISInputError(f"invalid byte range {text!r}: end {end} is before start {start}")
        if start is None and end == 0:
            raise AISInputError(f"invalid byte range {text!r}: an empty suffix selects no bytes")
        return cls(start, end)

    def shifted(self, offset: int) -> str:
        """The range header that skips the first `offset` bytes of this range."""
        if self.start is None:
            assert self.end is not None
            return f"bytes=-{max(self.end - offset, 0)}"
        end = "" if self.end is None else str(self.end)
        return f"bytes={self.start + offset}-{end}"


def range_header(byte_range: str | None, offset: int | None) -> str | None:
    """The `Range` header for reading `byte_range` (or the whole object) from `offset` on."""
    if byte_range is None:
        return f"bytes={offset}-" if offset else None
    parsed = ByteRange.parse(byte_range)
    return parsed.shifted(offset or 0)


@overload
def span_header(start: int, end: int) -> str: ...


@overload
def span_header(start: int | None, end: int | None) -> str | None: ...


def span_header(start: int | None, end: int | None) -> str | None:
    """The `Range` header of bytes [start, end) (both non-negative or None); None: the whole
    object."""
    if not start and end is None:
        return None
    return f"bytes={start or 0}-{'' if end is None else end - 1}"
