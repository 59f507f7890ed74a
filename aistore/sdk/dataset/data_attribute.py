"""DataAttribute: an attribute read from `<path>/<entry>.<file_type>`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aistore.sdk.dataset.config_attribute import ConfigAttribute
from aistore.sdk.utils import read_file_bytes


class DataAttribute(ConfigAttribute):
    """An attribute whose data are files in one directory, one per entry.

    Args:
        path: the directory holding the files.
        name: the attribute's name (the sample key is `<name>.<file_type>`).
        file_type: the files' extension without the dot (e.g. "jpg", "png", "csv").
    """

    def __init__(self, path: Path, name: str, file_type: str) -> None:
        self.path = Path(path)
        self.name = name
        self.file_type = file_type

    def get_data_for_entry(self, filename: str) -> tuple[str, Any]:
        """(`<name>.<file_type>`, the file's bytes), or None as data when the file is missing."""
        key = f"{self.name}.{self.file_type}"
        try:
            data: bytes | None = read_file_bytes(str(self.path / f"{filename}.{self.file_type}"))
        except FileNotFoundError as err:
            # 1.9.2 prints and carries on; the sample is then reported as missing this attribute
            print(f"File not found: {err}")
            data = None
        return key, data
