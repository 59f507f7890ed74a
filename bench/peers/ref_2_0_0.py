"""The newest reference SDK, `aistore==2.0.0` (run in bench/.venvs/ref-2.0.0).

2.0.0 moved reads to `get_reader()` and writes to `get_writer()`; its parallel GET is built in
(`get_reader(num_workers=N)`), so the ranged workload uses that rather than our helper.
"""

from __future__ import annotations

from typing import Any

from ._common import write_chunks


class Reference200:
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
        return len(self.bucket(bucket).object(name).get_reader().read_all())

    def head(self, bucket: str, name: str) -> int:
        self.bucket(bucket).object(name).head()  # 2.0.0 returns ObjectProps
        return 0

    def put(self, bucket: str, name: str, data: bytes) -> None:
        self.bucket(bucket).object(name).get_writer().put_content(data)

    def get_to_file(self, bucket: str, name: str, path: str) -> int:
        return write_chunks(path, self.bucket(bucket).object(name).get_reader())

    def put_file(self, bucket: str, name: str, path: str) -> None:
        self.bucket(bucket).object(name).get_writer().put_file(path)

    def get_ranged(self, bucket: str, name: str, path: str, size: int, workers: int) -> int:
        reader = self.bucket(bucket).object(name).get_reader(num_workers=workers)
        return write_chunks(path, reader)

    def stream(self, bucket: str, name: str) -> int:
        return sum(len(chunk) for chunk in self.bucket(bucket).object(name).get_reader())

    def get_batch(self, bucket: str, names: list[str]) -> int:
        batch = self.client.batch(names, bucket=self.bucket(bucket))
        return sum(len(data) for _, data in batch.get())

    def dataloader(self, bucket: str, workers: int, batch_size: int) -> int:
        from aistore.pytorch import AISIterDataset

        from ._common import count_samples

        return count_samples(AISIterDataset(self.bucket(bucket)), workers, batch_size)

    def list_all(self, bucket: str) -> int:
        return len(self.bucket(bucket).list_all_objects())

    def list_iter(self, bucket: str) -> int:
        return sum(1 for _ in self.bucket(bucket).list_objects_iter())


def make(endpoint: str) -> Reference200:
    return Reference200(endpoint)
