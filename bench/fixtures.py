"""The bench cluster and its data: buckets, small objects, the large objects, the listing bucket."""

from __future__ import annotations

import http.client
import json
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from bench import workloads as w
from bench.peers import aisloader
from bench.peers.raw import Raw

MiB = 1 << 20
S3_REVERSE_PROXY = 8192  # cluster feature bit: the proxy forwards S3 calls (boto3 needs it)


def create_buckets(endpoint: str, names: list[str]) -> None:
    url = urlsplit(endpoint)
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port)
    for name in names:
        conn.request(
            "POST",
            f"/v1/buckets/{name}?provider=ais",
            body=json.dumps({"action": "create-bck"}),
            headers={"Content-Type": "application/json"},
        )
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200 and b"already exists" not in body:
            raise RuntimeError(f"create bucket {name}: {resp.status} {body[:200]!r}")
    conn.close()


def fill_small(endpoint: str, scale: w.Scale) -> None:
    raw = Raw(endpoint)
    for size in w.SMALL_SIZES:
        data = os.urandom(size)
        bucket = w.small_bucket(size)
        names = [w.small_name(i) for i in range(scale.small_objects)]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n, b=bucket, d=data: raw.put(b, n, d), names))


def fill_many(endpoint: str, scale: w.Scale) -> None:
    """`many_objects` objects of each "many" size, named as the small ones."""
    raw = Raw(endpoint)
    for size in w.MANY_SIZES:
        data = os.urandom(size)
        bucket = w.many_bucket(size)
        names = [w.small_name(i) for i in range(scale.many_objects)]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n, b=bucket, d=data: raw.put(b, n, d), names))


def _repeat(block: bytes, size: int) -> Iterator[bytes]:
    left = size
    while left > 0:
        piece = block[: min(len(block), left)]
        left -= len(piece)
        yield piece


def write_source(path: str, size: int) -> None:
    block = os.urandom(16 * MiB)
    with open(path, "wb") as f:
        for piece in _repeat(block, size):
            f.write(piece)


def put_generated(endpoint: str, bucket: str, name: str, size: int) -> None:
    """PUT `size` bytes of repeated random data without a source file."""
    raw = Raw(endpoint)
    (host, port), path = raw._location(bucket, name)
    conn = http.client.HTTPConnection(host, port)
    conn.putrequest("PUT", path)
    conn.putheader("Content-Length", str(size))
    conn.endheaders()
    for piece in _repeat(os.urandom(16 * MiB), size):
        conn.send(piece)
    resp = conn.getresponse()
    body = resp.read()
    if resp.status != 200:
        raise RuntimeError(f"PUT {name}: {resp.status} {body[:200]!r}")


def fill_list(endpoint: str, count: int, aisloader_bin: str | None) -> float:
    if aisloader_bin:
        return aisloader.fill(aisloader_bin, endpoint, w.BUCKET_LIST, count)
    raw = Raw(endpoint)
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda i: raw.put(w.BUCKET_LIST, f"f/{i:07d}", b"x" * 16), range(count)))
    return 0.0


def fill_fs(endpoint: str, scale: w.Scale, scratch: str) -> tuple[int, int]:
    """The `fs` section's data: a parquet dataset of `fs_parquet` bytes (one random 64 MiB file
    under many names) and `fs_cat_objects` 1 KiB objects. Returns (rows, bytes) of the dataset."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    raw = Raw(endpoint)
    cells = w.fs_cells(scale)
    files = cells[0]["files"]
    columns = 8
    rows = max(1, min(scale.fs_parquet, w.FS_PARQUET_FILE) // (8 * columns))
    rng = np.random.default_rng(13)
    table = pa.table({f"c{i}": rng.integers(0, 1 << 62, rows) for i in range(columns)})
    path = f"{scratch}/part.parquet"
    pq.write_table(table, path, compression="none")
    for i in range(files):
        raw.put_file(w.BUCKET_FS, f"{w.FS_PARQUET_PREFIX}part-{i:04d}.parquet", path)
    data = os.urandom(1024)
    names = cells[1]["names"]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda n: raw.put(w.BUCKET_FS, n, data), names))
    return rows * files, os.path.getsize(path) * files
