from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.act_val_rm_node import ActValRmNode


T = TypeVar("T", bound="ActMsgStartMaintenance")


@_attrs_define
class ActMsgStartMaintenance:
    """`start-maintenance` - put node(s) into maintenance.

    Attributes:
        action (Literal['start-maintenance']):  Default: 'start-maintenance'.
        value (ActValRmNode): Value of node membership actions (`apc.ActValRmNode`).
        name (str | Unset):
    """

    value: ActValRmNode
    action: Literal["start-maintenance"] = "start-maintenance"
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        value = self.value.to_dict()

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
        from ..models.act_val_rm_node import ActValRmNode  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["start-maintenance"], d.pop("action"))
        if action != "start-maintenance":
            raise ValueError(f"action must match const 'start-maintenance', got '{action}'")

        value = ActValRmNode.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        act_msg_start_maintenance = cls(
            action=action,
            value=value,
            name=name,
        )

        act_msg_start_maintenance.additional_properties = d
        return act_msg_start_maintenance

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
