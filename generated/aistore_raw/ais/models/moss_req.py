from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moss_in import MossIn


T = TypeVar("T", bound="MossReq")


@_attrs_define
class MossReq:
    """Get-Batch request (`apc.MossReq`).

    Attributes:
        in_ (list[MossIn]):
        mime (str | Unset): Output archive format (`.tar` default, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4`).
        coer (bool | Unset): Continue on error - a missing item becomes an empty `__404__/` member.
        onob (bool | Unset): Name members `<objname>` instead of `<bucket>/<objname>`.
        strm (bool | Unset): Stream the archive as it is assembled (no metadata part).
        coloc (int | Unset):
    """

    in_: list[MossIn]
    mime: str | Unset = UNSET
    coer: bool | Unset = UNSET
    onob: bool | Unset = UNSET
    strm: bool | Unset = UNSET
    coloc: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        in_ = []
        for in_item_data in self.in_:
            in_item = in_item_data.to_dict()
            in_.append(in_item)

        mime = self.mime

        coer = self.coer

        onob = self.onob

        strm = self.strm

        coloc = self.coloc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "in": in_,
            }
        )
        if mime is not UNSET:
            field_dict["mime"] = mime
        if coer is not UNSET:
            field_dict["coer"] = coer
        if onob is not UNSET:
            field_dict["onob"] = onob
        if strm is not UNSET:
            field_dict["strm"] = strm
        if coloc is not UNSET:
            field_dict["coloc"] = coloc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moss_in import MossIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = []
        _in_ = d.pop("in")
        for in_item_data in _in_:
            in_item = MossIn.from_dict(in_item_data)

            in_.append(in_item)

        mime = d.pop("mime", UNSET)

        coer = d.pop("coer", UNSET)

        onob = d.pop("onob", UNSET)

        strm = d.pop("strm", UNSET)

        coloc = d.pop("coloc", UNSET)

        moss_req = cls(
            in_=in_,
            mime=mime,
            coer=coer,
            onob=onob,
            strm=strm,
            coloc=coloc,
        )

        return moss_req
