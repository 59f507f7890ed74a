from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mem_cpu_info import MemCPUInfo
    from ..models.node_capacity import NodeCapacity
    from ..models.node_state_info import NodeStateInfo
    from ..models.node_status_tracker import NodeStatusTracker
    from ..models.snode import Snode
    from ..models.xact_snap import XactSnap


T = TypeVar("T", bound="NodeStatus")


@_attrs_define
class NodeStatus:
    """Node stats and status (`stats.NodeStatus`, `what=node_status`).

    Attributes:
        snode (Snode | Unset): A node (proxy or target) in the cluster map.
        tracker (NodeStatusTracker | Unset): Metric name (e.g. `get.n`, `put.size`, `get.ns`, `err.get.n`) => integer
            value.
        capacity (NodeCapacity | Unset): Target capacity (`fs.Tcdf`).
        rebalance_snap (XactSnap | Unset): Snapshot of a job on one target (`core.Snap`).
        status (str | Unset):
        deployment (str | Unset):
        ais_version (str | Unset):
        build_time (str | Unset):
        k8s_pod_name (str | Unset):
        reserved1 (str | Unset):
        reserved2 (str | Unset):
        cluster (NodeStateInfo | Unset): Node state info (`cos.NodeStateInfo`, answered by `GET /v1/health?cii=true`);
            untyped here.
        sys_info (MemCPUInfo | Unset): Memory and CPU usage (`apc.MemCPUInfo`); untyped here.
        smap_version (str | Unset): int64 as a decimal string.
        reserved3 (int | Unset):
        reserved4 (int | Unset):
    """

    snode: Snode | Unset = UNSET
    tracker: NodeStatusTracker | Unset = UNSET
    capacity: NodeCapacity | Unset = UNSET
    rebalance_snap: XactSnap | Unset = UNSET
    status: str | Unset = UNSET
    deployment: str | Unset = UNSET
    ais_version: str | Unset = UNSET
    build_time: str | Unset = UNSET
    k8s_pod_name: str | Unset = UNSET
    reserved1: str | Unset = UNSET
    reserved2: str | Unset = UNSET
    cluster: NodeStateInfo | Unset = UNSET
    sys_info: MemCPUInfo | Unset = UNSET
    smap_version: str | Unset = UNSET
    reserved3: int | Unset = UNSET
    reserved4: int | Unset = UNSET
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

        rebalance_snap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rebalance_snap, Unset):
            rebalance_snap = self.rebalance_snap.to_dict()

        status = self.status

        deployment = self.deployment

        ais_version = self.ais_version

        build_time = self.build_time

        k8s_pod_name = self.k8s_pod_name

        reserved1 = self.reserved1

        reserved2 = self.reserved2

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        sys_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sys_info, Unset):
            sys_info = self.sys_info.to_dict()

        smap_version = self.smap_version

        reserved3 = self.reserved3

        reserved4 = self.reserved4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snode is not UNSET:
            field_dict["snode"] = snode
        if tracker is not UNSET:
            field_dict["tracker"] = tracker
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if rebalance_snap is not UNSET:
            field_dict["rebalance_snap"] = rebalance_snap
        if status is not UNSET:
            field_dict["status"] = status
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if ais_version is not UNSET:
            field_dict["ais_version"] = ais_version
        if build_time is not UNSET:
            field_dict["build_time"] = build_time
        if k8s_pod_name is not UNSET:
            field_dict["k8s_pod_name"] = k8s_pod_name
        if reserved1 is not UNSET:
            field_dict["reserved1"] = reserved1
        if reserved2 is not UNSET:
            field_dict["reserved2"] = reserved2
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if sys_info is not UNSET:
            field_dict["sys_info"] = sys_info
        if smap_version is not UNSET:
            field_dict["smap_version"] = smap_version
        if reserved3 is not UNSET:
            field_dict["reserved3"] = reserved3
        if reserved4 is not UNSET:
            field_dict["reserved4"] = reserved4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mem_cpu_info import MemCPUInfo  # noqa: PLC0415
        from ..models.node_capacity import NodeCapacity  # noqa: PLC0415
        from ..models.node_state_info import NodeStateInfo  # noqa: PLC0415
        from ..models.node_status_tracker import NodeStatusTracker  # noqa: PLC0415
        from ..models.snode import Snode  # noqa: PLC0415
        from ..models.xact_snap import XactSnap  # noqa: PLC0415

        d = dict(src_dict)
        _snode = d.pop("snode", UNSET)
        snode: Snode | Unset
        if isinstance(_snode, Unset):
            snode = UNSET
        else:
            snode = Snode.from_dict(_snode)

        _tracker = d.pop("tracker", UNSET)
        tracker: NodeStatusTracker | Unset
        if isinstance(_tracker, Unset):
            tracker = UNSET
        else:
            tracker = NodeStatusTracker.from_dict(_tracker)

        _capacity = d.pop("capacity", UNSET)
        capacity: NodeCapacity | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = NodeCapacity.from_dict(_capacity)

        _rebalance_snap = d.pop("rebalance_snap", UNSET)
        rebalance_snap: XactSnap | Unset
        if isinstance(_rebalance_snap, Unset):
            rebalance_snap = UNSET
        else:
            rebalance_snap = XactSnap.from_dict(_rebalance_snap)

        status = d.pop("status", UNSET)

        deployment = d.pop("deployment", UNSET)

        ais_version = d.pop("ais_version", UNSET)

        build_time = d.pop("build_time", UNSET)

        k8s_pod_name = d.pop("k8s_pod_name", UNSET)

        reserved1 = d.pop("reserved1", UNSET)

        reserved2 = d.pop("reserved2", UNSET)

        _cluster = d.pop("cluster", UNSET)
        cluster: NodeStateInfo | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = NodeStateInfo.from_dict(_cluster)

        _sys_info = d.pop("sys_info", UNSET)
        sys_info: MemCPUInfo | Unset
        if isinstance(_sys_info, Unset):
            sys_info = UNSET
        else:
            sys_info = MemCPUInfo.from_dict(_sys_info)

        smap_version = d.pop("smap_version", UNSET)

        reserved3 = d.pop("reserved3", UNSET)

        reserved4 = d.pop("reserved4", UNSET)

        node_status = cls(
            snode=snode,
            tracker=tracker,
            capacity=capacity,
            rebalance_snap=rebalance_snap,
            status=status,
            deployment=deployment,
            ais_version=ais_version,
            build_time=build_time,
            k8s_pod_name=k8s_pod_name,
            reserved1=reserved1,
            reserved2=reserved2,
            cluster=cluster,
            sys_info=sys_info,
            smap_version=smap_version,
            reserved3=reserved3,
            reserved4=reserved4,
        )

        node_status.additional_properties = d
        return node_status

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
