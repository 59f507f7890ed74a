"""Tensors as bytes without copies: what a shard object holds is each tensor's raw memory."""

from __future__ import annotations

import torch


def cpu_contiguous(tensor: torch.Tensor) -> torch.Tensor:
    """`tensor` on the CPU, dense and row-major (a copy only where it is not already)."""
    tensor = tensor.detach()
    if tensor.device.type != "cpu":
        tensor = tensor.cpu()
    return tensor.resolve_conj().resolve_neg().contiguous()


def byte_view(tensor: torch.Tensor) -> memoryview:
    """The memory of a contiguous CPU tensor as bytes (shared, writable)."""
    if tensor.numel() == 0:
        return memoryview(b"")
    flat = tensor.reshape(-1).view(torch.uint8)
    return flat.numpy().data.cast("B")


def readable_in_place(target: torch.Tensor, dtype: torch.dtype, shape: tuple[int, ...]) -> bool:
    """Whether bytes of a tensor of `dtype` and `shape` can be read straight into `target`."""
    return (
        target.device.type == "cpu"
        and target.dtype == dtype
        and tuple(target.shape) == shape
        and target.is_contiguous()
        and not target.is_conj()
        and not target.is_neg()
    )
