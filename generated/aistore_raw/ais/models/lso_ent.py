from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LsoEnt")


@_attrs_define
class LsoEnt:
    """One listed object (JSON shape of `cmn.LsoEnt`; fields omitted when empty).

    Attributes:
        name (str):
        checksum (str | Unset):
        atime (str | Unset):
        version (str | Unset):
        location (str | Unset): `t[<target ID>]:mp[<mountpath>]`
        custom_md (str | Unset):
        size (str | Unset): Size in bytes - an int64 encoded as a decimal STRING in JSON.
        copies (int | Unset):
        flags (int | Unset): Bits 0-4: status (0 ok, 1 misplaced-node, 2 misplaced-mountpath, 3 copy, 4 copy-missing-
            main); 64 cached, 128 in-archive, 256 dir, 512 archive, 1024 version-changed, 2048 version-removed, 4096 head-
            failed, 8192 chunked.
    """

    name: str
    checksum: str | Unset = UNSET
    atime: str | Unset = UNSET
    version: str | Unset = UNSET
    location: str | Unset = UNSET
    custom_md: str | Unset = UNSET
    size: str | Unset = UNSET
    copies: int | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        checksum = self.checksum

        atime = self.atime

        version = self.version

        location = self.location

        custom_md = self.custom_md

        size = self.size

        copies = self.copies

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if atime is not UNSET:
            field_dict["atime"] = atime
        if version is not UNSET:
            field_dict["version"] = version
        if location is not UNSET:
            field_dict["location"] = location
        if custom_md is not UNSET:
            field_dict["custom-md"] = custom_md
        if size is not UNSET:
            field_dict["size"] = size
        if copies is not UNSET:
            field_dict["copies"] = copies
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        checksum = d.pop("checksum", UNSET)

        atime = d.pop("atime", UNSET)

        version = d.pop("version", UNSET)

        location = d.pop("location", UNSET)

        custom_md = d.pop("custom-md", UNSET)

        size = d.pop("size", UNSET)

        copies = d.pop("copies", UNSET)

        flags = d.pop("flags", UNSET)

        lso_ent = cls(
            name=name,
            checksum=checksum,
            atime=atime,
            version=version,
            location=location,
            custom_md=custom_md,
            size=size,
            copies=copies,
            flags=flags,
        )

        lso_ent.additional_properties = d
        return lso_ent

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
