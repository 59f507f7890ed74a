"""ObjectProps: the attributes plus the bucket and object names, from a HEAD response."""

from __future__ import annotations

from aistore.sdk.const import (
    AIS_BCK_NAME,
    AIS_BCK_PROVIDER,
    AIS_OBJ_NAME,
)
from aistore.sdk.obj.object_attributes import ObjectAttributes


class ObjectProps(ObjectAttributes):
    """Object properties parsed from response headers; a superset of ObjectAttributes."""

    @property
    def bucket_name(self) -> str:
        return self._response_headers.get(AIS_BCK_NAME, "")

    @property
    def bucket_provider(self) -> str:
        return self._response_headers.get(AIS_BCK_PROVIDER, "")

    @property
    def name(self) -> str:
        return self._response_headers.get(AIS_OBJ_NAME, "")
