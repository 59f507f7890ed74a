"""Files of the `ais://` filesystem: a seekable, version-pinned reader and a streamed writer.

Both are fsspec `AbstractBufferedFile`s used from blocking code; their network steps are
coroutines run on the filesystem's loop (`fsspec.asyn.sync`).

Reading: fsspec's block cache asks for byte ranges; each is one ranged GET read whole in one
task. The object's version and checksum are pinned when the file is opened (native AIS has no
`If-Match`), and every answer is compared with them, so a file never mixes bytes of two
versions: `ObjectChangedError`. A range whose body is cut short continues from the last byte
received, up to `max_resume` times.

Writing: the first block that fills starts one PUT (a task on the loop) whose body is streamed
(chunked) from a bounded queue; `close()` ends the body and the server commits the object.
When the file is discarded (an exception in its `with` block, `discard()`, garbage collection
before `close()`) the upload task is cancelled mid-body: the server drops the partial upload
and nothing becomes visible. A file that never filled a block is sent as one PUT on close.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import warnings
from collections.abc import AsyncIterator
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

import httpx
from aistore_raw.ais.api.objects import get_object, put_object
from fsspec.asyn import _on_loop_thread
from fsspec.callbacks import Callback
from fsspec.spec import AbstractBufferedFile

from aistore._core.async_wire import Response
from aistore._core.error_map import map_transport_error
from aistore._core.streaming import ObjectChangedError, ReadState
from aistore.fs import _paths
from aistore.sdk.errors import (
    AISConnectionError,
    AISReadTimeout,
    AISStreamError,
    ErrNotFound,
)
from aistore.sdk.obj.byte_range import span_header

if TYPE_CHECKING:
    from aistore.fs.core import AISFileSystem

__all__ = ["AISReadFile", "AISWriteFile", "ObjectChangedError", "ProgressReader"]

READ_CHUNK = 1 << 20
RESUMABLE = (AISStreamError, AISReadTimeout, AISConnectionError)
"""Failures of a body in flight that a ranged read continues after."""

QUEUE_BLOCKS = 2
"""Blocks a streamed write may hold in memory beyond the one being filled."""


class AISReadFile(AbstractBufferedFile):  # type: ignore[misc]
    """Read-only, seekable file over one object version (see the module docstring)."""

    def __init__(
        self,
        fs: AISFileSystem,
        path: str,
        info: dict[str, Any],
        *,
        block_size: int,
        cache_options: dict[str, Any] | None,
        max_resume: int,
        **kwargs: Any,
    ) -> None:
        self.version = str(info.get("version") or "")
        self.checksum = str(info.get("checksum") or "")
        self.max_resume = max_resume
        cache_type = kwargs.pop("cache_type", "readahead")
        super().__init__(
            fs,
            path,
            mode="rb",
            block_size=block_size,
            cache_type=cache_type,
            cache_options=cache_options,
            size=int(info["size"]),
            **kwargs,
        )

    def _check_same(self, response: Response) -> None:
        declared = get_object.parse_headers(response)
        version = declared.get("ais_version", "")
        checksum = declared.get("ais_checksum_value", "")
        if (self.version and version and version != self.version) or (
            self.checksum and checksum and checksum != self.checksum
        ):
            raise ObjectChangedError(
                f"ais://{self.path} changed while open: version {self.version!r} -> "
                f"{version!r}, checksum {self.checksum!r} -> {checksum!r}; reopen it to read "
                "the new content"
            )

    def _fetch_range(self, start: int, end: int) -> bytes:
        """`bytes` for fsspec's caches (a copy when the body was received into a buffer)."""
        data = self._fetch(start, end)
        return data if isinstance(data, bytes) else bytes(data)

    def _fetch(self, start: int, end: int) -> bytes | bytearray:
        if start >= end:
            return b""
        fs: AISFileSystem = self.fs
        return fs._run(self._async_fetch_range, start, end)

    async def _async_fetch_range(self, start: int, end: int) -> bytes | bytearray:
        fs: AISFileSystem = self.fs
        parsed = _paths.split(self.path)
        state = ReadState(max_resume=self.max_resume)
        parts: list[bytes | bytearray] = []
        while True:
            offset = start + state.position
            try:
                response = await fs.client.request_client.send(
                    get_object.op(
                        parsed.bucket,
                        parsed.key,
                        range_=span_header(offset, end),
                        **fs._qparams(),
                    ),
                    stream=True,
                )
            except ErrNotFound as err:
                raise ObjectChangedError(f"ais://{self.path} was deleted while open") from err
            try:
                self._check_same(response)
                # straight from the socket into one buffer (`Response.read_body`)
                body = await _read_body(response)
                parts.append(body)
                state.advance(len(body))
            except RESUMABLE as err:
                # the connection was cut: continue from the first byte not received
                received = response.partial_body
                if received:
                    parts.append(bytes(received))
                    state.advance(len(received))
                state.interrupted(err)
                continue
            finally:
                response.close()
            if state.position >= end - start:
                return parts[0] if len(parts) == 1 else bytearray().join(parts)
            # the server ended the body early without an error: ask again for the rest
            state.interrupted(AISStreamError(f"short body: {state.position} of {end - start}"))

    def read(self, length: int = -1) -> bytes:
        """As fsspec's, but a read of at least a block that the cache does not hold goes
        straight to one ranged GET of exactly those bytes (no read-ahead past it, no copy into
        and out of the cache): pyarrow's coalesced column-chunk reads. Such a read returns the
        `bytearray` the body was received into (a bytes-like object; turning it into `bytes`
        would copy it once more); smaller reads return `bytes`."""
        length = -1 if length is None else int(length)
        if self.mode != "rb" or self.closed or length < self.blocksize:
            return super().read(length)  # type: ignore[no-any-return]
        end = min(self.loc + length, self.size)
        cache = self.cache
        cached = getattr(cache, "start", 0) <= self.loc < getattr(cache, "end", 0)
        if cached or end <= self.loc:
            return super().read(length)  # type: ignore[no-any-return]
        out = self._fetch(self.loc, end)
        self.loc += len(out)
        return out  # type: ignore[return-value]


async def _read_body(response: Response) -> bytes | bytearray:
    try:
        return await response.read_body()
    except httpx.TransportError as err:
        raise map_transport_error(err, during_body=True) from err


class _Abort(Exception):
    """Ends the streamed body without its terminating chunk: the server drops the upload."""


_END = object()


class AISWriteFile(AbstractBufferedFile):  # type: ignore[misc]
    """Write-only file: streamed to the cluster, committed by `close()` (module docstring)."""

    closed: bool

    def __init__(self, fs: AISFileSystem, path: str, *, block_size: int) -> None:
        super().__init__(fs, path, mode="wb", block_size=block_size, autocommit=True)
        self._queue: asyncio.Queue[Any] | None = None
        self._task: asyncio.Task[Any] | None = None

    # fsspec calls these two from flush()
    def _initiate_upload(self) -> None:
        pass

    def _upload_chunk(self, final: bool = False) -> bool:
        fs: AISFileSystem = self.fs
        data = self.buffer.getvalue()
        if final and self._task is None:
            fs._run(fs._object(self.path).put_content, data)
            return True
        if self._task is None:
            fs._run(self._start)
        if data:
            fs._run(self._push, data)
        if final:
            fs._run(self._push, _END)
            fs._run(self._finish)
        return True

    async def _body(self) -> AsyncIterator[bytes]:
        assert self._queue is not None
        while True:
            item = await self._queue.get()
            if item is _END:
                return
            yield item

    async def _start(self) -> None:
        fs: AISFileSystem = self.fs
        obj = fs._object(self.path)
        self._queue = asyncio.Queue(maxsize=QUEUE_BLOCKS)
        self._task = asyncio.ensure_future(
            fs.client.request_client.send(
                put_object.op(obj.bucket_name, obj.name, body=self._body(), **obj.query_params)
            )
        )

    async def _push(self, item: Any) -> None:
        """Queue one block (waits while the queue is full); the upload's failure raises."""
        assert self._queue is not None and self._task is not None
        put = asyncio.ensure_future(self._queue.put(item))
        await asyncio.wait({put, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if not put.done():
            put.cancel()
            error = self._task.exception()
            raise error if error is not None else OSError(f"upload of ais://{self.path} stopped")

    async def _finish(self) -> None:
        assert self._task is not None
        await self._task

    async def _cancel(self) -> None:
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(BaseException):
                await task

    def discard(self) -> None:
        """Abandon the upload: nothing is written (the partial body is aborted)."""
        if self.closed:
            return
        self.closed = True
        self.buffer = io.BytesIO()
        task = self._task
        if task is None or task.done():
            return
        fs: AISFileSystem = self.fs
        if _on_loop_thread(fs.loop):
            task.cancel()  # garbage-collected on the loop's own thread: cannot wait here
        else:
            fs._run(self._cancel)

    def close(self) -> None:
        if self.closed:
            return
        try:
            super().close()
        except BaseException:
            self.discard()
            raise
        finally:
            self.closed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.discard()
        else:
            self.close()

    def __del__(self) -> None:
        if not getattr(self, "closed", True):
            warnings.warn(
                f"ais://{self.path} was never closed: the upload is discarded",
                ResourceWarning,
                stacklevel=2,
            )
            self.discard()


class ProgressReader(io.RawIOBase):
    """A seekable file that reports each read to an fsspec callback (rewound on a retry)."""

    def __init__(self, f: IO[bytes], callback: Callback) -> None:
        super().__init__()
        self._f = f
        self._callback = callback
        self._start = f.tell()

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._f.fileno()

    def tell(self) -> int:
        return self._f.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        pos = self._f.seek(offset, whence)
        self._callback.absolute_update(pos - self._start)
        return pos

    def read(self, size: int = -1) -> bytes:
        data = self._f.read(size)
        if data:
            self._callback.relative_update(len(data))
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
