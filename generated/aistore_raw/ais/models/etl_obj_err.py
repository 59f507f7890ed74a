from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ETLObjErr")


@_attrs_define
class ETLObjErr:
    """
    Attributes:
        obj_name (str | Unset):
        msg (str | Unset):
        ecode (int | Unset):
    """

    obj_name: str | Unset = UNSET
    msg: str | Unset = UNSET
    ecode: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obj_name = self.obj_name

        msg = self.msg

        ecode = self.ecode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obj_name is not UNSET:
            field_dict["obj_name"] = obj_name
        if msg is not UNSET:
            field_dict["msg"] = msg
        if ecode is not UNSET:
            field_dict["ecode"] = ecode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        obj_name = d.pop("obj_name", UNSET)

        msg = d.pop("msg", UNSET)

        ecode = d.pop("ecode", UNSET)

        etl_obj_err = cls(
            obj_name=obj_name,
            msg=msg,
            ecode=ecode,
        )

        etl_obj_err.additional_properties = d
        return etl_obj_err

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
