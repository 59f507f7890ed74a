from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="XactArgsMsg")


@_attrs_define
class XactArgsMsg:
    """Value of the `start` / `stop` cluster actions (`xact.ArgsMsg`). NOTE the Go field names are
    used as JSON keys (capitalized), except `flags`.

        Attributes:
            id (str | Unset): Job ID.
            kind (str | Unset): Job kind, e.g. `lru`, `rebalance`, `resilver`, `cleanup-store`, `blob-download`.
            daemon_id (str | Unset): Node that runs the job.
            bck (Bck | Unset): Bucket (`cmn.Bck`).
            buckets (list[Bck] | Unset):
            timeout (int | Unset): Max time to wait, nanoseconds.
            flags (int | Unset):
            force (bool | Unset):
            only_running (bool | Unset):
    """

    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    daemon_id: str | Unset = UNSET
    bck: Bck | Unset = UNSET
    buckets: list[Bck] | Unset = UNSET
    timeout: int | Unset = UNSET
    flags: int | Unset = UNSET
    force: bool | Unset = UNSET
    only_running: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        daemon_id = self.daemon_id

        bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bck, Unset):
            bck = self.bck.to_dict()

        buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        timeout = self.timeout

        flags = self.flags

        force = self.force

        only_running = self.only_running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if kind is not UNSET:
            field_dict["Kind"] = kind
        if daemon_id is not UNSET:
            field_dict["DaemonID"] = daemon_id
        if bck is not UNSET:
            field_dict["Bck"] = bck
        if buckets is not UNSET:
            field_dict["Buckets"] = buckets
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if flags is not UNSET:
            field_dict["flags"] = flags
        if force is not UNSET:
            field_dict["Force"] = force
        if only_running is not UNSET:
            field_dict["OnlyRunning"] = only_running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        kind = d.pop("Kind", UNSET)

        daemon_id = d.pop("DaemonID", UNSET)

        _bck = d.pop("Bck", UNSET)
        bck: Bck | Unset
        if isinstance(_bck, Unset):
            bck = UNSET
        else:
            bck = Bck.from_dict(_bck)

        _buckets = d.pop("Buckets", UNSET)
        buckets: list[Bck] | Unset = UNSET
        if _buckets is not UNSET:
            buckets = []
            for buckets_item_data in _buckets:
                buckets_item = Bck.from_dict(buckets_item_data)

                buckets.append(buckets_item)

        timeout = d.pop("Timeout", UNSET)

        flags = d.pop("flags", UNSET)

        force = d.pop("Force", UNSET)

        only_running = d.pop("OnlyRunning", UNSET)

        xact_args_msg = cls(
            id=id,
            kind=kind,
            daemon_id=daemon_id,
            bck=bck,
            buckets=buckets,
            timeout=timeout,
            flags=flags,
            force=force,
            only_running=only_running,
        )

        xact_args_msg.additional_properties = d
        return xact_args_msg

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
