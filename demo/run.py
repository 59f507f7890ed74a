"""The main job: a short, real workload against a local AIS cluster the demo starts itself.

Creates a bucket, puts a directory of files (with a progress bar), lists it, streams an
object back and verifies it against the cluster's checksum, copies the bucket with a job and
waits for it, prints a summary table, and stops the cluster. Set AIS_ENDPOINT to use an
existing cluster instead.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from aistore.devcluster import LocalCluster
from aistore.sdk.client import Client
from aistore.sdk.obj import checksum

T = TypeVar("T")
ROWS: list[tuple[str, str, str, str]] = []


def timed(step: str, work: Callable[[], T], count: int = 0, nbytes: int = 0) -> T:
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    rate = f"{nbytes / seconds / 2**20:,.1f} MiB/s" if nbytes else ""
    ROWS.append((step, f"{count:,}" if count else "", f"{seconds:.2f}", rate))
    return result


def make_dataset(root: Path, files: int = 300) -> int:
    """A directory tree of files of mixed sizes (1 KiB .. 1 MiB); returns the total size."""
    rng = random.Random(42)
    total = 0
    for i in range(files):
        size = rng.choice([1024, 16 * 1024, 256 * 1024, 1024 * 1024])
        path = root / f"class-{i % 5}" / f"sample-{i:04d}.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(rng.randbytes(size))
        total += size
    return total


@contextmanager
def cluster_endpoint() -> Iterator[str]:
    existing = os.environ.get("AIS_ENDPOINT")
    if existing:
        yield existing
        return
    start = time.perf_counter()
    with LocalCluster(targets=1) as cluster:
        print(f"local AIS cluster up at {cluster.endpoint} in {time.perf_counter() - start:.1f}s")
        yield cluster.endpoint
    print("local AIS cluster stopped")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="ais-demo-") as tmp, cluster_endpoint() as endpoint:
        data_dir = Path(tmp) / "dataset"
        total = timed("make local dataset", lambda: make_dataset(data_dir), 300)
        client = Client(endpoint)
        suffix = os.urandom(3).hex()
        src = client.bucket(f"demo-src-{suffix}")
        dst = client.bucket(f"demo-dst-{suffix}")
        timed("create bucket", lambda: src.create(exist_ok=True))
        try:
            names = timed(
                "put directory",
                lambda: src.put_files(str(data_dir), recursive=True, verbose=True),
                300,
                total,
            )
            listed = timed("list objects", lambda: src.list_all_objects(), len(names))
            listed_bytes = sum(entry.size for entry in listed)
            assert len(listed) == 300 and listed_bytes == total, (len(listed), listed_bytes)

            biggest = max(listed, key=lambda entry: entry.size)
            local = data_dir / biggest.name

            def stream_back() -> Any:
                reader = src.object(biggest.name).get(chunk_size=64 * 1024)
                attrs = reader.head()
                digest = hashlib.sha256()
                cluster_sum = checksum.new_hasher(attrs.checksum_type)
                with reader.as_file() as f:
                    while chunk := f.read(1 << 20):
                        digest.update(chunk)
                        if cluster_sum is not None:
                            cluster_sum.update(chunk)
                if cluster_sum is not None:  # the cluster's own checksum, checked client-side
                    checksum.verify(attrs.checksum_type, attrs.checksum_value, cluster_sum)
                return digest.hexdigest()

            sha = timed("stream object back + verify", stream_back, 1, biggest.size)
            assert sha == hashlib.sha256(local.read_bytes()).hexdigest()

            def copy_and_wait() -> None:
                job_id = src.copy(dst)
                client.job(job_id).wait(timeout=120, verbose=False)

            timed("copy bucket (job) + wait", copy_and_wait, 300, total)
            copied = dst.list_all_objects()
            assert sorted(e.name for e in copied) == sorted(e.name for e in listed)
        finally:
            dst.delete(missing_ok=True)
            src.delete(missing_ok=True)
            client.close()

    print()
    print(f"{'step':32} {'objects':>8} {'seconds':>8} {'rate':>14}")
    print("-" * 66)
    for step, count, seconds, rate in ROWS:
        print(f"{step:32} {count:>8} {seconds:>8} {rate:>14}")
    print(f"\nOK: 300 objects ({total / 2**20:.1f} MiB) put, listed, streamed, verified and copied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
