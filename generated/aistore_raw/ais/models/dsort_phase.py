from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DsortPhase")


@_attrs_define
class DsortPhase:
    """One phase of a dsort job (local extraction, meta sorting, shard creation).

    Attributes:
        started_time (str | Unset):
        end_time (str | Unset):
        elapsed (int | Unset): Nanoseconds.
        running (bool | Unset):
        finished (bool | Unset):
        total_count (str | Unset):
        extracted_count (str | Unset):
        extracted_size (str | Unset):
        extracted_record_count (str | Unset):
        extracted_to_disk_count (str | Unset):
        extracted_to_disk_size (str | Unset):
        to_create (str | Unset):
        created_count (str | Unset):
        moved_shard_count (str | Unset):
    """

    started_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    elapsed: int | Unset = UNSET
    running: bool | Unset = UNSET
    finished: bool | Unset = UNSET
    total_count: str | Unset = UNSET
    extracted_count: str | Unset = UNSET
    extracted_size: str | Unset = UNSET
    extracted_record_count: str | Unset = UNSET
    extracted_to_disk_count: str | Unset = UNSET
    extracted_to_disk_size: str | Unset = UNSET
    to_create: str | Unset = UNSET
    created_count: str | Unset = UNSET
    moved_shard_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_time = self.started_time

        end_time = self.end_time

        elapsed = self.elapsed

        running = self.running

        finished = self.finished

        total_count = self.total_count

        extracted_count = self.extracted_count

        extracted_size = self.extracted_size

        extracted_record_count = self.extracted_record_count

        extracted_to_disk_count = self.extracted_to_disk_count

        extracted_to_disk_size = self.extracted_to_disk_size

        to_create = self.to_create

        created_count = self.created_count

        moved_shard_count = self.moved_shard_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if started_time is not UNSET:
            field_dict["started_time"] = started_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if elapsed is not UNSET:
            field_dict["elapsed"] = elapsed
        if running is not UNSET:
            field_dict["running"] = running
        if finished is not UNSET:
            field_dict["finished"] = finished
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if extracted_count is not UNSET:
            field_dict["extracted_count"] = extracted_count
        if extracted_size is not UNSET:
            field_dict["extracted_size"] = extracted_size
        if extracted_record_count is not UNSET:
            field_dict["extracted_record_count"] = extracted_record_count
        if extracted_to_disk_count is not UNSET:
            field_dict["extracted_to_disk_count"] = extracted_to_disk_count
        if extracted_to_disk_size is not UNSET:
            field_dict["extracted_to_disk_size"] = extracted_to_disk_size
        if to_create is not UNSET:
            field_dict["to_create"] = to_create
        if created_count is not UNSET:
            field_dict["created_count"] = created_count
        if moved_shard_count is not UNSET:
            field_dict["moved_shard_count"] = moved_shard_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started_time = d.pop("started_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        elapsed = d.pop("elapsed", UNSET)

        running = d.pop("running", UNSET)

        finished = d.pop("finished", UNSET)

        total_count = d.pop("total_count", UNSET)

        extracted_count = d.pop("extracted_count", UNSET)

        extracted_size = d.pop("extracted_size", UNSET)

        extracted_record_count = d.pop("extracted_record_count", UNSET)

        extracted_to_disk_count = d.pop("extracted_to_disk_count", UNSET)

        extracted_to_disk_size = d.pop("extracted_to_disk_size", UNSET)

        to_create = d.pop("to_create", UNSET)

        created_count = d.pop("created_count", UNSET)

        moved_shard_count = d.pop("moved_shard_count", UNSET)

        dsort_phase = cls(
            started_time=started_time,
            end_time=end_time,
            elapsed=elapsed,
            running=running,
            finished=finished,
            total_count=total_count,
            extracted_count=extracted_count,
            extracted_size=extracted_size,
            extracted_record_count=extracted_record_count,
            extracted_to_disk_count=extracted_to_disk_count,
            extracted_to_disk_size=extracted_to_disk_size,
            to_create=to_create,
            created_count=created_count,
            moved_shard_count=moved_shard_count,
        )

        dsort_phase.additional_properties = d
        return dsort_phase

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
