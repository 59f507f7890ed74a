"""Single-file checkpoints: `save(obj, "ais://bucket/name")` and `load("ais://bucket/name")`,
`torch.save`'s format in one object.

`save` streams `torch.save`'s output into part-sized buffers; the first full part starts a
multipart upload and every part is sent as soon as it is full, concurrently with the
serialization of the next (at most `num_threads` parts in memory). The object is replaced only
by `complete()`: until then readers see the previous object, and a failure or a crash leaves it
as it was. A checkpoint that fits one part is one PUT, atomic as well.

`load` asks for the size (HEAD), reads the object in parallel ranges into one preallocated
buffer, and hands `torch.load` a file over that buffer (no further copy of the whole file).
"""

from __future__ import annotations

import io
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, Any, cast

import torch

from aistore._core.config import CHECKPOINT_PART_SIZE, CHECKPOINT_THREADS
from aistore.pytorch.checkpoint._location import Location
from aistore.pytorch.checkpoint._transfer import check_positive, read_ranges, wait_all
from aistore.sdk._default_client import default_client
from aistore.sdk.client import Client
from aistore.sdk.obj.multipart_upload import MultipartUpload
from aistore.sdk.obj.object import Object


def _object(url: str, client: Client | None) -> Object:
    where = Location.parse(url, need_key=True)
    return (client or default_client()).bucket(where.bucket).object(where.prefix)


class _PartWriter(io.RawIOBase):
    """A write-only file that uploads what is written in parts of `part_size` bytes."""

    def __init__(self, obj: Object, part_size: int, pool: ThreadPoolExecutor, depth: int) -> None:
        super().__init__()
        self._object = obj
        self._part_size = part_size
        self._pool = pool
        self._depth = depth
        self._buffer = bytearray()
        self._position = 0
        self._mpu: MultipartUpload | None = None
        self._futures: list[Future[Any]] = []

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        count = len(view)
        self._position += count
        while view:
            room = self._part_size - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]
            if len(self._buffer) == self._part_size and view:
                self._send_part()
        return count

    def _send_part(self) -> None:
        if self._mpu is None:
            self._mpu = self._object.multipart_upload().create()
        # bounded memory: wait for the oldest part once `depth` parts are in flight
        while len([f for f in self._futures if not f.done()]) >= self._depth:
            next(f for f in self._futures if not f.done()).result()
        writer = self._mpu.add_part(len(self._futures) + 1)
        part, self._buffer = bytes(self._buffer), bytearray()
        self._futures.append(self._pool.submit(writer.put_content, part))

    def commit(self) -> None:
        """Send what is left and make the object (one PUT, or the multipart `complete()`)."""
        if self._mpu is None:
            self._object.put_content(bytes(self._buffer))
            return
        if self._buffer:
            self._send_part()
        wait_all(self._futures)
        self._mpu.complete()

    def discard(self) -> None:
        """Drop the upload: nothing becomes visible."""
        for future in self._futures:
            future.cancel()
        if self._mpu is not None:
            try:
                wait_all(self._futures)
            finally:
                self._mpu.abort()


def save(
    obj: Any,
    url: str,
    *,
    client: Client | None = None,
    part_size: int = CHECKPOINT_PART_SIZE,
    num_threads: int = CHECKPOINT_THREADS,
    **torch_save_kwargs: Any,
) -> None:
    """`torch.save(obj, ...)` into the object `url` (`ais://bucket/name`), replacing it only
    once the whole checkpoint is written (a failure leaves the previous one as it was).

    Args:
        obj: what `torch.save` takes.
        url: `ais://bucket/name`.
        client: the `aistore.Client` to use (default: one of `AIS_ENDPOINT`, else localhost).
        part_size: bytes per part of the multipart upload (a smaller checkpoint is one PUT).
        num_threads: parts in flight (and in memory) at once.
        **torch_save_kwargs: passed to `torch.save` (e.g. `pickle_protocol`).
    """
    target = _object(url, client)
    part_size = check_positive("part_size", part_size)
    num_threads = check_positive("num_threads", num_threads)
    with ThreadPoolExecutor(max_workers=num_threads, thread_name_prefix="ais-ckpt") as pool:
        writer = _PartWriter(target, part_size, pool, num_threads)
        try:
            torch.save(obj, cast(IO[bytes], writer), **torch_save_kwargs)
            writer.commit()
        except BaseException:
            writer.discard()
            raise


class _BufferFile(io.RawIOBase):
    """A read-only, seekable file over a buffer (no copy of it)."""

    def __init__(self, buffer: bytearray) -> None:
        super().__init__()
        self._view = memoryview(buffer)
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}
        self._position = max(0, base[whence] + offset)
        return self._position

    def readinto(self, buffer: Any) -> int:
        out = memoryview(buffer).cast("B")
        chunk = self._view[self._position : self._position + len(out)]
        out[: len(chunk)] = chunk
        self._position += len(chunk)
        return len(chunk)

    def read(self, size: int | None = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else self._position + size
        chunk = self._view[self._position : end]
        self._position += len(chunk)
        return chunk.tobytes()


def load(
    url: str,
    *,
    client: Client | None = None,
    part_size: int = CHECKPOINT_PART_SIZE,
    num_threads: int = CHECKPOINT_THREADS,
    **torch_load_kwargs: Any,
) -> Any:
    """`torch.load` of the object `url` (`ais://bucket/name`), read in parallel ranges.

    Args:
        url: `ais://bucket/name`.
        client: the `aistore.Client` to use (default: one of `AIS_ENDPOINT`, else localhost).
        part_size: bytes per ranged read.
        num_threads: ranged reads in flight at once.
        **torch_load_kwargs: passed to `torch.load` (`map_location`, `weights_only`, ...).
    """
    source = _object(url, client)
    part_size = check_positive("part_size", part_size)
    num_threads = check_positive("num_threads", num_threads)
    size = source.head().size
    buffer = bytearray(size)
    with ThreadPoolExecutor(max_workers=num_threads, thread_name_prefix="ais-ckpt") as pool:
        wait_all(read_ranges([(source, 0, memoryview(buffer))], part_size, pool))
    return torch.load(cast(IO[bytes], _BufferFile(buffer)), **torch_load_kwargs)
