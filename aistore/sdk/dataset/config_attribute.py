"""ConfigAttribute: one attribute (feature) of each dataset sample."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any


class ConfigAttribute(ABC):
    """What a sample attribute provides: the WebDataset key and the data of one entry."""

    @abstractmethod
    def get_data_for_entry(self, filename: str) -> tuple[str, Any]:
        """The sample key and this attribute's data for the entry named `filename` (no suffix)."""
