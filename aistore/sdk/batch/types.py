"""Get-Batch value types, with the published 2.x names (`apc.MossIn`, `MossOut`, `MossResp`)."""

from __future__ import annotations

import base64
import binascii

import msgspec


class MossIn(msgspec.Struct, frozen=True):
    """One item: an object, a file inside a shard (`archpath`), or a byte range of either."""

    obj_name: str
    bck: str | None = None
    provider: str | None = None
    uname: str | None = None
    opaque: str | None = None  # base64, as sent
    archpath: str | None = None
    start: int | None = None
    length: int | None = None


class MossOut(msgspec.Struct, kw_only=True):
    """What came back for one item: its names, its size, and `err_msg` when it failed."""

    obj_name: str = msgspec.field(name="objname")
    archpath: str | None = None
    bucket: str = ""
    provider: str = ""
    opaque: bytes | None = None
    err_msg: str | None = None
    size: int = 0


class MossResp(msgspec.Struct):
    """The metadata part of a multipart (non-streaming) answer."""

    out: list[MossOut] | None = None
    uuid: str = ""


def decode_opaque(value: str | None) -> bytes | None:
    """The caller's opaque bytes from their base64 form (None when absent or not base64)."""
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=False)
    except (binascii.Error, ValueError):
        return None


def encode_opaque(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")
