from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_sys_info_proxy import ClusterSysInfoProxy
    from ..models.cluster_sys_info_target import ClusterSysInfoTarget


T = TypeVar("T", bound="ClusterSysInfo")


@_attrs_define
class ClusterSysInfo:
    """
    Attributes:
        proxy (ClusterSysInfoProxy | Unset):
        target (ClusterSysInfoTarget | Unset):
    """

    proxy: ClusterSysInfoProxy | Unset = UNSET
    target: ClusterSysInfoTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_sys_info_proxy import ClusterSysInfoProxy  # noqa: PLC0415
        from ..models.cluster_sys_info_target import ClusterSysInfoTarget  # noqa: PLC0415

        d = dict(src_dict)
        _proxy = d.pop("proxy", UNSET)
        proxy: ClusterSysInfoProxy | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ClusterSysInfoProxy.from_dict(_proxy)

        _target = d.pop("target", UNSET)
        target: ClusterSysInfoTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = ClusterSysInfoTarget.from_dict(_target)

        cluster_sys_info = cls(
            proxy=proxy,
            target=target,
        )

        cluster_sys_info.additional_properties = d
        return cluster_sys_info

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
