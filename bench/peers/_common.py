"""Helpers shared by the Python peers (file writing, parallel byte ranges)."""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


async def measured(run: Callable[[], Awaitable[int]], ops: int) -> dict[str, Any]:
    """Time an awaited pass of `ops` operations: wall seconds and process CPU, bytes moved."""
    cpu0, t0 = _cpu(), time.perf_counter()
    nbytes = await run()
    return {
        "ops": ops,
        "seconds": time.perf_counter() - t0,
        "cpu_s": _cpu() - cpu0,
        "bytes": nbytes,
    }


def write_chunks(path: str, chunks: Iterable[bytes]) -> int:
    total = 0
    with open(path, "wb") as f:
        for chunk in chunks:
            f.write(chunk)
            total += len(chunk)
    return total


def ranges(size: int, workers: int) -> list[tuple[int, int]]:
    """`workers` contiguous inclusive byte ranges covering `size` bytes."""
    step = -(-size // workers)
    return [(a, min(a + step, size) - 1) for a in range(0, size, step)]


def parallel_ranges(
    path: str, size: int, workers: int, fetch: Callable[[int, int], Iterable[bytes]]
) -> int:
    """Write `size` bytes to `path`, each range read by `fetch(first, last)` in its own thread."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.ftruncate(fd, size)

        def one(span: tuple[int, int]) -> int:
            offset = span[0]
            for chunk in fetch(*span):
                os.pwrite(fd, chunk, offset)
                offset += len(chunk)
            return offset - span[0]

        with ThreadPoolExecutor(workers) as pool:
            return sum(pool.map(one, ranges(size, workers)))
    finally:
        os.close(fd)


def count_samples(dataset: Any, workers: int, batch_size: int) -> int:
    """One epoch of `dataset` through a torch DataLoader: the number of samples seen."""
    from torch.utils.data import DataLoader

    loader = DataLoader(
        dataset,
        batch_size=batch_size,
        num_workers=workers,
        collate_fn=list,  # the samples as they are: the loader's own cost, not a collate
        multiprocessing_context="fork" if workers else None,
    )
    return sum(len(batch) for batch in loader)
