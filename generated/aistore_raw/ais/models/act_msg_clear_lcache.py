from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActMsgClearLcache")


@_attrs_define
class ActMsgClearLcache:
    """`clear-lcache` - drop the in-memory object metadata cache of every target. v1.5.0 does not
    implement it for one node: a target ID in `name` answers 501 (ais/prxclu.go:543), so `name` stays empty.

        Attributes:
            action (Literal['clear-lcache']):  Default: 'clear-lcache'.
            name (str | Unset): Must be empty (all targets); a target ID answers 501 in v1.5.0.
            value (Any | Unset):
    """

    action: Literal["clear-lcache"] = "clear-lcache"
    name: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["clear-lcache"], d.pop("action"))
        if action != "clear-lcache":
            raise ValueError(f"action must match const 'clear-lcache', got '{action}'")

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        act_msg_clear_lcache = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_clear_lcache.additional_properties = d
        return act_msg_clear_lcache

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
