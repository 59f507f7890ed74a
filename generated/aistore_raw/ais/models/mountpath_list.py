from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MountpathList")


@_attrs_define
class MountpathList:
    """
    Attributes:
        available (list[str] | Unset):
        waiting_dd (list[str] | Unset):
        disabled (list[str] | Unset):
    """

    available: list[str] | Unset = UNSET
    waiting_dd: list[str] | Unset = UNSET
    disabled: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: list[str] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = self.available

        waiting_dd: list[str] | Unset = UNSET
        if not isinstance(self.waiting_dd, Unset):
            waiting_dd = self.waiting_dd

        disabled: list[str] | Unset = UNSET
        if not isinstance(self.disabled, Unset):
            disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if waiting_dd is not UNSET:
            field_dict["waiting_dd"] = waiting_dd
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = cast(list[str], d.pop("available", UNSET))

        waiting_dd = cast(list[str], d.pop("waiting_dd", UNSET))

        disabled = cast(list[str], d.pop("disabled", UNSET))

        mountpath_list = cls(
            available=available,
            waiting_dd=waiting_dd,
            disabled=disabled,
        )

        mountpath_list.additional_properties = d
        return mountpath_list

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
