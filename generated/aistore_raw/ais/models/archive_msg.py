from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="ArchiveMsg")


@_attrs_define
class ArchiveMsg:
    """Value of `archive` (`cmn.ArchiveBckMsg`).

    Attributes:
        archname (str): Name of the shard object to create or append to, e.g. `a.tar`.
        tobck (Bck | Unset): Bucket (`cmn.Bck`).
        mime (str | Unset): Format, e.g. `.tar`, `.tgz`, `.zip`, `.tar.lz4` (default from `archname`).
        template (str | Unset):
        objnames (list[str] | Unset):
        bnonly (bool | Unset): Use base names only inside the archive.
        isbn (bool | Unset): Include the source bucket name in archived names.
        aate (bool | Unset): Append to the archive if it exists.
        coer (bool | Unset):
        non_recurs (bool | Unset):
    """

    archname: str
    tobck: Bck | Unset = UNSET
    mime: str | Unset = UNSET
    template: str | Unset = UNSET
    objnames: list[str] | Unset = UNSET
    bnonly: bool | Unset = UNSET
    isbn: bool | Unset = UNSET
    aate: bool | Unset = UNSET
    coer: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archname = self.archname

        tobck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tobck, Unset):
            tobck = self.tobck.to_dict()

        mime = self.mime

        template = self.template

        objnames: list[str] | Unset = UNSET
        if not isinstance(self.objnames, Unset):
            objnames = self.objnames

        bnonly = self.bnonly

        isbn = self.isbn

        aate = self.aate

        coer = self.coer

        non_recurs = self.non_recurs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archname": archname,
            }
        )
        if tobck is not UNSET:
            field_dict["tobck"] = tobck
        if mime is not UNSET:
            field_dict["mime"] = mime
        if template is not UNSET:
            field_dict["template"] = template
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if bnonly is not UNSET:
            field_dict["bnonly"] = bnonly
        if isbn is not UNSET:
            field_dict["isbn"] = isbn
        if aate is not UNSET:
            field_dict["aate"] = aate
        if coer is not UNSET:
            field_dict["coer"] = coer
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415

        d = dict(src_dict)
        archname = d.pop("archname")

        _tobck = d.pop("tobck", UNSET)
        tobck: Bck | Unset
        if isinstance(_tobck, Unset):
            tobck = UNSET
        else:
            tobck = Bck.from_dict(_tobck)

        mime = d.pop("mime", UNSET)

        template = d.pop("template", UNSET)

        objnames = cast(list[str], d.pop("objnames", UNSET))

        bnonly = d.pop("bnonly", UNSET)

        isbn = d.pop("isbn", UNSET)

        aate = d.pop("aate", UNSET)

        coer = d.pop("coer", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        archive_msg = cls(
            archname=archname,
            tobck=tobck,
            mime=mime,
            template=template,
            objnames=objnames,
            bnonly=bnonly,
            isbn=isbn,
            aate=aate,
            coer=coer,
            non_recurs=non_recurs,
        )

        archive_msg.additional_properties = d
        return archive_msg

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
