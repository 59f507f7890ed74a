"""Which part of a dataset this process reads: torch.distributed rank x DataLoader worker.

Every (rank, worker) pair gets a slot `rank * workers + worker` out of `world_size * workers`;
item `i` of the (deterministically ordered) dataset belongs to slot `i % total`, so each item is
read exactly once across the job. The rank and world size come from the dataset's arguments, else
from an initialized `torch.distributed` process group, else from the `RANK`/`WORLD_SIZE`
environment variables torchrun sets, else a single process.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

import torch.distributed as dist
from torch.utils.data import get_worker_info

T = TypeVar("T")


def _env_int(name: str) -> int | None:
    value = os.environ.get(name)
    return int(value) if value and value.isdigit() else None


def rank_and_world(rank: int | None = None, world_size: int | None = None) -> tuple[int, int]:
    if rank is None or world_size is None:
        if dist.is_available() and dist.is_initialized():
            found = (dist.get_rank(), dist.get_world_size())
        else:
            found = (_env_int("RANK") or 0, _env_int("WORLD_SIZE") or 1)
        rank = found[0] if rank is None else rank
        world_size = found[1] if world_size is None else world_size
    if world_size < 1 or not 0 <= rank < world_size:
        raise ValueError(f"rank {rank} is not within world_size {world_size}")
    return rank, world_size


def slot(rank: int | None = None, world_size: int | None = None) -> tuple[int, int, str]:
    """(this reader's slot, number of slots, a name for progress bars)."""
    rank, world_size = rank_and_world(rank, world_size)
    info = get_worker_info()
    worker, workers = (0, 1) if info is None else (info.id, info.num_workers)
    name = ""
    if world_size > 1 or workers > 1:
        name = f" (rank {rank}, worker {worker})" if world_size > 1 else f" (Worker {worker})"
    return rank * workers + worker, world_size * workers, name


def share(items: Iterable[T], index: int, total: int) -> Iterator[T]:
    """Items index, index + total, ... of `items`."""
    return islice(items, index, None, total) if total > 1 else iter(items)


def check_positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return value
