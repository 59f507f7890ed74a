from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smap_pmap import SmapPmap
    from ..models.smap_tmap import SmapTmap
    from ..models.snode import Snode


T = TypeVar("T", bound="Smap")


@_attrs_define
class Smap:
    """Cluster map.

    Attributes:
        pmap (SmapPmap): Proxies by ID.
        tmap (SmapTmap): Targets by ID.
        proxy_si (Snode): A node (proxy or target) in the cluster map.
        uuid (str | Unset): Cluster UUID.
        creation_time (str | Unset):
        version (str | Unset): Smap version (int64 as a decimal STRING).
        ext (Any | Unset): Extension (opaque).
    """

    pmap: SmapPmap
    tmap: SmapTmap
    proxy_si: Snode
    uuid: str | Unset = UNSET
    creation_time: str | Unset = UNSET
    version: str | Unset = UNSET
    ext: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pmap = self.pmap.to_dict()

        tmap = self.tmap.to_dict()

        proxy_si = self.proxy_si.to_dict()

        uuid = self.uuid

        creation_time = self.creation_time

        version = self.version

        ext = self.ext

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pmap": pmap,
                "tmap": tmap,
                "proxy_si": proxy_si,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if version is not UNSET:
            field_dict["version"] = version
        if ext is not UNSET:
            field_dict["ext"] = ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smap_pmap import SmapPmap  # noqa: PLC0415
        from ..models.smap_tmap import SmapTmap  # noqa: PLC0415
        from ..models.snode import Snode  # noqa: PLC0415

        d = dict(src_dict)
        pmap = SmapPmap.from_dict(d.pop("pmap"))

        tmap = SmapTmap.from_dict(d.pop("tmap"))

        proxy_si = Snode.from_dict(d.pop("proxy_si"))

        uuid = d.pop("uuid", UNSET)

        creation_time = d.pop("creation_time", UNSET)

        version = d.pop("version", UNSET)

        ext = d.pop("ext", UNSET)

        smap = cls(
            pmap=pmap,
            tmap=tmap,
            proxy_si=proxy_si,
            uuid=uuid,
            creation_time=creation_time,
            version=version,
            ext=ext,
        )

        smap.additional_properties = d
        return smap

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
