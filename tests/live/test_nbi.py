"""Live tests of native bucket inventories (NBI, 2.x names) against the v1.5.0 cluster.

v1.5.0 has NBI (`create-inventory` / `show-inventory` / `destroy-inventory`, the `LsNBI` list
flag and the `ais-Inv-Name` header), defined for remote buckets only (api/apc/nbi.go). The
local cluster has no remote backend, so these tests check what it answers for ais:// buckets;
the remote-bucket exchange is checked at the wire in tests/unit/sdk/test_nbi_wire.py.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from aistore.aio import AsyncClient
from aistore.devcluster.launcher import LocalCluster
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrBckNotFound, InvalidBckProvider
from aistore.sdk.list_object_flag import ListObjectFlag

pytestmark = pytest.mark.live


def test_inventories_of_an_ais_bucket(client: Client, bucket_name: str) -> None:
    bucket = client.bucket(bucket_name)
    for name in ("a", "b", "c"):
        bucket.object(name).put_content(b"x")

    # none yet: an empty map, for all and for one name
    assert bucket.show_inventory() == {}
    assert bucket.show_inventory("inv1") == {}
    # destroying what is not there succeeds
    bucket.destroy_inventory()
    bucket.destroy_inventory("inv1")

    # create: refused by the client (v1.5.0 targets crash on it, see the test below)
    with pytest.raises(InvalidBckProvider):
        bucket.create_inventory("inv1")
    assert bucket.show_inventory() == {}

    # listing through an inventory: the server's refusal, whichever way it is asked
    with pytest.raises(AISError, match="has no inventories"):
        bucket.list_objects(flags=[ListObjectFlag.NBI])
    # by name: the inventories' system bucket is made by the first create, so: not found
    with pytest.raises(ErrBckNotFound, match=r"\.sys-inventory"):
        bucket.list_objects(inventory_name="inv1")
    with pytest.raises(ErrBckNotFound, match=r"\.sys-inventory"):
        bucket.list_all_objects(inventory_name="inv1")
    with pytest.raises(ErrBckNotFound, match=r"\.sys-inventory"):
        list(bucket.list_objects_iter(inventory_name="inv1"))
    # the bucket itself still lists
    assert [e.name for e in bucket.list_all_objects()] == ["a", "b", "c"]


def test_inventories_async(ais_endpoint: str, bucket_name: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = client.bucket(bucket_name)
            await bucket.object("a").put_content(b"x")
            assert await bucket.show_inventory() == {}
            await bucket.destroy_inventory()
            with pytest.raises(InvalidBckProvider):
                await bucket.create_inventory("inv1")
            with pytest.raises(ErrBckNotFound, match=r"\.sys-inventory"):
                await bucket.list_objects(inventory_name="inv1")

    asyncio.run(main())


def test_v150_target_crashes_on_an_ais_bucket_inventory() -> None:
    """Why `create_inventory` refuses ais:// buckets: v1.5.0 answers 200 with a job ID, then the
    job dereferences the bucket's (absent) backend and the target dies (xact/xs/create_nbi.go).
    On a cluster of its own: the shared one must survive."""
    with LocalCluster(targets=1) as cluster:
        client = Client(cluster.endpoint)
        bucket = client.bucket("nbi-crash").create()
        bucket.object("a").put_content(b"x")
        with httpx.Client(base_url=cluster.endpoint) as http:
            answer = http.post(
                "/v1/buckets/nbi-crash",
                params={"provider": "ais"},
                json={"action": "create-inventory", "value": {"name": "inv1"}},
            )
            # 200 and the job ID, or - when the target dies before the commit's answer - the
            # proxy's "failed to call t[...]" (seen both ways)
            if answer.status_code == 200:
                assert answer.text.startswith("inv-")
            else:
                assert answer.status_code == 400 and "failed to call t[" in answer.text
        deadline = time.monotonic() + 60
        while True:
            try:
                bucket.show_inventory()
            except AISError as err:
                assert "failed to call t[" in str(err) or "connection refused" in str(err)
                break
            assert time.monotonic() < deadline, "the target is still up"
            time.sleep(0.5)
