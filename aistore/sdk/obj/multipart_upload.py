"""MultipartUpload (2.x): a native multipart upload of one object (server actions `mpt-*`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
from aistore_raw.ais.api.objects import delete_object, object_action
from aistore_raw.ais.models import (
    ActMsgMptAbort,
    ActMsgMptComplete,
    ActMsgMptUpload,
    MptCompletedPart,
)

from aistore.sdk.obj.object_writer import ObjectWriter

if TYPE_CHECKING:
    from aistore.sdk.obj.object import Object


class MultipartUpload:
    """Uploads an object in numbered parts: `create()`, then `add_part(n).put_content(...)` for
    each part (in any order, concurrently if wanted), then `complete()` (or `abort()`).

    Args:
        obj: the object uploaded; it is written only by `complete()`.
    """

    def __init__(self, obj: Object) -> None:
        self._object = obj
        self.upload_id: str | None = None
        self.parts: list[int] = []

    def create(self) -> MultipartUpload:
        """Start the upload on the server (`mpt-upload`); returns self, for chaining."""
        response = self._object._client.send(
            object_action.op(
                self._object.bucket_name,
                self._object.name,
                body=ActMsgMptUpload(),
                **self._object.query_params,
            )
        )
        self.upload_id = response.text
        return self

    def add_part(self, part_number: int) -> ObjectWriter:
        """A writer of part `part_number` (1, 2, ...): its `put_content` / `put_file` send the part.

        Raises:
            ValueError: the upload is not created, or `part_number` is not a positive integer.
        """
        upload_id = self._created()
        if isinstance(part_number, bool) or not isinstance(part_number, int) or part_number < 1:
            raise ValueError(f"part number must be a positive integer, got {part_number!r}")
        if part_number not in self.parts:
            self.parts.append(part_number)
        return ObjectWriter(self._object, part=(upload_id, part_number))

    def complete(self) -> httpx.Response:
        """Assemble the added parts, by part number, into the object (`mpt-complete`).

        Raises:
            ValueError: the upload is not created, or no part was added.
        """
        upload_id = self._created()
        if not self.parts:
            raise ValueError("multipart upload has no parts to complete")
        parts = [MptCompletedPart(part_number=n, etag="") for n in sorted(self.parts)]
        return self._object._client.send(
            object_action.op(
                self._object.bucket_name,
                self._object.name,
                body=ActMsgMptComplete(value=parts),
                upload_id=upload_id,
                **self._object.query_params,
            )
        )

    def abort(self) -> httpx.Response:
        """Discard the upload and its parts (`mpt-abort`); the object is left as it was.

        Raises:
            ValueError: the upload is not created.
        """
        upload_id = self._created()
        return self._object._client.send(
            delete_object.op(
                self._object.bucket_name,
                self._object.name,
                body=ActMsgMptAbort(),
                upload_id=upload_id,
                **self._object.query_params,
            )
        )

    def _created(self) -> str:
        if not self.upload_id:
            raise ValueError("multipart upload not created (call create() first)")
        return self.upload_id
