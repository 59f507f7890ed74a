"""`ais://` through fsspec: this repository's `AISFileSystem` (the `fs` section)."""

from __future__ import annotations

from typing import Any

from . import Unsupported


class AISFs:
    def __init__(self, endpoint: str) -> None:
        try:
            from aistore.fs import AISFileSystem
        except ImportError as exc:
            raise Unsupported(f"aistore.fs not importable: {exc}") from exc
        self.fs = AISFileSystem(endpoint, skip_instance_cache=True)

    def get(self, bucket: str, name: str) -> int:
        return len(self.fs.cat_file(f"{bucket}/{name}"))

    def read_parquet(self, bucket: str, cell: dict) -> int:
        import pyarrow.dataset as ds  # imported in make(): not timed

        # the files by one listing, then the dataset over them: the same path for both peers
        # (AIS's S3 API answers 400, not 404, to a HEAD of a "directory", which pyarrow's
        # discovery of a directory URL would send through s3fs)
        files = self.fs.find(f"{bucket}/{cell['prefix']}")
        dataset = ds.dataset(files, format="parquet", filesystem=self.fs)
        return int(dataset.to_table().num_rows)

    def cat_many(self, bucket: str, cell: dict) -> int:
        out: dict[str, Any] = self.fs.cat([f"{bucket}/{n}" for n in cell["names"]])
        return sum(len(v) for v in out.values())


def make(endpoint: str) -> AISFs:
    import pyarrow.dataset  # noqa: F401  (the import is not part of any timed cell)

    return AISFs(endpoint)
