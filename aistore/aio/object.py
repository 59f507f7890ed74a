"""AsyncObject, AsyncObjectReader, AsyncObjectFile: the asyncio twins of the object classes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from io import BufferedWriter
from typing import Any

import httpx
import requests.exceptions
from aistore_raw.ais.api.objects import get_object

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.async_wire import BodyIterator, Response
from aistore._core.config import DEFAULT_CHUNK_SIZE
from aistore._core.error_map import map_transport_error
from aistore._core.streaming import ReadState
from aistore._core.twin import AsyncShell
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.blob_download_config import BlobDownloadConfig
from aistore.sdk.errors import ObjectFileStreamError
from aistore.sdk.obj import verified
from aistore.sdk.obj._object_base import ObjectBase, read_params, reader_options
from aistore.sdk.obj.byte_range import ByteRange, range_header
from aistore.sdk.obj.object_attributes import ObjectAttributes


class AsyncObject(ObjectBase[AsyncOperationSender, Response], AsyncShell):
    """An object in AIS (asyncio); making one sends no request. See `aistore.sdk.obj.object`."""

    async def get_reader(
        self,
        archive_config: ArchiveConfig | None = None,
        blob_download_config: BlobDownloadConfig | None = None,
        chunk_size: int | None = None,
        etl: Any = None,
        writer: BufferedWriter | None = None,
        latest: bool = False,
        byte_range: str | None = None,
        direct: bool = False,
        num_workers: int | None = None,
    ) -> AsyncObjectReader:
        """A reader of the content (nothing is requested until it is used, except with
        `writer`); the arguments of the sync `Object.get_reader` (2.x)."""
        size, etl_name = reader_options(
            chunk_size,
            etl,
            direct,
            num_workers,
            byte_range=byte_range,
            blob_download_config=blob_download_config,
            archive_config=archive_config,
        )
        return await self.get(
            archive_config, blob_download_config, size, etl_name, writer, latest, byte_range
        )

    async def get(
        self,
        archive_config: ArchiveConfig | None = None,
        blob_download_config: BlobDownloadConfig | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        etl_name: str | None = None,
        writer: BufferedWriter | None = None,
        latest: bool = False,
        byte_range: str | None = None,
    ) -> AsyncObjectReader:
        """A reader of the content (1.9.2's arguments); with `writer`, the content is written
        to it first."""
        params = read_params(archive_config, blob_download_config, etl_name, latest, byte_range)
        reader = AsyncObjectReader(self, params, byte_range, chunk_size)
        if writer is not None:
            async for chunk in reader:
                writer.write(chunk)
        return reader


class AsyncObjectReader:
    """Reads one object: `async for chunk in reader`, `await reader.read_all()`, `as_file()`."""

    def __init__(
        self,
        obj: AsyncObject,
        params: dict[str, Any],
        byte_range: str | None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if not isinstance(chunk_size, int) or chunk_size <= 0:
            raise ValueError(f"chunk_size must be a positive integer, got {chunk_size!r}")
        if byte_range is not None:
            ByteRange.parse(byte_range)
        self._obj = obj
        self._params = params
        self._byte_range = byte_range
        self._chunk_size = chunk_size
        self._last: Response | Mapping[str, str] | None = None

    @property
    def chunk_size(self) -> int:
        return self._chunk_size

    @property
    def attributes(self) -> ObjectAttributes | None:
        """Attributes from the last response for this object (None before any; see `head`)."""
        last = self._last
        if last is None:
            return None
        return ObjectAttributes(last.headers if isinstance(last, Response) else last)

    async def _get(self, stream: bool, offset: int | None = None) -> Response:
        params = dict(self._params)
        header = range_header(self._byte_range, offset)
        if header is not None:
            params["range_"] = header
        obj = self._obj
        response = await obj._client.send(
            get_object.op(obj.bucket_name, obj.name, **obj.query_params, **params), stream=stream
        )
        self._last = response  # headers parsed only if asked for
        return response

    async def head(self) -> ObjectAttributes:
        """HEAD the object now; updates and returns `attributes`."""
        headers = await self._obj.head()
        self._last = headers
        return ObjectAttributes(headers)

    async def read_all(self, *, verify: bool | None = None) -> bytes:
        """The whole content (or range) in memory; `verify` (None: `AIS_VERIFY_READS`) checks
        the cluster's checksum, as the sync `ObjectReader.read_all` does."""
        is_partial = verified.partial(self._byte_range, self._params)
        verified.refuse_partial(verify, is_partial)
        if not verified.wanted(verify, is_partial):
            return (await self._get(stream=False)).content

        async def read() -> verified.Read:
            response = await self._get(stream=False)
            return response.headers, response.content

        what = f"{self._obj.bucket_name}/{self._obj.name}"
        return (await verified.aread_checked(read, what))[1]

    def iter_from_position(self, start_position: int = 0) -> AsyncIterator[bytes]:
        """Chunks of the content from byte `start_position` on (a Range request), opened when
        the first chunk is asked for.

        Memory stays constant: the socket is not read while unread bytes pile up. Leaving the
        loop, an error, or the end of the task that reads it closes the connection.
        """
        if not isinstance(start_position, int) or start_position < 0:
            raise ValueError(f"start_position must be a non-negative int, got {start_position!r}")
        return body_chunks(lambda: self._get(stream=True, offset=start_position), self.chunk_size)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_from_position(0)

    def as_file(
        self, buffer_size: int | None = None, max_resume: int | None = 5
    ) -> AsyncObjectFile:
        """A sequential async file that resumes a broken stream up to `max_resume` times.

        `buffer_size` is accepted for compatibility and unused (reads are chunk-sized).
        """
        return AsyncObjectFile(self, max_resume or 0)


class body_chunks(BodyIterator):  # used like a function
    """The body of a response opened by `open_response`; a cut-short body raises
    AISStreamError (as the sync `aistore._core.streaming.iter_body`)."""

    async def __anext__(self) -> bytes:
        try:
            return await super().__anext__()
        except httpx.TransportError as err:
            raise map_transport_error(err, during_body=True) from err


class AsyncObjectFile:
    """A read-only, non-seekable async file over an object's content (`await f.read(n)`).

    A stream cut mid-way is continued from the first byte not yet received with a `Range`
    request (same version, `ReadState`), at most `max_resume` times; then
    `ObjectFileMaxResumeError`. A stream that cannot be (re)opened raises
    `ObjectFileStreamError` (the rules of `aistore.sdk.obj.obj_file.ObjectFile`).
    """

    def __init__(self, reader: AsyncObjectReader, max_resume: int) -> None:
        self._reader = reader
        self._state = ReadState(max_resume=max_resume)
        self._chunks: AsyncIterator[bytes] | None = None
        self._remainder = memoryview(b"")
        self._closed = False

    async def __aenter__(self) -> AsyncObjectFile:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def tell(self) -> int:
        return self._state.position - len(self._remainder)

    async def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes (all that is left when negative or None); b"" at the end."""
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        want = -1 if size is None or size < 0 else size
        parts: list[bytes | memoryview] = []
        got = 0
        try:
            while want < 0 or got < want:
                if not self._remainder:
                    chunk = await self._next_chunk()
                    if chunk is None:
                        break
                    self._remainder = memoryview(chunk)
                take = len(self._remainder) if want < 0 else min(want - got, len(self._remainder))
                parts.append(self._remainder[:take])
                self._remainder = self._remainder[take:]
                got += take
        except BaseException:
            await self.close()
            raise
        return b"".join(parts)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iter()

    async def _iter(self) -> AsyncIterator[bytes]:
        while chunk := await self.read(self._reader.chunk_size):
            yield chunk

    async def _next_chunk(self) -> bytes | None:
        while True:
            if self._chunks is None:
                self._chunks = await self._open(self._state.position)
            try:
                chunk = await self._chunks.__anext__()
            except StopAsyncIteration:
                return None
            except requests.exceptions.ChunkedEncodingError as err:
                # the body was cut short: ask again from the first byte not yet received
                self._chunks = None
                self._state.interrupted(err)
                continue
            except requests.exceptions.ConnectionError as err:
                raise ObjectFileStreamError(err) from err
            self._state.advance(len(chunk))
            return chunk

    async def _open(self, offset: int) -> AsyncIterator[bytes]:
        try:
            response = await self._reader._get(stream=True, offset=offset or None)
        except requests.exceptions.ConnectionError as err:
            raise ObjectFileStreamError(err) from err
        try:
            self._state.check_version(get_object.parse_headers(response).get("ais_version"))
        except BaseException:
            response.close()
            raise

        async def opened() -> Response:
            return response

        return body_chunks(opened, self._reader.chunk_size)

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            chunks, self._chunks = self._chunks, None
            if isinstance(chunks, BodyIterator):
                chunks.close()
            self._remainder = memoryview(b"")
