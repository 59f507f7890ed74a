from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_init_msg import ETLInitMsg
    from ..models.etl_obj_err import ETLObjErr


T = TypeVar("T", bound="ETLDetails")


@_attrs_define
class ETLDetails:
    """
    Attributes:
        init_msg (ETLInitMsg | Unset): ETL init message. v1.5.0 accepts `ETLSpecMsg` (`runtime`) or, deprecated,
            `InitSpecMsg` (`spec`: base64
            pod YAML). The older code-based init (`code`, `funcs`, `dependencies`) of SDK 1.9.2 is NOT in v1.5.0.
        obj_errors (list[ETLObjErr] | Unset):
    """

    init_msg: ETLInitMsg | Unset = UNSET
    obj_errors: list[ETLObjErr] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        init_msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init_msg, Unset):
            init_msg = self.init_msg.to_dict()

        obj_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.obj_errors, Unset):
            obj_errors = []
            for obj_errors_item_data in self.obj_errors:
                obj_errors_item = obj_errors_item_data.to_dict()
                obj_errors.append(obj_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if init_msg is not UNSET:
            field_dict["init_msg"] = init_msg
        if obj_errors is not UNSET:
            field_dict["obj_errors"] = obj_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.etl_init_msg import ETLInitMsg  # noqa: PLC0415
        from ..models.etl_obj_err import ETLObjErr  # noqa: PLC0415

        d = dict(src_dict)
        _init_msg = d.pop("init_msg", UNSET)
        init_msg: ETLInitMsg | Unset
        if isinstance(_init_msg, Unset):
            init_msg = UNSET
        else:
            init_msg = ETLInitMsg.from_dict(_init_msg)

        _obj_errors = d.pop("obj_errors", UNSET)
        obj_errors: list[ETLObjErr] | Unset = UNSET
        if _obj_errors is not UNSET:
            obj_errors = []
            for obj_errors_item_data in _obj_errors:
                obj_errors_item = ETLObjErr.from_dict(obj_errors_item_data)

                obj_errors.append(obj_errors_item)

        etl_details = cls(
            init_msg=init_msg,
            obj_errors=obj_errors,
        )

        etl_details.additional_properties = d
        return etl_details

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
