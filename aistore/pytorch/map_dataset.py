"""AISMapDataset: map-style (name, bytes) samples; a DataLoader batch is one Get-Batch request."""

from __future__ import annotations

from aistore.pytorch import _fetch
from aistore.pytorch.base_iter_dataset import PrefixMap
from aistore.pytorch.base_map_dataset import AISBaseMapDataset
from aistore.sdk.ais_source import AISSource


class AISMapDataset(AISBaseMapDataset):
    """A map-style dataset of AIS objects: `dataset[i]` is (object name, content).

    Args:
        ais_source_list: one AISSource or a list of them.
        prefix_map: per source, a prefix or list of prefixes to restrict it to.
        etl_name: an ETL (already running on the cluster) applied to each object.
        use_batch: `__getitems__` (what a DataLoader calls for a batch of indices) reads them
            with one Get-Batch request (default); False: one GET each.

    With `torch.utils.data.DistributedSampler` each rank reads its own indices.
    """

    def __init__(
        self,
        ais_source_list: AISSource | list[AISSource] | None = None,
        prefix_map: PrefixMap | None = None,
        etl_name: str | None = None,
        *,
        use_batch: bool = True,
    ) -> None:
        super().__init__(ais_source_list or [], prefix_map)
        self._etl_name = etl_name
        self._use_batch = bool(use_batch) and not etl_name

    def __getitem__(self, index: int) -> tuple[str, bytes]:
        _, obj = self._entry(index)
        return obj.name, obj.get(etl_name=self._etl_name).read_all()

    def __getitems__(self, indices: list[int]) -> list[tuple[str, bytes]]:
        if not self._use_batch or len(indices) < 2:
            return [self.__getitem__(i) for i in indices]
        entries = [self._entry(i) for i in indices]
        out = []
        for obj, data in _fetch.by_batch(iter(entries), len(entries)):
            assert data is not None  # without cont_on_err a failure raises
            out.append((obj.name, data))
        return out
