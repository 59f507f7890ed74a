from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prefetch_msg import PrefetchMsg


T = TypeVar("T", bound="ActMsgPrefetchListrange")


@_attrs_define
class ActMsgPrefetchListrange:
    """`prefetch-listrange` - fetch remote objects into the cluster.

    Attributes:
        action (Literal['prefetch-listrange']):  Default: 'prefetch-listrange'.
        name (str | Unset):
        value (PrefetchMsg | Unset): Value of `prefetch-listrange` (`apc.PrefetchMsg`).
    """

    action: Literal["prefetch-listrange"] = "prefetch-listrange"
    name: str | Unset = UNSET
    value: PrefetchMsg | Unset = UNSET
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
        from ..models.prefetch_msg import PrefetchMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["prefetch-listrange"], d.pop("action"))
        if action != "prefetch-listrange":
            raise ValueError(f"action must match const 'prefetch-listrange', got '{action}'")

        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: PrefetchMsg | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = PrefetchMsg.from_dict(_value)

        act_msg_prefetch_listrange = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_prefetch_listrange.additional_properties = d
        return act_msg_prefetch_listrange

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
