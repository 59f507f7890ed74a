from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dsort_phase import DsortPhase


T = TypeVar("T", bound="DsortMetrics")


@_attrs_define
class DsortMetrics:
    """
    Attributes:
        local_extraction (DsortPhase | Unset): One phase of a dsort job (local extraction, meta sorting, shard
            creation).
        meta_sorting (DsortPhase | Unset): One phase of a dsort job (local extraction, meta sorting, shard creation).
        shard_creation (DsortPhase | Unset): One phase of a dsort job (local extraction, meta sorting, shard creation).
        description (str | Unset):
        warnings (list[str] | Unset):
        errors (list[str] | Unset):
        aborted (bool | Unset):
        archived (bool | Unset):
    """

    local_extraction: DsortPhase | Unset = UNSET
    meta_sorting: DsortPhase | Unset = UNSET
    shard_creation: DsortPhase | Unset = UNSET
    description: str | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    errors: list[str] | Unset = UNSET
    aborted: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        local_extraction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local_extraction, Unset):
            local_extraction = self.local_extraction.to_dict()

        meta_sorting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_sorting, Unset):
            meta_sorting = self.meta_sorting.to_dict()

        shard_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shard_creation, Unset):
            shard_creation = self.shard_creation.to_dict()

        description = self.description

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        aborted = self.aborted

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if local_extraction is not UNSET:
            field_dict["local_extraction"] = local_extraction
        if meta_sorting is not UNSET:
            field_dict["meta_sorting"] = meta_sorting
        if shard_creation is not UNSET:
            field_dict["shard_creation"] = shard_creation
        if description is not UNSET:
            field_dict["description"] = description
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if errors is not UNSET:
            field_dict["errors"] = errors
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dsort_phase import DsortPhase  # noqa: PLC0415

        d = dict(src_dict)
        _local_extraction = d.pop("local_extraction", UNSET)
        local_extraction: DsortPhase | Unset
        if isinstance(_local_extraction, Unset):
            local_extraction = UNSET
        else:
            local_extraction = DsortPhase.from_dict(_local_extraction)

        _meta_sorting = d.pop("meta_sorting", UNSET)
        meta_sorting: DsortPhase | Unset
        if isinstance(_meta_sorting, Unset):
            meta_sorting = UNSET
        else:
            meta_sorting = DsortPhase.from_dict(_meta_sorting)

        _shard_creation = d.pop("shard_creation", UNSET)
        shard_creation: DsortPhase | Unset
        if isinstance(_shard_creation, Unset):
            shard_creation = UNSET
        else:
            shard_creation = DsortPhase.from_dict(_shard_creation)

        description = d.pop("description", UNSET)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        errors = cast(list[str], d.pop("errors", UNSET))

        aborted = d.pop("aborted", UNSET)

        archived = d.pop("archived", UNSET)

        dsort_metrics = cls(
            local_extraction=local_extraction,
            meta_sorting=meta_sorting,
            shard_creation=shard_creation,
            description=description,
            warnings=warnings,
            errors=errors,
            aborted=aborted,
            archived=archived,
        )

        dsort_metrics.additional_properties = d
        return dsort_metrics

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
