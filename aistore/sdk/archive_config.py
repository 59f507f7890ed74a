"""Settings for reading files out of an archived object (shard)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ArchiveMode(Enum):
    """How ``ArchiveConfig.regex`` matches names in an archive (cmn/archive/read.go MatchMode)."""

    REGEXP = "regexp"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    SUBSTR = "substr"
    WDSKEY = "wdskey"


@dataclass
class ArchiveConfig:
    """Select files inside an archive object.

    Attributes:
        archpath: path of one file to extract from the archive.
        regex: pattern selecting possibly many files; needs ``mode``.
        mode: how ``regex`` is matched; needs ``regex``.

    ``archpath`` and ``regex`` are mutually exclusive.
    """

    archpath: str = ""
    regex: str = ""
    mode: ArchiveMode | None = None

    def __post_init__(self) -> None:
        if self.mode and not self.regex:
            raise ValueError("Archive mode requires archive regex")
        if self.regex and not self.mode:
            raise ValueError("Archive regex requires archive mode")
        if self.regex and self.archpath:
            raise ValueError("Cannot use both Archive regex and Archive path")
