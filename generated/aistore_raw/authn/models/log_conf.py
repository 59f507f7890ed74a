from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogConf")


@_attrs_define
class LogConf:
    """
    Attributes:
        dir_ (str | Unset):
        level (str | Unset): Decimal verbosity level, "0" to "5".
        max_size (str | Unset): Size with IEC suffix, e.g. "4MiB".
        max_total (str | Unset): Size with IEC suffix, e.g. "4MiB".
        flush_interval (str | Unset): Go duration string, e.g. "24h0m0s", "30s".
    """

    dir_: str | Unset = UNSET
    level: str | Unset = UNSET
    max_size: str | Unset = UNSET
    max_total: str | Unset = UNSET
    flush_interval: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dir_ = self.dir_

        level = self.level

        max_size = self.max_size

        max_total = self.max_total

        flush_interval = self.flush_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dir_ is not UNSET:
            field_dict["dir"] = dir_
        if level is not UNSET:
            field_dict["level"] = level
        if max_size is not UNSET:
            field_dict["max_size"] = max_size
        if max_total is not UNSET:
            field_dict["max_total"] = max_total
        if flush_interval is not UNSET:
            field_dict["flush_interval"] = flush_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dir_ = d.pop("dir", UNSET)

        level = d.pop("level", UNSET)

        max_size = d.pop("max_size", UNSET)

        max_total = d.pop("max_total", UNSET)

        flush_interval = d.pop("flush_interval", UNSET)

        log_conf = cls(
            dir_=dir_,
            level=level,
            max_size=max_size,
            max_total=max_total,
            flush_interval=flush_interval,
        )

        log_conf.additional_properties = d
        return log_conf

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
