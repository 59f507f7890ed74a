from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActMsgListBuckets")


@_attrs_define
class ActMsgListBuckets:
    """`list` - list buckets; `name` (optional) selects one bucket. No `value`: with a `value` the
    proxy takes the request for a list-objects one and fails.

        Attributes:
            action (Literal['list']):  Default: 'list'.
            name (str | Unset):
    """

    action: Literal["list"] = "list"
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["list"], d.pop("action"))
        if action != "list":
            raise ValueError(f"action must match const 'list', got '{action}'")

        name = d.pop("name", UNSET)

        act_msg_list_buckets = cls(
            action=action,
            name=name,
        )

        return act_msg_list_buckets
