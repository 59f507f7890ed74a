"""The raw floor: stdlib `http.client` keep-alive connections straight to the owning target.

GET goes to the HRW owner computed locally (`aistore._core.routing`, checked against the
server's redirects); PUT needs the proxy's redirect marker, so the proxy is asked once per object
name (a bodiless probe; before the timed loop, `prepare`, for a fixed set of names) and the
`Location` is reused when the name is written again. The small PUT cells write a new name every
time, as aisloader does, so there each PUT is two exchanges like everyone's. Large bodies move with
`readinto` into one buffer and `socket.sendfile`. Listing pages are requested from the proxy with
`Accept: application/msgpack` and decoded by msgspec into minimal typed structs.
"""

from __future__ import annotations

import http.client
import json
import os
import threading
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import msgspec

MiB = 1 << 20


class Entry(msgspec.Struct):
    n: str
    cs: str = ""
    a: str = ""
    v: str = ""
    t: str = ""
    s: int = 0
    c: int = 0
    f: int = 0


class Page(msgspec.Struct):
    UUID: str = ""
    ContinuationToken: str = ""
    Entries: list[Entry] | None = None


_PAGE = msgspec.msgpack.Decoder(Page)


def _hostport(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", parts.port or 80


class Raw:
    def __init__(self, endpoint: str) -> None:
        from aistore._core import routing

        self._routing = routing
        self.proxy = _hostport(endpoint)
        self._local = threading.local()
        conn = self._conn(self.proxy)
        conn.request("GET", "/v1/daemon?what=smap")
        resp = conn.getresponse()
        self.smap = routing.SmapView.from_smap(json.loads(resp.read()))
        self._locations: dict[tuple[str, str], tuple[tuple[str, int], str]] = {}

    def _conn(self, hostport: tuple[str, int]) -> http.client.HTTPConnection:
        pool = self._local.__dict__.setdefault("conns", {})
        conn = pool.get(hostport)
        if conn is None:
            conn = pool[hostport] = http.client.HTTPConnection(*hostport, blocksize=MiB)
        return conn

    def _owner(self, bucket: str, name: str) -> tuple[str, int]:
        uname = self._routing.bucket_uname("ais", "", "", bucket, name)
        target = self._routing.owner(self.smap, uname)
        assert target is not None
        return _hostport(target.direct_url)

    @staticmethod
    def _path(bucket: str, name: str) -> str:
        return f"/v1/objects/{bucket}/{quote(name)}?provider=ais"

    def _location(self, bucket: str, name: str) -> tuple[tuple[str, int], str]:
        key = (bucket, name)
        loc = self._locations.get(key)
        if loc is None:
            conn = self._conn(self.proxy)
            conn.request("PUT", self._path(bucket, name), body=b"")
            resp = conn.getresponse()
            resp.read()
            url = urlsplit(resp.headers["Location"])
            loc = self._locations[key] = (_hostport(url.geturl()), f"{url.path}?{url.query}")
        return loc

    def prepare(self, op: str, bucket: str, names: list[str]) -> None:
        if op == "put":
            for name in names:
                self._location(bucket, name)

    # ---- small objects -------------------------------------------------------------------
    def get(self, bucket: str, name: str) -> int:
        conn = self._conn(self._owner(bucket, name))
        conn.request("GET", self._path(bucket, name))
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"GET {name}: {resp.status} {body[:200]!r}")
        return len(body)

    def head(self, bucket: str, name: str) -> int:
        conn = self._conn(self._owner(bucket, name))
        conn.request("HEAD", self._path(bucket, name))
        resp = conn.getresponse()
        resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HEAD {name}: {resp.status}")
        return int(resp.headers.get("Content-Length") or 0)

    def put(self, bucket: str, name: str, data: bytes) -> None:
        hostport, path = self._location(bucket, name)
        conn = self._conn(hostport)
        conn.request("PUT", path, body=data)
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"PUT {name}: {resp.status} {body[:200]!r}")

    # ---- large objects -------------------------------------------------------------------
    def _open(self, bucket: str, name: str, rng: str | None = None) -> http.client.HTTPResponse:
        conn = self._conn(self._owner(bucket, name))
        conn.request("GET", self._path(bucket, name), headers={"Range": rng} if rng else {})
        resp = conn.getresponse()
        if resp.status not in (200, 206):
            raise RuntimeError(f"GET {name}: {resp.status} {resp.read()[:200]!r}")
        return resp

    @staticmethod
    def _chunks(resp: http.client.HTTPResponse) -> Iterator[memoryview]:
        buf = memoryview(bytearray(MiB))
        while True:
            n = resp.readinto(buf)
            if not n:
                return
            yield buf[:n]

    def get_to_file(self, bucket: str, name: str, path: str) -> int:
        total = 0
        with open(path, "wb") as f:
            for chunk in self._chunks(self._open(bucket, name)):
                total += f.write(chunk)
        return total

    def stream(self, bucket: str, name: str) -> int:
        return sum(len(chunk) for chunk in self._chunks(self._open(bucket, name)))

    def put_file(self, bucket: str, name: str, path: str) -> None:
        hostport, target_path = self._location(bucket, name)
        conn = self._conn(hostport)
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            conn.putrequest("PUT", target_path)
            conn.putheader("Content-Length", str(size))
            conn.endheaders()
            assert conn.sock is not None
            conn.sock.sendfile(f)
        resp = conn.getresponse()
        body = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"PUT {name}: {resp.status} {body[:200]!r}")

    def get_ranged(self, bucket: str, name: str, path: str, size: int, workers: int) -> int:
        from ._common import parallel_ranges

        def fetch(a: int, b: int) -> Iterator[memoryview]:
            # each chunk is written (pwrite) before the next readinto reuses the buffer
            yield from self._chunks(self._open(bucket, name, f"bytes={a}-{b}"))

        return parallel_ranges(path, size, workers, fetch)

    # ---- Get-Batch -----------------------------------------------------------------------
    def get_batch(self, bucket: str, names: list[str]) -> int:
        """One Get-Batch request (proxy, then its 307 to the designated target, body sent both
        times), the streamed tar decoded with stdlib `tarfile` in stream mode."""
        import tarfile

        body = json.dumps(
            {"in": [{"objname": n} for n in names], "coer": True, "strm": True}
        ).encode()
        headers = {"Content-Type": "application/json"}
        path = f"/v1/ml/moss/{bucket}?provider=ais"
        conn = self._conn(self.proxy)
        conn.request("GET", path, body=body, headers=headers)
        resp = conn.getresponse()
        resp.read()
        if resp.status != 307:
            raise RuntimeError(f"Get-Batch: proxy answered {resp.status}")
        url = urlsplit(resp.headers["Location"])
        conn = self._conn(_hostport(url.geturl()))
        conn.request("GET", f"{url.path}?{url.query}", body=body, headers=headers)
        resp = conn.getresponse()
        if resp.status != 200:
            raise RuntimeError(f"Get-Batch: {resp.status} {resp.read()[:200]!r}")
        total = count = 0
        with tarfile.open(fileobj=resp, mode="r|") as tar:
            for member in tar:
                data = tar.extractfile(member)
                total += len(data.read()) if data is not None else 0
                count += 1
        resp.read()  # the rest (end-of-archive blocks) so the connection is kept
        if count != len(names):
            raise RuntimeError(f"Get-Batch: {count} members for {len(names)} names")
        return total

    # ---- listing -------------------------------------------------------------------------
    def _pages(self, bucket: str) -> Iterator[Page]:
        conn = self._conn(self.proxy)
        uuid = token = ""
        while True:
            msg = {
                "action": "list",
                "value": {"uuid": uuid, "continuation_token": token, "props": "", "flags": "0"},
            }
            conn.request(
                "GET",
                f"/v1/buckets/{bucket}?provider=ais",
                body=json.dumps(msg),
                headers={"Accept": "application/msgpack", "Content-Type": "application/json"},
            )
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise RuntimeError(f"list {bucket}: {resp.status} {body[:200]!r}")
            page = _PAGE.decode(body)
            yield page
            token = page.ContinuationToken
            if not token:
                return
            uuid = page.UUID

    def list_all(self, bucket: str) -> int:
        entries: list[Entry] = []
        for page in self._pages(bucket):
            entries.extend(page.Entries or ())
        return len(entries)

    def list_iter(self, bucket: str) -> int:
        return sum(len(page.Entries or ()) for page in self._pages(bucket))


def make(endpoint: str) -> Raw:
    return Raw(endpoint)
