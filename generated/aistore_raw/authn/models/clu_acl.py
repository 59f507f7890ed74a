from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CluACL")


@_attrs_define
class CluACL:
    """A registered cluster, or a cluster permission inside a role.

    Attributes:
        id (str): Cluster UUID (the Smap UUID).
        alias (str | Unset):
        urls (list[str] | Unset):
        perm (str | Unset): Access mask (`apc.AccessAttrs`, uint64) as a DECIMAL STRING, e.g. "771" (read-only), "831"
            (read-write),
            "18446744073709551615" (all). A JSON number is rejected.
    """

    id: str
    alias: str | Unset = UNSET
    urls: list[str] | Unset = UNSET
    perm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alias = self.alias

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        perm = self.perm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if urls is not UNSET:
            field_dict["urls"] = urls
        if perm is not UNSET:
            field_dict["perm"] = perm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        alias = d.pop("alias", UNSET)

        urls = cast(list[str], d.pop("urls", UNSET))

        perm = d.pop("perm", UNSET)

        clu_acl = cls(
            id=id,
            alias=alias,
            urls=urls,
            perm=perm,
        )

        clu_acl.additional_properties = d
        return clu_acl

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
