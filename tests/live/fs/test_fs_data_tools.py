"""Round trips of the data tools that reach storage through fsspec or webdataset handlers."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from aistore.fs import AISFileSystem


def _options(ais_endpoint: str) -> dict[str, str]:
    return {"endpoint": ais_endpoint}


def test_pandas_parquet_round_trip(ais_endpoint: str, fs_dir: Callable[[], str]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    url = f"ais://{fs_dir()}/frame.parquet"
    frame = pd.DataFrame({"id": range(1000), "name": [f"n{i}" for i in range(1000)]})
    frame.to_parquet(url, storage_options=_options(ais_endpoint))
    back = pd.read_parquet(url, storage_options=_options(ais_endpoint))
    pd.testing.assert_frame_equal(back, frame)


def test_pyarrow_dataset_over_a_directory(
    ais_endpoint: str, aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    ds = pytest.importorskip("pyarrow.dataset")
    root = fs_dir()
    for part in range(3):
        table = pa.table({"part": [part] * 100, "value": list(range(part * 100, part * 100 + 100))})
        with aisfs.open(f"{root}/data/part-{part}.parquet", "wb") as f:
            pq.write_table(table, f)
    dataset = ds.dataset(f"{root}/data", format="parquet", filesystem=aisfs)
    table = dataset.to_table()
    assert table.num_rows == 300
    assert sorted(table.column("value").to_pylist()) == list(range(300))
    filtered = dataset.to_table(filter=ds.field("part") == 2)
    assert filtered.num_rows == 100


def test_datasets_load_parquet(
    ais_endpoint: str, fs_dir: Callable[[], str], tmp_path: Path
) -> None:
    pd = pytest.importorskip("pandas")
    datasets = pytest.importorskip("datasets")
    url = f"ais://{fs_dir()}/train.parquet"
    pd.DataFrame({"text": ["a", "b", "c"], "label": [0, 1, 0]}).to_parquet(
        url, storage_options=_options(ais_endpoint)
    )
    loaded = datasets.load_dataset(
        "parquet",
        data_files=url,
        storage_options=_options(ais_endpoint),
        cache_dir=str(tmp_path / "hf"),
    )
    assert loaded["train"]["text"] == ["a", "b", "c"]


def _shard(samples: int, offset: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for i in range(offset, offset + samples):
            for ext, data in (("txt", f"sample {i}".encode()), ("cls", str(i % 3).encode())):
                info = tarfile.TarInfo(f"{i:06d}.{ext}")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture
def shards(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> str:
    root = fs_dir()
    for s in range(2):
        aisfs.pipe_file(f"{root}/shard-{s}.tar", _shard(5, s * 5))
    return root


def _samples(dataset: object) -> list[str]:
    return sorted(sample["txt"].decode() for sample in dataset)  # type: ignore[attr-defined]


def test_webdataset_reads_ais_urls(
    ais_endpoint: str, shards: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    wds = pytest.importorskip("webdataset")
    from aistore.fs.webdataset import register

    monkeypatch.setenv("AIS_ENDPOINT", ais_endpoint)
    register()
    dataset = wds.WebDataset(f"ais://{shards}/shard-{{0..1}}.tar", shardshuffle=False)
    assert _samples(dataset) == sorted(f"sample {i}" for i in range(10))


def test_webdataset_through_the_console_command(
    ais_endpoint: str, shards: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    wds = pytest.importorskip("webdataset")
    monkeypatch.setenv("AIS_ENDPOINT", ais_endpoint)
    command = f"{sys.executable} -m aistore.cli cat"
    dataset = wds.WebDataset(
        f"pipe:{command} ais://{shards}/shard-{{0..1}}.tar", shardshuffle=False
    )
    assert _samples(dataset) == sorted(f"sample {i}" for i in range(10))
    # and back: a TarWriter into `aistore put -`
    out = f"ais://{shards}/written.tar"
    with wds.TarWriter(f"pipe:{sys.executable} -m aistore.cli put - {out}") as sink:
        sink.write({"__key__": "k1", "txt": "written"})
    assert _samples(wds.WebDataset(f"pipe:{command} {out}", shardshuffle=False)) == ["written"]


def test_console_command(
    ais_endpoint: str, aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    env = {**os.environ, "AIS_ENDPOINT": ais_endpoint}
    cli = [sys.executable, "-m", "aistore.cli"]
    data = os.urandom(100_000)
    subprocess.run([*cli, "put", "-", f"ais://{root}/p.bin"], input=data, env=env, check=True)
    got = subprocess.run([*cli, "cat", f"ais://{root}/p.bin"], capture_output=True, env=env)
    assert got.returncode == 0 and got.stdout == data
    listing = subprocess.run([*cli, "ls", f"ais://{root}"], capture_output=True, env=env)
    assert listing.stdout.decode().split() == [f"ais://{root}/p.bin"]
    missing = subprocess.run([*cli, "cat", f"ais://{root}/nope"], capture_output=True, env=env)
    assert missing.returncode == 1 and b"nope" in missing.stderr
