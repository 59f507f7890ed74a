"""ExternalKeyMap: output shard name (template) => the records that go into it."""

from __future__ import annotations

from typing import Any

EKM_FILE_NAME = "ekm-file.json"


def _names_of(value: Any) -> list[str]:
    getter = getattr(value, "get_value", None)
    if callable(getter):
        got = getter()
        if isinstance(got, dict) and isinstance(got.get("objnames"), list):
            return [str(n) for n in got["objnames"]]
    raise TypeError(f"Value must be an instance of ObjectNames, got {type(value).__name__}")


class ExternalKeyMap(dict[str, Any]):
    """Maps output shard formats to `ObjectNames` of the records each holds."""

    def __setitem__(self, key: str, value: Any) -> None:
        if not isinstance(key, str):
            raise TypeError(f"Key must be a string, got {type(key).__name__}")
        _names_of(value)
        super().__setitem__(key, value)

    def as_dict(self) -> dict[str, list[str]]:
        """The JSON form the cluster reads from the EKM file."""
        return {shard_format: _names_of(objs) for shard_format, objs in self.items()}

    def __str__(self) -> str:
        # with an EKM, `output_format` is left empty
        return ""
