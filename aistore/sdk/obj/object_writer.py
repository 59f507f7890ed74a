"""ObjectWriter (2.x): the write side of an object, as `Object.get_writer()` returns it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from aistore.sdk.obj.obj_file.object_file import ObjectFileWriter

if TYPE_CHECKING:
    from aistore.sdk.obj.object import Object


class ObjectWriter:
    """Writes an object's content and custom metadata (each call delegates to its `Object`).

    Args:
        obj: the object written.
        part: (upload ID, part number) when this writes one part of a multipart upload
            (`MultipartUpload.add_part`); then only `put_content` / `put_file` apply.
    """

    def __init__(self, obj: Object, part: tuple[str, int] | None = None) -> None:
        self._object = obj
        self._extra: dict[str, Any] = (
            {} if part is None else {"upload_id": part[0], "part_number": part[1]}
        )

    def put_content(self, content: bytes | str) -> httpx.Response:
        """Write `content` as the object (replacing it); a `str` is written as UTF-8."""
        return self._object._put_content(content, self._extra)

    def put_file(self, path: str | Path) -> httpx.Response:
        """Write the local file at `path` as the object, streamed."""
        return self._object._put_file(path, self._extra)

    def append_content(self, content: bytes | str, handle: str = "", flush: bool = False) -> str:
        """Append `content` (a `str` as UTF-8; or, with `flush`, finalize); the handle for the
        next call."""
        self._whole_object("append_content")
        return self._object.append_content(content, handle, flush)

    def set_custom_props(
        self, custom_metadata: dict[str, str], replace_existing: bool = False
    ) -> httpx.Response:
        """Set custom metadata keys (or, with `replace_existing`, replace all of them)."""
        self._whole_object("set_custom_props")
        return self._object.set_custom_props(custom_metadata, replace_existing)

    def _whole_object(self, what: str) -> None:
        # a part is only ever written whole; appending to it or tagging it has no server meaning
        if self._extra:
            raise ValueError(f"{what} does not apply to a multipart upload part")

    def as_file(self, mode: str = "a") -> ObjectFileWriter:
        """A writable file over the object: "w" truncates it first, "a" appends to it.

        Raises:
            ValueError: `mode` is neither "w" nor "a".
        """
        if mode not in ("w", "a"):
            raise ValueError(f"Invalid mode: {mode}")
        self._whole_object("as_file")
        return ObjectFileWriter(self, mode)
