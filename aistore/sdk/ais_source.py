"""The interface of everything that names a set of AIS objects (bucket, object group, ...)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import Any


class AISSource(ABC):
    """A source of AIS objects, addressable by URL.

    Implemented by ``Bucket`` and ``ObjectGroup``; the Object and client types are left as
    ``Any`` here so this module stays a leaf (importing nothing that imports it).
    """

    @property
    @abstractmethod
    def client(self) -> Any:
        """The request client bound to this source."""

    @abstractmethod
    def list_all_objects_iter(self, prefix: str = "", props: str = "name,size") -> Iterable[Any]:
        """Iterate over all objects of this source (``Object`` instances).

        Args:
            prefix: only objects whose names start with this prefix.
            props: comma-separated object properties to fetch ("name", "size", "atime",
                "version", "checksum", "target_url", "copies").
        """

    @abstractmethod
    def list_urls(self, prefix: str = "", etl_name: str | None = None) -> Iterable[str]:
        """Iterate over the full URLs of the objects of this source.

        Args:
            prefix: only objects whose names start with this prefix.
            etl_name: ETL to apply when the objects are read.
        """
