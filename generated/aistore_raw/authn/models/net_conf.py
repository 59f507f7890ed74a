from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.net_conf_http import NetConfHttp


T = TypeVar("T", bound="NetConf")


@_attrs_define
class NetConf:
    """
    Attributes:
        external_url (str | Unset):
        http (NetConfHttp | Unset):
    """

    external_url: str | Unset = UNSET
    http: NetConfHttp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_url = self.external_url

        http: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http, Unset):
            http = self.http.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_url is not UNSET:
            field_dict["external_url"] = external_url
        if http is not UNSET:
            field_dict["http"] = http

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.net_conf_http import NetConfHttp  # noqa: PLC0415

        d = dict(src_dict)
        external_url = d.pop("external_url", UNSET)

        _http = d.pop("http", UNSET)
        http: NetConfHttp | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = NetConfHttp.from_dict(_http)

        net_conf = cls(
            external_url=external_url,
            http=http,
        )

        net_conf.additional_properties = d
        return net_conf

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
