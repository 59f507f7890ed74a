"""ObjectTemplate: a selection given as a template string, passed to the API as is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aistore.sdk.multiobj._braces import expand_braces
from aistore.sdk.multiobj.object_collection import ObjectCollection


class ObjectTemplate(ObjectCollection):
    """A collection of object names specified by a template in the bash brace expansion format.

    The server reads the template (`shard-{000..999}.tar`, several ranges, or a plain
    prefix: every object whose name starts with it); iterating expands the braces locally.

    Args:
        template: the template, e.g. `"dir/file-{0001..0100..2}.bin"`.

    Raises:
        TypeError: `template` is not a string.
    """

    def __init__(self, template: str) -> None:
        if not isinstance(template, str):
            raise TypeError(f"template must be a string, got {type(template).__name__}")
        self._template = template

    @property
    def template(self) -> str:
        return self._template

    def get_value(self) -> dict[str, Any]:
        return {"template": self._template}

    def __iter__(self) -> Iterator[str]:
        return expand_braces(self._template)

    def __str__(self) -> str:
        return self._template

    def __repr__(self) -> str:
        return f"ObjectTemplate({self._template!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ObjectTemplate) and other._template == self._template

    def __hash__(self) -> int:
        return hash(("ObjectTemplate", self._template))
