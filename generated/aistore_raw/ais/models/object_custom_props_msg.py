from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_custom_props_msg_value import ObjectCustomPropsMsgValue


T = TypeVar("T", bound="ObjectCustomPropsMsg")


@_attrs_define
class ObjectCustomPropsMsg:
    """PATCH object body - `action` empty, `value` the custom metadata.

    Attributes:
        value (ObjectCustomPropsMsgValue):
        action (str | Unset): Empty string.
        name (str | Unset):
    """

    value: ObjectCustomPropsMsgValue
    action: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.to_dict()

        action = self.action

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_custom_props_msg_value import ObjectCustomPropsMsgValue  # noqa: PLC0415

        d = dict(src_dict)
        value = ObjectCustomPropsMsgValue.from_dict(d.pop("value"))

        action = d.pop("action", UNSET)

        name = d.pop("name", UNSET)

        object_custom_props_msg = cls(
            value=value,
            action=action,
            name=name,
        )

        object_custom_props_msg.additional_properties = d
        return object_custom_props_msg

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
