"""AISBatchIterDataset: the 2.x Get-Batch dataset, with its arguments (and exported)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tqdm import tqdm

from aistore.pytorch import _fetch, _sharding
from aistore.pytorch.base_iter_dataset import AISBaseIterDataset, PrefixMap
from aistore.sdk.ais_source import AISSource
from aistore.sdk.batch.archive_stream import normalize_format
from aistore.sdk.enums import Colocation


class AISBatchIterDataset(AISBaseIterDataset):
    """(name, bytes) of every object, `max_batch_size` objects per Get-Batch request.

    Args:
        ais_source_list: one AISSource or a list of them.
        client: accepted for 2.x compatibility; each source's own client is used.
        prefix_map, show_progress, partition_sources_by_worker: as for `AISIterDataset`.
        max_batch_size: objects per request.
        output_format: archive format the cluster assembles (".tar", ".tgz", ".zip", ...).
        streaming: the cluster streams the archive as it assembles it.
        colocation: Get-Batch placement hint.
        cont_on_err: skip (with a warning) items that fail instead of raising.
        rank, world_size: see `AISBaseIterDataset`.
    """

    def __init__(
        self,
        ais_source_list: AISSource | list[AISSource],
        client: Any = None,
        prefix_map: PrefixMap | None = None,
        show_progress: bool = False,
        max_batch_size: int = 32,
        output_format: str = ".tar",
        streaming: bool = True,
        colocation: Colocation = Colocation.NONE,
        partition_sources_by_worker: bool = False,
        cont_on_err: bool = False,
        *,
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
        self.client = client
        self.max_batch_size = _sharding.check_positive("max_batch_size", max_batch_size)
        self.output_format = normalize_format(output_format)
        self.streaming = bool(streaming)
        self.colocation = Colocation(colocation)
        self.cont_on_err = bool(cont_on_err)
        self._show_progress = show_progress

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        items, name = self._share()
        samples = _fetch.by_batch(
            items,
            self.max_batch_size,
            cont_on_err=self.cont_on_err,
            output_format=self.output_format,
            streaming=self.streaming,
            colocation=self.colocation,
        )
        with tqdm(desc="AISBatchIterDataset" + name, disable=not self._show_progress) as bar:
            for obj, data in samples:
                self._advance()
                bar.update()
                if data is not None:
                    yield obj.name, data
