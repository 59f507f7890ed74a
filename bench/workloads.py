"""What is measured: the peers, the workload cells, their sizes (full and `--quick`)."""

from __future__ import annotations

from dataclasses import dataclass, field

KiB, MiB, GiB = 1 << 10, 1 << 20, 1 << 30


@dataclass(frozen=True)
class Peer:
    name: str
    kind: str  # "python" (bench/worker.py in `venv`) or "native"
    venv: str = "ours"
    module: str = ""
    options: dict = field(default_factory=dict, hash=False)
    sections: tuple[str, ...] = ("small", "large", "list")
    note: str = ""


PEERS: tuple[Peer, ...] = (
    Peer(
        "ours",
        "python",
        module="ours",
        sections=("small", "large", "list", "many", "batch", "loader"),
    ),
    Peer(
        "ours-get8",
        "python",
        module="ours",
        options={"per_object": True},
        sections=("batch",),
        note="ours, one GET per object from 8 threads (the batch rows' per-object baseline)",
    ),
    Peer(
        "ours-async",
        "python",
        module="ours_async",
        sections=("many",),
        note="aistore.aio AsyncClient.get_many, 64 in flight",
    ),
    Peer(
        "ours+verify",
        "python",
        module="ours",
        options={"verify": True},
        sections=("small", "large"),
        note="ours with read_all(verify=True): the checksum check's cost (report: verification)",
    ),
    Peer(
        "ours-general",
        "python",
        module="ours",
        options={"hot_path": False},
        sections=("small",),
        note="this client with the object hot path off: every request through httpx",
    ),
    Peer(
        "ref-1.9.2",
        "python",
        venv="ref-1.9.2",
        module="ref_1_9_2",
        sections=("small", "large", "list", "many"),
    ),
    Peer(
        "ref-2.0.0",
        "python",
        venv="ref-2.0.0",
        module="ref_2_0_0",
        sections=("small", "large", "list", "batch"),
    ),
    Peer(
        "ref-1.9.2+torch",
        "python",
        venv="ref-1.9.2-torch",
        module="ref_1_9_2",
        sections=("loader",),
        note="1.9.2's AISIterDataset (one GET per sample) in a DataLoader",
    ),
    Peer(
        "ref-2.0.0+torch",
        "python",
        venv="ref-2.0.0-torch",
        module="ref_2_0_0",
        sections=("loader",),
        note="2.0.0's AISIterDataset (one GET per sample) in a DataLoader",
    ),
    Peer("boto3", "python", venv="ref-2.0.0", module="s3_boto3"),
    Peer(
        "ours-fs",
        "python",
        module="fs_ais",
        sections=("fs",),
        note="AISFileSystem (ais://) under pyarrow.dataset / fsspec cat",
    ),
    Peer(
        "s3fs",
        "python",
        venv="s3fs",
        module="fs_s3fs",
        sections=("fs",),
        note="s3fs on the cluster's /s3 API (S3-Reverse-Proxy)",
    ),
    Peer("aisloader", "native", sections=("small", "many", "batch")),
    Peer("curl", "native", sections=("large",)),
    Peer(
        "raw",
        "python",
        module="raw",
        sections=("small", "large", "list", "batch"),
        note="http.client straight to the owner + msgspec; Get-Batch: one request, stdlib tarfile",
    ),
    Peer(
        "raw-async",
        "python",
        module="raw_async",
        sections=("many",),
        note="bare aiohttp straight to the owner, 64 in flight (the async floor)",
    ),
)


LEVER_PEERS: tuple[Peer, ...] = (
    Peer("ours+fast", "python", module="ours_fast", note="prototype levers, bench only"),
    Peer(
        "ours+drain",
        "python",
        module="ours_fast",
        options={"levers": "drain"},
        sections=("small",),
        note="lever: redirect body drained (proxy connection reused) only",
    ),
    Peer(
        "ours+lean",
        "python",
        module="ours_fast",
        options={"levers": "drain,nocookies,lean"},
        sections=("small",),
        note="levers on httpx's own transport: drain + no cookie jar + one URL parse",
    ),
    Peer(
        "ours+stdlib",
        "python",
        module="ours_fast",
        options={"levers": "stdlib"},
        sections=("small",),
        note="lever: http.client transport only",
    ),
    Peer(
        "ours+direct",
        "python",
        module="ours_fast",
        options={"levers": "drain,direct"},
        sections=("small",),
        note="levers: drain + direct-to-target",
    ),
)
"""The prototype levers of bench/levers.py (issue 5's study): run only when named in --peers."""


@dataclass(frozen=True)
class Scale:
    small_duration: float  # seconds per small-object cell
    small_objects: int  # objects per size in the GET buckets
    large_size: int  # bytes of the large object
    stream_size: int  # bytes of the big streaming-memory object (ours only)
    list_objects: int  # objects in the listing bucket
    ranged_workers: int
    many_objects: int  # objects per size, each read once by a "many" cell
    fs_parquet: int = 1 * GiB  # bytes of the parquet dataset read through fsspec
    fs_cat_objects: int = 10_000  # 1 KiB objects read by one fsspec `cat`


FULL = Scale(3.0, 500, 1 * GiB, 2 * GiB, 100_000, 8, 10_000)
QUICK = Scale(1.0, 200, 256 * MiB, 512 * MiB, 20_000, 8, 2_000, 128 * MiB, 2_000)

MANY_SIZES = (1 * KiB, 64 * KiB)
MANY_THREADS = 8
"""Threads of a synchronous peer (and aisloader workers) in a "many" cell."""
MANY_INFLIGHT = 64
"""Reads in flight of an async peer in a "many" cell."""

SMALL_SIZES = (1 * KiB, 64 * KiB)
THREADS = (1, 8)

BUCKET_PUT = "bench-put"
BUCKET_LARGE = "bench-large"
BUCKET_LIST = "bench-list"
BUCKET_ALOADER_PUT = "bench-aisloader-put"
LARGE_NAME = "large/object"
STREAM_NAME = "large/stream-object"


def size_label(size: int) -> str:
    if size >= GiB and size % GiB == 0:
        return f"{size // GiB} GiB"
    if size >= MiB and size % MiB == 0:
        return f"{size // MiB} MiB"
    return f"{size // KiB} KiB"


def small_bucket(size: int) -> str:
    return f"bench-s{size // KiB}k"


def small_name(i: int) -> str:
    return f"obj-{i:05d}"


WARM = {"bucket": "bench-s1k", "name": "obj-00000"}
"""What a large, memory or listing cell does untimed first (a small GET, or a small listing)."""


def small_cells(scale: Scale) -> list[dict]:
    cells = []
    for size in SMALL_SIZES:
        for op in ("get", "head", "put"):
            for threads in THREADS:
                cells.append(
                    {
                        "id": f"small/{op}/{size_label(size)}/{threads}t",
                        "section": "small",
                        "op": op,
                        "size": size,
                        "threads": threads,
                        "duration": scale.small_duration,
                        "bucket": small_bucket(size) if op != "put" else BUCKET_PUT,
                    }
                )
    return cells


def large_cells(scale: Scale, scratch: str) -> list[dict]:
    label = size_label(scale.large_size)
    base = {
        "section": "large",
        "bucket": BUCKET_LARGE,
        "size": scale.large_size,
        "expect": ("bytes", scale.large_size),
        "warm": WARM,
    }
    return [
        {
            **base,
            "id": f"large/get/{label}",
            "op": "get_to_file",
            "name": LARGE_NAME,
            "path": f"{scratch}/download",
        },
        {
            **base,
            "id": f"large/get-mem/{label}",
            "op": "get_all",
            "name": LARGE_NAME,
            "path": f"{scratch}/download",
        },
        {
            **base,
            "id": f"large/put/{label}",
            "op": "put_file",
            "name": "large/put-{peer}",
            "path": f"{scratch}/source",
        },
        {
            **base,
            "id": f"large/get-ranged/{label}",
            "op": "get_ranged",
            "name": LARGE_NAME,
            "path": f"{scratch}/download",
            "workers": scale.ranged_workers,
        },
    ]


def stream_cell(scale: Scale) -> dict:
    return {
        "id": f"memory/stream/{size_label(scale.stream_size)}",
        "section": "memory",
        "op": "stream",
        "bucket": BUCKET_LARGE,
        "name": STREAM_NAME,
        "size": scale.stream_size,
        "expect": ("bytes", scale.stream_size),
        "warm": WARM,
    }


def list_cells(scale: Scale) -> list[dict]:
    return [
        {
            "id": f"list/{op}/{scale.list_objects}",
            "section": "list",
            "op": op,
            "bucket": BUCKET_LIST,
            "expect": ("count", scale.list_objects),
            "warm": WARM,
        }
        for op in ("list_all", "list_iter")
    ]


def many_bucket(size: int) -> str:
    return f"bench-m{size // KiB}k"


def many_cells(scale: Scale) -> list[dict]:
    """Read `many_objects` objects of each size once: async (64 in flight) vs threads (8)."""
    names = [small_name(i) for i in range(scale.many_objects)]
    return [
        {
            "id": f"many/get/{size_label(size)}/{scale.many_objects}",
            "section": "many",
            "op": "get_many",
            "size": size,
            "threads": MANY_THREADS,
            "inflight": MANY_INFLIGHT,
            "bucket": many_bucket(size),
            "names": names,
        }
        for size in MANY_SIZES
    ]


BATCH_SIZES = (100, 1000)
"""Objects per Get-Batch request in the "batch" cells."""
LOADER_WORKERS = 2
LOADER_BATCH = 64


def batch_cells(scale: Scale) -> list[dict]:
    """The "many" buckets read once through Get-Batch, `batch_size` names per request; peers
    without Get-Batch (ours-get8, aisloader) read the same names with one GET each, 8 threads."""
    names = [small_name(i) for i in range(scale.many_objects)]
    return [
        {
            "id": f"batch/get/{size_label(size)}/{scale.many_objects}/{per}-per-batch",
            "section": "batch",
            "op": "get_batch",
            "size": size,
            "batch_size": per,
            "threads": MANY_THREADS,
            "bucket": many_bucket(size),
            "names": names,
        }
        for size in MANY_SIZES
        for per in BATCH_SIZES
    ]


def loader_cells(scale: Scale) -> list[dict]:
    """One epoch of a "many" bucket through `AISIterDataset` in a torch DataLoader."""
    return [
        {
            "id": f"loader/epoch/{size_label(size)}/{scale.many_objects}/{LOADER_WORKERS}w",
            "section": "loader",
            "op": "dataloader",
            "size": size,
            "workers": LOADER_WORKERS,
            "batch_size": LOADER_BATCH,
            "bucket": many_bucket(size),  # the whole bucket: --endpoint may hold more objects
        }
        for size in MANY_SIZES
    ]


BUCKET_FS = "bench-fs"
FS_PARQUET_PREFIX = "parquet/"
FS_PARQUET_FILE = 64 * MiB
"""Each file of the parquet dataset (the same random columns, uploaded under many names)."""


def fs_cells(scale: Scale) -> list[dict]:
    """pyarrow.dataset over a directory of parquet files, and one `cat` of many small objects."""
    files = max(1, scale.fs_parquet // FS_PARQUET_FILE)
    return [
        {
            "id": f"fs/parquet/{size_label(scale.fs_parquet)}",
            "section": "fs",
            "op": "read_parquet",
            "bucket": BUCKET_FS,
            "prefix": FS_PARQUET_PREFIX,
            "files": files,
            "warm": WARM,
        },
        {
            "id": f"fs/cat/{scale.fs_cat_objects}x1 KiB",
            "section": "fs",
            "op": "cat_many",
            "bucket": BUCKET_FS,
            "names": [f"small/{small_name(i)}" for i in range(scale.fs_cat_objects)],
            "size": 1 * KiB,
            "expect": ("bytes", scale.fs_cat_objects * KiB),
            "warm": WARM,
        },
    ]
