from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetInfo")


@_attrs_define
class NetInfo:
    """Network endpoint of a node.

    Attributes:
        node_ip_addr (str | Unset):
        daemon_port (str | Unset): Port, as a string.
        direct_url (str | Unset): e.g. `http://127.0.0.1:38081`
    """

    node_ip_addr: str | Unset = UNSET
    daemon_port: str | Unset = UNSET
    direct_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_ip_addr = self.node_ip_addr

        daemon_port = self.daemon_port

        direct_url = self.direct_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_ip_addr is not UNSET:
            field_dict["node_ip_addr"] = node_ip_addr
        if daemon_port is not UNSET:
            field_dict["daemon_port"] = daemon_port
        if direct_url is not UNSET:
            field_dict["direct_url"] = direct_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_ip_addr = d.pop("node_ip_addr", UNSET)

        daemon_port = d.pop("daemon_port", UNSET)

        direct_url = d.pop("direct_url", UNSET)

        net_info = cls(
            node_ip_addr=node_ip_addr,
            daemon_port=daemon_port,
            direct_url=direct_url,
        )

        net_info.additional_properties = d
        return net_info

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
