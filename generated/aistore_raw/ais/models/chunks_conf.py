from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChunksConf")


@_attrs_define
class ChunksConf:
    """
    Attributes:
        objsize_limit (str | Unset): Size (IEC string such as `1GiB` on output; number or string on input).
        max_monolithic_size (str | Unset):
        chunk_size (str | Unset):
        checkpoint_every (int | Unset):
        flags (int | Unset):
    """

    objsize_limit: str | Unset = UNSET
    max_monolithic_size: str | Unset = UNSET
    chunk_size: str | Unset = UNSET
    checkpoint_every: int | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objsize_limit = self.objsize_limit

        max_monolithic_size = self.max_monolithic_size

        chunk_size = self.chunk_size

        checkpoint_every = self.checkpoint_every

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objsize_limit is not UNSET:
            field_dict["objsize_limit"] = objsize_limit
        if max_monolithic_size is not UNSET:
            field_dict["max_monolithic_size"] = max_monolithic_size
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if checkpoint_every is not UNSET:
            field_dict["checkpoint_every"] = checkpoint_every
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        objsize_limit = d.pop("objsize_limit", UNSET)

        max_monolithic_size = d.pop("max_monolithic_size", UNSET)

        chunk_size = d.pop("chunk_size", UNSET)

        checkpoint_every = d.pop("checkpoint_every", UNSET)

        flags = d.pop("flags", UNSET)

        chunks_conf = cls(
            objsize_limit=objsize_limit,
            max_monolithic_size=max_monolithic_size,
            chunk_size=chunk_size,
            checkpoint_every=checkpoint_every,
            flags=flags,
        )

        chunks_conf.additional_properties = d
        return chunks_conf

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
