from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tco_msg import TCOMsg


T = TypeVar("T", bound="ActMsgEtlListrange")


@_attrs_define
class ActMsgEtlListrange:
    """`etl-listrange` - transform selected objects into `value.tobck`.

    Attributes:
        action (Literal['etl-listrange']):  Default: 'etl-listrange'.
        name (str | Unset):
        value (TCOMsg | Unset): Value of `copy-listrange` / `etl-listrange` (`cmn.TCOMsg`): selection + `TCBMsg` +
            destination bucket.
    """

    action: Literal["etl-listrange"] = "etl-listrange"
    name: str | Unset = UNSET
    value: TCOMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

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
        from ..models.tco_msg import TCOMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["etl-listrange"], d.pop("action"))
        if action != "etl-listrange":
            raise ValueError(f"action must match const 'etl-listrange', got '{action}'")

        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: TCOMsg | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = TCOMsg.from_dict(_value)

        act_msg_etl_listrange = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_etl_listrange.additional_properties = d
        return act_msg_etl_listrange

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
