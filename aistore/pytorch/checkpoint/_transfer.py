"""Bytes to and from objects, in parallel: uploads (one PUT, or a multipart upload of parts
sent concurrently) and ranged reads streamed into caller-owned buffers.

Everything goes through the public client (`Object.put_content`, `Object.multipart_upload`,
`Object.get_reader(byte_range=...).raw()`), on a thread pool the caller owns: socket reads
and writes release the GIL, and the sync client's connection pool is shared by threads.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

import requests.exceptions

from aistore._core.config import PARALLEL_RANGE_RETRIES
from aistore.sdk.errors import AISStreamError
from aistore.sdk.obj.multipart_upload import MultipartUpload
from aistore.sdk.obj.object import Object
from aistore.sdk.obj.object_writer import ObjectWriter

READ_CHUNK = 1 << 20
"""Bytes per socket read of a range (each is copied once, into its place)."""


def check_positive(name: str, value: object) -> int:
    """`value` as a positive int, else ValueError naming `name`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return value


def spans(size: int, step: int) -> list[tuple[int, int]]:
    """[start, end) pieces of `step` bytes covering `size` bytes (none for 0)."""
    return [(start, min(start + step, size)) for start in range(0, size, step)]


def gather(pieces: Sequence[memoryview], start: int, end: int) -> bytes:
    """Bytes [start, end) of the concatenation of `pieces` (one copy)."""
    out: list[memoryview] = []
    offset = 0
    for piece in pieces:
        lo, hi = max(start, offset), min(end, offset + len(piece))
        if lo < hi:
            out.append(piece[lo - offset : hi - offset])
        offset += len(piece)
        if offset >= end:
            break
    return b"".join(out)


def wait_all(futures: Sequence[Future[Any]]) -> None:
    """Wait for every future; raise the first failure once the others are done or cancelled
    (nothing is left reading from or writing into a buffer the caller is about to free)."""
    try:
        for future in futures:
            future.result()
    except BaseException:
        for future in futures:
            future.cancel()
        wait(futures)
        raise


class Upload:
    """One object being written from the concatenation of `pieces` (memory the caller keeps
    alive until `finish()`): one PUT up to `part_size` bytes, else a multipart upload whose
    parts go concurrently on `pool`. Nothing blocks here; `finish()` waits.

    The object appears (or is replaced) only when the PUT or `complete()` succeeds. A failure
    aborts the multipart upload: its parts are dropped and an earlier object of that name stays
    as it was. A part or PUT retried by the client rewrites the same bytes.
    """

    def __init__(
        self,
        obj: Object,
        pieces: Sequence[memoryview],
        part_size: int,
        pool: ThreadPoolExecutor,
    ) -> None:
        self.object = obj
        self.size = sum(len(piece) for piece in pieces)
        self._mpu: MultipartUpload | None = None
        if self.size <= part_size:
            self._futures = [pool.submit(obj.put_content, gather(pieces, 0, self.size))]
            return
        self._mpu = obj.multipart_upload().create()
        self._futures = []
        try:
            for number, (start, end) in enumerate(spans(self.size, part_size), start=1):
                writer = self._mpu.add_part(number)
                self._futures.append(pool.submit(_put_part, writer, pieces, start, end))
        except BaseException:
            self._abort()
            raise

    def finish(self) -> None:
        """Wait for the PUT or the parts, then complete the multipart upload."""
        try:
            wait_all(self._futures)
            if self._mpu is not None:
                self._mpu.complete()
        except BaseException:
            self._abort()
            raise

    def _abort(self) -> None:
        for future in self._futures:
            future.cancel()
        wait(self._futures)
        if self._mpu is not None:
            # the parts are dropped; a failed abort must not hide why the upload failed
            with contextlib.suppress(Exception):
                self._mpu.abort()


def _put_part(writer: ObjectWriter, pieces: Sequence[memoryview], start: int, end: int) -> Any:
    return writer.put_content(gather(pieces, start, end))


def finish_all(uploads: Sequence[Upload]) -> None:
    """Finish every upload; on the first failure abort the rest and raise it."""
    for index, upload in enumerate(uploads):
        try:
            upload.finish()
        except BaseException:
            for rest in uploads[index + 1 :]:
                rest._abort()
            raise


def read_into(obj: Object, start: int, view: memoryview) -> None:
    """Stream bytes [start, start + len(view)) of `obj` into `view` as they arrive; a body cut
    short is continued from its first missing byte (up to `PARALLEL_RANGE_RETRIES` times)."""
    expected = len(view)
    done = 0
    retries = 0
    while done < expected:
        first, last = start + done, start + expected - 1
        stream = obj.get_reader(byte_range=f"bytes={first}-{last}", chunk_size=READ_CHUNK).raw()
        try:
            while done < expected:
                count = stream.readinto(view[done:])
                if not count:
                    raise AISStreamError(
                        f"range [{start}, {start + expected}) of {obj.name!r} ended after "
                        f"{done} bytes"
                    )
                done += count
        except (requests.exceptions.ChunkedEncodingError, AISStreamError):
            retries += 1
            if retries > PARALLEL_RANGE_RETRIES:
                raise
        finally:
            stream.close()


def read_ranges(
    jobs: Iterable[tuple[Object, int, memoryview]], part_size: int, pool: ThreadPoolExecutor
) -> list[Future[None]]:
    """Submit a `read_into` per `part_size` slice of each (object, start, view) job."""
    futures: list[Future[None]] = []
    for obj, start, view in jobs:
        for lo, hi in spans(len(view), part_size):
            futures.append(pool.submit(read_into, obj, start + lo, view[lo:hi]))
    return futures
