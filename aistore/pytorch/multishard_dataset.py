"""AISMultiShardStream: one member from each of several shard streams at a time."""

from __future__ import annotations

from collections.abc import Iterator

from torch.utils.data import IterableDataset

from aistore.pytorch import _sharding, _worker
from aistore.pytorch.shard_reader import shard_members
from aistore.sdk.dataset.data_shard import DataShard


class AISMultiShardStream(IterableDataset[tuple[bytes, ...]]):
    """Zips the members of several shard sets: sample i is (member i of source 1, of source 2, ...).

    Args:
        data_sources: the shard sets (`DataShard`: bucket, prefix, ETL).
        rank, world_size: see `AISBaseIterDataset`; sample i goes to slot i % (ranks x workers).

    Each shard is streamed once (one GET, decoded as it arrives) instead of one GET per member.
    Every reader reads the streams (the pairing is by position) and keeps only its samples.
    """

    def __init__(
        self,
        data_sources: list[DataShard],
        *,
        rank: int | None = None,
        world_size: int | None = None,
    ) -> None:
        self._data_sources = list(data_sources)
        self._rank = rank
        self._world_size = world_size

    def _get_shard_objects_iterator(self, source: DataShard) -> Iterator[bytes]:
        for entry in source.bucket.list_objects_iter(prefix=source.prefix, props="name"):
            for _, data in shard_members(source.bucket.object(entry.name), source.etl_name):
                yield data

    def __iter__(self) -> Iterator[tuple[bytes, ...]]:
        _worker.localize(self, "_data_sources")
        index, total, _ = _sharding.slot(self._rank, self._world_size)
        streams = (self._get_shard_objects_iterator(ds) for ds in self._data_sources)
        return _sharding.share(zip(*streams, strict=False), index, total)
