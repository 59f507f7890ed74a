"""ObjectFile: a sequential, read-only file over an object that resumes broken streams."""

from __future__ import annotations

from collections.abc import Iterator
from io import BufferedIOBase
from typing import TYPE_CHECKING, Any

from aistore._core.streaming import ReadState

if TYPE_CHECKING:
    from aistore.sdk.obj.content_iterator import ContentIterator


class ObjectFile(BufferedIOBase):
    """A read-only, non-seekable file over an object's content.

    `read(size)` returns what is left of the last chunk first and pulls more chunks as needed.
    When the stream breaks mid-way, reading continues from the last byte received with a
    `Range` request, at most `max_resume` times; then `ObjectFileMaxResumeError`. A stream that
    cannot be (re)opened raises `ObjectFileStreamError`.
    """

    def __init__(self, content_iterator: ContentIterator, max_resume: int) -> None:
        super().__init__()
        self._content_iterator = content_iterator
        self._state = ReadState(max_resume=max_resume)
        self._chunks: Iterator[bytes] | None = None
        self._remainder = memoryview(b"")
        self._closed = False

    def __enter__(self) -> ObjectFile:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def readable(self) -> bool:
        return not self._closed

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._state.position - len(self._remainder)

    def read(self, size: int | None = -1) -> bytes:
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        want = -1 if size is None or size < 0 else size
        parts: list[bytes | memoryview] = []
        got = 0
        try:
            while want < 0 or got < want:
                if not self._remainder:
                    chunk = self._next_chunk()
                    if chunk is None:
                        break
                    self._remainder = memoryview(chunk)
                take = len(self._remainder) if want < 0 else min(want - got, len(self._remainder))
                parts.append(self._remainder[:take])
                self._remainder = self._remainder[take:]
                got += take
        except BaseException:
            self.close()
            raise
        return b"".join(parts)

    def read1(self, size: int = -1) -> bytes:
        return self.read(size)

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def _next_chunk(self) -> bytes | None:
        while True:
            if self._chunks is None:
                self._chunks = self._open(self._state.position)
            try:
                chunk = next(self._chunks)
            except StopIteration:
                return None
            except Exception as err:
                self._state.after_break(err)  # raises unless the body was cut short: resume
                self._chunks = None
                continue
            self._state.advance(len(chunk))
            return chunk

    def _open(self, offset: int) -> Iterator[bytes]:
        try:
            return self._content_iterator.iter_from_position(offset, read_state=self._state)
        except Exception as err:
            surfaced = ReadState.open_failed(err)
            if surfaced is err:
                raise
            raise surfaced from err

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._chunks = None
            self._remainder = memoryview(b"")


class ObjectFileReader(ObjectFile):
    """2.x name of ObjectFile: what `ObjectReader.as_file()` returns."""


class ObjectFileWriter(BufferedIOBase):
    """A write-only file over an object (2.x): each `write` appends to it on the cluster.

    The appended content becomes the object's on `flush()` / `close()` (the append is
    finalized); until then readers see the previous content. Mode "w" empties the object when
    the file is opened; "a" keeps what it holds and appends.
    """

    def __init__(self, obj_writer: Any, mode: str) -> None:
        super().__init__()
        if mode not in ("w", "a"):
            raise ValueError(f"Invalid mode: {mode}")
        self._writer = obj_writer
        self._mode = mode
        self._handle = ""
        self._closed = False
        if mode == "w":
            obj_writer.put_content(b"")

    def __enter__(self) -> ObjectFileWriter:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def writable(self) -> bool:
        return not self._closed

    def write(self, buffer: Any) -> int:
        """Append `buffer` to the object (a `str` as UTF-8, as 2.x); returns its length (of a
        `str`, in characters, as 2.x and text files count)."""
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        data = buffer.encode("utf-8") if isinstance(buffer, str) else bytes(buffer)
        if data:
            self._handle = self._writer.append_content(data, handle=self._handle)
        return len(buffer) if isinstance(buffer, str) else len(data)

    def flush(self) -> None:
        """Finalize what was appended so far (the object then holds it)."""
        if self._handle and not self._closed:
            self._writer.append_content(b"", handle=self._handle, flush=True)
            self._handle = ""

    def close(self) -> None:
        if not self._closed:
            self.flush()
            self._closed = True
