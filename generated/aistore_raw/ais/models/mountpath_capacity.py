from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mountpath_capacity_fs import MountpathCapacityFs


T = TypeVar("T", bound="MountpathCapacity")


@_attrs_define
class MountpathCapacity:
    """Capacity, filesystem and disks of one mountpath (`fs.CDF`).

    Attributes:
        used (str | Unset): Bytes used (decimal string).
        avail (str | Unset): Bytes available (decimal string).
        pct_used (int | Unset):
        mountpath_label (str | Unset):
        fs (MountpathCapacityFs | Unset): Filesystem info (`cos.FS`), e.g. `{"Fs": "/dev/vda", "FsType": "ext4", "FsID":
            "..."}`.
        disks (list[str] | Unset):
    """

    used: str | Unset = UNSET
    avail: str | Unset = UNSET
    pct_used: int | Unset = UNSET
    mountpath_label: str | Unset = UNSET
    fs: MountpathCapacityFs | Unset = UNSET
    disks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used = self.used

        avail = self.avail

        pct_used = self.pct_used

        mountpath_label = self.mountpath_label

        fs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fs, Unset):
            fs = self.fs.to_dict()

        disks: list[str] | Unset = UNSET
        if not isinstance(self.disks, Unset):
            disks = self.disks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if used is not UNSET:
            field_dict["used"] = used
        if avail is not UNSET:
            field_dict["avail"] = avail
        if pct_used is not UNSET:
            field_dict["pct_used"] = pct_used
        if mountpath_label is not UNSET:
            field_dict["mountpath_label"] = mountpath_label
        if fs is not UNSET:
            field_dict["fs"] = fs
        if disks is not UNSET:
            field_dict["disks"] = disks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mountpath_capacity_fs import MountpathCapacityFs  # noqa: PLC0415

        d = dict(src_dict)
        used = d.pop("used", UNSET)

        avail = d.pop("avail", UNSET)

        pct_used = d.pop("pct_used", UNSET)

        mountpath_label = d.pop("mountpath_label", UNSET)

        _fs = d.pop("fs", UNSET)
        fs: MountpathCapacityFs | Unset
        if isinstance(_fs, Unset):
            fs = UNSET
        else:
            fs = MountpathCapacityFs.from_dict(_fs)

        disks = cast(list[str], d.pop("disks", UNSET))

        mountpath_capacity = cls(
            used=used,
            avail=avail,
            pct_used=pct_used,
            mountpath_label=mountpath_label,
            fs=fs,
            disks=disks,
        )

        mountpath_capacity.additional_properties = d
        return mountpath_capacity

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
