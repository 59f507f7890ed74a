"""Sans-I/O state of an object read: where it is, whether a broken read may continue, version pin.

Shared by the sync reader (`aistore.sdk.obj.obj_file.ObjectFile`) and the async one: the reader
feeds it the bytes it hands out, the version of every answer it opens, and every failure it
sees; the state says from which byte to ask again (a `Range` request), or which error to raise:

* a body cut short (`requests.exceptions.ChunkedEncodingError`, i.e. `AISStreamError`) is
  resumed from the first byte not received, at most `max_resume` times, then
  `ObjectFileMaxResumeError`;
* a stream that cannot be (re)opened (`requests.exceptions.ConnectionError`) raises
  `ObjectFileStreamError`; anything else is raised as it is;
* a resumed read must come from the version the first answer had, or two versions would be
  spliced: `ObjectChangedError`.

The shell::

    while True:
        if chunks is None:
            try: response = open(state.position)            # GET with Range from there
            except BaseException as e: raise state.open_failed(e) from e
            state.check_version(get_object.parse_headers(response).get("ais_version"))
            chunks = iter(response)
        try: chunk = next(chunks)
        except StopIteration: return None
        except BaseException as e: state.after_break(e); chunks = None; continue  # or raises
        state.advance(len(chunk)); return chunk
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import requests.exceptions

from aistore._core.error_map import map_transport_error
from aistore._core.errors import (
    ObjectChangedError,
    ObjectFileMaxResumeError,
    ObjectFileStreamError,
)

__all__ = ["ObjectChangedError", "ReadState", "iter_body"]


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

    def after_break(self, error: BaseException) -> int:
        """Decide about a failure while reading: the offset to resume from, or raise.

        Raises the error to surface (see the module docstring) with `error` as its cause.
        """
        if isinstance(error, requests.exceptions.ChunkedEncodingError):
            return self.interrupted(error)
        surfaced = self.open_failed(error)
        if surfaced is error:
            raise error
        raise surfaced from error

    @staticmethod
    def open_failed(error: BaseException) -> BaseException:
        """The error to raise when a stream could not be (re)opened, or broke without a body."""
        if isinstance(error, requests.exceptions.ConnectionError):
            return ObjectFileStreamError(error)
        return error

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
