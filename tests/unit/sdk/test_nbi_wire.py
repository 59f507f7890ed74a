"""Native bucket inventory (NBI) calls at the wire, for a remote bucket.

The local test cluster has no remote backend, and v1.5.0 defines inventories for remote buckets
only (api/apc/nbi.go), so the create/list-from-inventory exchange for an s3:// bucket is played
by a MockTransport answering with the shapes of v1.5.0's `apc.NBIInfoMap` (ais/nbi.go).
"""

from __future__ import annotations

import json

import httpx
import msgspec
import pytest

from aistore._core.settings import ClientSettings
from aistore.sdk.client import Client
from aistore.sdk.errors import InvalidBckProvider
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.types import CreateNBIMsg, NBIInfo

INFO = {
    "inv-obj": {
        "bucket": "s3://b",
        "name": "inv1",
        "obj_name": "inv-obj",
        "size": 123,
        "started": 5,
        "finished": 9,
        "ntotal": 3,
        "chunks": 1,
        "nat": 1,
    }
}
PAGE = {"UUID": "", "ContinuationToken": "", "Entries": [{"n": "a", "s": 1}], "Flags": 0}


def _client(seen: list[httpx.Request]) -> Client:
    def serve(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        action = json.loads(request.content)["action"]
        if action == "create-inventory":
            return httpx.Response(200, text="inv-job1")
        if action == "show-inventory":
            return httpx.Response(200, json=INFO)
        if action == "list":
            return httpx.Response(
                200,
                content=msgspec.msgpack.encode(PAGE),
                headers={"Content-Type": "application/msgpack"},
            )
        return httpx.Response(200)

    settings = ClientSettings.create(
        "http://ais:8080", transport=httpx.MockTransport(serve), env={}
    )
    return Client.from_settings(settings)


def test_create_show_list_destroy_on_the_wire() -> None:
    seen: list[httpx.Request] = []
    bucket = _client(seen).bucket("b", provider="s3")

    assert bucket.create_inventory("inv1", prefix="p/", names_per_chunk=100, force=True) == (
        "inv-job1"
    )
    req = seen[-1]
    assert (req.method, req.url.path, req.url.params["provider"]) == (
        "POST",
        "/v1/buckets/b",
        "aws",
    )
    assert json.loads(req.content) == {
        "action": "create-inventory",
        "value": {"name": "inv1", "prefix": "p/", "names_per_chunk": 100, "force": True},
    }

    shown = bucket.show_inventory("inv1")
    assert shown == {"inv-obj": NBIInfo(**INFO["inv-obj"])}  # type: ignore[arg-type]
    assert shown["inv-obj"].ntotal == 3
    req = seen[-1]
    assert req.method == "GET"
    assert json.loads(req.content) == {"action": "show-inventory", "name": "inv1"}

    assert [e.name for e in bucket.list_objects(inventory_name="inv1").entries] == ["a"]
    req = seen[-1]
    assert req.headers["ais-Inv-Name"] == "inv1"
    value = json.loads(req.content)["value"]
    assert int(value["flags"]) == 1 << 15
    # given with other flags (and NBI itself): the bit is set once, the others kept
    bucket.list_all_objects(flags=[ListObjectFlag.NAME_ONLY], inventory_name="inv1")
    assert int(json.loads(seen[-1].content)["value"]["flags"]) == (1 << 15) | (1 << 4)
    bucket.list_objects(flags=[ListObjectFlag.NBI], inventory_name="inv1")
    assert int(json.loads(seen[-1].content)["value"]["flags"]) == 1 << 15
    assert [e.name for e in bucket.list_objects_iter(inventory_name="inv1")] == ["a"]
    assert seen[-1].headers["ais-Inv-Name"] == "inv1"
    # without a name: the flag alone, no header
    bucket.list_objects(flags=[ListObjectFlag.NBI])
    assert "ais-Inv-Name" not in seen[-1].headers

    bucket.destroy_inventory("inv1")
    req = seen[-1]
    assert req.method == "DELETE"
    assert json.loads(req.content) == {"action": "destroy-inventory", "name": "inv1"}


def test_create_refused_for_ais_buckets_before_sending() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    with pytest.raises(InvalidBckProvider):
        client.bucket("b").create_inventory("inv1")
    assert seen == []
    # a remote AIS cluster's bucket (namespace with a cluster UUID) is a remote bucket
    remote = client.bucket("b", namespace=Namespace(uuid="Rcl1", name=""))
    assert remote.create_inventory() == "inv-job1"
    assert json.loads(seen[-1].content) == {"action": "create-inventory", "value": {}}


def test_messages() -> None:
    assert ListObjectFlag.NBI.value == 15
    assert CreateNBIMsg().as_dict() == {}
    assert CreateNBIMsg(name="x", props="name").as_dict() == {"name": "x", "props": "name"}
    assert NBIInfo.parse_obj({"name": "x", "size": "7"}).size == 7
