from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrefetchMsg")


@_attrs_define
class PrefetchMsg:
    """Value of `prefetch-listrange` (`apc.PrefetchMsg`).

    Attributes:
        template (str | Unset):
        objnames (list[str] | Unset):
        blob_threshold (int | Unset): Use the blob downloader for remote objects at least this large (bytes).
        blob_chunk_size (int | Unset):
        blob_num_workers (int | Unset):
        num_workers (int | Unset):
        coer (bool | Unset):
        latest_ver (bool | Unset):
        non_recurs (bool | Unset):
    """

    template: str | Unset = UNSET
    objnames: list[str] | Unset = UNSET
    blob_threshold: int | Unset = UNSET
    blob_chunk_size: int | Unset = UNSET
    blob_num_workers: int | Unset = UNSET
    num_workers: int | Unset = UNSET
    coer: bool | Unset = UNSET
    latest_ver: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = self.template

        objnames: list[str] | Unset = UNSET
        if not isinstance(self.objnames, Unset):
            objnames = self.objnames

        blob_threshold = self.blob_threshold

        blob_chunk_size = self.blob_chunk_size

        blob_num_workers = self.blob_num_workers

        num_workers = self.num_workers

        coer = self.coer

        latest_ver = self.latest_ver

        non_recurs = self.non_recurs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if blob_threshold is not UNSET:
            field_dict["blob-threshold"] = blob_threshold
        if blob_chunk_size is not UNSET:
            field_dict["blob-chunk-size"] = blob_chunk_size
        if blob_num_workers is not UNSET:
            field_dict["blob-num-workers"] = blob_num_workers
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if coer is not UNSET:
            field_dict["coer"] = coer
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template = d.pop("template", UNSET)

        objnames = cast(list[str], d.pop("objnames", UNSET))

        blob_threshold = d.pop("blob-threshold", UNSET)

        blob_chunk_size = d.pop("blob-chunk-size", UNSET)

        blob_num_workers = d.pop("blob-num-workers", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        coer = d.pop("coer", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        prefetch_msg = cls(
            template=template,
            objnames=objnames,
            blob_threshold=blob_threshold,
            blob_chunk_size=blob_chunk_size,
            blob_num_workers=blob_num_workers,
            num_workers=num_workers,
            coer=coer,
            latest_ver=latest_ver,
            non_recurs=non_recurs,
        )

        prefetch_msg.additional_properties = d
        return prefetch_msg

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
