"""ObjectNames: a selection given as an explicit list of object names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from aistore.sdk.multiobj.object_collection import ObjectCollection


class ObjectNames(ObjectCollection):
    """A collection of object names, provided as a list of strings.

    Args:
        names: the object names: a list (or other iterable) of non-empty strings, in order.

    Raises:
        TypeError: `names` is a single string or holds something other than strings.
        ValueError: `names` holds an empty name. An empty list is accepted here (as in 1.9.2)
            and refused by `get_value`, i.e. by any job before its request, after the job's own
            checks (an empty selection would make the server act on every object).
    """

    def __init__(self, names: Iterable[str]) -> None:
        if isinstance(names, str | bytes) or not isinstance(names, Iterable):
            raise TypeError(f"names must be a list of strings, got {type(names).__name__}")
        checked = list(names)
        for name in checked:
            if not isinstance(name, str):
                raise TypeError(f"object names must be strings, got {name!r}")
            if not name:
                raise ValueError("object names must not be empty")
        self._names = checked

    @property
    def names(self) -> list[str]:
        """A copy of the names."""
        return list(self._names)

    def get_value(self) -> dict[str, Any]:
        if not self._names:
            raise ValueError("names must hold at least one object name")
        return {"objnames": list(self._names)}

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._names))

    def __len__(self) -> int:
        return len(self._names)

    def __str__(self) -> str:
        return str(self._names)

    def __repr__(self) -> str:
        return f"ObjectNames({self._names!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ObjectNames) and other._names == self._names

    __hash__ = None  # type: ignore[assignment]
