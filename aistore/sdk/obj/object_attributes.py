"""ObjectAttributes: an object's metadata as the cluster reports it in response headers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from aistore_raw.ais.api.objects import head_object


@dataclass
class ECInfo:
    """Erasure-coding metadata of an object (2.x)."""

    generation: int = 0
    data_slices: int = 0
    parity_slices: int = 0
    is_ec_copy: bool = False


@dataclass
class ChunksInfo:
    """Chunk metadata of a chunked object, e.g. one made by a multipart upload (2.x)."""

    chunk_count: int = 0
    max_chunk_size: int = 0


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


class ObjectAttributes:
    """Object attributes parsed from the headers of a GET or HEAD response.

    `response_headers` is any case-insensitive mapping (httpx.Headers, requests'
    CaseInsensitiveDict). The headers are read through the generated `head_object.parse_header_map`
    (the object properties the spec declares; a GET answers a subset under the same names), once,
    on the first attribute asked for: a GET whose caller never looks pays nothing.
    """

    def __init__(self, response_headers: Mapping[str, str]) -> None:
        self._response_headers = response_headers
        self._parsed: head_object.ResponseHeaders | None = None

    @property
    def _values(self) -> head_object.ResponseHeaders:
        parsed = self._parsed
        if parsed is None:
            parsed = self._parsed = head_object.parse_header_map(self._response_headers)
        return parsed

    @property
    def size(self) -> int:
        """Size of the object content in bytes (of the range, for a ranged read)."""
        return int(self._values.get("content_length") or 0)

    @property
    def checksum_type(self) -> str:
        """Checksum algorithm, e.g. `xxhash2`, `md5`."""
        return self._values.get("ais_checksum_type", "")

    @property
    def checksum_value(self) -> str:
        """Checksum of the whole object, as the cluster computed it."""
        return self._values.get("ais_checksum_value", "")

    @property
    def access_time(self) -> str:
        return self._values.get("ais_atime", "")

    @property
    def obj_version(self) -> str:
        return self._values.get("ais_version", "")

    @property
    def custom_metadata(self) -> dict[str, str]:
        """Custom metadata: the `k=v,k2=v2` header as a dict (malformed entries skipped)."""
        return parse_custom_metadata(self._values.get("ais_custom_md", ""))

    # the 2.x attributes (present, location, mirrors, ETag, Last-Modified): a selective
    # head(props=...) answers only the asked ones; the others read as empty

    @property
    def present(self) -> bool:
        """The object is present in the cluster (not only in its remote bucket)."""
        return self._values.get("ais_present", "") == "true"

    @property
    def location(self) -> str:
        """Target and mountpath holding the object."""
        return self._values.get("ais_location", "")

    @property
    def mirror_paths(self) -> list[str]:
        raw = self._values.get("ais_mirror_paths", "").strip("[]")
        return [path for path in raw.split(",") if path] if raw else []

    @property
    def mirror_copies(self) -> int:
        return int(self._values.get("ais_mirror_copies", "0") or 0)

    @property
    def etag(self) -> str:
        """The ETag the cluster reports (empty when it sends none)."""
        return self._values.get("etag", "")

    @property
    def last_modified(self) -> str:
        """The Last-Modified header, as sent (empty when it sends none)."""
        return self._values.get("last_modified", "")

    @property
    def ec(self) -> ECInfo | None:
        """Erasure-coding metadata (2.x); None when the answer has none (ask HEAD for "ec")."""
        v = self._values
        gen, data = v.get("ais_ec_generation"), v.get("ais_ec_data")
        parity, replicated = v.get("ais_ec_parity"), v.get("ais_ec_replicated")
        if not (gen or data or parity or replicated):
            return None
        return ECInfo(
            generation=_int(gen),
            data_slices=_int(data),
            parity_slices=_int(parity),
            is_ec_copy=(replicated or "").lower() == "true",
        )

    @property
    def chunks(self) -> ChunksInfo | None:
        """Chunk metadata (2.x); None for a monolithic object or when not asked for."""
        v = self._values
        count, largest = v.get("ais_chunks_count"), v.get("ais_chunks_max_chunk_size")
        if not count and not largest:
            return None
        return ChunksInfo(chunk_count=_int(count), max_chunk_size=_int(largest))


def parse_custom_metadata(header: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for entry in header.split(","):
        key, sep, value = entry.strip().partition("=")
        if sep and key and "=" not in value:
            result[key] = value
    return result
