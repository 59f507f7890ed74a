from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromoteArgs")


@_attrs_define
class PromoteArgs:
    """Value of `promote` (`apc.PromoteArgs`).

    Attributes:
        tid (str | Unset): Target ID (only that target promotes).
        src (str | Unset): Source file or directory (absolute path on the target(s)).
        obj (str | Unset): Destination object name or prefix.
        rcr (bool | Unset): Recursive.
        ovw (bool | Unset): Overwrite destination.
        dls (bool | Unset): Delete source after promoting.
        notshr (bool | Unset): The source is NOT a file share visible to all targets.
    """

    tid: str | Unset = UNSET
    src: str | Unset = UNSET
    obj: str | Unset = UNSET
    rcr: bool | Unset = UNSET
    ovw: bool | Unset = UNSET
    dls: bool | Unset = UNSET
    notshr: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tid = self.tid

        src = self.src

        obj = self.obj

        rcr = self.rcr

        ovw = self.ovw

        dls = self.dls

        notshr = self.notshr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tid is not UNSET:
            field_dict["tid"] = tid
        if src is not UNSET:
            field_dict["src"] = src
        if obj is not UNSET:
            field_dict["obj"] = obj
        if rcr is not UNSET:
            field_dict["rcr"] = rcr
        if ovw is not UNSET:
            field_dict["ovw"] = ovw
        if dls is not UNSET:
            field_dict["dls"] = dls
        if notshr is not UNSET:
            field_dict["notshr"] = notshr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tid = d.pop("tid", UNSET)

        src = d.pop("src", UNSET)

        obj = d.pop("obj", UNSET)

        rcr = d.pop("rcr", UNSET)

        ovw = d.pop("ovw", UNSET)

        dls = d.pop("dls", UNSET)

        notshr = d.pop("notshr", UNSET)

        promote_args = cls(
            tid=tid,
            src=src,
            obj=obj,
            rcr=rcr,
            ovw=ovw,
            dls=dls,
            notshr=notshr,
        )

        promote_args.additional_properties = d
        return promote_args

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
