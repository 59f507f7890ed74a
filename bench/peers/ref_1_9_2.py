"""The reference SDK as published, `aistore==1.9.2` (run in bench/.venvs/ref-1.9.2)."""

from __future__ import annotations

from typing import Any

from ._common import parallel_ranges, write_chunks


class Reference192:
    def __init__(self, endpoint: str) -> None:
        from aistore.sdk import Client

        self.client = Client(endpoint)
        self._buckets: dict[str, Any] = {}

    def bucket(self, name: str) -> Any:
        bucket = self._buckets.get(name)
        if bucket is None:
            bucket = self._buckets[name] = self.client.bucket(name)
        return bucket

    def get(self, bucket: str, name: str) -> int:
        return len(self.bucket(bucket).object(name).get().read_all())

    def head(self, bucket: str, name: str) -> int:
        return len(self.bucket(bucket).object(name).head())

    def put(self, bucket: str, name: str, data: bytes) -> None:
        self.bucket(bucket).object(name).put_content(data)

    def get_to_file(self, bucket: str, name: str, path: str) -> int:
        return write_chunks(path, self.bucket(bucket).object(name).get())

    def put_file(self, bucket: str, name: str, path: str) -> None:
        self.bucket(bucket).object(name).put_file(path)

    def get_ranged(self, bucket: str, name: str, path: str, size: int, workers: int) -> int:
        obj = self.bucket(bucket).object(name)
        return parallel_ranges(
            path, size, workers, lambda a, b: obj.get(byte_range=f"bytes={a}-{b}")
        )

    def stream(self, bucket: str, name: str) -> int:
        return sum(len(chunk) for chunk in self.bucket(bucket).object(name).get())

    def list_all(self, bucket: str) -> int:
        return len(self.bucket(bucket).list_all_objects())

    def list_iter(self, bucket: str) -> int:
        return sum(1 for _ in self.bucket(bucket).list_objects_iter())

    def dataloader(self, bucket: str, workers: int, batch_size: int) -> int:
        _shim_torchdata_datapipes()
        from aistore.pytorch.iter_dataset import AISIterDataset

        from ._common import count_samples

        return count_samples(AISIterDataset(self.client.bucket(bucket)), workers, batch_size)


def _shim_torchdata_datapipes() -> None:
    """1.9.2's `aistore.pytorch` package imports its datapipes module (`aisio`), which needs
    `torchdata.datapipes` (gone from torchdata >= 0.10) and `torch.utils.data.dataset.T_co`.
    The datasets measured do not use it, so empty stand-ins let the package import (bench
    only)."""
    import sys
    import types
    from typing import TypeVar

    import torch.utils.data.dataset as torch_dataset

    if not hasattr(torch_dataset, "T_co"):  # also gone from torch; aisio imports it
        torch_dataset.T_co = TypeVar("T_co", covariant=True)  # type: ignore[attr-defined]
    try:
        import torchdata.datapipes  # noqa: F401

        return
    except ImportError:
        pass
    names = (
        "torchdata",
        "torchdata.datapipes",
        "torchdata.datapipes.iter",
        "torchdata.datapipes.utils",
    )
    for name in names:
        sys.modules.setdefault(name, types.ModuleType(name))
    dp = sys.modules["torchdata.datapipes"]
    dp.functional_datapipe = lambda _name: lambda cls: cls  # type: ignore[attr-defined]
    sys.modules["torchdata.datapipes.iter"].IterDataPipe = _Stub  # type: ignore[attr-defined]
    sys.modules["torchdata.datapipes.utils"].StreamWrapper = _Stub  # type: ignore[attr-defined]


class _Stub:
    """Stands for a datapipe base class (subscriptable, as `IterDataPipe[T]` is)."""

    def __class_getitem__(cls, item: object) -> type:
        return cls


def make(endpoint: str) -> Reference192:
    return Reference192(endpoint)
