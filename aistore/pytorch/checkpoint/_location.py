"""Where a checkpoint lives: `ais://bucket/prefix`, its object names, and `latest` (no I/O but
the listing of `latest`).

A distributed checkpoint at `ais://b/run/step-100` is the commit marker `run/step-100/.metadata`
(written last, by one PUT) and the shard objects `run/step-100/.data/<save id>/__<rank>_<n>`
that it names. Every save has a new save id, so a save never writes over an object that a
committed checkpoint names; a single-file checkpoint is one object, replaced whole.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from aistore.sdk._default_client import default_client
from aistore.sdk.client import Client

SCHEME = "ais://"
MARKER = ".metadata"
"""The commit marker of a distributed checkpoint (DCP's own name for its metadata file)."""
DATA_DIR = ".data"


@dataclass(frozen=True)
class Location:
    """A parsed `ais://bucket/prefix` (prefix without leading or trailing `/`)."""

    bucket: str
    prefix: str

    @classmethod
    def parse(cls, url: object, *, need_key: bool = False) -> Location:
        """`ais://bucket/prefix` -> Location; ValueError naming what is wrong."""
        if isinstance(url, os.PathLike):
            url = os.fspath(url)
        if not isinstance(url, str):
            raise TypeError(f"a checkpoint location must be a string, got {type(url).__name__}")
        if not url.startswith(SCHEME):
            raise ValueError(f"a checkpoint location must start with {SCHEME!r}, got {url!r}")
        bucket, _, prefix = url[len(SCHEME) :].partition("/")
        prefix = prefix.strip("/")
        if not bucket:
            raise ValueError(f"no bucket in checkpoint location {url!r}")
        if need_key and not prefix:
            raise ValueError(f"no object name after the bucket in {url!r}")
        return cls(bucket, prefix)

    def __str__(self) -> str:
        return f"{SCHEME}{self.bucket}/{self.prefix}"

    def key(self, name: str) -> str:
        """The object name of `name` under this prefix."""
        return f"{self.prefix}/{name}" if self.prefix else name

    @property
    def marker(self) -> str:
        return self.key(MARKER)

    def data_prefix(self, save_id: str = "") -> str:
        """Listing prefix of every save's shard objects, or of one save's (`save_id`)."""
        return self.key(f"{DATA_DIR}/{save_id}/" if save_id else f"{DATA_DIR}/")


def shard_name(save_id: str, rank: int, number: int) -> str:
    """Name (under the checkpoint prefix) of shard object `number` of `rank` in save `save_id`."""
    return f"{DATA_DIR}/{save_id}/__{rank}_{number}"


def is_location(url: object) -> bool:
    """Whether `url` is an `ais://bucket[/prefix]` string (DCP's storage auto-detection)."""
    if isinstance(url, os.PathLike):
        url = os.fspath(url)
    return isinstance(url, str) and url.startswith(SCHEME) and len(url) > len(SCHEME)


_NUMBER = re.compile(r"(\d+)")


def natural_key(name: str) -> list[tuple[int, int | str]]:
    """Sort key comparing runs of digits as numbers (`step-9` before `step-10`)."""
    return [(1, int(part)) if part.isdigit() else (0, part) for part in _NUMBER.split(name) if part]


def latest(url: str, *, client: Client | None = None) -> str | None:
    """The newest complete distributed checkpoint under `url` (`ais://bucket/prefix`), or None.

    Complete means committed: its marker object exists, and a marker is written only after
    every shard it names. Among the committed ones the newest is the one whose name sorts last,
    numbers compared as numbers (`step-10` after `step-9`). One listing of the prefix.
    """
    where = Location.parse(url)
    client = client or default_client()
    listing_prefix = f"{where.prefix}/" if where.prefix else ""
    suffix = f"/{MARKER}"
    found = [
        entry.name[: -len(suffix)]
        for entry in client.bucket(where.bucket).list_objects_iter(
            prefix=listing_prefix, props="name"
        )
        if entry.name.endswith(suffix) and f"/{DATA_DIR}/" not in entry.name
    ]
    if not found:
        return None
    return f"{SCHEME}{where.bucket}/{max(found, key=natural_key)}"
