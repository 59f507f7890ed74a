from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlobMsg")


@_attrs_define
class BlobMsg:
    """Value of `blob-download` (`apc.BlobMsg`).

    Attributes:
        chunk_size (int | Unset): Chunk size, bytes (0 - default).
        full_size (int | Unset): Full object size if known (bytes).
        chunk_read_timeout (str | Unset): Per-attempt read timeout (duration).
        num_workers (int | Unset): Concurrent readers (0 - auto).
        latest_ver (bool | Unset):
    """

    chunk_size: int | Unset = UNSET
    full_size: int | Unset = UNSET
    chunk_read_timeout: str | Unset = UNSET
    num_workers: int | Unset = UNSET
    latest_ver: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk_size = self.chunk_size

        full_size = self.full_size

        chunk_read_timeout = self.chunk_read_timeout

        num_workers = self.num_workers

        latest_ver = self.latest_ver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunk_size is not UNSET:
            field_dict["chunk-size"] = chunk_size
        if full_size is not UNSET:
            field_dict["full-size"] = full_size
        if chunk_read_timeout is not UNSET:
            field_dict["chunk-read-timeout"] = chunk_read_timeout
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chunk_size = d.pop("chunk-size", UNSET)

        full_size = d.pop("full-size", UNSET)

        chunk_read_timeout = d.pop("chunk-read-timeout", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        blob_msg = cls(
            chunk_size=chunk_size,
            full_size=full_size,
            chunk_read_timeout=chunk_read_timeout,
            num_workers=num_workers,
            latest_ver=latest_ver,
        )

        blob_msg.additional_properties = d
        return blob_msg

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
