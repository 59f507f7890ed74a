from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="BckACL")


@_attrs_define
class BckACL:
    """
    Attributes:
        bck (Bck):
        perm (str): Access mask (`apc.AccessAttrs`, uint64) as a DECIMAL STRING, e.g. "771" (read-only), "831" (read-
            write),
            "18446744073709551615" (all). A JSON number is rejected.
    """

    bck: Bck
    perm: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bck = self.bck.to_dict()

        perm = self.perm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bck": bck,
                "perm": perm,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415

        d = dict(src_dict)
        bck = Bck.from_dict(d.pop("bck"))

        perm = d.pop("perm")

        bck_acl = cls(
            bck=bck,
            perm=perm,
        )

        bck_acl.additional_properties = d
        return bck_acl

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
