"""AISBaseMapDataset: the listing behind map-style AIS datasets."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from torch.utils.data import Dataset

from aistore.pytorch import _worker
from aistore.pytorch.base_iter_dataset import PrefixMap, list_objects, source_list
from aistore.sdk.ais_source import AISSource
from aistore.sdk.obj.object import Object


class AISBaseMapDataset(ABC, Dataset[Any]):
    """Base of map-style AIS datasets; subclasses implement `__getitem__`.

    Args:
        ais_source_list: one AISSource (Bucket, ObjectGroup) or a list of them.
        prefix_map: per source, a prefix or list of prefixes to restrict it to.

    The sources are listed on first use (`len`, an index), not when the dataset is made.
    """

    def __init__(
        self,
        ais_source_list: AISSource | list[AISSource],
        prefix_map: PrefixMap | None = None,
    ) -> None:
        self._ais_source_list = source_list(ais_source_list, type(self).__name__)
        self._prefix_map: PrefixMap = dict(prefix_map or {})
        self._entries: list[tuple[AISSource, Object]] | None = None

    def _listed(self) -> list[tuple[AISSource, Object]]:
        _worker.localize(self, "_ais_source_list", "_prefix_map", "_entries")
        if self._entries is None:
            self._entries = list(list_objects(self._ais_source_list, self._prefix_map))
        return self._entries

    def _create_objects_list(self) -> list[Object]:
        return [obj for _, obj in self._listed()]

    def get_obj_list(self) -> list[Object]:
        """The objects of the dataset, in index order."""
        return self._create_objects_list()

    def __len__(self) -> int:
        return len(self._listed())

    def _entry(self, index: int) -> tuple[AISSource, Object]:
        entries = self._listed()
        if (
            isinstance(index, bool)
            or not isinstance(index, int)
            or not -len(entries) <= index < len(entries)
        ):
            raise IndexError(f"<{type(self).__name__}> index must be in bounds of dataset")
        return entries[index]

    @abstractmethod
    def __getitem__(self, index: int) -> Any: ...

    def __getitems__(self, indices: list[int]) -> list[Any]:
        return [self.__getitem__(index) for index in indices]
