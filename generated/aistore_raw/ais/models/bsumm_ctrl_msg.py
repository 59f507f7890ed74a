from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BsummCtrlMsg")


@_attrs_define
class BsummCtrlMsg:
    """Bucket summary control message (`apc.BsummCtrlMsg`).

    Attributes:
        uuid (str | Unset): Empty on the first call; the job ID afterwards.
        prefix (str | Unset):
        cached (bool | Unset): Only objects present in the cluster.
        present (bool | Unset): Only buckets present in the cluster.
        dont_add_remote (bool | Unset):
    """

    uuid: str | Unset = UNSET
    prefix: str | Unset = UNSET
    cached: bool | Unset = UNSET
    present: bool | Unset = UNSET
    dont_add_remote: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        prefix = self.prefix

        cached = self.cached

        present = self.present

        dont_add_remote = self.dont_add_remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if cached is not UNSET:
            field_dict["cached"] = cached
        if present is not UNSET:
            field_dict["present"] = present
        if dont_add_remote is not UNSET:
            field_dict["dont_add_remote"] = dont_add_remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        prefix = d.pop("prefix", UNSET)

        cached = d.pop("cached", UNSET)

        present = d.pop("present", UNSET)

        dont_add_remote = d.pop("dont_add_remote", UNSET)

        bsumm_ctrl_msg = cls(
            uuid=uuid,
            prefix=prefix,
            cached=cached,
            present=present,
            dont_add_remote=dont_add_remote,
        )

        bsumm_ctrl_msg.additional_properties = d
        return bsumm_ctrl_msg

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
