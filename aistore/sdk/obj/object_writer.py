"""ObjectWriter (2.x): the write side of an object, as `Object.get_writer()` returns it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from aistore.sdk.obj.obj_file.object_file import ObjectFileWriter

if TYPE_CHECKING:
    from aistore.sdk.obj.object import Object


class ObjectWriter:
    """Writes an object's content and custom metadata (each call delegates to its `Object`).

    Args:
        obj: the object written.
    """

    def __init__(self, obj: Object) -> None:
        self._object = obj

    def put_content(self, content: bytes | str) -> httpx.Response:
        """Write `content` as the object (replacing it); a `str` is written as UTF-8."""
        return self._object.put_content(content)

    def put_file(self, path: str | Path) -> httpx.Response:
        """Write the local file at `path` as the object, streamed."""
        return self._object.put_file(path)

    def append_content(self, content: bytes, handle: str = "", flush: bool = False) -> str:
        """Append `content` (or, with `flush`, finalize); the handle for the next call."""
        return self._object.append_content(content, handle, flush)

    def set_custom_props(
        self, custom_metadata: dict[str, str], replace_existing: bool = False
    ) -> httpx.Response:
        """Set custom metadata keys (or, with `replace_existing`, replace all of them)."""
        return self._object.set_custom_props(custom_metadata, replace_existing)

    def as_file(self, mode: str = "a") -> ObjectFileWriter:
        """A writable file over the object: "w" truncates it first, "a" appends to it.

        Raises:
            ValueError: `mode` is neither "w" nor "a".
        """
        if mode not in ("w", "a"):
            raise ValueError(f"Invalid mode: {mode}")
        return ObjectFileWriter(self, mode)
