from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_conf import LogConf
    from ..models.net_conf import NetConf
    from ..models.server_conf import ServerConf
    from ..models.timeout_conf import TimeoutConf


T = TypeVar("T", bound="Config")


@_attrs_define
class Config:
    """AuthN configuration (`authn.Config`).

    Attributes:
        auth (ServerConf | Unset):
        log (LogConf | Unset):
        net (NetConf | Unset):
        timeout (TimeoutConf | Unset):
    """

    auth: ServerConf | Unset = UNSET
    log: LogConf | Unset = UNSET
    net: NetConf | Unset = UNSET
    timeout: TimeoutConf | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net, Unset):
            net = self.net.to_dict()

        timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if log is not UNSET:
            field_dict["log"] = log
        if net is not UNSET:
            field_dict["net"] = net
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_conf import LogConf  # noqa: PLC0415
        from ..models.net_conf import NetConf  # noqa: PLC0415
        from ..models.server_conf import ServerConf  # noqa: PLC0415
        from ..models.timeout_conf import TimeoutConf  # noqa: PLC0415

        d = dict(src_dict)
        _auth = d.pop("auth", UNSET)
        auth: ServerConf | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ServerConf.from_dict(_auth)

        _log = d.pop("log", UNSET)
        log: LogConf | Unset
        if isinstance(_log, Unset):
            log = UNSET
        else:
            log = LogConf.from_dict(_log)

        _net = d.pop("net", UNSET)
        net: NetConf | Unset
        if isinstance(_net, Unset):
            net = UNSET
        else:
            net = NetConf.from_dict(_net)

        _timeout = d.pop("timeout", UNSET)
        timeout: TimeoutConf | Unset
        if isinstance(_timeout, Unset):
            timeout = UNSET
        else:
            timeout = TimeoutConf.from_dict(_timeout)

        config = cls(
            auth=auth,
            log=log,
            net=net,
            timeout=timeout,
        )

        config.additional_properties = d
        return config

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
