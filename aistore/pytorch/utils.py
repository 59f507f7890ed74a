"""Name helpers of the AIS PyTorch datasets (webdataset naming: `dir/basename.ext`)."""

from __future__ import annotations

from math import floor
from urllib.parse import urlunparse

MB_TO_B = 1000000


def convert_mb_to_bytes(megabytes: float) -> int:
    """Megabytes (10^6) to bytes, rounded down."""
    return floor(megabytes * MB_TO_B)


def convert_bytes_to_mb(num_bytes: int) -> float:
    return num_bytes / MB_TO_B


def unparse_url(provider: str, bck_name: str, obj_name: str) -> str:
    """`provider://bucket/object`."""
    return urlunparse([provider, bck_name, obj_name, "", "", ""])


def get_basename(name: str) -> str:
    """`dir/sample.cls.txt` -> `sample`."""
    return name.split("/")[-1].split(".")[0]


def get_extension(name: str) -> str:
    """`dir/sample.cls.txt` -> `txt` ("" without a dot)."""
    _, separator, extension = name.rsplit("/", 1)[-1].rpartition(".")
    return extension if separator else ""
