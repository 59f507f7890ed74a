"""Get-Batch (`GET /v1/ml/moss`): many objects, archived files and byte ranges in one request.

    batch = client.batch(["a", "b"], bucket=bucket)
    batch.add("shard.tar", archpath="x/1.jpg").add("big.bin", start=0, length=4096)
    for info, data in batch.get():          # (MossOut, bytes), in the order added
        ...

The answer is decoded while it streams (`tar_stream`): each item is handed out as soon as its
bytes are in, and memory stays at about one item plus one read chunk whatever the batch's total
size. With `cont_on_err` (the default) a missing item comes back with `err_msg` set and no bytes;
without it the whole request fails. A cluster that does not serve Get-Batch gets the same items
through concurrent GETs (`fallback`), with a warning logged once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import httpx
import msgspec
from aistore_raw.ais.api.ml import get_batch
from aistore_raw.ais.models import MossIn as WireMossIn
from aistore_raw.ais.models import MossReq as WireMossReq
from aistore_raw.ais.types import UNSET

from aistore._core.streaming import iter_body
from aistore.sdk.batch import fallback
from aistore.sdk.batch.archive_stream import EXT_TAR, iter_members, normalize_format
from aistore.sdk.batch.errors import BatchStreamError
from aistore.sdk.batch.multipart import boundary_of, split_parts
from aistore.sdk.batch.types import MossIn, MossOut, MossResp, decode_opaque, encode_opaque
from aistore.sdk.enums import Colocation
from aistore.sdk.errors import AISError
from aistore.sdk.obj.object import Object
from aistore.sdk.obj.object_reader import ResponseStream
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient

if TYPE_CHECKING:
    from aistore.sdk.bucket import Bucket

logger = logging.getLogger(__name__)

MISSING_DIR = "__404__/"
_BUCKET_REQUIRED = "a bucket is needed for objects given by name (bucket= or bck=/provider=)"

BatchResult = Iterator[tuple[MossOut, bytes]]


def _wire(item: MossIn) -> WireMossIn:
    extra: dict[str, Any] = {}
    if item.bck:
        extra["bucket"] = item.bck
    if item.provider:
        extra["provider"] = item.provider
    if item.archpath:
        extra["archpath"] = item.archpath
    if item.opaque:
        extra["opaque"] = item.opaque
    if item.start:
        extra["start"] = item.start
    if item.length:
        extra["length"] = item.length
    return WireMossIn(objname=item.obj_name, **extra)


def _check_range(start: int | None, length: int | None) -> None:
    """The server's own rules (apc.MossIn): start >= 0; length > 0 or -1 (to the end)."""
    for name, value in (("start", start), ("length", length)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"Invalid byte range: {name} must be an integer, got {value!r}")
    if start is not None and start < 0:
        raise ValueError(f"Invalid byte range: start={start} must be >= 0")
    if length is not None and length < -1:
        raise ValueError(
            f"Invalid byte range: length={length} must be > 0, or -1 to read to the end"
        )
    if start and not length:
        raise ValueError(
            f"Invalid byte range: start={start} requires length > 0 or -1 (-1 reads to the end)"
        )


class Batch:
    """A Get-Batch request being built, and its execution (`get`).

    Args:
        request_client: the cluster's RequestClient.
        objects: object names (with `bucket`), `Object`s, or one of either; more via `add`.
        bucket: default bucket of items given by name.
        output_format: archive the server assembles (`.tar`, `.tgz`, `.tar.gz`, `.tar.lz4`, `.zip`).
        cont_on_err: a missing item is reported in its `MossOut.err_msg` instead of failing all.
        only_obj_name: archive members named `<obj>` rather than `<bucket>/<obj>`.
        streaming_get: the server streams the archive as it assembles it; False: it buffers it
            and sends per-item metadata (sizes, error messages) first.
        colocation: placement hint (`Colocation`); TARGET_AND_SHARD_AWARE is not served.
    """

    def __init__(
        self,
        request_client: RequestClient,
        objects: Sequence[Object | str] | Object | str | None = None,
        bucket: Bucket | None = None,
        output_format: str = EXT_TAR,
        cont_on_err: bool = True,
        only_obj_name: bool = False,
        streaming_get: bool = True,
        colocation: Colocation = Colocation.NONE,
    ) -> None:
        if not isinstance(colocation, int) or not 0 <= colocation <= 2:
            raise ValueError(f"Invalid colocation value: {colocation!r}; use a Colocation member")
        if colocation == Colocation.TARGET_AND_SHARD_AWARE:
            raise NotImplementedError(
                "Colocation.TARGET_AND_SHARD_AWARE is not implemented by the server"
            )
        self.request_client = request_client
        self.bucket = bucket
        self.output_format = normalize_format(output_format)
        self.cont_on_err = bool(cont_on_err)
        self.only_obj_name = bool(only_obj_name)
        self.streaming_get = bool(streaming_get)
        self.colocation = Colocation(colocation)
        self._items: list[MossIn] = []
        if objects is not None:
            for obj in objects if isinstance(objects, list | tuple) else [objects]:
                if not isinstance(obj, Object | str):
                    raise ValueError(f"objects: unsupported object type {type(obj).__name__}")
                self.add(obj)

    @property
    def requests_list(self) -> list[MossIn]:
        """The items added so far, in order."""
        return self._items

    def add(
        self,
        obj: Object | str,
        opaque: bytes | None = None,
        archpath: str | None = None,
        start: int | None = None,
        length: int | None = None,
        bck: str | None = None,
        provider: str | None = None,
    ) -> Batch:
        """Add one item; returns the batch (for chaining).

        Args:
            obj: an `Object`, or an object name in the default bucket (or in `bck`).
            opaque: bytes of yours, returned as they are in this item's `MossOut.opaque`.
            archpath: a file inside the object (a tar/tgz/zip/tar.lz4 shard) instead of the object.
            start, length: byte range of the object (or of the archived file); length -1 reads
                from start to the end.
            bck, provider: the item's bucket when `obj` is a name (both or neither).
        """
        _check_range(start, length)
        if (bck is None) != (provider is None):
            raise ValueError("bck and provider must be set together, or not at all")
        if opaque is not None and not isinstance(opaque, bytes | bytearray):
            raise ValueError(f"opaque must be bytes, got {type(opaque).__name__}")
        if archpath is not None and not isinstance(archpath, str):
            raise ValueError(f"archpath must be a string, got {type(archpath).__name__}")
        if isinstance(obj, Object):
            if bck is not None:
                raise ValueError("bck/provider cannot be combined with an Object instance")
            if obj.query_params.get("namespace"):
                raise ValueError(f"Get-Batch does not take namespaced buckets ({obj!r})")
            name, bck, provider = obj.name, obj.bucket_name, obj.bucket_provider.value
        elif isinstance(obj, str):
            if not obj:
                raise ValueError("objects: an object name must not be empty")
            name = obj
            if bck is None:
                if self.bucket is None:
                    raise ValueError(_BUCKET_REQUIRED)
                if self.bucket.namespace is not None and self.bucket.qparam.get("namespace"):
                    raise ValueError(
                        f"Get-Batch does not take namespaced buckets ({self.bucket!r})"
                    )
                bck, provider = self.bucket.name, self.bucket.provider.value
            else:
                if not bck:
                    raise ValueError("bck must be a non-empty bucket name")
                provider = Provider.parse(str(provider)).value
        else:
            raise ValueError(f"objects: unsupported object type {type(obj).__name__}")
        self._items.append(
            MossIn(
                obj_name=name,
                bck=bck,
                provider=provider,
                opaque=encode_opaque(bytes(opaque)) if opaque else None,
                archpath=archpath or None,
                start=start or None,
                length=length or None,
            )
        )
        return self

    def clear(self) -> Batch:
        """Remove every item (the batch can be filled and sent again)."""
        self._items = []
        return self

    def get(
        self,
        raw: bool = False,
        decode_as_stream: bool = False,
        clear_batch: bool = True,
        *,
        tar_buffer_size: int | None = None,
    ) -> BatchResult | ResponseStream:
        """Send the batch; (MossOut, bytes) per item in order, or the archive stream with `raw`.

        The request is sent now (its errors raise here); items are decoded as they are iterated.
        `decode_as_stream` is accepted for compatibility: answers are always decoded as they
        stream. `tar_buffer_size` (2.x) is checked and otherwise unused: reads follow the
        transport's chunks.
        """
        if not self._items:
            raise ValueError("No objects added to batch")
        if tar_buffer_size is not None:
            if (
                isinstance(tar_buffer_size, bool)
                or not isinstance(tar_buffer_size, int)
                or tar_buffer_size <= 0
            ):
                raise ValueError("tar_buffer_size must be a positive integer")
            if raw or self.output_format == ".zip":
                raise ValueError("tar_buffer_size requires TAR extraction with raw=False")
        items = list(self._items)
        if clear_batch:
            self.clear()
        if fallback.serves_batch(self.request_client):
            try:
                response = self._send(items)
            except AISError as err:
                if not fallback.is_unserved(err):
                    raise
                fallback.note_unserved(self.request_client, err)
            else:
                if raw:
                    return ResponseStream(response)
                return self._decode(response, items)
        if raw:
            raise ValueError(
                f"{self.request_client.endpoint} does not serve Get-Batch: no raw archive to return"
            )
        return fallback.get_each(self.request_client, items, self.cont_on_err)

    def _send(self, items: list[MossIn]) -> httpx.Response:
        return self.request_client.send(self._call(items), stream=True)

    def _call(self, items: list[MossIn]) -> Any:
        """The Get-Batch operation for `items` (sent by `_send`, or by the async batch)."""
        options: dict[str, Any] = {"strm": self.streaming_get}
        if self.output_format != EXT_TAR:
            options["mime"] = self.output_format
        if self.cont_on_err:
            options["coer"] = True
        if self.only_obj_name:
            options["onob"] = True
        body = WireMossReq(in_=[_wire(i) for i in items], **options)
        coloc = int(self.colocation) or UNSET  # 0: not sent
        return get_batch.op(body=body, coloc=coloc)

    def _decode(self, response: httpx.Response, items: list[MossIn]) -> BatchResult:
        try:
            chunks = iter_body(response, None)
            if self.streaming_get:
                yield from self._pair_streamed(iter_members(self.output_format, chunks), items)
                return
            yield from pair_multipart(
                chunks, response.headers["content-type"], self.output_format, len(items)
            )
        finally:
            response.close()

    def _pair_streamed(
        self, members: Iterator[tuple[str, bytes]], items: list[MossIn]
    ) -> BatchResult:
        """The streamed archive has no metadata: each MossOut comes from its request item."""
        count = 0
        for (name, data), item in zip(members, items, strict=False):
            count += 1
            missing = not data and name.startswith(MISSING_DIR)
            yield (
                MossOut(
                    obj_name=item.obj_name,
                    archpath=item.archpath or "",
                    bucket=item.bck or "",
                    provider=item.provider or "",
                    opaque=decode_opaque(item.opaque),
                    size=len(data),
                    err_msg=f"{name[len(MISSING_DIR) :]}: not found" if missing else None,
                ),
                data,
            )
        if count < len(items):
            raise BatchStreamError(_short(count, len(items)))
        if next(members, None) is not None:
            raise BatchStreamError(f"Get-Batch answer has more than the {len(items)} items asked")

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Batch(objects={len(self)}, format={self.output_format})"


def _short(got: int, asked: int) -> str:
    return (
        f"Get-Batch answer ended after {got} of {asked} items (without cont_on_err, a failed "
        "item ends a streamed answer)"
    )


def pair_multipart(
    chunks: Iterable[bytes], content_type: str, output_format: str, count: int
) -> Iterator[tuple[MossOut, bytes]]:
    """The items of a multipart Get-Batch answer (JSON metadata, then the archive), paired in
    order; `count` items were asked (shared by the sync and async readers)."""
    meta, archive = split_parts(chunks, boundary_of(content_type))
    outs = msgspec.json.decode(meta, type=MossResp).out or []
    if len(outs) != count:
        raise BatchStreamError(f"Get-Batch metadata lists {len(outs)} items, {count} asked")
    members = iter_members(output_format, archive)
    for index, out in enumerate(outs):
        member = next(members, None)
        if member is None:
            raise BatchStreamError(_short(index, count))
        yield out, member[1]
