from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blob_msg import BlobMsg


T = TypeVar("T", bound="ActMsgBlobDownload")


@_attrs_define
class ActMsgBlobDownload:
    """`blob-download` - download one (large) remote object; `name` is the object name.

    Attributes:
        action (Literal['blob-download']):  Default: 'blob-download'.
        name (str):
        value (BlobMsg | Unset): Value of `blob-download` (`apc.BlobMsg`).
    """

    name: str
    action: Literal["blob-download"] = "blob-download"
    value: BlobMsg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blob_msg import BlobMsg  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(Literal["blob-download"], d.pop("action"))
        if action != "blob-download":
            raise ValueError(f"action must match const 'blob-download', got '{action}'")

        name = d.pop("name")

        _value = d.pop("value", UNSET)
        value: BlobMsg | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = BlobMsg.from_dict(_value)

        act_msg_blob_download = cls(
            action=action,
            name=name,
            value=value,
        )

        act_msg_blob_download.additional_properties = d
        return act_msg_blob_download

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
