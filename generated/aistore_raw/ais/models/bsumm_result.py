from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bsumm_result_obj_count import BsummResultObjCount
    from ..models.bsumm_result_obj_size import BsummResultObjSize
    from ..models.bsumm_result_total_size import BsummResultTotalSize
    from ..models.ns import Ns


T = TypeVar("T", bound="BsummResult")


@_attrs_define
class BsummResult:
    """Bucket summary (`cmn.BsummResult` = bucket + `apc.BsummResult`). Nested group keys are the Go field names.

    Attributes:
        name (str | Unset):
        provider (str | Unset):
        namespace (Ns | Unset): Bucket namespace (global when both empty).
        obj_count (BsummResultObjCount | Unset):
        obj_size (BsummResultObjSize | Unset):
        total_size (BsummResultTotalSize | Unset):
        used_pct (int | Unset):
        is_present (bool | Unset):
    """

    name: str | Unset = UNSET
    provider: str | Unset = UNSET
    namespace: Ns | Unset = UNSET
    obj_count: BsummResultObjCount | Unset = UNSET
    obj_size: BsummResultObjSize | Unset = UNSET
    total_size: BsummResultTotalSize | Unset = UNSET
    used_pct: int | Unset = UNSET
    is_present: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        obj_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obj_count, Unset):
            obj_count = self.obj_count.to_dict()

        obj_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obj_size, Unset):
            obj_size = self.obj_size.to_dict()

        total_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_size, Unset):
            total_size = self.total_size.to_dict()

        used_pct = self.used_pct

        is_present = self.is_present

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if obj_count is not UNSET:
            field_dict["ObjCount"] = obj_count
        if obj_size is not UNSET:
            field_dict["ObjSize"] = obj_size
        if total_size is not UNSET:
            field_dict["TotalSize"] = total_size
        if used_pct is not UNSET:
            field_dict["used_pct"] = used_pct
        if is_present is not UNSET:
            field_dict["is_present"] = is_present

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bsumm_result_obj_count import BsummResultObjCount  # noqa: PLC0415
        from ..models.bsumm_result_obj_size import BsummResultObjSize  # noqa: PLC0415
        from ..models.bsumm_result_total_size import BsummResultTotalSize  # noqa: PLC0415
        from ..models.ns import Ns  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        provider = d.pop("provider", UNSET)

        _namespace = d.pop("namespace", UNSET)
        namespace: Ns | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = Ns.from_dict(_namespace)

        _obj_count = d.pop("ObjCount", UNSET)
        obj_count: BsummResultObjCount | Unset
        if isinstance(_obj_count, Unset):
            obj_count = UNSET
        else:
            obj_count = BsummResultObjCount.from_dict(_obj_count)

        _obj_size = d.pop("ObjSize", UNSET)
        obj_size: BsummResultObjSize | Unset
        if isinstance(_obj_size, Unset):
            obj_size = UNSET
        else:
            obj_size = BsummResultObjSize.from_dict(_obj_size)

        _total_size = d.pop("TotalSize", UNSET)
        total_size: BsummResultTotalSize | Unset
        if isinstance(_total_size, Unset):
            total_size = UNSET
        else:
            total_size = BsummResultTotalSize.from_dict(_total_size)

        used_pct = d.pop("used_pct", UNSET)

        is_present = d.pop("is_present", UNSET)

        bsumm_result = cls(
            name=name,
            provider=provider,
            namespace=namespace,
            obj_count=obj_count,
            obj_size=obj_size,
            total_size=total_size,
            used_pct=used_pct,
            is_present=is_present,
        )

        bsumm_result.additional_properties = d
        return bsumm_result

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
