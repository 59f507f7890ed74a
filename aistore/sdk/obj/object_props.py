"""ObjectProps: the attributes plus location and mirroring, from a HEAD response."""

from __future__ import annotations

from aistore.sdk.const import (
    AIS_BCK_NAME,
    AIS_BCK_PROVIDER,
    AIS_LOCATION,
    AIS_MIRROR_COPIES,
    AIS_MIRROR_PATHS,
    AIS_OBJ_NAME,
    AIS_PRESENT,
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

    @property
    def location(self) -> str:
        return self._response_headers.get(AIS_LOCATION, "")

    @property
    def mirror_paths(self) -> list[str]:
        raw = self._response_headers.get(AIS_MIRROR_PATHS, "").strip("[]")
        return [path for path in raw.split(",") if path] if raw else []

    @property
    def mirror_copies(self) -> int:
        return int(self._response_headers.get(AIS_MIRROR_COPIES, "0") or 0)

    @property
    def present(self) -> bool:
        return self._response_headers.get(AIS_PRESENT, "") == "true"
