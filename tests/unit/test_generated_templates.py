"""What codegen/templates adds to every generated endpoint module, proven over MockTransport.

Two sources:
- a small fixture spec (below), generated once per session into a temp package `tpl_raw`, so the
  template behaviour (streaming, binary bodies, typed headers, msgpack) is tested whatever
  spec/ais.yaml currently holds;
- the committed packages `aistore_raw.authn` and, when present, `aistore_raw.ais`.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.util
import inspect
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import msgspec
import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

TRICKY = "a/b c%d?e#f+g/ü"
TRICKY_ENCODED = "a%2Fb%20c%25d%3Fe%23f%2Bg%2F%C3%BC"

FIXTURE_SPEC = """
openapi: 3.1.0
info: {title: template fixture, version: '1'}
paths:
  /v1/buckets/{bucket}:
    parameters:
      - {name: bucket, in: path, required: true, schema: {type: string}}
    get:
      operationId: list_objects
      tags: [buckets]
      x-idempotent: true
      parameters:
        - {name: provider, in: query, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ActMsg'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/LsoRes'}
            application/msgpack:
              schema: {$ref: '#/components/schemas/LsoResMsgpack'}
    post:
      operationId: bucket_action
      tags: [buckets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ActMsg'}
      responses:
        '200': {description: ok}
  /v1/objects/{bucket}/{object}:
    parameters:
      - {name: bucket, in: path, required: true, schema: {type: string}}
      - {name: object, in: path, required: true, schema: {type: string}}
    get:
      operationId: get_object
      tags: [objects]
      x-idempotent: true
      x-redirected: true
      parameters:
        - {name: provider, in: query, schema: {type: string}}
        - {name: latest, in: query, schema: {type: boolean}}
        - {name: Range, in: header, schema: {type: string}}
      responses:
        '200':
          description: ok
          headers:
            ais-obj-size: {$ref: '#/components/headers/ObjSize'}
            ais-version: {schema: {type: string}}
            ais-present: {schema: {type: boolean}}
            ais-ratio: {schema: {type: number}}
          content:
            application/octet-stream:
              schema: {type: string, format: binary}
        2XX:
          description: partial
          headers:
            Content-Length: {schema: {type: [integer, 'null']}}
          content:
            application/octet-stream:
              schema: {type: string, format: binary}
    put:
      operationId: put_object
      tags: [objects]
      x-idempotent: true
      x-redirected: true
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '200': {description: ok}
components:
  headers:
    ObjSize:
      schema: {type: integer, format: int64}
  schemas:
    ActMsg:
      type: object
      required: [action]
      properties:
        action: {type: string}
        value: {}
    LsoEnt:
      type: object
      properties:
        name: {type: string}
        size: {type: integer}
    LsoRes:
      type: object
      properties:
        uuid: {type: string}
        entries: {type: [array, 'null'], items: {$ref: '#/components/schemas/LsoEnt'}}
    LsoEntMsgpack:
      type: object
      properties:
        n: {type: string}
        s: {type: integer}
    LsoResMsgpack:
      type: object
      properties:
        UUID: {type: string}
        Entries: {type: [array, 'null'], items: {$ref: '#/components/schemas/LsoEntMsgpack'}}
"""

ENDPOINT_NAMES = (
    "OPERATION_ID",
    "METHOD",
    "PATH_TEMPLATE",
    "IDEMPOTENT",
    "REDIRECTED",
    "REQUEST_CONTENT_TYPE",
    "RESPONSE_CONTENT_TYPES",
    "RESPONSE_HEADERS",
    "STREAMING",
    "ACCEPT_MSGPACK",
    "MSGPACK_TYPES",
    "EXTENSIONS",
    "request_kwargs",
    "parse_response",
    "parse_headers",
    "build_response",
    "sync_detailed",
    "sync_stream",
    "asyncio_detailed",
    "asyncio_stream",
)


@pytest.fixture(scope="session")
def tpl(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The fixture spec generated through codegen/generate.py as package `tpl_raw`."""
    work = tmp_path_factory.mktemp("codegen")
    spec = work / "fixture.yaml"
    spec.write_text(FIXTURE_SPEC, encoding="utf-8")
    out = work / "pkgs" / "tpl_raw"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "codegen" / "generate.py"),
            "--spec",
            f"ais={spec}",
            "--output",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    sys.path.insert(0, str(out.parent))
    try:
        return importlib.import_module("tpl_raw.ais")
    finally:
        sys.path.remove(str(out.parent))


def op(package: ModuleType, tag: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.api.{tag}.{name}")


def client_for(package: ModuleType, handler: Any) -> Any:
    client_mod = importlib.import_module(f"{package.__name__}.client")
    client = client_mod.Client(base_url="http://ais.test")
    client.set_httpx_client(
        httpx.Client(base_url="http://ais.test", transport=httpx.MockTransport(handler))
    )
    return client


def send(package: ModuleType, handler: Any, kwargs: dict[str, Any]) -> httpx.Response:
    with httpx.Client(base_url="http://ais.test", transport=httpx.MockTransport(handler)) as http:
        response = http.send(http.build_request(**kwargs))
        response.read()
        return response


# --- surface --------------------------------------------------------------------------------


def test_every_endpoint_module_has_the_layer_surface(tpl: ModuleType) -> None:
    for tag, name in [
        ("buckets", "list_objects"),
        ("buckets", "bucket_action"),
        ("objects", "get_object"),
        ("objects", "put_object"),
    ]:
        module = op(tpl, tag, name)
        missing = [n for n in ENDPOINT_NAMES if not hasattr(module, n)]
        assert not missing, f"{name}: {missing}"
        params = inspect.signature(module.request_kwargs).parameters
        detailed = inspect.signature(module.sync_detailed).parameters
        assert list(params) == [p for p in detailed if p != "client"]


def test_operation_metadata(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    assert get_object.OPERATION_ID == "get_object"
    assert get_object.METHOD == "GET"
    assert get_object.PATH_TEMPLATE == "/v1/objects/{bucket}/{object}"
    assert get_object.IDEMPOTENT is True
    assert get_object.REDIRECTED is True
    assert get_object.STREAMING is True
    assert get_object.ACCEPT_MSGPACK is False
    assert get_object.RESPONSE_HEADERS["200"] == {
        "ais-obj-size": "integer",
        "ais-version": "string",
        "ais-present": "boolean",
        "ais-ratio": "number",
    }
    assert get_object.RESPONSE_HEADERS["2XX"] == {"Content-Length": "integer"}
    assert get_object.EXTENSIONS == {"x-idempotent": True, "x-redirected": True}
    action = op(tpl, "buckets", "bucket_action")
    assert (action.METHOD, action.IDEMPOTENT, action.REDIRECTED) == ("POST", False, False)
    assert action.REQUEST_CONTENT_TYPE == "application/json"
    put_object = op(tpl, "objects", "put_object")
    assert put_object.REQUEST_CONTENT_TYPE == "application/octet-stream"
    assert put_object.STREAMING is True


# --- request building -----------------------------------------------------------------------


def test_request_kwargs_builds_method_url_query_body(tpl: ModuleType) -> None:
    list_objects = op(tpl, "buckets", "list_objects")
    act_msg = importlib.import_module(f"{tpl.__name__}.models.act_msg").ActMsg
    kwargs = list_objects.request_kwargs("bck", body=act_msg(action="list"), provider="ais")
    assert kwargs["method"] == "get"
    assert kwargs["url"] == "/v1/buckets/bck"
    assert kwargs["params"] == {"provider": "ais"}
    assert kwargs["json"] == {"action": "list"}

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"uuid": "u", "entries": None})

    response = send(tpl, handler, kwargs)
    request = seen[0]
    assert request.method == "GET"
    assert request.url.path == "/v1/buckets/bck"
    assert request.url.params["provider"] == "ais"
    assert request.read() == b'{"action":"list"}'
    assert list_objects.parse_response(response=response).uuid == "u"


def test_unset_and_none_query_params_are_omitted(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    kwargs = get_object.request_kwargs("b", "o")
    assert kwargs["params"] == {}
    assert get_object.request_kwargs("b", "o", latest=False)["params"] == {"latest": False}


@pytest.mark.parametrize(
    ("raw", "encoded"),
    [
        (TRICKY, TRICKY_ENCODED),
        ("dir/sub/file.txt", "dir%2Fsub%2Ffile.txt"),
        ("with space", "with%20space"),
        ("100%", "100%25"),
        ("q?x=1", "q%3Fx%3D1"),
        ("frag#1", "frag%231"),
        ("a+b", "a%2Bb"),
        ("ü", "%C3%BC"),
    ],
)
def test_path_params_are_percent_encoded(tpl: ModuleType, raw: str, encoded: str) -> None:
    get_object = op(tpl, "objects", "get_object")
    kwargs = get_object.request_kwargs("bck", raw)
    assert kwargs["url"] == f"/v1/objects/bck/{encoded}"
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"")

    send(tpl, handler, kwargs)
    assert seen[0].url.raw_path == f"/v1/objects/bck/{encoded}".encode()


def test_header_param_is_sent(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    kwargs = get_object.request_kwargs("b", "o", range_="bytes=0-3")
    assert kwargs["headers"]["Range"] == "bytes=0-3"


# --- binary bodies and streaming --------------------------------------------------------------


def test_streaming_binary_get_chunk_by_chunk(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    produced: list[int] = []

    def body() -> Iterator[bytes]:
        for i, chunk in enumerate([b"abcd", b"efgh", b"ij"]):
            produced.append(i)
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"ais-obj-size": "10"}, content=body())

    http = httpx.Client(base_url="http://ais.test", transport=httpx.MockTransport(handler))
    kwargs = get_object.request_kwargs("b", "o")
    with http.stream(**kwargs) as response:
        assert produced == []  # nothing read yet
        assert get_object.parse_headers(response) == {"ais_obj_size": 10}
        chunks = []
        for chunk in response.iter_raw():
            chunks.append(chunk)
            assert len(produced) == len(chunks)  # one chunk produced per chunk consumed
    assert chunks == [b"abcd", b"efgh", b"ij"]

    # build_request + send(stream=True), as the hand-written layer does
    produced.clear()
    response = http.send(http.build_request(**kwargs), stream=True)
    try:
        assert next(response.iter_raw()) == b"abcd"
        assert produced == [0]
    finally:
        response.close()


def test_sync_stream_returns_open_response(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    client = client_for(tpl, lambda request: httpx.Response(200, content=iter([b"xy", b"z"])))
    response = get_object.sync_stream("b", "o", client=client)
    try:
        assert not response.is_closed
        assert list(response.iter_raw()) == [b"xy", b"z"]
    finally:
        response.close()
    assert response.is_closed


def test_parse_response_after_streamed_read(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    client = client_for(tpl, lambda request: httpx.Response(200, content=b"payload"))
    with contextlib.closing(get_object.sync_stream("b", "o", client=client)) as response:
        response.read()
        parsed = get_object.parse_response(response=response)
    assert parsed.payload.read() == b"payload"


@pytest.mark.parametrize("kind", ["bytes", "file", "iterator", "File"])
def test_binary_put_accepts_bytes_file_or_iterator(tpl: ModuleType, kind: str) -> None:
    put_object = op(tpl, "objects", "put_object")
    file_cls = importlib.import_module(f"{tpl.__name__}.types").File
    data = b"0123456789" * 10_000
    body: Any = {
        "bytes": data,
        "file": io.BytesIO(data),
        "iterator": iter([data[:50_000], data[50_000:]]),
        "File": file_cls(payload=io.BytesIO(data)),
    }[kind]
    received: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        received.append(request)
        return httpx.Response(200)

    kwargs = put_object.request_kwargs("b", TRICKY, body=body)
    response = send(tpl, handler, kwargs)
    assert response.status_code == 200
    request = received[0]
    assert request.method == "PUT"
    assert request.content == data
    assert request.headers["content-type"] == "application/octet-stream"
    if kind == "iterator":
        assert request.headers["transfer-encoding"] == "chunked"


# --- headers ---------------------------------------------------------------------------------


def test_parse_headers_types_declared_headers(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    response = httpx.Response(
        200,
        headers={
            "AIS-Obj-Size": "42",
            "ais-version": "3",
            "ais-present": "True",
            "ais-ratio": "0.5",
            "ais-undeclared": "x",
        },
    )
    assert get_object.parse_headers(response) == {
        "ais_obj_size": 42,
        "ais_version": "3",
        "ais_present": True,
        "ais_ratio": 0.5,
    }
    # absent -> not in the dict; status ranges ("2XX") apply to other 2xx codes
    assert get_object.parse_headers(httpx.Response(206, headers={"content-length": "7"})) == {
        "content_length": 7
    }
    assert get_object.parse_headers(httpx.Response(200)) == {}
    assert get_object.parse_headers(httpx.Response(404, headers={"ais-obj-size": "1"})) == {}
    # a malformed value stays a string instead of failing the response
    assert get_object.parse_headers(httpx.Response(200, headers={"ais-obj-size": "n/a"})) == {
        "ais_obj_size": "n/a"
    }
    # any mapping of headers (a plain dict, requests' CaseInsensitiveDict), status 200 unless given
    assert get_object.parse_header_map({"Ais-Version": "4", "Content-Length": "9"}) == {
        "ais_version": "4"
    }
    assert get_object.parse_header_map({"Content-Length": "9"}, 204) == {"content_length": 9}
    # repeated headers: httpx joins them with ", "
    repeated = httpx.Response(200, headers=[("ais-version", "1"), ("ais-version", "2")])
    assert get_object.parse_headers(repeated) == {"ais_version": "1, 2"}
    # the typed dict names every declared header (any status) by its Python field
    assert set(get_object.ResponseHeaders.__annotations__) == {
        "ais_obj_size",
        "ais_version",
        "ais_present",
        "ais_ratio",
        "content_length",
    }
    assert get_object.RESPONSE_HEADER_FIELDS["2XX"] == {
        "content-length": ("content_length", "integer")
    }


def test_build_response_tolerates_nonstandard_status(tpl: ModuleType) -> None:
    put_object = op(tpl, "objects", "put_object")
    result = put_object.build_response(response=httpx.Response(599, content=b"boom"))
    assert result.status_code == 599
    assert result.content == b"boom"


# --- msgpack ---------------------------------------------------------------------------------


def _lso_msgpack() -> bytes:
    return msgspec.msgpack.encode(
        {"UUID": "u1", "Entries": [{"n": "obj1", "s": 3}, {"n": "obj2", "s": 5}]}
    )


def test_msgpack_list_objects(tpl: ModuleType) -> None:
    list_objects = op(tpl, "buckets", "list_objects")
    models = importlib.import_module(f"{tpl.__name__}.models")
    assert list_objects.ACCEPT_MSGPACK is True
    assert {"200": models.LsoResMsgpack} == list_objects.MSGPACK_TYPES
    # one model system: no msgspec Structs are generated beside the attrs models
    assert importlib.util.find_spec(f"{tpl.__name__}.fast_models") is None

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("accept") == "application/msgpack":
            return httpx.Response(
                200, headers={"content-type": "application/msgpack"}, content=_lso_msgpack()
            )
        return httpx.Response(200, json={"uuid": "u1", "entries": [{"name": "obj1", "size": 3}]})

    kwargs = list_objects.request_kwargs("bck")
    kwargs["headers"]["Accept"] = "application/msgpack"
    parsed = list_objects.parse_response(response=send(tpl, handler, kwargs))
    assert isinstance(parsed, models.LsoResMsgpack)
    assert parsed.uuid == "u1"
    assert [(e.n, e.s) for e in parsed.entries] == [("obj1", 3), ("obj2", 5)]

    parsed_json = list_objects.parse_response(
        response=send(tpl, handler, list_objects.request_kwargs("bck"))
    )
    assert parsed_json.uuid == "u1"
    assert parsed_json.entries[0].name == "obj1"


# --- the committed packages ------------------------------------------------------------------


def test_authn_login_request_and_parse() -> None:
    authn = importlib.import_module("aistore_raw.authn")
    login = op(authn, "users", "login")
    login_msg = importlib.import_module("aistore_raw.authn.models.login_msg").LoginMsg
    assert (login.OPERATION_ID, login.METHOD, login.PATH_TEMPLATE) == (
        "login",
        "POST",
        "/v1/users/{user_id}",
    )
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"token": "jwt"})

    kwargs = login.request_kwargs(TRICKY, body=login_msg(password="pw", expires_in=60_000_000_000))
    response = send(authn, handler, kwargs)
    assert seen[0].method == "POST"
    assert seen[0].url.raw_path == f"/v1/users/{TRICKY_ENCODED}".encode()
    assert seen[0].read() == b'{"password":"pw","expires_in":60000000000}'
    assert login.parse_response(response=response).token == "jwt"


def test_authn_metadata_and_wire_shapes() -> None:
    authn = importlib.import_module("aistore_raw.authn")
    assert op(authn, "users", "list_users").IDEMPOTENT is True
    assert op(authn, "users", "add_user").IDEMPOTENT is False
    revoke = op(authn, "tokens", "revoke_token")
    assert (revoke.METHOD, revoke.PATH_TEMPLATE, revoke.IDEMPOTENT) == (
        "DELETE",
        "/v1/tokens",
        True,
    )
    list_clusters = op(authn, "clusters", "list_clusters")
    body = {"clusters": {"U1": {"id": "U1", "alias": "local", "urls": ["http://h:8080"]}}}
    parsed = list_clusters.parse_response(response=httpx.Response(200, json=body))
    assert parsed.clusters["U1"].alias == "local"
    role = importlib.import_module("aistore_raw.authn.models.role").Role
    wire = {
        "name": "ro",
        "desc": "",
        "clusters": None,
        "buckets": [{"bck": {"name": "b1", "provider": "ais"}, "perm": "771"}],
        "admin": False,
    }
    parsed_role = role.from_dict(wire)
    assert parsed_role.buckets[0].perm == "771"
    assert parsed_role.to_dict()["buckets"][0]["perm"] == "771"


def _ais_list_objects() -> ModuleType | None:
    if not (GENERATED / "aistore_raw" / "ais" / "__init__.py").is_file():
        return None
    ais = importlib.import_module("aistore_raw.ais")
    for module_info in _walk_endpoints(ais):
        module = importlib.import_module(module_info)
        if getattr(module, "OPERATION_ID", None) == "list_objects":
            return module
    return None


def _walk_endpoints(package: ModuleType) -> list[str]:
    api_dir = Path(package.__file__).parent / "api"
    return sorted(
        f"{package.__name__}.api.{p.parent.name}.{p.stem}"
        for p in api_dir.glob("*/*.py")
        if p.stem != "__init__"
    )


def test_committed_endpoint_modules_have_the_surface() -> None:
    for package_name in ("aistore_raw.authn", "aistore_raw.ais"):
        if not (GENERATED / Path(*package_name.split(".")) / "__init__.py").is_file():
            continue
        package = importlib.import_module(package_name)
        for name in _walk_endpoints(package):
            module = importlib.import_module(name)
            missing = [n for n in ENDPOINT_NAMES if not hasattr(module, n)]
            assert not missing, f"{name}: {missing}"


def test_ais_list_objects_decodes_msgpack() -> None:
    list_objects = _ais_list_objects()
    if list_objects is None:
        pytest.skip("spec/ais.yaml has no list_objects operation (yet)")
    assert list_objects.ACCEPT_MSGPACK is True
    assert list_objects.MSGPACK_TYPES, "list_objects declares no application/msgpack response"
    pattern, model = next(iter(list_objects.MSGPACK_TYPES.items()))
    status = 200 if pattern in ("200", "2XX", "default") else int(pattern)
    # the wire shape of cmn.LsoRes in msgpack (msgp): capitalized keys, short entry keys
    wire: dict[str, Any] = {
        "UUID": "u1",
        "ContinuationToken": "",
        "Flags": 0,
        "Entries": [{"n": "obj1", "s": 3}, {"n": "obj2", "s": 5}],
    }
    raw = msgspec.msgpack.encode(wire)
    response = httpx.Response(status, headers={"content-type": "application/msgpack"}, content=raw)
    parsed = list_objects.parse_response(response=response)
    assert isinstance(parsed, model)  # the attrs model of the spec's msgpack schema
    assert parsed.uuid == "u1"
    assert [(entry.n, entry.s) for entry in parsed.entries] == [("obj1", 3), ("obj2", 5)]
    kwargs = list_objects.request_kwargs("bck", **_required_body(list_objects))
    assert kwargs["url"] == "/v1/buckets/bck"


def _required_body(module: ModuleType) -> dict[str, Any]:
    """A minimal `body=` for operations whose body is required (first member of a union)."""
    parameter = inspect.signature(module.request_kwargs).parameters.get("body")
    if parameter is None or parameter.default is not inspect.Parameter.empty:
        return {}
    models = importlib.import_module(module.__name__.rsplit(".api.", 1)[0] + ".models")
    for name in str(parameter.annotation).replace(" ", "").split("|"):
        cls = getattr(models, name.rsplit(".", 1)[-1], None)
        if cls is None:
            continue
        try:
            return {"body": cls.from_dict({"action": "list", "value": {}})}
        except (TypeError, ValueError, KeyError):
            continue
    pytest.skip(f"no simple body for {module.__name__}")


def test_asyncio_stream_returns_open_response(tpl: ModuleType) -> None:
    get_object = op(tpl, "objects", "get_object")
    client_mod = importlib.import_module(f"{tpl.__name__}.client")

    async def chunks() -> Any:
        for chunk in (b"ab", b"cd"):
            yield chunk

    async def main() -> list[bytes]:
        client = client_mod.Client(base_url="http://ais.test")
        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url="http://ais.test",
                transport=httpx.MockTransport(lambda _: httpx.Response(200, content=chunks())),
            )
        )
        response = await get_object.asyncio_stream("b", TRICKY, client=client)
        try:
            assert response.request.url.raw_path == f"/v1/objects/b/{TRICKY_ENCODED}".encode()
            return [chunk async for chunk in response.aiter_raw()]
        finally:
            await response.aclose()

    assert asyncio.run(main()) == [b"ab", b"cd"]
