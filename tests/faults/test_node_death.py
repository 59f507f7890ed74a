"""A target killed (SIGKILL) in the middle of a PUT and started again.

* A PUT of a file: the retry sends the body again from the file; the object is correct.
* A PUT from a one-shot stream: it cannot be sent again, so it fails with a clear error, and no
  object (partial or otherwise) is left behind.

The kill happens while the target is receiving the body: a watcher reads the target's own
receive counter (`/proc/<pid>/io` rchar) and kills it after `KILL_AFTER` bytes arrived.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aistore_raw.ais.api.objects import put_object

from aistore.devcluster.launcher import LocalCluster, Node
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, AISRequestError, ErrObjNotFound
from tests.faults.load import report

pytestmark = [pytest.mark.live, pytest.mark.timeout(900)]

SIZE = 384 << 20
KILL_AFTER = 48 << 20
BLOCK = 1 << 20


@pytest.fixture
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(targets=1) as c:
        yield c


def _blocks() -> Iterator[bytes]:
    """SIZE bytes, every 1 MiB block different (a resend from the wrong offset shows)."""
    seed = os.urandom(BLOCK)
    for i in range(SIZE // BLOCK):
        yield i.to_bytes(8, "big") + seed[8:]


def _received(pid: int) -> int:
    for line in Path(f"/proc/{pid}/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError(f"no rchar in /proc/{pid}/io")


def kill_mid_transfer(cluster: LocalCluster, node: Node, busy: threading.Thread) -> bool:
    """Kill `node` once it has read KILL_AFTER more bytes, then start it again; whether `busy`
    was still running at the kill. Runs in the thread that started the cluster: a node dies
    with the thread that spawned it (PR_SET_PDEATHSIG)."""
    assert node.record is not None
    pid = node.record.pid
    start = _received(pid)
    deadline = time.monotonic() + 120
    while _received(pid) - start < KILL_AFTER:
        assert time.monotonic() < deadline, "the PUT never got going"
        time.sleep(0.005)
    mid_transfer = busy.is_alive()
    cluster.stop_node(node, kill=True)
    cluster.start_node(node)
    return mid_transfer


def _run_put(target: Any) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def put() -> None:
        try:
            outcome["response"] = target()
        except BaseException as exc:
            outcome["error"] = exc

    return threading.Thread(target=put, daemon=True), outcome


def _target(cluster: LocalCluster) -> Node:
    return next(n for n in cluster.nodes if n.role == "target")


def test_put_file_is_resent_from_the_file_after_the_target_dies(
    cluster: LocalCluster, tmp_path: Path
) -> None:
    path = tmp_path / "big.bin"
    digest = hashlib.sha256()
    with path.open("wb") as f:
        for block in _blocks():
            f.write(block)
            digest.update(block)
    with Client(cluster.endpoint) as client:
        obj = client.bucket("killed").create().object("big.bin")
        started = time.monotonic()
        putter, outcome = _run_put(lambda: obj.put_file(path))
        putter.start()
        killed_mid_transfer = kill_mid_transfer(cluster, _target(cluster), putter)
        putter.join(timeout=600)
        took = time.monotonic() - started
        assert killed_mid_transfer, "the PUT ended before the target was killed"
        assert "error" not in outcome, outcome.get("error")
        got = hashlib.sha256()
        size = 0
        for chunk in obj.get():
            got.update(chunk)
            size += len(chunk)
        wrong = int(got.hexdigest() != digest.hexdigest() or size != SIZE)
        report(
            f"PUT of a {SIZE >> 20} MiB file, target SIGKILLed after {KILL_AFTER >> 20} MiB and "
            f"restarted: operations=1 failures=0 wrong_bytes={wrong} took={took:.1f}s"
        )
        assert size == SIZE
        assert got.hexdigest() == digest.hexdigest()


def test_put_from_a_one_shot_stream_fails_clearly_and_leaves_nothing(
    cluster: LocalCluster,
) -> None:
    with Client(cluster.endpoint) as client:
        bucket = client.bucket("killed-stream").create()
        call = put_object.op(bucket.name, "streamed.bin", body=_blocks(), provider="ais")
        putter, outcome = _run_put(lambda: client.request_client.send(call))
        putter.start()
        killed_mid_transfer = kill_mid_transfer(cluster, _target(cluster), putter)
        putter.join(timeout=600)
        assert killed_mid_transfer, "the PUT ended before the target was killed"
        error = outcome.get("error")
        assert isinstance(error, AISRequestError | AISError), outcome
        message = str(error)
        report(f"one-shot stream PUT, target SIGKILLed mid-body: failed with: {message[:300]}")
        assert "PUT" in message and "streamed.bin" in message, message
        with pytest.raises(ErrObjNotFound):
            bucket.object("streamed.bin").head()
        assert [e.name for e in bucket.list_all_objects()] == []
