from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LRUConf")


@_attrs_define
class LRUConf:
    """
    Attributes:
        dont_evict_time (str | Unset): Duration, e.g. `2h`.
        capacity_upd_time (str | Unset):
        batch_size (int | Unset):
        enabled (bool | Unset):
    """

    dont_evict_time: str | Unset = UNSET
    capacity_upd_time: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dont_evict_time = self.dont_evict_time

        capacity_upd_time = self.capacity_upd_time

        batch_size = self.batch_size

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dont_evict_time is not UNSET:
            field_dict["dont_evict_time"] = dont_evict_time
        if capacity_upd_time is not UNSET:
            field_dict["capacity_upd_time"] = capacity_upd_time
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dont_evict_time = d.pop("dont_evict_time", UNSET)

        capacity_upd_time = d.pop("capacity_upd_time", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        enabled = d.pop("enabled", UNSET)

        lru_conf = cls(
            dont_evict_time=dont_evict_time,
            capacity_upd_time=capacity_upd_time,
            batch_size=batch_size,
            enabled=enabled,
        )

        lru_conf.additional_properties = d
        return lru_conf

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
