from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_stats_target import ClusterStatsTarget
    from ..models.node_stats import NodeStats


T = TypeVar("T", bound="ClusterStats")


@_attrs_define
class ClusterStats:
    """Cluster stats (`stats.Cluster`, `GET /v1/cluster?what=node_stats`).

    Attributes:
        proxy (NodeStats | Unset): Node stats (`stats.Node`).
        target (ClusterStatsTarget | Unset):
    """

    proxy: NodeStats | Unset = UNSET
    target: ClusterStatsTarget | Unset = UNSET
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
        from ..models.cluster_stats_target import ClusterStatsTarget  # noqa: PLC0415
        from ..models.node_stats import NodeStats  # noqa: PLC0415

        d = dict(src_dict)
        _proxy = d.pop("proxy", UNSET)
        proxy: NodeStats | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = NodeStats.from_dict(_proxy)

        _target = d.pop("target", UNSET)
        target: ClusterStatsTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = ClusterStatsTarget.from_dict(_target)

        cluster_stats = cls(
            proxy=proxy,
            target=target,
        )

        cluster_stats.additional_properties = d
        return cluster_stats

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
