from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.moss_out import MossOut


T = TypeVar("T", bound="MossResp")


@_attrs_define
class MossResp:
    """Metadata part of a multipart Get-Batch answer (`apc.MossResp`).

    Attributes:
        uuid (str):
        out (list[MossOut] | None):
    """

    uuid: str
    out: list[MossOut] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        out: list[dict[str, Any]] | None
        if isinstance(self.out, list):
            out = []
            for out_type_0_item_data in self.out:
                out_type_0_item = out_type_0_item_data.to_dict()
                out.append(out_type_0_item)

        else:
            out = self.out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "out": out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moss_out import MossOut  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_out(data: object) -> list[MossOut] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                out_type_0 = []
                _out_type_0 = data
                for out_type_0_item_data in _out_type_0:
                    out_type_0_item = MossOut.from_dict(out_type_0_item_data)

                    out_type_0.append(out_type_0_item)

                return out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MossOut] | None, data)

        out = _parse_out(d.pop("out"))

        moss_resp = cls(
            uuid=uuid,
            out=out,
        )

        moss_resp.additional_properties = d
        return moss_resp

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
