from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lso_ent import LsoEnt


T = TypeVar("T", bound="LsoRes")


@_attrs_define
class LsoRes:
    """A page of the object listing, JSON shape (`cmn.LsoRes`).

    Attributes:
        uuid (str | Unset):
        continuation_token (str | Unset): Empty when this is the last page.
        entries (list[LsoEnt] | None | Unset):
        flags (int | Unset):
    """

    uuid: str | Unset = UNSET
    continuation_token: str | Unset = UNSET
    entries: list[LsoEnt] | None | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        continuation_token = self.continuation_token

        entries: list[dict[str, Any]] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)

        else:
            entries = self.entries

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token
        if entries is not UNSET:
            field_dict["entries"] = entries
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lso_ent import LsoEnt  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        continuation_token = d.pop("continuation_token", UNSET)

        def _parse_entries(data: object) -> list[LsoEnt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = []
                _entries_type_0 = data
                for entries_type_0_item_data in _entries_type_0:
                    entries_type_0_item = LsoEnt.from_dict(entries_type_0_item_data)

                    entries_type_0.append(entries_type_0_item)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LsoEnt] | None | Unset, data)

        entries = _parse_entries(d.pop("entries", UNSET))

        flags = d.pop("flags", UNSET)

        lso_res = cls(
            uuid=uuid,
            continuation_token=continuation_token,
            entries=entries,
            flags=flags,
        )

        lso_res.additional_properties = d
        return lso_res

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
