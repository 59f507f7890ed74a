"""AISBaseIterDataset: listing, sharding (ranks x workers) and resume for iterable datasets."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from torch.utils.data import IterableDataset

from aistore.pytorch import _sharding, _worker
from aistore.sdk.ais_source import AISSource
from aistore.sdk.obj.object import Object

PrefixMap = Mapping[AISSource, str | list[str] | None]


def source_list(ais_source_list: AISSource | list[AISSource], owner: str) -> list[AISSource]:
    if not ais_source_list:
        raise ValueError(f"<{owner}> ais_source_list must be provided")
    sources = [ais_source_list] if isinstance(ais_source_list, AISSource) else ais_source_list
    for source in sources:
        if not isinstance(source, AISSource):
            raise ValueError(f"<{owner}> not an AISSource: {source!r}")
    return list(sources)


def list_objects(
    sources: Iterable[AISSource], prefix_map: PrefixMap
) -> Iterator[tuple[AISSource, Object]]:
    """(source, object) for every object of `sources`, restricted to their prefixes."""
    for source in sources:
        prefixes = prefix_map.get(source)
        if prefixes is None:
            prefixes = [""]
        elif isinstance(prefixes, str):
            prefixes = [prefixes]
        for prefix in prefixes:
            for obj in source.list_all_objects_iter(prefix=prefix):
                yield source, obj


class AISBaseIterDataset(ABC, IterableDataset[Any]):
    """Base of the AIS iterable datasets; subclasses implement `__iter__` over `_share()`.

    Args:
        ais_source_list: one AISSource (Bucket, ObjectGroup) or a list of them.
        prefix_map: per source, a prefix or list of prefixes to restrict it to.
        partition_sources_by_worker: give each reader whole sources (each lists only its own)
            instead of every reader listing all and taking every n-th object.
        rank, world_size: this process's place in a distributed job (default: from
            torch.distributed, else RANK/WORLD_SIZE, else a single process).

    Each (rank, DataLoader worker) reads a disjoint share, together every object exactly once.
    Nothing is listed until iteration, in the reader itself: a dataset pickled to spawn or
    forkserver workers carries only its sources. `state_dict()` / `load_state_dict()` follow
    torchdata's `StatefulDataLoader`: a loader restored from a checkpoint resumes each reader
    after the last item it handed out, without reading the skipped items.
    """

    def __init__(
        self,
        ais_source_list: AISSource | list[AISSource],
        prefix_map: PrefixMap | None = None,
        partition_sources_by_worker: bool = False,
        *,
        rank: int | None = None,
        world_size: int | None = None,
    ) -> None:
        self._ais_source_list = source_list(ais_source_list, type(self).__name__)
        self._prefix_map: PrefixMap = dict(prefix_map or {})
        self._partition_sources_by_worker = bool(partition_sources_by_worker)
        if rank is not None or world_size is not None:
            _sharding.rank_and_world(rank, world_size)  # bad values fail here, not in a worker
        self._rank = rank
        self._world_size = world_size
        self._obj_iterator: Iterator[tuple[AISSource, Object]] | None = None
        self._position = 0  # items of this reader's share handed out (or skipped) this epoch
        self._resume_at = 0

    # ---- listing and sharding ----------------------------------------------------------
    def _create_objects_iter(
        self, sources: list[AISSource] | None = None
    ) -> Iterator[tuple[AISSource, Object]]:
        return list_objects(self._ais_source_list if sources is None else sources, self._prefix_map)

    def _reset_iterator(self) -> None:
        self._obj_iterator = self._create_objects_iter()

    def _get_worker_iter_info(self) -> tuple[Iterator[tuple[AISSource, Object]], str]:
        """This reader's share of (source, object) and a name for progress bars."""
        index, total, name = _sharding.slot(self._rank, self._world_size)
        if self._partition_sources_by_worker and total > 1:
            return self._create_objects_iter(self._ais_source_list[index::total]), name
        self._reset_iterator()
        assert self._obj_iterator is not None
        return _sharding.share(self._obj_iterator, index, total), name

    def _share(self) -> tuple[Iterator[tuple[AISSource, Object]], str]:
        """This reader's share, from where a restored state says to resume."""
        _worker.localize(self, "_ais_source_list", "_prefix_map")
        items, name = self._get_worker_iter_info()
        start, self._resume_at = self._resume_at, 0
        self._position = start
        return (islice(items, start, None) if start else items), name

    def _advance(self, count: int = 1) -> None:
        self._position += count

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_obj_iterator"] = None  # a listing in progress belongs to this process
        return state

    # ---- StatefulDataLoader ------------------------------------------------------------
    def state_dict(self) -> dict[str, int]:
        """Where this reader is in its share (what `load_state_dict` resumes from)."""
        return {"position": self._position}

    def load_state_dict(self, state_dict: Mapping[str, Any]) -> None:
        position = state_dict.get("position", 0)
        if isinstance(position, bool) or not isinstance(position, int) or position < 0:
            raise ValueError(f"bad dataset state: {dict(state_dict)!r}")
        self._resume_at = position
        self._position = position

    @abstractmethod
    def __iter__(self) -> Iterator[Any]:
        """The samples of this reader's share."""

    def __len__(self) -> int:
        """Objects in the whole dataset (lists every source: O(N))."""
        return sum(1 for _ in self._create_objects_iter())
