from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ECConf")


@_attrs_define
class ECConf:
    """
    Attributes:
        compression (str | Unset):
        bundle_multiplier (int | Unset):
        burst_buffer (int | Unset):
        objsize_limit (int | Unset):
        data_slices (int | Unset):
        parity_slices (int | Unset):
        enabled (bool | Unset):
        disk_only (bool | Unset):
    """

    compression: str | Unset = UNSET
    bundle_multiplier: int | Unset = UNSET
    burst_buffer: int | Unset = UNSET
    objsize_limit: int | Unset = UNSET
    data_slices: int | Unset = UNSET
    parity_slices: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    disk_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compression = self.compression

        bundle_multiplier = self.bundle_multiplier

        burst_buffer = self.burst_buffer

        objsize_limit = self.objsize_limit

        data_slices = self.data_slices

        parity_slices = self.parity_slices

        enabled = self.enabled

        disk_only = self.disk_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compression is not UNSET:
            field_dict["compression"] = compression
        if bundle_multiplier is not UNSET:
            field_dict["bundle_multiplier"] = bundle_multiplier
        if burst_buffer is not UNSET:
            field_dict["burst_buffer"] = burst_buffer
        if objsize_limit is not UNSET:
            field_dict["objsize_limit"] = objsize_limit
        if data_slices is not UNSET:
            field_dict["data_slices"] = data_slices
        if parity_slices is not UNSET:
            field_dict["parity_slices"] = parity_slices
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if disk_only is not UNSET:
            field_dict["disk_only"] = disk_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        compression = d.pop("compression", UNSET)

        bundle_multiplier = d.pop("bundle_multiplier", UNSET)

        burst_buffer = d.pop("burst_buffer", UNSET)

        objsize_limit = d.pop("objsize_limit", UNSET)

        data_slices = d.pop("data_slices", UNSET)

        parity_slices = d.pop("parity_slices", UNSET)

        enabled = d.pop("enabled", UNSET)

        disk_only = d.pop("disk_only", UNSET)

        ec_conf = cls(
            compression=compression,
            bundle_multiplier=bundle_multiplier,
            burst_buffer=burst_buffer,
            objsize_limit=objsize_limit,
            data_slices=data_slices,
            parity_slices=parity_slices,
            enabled=enabled,
            disk_only=disk_only,
        )

        ec_conf.additional_properties = d
        return ec_conf

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
