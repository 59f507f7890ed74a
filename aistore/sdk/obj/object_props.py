"""ObjectProps: the attributes plus the bucket and object names, from a HEAD response."""

from __future__ import annotations

from aistore.sdk.obj.object_attributes import ObjectAttributes


class ObjectProps(ObjectAttributes):
    """Object properties parsed from response headers; a superset of ObjectAttributes."""

    @property
    def bucket_name(self) -> str:
        return self._values.get("ais_bucket_name", "")

    @property
    def bucket_provider(self) -> str:
        return self._values.get("ais_bucket_provider", "")

    @property
    def name(self) -> str:
        return self._values.get("ais_name", "")
