"""AISShardReader: webdataset-style samples out of tar shards, each shard read as one stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from tqdm import tqdm

from aistore.pytorch.base_iter_dataset import AISBaseIterDataset, PrefixMap
from aistore.pytorch.utils import get_basename, get_extension
from aistore.sdk.ais_source import AISSource
from aistore.sdk.batch.tar_stream import iter_tar
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.obj.object import Object

READ_CHUNK = 1 << 20


def shard_members(obj: Object, etl_name: str | None = None) -> Iterator[tuple[str, bytes]]:
    """(member name, content) of a tar shard, as its bytes arrive (one GET, constant memory)."""
    return iter_tar(obj.get(etl_name=etl_name, chunk_size=READ_CHUNK))


def group_samples(members: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, dict[str, bytes]]]:
    """Consecutive members with one basename form a sample: (basename, {extension: content})."""
    current: str | None = None
    sample: dict[str, bytes] = {}
    for name, data in members:
        extension = get_extension(name)
        if not extension:
            continue
        basename = get_basename(name)
        if basename != current and sample:
            assert current is not None
            yield current, sample
            sample = {}
        current = basename
        sample[extension] = data
    if sample and current is not None:
        yield current, sample


class AISShardReader(AISBaseIterDataset):
    """Samples of webdataset-formatted tar shards: (basename, {extension: bytes}).

    Args:
        bucket_list: one Bucket or a list of them (every object is a shard).
        prefix_map: per bucket, a prefix or list of prefixes to restrict it to.
        etl_name: an ETL (already running on the cluster) applied to each shard.
        show_progress: a progress bar per reader.
        partition_sources_by_worker: give each reader whole buckets.
        rank, world_size: see `AISBaseIterDataset`; shards are what is shared out.

    Each shard is one GET whose tar stream is decoded as it arrives: memory holds one sample,
    never a shard. Members of one sample must be adjacent (as webdataset writes them). Each
    sample's dict also has `b""` for every extension seen earlier in the iteration, so that the
    default collate function finds the same keys in every sample of a batch.
    """

    def __init__(
        self,
        bucket_list: AISSource | list[AISSource],
        prefix_map: PrefixMap | None = None,
        etl_name: str | None = None,
        show_progress: bool = False,
        partition_sources_by_worker: bool = False,
        *,
        rank: int | None = None,
        world_size: int | None = None,
    ) -> None:
        super().__init__(
            bucket_list, prefix_map, partition_sources_by_worker, rank=rank, world_size=world_size
        )
        self._etl_name = etl_name
        self._show_progress = show_progress
        self._observed_keys: set[str] = set()
        self._in_shard = 0  # samples of the current shard handed out
        self._resume_in_shard = 0

    class ZeroDict(dict[str, Any]):
        """A sample dict with `b""` for each known key it lacks (consistent keys for collation)."""

        def __init__(self, content: dict[str, Any], keys: Iterable[str]) -> None:
            super().__init__(content)
            for key in keys:
                if key not in self:
                    self[key] = b""

    def state_dict(self) -> dict[str, int]:
        return {**super().state_dict(), "sample": self._in_shard}

    def load_state_dict(self, state_dict: Any) -> None:
        super().load_state_dict(state_dict)
        sample = state_dict.get("sample", 0)
        if isinstance(sample, bool) or not isinstance(sample, int) or sample < 0:
            raise ValueError(f"bad dataset state: {dict(state_dict)!r}")
        self._resume_in_shard = sample
        self._in_shard = sample

    def __iter__(self) -> Iterator[tuple[str, dict[str, bytes]]]:
        shards, name = self._share()
        skip, self._resume_in_shard = self._resume_in_shard, 0
        self._in_shard = skip
        for _, shard in shards:
            samples = group_samples(shard_members(shard, self._etl_name))
            bar = tqdm(desc=shard.name + name, disable=not self._show_progress, unit="sample")
            with bar:
                for index, (basename, content) in enumerate(samples):
                    if index < skip:  # resumed inside this shard: already handed out
                        continue
                    self._observed_keys.update(content)
                    self._in_shard = index + 1
                    bar.update()
                    yield basename, self.ZeroDict(content, self._observed_keys)
            skip = 0
            self._advance()
            self._in_shard = 0

    def __len__(self) -> int:
        """Samples in all shards (lists every shard's members: O(N))."""
        count = 0
        for source, shard in self._create_objects_iter():
            bucket: Any = source
            members = bucket.list_objects_iter(
                prefix=shard.name, props="name", flags=[ListObjectFlag.ARCH_DIR]
            )
            names = [e.name for e in members if e.name != shard.name]
            count += len({get_basename(n) for n in names if get_extension(n)})
        return count
