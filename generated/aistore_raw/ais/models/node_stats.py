from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_capacity import NodeCapacity
    from ..models.node_stats_tracker import NodeStatsTracker
    from ..models.snode import Snode


T = TypeVar("T", bound="NodeStats")


@_attrs_define
class NodeStats:
    """Node stats (`stats.Node`).

    Attributes:
        snode (Snode | Unset): A node (proxy or target) in the cluster map.
        tracker (NodeStatsTracker | Unset): Metric name (e.g. `get.n`, `put.size`, `get.ns`, `err.get.n`) => integer
            value.
        capacity (NodeCapacity | Unset): Target capacity (`fs.Tcdf`).
    """

    snode: Snode | Unset = UNSET
    tracker: NodeStatsTracker | Unset = UNSET
    capacity: NodeCapacity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snode, Unset):
            snode = self.snode.to_dict()

        tracker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracker, Unset):
            tracker = self.tracker.to_dict()

        capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snode is not UNSET:
            field_dict["snode"] = snode
        if tracker is not UNSET:
            field_dict["tracker"] = tracker
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_capacity import NodeCapacity  # noqa: PLC0415
        from ..models.node_stats_tracker import NodeStatsTracker  # noqa: PLC0415
        from ..models.snode import Snode  # noqa: PLC0415

        d = dict(src_dict)
        _snode = d.pop("snode", UNSET)
        snode: Snode | Unset
        if isinstance(_snode, Unset):
            snode = UNSET
        else:
            snode = Snode.from_dict(_snode)

        _tracker = d.pop("tracker", UNSET)
        tracker: NodeStatsTracker | Unset
        if isinstance(_tracker, Unset):
            tracker = UNSET
        else:
            tracker = NodeStatsTracker.from_dict(_tracker)

        _capacity = d.pop("capacity", UNSET)
        capacity: NodeCapacity | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = NodeCapacity.from_dict(_capacity)

        node_stats = cls(
            snode=snode,
            tracker=tracker,
            capacity=capacity,
        )

        node_stats.additional_properties = d
        return node_stats

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
