"""A Client survives fork (a pool per process) and pickles into spawned workers.

The DataLoader pattern without torch: the parent uses its Client, then 2 forked and 2 spawned
worker processes read shares of a bucket through Client, Bucket and Object handles.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import random
from collections.abc import Callable
from typing import Any

import pytest

from aistore.sdk.client import Client
from tests.support import workers
from tests.support.sockets import _socket_inodes

pytestmark = pytest.mark.live

OBJECTS = 24


def _fill(client: Client, bucket: str) -> dict[str, str]:
    rng = random.Random(5)
    digests = {}
    for i in range(OBJECTS):
        data = rng.randbytes(rng.randrange(1, 200_000))
        client.bucket(bucket).object(f"o{i:03d}").put_content(data)
        digests[f"o{i:03d}"] = hashlib.sha256(data).hexdigest()
    return digests


def _pool_inodes(client: Client) -> set[str]:
    """Kernel inodes of the sockets idle in `client`'s pool."""
    pool = client.request_client.http._transport._inner.pool  # type: ignore[attr-defined]
    return {
        str(os.fstat(conn.sock.fileno()).st_ino)
        for conns in pool._idle.values()
        for conn, _ in conns
        if conn.sock is not None
    }


def _in_fork_child(
    client: Client, bucket: str, digests: dict[str, str], parent_inodes: set[str], out: Any
) -> None:
    result = workers.read_share([client] * len(digests), bucket, sorted(digests), digests)
    open_now = _socket_inodes(os.getpid())
    result["shared_with_parent"] = len(open_now & parent_inodes)
    result["own_pool"] = len(_pool_inodes(client) - parent_inodes)
    out.put(result)


def test_forked_child_never_uses_a_parent_connection(
    ais_endpoint: str, new_bucket_name: Callable[[], str]
) -> None:
    bucket = new_bucket_name()
    with Client(ais_endpoint) as client:
        digests = _fill(client, bucket)
        for name in sorted(digests)[:4]:
            client.bucket(bucket).object(name).get().read_all()
        parent_inodes = _pool_inodes(client)
        assert parent_inodes, "the parent should hold idle keep-alive connections"
        ctx = multiprocessing.get_context("fork")
        out = ctx.Queue()
        child = ctx.Process(
            target=_in_fork_child, args=(client, bucket, digests, parent_inodes, out)
        )
        child.start()
        result = out.get(timeout=120)
        child.join(timeout=60)
        assert child.exitcode == 0
        assert (result["failures"], result["wrong_bytes"]) == (0, 0), result["errors"]
        assert result["reads"] == OBJECTS
        assert result["shared_with_parent"] == 0  # the parent's sockets are closed in the child
        assert result["own_pool"] > 0  # and it made its own
        # the parent's pool is untouched: its connections are still there and still work
        assert _pool_inodes(client) == parent_inodes
        again = workers.read_share([client] * OBJECTS, bucket, sorted(digests), digests)
        assert (again["failures"], again["wrong_bytes"]) == (0, 0), again["errors"]


def test_client_bucket_and_object_pickle_into_spawned_interpreters(ais_endpoint: str) -> None:
    client = Client(ais_endpoint)
    handles = [client, client.bucket("b1"), client.bucket("b1").object("dir/x y")]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        described = pool.map(workers.roundtrip, [pickle.dumps(h) for h in handles])
    assert described == [repr(h) for h in handles]


def test_dataloader_style_two_fork_and_two_spawn_workers(
    ais_endpoint: str, new_bucket_name: Callable[[], str]
) -> None:
    bucket = new_bucket_name()
    with Client(ais_endpoint) as client:
        digests = _fill(client, bucket)
        client.cluster().get_info()  # the parent has used its pool before the workers start
        names = sorted(digests)
        shares = [names[i::4] for i in range(4)]
        bck = client.bucket(bucket)
        handle_sets: list[list[Any]] = [
            [client] * len(shares[0]),
            [bck] * len(shares[1]),
            [bck.object(n) for n in shares[2]],
            [client] * len(shares[3]),
        ]
        jobs = [(h, bucket, s, digests) for h, s in zip(handle_sets, shares, strict=True)]
        results = []
        for method, share in (("fork", jobs[:2]), ("spawn", jobs[2:])):
            with multiprocessing.get_context(method).Pool(2) as pool:
                results += pool.starmap(workers.read_share, share)
    assert sum(r["reads"] for r in results) == OBJECTS
    assert sum(r["failures"] for r in results) == 0, [r["errors"] for r in results]
    assert sum(r["wrong_bytes"] for r in results) == 0
    assert len({r["pid"] for r in results} | {os.getpid()}) >= 3
    assert {k for r in results for k in r["kinds"]} == {"Client", "Bucket", "Object"}
