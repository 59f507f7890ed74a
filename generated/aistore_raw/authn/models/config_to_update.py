from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_to_update_auth import ConfigToUpdateAuth
    from ..models.config_to_update_log import ConfigToUpdateLog


T = TypeVar("T", bound="ConfigToUpdate")


@_attrs_define
class ConfigToUpdate:
    """
    Attributes:
        auth (ConfigToUpdateAuth | Unset):
        log (ConfigToUpdateLog | Unset):
    """

    auth: ConfigToUpdateAuth | Unset = UNSET
    log: ConfigToUpdateLog | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = self.log.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_to_update_auth import ConfigToUpdateAuth  # noqa: PLC0415
        from ..models.config_to_update_log import ConfigToUpdateLog  # noqa: PLC0415

        d = dict(src_dict)
        _auth = d.pop("auth", UNSET)
        auth: ConfigToUpdateAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ConfigToUpdateAuth.from_dict(_auth)

        _log = d.pop("log", UNSET)
        log: ConfigToUpdateLog | Unset
        if isinstance(_log, Unset):
            log = UNSET
        else:
            log = ConfigToUpdateLog.from_dict(_log)

        config_to_update = cls(
            auth=auth,
            log=log,
        )

        config_to_update.additional_properties = d
        return config_to_update

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
