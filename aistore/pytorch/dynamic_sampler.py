"""DynamicBatchSampler: mini-batches filled up to a byte budget (sizes from the listing)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import torch
from torch.utils.data import Sampler

from aistore.pytorch.base_map_dataset import AISBaseMapDataset

SATURATION_FACTOR = 0.8
logger = logging.getLogger(__name__)


class DynamicBatchSampler(Sampler[list[int]]):
    """Yields lists of indices whose objects add up to at most `max_batch_size` bytes.

    Args:
        data_source: the map-style AIS dataset to sample from.
        max_batch_size: byte budget of a mini-batch.
        drop_last: drop the last mini-batch unless it fills `saturation_factor` of the budget.
        allow_oversized_samples: a sample larger than the budget gets a mini-batch of its own
            (else it is skipped with a warning).
        saturation_factor: see `drop_last` (0..1).
        shuffle: visit the samples in a random order.
    """

    def __init__(
        self,
        data_source: AISBaseMapDataset,
        max_batch_size: float,
        drop_last: bool = False,
        allow_oversized_samples: bool = False,
        saturation_factor: float = SATURATION_FACTOR,
        shuffle: bool = False,
    ) -> None:
        super().__init__()
        if not 0 <= saturation_factor <= 1:
            raise ValueError("`saturation_factor` must be between 0 and 1")
        if max_batch_size <= 0:
            raise ValueError("`max_batch_size` must be positive")
        self._data_source = data_source
        self._max_batch_size = max_batch_size
        self._drop_last = drop_last
        self._allow_oversized_samples = allow_oversized_samples
        self._saturation_factor = saturation_factor
        self._shuffle = shuffle

    def _sizes(self) -> list[tuple[str, int]]:
        out = []
        for obj in self._data_source.get_obj_list():
            props = obj.props
            size = props.size if props is not None and props.size else None
            if size is None:
                obj.head()
                size = obj.props.size if obj.props is not None else 0
            out.append((obj.name, int(size or 0)))
        return out

    def __iter__(self) -> Iterator[list[int]]:
        sizes = self._sizes()
        order = torch.randperm(len(sizes)).tolist() if self._shuffle else range(len(sizes))
        batch: list[int] = []
        total = 0
        for index in order:
            name, size = sizes[index]
            if size == 0:
                logger.warning("Sample %s cannot be processed as it has a size of 0 bytes", name)
                continue
            if size > self._max_batch_size:
                if self._allow_oversized_samples:
                    yield [index]
                else:
                    logger.warning(
                        "Sample %s cannot be processed as it is larger than the max batch size: "
                        "%d bytes > %d bytes",
                        name,
                        size,
                        self._max_batch_size,
                    )
                continue
            if total + size > self._max_batch_size:
                yield batch
                batch, total = [], 0
            batch.append(index)
            total += size
        if batch and (
            not self._drop_last or total / self._max_batch_size > self._saturation_factor
        ):
            yield batch

    def __len__(self) -> int:
        """Samples in the data source (as the reference reports it)."""
        return len(self._data_source)
