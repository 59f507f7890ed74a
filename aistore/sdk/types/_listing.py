"""The listing hot path: one page of list-objects and its entries.

``BucketEntry`` and ``BucketList`` are plain ``msgspec.Struct`` types as in 1.9.2: their fields
are the msgpack keys of the list-objects answer, so a page decodes straight into them
(``aistore.sdk._bucket_listing``) with no intermediate dicts.
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from aistore.sdk.const import (
    AIS_ACCESS_TIME,
    AIS_CHECKSUM_VALUE,
    AIS_LOCATION,
    AIS_MIRROR_COPIES,
    AIS_OBJ_NAME,
    AIS_VERSION,
    HEADER_CONTENT_LENGTH,
)

if TYPE_CHECKING:
    from aistore.sdk.obj.object_props import ObjectProps


class BucketEntry(msgspec.Struct):
    """One entry (object) of a list-objects page; see cmn/objlist.go LsoEnt."""

    n: str
    cs: str = ""
    a: str = ""
    v: str = ""
    t: str = ""
    s: int = 0
    c: int = 0
    f: int = 0
    object: Any = None

    def generate_object_props(self) -> "ObjectProps":
        """The entry's data as ``aistore.sdk.obj.object_props.ObjectProps``.

        Entry fields and object properties do not map one to one; missing ones stay empty.
        """
        from requests.structures import CaseInsensitiveDict

        from aistore.sdk.obj.object_props import ObjectProps

        headers: CaseInsensitiveDict[str] = CaseInsensitiveDict(
            {
                AIS_OBJ_NAME: self.name,
                AIS_CHECKSUM_VALUE: self.checksum,
                AIS_ACCESS_TIME: self.atime,
                AIS_VERSION: self.version,
                AIS_LOCATION: self.location,
                HEADER_CONTENT_LENGTH: str(self.size),
                AIS_MIRROR_COPIES: str(self.copies),
            }
        )
        return ObjectProps(headers)

    @property
    def name(self) -> str:
        return self.n

    @property
    def checksum(self) -> str:
        return self.cs

    @property
    def atime(self) -> str:
        return self.a

    @property
    def version(self) -> str:
        return self.v

    @property
    def location(self) -> str:
        return self.t

    @property
    def size(self) -> int:
        return self.s

    @property
    def copies(self) -> int:
        return self.c

    @property
    def flags(self) -> int:
        return self.f

    def is_cached(self) -> bool:
        """The object is present in the cluster (flag bit 6)."""
        return (self.flags & (1 << 6)) != 0

    def is_ok(self) -> bool:
        """No error/status bits (the low five) are set."""
        return (self.flags & ((1 << 5) - 1)) == 0


class BucketList(msgspec.Struct):
    """One page of a list-objects response (msgpack keys; JSON uses lower-case names)."""

    UUID: str
    ContinuationToken: str
    Flags: int
    Entries: list[BucketEntry] | None = None

    @property
    def uuid(self) -> str:
        return self.UUID

    @property
    def continuation_token(self) -> str:
        return self.ContinuationToken

    @property
    def flags(self) -> int:
        return self.Flags

    @property
    def entries(self) -> list[BucketEntry]:
        return [] if self.Entries is None else self.Entries

    def get_entries(self) -> list[BucketEntry]:
        """Deprecated: use ``entries``."""
        return self.entries

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "BucketList":
        """Build from the JSON form of the response (``uuid``, ``entries`` with long names)."""
        entries = [
            BucketEntry(
                n=e.get("name", ""),
                cs=e.get("checksum", ""),
                a=e.get("atime", ""),
                v=e.get("version", ""),
                t=e.get("location", ""),
                s=int(e.get("size", 0) or 0),
                c=int(e.get("copies", 0) or 0),
                f=int(e.get("flags", 0) or 0),
            )
            for e in data.get("entries") or []
        ]
        return cls(
            UUID=data.get("uuid", ""),
            ContinuationToken=data.get("continuation_token", ""),
            Flags=int(data.get("flags", 0) or 0),
            Entries=entries,
        )
