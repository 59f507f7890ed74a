"""boto3 against the cluster's S3 API (`<proxy>/s3`), run in bench/.venvs/ref-2.0.0.

Redirects: the bench cluster runs with the feature flag `S3-Reverse-Proxy` (features=8192), so
the proxy forwards each S3 call to the owning target itself and boto3 never sees a 307 (it does
not follow them). That costs a proxy hop per request, which is how boto3 meets AIS in practice.
Settings are boto3's defaults except path-style addressing (needed for a localhost endpoint).
Single-stream GET copies `get_object`'s body to the file in 1 MiB reads; the ranged GET is
boto3's own `download_file` (TransferConfig defaults: 8 MiB parts, 10 threads).
"""

from __future__ import annotations

import shutil

from . import Unsupported

MiB = 1 << 20


class Boto3Peer:
    def __init__(self, endpoint: str) -> None:
        try:
            import boto3
            from botocore.config import Config
        except ImportError as exc:
            raise Unsupported(f"boto3 not installed: {exc}") from exc
        self.s3 = boto3.client(
            "s3",
            endpoint_url=f"{endpoint}/s3",
            region_name="us-east-1",
            aws_access_key_id="bench",
            aws_secret_access_key="bench",
            config=Config(s3={"addressing_style": "path"}),
        )

    def get(self, bucket: str, name: str) -> int:
        return len(self.s3.get_object(Bucket=bucket, Key=name)["Body"].read())

    def put(self, bucket: str, name: str, data: bytes) -> None:
        self.s3.put_object(Bucket=bucket, Key=name, Body=data)

    def head(self, bucket: str, name: str) -> int:
        return int(self.s3.head_object(Bucket=bucket, Key=name)["ContentLength"])

    def get_to_file(self, bucket: str, name: str, path: str) -> int:
        body = self.s3.get_object(Bucket=bucket, Key=name)["Body"]
        with open(path, "wb") as f:
            shutil.copyfileobj(body, f, MiB)
            return f.tell()

    def put_file(self, bucket: str, name: str, path: str) -> None:
        with open(path, "rb") as f:
            self.s3.put_object(Bucket=bucket, Key=name, Body=f)

    def get_ranged(self, bucket: str, name: str, path: str, size: int, workers: int) -> int:
        self.s3.download_file(bucket, name, path)
        import os

        return os.path.getsize(path)

    def stream(self, bucket: str, name: str) -> int:
        body = self.s3.get_object(Bucket=bucket, Key=name)["Body"]
        return sum(len(chunk) for chunk in body.iter_chunks(MiB))

    def _pages(self, bucket: str):
        for page in self.s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            yield from page.get("Contents", ())

    def list_all(self, bucket: str) -> int:
        return len(list(self._pages(bucket)))

    def list_iter(self, bucket: str) -> int:
        return sum(1 for _ in self._pages(bucket))


def make(endpoint: str) -> Boto3Peer:
    return Boto3Peer(endpoint)
