from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.xact_stats import XactStats


T = TypeVar("T", bound="XactSnap")


@_attrs_define
class XactSnap:
    """Snapshot of a job on one target (`core.Snap`).

    Attributes:
        ext (Any | Unset): Job-specific extension (opaque).
        start_time (str | Unset): RFC 3339 time.
        end_time (str | Unset): RFC 3339 time; `0001-01-01T00:00:00Z` while running.
        bck (Bck | Unset): Bucket (`cmn.Bck`).
        src_bck (Bck | Unset): Bucket (`cmn.Bck`).
        dst_bck (Bck | Unset): Bucket (`cmn.Bck`).
        id (str | Unset):
        kind (str | Unset):
        ctlmsg (str | Unset):
        abort_err (str | Unset):
        err (str | Unset):
        glob_id (str | Unset): Packed global (rebalance) ID, int64 as a decimal string.
        stats (XactStats | Unset): Job counters (`core.Stats`); all int64 as decimal STRINGS.
        aborted (bool | Unset):
        is_idle (bool | Unset):
    """

    ext: Any | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    bck: Bck | Unset = UNSET
    src_bck: Bck | Unset = UNSET
    dst_bck: Bck | Unset = UNSET
    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    ctlmsg: str | Unset = UNSET
    abort_err: str | Unset = UNSET
    err: str | Unset = UNSET
    glob_id: str | Unset = UNSET
    stats: XactStats | Unset = UNSET
    aborted: bool | Unset = UNSET
    is_idle: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ext = self.ext

        start_time = self.start_time

        end_time = self.end_time

        bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bck, Unset):
            bck = self.bck.to_dict()

        src_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.src_bck, Unset):
            src_bck = self.src_bck.to_dict()

        dst_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dst_bck, Unset):
            dst_bck = self.dst_bck.to_dict()

        id = self.id

        kind = self.kind

        ctlmsg = self.ctlmsg

        abort_err = self.abort_err

        err = self.err

        glob_id = self.glob_id

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        aborted = self.aborted

        is_idle = self.is_idle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ext is not UNSET:
            field_dict["ext"] = ext
        if start_time is not UNSET:
            field_dict["start-time"] = start_time
        if end_time is not UNSET:
            field_dict["end-time"] = end_time
        if bck is not UNSET:
            field_dict["bck"] = bck
        if src_bck is not UNSET:
            field_dict["src-bck"] = src_bck
        if dst_bck is not UNSET:
            field_dict["dst-bck"] = dst_bck
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if ctlmsg is not UNSET:
            field_dict["ctlmsg"] = ctlmsg
        if abort_err is not UNSET:
            field_dict["abort-err"] = abort_err
        if err is not UNSET:
            field_dict["err"] = err
        if glob_id is not UNSET:
            field_dict["glob.id"] = glob_id
        if stats is not UNSET:
            field_dict["stats"] = stats
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if is_idle is not UNSET:
            field_dict["is_idle"] = is_idle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415
        from ..models.xact_stats import XactStats  # noqa: PLC0415

        d = dict(src_dict)
        ext = d.pop("ext", UNSET)

        start_time = d.pop("start-time", UNSET)

        end_time = d.pop("end-time", UNSET)

        _bck = d.pop("bck", UNSET)
        bck: Bck | Unset
        if isinstance(_bck, Unset):
            bck = UNSET
        else:
            bck = Bck.from_dict(_bck)

        _src_bck = d.pop("src-bck", UNSET)
        src_bck: Bck | Unset
        if isinstance(_src_bck, Unset):
            src_bck = UNSET
        else:
            src_bck = Bck.from_dict(_src_bck)

        _dst_bck = d.pop("dst-bck", UNSET)
        dst_bck: Bck | Unset
        if isinstance(_dst_bck, Unset):
            dst_bck = UNSET
        else:
            dst_bck = Bck.from_dict(_dst_bck)

        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        ctlmsg = d.pop("ctlmsg", UNSET)

        abort_err = d.pop("abort-err", UNSET)

        err = d.pop("err", UNSET)

        glob_id = d.pop("glob.id", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: XactStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = XactStats.from_dict(_stats)

        aborted = d.pop("aborted", UNSET)

        is_idle = d.pop("is_idle", UNSET)

        xact_snap = cls(
            ext=ext,
            start_time=start_time,
            end_time=end_time,
            bck=bck,
            src_bck=src_bck,
            dst_bck=dst_bck,
            id=id,
            kind=kind,
            ctlmsg=ctlmsg,
            abort_err=abort_err,
            err=err,
            glob_id=glob_id,
            stats=stats,
            aborted=aborted,
            is_idle=is_idle,
        )

        xact_snap.additional_properties = d
        return xact_snap

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
