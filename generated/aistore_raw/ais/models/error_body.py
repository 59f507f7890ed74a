from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Error answer (`cmn.ErrHTTP`).

    Attributes:
        message (str):
        tcode (str | Unset): Error type code, e.g. `ErrBckNotFound`, `ErrNotFound`, `ErrUnsupp`, `ErrFailedTo`.
        method (str | Unset):
        url_path (str | Unset):
        remote_addr (str | Unset):
        caller (str | Unset):
        node (str | Unset): `p[ID]` or `t[ID]`
        status (int | Unset): HTTP status code.
    """

    message: str
    tcode: str | Unset = UNSET
    method: str | Unset = UNSET
    url_path: str | Unset = UNSET
    remote_addr: str | Unset = UNSET
    caller: str | Unset = UNSET
    node: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        tcode = self.tcode

        method = self.method

        url_path = self.url_path

        remote_addr = self.remote_addr

        caller = self.caller

        node = self.node

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if tcode is not UNSET:
            field_dict["tcode"] = tcode
        if method is not UNSET:
            field_dict["method"] = method
        if url_path is not UNSET:
            field_dict["url_path"] = url_path
        if remote_addr is not UNSET:
            field_dict["remote_addr"] = remote_addr
        if caller is not UNSET:
            field_dict["caller"] = caller
        if node is not UNSET:
            field_dict["node"] = node
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        tcode = d.pop("tcode", UNSET)

        method = d.pop("method", UNSET)

        url_path = d.pop("url_path", UNSET)

        remote_addr = d.pop("remote_addr", UNSET)

        caller = d.pop("caller", UNSET)

        node = d.pop("node", UNSET)

        status = d.pop("status", UNSET)

        error_body = cls(
            message=message,
            tcode=tcode,
            method=method,
            url_path=url_path,
            remote_addr=remote_addr,
            caller=caller,
            node=node,
            status=status,
        )

        error_body.additional_properties = d
        return error_body

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
