"""Bucket namespace (cluster UUID + name)."""

from __future__ import annotations

from aistore.sdk._model import Model


class Namespace(Model, kw_only=True):
    """A bucket namespace: the UUID of the owning cluster and a name; both empty = global."""

    uuid: str = ""
    name: str = ""

    def get_path(self) -> str:
        """AIS path form of the namespace: ``@uuid#name``."""
        return f"@{self.uuid}#{self.name}"
