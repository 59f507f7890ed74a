from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimitAdaptive")


@_attrs_define
class RateLimitAdaptive:
    """Backend (adaptive) rate limiting (`cmn.Adaptive`).

    Attributes:
        per_op_max_tokens (str | Unset):
        interval (str | Unset): Duration, e.g. `1m`.
        max_tokens (int | Unset):
        enabled (bool | Unset):
        num_retries (int | Unset):
    """

    per_op_max_tokens: str | Unset = UNSET
    interval: str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    num_retries: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_op_max_tokens = self.per_op_max_tokens

        interval = self.interval

        max_tokens = self.max_tokens

        enabled = self.enabled

        num_retries = self.num_retries

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
        if num_retries is not UNSET:
            field_dict["num_retries"] = num_retries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        per_op_max_tokens = d.pop("per_op_max_tokens", UNSET)

        interval = d.pop("interval", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        enabled = d.pop("enabled", UNSET)

        num_retries = d.pop("num_retries", UNSET)

        rate_limit_adaptive = cls(
            per_op_max_tokens=per_op_max_tokens,
            interval=interval,
            max_tokens=max_tokens,
            enabled=enabled,
            num_retries=num_retries,
        )

        rate_limit_adaptive.additional_properties = d
        return rate_limit_adaptive

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
