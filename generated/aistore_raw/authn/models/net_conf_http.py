from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetConfHttp")


@_attrs_define
class NetConfHttp:
    """
    Attributes:
        server_crt (str | Unset):
        server_key (str | Unset):
        port (int | Unset):
        use_https (bool | Unset):
    """

    server_crt: str | Unset = UNSET
    server_key: str | Unset = UNSET
    port: int | Unset = UNSET
    use_https: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_crt = self.server_crt

        server_key = self.server_key

        port = self.port

        use_https = self.use_https

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_crt is not UNSET:
            field_dict["server_crt"] = server_crt
        if server_key is not UNSET:
            field_dict["server_key"] = server_key
        if port is not UNSET:
            field_dict["port"] = port
        if use_https is not UNSET:
            field_dict["use_https"] = use_https

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_crt = d.pop("server_crt", UNSET)

        server_key = d.pop("server_key", UNSET)

        port = d.pop("port", UNSET)

        use_https = d.pop("use_https", UNSET)

        net_conf_http = cls(
            server_crt=server_crt,
            server_key=server_key,
            port=port,
            use_https=use_https,
        )

        net_conf_http.additional_properties = d
        return net_conf_http

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
