from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActMsgResetStats")


@_attrs_define
class ActMsgResetStats:
    """`reset-stats` - reset node counters; value `true` resets error counters only. The value is required: without it the
    v1.5.0 proxy panics and drops the connection.

        Attributes:
            action (Literal['reset-stats']):  Default: 'reset-stats'.
            value (bool):
            name (str | Unset):
    """

    value: bool
    action: Literal["reset-stats"] = "reset-stats"
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        value = self.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["reset-stats"], d.pop("action"))
        if action != "reset-stats":
            raise ValueError(f"action must match const 'reset-stats', got '{action}'")

        value = d.pop("value")

        name = d.pop("name", UNSET)

        act_msg_reset_stats = cls(
            action=action,
            value=value,
            name=name,
        )

        act_msg_reset_stats.additional_properties = d
        return act_msg_reset_stats

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
