"""Child processes of the checkpoint live tests, forked from a forkserver that imported this
module (torch, DCP, aistore) once: `spawner()` gives its context.

    dist(endpoint, url, rank, world, port, results)   one rank of a gloo job: DCP save of a
        row-sharded state dict, then a load into zeroed tensors; puts (rank, digests) on results
    kill(endpoint, mode, url, seed, at)   DCP save ("dcp") or `checkpoint.save` ("save") of
        state(seed) that SIGKILLs its own process at the at-th object write (`commit`: at
        the marker's)

The state dicts are made from a seed, so the test computes what every rank holds.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from typing import Any

import torch
import torch.distributed.checkpoint

import aistore.pytorch.checkpoint  # noqa: F401

ROWS = 64
PART = 256 << 10  # small parts: the 1 MiB tensor is a multipart upload of 4


def full_state(seed: int) -> dict[str, Any]:
    """The unsharded state dict of `seed` (tensors of several dtypes and shapes, and values)."""
    gen = torch.Generator().manual_seed(seed)
    return {
        "big": torch.rand(ROWS, 4096, generator=gen),  # 1 MiB
        "emb": torch.rand(ROWS, 33, generator=gen).to(torch.bfloat16),
        "ids": torch.randint(0, 1 << 40, (ROWS,), generator=gen, dtype=torch.int64),
        "bias": torch.rand(100, generator=gen, dtype=torch.float64),
        "scalar": torch.tensor(seed, dtype=torch.int32),
        "empty": torch.zeros(0, 5),
        "step": seed,
        "note": {"seed": seed, "text": "é" * 10},
    }


SHARDED = ("big", "emb", "ids")


def digest(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        tensor = value.detach().contiguous()
        raw = tensor.reshape(-1).view(torch.uint8).numpy().tobytes() if tensor.numel() else b""
        return f"{tensor.dtype}{tuple(tensor.shape)}:{hashlib.sha256(raw).hexdigest()}"
    return json.dumps(value, sort_keys=True)


def digests(state: dict[str, Any]) -> dict[str, str]:
    return {key: digest(value) for key, value in state.items()}


def zeroed(value: Any) -> Any:
    """The same structure with every tensor zeroed and every other leaf blanked."""
    if isinstance(value, dict):
        return {k: zeroed(v) for k, v in value.items()}
    if isinstance(value, torch.Tensor):
        return torch.zeros_like(value)
    return type(value)()


def dist(endpoint: str, url: str, rank: int, world: int, port: int, results: Any) -> None:
    import torch.distributed as torch_dist
    import torch.distributed.checkpoint as dcp
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.tensor import DTensor, Shard

    from aistore.pytorch.checkpoint import AISStorageReader, AISStorageWriter
    from aistore.sdk.client import Client

    torch.set_num_threads(1)
    torch_dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world
    )
    client = Client(endpoint)
    mesh = init_device_mesh("cpu", (world,))
    rows = ROWS // world

    def sharded(state: dict[str, Any]) -> dict[str, Any]:
        out = dict(state)
        for key in SHARDED:
            local = state[key][rank * rows : (rank + 1) * rows].contiguous()
            out[key] = DTensor.from_local(local, mesh, [Shard(0)])
        return out

    writer = AISStorageWriter(url, client=client, part_size=PART)
    dcp.save(sharded(full_state(1)), storage_writer=writer)
    loaded = sharded(zeroed(full_state(1)))
    dcp.load(loaded, storage_reader=AISStorageReader(url, client=client, part_size=PART))
    local = {k: (v.to_local() if isinstance(v, DTensor) else v) for k, v in loaded.items()}
    results.put((rank, digests(local)))
    torch_dist.barrier()
    torch_dist.destroy_process_group()


def _die_at(at: str) -> None:
    """SIGKILL this process at the `at`-th object write, or (`commit`) at the marker's."""
    from aistore.sdk.obj.object import Object

    original = Object._put_content_plan  # every PUT of content (whole objects and parts)
    count = 0

    def put(self: Object, content: Any, extra: dict[str, Any]) -> Any:
        nonlocal count
        count += 1
        if (at == "commit" and self.name.endswith("/.metadata")) or str(count) == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return (yield from original(self, content, extra))

    Object._put_content_plan = put  # type: ignore[method-assign,assignment]


def kill(endpoint: str, mode: str, url: str, seed: int, at: str) -> None:
    from aistore.sdk.client import Client

    client = Client(endpoint)
    _die_at(at)
    if mode == "dcp":
        import torch.distributed.checkpoint as dcp

        from aistore.pytorch.checkpoint import AISStorageWriter

        writer = AISStorageWriter(url, client=client, part_size=PART)
        dcp.save(full_state(seed), storage_writer=writer)
    else:
        from aistore.pytorch.checkpoint import save

        save(full_state(seed), url, client=client, part_size=PART)


def spawner() -> Any:
    """The forkserver context whose server has this module (torch, DCP, aistore) imported."""
    import multiprocessing

    multiprocessing.set_forkserver_preload([__name__])
    return multiprocessing.get_context("forkserver")
