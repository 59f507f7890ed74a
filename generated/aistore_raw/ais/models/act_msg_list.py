from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.lso_msg import LsoMsg


T = TypeVar("T", bound="ActMsgList")


@_attrs_define
class ActMsgList:
    """`list` - list objects: one page per call, selected by `value`. `value` is required: without it
    the server takes the request for a list-buckets query and answers 400. No `name`: a v1.5.0
    target panics on a list-objects message with `name` set (the bucket is in the path).

        Attributes:
            action (Literal['list']):  Default: 'list'.
            value (LsoMsg): List-objects request (`apc.LsoMsg`).
    """

    value: LsoMsg
    action: Literal["list"] = "list"

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lso_msg import LsoMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["list"], d.pop("action"))
        if action != "list":
            raise ValueError(f"action must match const 'list', got '{action}'")

        value = LsoMsg.from_dict(d.pop("value"))

        act_msg_list = cls(
            action=action,
            value=value,
        )

        return act_msg_list
