from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.net_info import NetInfo


T = TypeVar("T", bound="Snode")


@_attrs_define
class Snode:
    """A node (proxy or target) in the cluster map.

    Attributes:
        daemon_type (str): `proxy` or `target`
        daemon_id (str): e.g. `rEUt38081`
        public_net (NetInfo | Unset): Network endpoint of a node.
        intra_data_net (NetInfo | Unset): Network endpoint of a node.
        intra_control_net (NetInfo | Unset): Network endpoint of a node.
        pub_extra (list[NetInfo] | Unset):
        flags (int | Unset): Bit flags: 1 non-electable, 2 IC member, 4 maintenance, 8 decommission, 16 maintenance-
            post-rebalance.
        id_digest (int | Unset): XXH64 of `daemon_id` (seed 1103515245), used by HRW placement; uint64 (may exceed
            2^63).
        verifying_key (str | Unset): Node signing public key (base64), v5.0+.
    """

    daemon_type: str
    daemon_id: str
    public_net: NetInfo | Unset = UNSET
    intra_data_net: NetInfo | Unset = UNSET
    intra_control_net: NetInfo | Unset = UNSET
    pub_extra: list[NetInfo] | Unset = UNSET
    flags: int | Unset = UNSET
    id_digest: int | Unset = UNSET
    verifying_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daemon_type = self.daemon_type

        daemon_id = self.daemon_id

        public_net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_net, Unset):
            public_net = self.public_net.to_dict()

        intra_data_net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intra_data_net, Unset):
            intra_data_net = self.intra_data_net.to_dict()

        intra_control_net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intra_control_net, Unset):
            intra_control_net = self.intra_control_net.to_dict()

        pub_extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pub_extra, Unset):
            pub_extra = []
            for pub_extra_item_data in self.pub_extra:
                pub_extra_item = pub_extra_item_data.to_dict()
                pub_extra.append(pub_extra_item)

        flags = self.flags

        id_digest = self.id_digest

        verifying_key = self.verifying_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daemon_type": daemon_type,
                "daemon_id": daemon_id,
            }
        )
        if public_net is not UNSET:
            field_dict["public_net"] = public_net
        if intra_data_net is not UNSET:
            field_dict["intra_data_net"] = intra_data_net
        if intra_control_net is not UNSET:
            field_dict["intra_control_net"] = intra_control_net
        if pub_extra is not UNSET:
            field_dict["pub_extra"] = pub_extra
        if flags is not UNSET:
            field_dict["flags"] = flags
        if id_digest is not UNSET:
            field_dict["id_digest"] = id_digest
        if verifying_key is not UNSET:
            field_dict["verifying_key"] = verifying_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.net_info import NetInfo  # noqa: PLC0415

        d = dict(src_dict)
        daemon_type = d.pop("daemon_type")

        daemon_id = d.pop("daemon_id")

        _public_net = d.pop("public_net", UNSET)
        public_net: NetInfo | Unset
        if isinstance(_public_net, Unset):
            public_net = UNSET
        else:
            public_net = NetInfo.from_dict(_public_net)

        _intra_data_net = d.pop("intra_data_net", UNSET)
        intra_data_net: NetInfo | Unset
        if isinstance(_intra_data_net, Unset):
            intra_data_net = UNSET
        else:
            intra_data_net = NetInfo.from_dict(_intra_data_net)

        _intra_control_net = d.pop("intra_control_net", UNSET)
        intra_control_net: NetInfo | Unset
        if isinstance(_intra_control_net, Unset):
            intra_control_net = UNSET
        else:
            intra_control_net = NetInfo.from_dict(_intra_control_net)

        _pub_extra = d.pop("pub_extra", UNSET)
        pub_extra: list[NetInfo] | Unset = UNSET
        if _pub_extra is not UNSET:
            pub_extra = []
            for pub_extra_item_data in _pub_extra:
                pub_extra_item = NetInfo.from_dict(pub_extra_item_data)

                pub_extra.append(pub_extra_item)

        flags = d.pop("flags", UNSET)

        id_digest = d.pop("id_digest", UNSET)

        verifying_key = d.pop("verifying_key", UNSET)

        snode = cls(
            daemon_type=daemon_type,
            daemon_id=daemon_id,
            public_net=public_net,
            intra_data_net=intra_data_net,
            intra_control_net=intra_control_net,
            pub_extra=pub_extra,
            flags=flags,
            id_digest=id_digest,
            verifying_key=verifying_key,
        )

        snode.additional_properties = d
        return snode

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
