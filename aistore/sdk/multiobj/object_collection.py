"""ObjectCollection: the base of the ways to name a set of objects in one bucket."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any


class ObjectCollection(ABC):
    """A selection of object names: a list (`ObjectNames`) or a template (`ObjectRange`,
    `ObjectTemplate`).

    `get_value()` is the selection as the API takes it (`{"objnames": [...]}` or
    `{"template": "..."}`); iterating yields the names it stands for.
    """

    @abstractmethod
    def get_value(self) -> dict[str, Any]:
        """The selection as sent to the API: `{"objnames": [...]}` or `{"template": "..."}`."""

    @abstractmethod
    def __iter__(self) -> Iterator[str]:
        """The object names of the selection."""
