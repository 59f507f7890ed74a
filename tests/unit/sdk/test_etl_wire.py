"""2.x ETL calls at the wire (ETL needs Kubernetes; the live tests only see v1.5.0's refusal).

A MockTransport plays a Kubernetes-deployed v1.5.0 cluster, answering with the shapes of the
server's `etl.InfoList`, `etl.Details` and `etl.LogsByTarget` (ext/etl/api.go).
"""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from aistore_raw.ais.models import ETLInitMsg as WireETLInitMsg

from aistore._core.settings import ClientSettings
from aistore.sdk.client import Client
from aistore.sdk.types import (
    EnvVar,
    ETLDetails,
    ETLInitMsg,
    ETLNodeLogs,
    ETLObjError,
    ETLRuntimeSpec,
    ETLSpecMsg,
)

INFOS = [
    {"id": "etl-run", "stage": "Running", "xaction_id": "x1", "obj_count": 3},
    {"id": "etl-init", "stage": "Initializing", "xaction_id": "x2"},
    {"id": "etl-gone", "stage": "Aborted", "xaction_id": "x3"},
]
DETAILS = {
    "init_msg": {
        "name": "etl-run",
        "communication": "hpush://",
        "init_timeout": "45s",
        "obj_timeout": "10s",
        "support_direct_put": True,
        "runtime": {"image": "aistorage/md5:latest", "env": [{"name": "A", "value": "1"}]},
    },
    "obj_errors": [{"obj_name": "bad.jpg", "msg": "decode failed", "ecode": 500}],
}


def _client(seen: list[httpx.Request]) -> Client:
    def serve(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path == "/v1/etl":
            return httpx.Response(200, json=INFOS)
        if path == "/v1/etl/etl-run":
            return httpx.Response(200, json=DETAILS)
        if path.startswith("/v1/etl/etl-run/logs"):
            tids = [path.rsplit("/", 1)[1]] if path.endswith("/t2") else ["t1", "t2"]
            body = [
                {"target_id": t, "logs": base64.b64encode(f"log of {t}\n".encode()).decode()}
                for t in tids
            ]
            return httpx.Response(200, json=body)
        if path.startswith("/v1/buckets/"):
            return httpx.Response(200, text="job-7")
        return httpx.Response(404, json={"message": f"no route {path}", "status": 404})

    settings = ClientSettings.create(
        "http://ais:8080", transport=httpx.MockTransport(serve), env={}
    )
    return Client.from_settings(settings)


@pytest.fixture
def seen() -> list[httpx.Request]:
    return []


def test_list_etls_by_stage(seen: list[httpx.Request]) -> None:
    cluster = _client(seen).cluster()
    assert [i.id for i in cluster.list_etls()] == ["etl-run"]
    assert cluster.list_etls()[0].stage == "Running"
    assert [i.id for i in cluster.list_etls(["aborted", "Initializing"])] == [
        "etl-init",
        "etl-gone",
    ]
    assert cluster.list_etls([]) == []
    with pytest.raises(TypeError):
        cluster.list_etls("running")  # type: ignore[arg-type]
    assert all(r.method == "GET" and r.url.path == "/v1/etl" for r in seen)


def test_view_keeps_init_msg_and_object_errors(seen: list[httpx.Request]) -> None:
    etl = _client(seen).etl("etl-run")
    details = etl.view(job_id="job-7")
    assert isinstance(details, ETLDetails)
    assert seen[-1].url.params["uuid"] == "job-7"
    assert (details.id, details.communication, details.timeout) == ("etl-run", "hpush://", "45s")
    assert details.runtime == "aistorage/md5:latest"
    init = details.init_msg
    assert isinstance(init, ETLInitMsg)
    assert (init.name, init.init_timeout, init.obj_timeout) == ("etl-run", "45s", "10s")
    assert init.runtime == ETLRuntimeSpec(
        image="aistorage/md5:latest", env=[EnvVar(name="A", value="1")]
    )
    assert details.obj_errors == [ETLObjError(obj_name="bad.jpg", msg="decode failed", ecode=500)]
    etl.view()
    assert "uuid" not in seen[-1].url.params


def test_logs_are_decoded(seen: list[httpx.Request]) -> None:
    etl = _client(seen).etl("etl-run")
    assert etl.logs() == [
        ETLNodeLogs(target_id="t1", logs="log of t1\n"),
        ETLNodeLogs(target_id="t2", logs="log of t2\n"),
    ]
    assert seen[-1].url.path == "/v1/etl/etl-run/logs"
    assert etl.logs("t2") == [ETLNodeLogs(target_id="t2", logs="log of t2\n")]
    assert seen[-1].url.path == "/v1/etl/etl-run/logs/t2"


def test_inspect_is_a_dry_run_that_continues_on_errors(seen: list[httpx.Request]) -> None:
    bucket = _client(seen).bucket("src")
    assert bucket.inspect("etl-run", timeout="1m", prefix_filter="img/", num_workers=3) == "job-7"
    (request,) = [r for r in seen if r.method == "POST"]
    body: dict[str, Any] = json.loads(request.content)
    assert body["action"] == "etl-bck"
    value = body["value"]
    assert value["id"] == "etl-run" and value["request_timeout"] == "1m"
    assert value["dry_run"] is True and value["coer"] is True and value["num-workers"] == 3
    assert value["prefix"] == "img/"
    assert request.url.params["bck_to"] == "ais/@#/src/"  # into itself: nothing is written
    with pytest.raises(ValueError):
        bucket.inspect("etl-run", num_workers=-1)

    seen.clear()
    assert bucket.objects(obj_names=["a", "b"]).inspect("etl-run", num_workers=2) == "job-7"
    body = json.loads(seen[-1].content)
    assert body["action"] == "etl-listrange"
    assert body["value"]["dry_run"] is True and body["value"]["coer"] is True
    assert body["value"]["objnames"] == ["a", "b"]


def test_spec_msg_is_what_the_server_takes() -> None:
    msg = ETLSpecMsg(
        name="etl-new",
        comm_type="hpull",
        init_timeout="1m",
        obj_timeout="20s",
        direct_put=True,
        runtime=ETLRuntimeSpec(image="img:1", command=["run"], env=[EnvVar(name="N", value=7)]),
    )
    wire = msg.as_dict()
    assert wire == {
        "name": "etl-new",
        "communication": "hpull://",
        "init_timeout": "1m",
        "obj_timeout": "20s",
        "support_direct_put": True,
        "runtime": {"image": "img:1", "command": ["run"], "env": [{"name": "N", "value": "7"}]},
    }
    # the spec's init message (what `PUT /v1/etl` takes) reads every field back
    assert WireETLInitMsg.from_dict(wire).to_dict() == wire
    assert ETLInitMsg.set_code(base64.b64encode(b"code").decode()) == b"code"
    assert EnvVar.convert_to_str(3) == "3"
