"""fsspec info dicts from what the cluster says: HEAD headers and list-objects entries (pure).

Keys: `name`, `size`, `type` ("file"/"directory") as fsspec expects; `checksum` and
`checksum_type` (the cluster's own, e.g. xxhash2), `version`, `LastModified` (datetime, from a
HEAD), `ETag`, `atime` (listings). Archive members carry `archive` (the shard's path).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

from aistore_raw.ais.api.objects import head_object

from aistore.sdk.types import BucketEntry

Info = dict[str, Any]

HEAD_PROPS = "name,size,checksum,version,atime,last-modified,etag"
"""What `info` asks HEAD for (`HEAD ?props=`, ais/tgthead.go)."""
LIST_PROPS = "name,size,checksum,version,atime"
"""What listings ask for (the cheap per-entry properties)."""

# cmn.LsoEnt flags (api/apc/lsmsg.go: five status bits, then these)
ENTRY_IS_DIR = 1 << 8
ENTRY_IN_ARCH = 1 << 7


def directory(name: str) -> Info:
    return {"name": name, "size": 0, "type": "directory"}


def _last_modified(value: str) -> datetime.datetime | None:
    try:
        return parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):
        return None


def from_headers(name: str, headers: Mapping[str, str]) -> Info:
    """A file's info from the headers of a HEAD (or GET) answer (`head_object`'s declared ones)."""
    declared = head_object.parse_header_map(headers)
    info: Info = {
        "name": name,
        "size": int(declared.get("content_length") or 0),
        "type": "file",
        "checksum": declared.get("ais_checksum_value", ""),
        "checksum_type": declared.get("ais_checksum_type", ""),
        "version": declared.get("ais_version", ""),
    }
    modified = _last_modified(declared.get("last_modified", ""))
    if modified is not None:
        info["LastModified"] = modified
    if etag := declared.get("etag", ""):
        info["ETag"] = etag
    return info


def from_entry(bucket: str, entry: BucketEntry) -> Info:
    """A file's (or virtual directory's) info from one list-objects entry."""
    name = f"{bucket}/{entry.name.rstrip('/')}"
    if entry.flags & ENTRY_IS_DIR:
        return directory(name)
    info: Info = {"name": name, "size": entry.size, "type": "file"}
    if entry.checksum:
        info["checksum"] = entry.checksum
    if entry.version:
        info["version"] = entry.version
    if entry.atime:
        info["atime"] = entry.atime
    return info


def is_dir_entry(entry: BucketEntry) -> bool:
    return bool(entry.flags & ENTRY_IS_DIR)


def is_member_entry(entry: BucketEntry) -> bool:
    return bool(entry.flags & ENTRY_IN_ARCH)
