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
from aistore.sdk.errors import AISError, ErrETLAlreadyExists, ErrETLNotFound
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


class K8sCluster:
    """A fake Kubernetes-deployed cluster for the ETL calls the live suite can only see refused:
    `PUT /v1/etl` registers an ETL from its init message, start/stop move its stage, DELETE
    forgets it, and a GET through it (`?etl_name=`) answers the object upper-cased."""

    OBJECTS = {"src/a.txt": b"hello"}

    def __init__(self) -> None:
        self.etls: dict[str, dict[str, Any]] = {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        method, path = request.method, request.url.path
        parts = path.strip("/").split("/")
        if (method, path) == ("PUT", "/v1/etl"):
            msg = json.loads(request.content)
            if msg["name"] in self.etls:
                return _error(409, f"ETL {msg['name']!r} already exists")
            self.etls[msg["name"]] = {"msg": msg, "stage": "Running"}
            return httpx.Response(200, text=f"job-{msg['name']}")
        if parts[:2] == ["v1", "etl"] and len(parts) >= 3:
            etl = self.etls.get(parts[2])
            if etl is None:
                return _error(404, f"ETL {parts[2]!r} does not exist")
            if method == "POST" and parts[3:] == ["start"]:
                etl["stage"] = "Running"
            elif method == "POST" and parts[3:] == ["stop"]:
                etl["stage"] = "Aborted"
            elif method == "DELETE" and len(parts) == 3:
                del self.etls[parts[2]]
            elif method == "GET" and len(parts) == 3:
                return httpx.Response(200, json={"init_msg": etl["msg"], "obj_errors": []})
            else:
                return _error(405, f"{method} {path}")
            return httpx.Response(200)
        if (method, path) == ("GET", "/v1/etl"):
            infos = [
                {"id": n, "stage": e["stage"], "xaction_id": "x"} for n, e in self.etls.items()
            ]
            return httpx.Response(200, json=infos)
        if method == "GET" and parts[:2] == ["v1", "objects"]:
            data = self.OBJECTS["/".join(parts[2:])]
            etl_name = request.url.params.get("etl_name")
            if etl_name is not None:
                if self.etls.get(etl_name, {}).get("stage") != "Running":
                    return _error(404, f"ETL {etl_name!r} is not running")
                data = data.upper()
            return httpx.Response(200, content=data)
        if method == "POST" and parts[:2] == ["v1", "buckets"]:
            return httpx.Response(200, text="job-transform")
        return _error(404, f"no route {method} {path}")


def _error(status: int, message: str) -> httpx.Response:
    return httpx.Response(status, json={"message": message, "status": status})


@pytest.fixture
def k8s() -> K8sCluster:
    return K8sCluster()


def _k8s_client(k8s: K8sCluster) -> Client:
    settings = ClientSettings.create("http://ais:8080", transport=httpx.MockTransport(k8s), env={})
    return Client.from_settings(settings)


def test_init_spec_sends_the_pod_spec_base64_with_the_communication(k8s: K8sCluster) -> None:
    etl = _k8s_client(k8s).etl("etl-spec")
    assert etl.init_spec("kind: Pod\n", communication_type="hpull", timeout="2m") == "job-etl-spec"
    request = k8s.requests[-1]
    assert (request.method, request.url.path) == ("PUT", "/v1/etl")
    msg = json.loads(request.content)
    assert base64.b64decode(msg["spec"]) == b"kind: Pod\n"
    assert (msg["name"], msg["communication"], msg["init_timeout"]) == (
        "etl-spec",
        "hpull://",
        "2m",
    )
    assert "argument" not in msg
    _k8s_client(k8s).etl("etl-spec2").init_spec("kind: Pod\n", arg_type="url")
    assert json.loads(k8s.requests[-1].content)["argument"] == "url"


def test_init_image_sends_runtime_env_and_direct_put(k8s: K8sCluster) -> None:
    etl = _k8s_client(k8s).etl("etl-image")
    job = etl.init(
        "aistorage/md5:1",
        command=["python", "serve.py"],
        comm_type="ws",
        init_timeout="3m",
        obj_timeout="30s",
        env={"MODE": "fast", "N": 3},  # type: ignore[dict-item]
        support_direct_put=True,
    )
    assert job == "job-etl-image"
    msg = json.loads(k8s.requests[-1].content)
    assert msg["runtime"] == {"image": "aistorage/md5:1", "command": ["python", "serve.py"]}
    assert msg["env"] == [{"name": "MODE", "value": "fast"}, {"name": "N", "value": "3"}]
    assert (msg["communication"], msg["init_timeout"], msg["obj_timeout"]) == ("ws://", "3m", "30s")
    assert msg["support_direct_put"] is True
    assert etl.view().runtime == "aistorage/md5:1"


def test_init_twice_keeps_the_servers_conflict(k8s: K8sCluster) -> None:
    etl = _k8s_client(k8s).etl("etl-twice")
    etl.init("img:1")
    with pytest.raises(ErrETLAlreadyExists, match="already exists") as info:
        etl.init("img:1")
    assert info.value.status_code == 409


def test_transform_by_get_start_stop_and_delete(k8s: K8sCluster) -> None:
    client = _k8s_client(k8s)
    etl = client.etl("etl-upper")
    etl.init("img:upper")
    obj = client.bucket("src").object("a.txt")
    assert obj.get_reader(etl="etl-upper").read_all() == b"HELLO"
    assert k8s.requests[-1].url.params["etl_name"] == "etl-upper"
    assert obj.get_reader().read_all() == b"hello"

    etl.stop()
    assert [(r.method, r.url.path) for r in k8s.requests[-1:]] == [
        ("POST", "/v1/etl/etl-upper/stop")
    ]
    assert [(i.id, i.stage) for i in client.cluster().list_etls(["Aborted"])] == [
        ("etl-upper", "Aborted")
    ]
    with pytest.raises(AISError, match="is not running") as info:
        obj.get_reader(etl="etl-upper").read_all()
    assert info.value.status_code == 404

    etl.start()
    assert (k8s.requests[-1].method, k8s.requests[-1].url.path) == (
        "POST",
        "/v1/etl/etl-upper/start",
    )
    assert obj.get_reader(etl="etl-upper").read_all() == b"HELLO"

    etl.delete()
    assert (k8s.requests[-1].method, k8s.requests[-1].url.path) == ("DELETE", "/v1/etl/etl-upper")
    assert client.cluster().list_etls([]) == []
    with pytest.raises(ErrETLNotFound, match="does not exist") as gone:
        etl.view()
    assert gone.value.status_code == 404


def test_bucket_transform_sends_the_etl_and_destination(k8s: K8sCluster) -> None:
    client = _k8s_client(k8s)
    job = client.bucket("src").transform(
        "etl-upper", client.bucket("dst"), timeout="90s", prefix_filter="a", ext={"txt": "TXT"}
    )
    assert job == "job-transform"
    request = k8s.requests[-1]
    body = json.loads(request.content)
    assert body["action"] == "etl-bck"
    assert body["value"]["id"] == "etl-upper" and body["value"]["request_timeout"] == "90s"
    assert body["value"]["prefix"] == "a" and body["value"]["ext"] == {"txt": "TXT"}
    assert request.url.params["bck_to"] == "ais/@#/dst/"
