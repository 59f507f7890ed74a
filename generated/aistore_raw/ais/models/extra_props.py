from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extra_props_aws import ExtraPropsAws
    from ..models.extra_props_gcp import ExtraPropsGcp
    from ..models.extra_props_oci import ExtraPropsOci


T = TypeVar("T", bound="ExtraProps")


@_attrs_define
class ExtraProps:
    """Provider-specific bucket properties.

    Attributes:
        aws (ExtraPropsAws | Unset):
        gcp (ExtraPropsGcp | Unset):
        oci (ExtraPropsOci | Unset):
        custom (str | Unset):
    """

    aws: ExtraPropsAws | Unset = UNSET
    gcp: ExtraPropsGcp | Unset = UNSET
    oci: ExtraPropsOci | Unset = UNSET
    custom: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        oci: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oci, Unset):
            oci = self.oci.to_dict()

        custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws is not UNSET:
            field_dict["aws"] = aws
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if oci is not UNSET:
            field_dict["oci"] = oci
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extra_props_aws import ExtraPropsAws  # noqa: PLC0415
        from ..models.extra_props_gcp import ExtraPropsGcp  # noqa: PLC0415
        from ..models.extra_props_oci import ExtraPropsOci  # noqa: PLC0415

        d = dict(src_dict)
        _aws = d.pop("aws", UNSET)
        aws: ExtraPropsAws | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = ExtraPropsAws.from_dict(_aws)

        _gcp = d.pop("gcp", UNSET)
        gcp: ExtraPropsGcp | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = ExtraPropsGcp.from_dict(_gcp)

        _oci = d.pop("oci", UNSET)
        oci: ExtraPropsOci | Unset
        if isinstance(_oci, Unset):
            oci = UNSET
        else:
            oci = ExtraPropsOci.from_dict(_oci)

        custom = d.pop("custom", UNSET)

        extra_props = cls(
            aws=aws,
            gcp=gcp,
            oci=oci,
            custom=custom,
        )

        extra_props.additional_properties = d
        return extra_props

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
