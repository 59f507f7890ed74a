"""aistore.pytorch against a real cluster, with real DataLoader workers (fork and spawn)."""

from __future__ import annotations

import io
import json
import os
import pickle
import subprocess
import sys
import tarfile
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import pytest

torch = pytest.importorskip("torch")
from torch.utils.data import DataLoader, DistributedSampler  # noqa: E402
from torchdata.stateful_dataloader import StatefulDataLoader  # noqa: E402

from aistore.pytorch import (  # noqa: E402
    AISBatchIterDataset,
    AISIterDataset,
    AISMapDataset,
    AISMultiShardStream,
    AISShardReader,
    DynamicBatchSampler,
)
from aistore.sdk.bucket import Bucket  # noqa: E402
from aistore.sdk.client import Client  # noqa: E402
from aistore.sdk.dataset.data_shard import DataShard  # noqa: E402
from tests.support.memory import CHILD_PRELUDE  # noqa: E402

pytestmark = pytest.mark.live

COUNT = 23  # not a multiple of the readers: shares differ by one


def body(name: str) -> bytes:
    return f"sample {name}".encode()


@pytest.fixture
def samples(client: Client, new_bucket_name: Callable[[], str]) -> Bucket:
    bck = client.bucket(new_bucket_name())
    for i in range(COUNT):
        bck.object(f"s/{i:03d}").put_content(body(f"s/{i:03d}"))
    bck.object("other/x").put_content(b"not in the prefix")
    return bck


ALL = [f"s/{i:03d}" for i in range(COUNT)]


def names_of(batches: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for names, contents in batches:
        assert [body(n) for n in names] == list(contents)
        out.extend(names)
    return out


def once(names: list[str]) -> None:
    counts = Counter(names)
    assert sorted(counts) == ALL and set(counts.values()) == {1}


@pytest.mark.parametrize("use_batch", [True, False])
def test_iter_dataset_yields_every_object_once(samples: Bucket, use_batch: bool) -> None:
    ds = AISIterDataset(samples, prefix_map={samples: "s/"}, use_batch=use_batch, max_batch_size=5)
    got = list(ds)
    assert [n for n, _ in got] == ALL
    assert all(d == body(n) for n, d in got)
    assert len(ds) == COUNT


def test_nothing_is_listed_before_iteration_and_the_pickle_is_small(samples: Bucket) -> None:
    ds = AISIterDataset(samples)
    blob = pickle.dumps(ds)
    assert b"s/000" not in blob and len(blob) < 16384
    assert [n for n, _ in pickle.loads(blob) if n.startswith("s/")] == ALL


@pytest.mark.parametrize("context", ["fork", "spawn"])
def test_two_workers_share_the_objects(samples: Bucket, context: str) -> None:
    ds = AISIterDataset(samples, prefix_map={samples: "s/"}, max_batch_size=4)
    loader = DataLoader(ds, batch_size=3, num_workers=2, multiprocessing_context=context)
    once(names_of(loader))


def test_two_ranks_of_two_workers_cover_the_dataset_exactly_once(samples: Bucket) -> None:
    names: list[str] = []
    for rank in (0, 1):
        ds = AISBatchIterDataset(
            samples, prefix_map={samples: ["s/"]}, max_batch_size=3, rank=rank, world_size=2
        )
        loader = DataLoader(ds, batch_size=2, num_workers=2, multiprocessing_context="fork")
        mine = names_of(loader)
        assert abs(len(mine) - COUNT / 2) <= 1
        names.extend(mine)
    once(names)


def test_a_resumed_epoch_yields_exactly_the_unseen_samples(samples: Bucket) -> None:
    def loader() -> StatefulDataLoader:
        ds = AISIterDataset(samples, prefix_map={samples: "s/"}, max_batch_size=4)
        return StatefulDataLoader(ds, batch_size=2, num_workers=2, multiprocessing_context="fork")

    first = loader()
    seen: list[str] = []
    for i, batch in enumerate(first):
        seen.extend(names_of([batch]))
        if i == 3:
            state = first.state_dict()
            break
    resumed = loader()
    resumed.load_state_dict(state)
    rest = names_of(resumed)
    assert len(seen) == 8
    once(seen + rest)
    # a fresh epoch of the resumed loader starts over
    once(names_of(resumed))


def test_map_dataset_batches_are_one_request_and_ranks_split_it(samples: Bucket) -> None:
    ds = AISMapDataset(samples, prefix_map={samples: "s/"})
    assert len(ds) == COUNT and ds[5] == ("s/005", body("s/005"))
    with pytest.raises(IndexError):
        ds[COUNT]
    names: list[str] = []
    for rank in (0, 1):
        sampler = DistributedSampler(ds, num_replicas=2, rank=rank, shuffle=False, drop_last=True)
        loader = DataLoader(ds, batch_size=4, sampler=sampler, num_workers=2)
        names.extend(names_of(loader))
    assert len(names) == COUNT - 1 and len(set(names)) == COUNT - 1
    per_object = AISMapDataset(samples, prefix_map={samples: "s/"}, use_batch=False)
    assert per_object.__getitems__([3, 1]) == [("s/003", body("s/003")), ("s/001", body("s/001"))]


def test_dynamic_batch_sampler_keeps_to_the_byte_budget(samples: Bucket) -> None:
    ds = AISMapDataset(samples, prefix_map={samples: "s/"})
    budget = 3 * len(body("s/000"))
    batches = list(DynamicBatchSampler(ds, max_batch_size=budget))
    assert all(1 <= len(b) <= 3 for b in batches)
    assert sorted(i for b in batches for i in b) == list(range(COUNT))
    loader = DataLoader(ds, batch_sampler=DynamicBatchSampler(ds, budget, shuffle=True))
    once(names_of(loader))


def make_shard(samples: dict[str, dict[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for key, parts in samples.items():
            for ext, data in parts.items():
                info = tarfile.TarInfo(f"{key}.{ext}")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture
def shards(client: Client, new_bucket_name: Callable[[], str]) -> Bucket:
    bck = client.bucket(new_bucket_name())
    for s in range(5):
        content = {
            f"d/k{s}-{i}": {"jpg": f"img {s}-{i}".encode(), "cls": str(i).encode()}
            for i in range(4)
        }
        content[f"d/k{s}-4"] = {"jpg": b"no class"}
        bck.object(f"shard-{s}.tar").put_content(make_shard(content))
    return bck


SHARD_KEYS = sorted(f"k{s}-{i}" for s in range(5) for i in range(5))


def test_shard_reader_streams_samples_across_workers(shards: Bucket) -> None:
    ds = AISShardReader(shards)
    got = list(ds)
    assert sorted(k for k, _ in got) == SHARD_KEYS
    assert got[0] == ("k0-0", {"jpg": b"img 0-0", "cls": b"0"})
    assert got[4] == ("k0-4", {"jpg": b"no class", "cls": b""})  # key seen before: b""
    assert len(ds) == 25
    loader = DataLoader(ds, batch_size=None, num_workers=2, multiprocessing_context="spawn")
    keys = [k for k, _ in loader]
    assert sorted(keys) == SHARD_KEYS


def test_shard_reader_resumes_inside_a_shard(shards: Bucket) -> None:
    def loader() -> StatefulDataLoader:
        return StatefulDataLoader(AISShardReader(shards), batch_size=None, num_workers=2)

    first = loader()
    seen = []
    for i, (key, _) in enumerate(first):
        seen.append(key)
        if i == 6:
            state = first.state_dict()
            break
    resumed = loader()
    resumed.load_state_dict(state)
    rest = [k for k, _ in resumed]
    assert sorted(seen + rest) == SHARD_KEYS


def test_multishard_stream_pairs_members(
    client: Client, shards: Bucket, new_bucket_name: Callable[[], str]
) -> None:
    labels = client.bucket(new_bucket_name())
    labels.object("l.tar").put_content(
        make_shard({f"x{i}": {"txt": f"label {i}".encode()} for i in range(25 * 2)})
    )
    endpoint = client.request_client.endpoint
    ds = AISMultiShardStream(
        [DataShard(endpoint, shards.name, prefix="shard-"), DataShard(endpoint, labels.name)]
    )
    pairs = list(ds)
    assert len(pairs) == 45  # 5 shards x 9 members, zipped with the 50 labels
    assert pairs[0] == (b"0", b"label 0") or pairs[0] == (b"img 0-0", b"label 0")
    loader = DataLoader(ds, batch_size=None, num_workers=2, multiprocessing_context="fork")
    assert sorted(p[1] for p in loader) == sorted(p[1] for p in pairs)


_SHARD_MEMORY_CHILD = CHILD_PRELUDE + textwrap.dedent(
    """
    import json, sys
    from aistore import Client
    from aistore.pytorch import AISShardReader
    client = Client(sys.argv[1])
    samples = total = 0
    with PeakRSS() as rss:  # after the imports: torch alone maps ~550 MiB (CUDA libraries)
        for key, sample in AISShardReader(client.bucket(sys.argv[2])):
            samples += 1
            total += len(sample["bin"])
    out = {"samples": samples, "total": total, "before": rss.before, "peak_rss": rss.peak}
    print(json.dumps(out))
    """
)


def test_a_large_shard_streams_with_flat_memory(
    client: Client, new_bucket_name: Callable[[], str], tmp_path: Any
) -> None:
    bck = client.bucket(new_bucket_name())
    item, count = 4 << 20, 256  # a 1 GiB shard of 4 MiB samples
    path = tmp_path / "big.tar"
    block = os.urandom(item)
    with tarfile.open(path, mode="w") as tar:
        for i in range(count):
            info = tarfile.TarInfo(f"s{i:04d}.bin")
            info.size = item
            tar.addfile(info, io.BytesIO(block))
    bck.object("big.tar").put_file(path)
    path.unlink()
    proc = subprocess.run(
        [sys.executable, "-c", _SHARD_MEMORY_CHILD, client.request_client.endpoint, bck.name],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["samples"] == count and report["total"] == item * count
    growth = report["peak_rss"] - report["before"]
    print(
        f"1 GiB shard through AISShardReader: peak RSS {report['peak_rss'] / 2**20:.0f} MiB, "
        f"{growth / 2**20:.0f} MiB above the imports"
    )
    assert growth < 64 << 20  # a sample or two of 4 MiB and read buffers, not the 1 GiB shard
