from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LsoEntMsgpack")


@_attrs_define
class LsoEntMsgpack:
    """One listed object, msgpack shape (msgp tags of `cmn.LsoEnt`).

    Attributes:
        n (str): name
        cs (str | Unset): checksum
        a (str | Unset): atime
        v (str | Unset): version
        t (str | Unset): location
        m (str | Unset): custom metadata
        s (int | Unset): size (int64)
        c (int | Unset): copies (int16)
        f (int | Unset): flags (uint16)
    """

    n: str
    cs: str | Unset = UNSET
    a: str | Unset = UNSET
    v: str | Unset = UNSET
    t: str | Unset = UNSET
    m: str | Unset = UNSET
    s: int | Unset = UNSET
    c: int | Unset = UNSET
    f: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        cs = self.cs

        a = self.a

        v = self.v

        t = self.t

        m = self.m

        s = self.s

        c = self.c

        f = self.f

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
            }
        )
        if cs is not UNSET:
            field_dict["cs"] = cs
        if a is not UNSET:
            field_dict["a"] = a
        if v is not UNSET:
            field_dict["v"] = v
        if t is not UNSET:
            field_dict["t"] = t
        if m is not UNSET:
            field_dict["m"] = m
        if s is not UNSET:
            field_dict["s"] = s
        if c is not UNSET:
            field_dict["c"] = c
        if f is not UNSET:
            field_dict["f"] = f

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n = d.pop("n")

        cs = d.pop("cs", UNSET)

        a = d.pop("a", UNSET)

        v = d.pop("v", UNSET)

        t = d.pop("t", UNSET)

        m = d.pop("m", UNSET)

        s = d.pop("s", UNSET)

        c = d.pop("c", UNSET)

        f = d.pop("f", UNSET)

        lso_ent_msgpack = cls(
            n=n,
            cs=cs,
            a=a,
            v=v,
            t=t,
            m=m,
            s=s,
            c=c,
            f=f,
        )

        lso_ent_msgpack.additional_properties = d
        return lso_ent_msgpack

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
