from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvdMsg")


@_attrs_define
class EvdMsg:
    """Value of `delete-listrange` / `evict-listrange` (`apc.EvdMsg`).

    Attributes:
        template (str | Unset):
        objnames (list[str] | Unset):
        num_workers (int | Unset):
        coer (bool | Unset): Continue on error.
        non_recurs (bool | Unset): With a prefix template - do not recurse into "subdirectories".
    """

    template: str | Unset = UNSET
    objnames: list[str] | Unset = UNSET
    num_workers: int | Unset = UNSET
    coer: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        objnames: list[str] | Unset = UNSET
        if not isinstance(self.objnames, Unset):
            objnames = self.objnames

        num_workers = self.num_workers

        coer = self.coer

        non_recurs = self.non_recurs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if coer is not UNSET:
            field_dict["coer"] = coer
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template = d.pop("template", UNSET)

        objnames = cast(list[str], d.pop("objnames", UNSET))

        num_workers = d.pop("num-workers", UNSET)

        coer = d.pop("coer", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        evd_msg = cls(
            template=template,
            objnames=objnames,
            num_workers=num_workers,
            coer=coer,
            non_recurs=non_recurs,
        )

        evd_msg.additional_properties = d
        return evd_msg

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
