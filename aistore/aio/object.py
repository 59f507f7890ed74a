"""AsyncObject, AsyncObjectReader, AsyncObjectFile: the asyncio twins of the object classes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from io import BufferedWriter
from pathlib import Path
from typing import Any, cast

import httpx
import requests.exceptions
from aistore_raw.ais.api.objects import delete_object, get_object, put_object

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.async_wire import BodyIterator, Response
from aistore._core.config import DEFAULT_CHUNK_SIZE
from aistore._core.error_map import map_transport_error
from aistore._core.streaming import ReadState
from aistore.aio._replay import replay
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.blob_download_config import BlobDownloadConfig
from aistore.sdk.errors import ObjectFileStreamError
from aistore.sdk.obj import verified
from aistore.sdk.obj.byte_range import ByteRange, range_header
from aistore.sdk.obj.object import (
    BucketDetails,
    Object,
    _check_object_name,
    content_bytes,
    read_params,
    reader_options,
)
from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.obj.object_headers import ObjectHeaders
from aistore.sdk.obj.object_props import ObjectProps
from aistore.sdk.provider import Provider


class AsyncObject:
    """An object in AIS (asyncio); making one sends no request. See `aistore.sdk.obj.object`."""

    def __init__(
        self,
        client: AsyncOperationSender,
        bck_details: BucketDetails,
        name: str,
        props: ObjectProps | None = None,
    ) -> None:
        self._client = client
        self._bck = bck_details
        self._name = _check_object_name(name)
        self._props = props

    @property
    def bucket_name(self) -> str:
        return self._bck.name

    @property
    def bucket_provider(self) -> Provider:
        return self._bck.provider

    @property
    def query_params(self) -> dict[str, Any]:
        return self._bck.qparams

    @property
    def name(self) -> str:
        return self._name

    @property
    def props(self) -> ObjectProps | None:
        return self._props

    def __repr__(self) -> str:
        return f"AsyncObject({self._bck.provider.value}://{self._bck.name}/{self._name})"

    # ---- reading -------------------------------------------------------------------------
    @property
    def props_cached(self) -> ObjectProps | None:
        """Properties as of the last `head()`, without a request (2.x name; same as `props`)."""
        return self._props

    @property
    def uname(self) -> str:
        """Unified name: the bucket path and the object name (`ais/@#/bucket/dir/obj`)."""
        return f"{self._bck.path}{self._name}"

    async def head(self, props: str = "") -> ObjectHeaders:
        """HEAD the object (the synchronous `Object.head` replayed); updates `props`."""

        def head(client: Any) -> tuple[ObjectHeaders, ObjectProps | None]:
            obj = self._sync(client)
            return obj.head(props), obj.props

        headers, self._props = await replay(self._client, head)
        return headers

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

    def get_semantic_url(self) -> str:
        """`<provider>://<bucket>/<object>`."""
        return f"{self._bck.provider.value}://{self.bucket_name}/{self._name}"

    def get_url(self, archpath: str = "", etl_name: str | None = None) -> str:
        """The full URL of a GET of this object (with its query parameters)."""
        params: dict[str, Any] = dict(self.query_params)
        if archpath:
            params["archpath"] = archpath
        if etl_name:
            params["etl_name"] = etl_name
        return self._client.url_of(get_object.op(self.bucket_name, self._name, **params))

    # ---- writing -------------------------------------------------------------------------
    async def put_content(self, content: bytes) -> Response:
        """Write `content` as this object (replacing it)."""
        if not isinstance(content, bytes | bytearray | memoryview):
            raise TypeError(f"content must be bytes, got {type(content).__name__}")
        return await self._client.send(
            put_object.op(self.bucket_name, self._name, body=bytes(content), **self.query_params)
        )

    async def put_file(self, path: str | Path) -> Response:
        """Write the file at `path` as this object, streamed (never held in memory)."""
        path = Path(path)
        if not path.is_file():
            raise ValueError(f"put_file: path {str(path)!r} is not a file")
        with path.open("rb") as body:
            return await self._client.send(
                put_object.op(self.bucket_name, self._name, body=body, **self.query_params)
            )

    async def append_content(
        self, content: bytes | str, handle: str = "", flush: bool = False
    ) -> str:
        """Append `content` (a `str` as UTF-8, as the sync client; or, with `flush`, finalize);
        returns the handle for the next call."""
        body = content_bytes(content)
        if flush and not handle:
            raise ValueError("flush needs the handle returned by a previous append")
        params: dict[str, Any] = {"append_type": "flush" if flush else "append"}
        if handle:
            params["append_handle"] = handle
        response = await self._client.send(
            put_object.op(self.bucket_name, self._name, body=body, **params, **self.query_params)
        )
        return put_object.parse_headers(response).get("ais_append_handle", "")

    async def delete(self) -> Response:
        """Delete the object."""
        return await self._client.send(
            delete_object.op(self.bucket_name, self._name, **self.query_params)
        )

    # ---- the synchronous methods, replayed (aistore.aio._replay) --------------------------
    def _sync(self, client: Any) -> Object:
        return Object(client, self._bck, self._name)

    async def set_custom_props(
        self, custom_metadata: dict[str, str], replace_existing: bool = False
    ) -> Response:
        """Set custom metadata keys (or, with `replace_existing`, replace all of them)."""
        # the sync method returns what its client's send gave: here our Response
        result = await replay(
            self._client,
            lambda c: self._sync(c).set_custom_props(custom_metadata, replace_existing),
        )
        return cast(Response, result)

    async def promote(
        self,
        path: str,
        target_id: str = "",
        recursive: bool = False,
        overwrite_dest: bool = False,
        delete_source: bool = False,
        src_not_file_share: bool = False,
    ) -> str:
        """Promote a file or directory the targets can reach; the job ID ("" if done)."""
        return await replay(
            self._client,
            lambda c: self._sync(c).promote(
                path, target_id, recursive, overwrite_dest, delete_source, src_not_file_share
            ),
        )

    async def blob_download(
        self, chunk_size: int | None = None, num_workers: int | None = None, latest: bool = False
    ) -> str:
        """Start a blob download of this (remote) object; the job ID."""
        return await replay(
            self._client, lambda c: self._sync(c).blob_download(chunk_size, num_workers, latest)
        )


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
