from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rate_limit_adaptive import RateLimitAdaptive
    from ..models.rate_limit_bursty import RateLimitBursty


T = TypeVar("T", bound="RateLimitConf")


@_attrs_define
class RateLimitConf:
    """
    Attributes:
        backend (RateLimitAdaptive | Unset): Backend (adaptive) rate limiting (`cmn.Adaptive`).
        frontend (RateLimitBursty | Unset): Frontend (bursty) rate limiting (`cmn.Bursty`).
    """

    backend: RateLimitAdaptive | Unset = UNSET
    frontend: RateLimitBursty | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend, Unset):
            backend = self.backend.to_dict()

        frontend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frontend, Unset):
            frontend = self.frontend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backend is not UNSET:
            field_dict["backend"] = backend
        if frontend is not UNSET:
            field_dict["frontend"] = frontend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_limit_adaptive import RateLimitAdaptive  # noqa: PLC0415
        from ..models.rate_limit_bursty import RateLimitBursty  # noqa: PLC0415

        d = dict(src_dict)
        _backend = d.pop("backend", UNSET)
        backend: RateLimitAdaptive | Unset
        if isinstance(_backend, Unset):
            backend = UNSET
        else:
            backend = RateLimitAdaptive.from_dict(_backend)

        _frontend = d.pop("frontend", UNSET)
        frontend: RateLimitBursty | Unset
        if isinstance(_frontend, Unset):
            frontend = UNSET
        else:
            frontend = RateLimitBursty.from_dict(_frontend)

        rate_limit_conf = cls(
            backend=backend,
            frontend=frontend,
        )

        rate_limit_conf.additional_properties = d
        return rate_limit_conf

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
