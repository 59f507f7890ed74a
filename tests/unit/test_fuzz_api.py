"""Every public method of the client's classes, called with generated odd arguments.

Classes: Client, Bucket, Object, ObjectGroup, Job, Cluster, Batch, the AuthN client and its
managers, and their `aistore.aio` twins. Hypothesis draws a method, one of its parameters and an
odd value for it (wrong types, empty / huge / control-character / unicode strings, negative and
huge numbers, None, NaN, bytes, containers); the other parameters keep their defaults or a
plain valid value. A counting HTTP listener stands in for the cluster and AuthN: it records
each request and answers 400 with an AIS error body (so a call that goes out ends at once).

Each call ends one of these ways:

* it returns, or raises a `ServiceError` (the listener's 400): every request it sent must be
  what the spec declares (`aistore.contract` checker: path, query, headers, body schema);
* it raises a documented input error (`ValueError`, `TypeError` or one of the SDK's input
  errors) naming the parameter, before any request;
* anything else is a defect: another exception escaping (an AttributeError from inside), an
  input error after a request went out, an input error that does not name the parameter, or
  a request the spec does not declare.

`KNOWN` lists the defects found and left (with why); a defect not listed fails, and so does a
listed one that no longer shows. The counts per class go to the terminal summary.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import math
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from urllib3.util import Retry

from aistore.aio import AsyncClient
from aistore.contract.validate import Checker
from aistore.sdk.authn import AuthNClient
from aistore.sdk.client import Client
from aistore.sdk.errors import (
    InvalidBckProvider,
    InvalidObjectRangeIndex,
    InvalidURLException,
    ServiceError,
)

INPUT_ERRORS = (
    ValueError,
    TypeError,
    InvalidBckProvider,
    InvalidObjectRangeIndex,
    OSError,
    NotImplementedError,
)
"""What bad input may raise (README: bad input; `InvalidURLException` is a ValueError); a local
file path may raise the OS's own error, and a feature server v1.5.0 lacks NotImplementedError."""
assert issubclass(InvalidURLException, ValueError)

EXAMPLES = 120
"""Calls with hypothesis-generated values (beside the grid)."""

ODD: list[Any] = [
    None,
    "",
    " ",
    "x" * 5000,
    "a\x00b",
    "line\nbreak",
    "ü日本🙂",
    "../../etc",
    "%2F%00",
    -1,
    0,
    2**64,
    -(2**63),
    1.5,
    math.nan,
    True,
    b"\xff\x00",
    [],
    ["", None],
    {},
    {"k": object()},
    object(),
]

GRID: list[Any] = [None, "", "x" * 5000, -1, object()]
"""The odd values every parameter of every method gets (ODD's others come through hypothesis)."""

# a plain valid value per parameter name (when it has no default)
PLAIN: dict[str, Any] = {
    "name": "plain",
    "bck_name": "plain",
    "obj_name": "plain",
    "object_name": "plain",
    "job_id": "job-1",
    "job_kind": "",
    "prefix": "",
    "path": "/nonexistent/fuzz",
    "content": b"abc",
    "data": b"abc",
    "username": "user",
    "user_id": "user",
    "password": "pass",
    "role_name": "role",
    "role": "role",
    "cluster_id": "cid",
    "cluster_alias": "alias",
    "cluster_urls": ["http://127.0.0.1:1"],
    "token": "t",
    "url": "ais://b/o",
    "obj_names": ["a", "b"],
    "objects": ["a"],
    "node_id": "t1",
    "daemon_id": "t1",
    "to_bck_name": "plain2",
    "template": "a-{0..2}",
    "archive_name": "a.tar",
    "desc": "d",
    "description": "d",
    "cluster_alias_or_id": "alias",
    "uuid": "u",
}

SKIP: dict[str, str] = {
    # methods that would leave the process or touch the local file system by design
    "close": "closes the client the other calls share",
    "put_files": "walks a local directory tree (a generated path may be '/')",
    "download": "writes local files",
    "from_settings": "a constructor",
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Listener

    def log_message(self, *args: Any) -> None:
        pass

    def _any(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body: bytes | None = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            body = b"".join(chunks)
        self.server.record(self.command, self.path, dict(self.headers), body)
        answer = json.dumps({"message": "fuzz listener", "status": 400}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = do_PATCH = _any


class _Listener(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away (an event loop closed with its connections)

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, str, dict[str, str], bytes | None]] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def record(self, method: str, path: str, headers: dict[str, str], body: bytes | None) -> None:
        with self._lock:
            self.requests.append((method, path, headers, body))


@contextlib.contextmanager
def _listening() -> Iterator[_Listener]:
    listener = _Listener()
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    try:
        yield listener
    finally:
        listener.shutdown()
        listener.server_close()


def _instances(ais: str, authn: str) -> dict[str, Callable[[], Any]]:
    """Class label -> a factory of a fresh instance (sync first, then the aio twins)."""
    retry = Retry(total=0, connect=0, read=0, status=0)
    client = Client(ais, retry=retry, timeout=2)
    aclient = AsyncClient(ais, retry=retry, timeout=2)
    authn_client = AuthNClient(authn, retry=retry, timeout=2)
    return {
        "Client": lambda: client,
        "Bucket": lambda: client.bucket("fuzz"),
        "Object": lambda: client.bucket("fuzz").object("o"),
        "ObjectGroup": lambda: client.bucket("fuzz").objects(obj_names=["a", "b"]),
        "Job": lambda: client.job("job-1"),
        "Cluster": lambda: client.cluster(),
        "Batch": lambda: client.batch(["a"], bucket=client.bucket("fuzz")),
        "AuthNClient": lambda: authn_client,
        "UserManager": lambda: authn_client.user_manager(),
        "RoleManager": lambda: authn_client.role_manager(),
        "ClusterManager": lambda: authn_client.cluster_manager(),
        "TokenManager": lambda: authn_client.token_manager(),
        "AsyncClient": lambda: aclient,
        "AsyncBucket": lambda: aclient.bucket("fuzz"),
        "AsyncObject": lambda: aclient.bucket("fuzz").object("o"),
        "AsyncObjectGroup": lambda: aclient.bucket("fuzz").objects(obj_names=["a", "b"]),
        "AsyncJob": lambda: aclient.job("job-1"),
        "AsyncCluster": lambda: aclient.cluster(),
        "AsyncBatch": lambda: aclient.batch(["a"], bucket=aclient.bucket("fuzz")),
    }


def _handles(label: str, instances: dict[str, Callable[[], Any]]) -> dict[str, Any]:
    """Plain values that are handles of the instance's own flavour (sync or aio)."""
    client = instances["AsyncClient" if label.startswith("Async") else "Client"]()
    bucket = client.bucket("plain2")
    return {"to_bck": bucket, "to_obj": bucket.object("o2"), "bucket": bucket}


def _methods(instance: Any) -> list[tuple[str, inspect.Signature]]:
    found = []
    for name, member in inspect.getmembers(type(instance)):
        if name.startswith("_") or name in SKIP or isinstance(member, property):
            continue
        if not callable(member) or isinstance(member, type):
            continue
        try:
            signature = inspect.signature(getattr(instance, name))
        except (TypeError, ValueError):
            continue
        found.append((name, signature))
    return found


def _params(signature: inspect.Signature) -> list[inspect.Parameter]:
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p for p in signature.parameters.values() if p.kind in kinds]


def _consume(result: Any) -> Any:
    """Run what the call returned far enough for it to act (coroutines, iterators)."""
    if inspect.iscoroutine(result):
        return asyncio.run(_settle(result))
    if inspect.isasyncgen(result) or hasattr(result, "__aiter__"):
        return asyncio.run(_settle(result))
    if isinstance(result, Iterator):
        return list(islice(result, 3))
    return result


async def _settle(result: Any) -> Any:
    if inspect.iscoroutine(result):
        result = await result
    if hasattr(result, "__aiter__"):
        out = []
        async for item in result:
            out.append(item)
            if len(out) >= 3:
                break
        return out
    if isinstance(result, Iterator):
        return list(islice(result, 3))
    return result


Outcome = tuple[str, str, str, str]  # (class.method, parameter, kind, exception type)

_ALIASES = {"bck": "bucket", "obj": "object", "perms": "permission"}


def _names_parameter(error: BaseException, param: str) -> bool:
    """Whether the message names the parameter (its name, spaced, or its short words spelled
    out: `bck_name` as "bucket name")."""
    text = str(error).lower()
    spaced = param.replace("_", " ")
    spelled = " ".join(_ALIASES.get(word, word) for word in param.split("_"))
    return any(form in text for form in (param, spaced, spelled))


class Fuzz:
    """The calls, their outcomes and the defects found."""

    def __init__(self, listener: _Listener, authn: _Listener) -> None:
        self.listener = listener
        self.authn = authn
        self.instances = _instances(listener.url, authn.url)
        self.checker = Checker()
        self.checker.register_authn(authn.url)
        self.calls: Counter[str] = Counter()
        self.defects: dict[Outcome, str] = {}
        self.table = [
            (label, name, _params(signature))
            for label, make in self.instances.items()
            for name, signature in _methods(make())
        ]

    def call(self, index: int, odd: str, value: Any) -> None:
        """Method `index` of the table with `value` for its parameter `odd`."""
        label, name, params = self.table[index]
        self.calls[label] += 1
        plain = _handles(label, self.instances)
        kwargs: dict[str, Any] = {}
        for p in params:
            if p.name == odd:
                kwargs[p.name] = value
            elif p.default is inspect.Parameter.empty:
                kwargs[p.name] = plain.get(p.name, PLAIN.get(p.name, "plain"))
        before = len(self.listener.requests), len(self.authn.requests)
        where = f"{label}.{name}"
        try:
            _consume(getattr(self.instances[label](), name)(**kwargs))
        except ServiceError:
            pass
        except INPUT_ERRORS as err:
            sent = len(self.listener.requests) + len(self.authn.requests)
            if sent != sum(before):
                self._defect(where, odd, "input error after a request", err)
            elif odd and not self._explained(err, odd, value, params):
                self._defect(where, odd, "input error not naming the parameter", err)
            return
        except Exception as err:  # the finding: an exception a caller cannot expect
            self._defect(where, odd, "other exception escaped", err)
            return
        self._check_wire(where, odd, before)

    @staticmethod
    def _explained(
        err: BaseException, odd: str, value: Any, params: list[inspect.Parameter]
    ) -> bool:
        """Whether an input error says what is wrong: it names the odd parameter (or shows
        its string value, or is the OS's error on a path), or it is about something else than
        the odd value: another parameter it names (one this harness filled in) or the
        instance's own bucket (a remote-only method on an ais:// bucket)."""
        if _names_parameter(err, odd) or isinstance(err, OSError | InvalidBckProvider):
            return True
        if isinstance(value, str) and value and repr(value)[:40] in str(err):
            return True
        return any(p.name != odd and _names_parameter(err, p.name) for p in params)

    def _check_wire(self, where: str, odd: str, before: tuple[int, int]) -> None:
        for listener, start in ((self.listener, before[0]), (self.authn, before[1])):
            for method, path, headers, body in listener.requests[start:]:
                check = self.checker.check_request(method, f"{listener.url}{path}", headers, body)
                if check.diffs:
                    self._defect(where, odd, "request not as the spec says", check.diffs[0])

    def _defect(self, where: str, param: str, kind: str, err: Any) -> None:
        key = (where, param, kind, type(err).__name__)
        self.defects.setdefault(key, str(err)[:200])


_NO_KIND = "the harness's job has no kind: the refusal names the missing kind, rightly, first"
KNOWN: dict[tuple[str, str, str], str] = {
    (f"{cls}.start", param, "input error not naming the parameter"): _NO_KIND
    for cls in ("Job", "AsyncJob")
    for param in ("buckets", "daemon_id", "force")
}
"""Findings left, with why: (class.method, parameter, kind) -> reason."""

REPORT: list[str] = []


@pytest.fixture(scope="module")
def fuzz() -> Iterator[Fuzz]:
    import time as time_module

    with pytest.MonkeyPatch.context() as patch, _listening() as listener, _listening() as authn:
        patch.setattr(time_module, "sleep", lambda seconds: None)  # waits and polls
        yield Fuzz(listener, authn)


def _unexpected(defects: dict[Outcome, str]) -> str:
    new = {k: v for k, v in defects.items() if k[:3] not in KNOWN}
    return "\n".join(f"{' | '.join(k)}: {v}" for k, v in sorted(new.items()))


def test_every_parameter_with_every_odd_value(fuzz: Fuzz) -> None:
    """The grid: each public method, each of its parameters, each value of GRID."""
    for index, (_, _, params) in enumerate(fuzz.table):
        for param in params:
            for value in GRID:
                fuzz.call(index, param.name, value)
    REPORT.append(f"grid: {sum(fuzz.calls.values())} calls over {len(fuzz.table)} methods")
    assert not _unexpected(fuzz.defects), _unexpected(fuzz.defects)


def test_generated_values(fuzz: Fuzz) -> None:
    """Hypothesis: generated strings, numbers and containers for a drawn method and parameter."""
    table = [(i, p.name) for i, (_, _, params) in enumerate(fuzz.table) for p in params]
    before = sum(fuzz.calls.values())

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(
        slot=st.sampled_from(table),
        value=st.one_of(
            st.sampled_from(ODD),
            st.text(max_size=64),
            st.binary(max_size=16),
            st.integers(min_value=-(2**70), max_value=2**70),
            st.floats(allow_nan=True, allow_infinity=True),
            st.lists(st.text(max_size=8), max_size=3),
            st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=3),
            st.none(),
            st.booleans(),
        ),
    )
    def one(slot: tuple[int, str], value: Any) -> None:
        fuzz.call(slot[0], slot[1], value)

    one()
    REPORT.append(f"hypothesis: {sum(fuzz.calls.values()) - before} calls")
    REPORT.append(
        "per class: " + ", ".join(f"{label} {count}" for label, count in sorted(fuzz.calls.items()))
    )
    REPORT.append(f"defects: {len(fuzz.defects)} (class.method | parameter | kind | exception)")
    REPORT.extend(f"  {' | '.join(k)}: {v}" for k, v in sorted(fuzz.defects.items()))
    print("\n".join(REPORT))
    assert not _unexpected(fuzz.defects), _unexpected(fuzz.defects)
