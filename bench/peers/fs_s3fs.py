"""s3fs on the cluster's S3 API (`<proxy>/s3`), run in bench/.venvs/s3fs (the `fs` section).

As for boto3, the bench cluster runs with `S3-Reverse-Proxy` (features=8192): the proxy forwards
each S3 call to the owner, since botocore does not follow AIS's 307s. Path-style addressing; the
flexible request/response checksums of recent botocore are asked only when required (AIS's S3
API does not answer them). Otherwise s3fs's defaults (its own concurrency for `cat` of many).
"""

from __future__ import annotations

from typing import Any

from . import Unsupported


class S3Fs:
    def __init__(self, endpoint: str) -> None:
        try:
            import s3fs
        except ImportError as exc:
            raise Unsupported(f"s3fs not installed: {exc}") from exc
        self.fs = s3fs.S3FileSystem(
            key="bench",
            secret="bench",
            endpoint_url=f"{endpoint}/s3",
            client_kwargs={"region_name": "us-east-1"},
            config_kwargs={
                "s3": {"addressing_style": "path"},
                "request_checksum_calculation": "when_required",
                "response_checksum_validation": "when_required",
            },
            skip_instance_cache=True,
        )

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


def make(endpoint: str) -> S3Fs:
    import pyarrow.dataset  # noqa: F401  (the import is not part of any timed cell)

    return S3Fs(endpoint)
