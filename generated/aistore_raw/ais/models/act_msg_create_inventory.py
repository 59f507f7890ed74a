from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_nbi_msg import CreateNBIMsg


T = TypeVar("T", bound="ActMsgCreateInventory")


@_attrs_define
class ActMsgCreateInventory:
    """`create-inventory` - create a native bucket inventory (NBI); answers the job ID. v1.5.0 documents
    NBI for remote buckets only; for an ais:// bucket it answers 200 and then its targets crash
    (nil backend in `XactNBI.Run`), so the SDK refuses ais:// buckets before sending.

        Attributes:
            action (Literal['create-inventory']):  Default: 'create-inventory'.
            value (CreateNBIMsg): Create a native bucket inventory (`apc.CreateNBIMsg` - `LsoMsg` fields plus these).
            name (str | Unset):
    """

    value: CreateNBIMsg
    action: Literal["create-inventory"] = "create-inventory"
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
        from ..models.create_nbi_msg import CreateNBIMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["create-inventory"], d.pop("action"))
        if action != "create-inventory":
            raise ValueError(f"action must match const 'create-inventory', got '{action}'")

        value = CreateNBIMsg.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        act_msg_create_inventory = cls(
            action=action,
            value=value,
            name=name,
        )

        act_msg_create_inventory.additional_properties = d
        return act_msg_create_inventory

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
