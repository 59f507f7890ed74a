"""AISIterDataset: (name, bytes) of every object, read through Get-Batch by default."""

from __future__ import annotations

from collections.abc import Iterator

from tqdm import tqdm

from aistore.pytorch import _fetch, _sharding
from aistore.pytorch.base_iter_dataset import AISBaseIterDataset, PrefixMap
from aistore.sdk.ais_source import AISSource


class AISIterDataset(AISBaseIterDataset):
    """An iterable dataset of the objects of AIS sources, as (object name, content) pairs.

    Args:
        ais_source_list: one AISSource (Bucket, ObjectGroup) or a list of them.
        prefix_map: per source, a prefix or list of prefixes to restrict it to.
        etl_name: an ETL (already running on the cluster) applied to each object; read with one
            GET per object (Get-Batch does not apply ETLs).
        show_progress: a progress bar per reader.
        partition_sources_by_worker: give each reader whole sources instead of every n-th object.
        use_batch: read through Get-Batch, `max_batch_size` objects per request (default); False:
            one GET per object.
        max_batch_size: objects per Get-Batch request.
        cont_on_err: skip (with a warning) objects that vanished after listing instead of failing.
        rank, world_size: see `AISBaseIterDataset` (sharding across ranks x workers, resume).
    """

    def __init__(
        self,
        ais_source_list: AISSource | list[AISSource],
        prefix_map: PrefixMap | None = None,
        etl_name: str | None = None,
        show_progress: bool = False,
        partition_sources_by_worker: bool = False,
        *,
        use_batch: bool = True,
        max_batch_size: int = 64,
        cont_on_err: bool = False,
        rank: int | None = None,
        world_size: int | None = None,
    ) -> None:
        super().__init__(
            ais_source_list,
            prefix_map,
            partition_sources_by_worker,
            rank=rank,
            world_size=world_size,
        )
        self._etl_name = etl_name
        self._show_progress = show_progress
        self._use_batch = bool(use_batch) and not etl_name
        self._max_batch_size = _sharding.check_positive("max_batch_size", max_batch_size)
        self._cont_on_err = bool(cont_on_err)

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        items, name = self._share()
        if self._use_batch:
            samples = _fetch.by_batch(items, self._max_batch_size, cont_on_err=self._cont_on_err)
        else:
            samples = _fetch.by_object(
                items, etl_name=self._etl_name, cont_on_err=self._cont_on_err
            )
        bar = tqdm(desc="AISIterDataset" + name, disable=not self._show_progress, unit="obj")
        with bar:
            for obj, data in samples:
                self._advance()
                bar.update()
                if data is not None:
                    yield obj.name, data
