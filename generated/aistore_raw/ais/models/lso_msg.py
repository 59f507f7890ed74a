from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lso_msg_hdr import LsoMsgHdr


T = TypeVar("T", bound="LsoMsg")


@_attrs_define
class LsoMsg:
    """List-objects request (`apc.LsoMsg`).

    Attributes:
        uuid (str | Unset): Listing session ID; empty on the first page, then as answered.
        props (str | Unset): Comma-separated properties to return: `name`, `size`, `version`, `checksum`, `atime`,
            `cached`, `status`, `copies`, `ec`, `custom`, `location`, `chunked`, `last-modified`, `etag`.
        time_format (str | Unset): Go time layout for `atime` (default RFC 822).
        prefix (str | Unset):
        start_after (str | Unset):
        continuation_token (str | Unset):
        target (str | Unset): List only this target's objects (target ID).
        flags (str | Unset): Bit mask (uint64) as a decimal STRING: 1 cached, 2 missing, 4 deleted, 8 arch-dir, 16 name-
            only,
            32 name-size, 64 bck-present, 128 dont-head-remote, 256 dont-add-remote, 512 not-cached,
            2048 no-recursion, 4096 diff, 8192 no-dirs, 32768 inventory.
        pagesize (int | Unset): Page size; 0 - server default (10,000 for ais://).
        hdr (LsoMsgHdr | Unset): Extra HTTP headers for the backend (advanced).
    """

    uuid: str | Unset = UNSET
    props: str | Unset = UNSET
    time_format: str | Unset = UNSET
    prefix: str | Unset = UNSET
    start_after: str | Unset = UNSET
    continuation_token: str | Unset = UNSET
    target: str | Unset = UNSET
    flags: str | Unset = UNSET
    pagesize: int | Unset = UNSET
    hdr: LsoMsgHdr | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        props = self.props

        time_format = self.time_format

        prefix = self.prefix

        start_after = self.start_after

        continuation_token = self.continuation_token

        target = self.target

        flags = self.flags

        pagesize = self.pagesize

        hdr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hdr, Unset):
            hdr = self.hdr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if props is not UNSET:
            field_dict["props"] = props
        if time_format is not UNSET:
            field_dict["time_format"] = time_format
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if start_after is not UNSET:
            field_dict["start_after"] = start_after
        if continuation_token is not UNSET:
            field_dict["continuation_token"] = continuation_token
        if target is not UNSET:
            field_dict["target"] = target
        if flags is not UNSET:
            field_dict["flags"] = flags
        if pagesize is not UNSET:
            field_dict["pagesize"] = pagesize
        if hdr is not UNSET:
            field_dict["hdr"] = hdr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lso_msg_hdr import LsoMsgHdr  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        props = d.pop("props", UNSET)

        time_format = d.pop("time_format", UNSET)

        prefix = d.pop("prefix", UNSET)

        start_after = d.pop("start_after", UNSET)

        continuation_token = d.pop("continuation_token", UNSET)

        target = d.pop("target", UNSET)

        flags = d.pop("flags", UNSET)

        pagesize = d.pop("pagesize", UNSET)

        _hdr = d.pop("hdr", UNSET)
        hdr: LsoMsgHdr | Unset
        if isinstance(_hdr, Unset):
            hdr = UNSET
        else:
            hdr = LsoMsgHdr.from_dict(_hdr)

        lso_msg = cls(
            uuid=uuid,
            props=props,
            time_format=time_format,
            prefix=prefix,
            start_after=start_after,
            continuation_token=continuation_token,
            target=target,
            flags=flags,
            pagesize=pagesize,
            hdr=hdr,
        )

        lso_msg.additional_properties = d
        return lso_msg

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
