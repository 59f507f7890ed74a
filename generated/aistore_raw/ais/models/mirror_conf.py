from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorConf")


@_attrs_define
class MirrorConf:
    """
    Attributes:
        copies (int | Unset):
        burst_buffer (int | Unset):
        enabled (bool | Unset):
    """

    copies: int | Unset = UNSET
    burst_buffer: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copies = self.copies

        burst_buffer = self.burst_buffer

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copies is not UNSET:
            field_dict["copies"] = copies
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        copies = d.pop("copies", UNSET)

        burst_buffer = d.pop("burst_buffer", UNSET)

        enabled = d.pop("enabled", UNSET)

        mirror_conf = cls(
            copies=copies,
            burst_buffer=burst_buffer,
            enabled=enabled,
        )

        mirror_conf.additional_properties = d
        return mirror_conf

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
