"""aistore.pytorch.checkpoint against a real cluster: DCP across 2 gloo processes, resharding
on load, saves killed mid-way, retried saves, `latest`, single-file save/load."""

from __future__ import annotations

import signal
import socket
from typing import Any

import pytest

torch = pytest.importorskip("torch")
import torch.distributed.checkpoint as dcp  # noqa: E402
from torch.distributed.checkpoint.api import CheckpointException  # noqa: E402

from aistore.pytorch.checkpoint import (  # noqa: E402
    AISStorageReader,
    AISStorageWriter,
    latest,
    load,
    save,
)
from aistore.sdk.client import Client  # noqa: E402
from aistore.sdk.obj.object import Object  # noqa: E402
from tests.support.checkpoint_worker import (  # noqa: E402
    PART,
    SHARDED,
    digests,
    dist,
    full_state,
    kill,
    spawner,
    zeroed,
)

pytestmark = pytest.mark.live


@pytest.fixture(scope="module")
def spawn() -> Any:
    """A forkserver context: its children start with torch and DCP imported."""
    return spawner()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_killed(spawn: Any, *args: Any) -> None:
    """Run `checkpoint_worker.kill(*args)` in a child and check that it died by SIGKILL."""
    proc = spawn.Process(target=kill, args=args)
    proc.start()
    proc.join(timeout=120)
    assert proc.exitcode == -signal.SIGKILL


def _shard_names(client: Client, bucket: str, prefix: str) -> set[str]:
    return {e.name for e in client.bucket(bucket).list_all_objects_iter(prefix=f"{prefix}/.data/")}


def _save(state: dict[str, Any], url: str, client: Client, **kw: Any) -> None:
    dcp.save(state, storage_writer=AISStorageWriter(url, client=client, part_size=PART, **kw))


def _load(state: dict[str, Any], url: str, client: Client) -> dict[str, Any]:
    dcp.load(state, storage_reader=AISStorageReader(url, client=client, part_size=PART))
    return state


def test_dcp_two_ranks_gloo_then_resharded_into_one(
    client: Client, ais_endpoint: str, bucket_name: str, spawn: Any
) -> None:
    url = f"ais://{bucket_name}/run/step-1"
    port = _free_port()
    results = spawn.Queue()
    procs = [
        spawn.Process(target=dist, args=(ais_endpoint, url, rank, 2, port, results))
        for rank in range(2)
    ]
    for proc in procs:
        proc.start()
    checks = dict(results.get(timeout=180) for _ in procs)
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    full = full_state(1)
    for rank in (0, 1):
        expected = dict(full)
        for key in SHARDED:
            expected[key] = full[key][rank * 32 : (rank + 1) * 32]
        assert checks[rank] == digests(expected)
    # both ranks wrote shard objects; one marker names them all
    names = _shard_names(client, bucket_name, "run/step-1")
    assert {n.rpartition("/")[2].split("_")[2] for n in names} == {"0", "1"}
    # resharding: the 2-rank checkpoint into one process's unsharded tensors
    loaded = _load(zeroed(full), url, client)
    assert digests(loaded) == digests(full)
    assert latest(f"ais://{bucket_name}/run", client=client) == url


def test_dcp_one_process_round_trip_every_tensor(client: Client, bucket_name: str) -> None:
    url = f"ais://{bucket_name}/one"
    _save(full_state(2), url, client)
    loaded = _load(zeroed(full_state(2)), url, client)
    assert digests(loaded) == digests(full_state(2))
    # the 1 MiB tensor went as a multipart upload: a shard object of its own, 4 parts
    sizes = {
        e.name: e.size for e in client.bucket(bucket_name).list_objects_iter(prefix="one/.data/")
    }
    assert 1 << 20 in sizes.values()


@pytest.mark.parametrize("kill_at", ["3", "commit"])
def test_dcp_save_killed_midway_leaves_previous(
    client: Client, ais_endpoint: str, bucket_name: str, kill_at: str, spawn: Any
) -> None:
    url = f"ais://{bucket_name}/ck"
    _save(full_state(3), url, client)
    before = _shard_names(client, bucket_name, "ck")
    _run_killed(spawn, ais_endpoint, "dcp", url, 4, kill_at)
    # the dead save touched no committed shard; killed at the commit, it left its own
    after = _shard_names(client, bucket_name, "ck")
    assert before < after if kill_at == "commit" else before <= after
    loaded = _load(zeroed(full_state(3)), url, client)
    assert digests(loaded) == digests(full_state(3))
    assert latest(f"ais://{bucket_name}", client=client) == url
    # the next save commits and drops the dead save's and the previous save's shards
    _save(full_state(5), url, client)
    assert not (_shard_names(client, bucket_name, "ck") & after)
    assert digests(_load(zeroed(full_state(5)), url, client)) == digests(full_state(5))


def test_dcp_failed_save_then_retried(
    client: Client, bucket_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"ais://{bucket_name}/retry"
    original = Object._put_content_plan  # every PUT of content (whole objects and parts)
    calls = 0

    def flaky(self: Object, content: Any, extra: dict[str, Any]) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise ConnectionError("injected: connection reset")
        return (yield from original(self, content, extra))

    monkeypatch.setattr(Object, "_put_content_plan", flaky)
    with pytest.raises(CheckpointException, match="injected: connection reset"):
        _save(full_state(6), url, client)
    with pytest.raises(CheckpointException, match="no committed checkpoint"):
        _load(zeroed(full_state(6)), url, client)
    _save(full_state(6), url, client)  # the retry: a new save id, nothing of the failed one read
    assert digests(_load(zeroed(full_state(6)), url, client)) == digests(full_state(6))


def test_dcp_overwrite_false_refuses_committed(client: Client, bucket_name: str) -> None:
    url = f"ais://{bucket_name}/once"
    _save(full_state(7), url, client, overwrite=False)
    with pytest.raises(CheckpointException, match="exists and overwrite=False"):
        _save(full_state(8), url, client, overwrite=False)
    assert digests(_load(zeroed(full_state(7)), url, client)) == digests(full_state(7))


def test_latest_ignores_uncommitted(client: Client, bucket_name: str) -> None:
    base = f"ais://{bucket_name}/run"
    assert latest(base, client=client) is None
    for step in (9, 10):
        _save({"w": torch.full((4,), float(step))}, f"{base}/step-{step}", client)
    # step-11: shards written, never committed
    client.bucket(bucket_name).object("run/step-11/.data/x/__0_0").put_content(b"partial")
    assert latest(base, client=client) == f"{base}/step-10"
    state = _load({"w": torch.zeros(4)}, latest(base, client=client) or "", client)
    assert state["w"].tolist() == [10.0] * 4


def test_single_file_save_load(client: Client, bucket_name: str) -> None:
    url = f"ais://{bucket_name}/model.pt"
    save(full_state(11), url, client=client, part_size=PART)  # multipart: ~5 parts
    loaded = load(url, client=client, part_size=PART, weights_only=True)
    assert digests(loaded) == digests(full_state(11))
    save({"tiny": torch.arange(3)}, url, client=client)  # one PUT replaces it
    assert load(url, client=client)["tiny"].tolist() == [0, 1, 2]


def test_single_file_save_killed_midway_leaves_previous(
    client: Client, ais_endpoint: str, bucket_name: str, spawn: Any
) -> None:
    url = f"ais://{bucket_name}/m.pt"
    save(full_state(12), url, client=client, part_size=PART)
    _run_killed(spawn, ais_endpoint, "save", url, 13, "3")
    assert digests(load(url, client=client, weights_only=True)) == digests(full_state(12))


def test_single_file_save_error_aborts(
    client: Client, bucket_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"ais://{bucket_name}/e.pt"
    save({"v": torch.ones(2)}, url, client=client)

    class Unpicklable:
        def __reduce__(self) -> Any:
            raise RuntimeError("cannot pickle this")

    big = {"a": torch.rand(1 << 18), "b": Unpicklable()}
    with pytest.raises(RuntimeError, match="cannot pickle this"):
        save(big, url, client=client, part_size=PART)
    assert load(url, client=client)["v"].tolist() == [1.0, 1.0]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("s3://b/x", "must start with 'ais://'"),
        ("ais:///x", "no bucket"),
        ("ais://b", "no object name"),
    ],
)
def test_single_file_bad_url(client: Client, url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        save({}, url, client=client)
    with pytest.raises(ValueError, match=message):
        load(url, client=client)


def test_bad_arguments_before_any_request() -> None:
    with pytest.raises(ValueError, match="part_size must be a positive integer"):
        AISStorageWriter("ais://b/x", part_size=0)
    with pytest.raises(ValueError, match="num_threads must be a positive integer"):
        AISStorageReader("ais://b/x", num_threads=-1)
    with pytest.raises(TypeError, match="must be a string"):
        AISStorageReader(3)  # type: ignore[arg-type]
    assert AISStorageWriter.validate_checkpoint_id("ais://b/x")
    assert not AISStorageReader.validate_checkpoint_id("/tmp/x")
