"""ObjectReader: an object's content (whole, streamed, from a position, as a file), attributes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import httpx

from aistore._core.config import DEFAULT_CHUNK_SIZE
from aistore._core.streaming import iter_body
from aistore.sdk.obj import verified
from aistore.sdk.obj.content_iterator import (
    ContentIterator,
    ParallelBuffer,
    ParallelContentIterProvider,
)
from aistore.sdk.obj.content_iterator.parallel import check_parallel
from aistore.sdk.obj.obj_file.object_file import ObjectFile, ObjectFileReader
from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.obj.object_client import ObjectClient


class ResponseStream(io.RawIOBase):
    """A readable, non-seekable file over an open streamed response (what `raw()` returns).

    Reads pull the body as it arrives; nothing is held beyond the bytes not yet returned.
    Works with `tarfile.open(fileobj=..., mode="r|*")`, `shutil.copyfileobj`, `io.BufferedReader`.
    """

    def __init__(self, response: httpx.Response, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        super().__init__()
        self._response = response
        self._chunks = iter_body(response, chunk_size)
        self._pending = memoryview(b"")

    @property
    def response(self) -> httpx.Response:
        return self._response

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        """Fill `buffer` whole unless the content ends first (as urllib3's raw stream, which
        1.9.2/2.x return: `read(n)` gives exactly n bytes before EOF, never a short read)."""
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view):
            if not self._pending:
                self._pending = memoryview(next(self._chunks, b""))
                if not self._pending:
                    break
            count = min(len(view) - filled, len(self._pending))
            view[filled : filled + count] = self._pending[:count]
            self._pending = self._pending[count:]
            filled += count
        return filled

    def close(self) -> None:
        if not self.closed:
            self._response.close()
        super().close()


class ObjectReader:
    """Reads one object: iterate it in `chunk_size` pieces, read it whole, or open it as a file.

    With `num_workers` (2.x) the reader is a `ParallelObjectReader`: reading the object whole
    or iterating it is a parallel download.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> ObjectReader:
        num_workers = args[2] if len(args) > 2 else kwargs.get("num_workers")
        if cls is ObjectReader and num_workers is not None:
            cls = ParallelObjectReader
        return object.__new__(cls)

    def __init__(
        self,
        object_client: ObjectClient,
        chunk_size: int | None = DEFAULT_CHUNK_SIZE,
        num_workers: int | None = None,
    ) -> None:
        if chunk_size is not None and (
            isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size <= 0
        ):
            raise ValueError(f"chunk_size must be a positive integer, got {chunk_size!r}")
        self._object_client = object_client
        self._chunk_size = chunk_size or DEFAULT_CHUNK_SIZE
        self._attributes: ObjectAttributes | None = None

    @property
    def chunk_size(self) -> int:
        return self._chunk_size

    @property
    def num_workers(self) -> int | None:
        """(2.x) Threads of a parallel download; None: one stream."""
        return None

    def head(self) -> ObjectAttributes:
        """HEAD the object now; updates and returns `attributes`."""
        self._attributes = self._object_client.head()
        return self._attributes

    @property
    def attributes(self) -> ObjectAttributes:
        """Attributes from the last response for this object (a HEAD if there was none)."""
        if self._attributes is None:
            return self.head()
        return self._attributes

    def read_all(self, *, verify: bool | None = None) -> bytes:
        """The whole content (or range) in memory.

        With `verify`, the content is checked against the checksum the cluster reports for the
        object; a mismatch is read once more, and `ChecksumMismatchError` if it repeats.
        `verify=None` follows `AIS_VERIFY_READS` (default: off). A byte range, an archive
        member or an ETL's output is not checked (`verify=True` on one: ValueError), nor is
        an object stored without a checksum.
        """
        object_client = self._object_client
        is_partial = object_client.partial
        verified.refuse_partial(verify, is_partial)
        if not verified.wanted(verify, is_partial):
            reply = object_client.read()
            self._attributes = ObjectAttributes(reply.headers)
            return reply.content

        def read() -> verified.Read:
            reply = object_client.read()
            self._attributes = ObjectAttributes(reply.headers)
            return reply.headers, reply.content

        return verified.read_checked(read, object_client.what)[1]

    def raw(self) -> ResponseStream:
        """A readable stream of the content, read as it arrives; close it when done."""
        response = self._object_client.get(stream=True)
        self._attributes = ObjectAttributes(response.headers)
        return ResponseStream(response, self._chunk_size)

    def as_file(self, buffer_size: int | None = None, max_resume: int | None = 5) -> ObjectFile:
        """A read-only, non-seekable file that resumes a broken stream up to `max_resume` times.

        `buffer_size` is accepted for compatibility and unused (reads are chunk-sized).
        """
        if max_resume is None:
            max_resume = 0
        return ObjectFileReader(ContentIterator(self._object_client, self._chunk_size), max_resume)

    def iter_from_position(self, start_position: int = 0) -> Iterator[bytes]:
        """Chunks of the content from byte `start_position` on (a Range request)."""
        if not isinstance(start_position, int) or start_position < 0:
            raise ValueError(f"start_position must be a non-negative int, got {start_position!r}")
        response = self._object_client.get(stream=True, offset=start_position)
        self._attributes = ObjectAttributes(response.headers)
        return iter_body(response, self._chunk_size)

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_from_position(0)


class ParallelObjectReader(ObjectReader):
    """(2.x `get_reader(num_workers=n)`) An ObjectReader whose whole reads and iteration are a
    parallel download: byte ranges of `chunk_size` (None: 8 MiB) fetched by `num_workers`
    threads at once (`content_iterator.ParallelContentIterProvider`).

    `read_all()` returns a `ParallelBuffer` (shared memory: close it when done); iteration
    yields the ranges in order. `raw()` and `as_file()` read one stream, as without workers.
    """

    def __init__(
        self,
        object_client: ObjectClient,
        chunk_size: int | None = None,
        num_workers: int | None = None,
    ) -> None:
        self._workers = check_parallel(object_client, num_workers)
        super().__init__(object_client, chunk_size)
        self._range_size = chunk_size

    @property
    def num_workers(self) -> int:
        return self._workers

    def _provider(self) -> ParallelContentIterProvider:
        """A parallel provider; its HEAD is sent now and becomes `attributes`."""
        provider = ParallelContentIterProvider(self._object_client, self._range_size, self._workers)
        self._attributes = provider.attributes
        return provider

    def read_all(self, *, verify: bool | None = None) -> ParallelBuffer:  # type: ignore[override]
        """The whole object in a `ParallelBuffer` (close it when done); with `verify` (None:
        `AIS_VERIFY_READS`), checked against the checksum the cluster reports
        (`ChecksumMismatchError`)."""
        is_partial = self._object_client.partial
        verified.refuse_partial(verify, is_partial)
        provider = self._provider()
        buffer = provider.read_all()
        if verified.wanted(verify, is_partial):
            try:
                verified.check(provider.attributes, buffer.buf, self._object_client.what)
            except BaseException:
                buffer.close()
                raise
        return buffer

    def iter_from_position(self, start_position: int = 0) -> Iterator[bytes]:
        """The ranges from byte `start_position` on, in order (a HEAD first, then range GETs)."""
        if not isinstance(start_position, int) or start_position < 0:
            raise ValueError(f"start_position must be a non-negative int, got {start_position!r}")
        return self._provider().create_iter(start_position)
