from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evd_msg import EvdMsg


T = TypeVar("T", bound="ActMsgEvictListrange")


@_attrs_define
class ActMsgEvictListrange:
    """`evict-listrange` - evict selected remote objects (or, on DELETE object, that one object with `name` =
    `<bucket>/<object>`).

        Attributes:
            action (Literal['evict-listrange']):  Default: 'evict-listrange'.
            name (str | Unset):
            value (EvdMsg | Unset): Value of `delete-listrange` / `evict-listrange` (`apc.EvdMsg`).
    """

    action: Literal["evict-listrange"] = "evict-listrange"
    name: str | Unset = UNSET
    value: EvdMsg | Unset = UNSET
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
        from ..models.evd_msg import EvdMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["evict-listrange"], d.pop("action"))
        if action != "evict-listrange":
            raise ValueError(f"action must match const 'evict-listrange', got '{action}'")

        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: EvdMsg | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = EvdMsg.from_dict(_value)

        act_msg_evict_listrange = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_evict_listrange.additional_properties = d
        return act_msg_evict_listrange

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
