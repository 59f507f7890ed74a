"""Files of the `ais://` filesystem: a seekable, version-pinned reader and a streamed writer.

Reading: fsspec's block cache asks for byte ranges; each is one ranged GET. The object's version
and checksum are pinned when the file is opened (native AIS has no `If-Match`), and every answer
is compared with them, so a file never mixes bytes of two versions: `ObjectChangedError`. A range
whose body is cut short continues from the last byte received, up to `max_resume` times.

Writing: the first block that fills starts one PUT whose body is streamed (chunked) from a
bounded queue; `close()` ends the body and the server commits the object. When the file is
discarded (an exception in its `with` block, `discard()`, garbage collection before `close()`)
the body is aborted mid-stream: the server drops the partial upload and nothing becomes
visible. A file that never filled a block is sent as one PUT on close (retried if needed).
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
import warnings
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

import httpx
from aistore_raw.ais.api.objects import get_object, put_object
from fsspec.callbacks import Callback
from fsspec.spec import AbstractBufferedFile

from aistore._core.streaming import ObjectChangedError, ReadState, iter_body
from aistore.fs import _paths
from aistore.sdk.errors import (
    AISConnectionError,
    AISReadTimeout,
    AISStreamError,
    ErrNotFound,
)

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

    def _check_same(self, response: httpx.Response) -> None:
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
        if start >= end:
            return b""
        fs: AISFileSystem = self.fs
        parsed = _paths.split(self.path)
        state = ReadState(max_resume=self.max_resume)
        parts: list[bytes] = []
        while True:
            offset = start + state.position
            try:
                response = fs.client.request_client.send(
                    get_object.op(
                        parsed.bucket,
                        parsed.key,
                        range_=f"bytes={offset}-{end - 1}",
                        **fs._qparams(),
                    ),
                    stream=True,
                )
            except ErrNotFound as err:
                raise ObjectChangedError(f"ais://{self.path} was deleted while open") from err
            try:
                self._check_same(response)
                for chunk in iter_body(response, READ_CHUNK):
                    parts.append(chunk)
                    state.advance(len(chunk))
            except RESUMABLE as err:
                # the connection was cut: continue from the first byte not received
                state.interrupted(err)
                continue
            finally:
                response.close()
            if state.position >= end - start:
                return b"".join(parts)
            # the server ended the body early without an error: ask again for the rest
            state.interrupted(AISStreamError(f"short body: {state.position} of {end - start}"))


class _Abort(Exception):
    """Raised inside the streamed body to cut the upload off."""


_END = object()
_ABORT = object()


class AISWriteFile(AbstractBufferedFile):  # type: ignore[misc]
    """Write-only file: streamed to the cluster, committed by `close()` (module docstring)."""

    closed: bool

    def __init__(self, fs: AISFileSystem, path: str, *, block_size: int) -> None:
        super().__init__(fs, path, mode="wb", block_size=block_size, autocommit=True)
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=QUEUE_BLOCKS)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    # fsspec calls these two from flush()
    def _initiate_upload(self) -> None:
        pass

    def _upload_chunk(self, final: bool = False) -> bool:
        data = self.buffer.getvalue()
        if final and self._thread is None:
            self._put_whole(data)
            return True
        if self._thread is None:
            self._start()
        if data:
            self._push(data)
        if final:
            self._push(_END)
            self._finish()
        return True

    def _put_whole(self, data: bytes) -> None:
        fs: AISFileSystem = self.fs
        obj = fs._object(self.path)
        obj.put_content(data)

    def _body(self) -> Any:
        while True:
            item = self._queue.get()
            if item is _END:
                return
            if item is _ABORT:
                raise _Abort("upload discarded")
            yield item

    def _run(self) -> None:
        fs: AISFileSystem = self.fs
        obj = fs._object(self.path)
        try:
            fs.client.request_client.send(
                put_object.op(obj.bucket_name, obj.name, body=self._body(), **obj.query_params)
            )
        except BaseException as err:
            self._error = err
            # unblock a writer waiting on a full queue
            while True:
                try:
                    self._queue.get_nowait()
                except queue.Empty:
                    break

    def _start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="ais-fs-put", daemon=True)
        self._thread.start()

    def _push(self, item: Any) -> None:
        assert self._thread is not None
        while True:
            if self._error is not None:
                raise self._error
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                if not self._thread.is_alive():
                    raise OSError(f"upload of ais://{self.path} stopped") from self._error

    def _finish(self) -> None:
        assert self._thread is not None
        self._thread.join()
        if self._error is not None:
            raise self._error

    def discard(self) -> None:
        """Abandon the upload: nothing is written (the partial body is aborted)."""
        if self.closed:
            return
        self.closed = True
        self.buffer = io.BytesIO()
        if self._thread is not None:
            # the upload is being dropped: its own failure does not matter any more
            with contextlib.suppress(BaseException):
                self._push(_ABORT)
            self._thread.join()

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
