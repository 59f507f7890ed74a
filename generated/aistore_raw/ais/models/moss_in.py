from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.provider import Provider, check_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="MossIn")


@_attrs_define
class MossIn:
    """One item of a Get-Batch request (`apc.MossIn`).

    Attributes:
        objname (str):
        bucket (str | Unset): Bucket of this item (overrides the path bucket).
        provider (Provider | Unset): Bucket backend provider (api/apc/provider.go). v1.5.0 knows exactly these five;
            `ht` (HTTP) of older
            SDKs is not a provider in v1.5.0 and is rejected.
        uname (str | Unset): Fully qualified name (bucket
        archpath (str | Unset): File inside the shard object to return.
        opaque (str | Unset): Caller's bytes (base64), returned as they are in `MossOut.opaque`.
        start (int | Unset): Byte range offset (needs `length`).
        length (int | Unset): Byte range length; -1 reads from `start` to the end; 0 or absent with `start` 0 is the
            whole item.
    """

    objname: str
    bucket: str | Unset = UNSET
    provider: Provider | Unset = UNSET
    uname: str | Unset = UNSET
    archpath: str | Unset = UNSET
    opaque: str | Unset = UNSET
    start: int | Unset = UNSET
    length: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        objname = self.objname

        bucket = self.bucket

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        uname = self.uname

        archpath = self.archpath

        opaque = self.opaque

        start = self.start

        length = self.length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objname": objname,
            }
        )
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if provider is not UNSET:
            field_dict["provider"] = provider
        if uname is not UNSET:
            field_dict["uname"] = uname
        if archpath is not UNSET:
            field_dict["archpath"] = archpath
        if opaque is not UNSET:
            field_dict["opaque"] = opaque
        if start is not UNSET:
            field_dict["start"] = start
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        objname = d.pop("objname")

        bucket = d.pop("bucket", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: Provider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_provider(_provider)

        uname = d.pop("uname", UNSET)

        archpath = d.pop("archpath", UNSET)

        opaque = d.pop("opaque", UNSET)

        start = d.pop("start", UNSET)

        length = d.pop("length", UNSET)

        moss_in = cls(
            objname=objname,
            bucket=bucket,
            provider=provider,
            uname=uname,
            archpath=archpath,
            opaque=opaque,
            start=start,
            length=length,
        )

        return moss_in
