from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="XactQueryMsg")


@_attrs_define
class XactQueryMsg:
    """Job (xaction) selector (`xact.QueryMsg`) for `GET /v1/cluster?what=status|status_all|qryxstats|running_all`.

    Attributes:
        id (str | Unset): Job ID.
        kind (str | Unset): Job kind or display name, e.g. `copy-bck`, `rebalance`, `lru`.
        bck (Bck | Unset): Bucket (`cmn.Bck`).
        node (str | Unset): Node (target) ID.
        show_active (bool | Unset): Only running jobs.
        buckets (list[Bck] | Unset):
    """

    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    bck: Bck | Unset = UNSET
    node: str | Unset = UNSET
    show_active: bool | Unset = UNSET
    buckets: list[Bck] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bck, Unset):
            bck = self.bck.to_dict()

        node = self.node

        show_active = self.show_active

        buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if bck is not UNSET:
            field_dict["bck"] = bck
        if node is not UNSET:
            field_dict["node"] = node
        if show_active is not UNSET:
            field_dict["show_active"] = show_active
        if buckets is not UNSET:
            field_dict["buckets"] = buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        _bck = d.pop("bck", UNSET)
        bck: Bck | Unset
        if isinstance(_bck, Unset):
            bck = UNSET
        else:
            bck = Bck.from_dict(_bck)

        node = d.pop("node", UNSET)

        show_active = d.pop("show_active", UNSET)

        _buckets = d.pop("buckets", UNSET)
        buckets: list[Bck] | Unset = UNSET
        if _buckets is not UNSET:
            buckets = []
            for buckets_item_data in _buckets:
                buckets_item = Bck.from_dict(buckets_item_data)

                buckets.append(buckets_item)

        xact_query_msg = cls(
            id=id,
            kind=kind,
            bck=bck,
            node=node,
            show_active=show_active,
            buckets=buckets,
        )

        xact_query_msg.additional_properties = d
        return xact_query_msg

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
