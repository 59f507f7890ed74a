"""Paths of the `ais://` filesystem: `bucket/key`, archive members, virtual directories (pure).

A path is `bucket`, or `bucket/key` where `key` is an object name (`/` separates virtual
directories). An archive member is addressed as `bucket/shard.tar/member/name.jpg`: the same
name the server gives members when it lists a bucket with archives expanded (`LsArchDir`), so a
listed name can be opened as it is. The object itself wins: `shard.tar/x` is a member only when
no object of that name exists.
"""

from __future__ import annotations

from dataclasses import dataclass

PROTOCOL = "ais"

ARCHIVE_EXTENSIONS = (".tar", ".tgz", ".tar.gz", ".zip", ".tar.lz4")
"""The shard formats the server reads members from (cmn/archive `FileExtensions`)."""


@dataclass(frozen=True)
class ObjectPath:
    bucket: str
    key: str = ""

    @property
    def path(self) -> str:
        return f"{self.bucket}/{self.key}" if self.key else self.bucket


def strip_protocol(path: str) -> str:
    """`ais://b/k/` -> `b/k` (also without the protocol; leading/trailing `/` dropped)."""
    if path.startswith(f"{PROTOCOL}://"):
        path = path[len(PROTOCOL) + 3 :]
    elif path.startswith(f"{PROTOCOL}:"):
        path = path[len(PROTOCOL) + 1 :]
    return path.strip("/")


def split(path: str) -> ObjectPath:
    """The bucket and object key of a stripped path (`""` names the root: every bucket)."""
    if not isinstance(path, str):
        raise TypeError(f"path must be a string, got {type(path).__name__}")
    bucket, _, key = path.partition("/")
    return ObjectPath(bucket, key)


def archive_split(key: str) -> tuple[str, str] | None:
    """(shard, member) for the last `*.tar/...`-like segment boundary in `key`, else None.

    The innermost candidate is not guessed: the first segment (from the left) whose name ends
    with a shard extension is the shard, since the server does not nest archives.
    """
    parts = key.split("/")
    for i, part in enumerate(parts[:-1]):
        if part.lower().endswith(ARCHIVE_EXTENSIONS):
            member = "/".join(parts[i + 1 :])
            if member:
                return "/".join(parts[: i + 1]), member
    return None


def is_archive(key: str) -> bool:
    return key.lower().endswith(ARCHIVE_EXTENSIONS)


def dir_prefix(key: str) -> str:
    """The listing prefix of the virtual directory `key` (`""` for the bucket's top level)."""
    return f"{key}/" if key else ""


def parent(path: str) -> str:
    return path.rpartition("/")[0]


def child_level(prefix: str, name: str) -> tuple[str, bool] | None:
    """Of `name` (listed under `prefix`), the entry one level below `prefix` and whether it is a
    directory; None if `name` is not under `prefix`."""
    if not name.startswith(prefix):
        return None
    rest = name[len(prefix) :]
    head, sep, _ = rest.partition("/")
    if not head:
        return None
    return prefix + head, bool(sep)
