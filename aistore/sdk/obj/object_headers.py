"""ObjectHeaders: what `Object.head()` returns, usable as 1.9.2's headers and 2.x's attributes.

1.9.2 returned the response headers (a case-insensitive dict); 2.x returns an `ObjectProps`
(`.size`, `.checksum_value`, `.custom_metadata`, ...). One object serves both: a
`requests.structures.CaseInsensitiveDict` of the headers that is also an `ObjectProps`.
"""

from __future__ import annotations

from collections.abc import Mapping

from requests.structures import CaseInsensitiveDict

from aistore.sdk.obj.object_props import ObjectProps


class ObjectHeaders(CaseInsensitiveDict[str], ObjectProps):
    """The HEAD response headers (case-insensitive mapping) with ObjectProps' attributes."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        CaseInsensitiveDict.__init__(self, headers)
        ObjectProps.__init__(self, self)

    def __setitem__(self, key: str, value: str) -> None:
        CaseInsensitiveDict.__setitem__(self, key, value)
        self._parsed = None  # the attributes read the headers as they are now

    def __delitem__(self, key: str) -> None:
        CaseInsensitiveDict.__delitem__(self, key)
        self._parsed = None

    def __repr__(self) -> str:
        return f"ObjectHeaders({dict(self.items())!r})"
