from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNBIMsg")


@_attrs_define
class CreateNBIMsg:
    """Create a native bucket inventory (`apc.CreateNBIMsg` - `LsoMsg` fields plus these).

    Attributes:
        name (str | Unset): Inventory name (letters, digits, `-`, `_`); empty - the job ID.
        prefix (str | Unset):
        props (str | Unset): Properties to store with each name; empty - `name,size,cached`.
        flags (str | Unset): `LsoMsg.flags` (decimal STRING); name-only / name-size allowed, most others refused.
        names_per_chunk (int | Unset): Names per inventory chunk; 0 - server default (20,000); 2 to 640,000.
        force (bool | Unset): Replace an existing inventory (v1.5.0 keeps one per bucket).
    """

    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    props: str | Unset = UNSET
    flags: str | Unset = UNSET
    names_per_chunk: int | Unset = UNSET
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prefix = self.prefix

        props = self.props

        flags = self.flags

        names_per_chunk = self.names_per_chunk

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if props is not UNSET:
            field_dict["props"] = props
        if flags is not UNSET:
            field_dict["flags"] = flags
        if names_per_chunk is not UNSET:
            field_dict["names_per_chunk"] = names_per_chunk
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        props = d.pop("props", UNSET)

        flags = d.pop("flags", UNSET)

        names_per_chunk = d.pop("names_per_chunk", UNSET)

        force = d.pop("force", UNSET)

        create_nbi_msg = cls(
            name=name,
            prefix=prefix,
            props=props,
            flags=flags,
            names_per_chunk=names_per_chunk,
            force=force,
        )

        create_nbi_msg.additional_properties = d
        return create_nbi_msg

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
