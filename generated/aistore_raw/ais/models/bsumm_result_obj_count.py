from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BsummResultObjCount")


@_attrs_define
class BsummResultObjCount:
    """
    Attributes:
        obj_count_present (str | Unset): uint64 as a decimal string.
        obj_count_remote (str | Unset): uint64 as a decimal string.
    """

    obj_count_present: str | Unset = UNSET
    obj_count_remote: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obj_count_present = self.obj_count_present

        obj_count_remote = self.obj_count_remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obj_count_present is not UNSET:
            field_dict["obj_count_present"] = obj_count_present
        if obj_count_remote is not UNSET:
            field_dict["obj_count_remote"] = obj_count_remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        obj_count_present = d.pop("obj_count_present", UNSET)

        obj_count_remote = d.pop("obj_count_remote", UNSET)

        bsumm_result_obj_count = cls(
            obj_count_present=obj_count_present,
            obj_count_remote=obj_count_remote,
        )

        bsumm_result_obj_count.additional_properties = d
        return bsumm_result_obj_count

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
