"""Settings for the cluster's blob downloader (chunked GET of large remote objects)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class BlobDownloadConfig:
    """Blob downloader settings.

    Attributes:
        chunk_size: chunk size, raw bytes or with IEC/SI units ("4mb", "1MiB", "1048576").
        num_workers: number of concurrent workers, as a string ("5").
    """

    chunk_size: str | None = None
    num_workers: str | None = None
