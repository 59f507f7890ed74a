from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimitBursty")


@_attrs_define
class RateLimitBursty:
    """Frontend (bursty) rate limiting (`cmn.Bursty`).

    Attributes:
        per_op_max_tokens (str | Unset):
        interval (str | Unset): Duration, e.g. `1m`.
        max_tokens (int | Unset):
        enabled (bool | Unset):
        burst_size (int | Unset):
    """

    per_op_max_tokens: str | Unset = UNSET
    interval: str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    burst_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_op_max_tokens = self.per_op_max_tokens

        interval = self.interval

        max_tokens = self.max_tokens

        enabled = self.enabled

        burst_size = self.burst_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_op_max_tokens is not UNSET:
            field_dict["per_op_max_tokens"] = per_op_max_tokens
        if interval is not UNSET:
            field_dict["interval"] = interval
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if burst_size is not UNSET:
            field_dict["burst_size"] = burst_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        per_op_max_tokens = d.pop("per_op_max_tokens", UNSET)

        interval = d.pop("interval", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        enabled = d.pop("enabled", UNSET)

        burst_size = d.pop("burst_size", UNSET)

        rate_limit_bursty = cls(
            per_op_max_tokens=per_op_max_tokens,
            interval=interval,
            max_tokens=max_tokens,
            enabled=enabled,
            burst_size=burst_size,
        )

        rate_limit_bursty.additional_properties = d
        return rate_limit_bursty

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
