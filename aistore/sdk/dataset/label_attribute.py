"""LabelAttribute: an attribute computed from the entry's name (e.g. its class label)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aistore.sdk.dataset.config_attribute import ConfigAttribute


class LabelAttribute(ConfigAttribute):
    """A label derived from each entry's file name.

    Args:
        name: the attribute's name (the sample key).
        label_identifier: maps a file name (no suffix) to its label.
    """

    def __init__(self, name: str, label_identifier: Callable[[str], Any]) -> None:
        self.name = name
        self.label_identifier = label_identifier

    def get_data_for_entry(self, filename: str) -> tuple[str, Any]:
        """(`name`, `label_identifier(filename)`)."""
        return self.name, self.label_identifier(filename)
