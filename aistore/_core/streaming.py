"""Read state of an object stream: where it is, and whether a broken read may continue.

Pure bookkeeping shared by the sync and async readers: the reader feeds it the
bytes it hands out and the interruptions it sees; the state says from which byte
to ask again (a `Range` request) or that the limit is reached. A continued read
must come from the same object version, or two versions would be spliced.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from aistore._core.error_map import map_transport_error
from aistore.sdk.errors import ObjectFileMaxResumeError


class ObjectChangedError(RuntimeError):
    """The object changed while it was being read; the bytes so far belong to another version."""


@dataclass
class ReadState:
    max_resume: int
    position: int = 0
    resumes: int = 0
    version: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.max_resume, int) or self.max_resume < 0:
            raise ValueError(f"max_resume must be a non-negative integer, got {self.max_resume!r}")

    def advance(self, count: int) -> None:
        self.position += count

    def interrupted(self, error: BaseException) -> int:
        """Record an interruption; the offset to resume from, or raise when out of resumes."""
        if self.resumes >= self.max_resume:
            raise ObjectFileMaxResumeError(error, self.max_resume) from error
        self.resumes += 1
        return self.position

    def check_version(self, version: str | None) -> None:
        """Pin the first version seen; a different one on a resumed read is an error."""
        if version is None:
            return
        if self.version is None:
            self.version = version
        elif version != self.version:
            raise ObjectChangedError(
                f"object version changed from {self.version!r} to {version!r} "
                f"after {self.position} bytes were read"
            )


def iter_body(response: httpx.Response, chunk_size: int | None) -> Iterator[bytes]:
    """Yield the body of an open streamed response (`chunk_size` None: pieces as they arrive);
    a cut-short body raises AISStreamError."""
    try:
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.TransportError as err:
            raise map_transport_error(err, during_body=True) from err
    finally:
        response.close()
