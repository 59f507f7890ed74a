from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActMsgDestroyInventory")


@_attrs_define
class ActMsgDestroyInventory:
    """`destroy-inventory` - remove the bucket inventory `name` (empty - all of them); 200 with an empty body, also when
    there is none.

        Attributes:
            action (Literal['destroy-inventory']):  Default: 'destroy-inventory'.
            name (str | Unset):
            value (Any | Unset):
    """

    action: Literal["destroy-inventory"] = "destroy-inventory"
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
        action = cast(Literal["destroy-inventory"], d.pop("action"))
        if action != "destroy-inventory":
            raise ValueError(f"action must match const 'destroy-inventory', got '{action}'")

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        act_msg_destroy_inventory = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_destroy_inventory.additional_properties = d
        return act_msg_destroy_inventory

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
