from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck_acl import BckACL
    from ..models.clu_acl import CluACL


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role. In a request that only names a role (`User.roles`), only `name` is needed. The server
    writes `clusters` and `buckets` as `null` when empty.

        Attributes:
            name (str):
            desc (str | Unset):
            clusters (list[CluACL] | None | Unset):
            buckets (list[BckACL] | None | Unset):
            admin (bool | Unset):
    """

    name: str
    desc: str | Unset = UNSET
    clusters: list[CluACL] | None | Unset = UNSET
    buckets: list[BckACL] | None | Unset = UNSET
    admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        desc = self.desc

        clusters: list[dict[str, Any]] | None | Unset
        if isinstance(self.clusters, Unset):
            clusters = UNSET
        elif isinstance(self.clusters, list):
            clusters = []
            for clusters_type_0_item_data in self.clusters:
                clusters_type_0_item = clusters_type_0_item_data.to_dict()
                clusters.append(clusters_type_0_item)

        else:
            clusters = self.clusters

        buckets: list[dict[str, Any]] | None | Unset
        if isinstance(self.buckets, Unset):
            buckets = UNSET
        elif isinstance(self.buckets, list):
            buckets = []
            for buckets_type_0_item_data in self.buckets:
                buckets_type_0_item = buckets_type_0_item_data.to_dict()
                buckets.append(buckets_type_0_item)

        else:
            buckets = self.buckets

        admin = self.admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if desc is not UNSET:
            field_dict["desc"] = desc
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if buckets is not UNSET:
            field_dict["buckets"] = buckets
        if admin is not UNSET:
            field_dict["admin"] = admin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck_acl import BckACL  # noqa: PLC0415
        from ..models.clu_acl import CluACL  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        desc = d.pop("desc", UNSET)

        def _parse_clusters(data: object) -> list[CluACL] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                clusters_type_0 = []
                _clusters_type_0 = data
                for clusters_type_0_item_data in _clusters_type_0:
                    clusters_type_0_item = CluACL.from_dict(clusters_type_0_item_data)

                    clusters_type_0.append(clusters_type_0_item)

                return clusters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CluACL] | None | Unset, data)

        clusters = _parse_clusters(d.pop("clusters", UNSET))

        def _parse_buckets(data: object) -> list[BckACL] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                buckets_type_0 = []
                _buckets_type_0 = data
                for buckets_type_0_item_data in _buckets_type_0:
                    buckets_type_0_item = BckACL.from_dict(buckets_type_0_item_data)

                    buckets_type_0.append(buckets_type_0_item)

                return buckets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BckACL] | None | Unset, data)

        buckets = _parse_buckets(d.pop("buckets", UNSET))

        admin = d.pop("admin", UNSET)

        role = cls(
            name=name,
            desc=desc,
            clusters=clusters,
            buckets=buckets,
            admin=admin,
        )

        role.additional_properties = d
        return role

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
