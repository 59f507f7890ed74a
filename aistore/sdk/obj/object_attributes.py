"""ObjectAttributes: an object's metadata as the cluster reports it in response headers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from aistore.sdk.const import (
    AIS_ACCESS_TIME,
    AIS_CHECKSUM_TYPE,
    AIS_CHECKSUM_VALUE,
    AIS_CUSTOM_MD,
    AIS_LOCATION,
    AIS_MIRROR_COPIES,
    AIS_MIRROR_PATHS,
    AIS_PRESENT,
    AIS_VERSION,
    HEADER_CONTENT_LENGTH,
)

# HEAD answers carry the size here; GET answers in Content-Length
AIS_OBJ_SIZE = "ais-size"
HEADER_ETAG = "etag"
HEADER_LAST_MODIFIED = "last-modified"
# the server's cmn.EC / cmn.Chunks props as headers (a HEAD with props "ec" / "chunked")
AIS_EC_GENERATION = "ais-ec-generation"
AIS_EC_DATA = "ais-ec-data"
AIS_EC_PARITY = "ais-ec-parity"
AIS_EC_REPLICATED = "ais-ec-replicated"
AIS_CHUNKS_COUNT = "ais-chunks-count"
AIS_CHUNKS_MAX_CHUNK_SIZE = "ais-chunks-max-chunk-size"


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
    CaseInsensitiveDict).
    """

    def __init__(self, response_headers: Mapping[str, str]) -> None:
        self._response_headers = response_headers

    @property
    def size(self) -> int:
        """Size of the object content in bytes (of the range, for a ranged read)."""
        value = self._response_headers.get(HEADER_CONTENT_LENGTH) or self._response_headers.get(
            AIS_OBJ_SIZE, "0"
        )
        return int(value)

    @property
    def checksum_type(self) -> str:
        """Checksum algorithm, e.g. `xxhash2`, `md5`."""
        return self._response_headers.get(AIS_CHECKSUM_TYPE, "")

    @property
    def checksum_value(self) -> str:
        """Checksum of the whole object, as the cluster computed it."""
        return self._response_headers.get(AIS_CHECKSUM_VALUE, "")

    @property
    def access_time(self) -> str:
        return self._response_headers.get(AIS_ACCESS_TIME, "")

    @property
    def obj_version(self) -> str:
        return self._response_headers.get(AIS_VERSION, "")

    @property
    def custom_metadata(self) -> dict[str, str]:
        """Custom metadata: the `k=v,k2=v2` header as a dict (malformed entries skipped)."""
        return parse_custom_metadata(self._response_headers.get(AIS_CUSTOM_MD, ""))

    # the 2.x attributes (present, location, mirrors, ETag, Last-Modified): a selective
    # head(props=...) answers only the asked ones; the others read as empty

    @property
    def present(self) -> bool:
        """The object is present in the cluster (not only in its remote bucket)."""
        return self._response_headers.get(AIS_PRESENT, "") == "true"

    @property
    def location(self) -> str:
        """Target and mountpath holding the object."""
        return self._response_headers.get(AIS_LOCATION, "")

    @property
    def mirror_paths(self) -> list[str]:
        raw = self._response_headers.get(AIS_MIRROR_PATHS, "").strip("[]")
        return [path for path in raw.split(",") if path] if raw else []

    @property
    def mirror_copies(self) -> int:
        return int(self._response_headers.get(AIS_MIRROR_COPIES, "0") or 0)

    @property
    def etag(self) -> str:
        """The ETag the cluster reports (empty when it sends none)."""
        return self._response_headers.get(HEADER_ETAG, "")

    @property
    def last_modified(self) -> str:
        """The Last-Modified header, as sent (empty when it sends none)."""
        return self._response_headers.get(HEADER_LAST_MODIFIED, "")

    @property
    def ec(self) -> ECInfo | None:
        """Erasure-coding metadata (2.x); None when the answer has none (ask HEAD for "ec")."""
        h = self._response_headers
        names = (AIS_EC_GENERATION, AIS_EC_DATA, AIS_EC_PARITY, AIS_EC_REPLICATED)
        if not any(h.get(n) for n in names):
            return None
        return ECInfo(
            generation=_int(h.get(AIS_EC_GENERATION)),
            data_slices=_int(h.get(AIS_EC_DATA)),
            parity_slices=_int(h.get(AIS_EC_PARITY)),
            is_ec_copy=(h.get(AIS_EC_REPLICATED) or "").lower() == "true",
        )

    @property
    def chunks(self) -> ChunksInfo | None:
        """Chunk metadata (2.x); None for a monolithic object or when not asked for."""
        h = self._response_headers
        count, largest = h.get(AIS_CHUNKS_COUNT), h.get(AIS_CHUNKS_MAX_CHUNK_SIZE)
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
