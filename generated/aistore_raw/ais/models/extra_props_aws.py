from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtraPropsAws")


@_attrs_define
class ExtraPropsAws:
    """
    Attributes:
        cloud_region (str | Unset):
        endpoint (str | Unset):
        profile (str | Unset):
        max_pagesize (int | Unset):
        multipart_size (str | Unset):
    """

    cloud_region: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    profile: str | Unset = UNSET
    max_pagesize: int | Unset = UNSET
    multipart_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_region = self.cloud_region

        endpoint = self.endpoint

        profile = self.profile

        max_pagesize = self.max_pagesize

        multipart_size = self.multipart_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloud_region is not UNSET:
            field_dict["cloud_region"] = cloud_region
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if profile is not UNSET:
            field_dict["profile"] = profile
        if max_pagesize is not UNSET:
            field_dict["max_pagesize"] = max_pagesize
        if multipart_size is not UNSET:
            field_dict["multipart_size"] = multipart_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_region = d.pop("cloud_region", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        profile = d.pop("profile", UNSET)

        max_pagesize = d.pop("max_pagesize", UNSET)

        multipart_size = d.pop("multipart_size", UNSET)

        extra_props_aws = cls(
            cloud_region=cloud_region,
            endpoint=endpoint,
            profile=profile,
            max_pagesize=max_pagesize,
            multipart_size=multipart_size,
        )

        extra_props_aws.additional_properties = d
        return extra_props_aws

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
