"""Base of the SDK's public value types (a private leaf).

The reference SDK used pydantic models; these are ``msgspec.Struct`` classes instead: keyword
construction, attribute access, equality and ``repr`` work the same, and the same class decodes
JSON or msgpack straight from the wire (``msgspec.json.decode(body, type=Smap, strict=False)``),
including renamed wire fields (``start-time``) and string-to-number coercion.
``dict()``, ``parse_obj()`` and ``parse_raw()`` keep the pydantic-v1 spelling working.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Self

import msgspec

JsonDict = dict[str, Any]


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.dict()
    if isinstance(value, msgspec.Struct):
        return {f: _plain(getattr(value, f)) for f in value.__struct_fields__}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Model(msgspec.Struct, kw_only=True):
    """Keyword-only value type with pydantic-v1 style helpers."""

    def dict(self) -> JsonDict:
        """Fields by their Python names, nested models as dicts (like pydantic ``.dict()``)."""
        return {name: _plain(getattr(self, name)) for name in self.__struct_fields__}

    def to_wire(self) -> Any:
        """Fields by their wire names, enums as values: ready for ``json.dumps``."""
        return msgspec.to_builtins(self, enc_hook=_enc_hook)

    @classmethod
    def parse_obj(cls, obj: Any) -> Self:
        """Build from decoded JSON (dict), coercing numeric strings as the server sends them."""
        return msgspec.convert(obj, cls, strict=False)

    @classmethod
    def parse_raw(cls, data: str | bytes) -> Self:
        """Build from a JSON document."""
        return msgspec.json.decode(data, type=cls, strict=False)


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Enum):
        return obj.value
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")
