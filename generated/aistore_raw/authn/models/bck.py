from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace import Namespace


T = TypeVar("T", bound="Bck")


@_attrs_define
class Bck:
    """
    Attributes:
        name (str):
        provider (str | Unset): `ais`, `aws`, `gcp`, `azure`, `oci`, ...; empty means `ais`.
        namespace (Namespace | Unset):
    """

    name: str
    provider: str | Unset = UNSET
    namespace: Namespace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.namespace import Namespace  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider", UNSET)

        _namespace = d.pop("namespace", UNSET)
        namespace: Namespace | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = Namespace.from_dict(_namespace)

        bck = cls(
            name=name,
            provider=provider,
            namespace=namespace,
        )

        bck.additional_properties = d
        return bck

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
