"""DatasetConfig: which local files make up each sample, and how they are sharded."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aistore.sdk.const import DEFAULT_DATASET_MAX_COUNT
from aistore.sdk.dataset.config_attribute import ConfigAttribute


class DatasetConfig:
    """A dataset made of one primary attribute (its files name the samples) and others.

    Args:
        primary_attribute: its files (`*.<file_type>` in its `path`) define the samples; the
            other attributes are looked up by each file's name.
        secondary_attributes: the other attributes of each sample.
    """

    def __init__(
        self,
        primary_attribute: ConfigAttribute,
        secondary_attributes: list[ConfigAttribute] | None = None,
    ) -> None:
        self.primary_attribute = primary_attribute
        self.secondary_attributes = list(secondary_attributes or [])

    def write_shards(self, skip_missing: bool, **kwargs: Any) -> None:
        """Write the samples as WebDataset tar shards (`webdataset.ShardWriter`).

        Args:
            skip_missing: leave out samples missing one or more attributes (logged either way).
            **kwargs: passed to `ShardWriter`; `pattern` is a name prefix (default "dataset")
                completed with a zero-padded shard number and ".tar"; `maxcount` caps the
                samples per shard.

        Raises:
            ImportError: the `webdataset` package is not installed.
        """
        try:
            # optional dependency, imported only here
            shard_writer: Any = importlib.import_module("webdataset").ShardWriter
        except ImportError as err:
            raise ImportError(
                "The 'webdataset' module is required to use 'write_shards'. "
                "Please install it with 'pip install webdataset'."
            ) from err
        logger = logging.getLogger(f"{__name__}.write_shards")
        max_items = kwargs.get("maxcount", DEFAULT_DATASET_MAX_COUNT)
        kwargs["pattern"] = kwargs.get("pattern", "dataset") + f"-%0{len(str(max_items))}d.tar"
        writer = shard_writer(**kwargs)
        for sample, missing in self.generate_dataset(max_items):
            if missing:
                what = ", ".join(missing)
                if skip_missing:
                    logger.warning("Missing attributes: %s - Skipping sample.", what)
                    continue
                logger.warning(
                    "Missing attributes: %s - Including sample despite missing attributes.", what
                )
            writer.write(sample)
        writer.close()

    def generate_dataset(self, max_shard_items: int) -> Iterator[tuple[dict[str, Any], list[str]]]:
        """Yield (sample in WebDataset form, names of its missing attributes) per primary file."""
        attributes = [self.primary_attribute, *self.secondary_attributes]
        primary: Any = self.primary_attribute
        key_format = self._get_format_string(max_shard_items)
        for index, file in enumerate(Path(primary.path).glob("*." + primary.file_type)):
            item: dict[str, Any] = {}
            missing: list[str] = []
            for attribute in attributes:
                key, data = attribute.get_data_for_entry(file.stem)
                if not data:
                    missing.append(f"{file.stem} - {key}")
                else:
                    item[key] = data
            item["__key__"] = key_format % index
            yield item, missing

    @staticmethod
    def _get_format_string(val: int) -> str:
        """`sample_%0<N>d`, N being the number of digits of `val`."""
        return f"sample_%0{len(str(val))}d"
