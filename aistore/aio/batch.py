"""AsyncBatch: Get-Batch (`GET /v1/ml/moss`) for asyncio, the twin of `aistore.sdk.batch.Batch`.

    batch = client.batch(["a", "b"], bucket=bucket)
    batch.add("shard.tar", archpath="x/1.jpg").add("big.bin", start=0, length=4096)
    async for info, data in await batch.get():      # (MossOut, bytes), in the order added
        ...

Items are built and checked by the synchronous `Batch` (same rules and messages). A streamed
tar answer (the default) is decoded as it arrives (`tar_stream.TarFeed`: memory stays at about
one item plus one read chunk); the other output formats and the multipart answer
(`streaming_get=False`) are read whole, then decoded by the synchronous decoders. A cluster
that does not serve Get-Batch gets the same items through concurrent GETs.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.async_wire import Response
from aistore.aio.object import AsyncObject, body_chunks
from aistore.sdk.batch import fallback
from aistore.sdk.batch.archive_stream import EXT_TAR, iter_members
from aistore.sdk.batch.batch import MISSING_DIR, Batch, _short, pair_multipart
from aistore.sdk.batch.errors import BatchStreamError
from aistore.sdk.batch.tar_stream import TarFeed
from aistore.sdk.batch.types import MossIn, MossOut, decode_opaque
from aistore.sdk.bucket import Bucket
from aistore.sdk.enums import Colocation
from aistore.sdk.errors import AISError, ErrNotFound
from aistore.sdk.obj import verified

if TYPE_CHECKING:
    from aistore.aio.bucket import AsyncBucket

BatchItems = AsyncIterator[tuple[MossOut, bytes]]
READ_CHUNK = 1 << 20
FALLBACK_CONCURRENCY = 16


def _bucket_of(bucket: AsyncBucket | None) -> Any:
    """The sync Bucket inside an AsyncBucket (TypeError naming `bucket` for anything else)."""
    if bucket is None:
        return None
    from aistore.aio.bucket import AsyncBucket

    if not isinstance(bucket, AsyncBucket):
        raise TypeError(f"bucket must be an AsyncBucket, got {type(bucket).__name__}")
    return Bucket(bucket.name, None, bucket.provider, bucket.namespace)


class AsyncBatch:
    """A Get-Batch request being built (`add`), and its execution (`await get()`).

    The arguments of `aistore.sdk.batch.Batch`, with `AsyncObject`s and an `AsyncBucket`.
    """

    def __init__(
        self,
        client: AsyncOperationSender,
        objects: Sequence[AsyncObject | str] | AsyncObject | str | None = None,
        bucket: AsyncBucket | None = None,
        output_format: str = EXT_TAR,
        cont_on_err: bool = True,
        only_obj_name: bool = False,
        streaming_get: bool = True,
        colocation: Colocation = Colocation.NONE,
    ) -> None:
        self._client = client
        self._batch = Batch(
            None,  # type: ignore[arg-type]  # items only: the sends are ours
            None,
            _bucket_of(bucket),
            output_format,
            cont_on_err,
            only_obj_name,
            streaming_get,
            colocation,
        )
        if objects is not None:
            many: Sequence[Any] = objects if isinstance(objects, list | tuple) else [objects]
            for obj in many:
                self.add(obj)

    @property
    def requests_list(self) -> list[MossIn]:
        return self._batch.requests_list

    @property
    def output_format(self) -> str:
        return self._batch.output_format

    def add(
        self,
        obj: AsyncObject | str,
        opaque: bytes | None = None,
        archpath: str | None = None,
        start: int | None = None,
        length: int | None = None,
        bck: str | None = None,
        provider: str | None = None,
    ) -> AsyncBatch:
        """Add one item (see `Batch.add`); returns the batch."""
        if isinstance(obj, AsyncObject):
            if bck is not None or provider is not None:
                raise ValueError("bck/provider cannot be combined with an Object instance")
            if obj.query_params.get("namespace"):
                raise ValueError(f"Get-Batch does not take namespaced buckets ({obj!r})")
            name, bck, provider = obj.name, obj.bucket_name, obj.bucket_provider.value
        elif isinstance(obj, str):
            name = obj
        else:
            raise ValueError(f"objects: unsupported object type {type(obj).__name__}")
        self._batch.add(name, opaque, archpath, start, length, bck, provider)
        return self

    def clear(self) -> AsyncBatch:
        self._batch.clear()
        return self

    async def get(self, clear_batch: bool = True) -> BatchItems:
        """Send the batch (its errors raise here); then (MossOut, bytes) per item, in order."""
        batch = self._batch
        if not batch.requests_list:
            raise ValueError("No objects added to batch")
        items = list(batch.requests_list)
        if clear_batch:
            batch.clear()
        if fallback.serves_batch(self._client):  # type: ignore[arg-type]
            try:
                response = await self._send(items)
            except AISError as err:
                if not fallback.is_unserved(err):
                    raise
                fallback.note_unserved(self._client, err)  # type: ignore[arg-type]
            else:
                return self._decode(response, items)
        return _get_each(self._client, items, batch.cont_on_err)

    async def _send(self, items: list[MossIn]) -> Response:
        return await self._client.send(self._batch._call(items), stream=True)

    async def _decode(self, response: Response, items: list[MossIn]) -> BatchItems:
        chunks = body_chunks(_opened(response), READ_CHUNK)
        try:
            if self._batch.streaming_get and self.output_format == EXT_TAR:
                feed = TarFeed()
                index = 0
                async for chunk in chunks:
                    for name, data in feed.feed(chunk):
                        if index >= len(items):
                            raise BatchStreamError(
                                f"Get-Batch answer has more than the {len(items)} items asked"
                            )
                        yield _out(name, data, items[index]), data
                        index += 1
                feed.end()
                if index < len(items):
                    raise BatchStreamError(_short(index, len(items)))
                return
            content = b"".join([c async for c in chunks])
            if self._batch.streaming_get:
                count = 0
                for (name, data), item in zip(
                    iter_members(self.output_format, [content]), items, strict=False
                ):
                    count += 1
                    yield _out(name, data, item), data
                if count < len(items):
                    raise BatchStreamError(_short(count, len(items)))
                return
            for pair in pair_multipart(
                [content], response.headers["content-type"], self.output_format, len(items)
            ):
                yield pair
        finally:
            chunks.close()

    def __len__(self) -> int:
        return len(self._batch)

    def __repr__(self) -> str:
        return f"AsyncBatch(objects={len(self)}, format={self.output_format})"


def _opened(response: Response) -> Any:
    async def opened() -> Response:
        return response

    return opened


def _out(name: str, data: bytes, item: MossIn) -> MossOut:
    missing = not data and name.startswith(MISSING_DIR)
    return MossOut(
        obj_name=item.obj_name,
        archpath=item.archpath or "",
        bucket=item.bck or "",
        provider=item.provider or "",
        opaque=decode_opaque(item.opaque),
        size=len(data),
        err_msg=f"{name[len(MISSING_DIR) :]}: not found" if missing else None,
    )


async def _get_one(
    client: AsyncOperationSender, item: MossIn, cont_on_err: bool
) -> tuple[MossOut, bytes]:
    async def read() -> verified.Read:
        response = await client.send(fallback.one_call(item))
        return response.headers, response.content

    try:
        if fallback.one_checked(item):
            checked = await verified.aread_checked(read, fallback.one_what(item))
            return fallback.one_result(item, checked[1])
        return fallback.one_result(item, (await read())[1])
    except ErrNotFound as err:
        if not cont_on_err:
            raise
        return fallback.one_result(item, b"", err)


async def _get_each(
    client: AsyncOperationSender, items: list[MossIn], cont_on_err: bool
) -> BatchItems:
    """The items through concurrent GETs (a cluster without Get-Batch), in request order."""
    limit = asyncio.Semaphore(FALLBACK_CONCURRENCY)

    async def one(item: MossIn) -> tuple[MossOut, bytes]:
        async with limit:
            return await _get_one(client, item, cont_on_err)

    tasks = [asyncio.ensure_future(one(item)) for item in items]
    try:
        for task in tasks:
            yield await task
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
