from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MossOut")


@_attrs_define
class MossOut:
    """One item of the metadata part of a multipart Get-Batch answer (`apc.MossOut`).

    Attributes:
        objname (str):
        bucket (str):
        provider (str):
        size (int):
        archpath (str | Unset):
        err_msg (str | Unset):
        opaque (str | Unset):
    """

    objname: str
    bucket: str
    provider: str
    size: int
    archpath: str | Unset = UNSET
    err_msg: str | Unset = UNSET
    opaque: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objname = self.objname

        bucket = self.bucket

        provider = self.provider

        size = self.size

        archpath = self.archpath

        err_msg = self.err_msg

        opaque = self.opaque

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objname": objname,
                "bucket": bucket,
                "provider": provider,
                "size": size,
            }
        )
        if archpath is not UNSET:
            field_dict["archpath"] = archpath
        if err_msg is not UNSET:
            field_dict["err_msg"] = err_msg
        if opaque is not UNSET:
            field_dict["opaque"] = opaque

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        objname = d.pop("objname")

        bucket = d.pop("bucket")

        provider = d.pop("provider")

        size = d.pop("size")

        archpath = d.pop("archpath", UNSET)

        err_msg = d.pop("err_msg", UNSET)

        opaque = d.pop("opaque", UNSET)

        moss_out = cls(
            objname=objname,
            bucket=bucket,
            provider=provider,
            size=size,
            archpath=archpath,
            err_msg=err_msg,
            opaque=opaque,
        )

        moss_out.additional_properties = d
        return moss_out

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
