"""`torch.distributed.checkpoint` storage on AIS: `AISStorageWriter` and `AISStorageReader`.

Layout of the checkpoint `ais://b/run/step-100` (see `_location`):

* `run/step-100/.data/<save id>/__<rank>_<n>`: shard objects; each holds the raw bytes of some
  of one rank's tensors (and pickled non-tensor values) back to back. Tensors larger than the
  part size get an object of their own, written as a multipart upload of parallel parts; the
  others are packed into objects of up to a part each, written by one PUT each, in parallel.
* `run/step-100/.metadata`: the commit marker, DCP's `Metadata` (pickled, as DCP's own
  filesystem writer stores it) whose `storage_data` names, for every item, its shard object,
  offset, length, dtype and shape. The coordinator writes it with one PUT after every rank's
  shards are written.

A reader starts from the marker, so it sees the previous save or the new one, never a mix.
Loads read each item's byte range straight into the tensor it is loaded into when dtype,
shape and layout allow (else into one buffer of the saved chunk, or of the rows asked for,
then copied), in parallel ranges of a part each.
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
import uuid
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import torch
from torch.distributed._shard._utils import narrow_tensor_by_index
from torch.distributed.checkpoint.metadata import Metadata, MetadataIndex, StorageMeta
from torch.distributed.checkpoint.planner import (
    LoadItemType,
    LoadPlan,
    LoadPlanner,
    ReadItem,
    SavePlan,
    SavePlanner,
    WriteItem,
    WriteItemType,
)
from torch.distributed.checkpoint.storage import StorageReader, StorageWriter, WriteResult
from torch.futures import Future

from aistore._core.config import CHECKPOINT_PART_SIZE, CHECKPOINT_THREADS
from aistore.pytorch.checkpoint._location import (
    MARKER,
    Location,
    is_location,
    shard_name,
)
from aistore.pytorch.checkpoint._tensors import (
    byte_view,
    cpu_contiguous,
    readable_in_place,
)
from aistore.pytorch.checkpoint._transfer import (
    Upload,
    check_positive,
    finish_all,
    read_ranges,
    wait_all,
)
from aistore.sdk._default_client import default_client
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrObjNotFound


@dataclass(frozen=True)
class ShardSlot:
    """Where one saved item is: `name` (object name under the checkpoint prefix), its bytes
    [offset, offset + length), and for a tensor its dtype and shape (None, (): pickled bytes)."""

    name: str
    offset: int
    length: int
    dtype: torch.dtype | None = None
    shape: tuple[int, ...] = ()


@dataclass(frozen=True)
class _RankShards:
    """A rank's part of the global save plan: the save id shared by all ranks, and its rank."""

    save_id: str
    rank: int


def _done(value: Any) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_result(value)
    return future


class _Storage:
    """What writer and reader share: the location, the client, the numbers."""

    def __init__(
        self,
        checkpoint_id: str | os.PathLike[str] | None,
        client: Client | None,
        part_size: int,
        num_threads: int,
    ) -> None:
        self._where = None if checkpoint_id is None else Location.parse(checkpoint_id)
        self._client = client
        self.part_size = check_positive("part_size", part_size)
        self.num_threads = check_positive("num_threads", num_threads)

    @property
    def location(self) -> Location:
        if self._where is None:
            raise ValueError("no checkpoint_id: pass one to the constructor or to dcp.save/load")
        return self._where

    @property
    def checkpoint_id(self) -> str:
        return str(self.location)

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = default_client()
        return self._client

    def _relocate(self, checkpoint_id: str | os.PathLike[str] | None) -> None:
        if checkpoint_id:
            self._where = Location.parse(checkpoint_id)

    def _object(self, name: str) -> Any:
        return self.client.bucket(self.location.bucket).object(self.location.key(name))

    def _pool(self) -> ThreadPoolExecutor:
        return ThreadPoolExecutor(max_workers=self.num_threads, thread_name_prefix="ais-ckpt")


class AISStorageWriter(_Storage, StorageWriter):
    """Writes a `torch.distributed.checkpoint` to `ais://bucket/prefix`.

    `dcp.save(state_dict, storage_writer=AISStorageWriter("ais://ckpt/run/step-100"))`, on
    every rank (or in one process without a process group).

    Args:
        checkpoint_id: `ais://bucket/prefix`; or None, and `dcp.save(checkpoint_id=...)`.
        client: the `aistore.Client` to use (default: one of `AIS_ENDPOINT`, else localhost).
        part_size: bytes per request: a larger tensor is a multipart upload of such parts.
        num_threads: requests in flight at once on this rank.
        overwrite: False: refuse (before writing anything) when the location already holds a
            committed checkpoint. True: a new save replaces it when it commits.
        keep_previous: False: once a save has committed, the shard objects of earlier saves to
            the same location (and of crashed ones) are deleted; True: they are kept.
    """

    def __init__(
        self,
        checkpoint_id: str | os.PathLike[str] | None = None,
        *,
        client: Client | None = None,
        part_size: int = CHECKPOINT_PART_SIZE,
        num_threads: int = CHECKPOINT_THREADS,
        overwrite: bool = True,
        keep_previous: bool = False,
    ) -> None:
        super().__init__(checkpoint_id, client, part_size, num_threads)
        self.overwrite = overwrite
        self.keep_previous = keep_previous
        self.save_id = uuid.uuid4().hex
        self.is_coordinator = False

    def reset(self, checkpoint_id: str | os.PathLike[str] | None = None) -> None:
        self._relocate(checkpoint_id)
        self.save_id = uuid.uuid4().hex

    def set_up_storage_writer(self, is_coordinator: bool, *args: Any, **kwargs: Any) -> None:
        self.is_coordinator = is_coordinator

    def storage_meta(self) -> StorageMeta | None:
        return StorageMeta(checkpoint_id=self.checkpoint_id, save_id=self.save_id)

    def prepare_local_plan(self, plan: SavePlan) -> SavePlan:
        if not self.overwrite and self._committed():
            raise FileExistsError(f"checkpoint {self.checkpoint_id} exists and overwrite=False")
        return plan

    def prepare_global_plan(self, plans: list[SavePlan]) -> list[SavePlan]:
        # one save id for every rank: the coordinator's, handed out with the plans
        return [
            dataclasses.replace(plan, storage_data=_RankShards(self.save_id, rank))
            for rank, plan in enumerate(plans)
        ]

    def write_data(self, plan: SavePlan, planner: SavePlanner) -> Future[list[WriteResult]]:
        shards: _RankShards = plan.storage_data
        self.save_id = shards.save_id
        names = (shard_name(shards.save_id, shards.rank, n) for n in range(len(plan.items) + 1))
        packer = _Packer(self.part_size, lambda: next(names))
        for item in plan.items:
            packer.add(item, planner.resolve_data(item))
        packer.close()
        with self._pool() as pool:
            uploads = [
                Upload(self._object(name), pieces, self.part_size, pool)
                for name, pieces in packer.objects
            ]
            finish_all(uploads)
        return _done(packer.results)

    def finish(self, metadata: Metadata, results: list[list[WriteResult]]) -> None:
        metadata.storage_data = {
            result.index: result.storage_data for rank in results for result in rank
        }
        metadata.storage_meta = self.storage_meta()
        # the commit: one PUT of the marker naming this save's shards; until it succeeds
        # readers see the previous checkpoint here (or none)
        self._object(MARKER).put_content(pickle.dumps(metadata, protocol=pickle.HIGHEST_PROTOCOL))
        if not self.keep_previous:
            self._drop_other_saves()

    def _committed(self) -> bool:
        try:
            self.client.bucket(self.location.bucket).object(self.location.marker).head()
        except ErrObjNotFound:
            return False
        return True

    def _drop_other_saves(self) -> None:
        """Delete shard objects of other saves here (earlier commits, crashed saves)."""
        bucket = self.client.bucket(self.location.bucket)
        mine = self.location.data_prefix(self.save_id)
        try:
            stale = [
                entry.name
                for entry in bucket.list_objects_iter(
                    prefix=self.location.data_prefix(), props="name"
                )
                if not entry.name.startswith(mine)
            ]
            if stale:
                self.client.job(bucket.objects(obj_names=stale).delete()).wait()
        except AISError as exc:
            warnings.warn(
                f"checkpoint {self.checkpoint_id} committed; deleting earlier saves' shards "
                f"failed: {exc}",
                stacklevel=2,
            )

    @classmethod
    def validate_checkpoint_id(cls, checkpoint_id: str | os.PathLike[str]) -> bool:
        return is_location(checkpoint_id)


class _Packer:
    """Lays one rank's items out in shard objects: a tensor of more than a part gets an object
    of its own, the rest go back to back into objects of up to a part."""

    def __init__(self, part_size: int, new_name: Callable[[], str]) -> None:
        self._part_size = part_size
        self._new_name = new_name
        self.objects: list[tuple[str, list[memoryview]]] = []
        self.results: list[WriteResult] = []
        self._keep: list[Any] = []  # tensors and buffers the views point into
        self._name = ""
        self._pieces: list[memoryview] = []
        self._size = 0

    def add(self, item: WriteItem, data: Any) -> None:
        dtype: torch.dtype | None = None
        shape: tuple[int, ...] = ()
        if item.type == WriteItemType.BYTE_IO:
            buffer = data.getbuffer() if isinstance(data, io.BytesIO) else memoryview(data)
            self._keep.append(data)
            view = memoryview(buffer).cast("B")
        else:
            tensor = cpu_contiguous(data)
            self._keep.append(tensor)
            dtype, shape = tensor.dtype, tuple(tensor.shape)
            view = byte_view(tensor)
        if len(view) > self._part_size:
            name, offset = self._new_name(), 0
            self.objects.append((name, [view]))
        else:
            if self._size + len(view) > self._part_size:
                self.close()
            if not self._name:
                self._name = self._new_name()
            name, offset = self._name, self._size
            self._pieces.append(view)
            self._size += len(view)
        self.results.append(
            WriteResult(
                index=item.index,
                size_in_bytes=len(view),
                storage_data=ShardSlot(name, offset, len(view), dtype, shape),
            )
        )

    def close(self) -> None:
        """The object being packed is complete."""
        if self._name:
            self.objects.append((self._name, self._pieces))
        self._name, self._pieces, self._size = "", [], 0


class AISStorageReader(_Storage, StorageReader):
    """Reads a `torch.distributed.checkpoint` from `ais://bucket/prefix` (written by
    `AISStorageWriter`), resharding as DCP plans it (any number of ranks, any layout).

    `dcp.load(state_dict, storage_reader=AISStorageReader("ais://ckpt/run/step-100"))`

    Args:
        checkpoint_id: `ais://bucket/prefix`; or None, and `dcp.load(checkpoint_id=...)`.
        client: the `aistore.Client` to use (default: one of `AIS_ENDPOINT`, else localhost).
        part_size: bytes per ranged read.
        num_threads: requests in flight at once on this rank.
    """

    def __init__(
        self,
        checkpoint_id: str | os.PathLike[str] | None = None,
        *,
        client: Client | None = None,
        part_size: int = CHECKPOINT_PART_SIZE,
        num_threads: int = CHECKPOINT_THREADS,
    ) -> None:
        super().__init__(checkpoint_id, client, part_size, num_threads)
        self.slots: dict[MetadataIndex, ShardSlot] = {}
        self.load_id = uuid.uuid4().hex

    def reset(self, checkpoint_id: str | os.PathLike[str] | None = None) -> None:
        self._relocate(checkpoint_id)
        self.slots = {}
        self.load_id = uuid.uuid4().hex

    def read_metadata(self, *args: Any, **kwargs: Any) -> Metadata:
        try:
            data = self._object(MARKER).get_reader().read_all()
        except ErrObjNotFound as exc:
            raise FileNotFoundError(
                f"no committed checkpoint at {self.checkpoint_id} (no {MARKER} object)"
            ) from exc
        metadata = pickle.loads(data)
        if not isinstance(metadata, Metadata):
            raise ValueError(f"{self.checkpoint_id}/{MARKER} is not a DCP checkpoint's metadata")
        if metadata.storage_meta is None:
            metadata.storage_meta = StorageMeta()
        metadata.storage_meta.load_id = self.load_id
        return metadata

    def set_up_storage_reader(
        self, metadata: Metadata, is_coordinator: bool, *args: Any, **kwargs: Any
    ) -> None:
        slots = metadata.storage_data
        if not isinstance(slots, dict) or not all(isinstance(s, ShardSlot) for s in slots.values()):
            raise ValueError(f"{self.checkpoint_id} was not written by AISStorageWriter")
        self.slots = slots

    def prepare_local_plan(self, plan: LoadPlan) -> LoadPlan:
        return plan

    def prepare_global_plan(self, plans: list[LoadPlan]) -> list[LoadPlan]:
        return plans

    def read_data(self, plan: LoadPlan, planner: LoadPlanner) -> Future[None]:
        reads: list[_Read] = [self._plan_read(item, planner) for item in plan.items]
        with self._pool() as pool:
            wait_all(
                read_ranges(
                    ((self._object(r.slot.name), r.start, r.view) for r in reads if r.view),
                    self.part_size,
                    pool,
                )
            )
        for read in reads:
            read.commit(planner)
        return _done(None)

    def _plan_read(self, item: ReadItem, planner: LoadPlanner) -> _Read:
        slot = self.slots[item.storage_index]
        if item.type == LoadItemType.BYTE_IO:
            buffer = bytearray(slot.length)
            return _Read(item, slot, slot.offset, memoryview(buffer), bytes_buffer=buffer)
        if slot.dtype is None:
            raise ValueError(f"{item.storage_index} is not a tensor in {self.checkpoint_id}")
        target = planner.resolve_tensor(item).detach()
        start, shape, offsets = _slab(slot, item)
        if readable_in_place(target, slot.dtype, shape):
            return _Read(item, slot, start, byte_view(target), target=target)
        staging = torch.empty(shape, dtype=slot.dtype)
        return _Read(
            item, slot, start, byte_view(staging), target=target, staging=staging, offsets=offsets
        )

    @classmethod
    def validate_checkpoint_id(cls, checkpoint_id: str | os.PathLike[str]) -> bool:
        return is_location(checkpoint_id)


def _slab(slot: ShardSlot, item: ReadItem) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    """The smallest contiguous run of rows of the saved chunk that holds what `item` asks for:
    (its first byte in the object, its shape, the item's offsets within it)."""
    shape = slot.shape
    offsets = tuple(int(o) for o in item.storage_offsets)
    lengths = tuple(int(n) for n in item.lengths)
    rest = zip(offsets[1:], lengths[1:], shape[1:], strict=True)
    if not shape or any(o != 0 or n != d for o, n, d in rest):
        return slot.offset, shape, offsets  # not rows alone: the whole chunk
    row_bytes = slot.length // shape[0] if shape[0] else 0
    rows = (lengths[0], *shape[1:])
    return slot.offset + offsets[0] * row_bytes, rows, (0,) * len(shape)


@dataclass
class _Read:
    """One planned read: bytes from `start` of the slot's object into `view`, then commit."""

    item: ReadItem
    slot: ShardSlot
    start: int
    view: memoryview
    bytes_buffer: bytearray | None = None
    target: torch.Tensor | None = None
    staging: torch.Tensor | None = None
    offsets: tuple[int, ...] = ()

    def commit(self, planner: LoadPlanner) -> None:
        if self.bytes_buffer is not None:
            planner.load_bytes(self.item, io.BytesIO(self.bytes_buffer))
            return
        assert self.target is not None
        if self.staging is not None:
            source = narrow_tensor_by_index(self.staging, self.offsets, self.item.lengths)
            if source.size() != self.target.size():
                raise ValueError(
                    f"{self.item.storage_index}: saved {tuple(source.size())}, "
                    f"loading into {tuple(self.target.size())}"
                )
            self.target.copy_(source)
        planner.commit_tensor(self.item, self.target)
