"""A filesystem made in a parent keeps working in forked and spawned workers."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable

import pytest

from aistore.fs import AISFileSystem


def _read(args: tuple[AISFileSystem, str]) -> tuple[bytes, int]:
    fs, path = args
    client = fs.client
    return fs.cat_file(path), id(client)


def _prepare(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> list[str]:
    root = fs_dir()
    paths = [f"{root}/w{i}" for i in range(4)]
    aisfs.pipe({p: p.encode() for p in paths})
    return paths


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_read_through_the_parents_filesystem(
    ais_endpoint: str, fs_dir: Callable[[], str], method: str
) -> None:
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    paths = _prepare(fs, fs_dir)
    # the parent has used its client (pooled connections are open) before the workers start
    parent_client = fs.client
    assert fs.cat_file(paths[0]) == paths[0].encode()
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(2) as pool:
        results = pool.map(_read, [(fs, p) for p in paths])
    assert [data for data, _ in results] == [p.encode() for p in paths]
    # the parent's connections were not disturbed by the children
    assert fs.client is parent_client
    assert fs.cat_file(paths[1]) == paths[1].encode()


def test_forked_child_builds_its_own_client(ais_endpoint: str, fs_dir: Callable[[], str]) -> None:
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    paths = _prepare(fs, fs_dir)
    parent_id = id(fs.client)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        _, child_id = pool.apply(_read, ((fs, paths[0]),))
    # same address space layout after fork: a fresh Client is a different object in the child
    assert child_id != parent_id


def test_pickle_rebuilds_from_arguments(ais_endpoint: str) -> None:
    fs = AISFileSystem(ais_endpoint, provider="ais", block_size=1 << 20, skip_instance_cache=True)
    clone = pickle.loads(pickle.dumps(fs))
    assert clone.endpoint == fs.endpoint and clone.blocksize == 1 << 20
    assert clone.ls("") == fs.ls("")


class _Shards:
    """A map-style dataset reading objects through a filesystem made in the parent."""

    def __init__(self, fs: AISFileSystem, paths: list[str]) -> None:
        self.fs = fs
        self.paths = paths

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, i: int) -> bytes:
        return bytes(self.fs.cat_file(self.paths[i]))


def _identity(item: bytes) -> bytes:
    return item


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_dataloader_two_workers(ais_endpoint: str, fs_dir: Callable[[], str], method: str) -> None:
    torch_data = pytest.importorskip("torch.utils.data")
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    paths = _prepare(fs, fs_dir)
    fs.cat_file(paths[0])
    loader = torch_data.DataLoader(
        _Shards(fs, paths),
        batch_size=None,
        num_workers=2,
        multiprocessing_context=method,
        collate_fn=_identity,
    )
    assert sorted(loader) == sorted(p.encode() for p in paths)
