from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DsortAlgorithm")


@_attrs_define
class DsortAlgorithm:
    """
    Attributes:
        kind (str | Unset): `alphanumeric` (default), `none`, `md5`, `shuffle`, `content`.
        decreasing (bool | Unset):
        seed (str | Unset):
        extension (str | Unset): `content` sorting - extension of the file holding the key, e.g. `.cls`.
        content_key_type (str | Unset): `int`, `string` or `float`.
    """

    kind: str | Unset = UNSET
    decreasing: bool | Unset = UNSET
    seed: str | Unset = UNSET
    extension: str | Unset = UNSET
    content_key_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        decreasing = self.decreasing

        seed = self.seed

        extension = self.extension

        content_key_type = self.content_key_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if decreasing is not UNSET:
            field_dict["decreasing"] = decreasing
        if seed is not UNSET:
            field_dict["seed"] = seed
        if extension is not UNSET:
            field_dict["extension"] = extension
        if content_key_type is not UNSET:
            field_dict["content_key_type"] = content_key_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        decreasing = d.pop("decreasing", UNSET)

        seed = d.pop("seed", UNSET)

        extension = d.pop("extension", UNSET)

        content_key_type = d.pop("content_key_type", UNSET)

        dsort_algorithm = cls(
            kind=kind,
            decreasing=decreasing,
            seed=seed,
            extension=extension,
            content_key_type=content_key_type,
        )

        dsort_algorithm.additional_properties = d
        return dsort_algorithm

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
