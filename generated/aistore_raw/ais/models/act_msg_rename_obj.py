from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActMsgRenameObj")


@_attrs_define
class ActMsgRenameObj:
    """`rename-obj` - rename an object in an ais:// bucket; `name` is the new name.

    Attributes:
        action (Literal['rename-obj']):  Default: 'rename-obj'.
        name (str):
        value (Any | Unset):
    """

    name: str
    action: Literal["rename-obj"] = "rename-obj"
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
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["rename-obj"], d.pop("action"))
        if action != "rename-obj":
            raise ValueError(f"action must match const 'rename-obj', got '{action}'")

        name = d.pop("name")

        value = d.pop("value", UNSET)

        act_msg_rename_obj = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_rename_obj.additional_properties = d
        return act_msg_rename_obj

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
