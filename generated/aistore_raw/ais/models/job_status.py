from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """Job status (`nl.Status`), aggregated by the IC.

    Attributes:
        kind (str | Unset):
        uuid (str | Unset):
        err (str | Unset): Error, if any.
        end_time (int | Unset): Unix time (nanoseconds) when the job ended; 0 while running.
        aborted (bool | Unset):
        is_idle (bool | Unset):
    """

    kind: str | Unset = UNSET
    uuid: str | Unset = UNSET
    err: str | Unset = UNSET
    end_time: int | Unset = UNSET
    aborted: bool | Unset = UNSET
    is_idle: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        uuid = self.uuid

        err = self.err

        end_time = self.end_time

        aborted = self.aborted

        is_idle = self.is_idle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if err is not UNSET:
            field_dict["err"] = err
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if is_idle is not UNSET:
            field_dict["is_idle"] = is_idle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        uuid = d.pop("uuid", UNSET)

        err = d.pop("err", UNSET)

        end_time = d.pop("end_time", UNSET)

        aborted = d.pop("aborted", UNSET)

        is_idle = d.pop("is_idle", UNSET)

        job_status = cls(
            kind=kind,
            uuid=uuid,
            err=err,
            end_time=end_time,
            aborted=aborted,
            is_idle=is_idle,
        )

        job_status.additional_properties = d
        return job_status

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
