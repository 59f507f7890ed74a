from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tcb_msg import TCBMsg


T = TypeVar("T", bound="ActMsgEtlBck")


@_attrs_define
class ActMsgEtlBck:
    """`etl-bck` - transform the bucket into `bck_to` with ETL `value.id`.

    Attributes:
        action (Literal['etl-bck']):  Default: 'etl-bck'.
        name (str | Unset):
        value (TCBMsg | Unset): Value of `copy-bck` / `etl-bck` (`apc.TCBMsg`: embedded `CopyBckMsg` and `Transform`
            flattened).
            The destination bucket goes in the `bck_to` query parameter.
    """

    action: Literal["etl-bck"] = "etl-bck"
    name: str | Unset = UNSET
    value: TCBMsg | Unset = UNSET
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
        from ..models.tcb_msg import TCBMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["etl-bck"], d.pop("action"))
        if action != "etl-bck":
            raise ValueError(f"action must match const 'etl-bck', got '{action}'")

        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: TCBMsg | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = TCBMsg.from_dict(_value)

        act_msg_etl_bck = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_etl_bck.additional_properties = d
        return act_msg_etl_bck

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
