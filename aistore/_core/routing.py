"""Which target owns an object: the server's HRW (highest random weight) choice, computed locally.

Pure (no I/O). The recipe follows the server (core/meta/hrw.go ``Smap.HrwName2T``):

1. ``uname = provider "/" ns "/" bucket "/" object``, where ``ns`` is ``@#`` for the global
   namespace, else ``@<uuid>#<name>``; encoded as UTF-8.
2. ``digest = XXH64(uname, seed=MLCG32)``.
3. For every target not in maintenance or being decommissioned (``flags & 12 == 0``):
   ``score = mix64(target.id_digest ^ digest)`` (xoshiro256 ``Hash``); the highest score owns.

``SmapView`` is built once per cluster map version and keeps the eligible targets in a tuple, so
``owner`` is one loop of integer arithmetic per target.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import xxhash

MLCG32 = 1103515245
"""Seed of every HRW hash (cmn/cos/unsafe.go)."""

FLAG_MAINTENANCE = 4
FLAG_DECOMMISSION = 8
_SKIP_FLAGS = FLAG_MAINTENANCE | FLAG_DECOMMISSION

_M64 = 0xFFFFFFFFFFFFFFFF
_GOLDEN = 0x9E3779B97F4A7C15
_C1 = 0xBF58476D1CE4E5B9
_C2 = 0x94D049BB133111EB

_PROVIDER_ALIASES = {"s3": "aws", "gs": "gcp", "az": "azure", "oc": "oci"}


def mix64(x: int) -> int:
    """The server's 64-bit mixer (cmn/xoshiro256 ``Hash``); all arithmetic mod 2**64."""
    z = (x + _GOLDEN) & _M64
    z = ((z ^ (z >> 30)) * _C1) & _M64
    z = ((z ^ (z >> 27)) * _C2) & _M64
    z = ((z ^ (z >> 31)) + _GOLDEN) & _M64
    z = ((z ^ (z >> 30)) * _C1) & _M64
    z = ((z ^ (z >> 27)) * _C2) & _M64
    z = ((z ^ (z >> 31)) * 5) & _M64
    z = ((z << 7) | (z >> 57)) & _M64
    return (z * 9) & _M64


def digest(data: bytes | str) -> int:
    """XXH64 of ``data`` with the HRW seed (also how a node's ``id_digest`` is made)."""
    if isinstance(data, str):
        data = data.encode()
    return int(xxhash.xxh64_intdigest(data, seed=MLCG32))


def namespace_uname(ns_uuid: str = "", ns_name: str = "") -> str:
    """``@#`` for the global namespace, else ``@<uuid>#<name>`` (cmn/bck.go ``Ns.Uname``)."""
    return f"@{ns_uuid}#{ns_name}"


def bucket_uname(provider: str, ns_uuid: str, ns_name: str, bucket: str, obj: str) -> bytes:
    """The name the server hashes to place an object (cmn/bck.go ``Bck.MakeUname``).

    ``provider`` may be a scheme alias ("s3", "gs", ...); it is normalized as the server does.
    """
    provider = _PROVIDER_ALIASES.get(provider, provider)
    return f"{provider}/@{ns_uuid}#{ns_name}/{bucket}/{obj}".encode()


@dataclass(frozen=True, slots=True)
class Target:
    """One storage target as routing needs it."""

    daemon_id: str
    direct_url: str
    id_digest: int
    flags: int = 0

    @property
    def eligible(self) -> bool:
        """Not in maintenance and not being decommissioned."""
        return self.flags & _SKIP_FLAGS == 0


class SmapView:
    """The routing-relevant part of a cluster map (immutable; rebuild on a new version)."""

    __slots__ = ("_eligible", "targets", "uuid", "version")

    def __init__(self, targets: Mapping[str, Target], version: int = 0, uuid: str = "") -> None:
        self.targets: dict[str, Target] = dict(targets)
        self.version = version
        self.uuid = uuid
        self._eligible: tuple[Target, ...] = tuple(t for t in self.targets.values() if t.eligible)

    @classmethod
    def from_smap(cls, smap: Mapping[str, Any]) -> SmapView:
        """Build from the JSON of ``GET /v1/daemon?what=smap`` (a dict).

        A node without ``id_digest`` gets it computed from its ID, as the server does.
        """
        targets: dict[str, Target] = {}
        for tid, node in (smap.get("tmap") or {}).items():
            daemon_id = node.get("daemon_id") or tid
            public = node.get("public_net") or {}
            id_digest = node.get("id_digest")
            targets[daemon_id] = Target(
                daemon_id=daemon_id,
                direct_url=public.get("direct_url", ""),
                id_digest=int(id_digest) if id_digest else digest(daemon_id),
                flags=int(node.get("flags") or 0),
            )
        version = smap.get("version") or 0
        return cls(targets, version=int(version), uuid=str(smap.get("uuid") or ""))

    @property
    def eligible_targets(self) -> tuple[Target, ...]:
        """Targets that can own objects."""
        return self._eligible

    def __repr__(self) -> str:
        return f"SmapView(version={self.version}, targets={len(self.targets)})"


def owner_by_digest(smap: SmapView, name_digest: int) -> Target | None:
    """The target with the highest ``mix64(id_digest ^ name_digest)``; None if none is eligible.

    Ties (practically impossible) go to the later target, as the server's ``>=`` does.
    """
    best: Target | None = None
    best_score = -1
    for target in smap._eligible:
        score = mix64(target.id_digest ^ name_digest)
        if score >= best_score:
            best_score = score
            best = target
    return best


def owner(smap: SmapView, uname: bytes) -> Target | None:
    """The target that owns ``uname`` (see ``bucket_uname``); None if no target is eligible."""
    return owner_by_digest(smap, digest(uname))
