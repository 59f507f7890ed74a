from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mpt_completed_part import MptCompletedPart


T = TypeVar("T", bound="ActMsgMptComplete")


@_attrs_define
class ActMsgMptComplete:
    """`mpt-complete` (with `uploadId`) - assemble the listed parts, in order, into the object.

    Attributes:
        action (Literal['mpt-complete']):  Default: 'mpt-complete'.
        value (list[MptCompletedPart]):
        name (str | Unset):
    """

    value: list[MptCompletedPart]
    action: Literal["mpt-complete"] = "mpt-complete"
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

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
        from ..models.mpt_completed_part import MptCompletedPart  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["mpt-complete"], d.pop("action"))
        if action != "mpt-complete":
            raise ValueError(f"action must match const 'mpt-complete', got '{action}'")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = MptCompletedPart.from_dict(value_item_data)

            value.append(value_item)

        name = d.pop("name", UNSET)

        act_msg_mpt_complete = cls(
            action=action,
            value=value,
            name=name,
        )

        act_msg_mpt_complete.additional_properties = d
        return act_msg_mpt_complete

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
