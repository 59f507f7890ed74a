"""ObjectRange: a selection given as prefix + numeric index range + suffix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from aistore.sdk.errors import InvalidObjectRangeIndex
from aistore.sdk.multiobj.object_collection import ObjectCollection

# prefix{min..max[..step]}suffix, exactly one brace group (prefix and suffix hold no braces)
_RANGE_STRING = re.compile(
    r"(?P<prefix>[^{}]*)\{(?P<min>\d+)\.\.(?P<max>\d+)(?:\.\.(?P<step>\d+))?\}(?P<suffix>[^{}]*)"
)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class ObjectRange(ObjectCollection):
    """Class representing a range of object names: `prefix{min..max..step}suffix`.

    Without indices the range is the prefix alone: the server then selects every object
    whose name starts with it (such a range cannot be iterated locally).

    Args:
        prefix: prefix of all names.
        min_index: first index (non-negative; with `max_index`, or neither).
        max_index: last index, included (greater than `min_index`).
        pad_width: left-pad indices with zeros to this width, e.g. 3 turns 1 into 001.
        step: distance between consecutive indices (positive).
        suffix: suffix of all names (only with indices).

    Raises:
        InvalidObjectRangeIndex: only one index given, negative indices, `min_index >=
            max_index`, or `min_index` wider than `pad_width`.
        ValueError: `suffix` without indices, braces in the prefix or suffix of an indexed
            range, bad `step` or `pad_width`.
        TypeError: a non-string prefix/suffix or a non-integer index.
    """

    def __init__(
        self,
        prefix: str,
        min_index: int | None = None,
        max_index: int | None = None,
        pad_width: int = 0,
        step: int = 1,
        suffix: str = "",
    ) -> None:
        if not isinstance(prefix, str):
            raise TypeError(f"prefix must be a string, got {type(prefix).__name__}")
        if not isinstance(suffix, str):
            raise TypeError(f"suffix must be a string, got {type(suffix).__name__}")
        for index in (min_index, max_index):
            if index is not None and not _is_int(index):
                raise TypeError(f"range indices must be integers, got {index!r}")
        if not _is_int(pad_width) or pad_width < 0:
            raise ValueError(f"pad_width must be a non-negative integer, got {pad_width!r}")
        if not _is_int(step) or step < 1:
            raise ValueError(f"step must be a positive integer, got {step!r}")
        self._validate_indices(min_index, max_index, pad_width)
        if suffix and min_index is None:
            raise ValueError("Suffix cannot be used without indices")
        if min_index is not None and any(c in prefix + suffix for c in "{}"):
            raise ValueError(
                f"prefix and suffix of an indexed range must not hold braces: {prefix!r}, "
                f"{suffix!r} (use ObjectTemplate for templates with several groups)"
            )
        self._prefix = prefix
        self._suffix = suffix
        self._step = step
        self._pad_width = pad_width
        self._min_index = min_index
        self._max_index = max_index

    @classmethod
    def from_string(cls, range_string: str) -> ObjectRange:
        """Construct an ObjectRange from a range string like `'input-{00..99..1}.txt'`.

        The pad width is the number of digits of the first index (`{0001..0100}` pads to 4).

        Args:
            range_string: `prefix{min..max}suffix` or `prefix{min..max..step}suffix`, with
                exactly one brace group (for more, use `ObjectTemplate`).

        Returns:
            ObjectRange: the parsed range.

        Raises:
            ValueError: the string is not of that form.
            InvalidObjectRangeIndex: the indices are not a valid range (e.g. min >= max).
        """
        if not isinstance(range_string, str):
            raise TypeError(f"range_string must be a string, got {type(range_string).__name__}")
        match = _RANGE_STRING.fullmatch(range_string)
        if not match:
            raise ValueError(
                f"Invalid range string format: {range_string!r} "
                "(expected 'prefix{min..max}suffix' or 'prefix{min..max..step}suffix')"
            )
        step = int(match["step"]) if match["step"] else 1
        if step < 1:
            raise ValueError(f"Invalid range string format: {range_string!r} (step must be > 0)")
        return cls(
            prefix=match["prefix"],
            min_index=int(match["min"]),
            max_index=int(match["max"]),
            pad_width=len(match["min"]),
            step=step,
            suffix=match["suffix"],
        )

    @staticmethod
    def _validate_indices(min_index: int | None, max_index: int | None, pad_width: int) -> None:
        if min_index is None or max_index is None:
            if min_index is not None or max_index is not None:
                raise InvalidObjectRangeIndex("Provide both min_index and max_index or neither")
            return
        if min_index < 0 or max_index < 0:
            raise InvalidObjectRangeIndex(f"indices must not be negative: {min_index}, {max_index}")
        if min_index >= max_index:
            raise InvalidObjectRangeIndex(f"{min_index} must be less than {max_index}")
        if pad_width != 0 and len(str(min_index)) > pad_width:
            raise InvalidObjectRangeIndex(
                f"Number of digits in min index {min_index} must not be greater than "
                f"pad width {pad_width}"
            )

    # ---- identity ----------------------------------------------------------------------
    @property
    def prefix(self) -> str:
        return self._prefix

    @property
    def suffix(self) -> str:
        return self._suffix

    @property
    def min_index(self) -> int | None:
        return self._min_index

    @property
    def max_index(self) -> int | None:
        return self._max_index

    @property
    def step(self) -> int:
        return self._step

    @property
    def pad_width(self) -> int:
        return self._pad_width

    def _indices_set(self) -> bool:
        return self._min_index is not None and self._max_index is not None

    def __str__(self) -> str:
        if self._min_index is None or self._max_index is None:
            return self._prefix
        low = str(self._min_index).zfill(self._pad_width)
        high = str(self._max_index).zfill(self._pad_width)
        return f"{self._prefix}{{{low}..{high}..{self._step}}}{self._suffix}"

    def __repr__(self) -> str:
        if self._indices_set():
            return f"ObjectRange.from_string({str(self)!r})"
        return f"ObjectRange({self._prefix!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ObjectRange) and str(other) == str(self)

    def __hash__(self) -> int:
        return hash(("ObjectRange", str(self)))

    # ---- collection --------------------------------------------------------------------
    def get_value(self) -> dict[str, Any]:
        return {"template": str(self)}

    def __iter__(self) -> Iterator[str]:
        if not self._indices_set():
            raise RuntimeError("Cannot iterate over object range with no indices")
        return self._names()

    def _names(self) -> Iterator[str]:
        assert self._min_index is not None and self._max_index is not None
        for index in range(self._min_index, self._max_index + 1, self._step):
            yield f"{self._prefix}{str(index).zfill(self._pad_width)}{self._suffix}"
