"""A Toxiproxy server in front of a local cluster's nodes: latency, bandwidth, stalls and resets.

`toxiproxy-server` (Shopify/toxiproxy, built by `make server` from `cluster/toxiproxy/go.mod`)
forwards one localhost port per node ("route", Toxiproxy calls it a proxy) to the node's real
port; toxics added to a route change the bytes on their way. This module starts the server,
creates the routes and adds and removes toxics through its small HTTP API (`/proxies`,
`/proxies/<route>/toxics`); the launcher (`LocalCluster(fault_proxy=True)`) owns one.

Toxic types and their attributes (Toxiproxy v2.12.0, `toxics/*.go`):

| type | attributes | effect |
|---|---|---|
| `latency` | `latency`, `jitter` (ms) | every chunk delayed by latency +/- jitter |
| `bandwidth` | `rate` (KB/s) | throughput capped |
| `timeout` | `timeout` (ms; 0 = never) | no data passes; closed after `timeout` |
| `slicer` | `average_size`, `size_variation` (bytes), `delay` (us) | chunks sliced small |
| `reset_peer` | `timeout` (ms) | TCP RST after `timeout` |
| `limit_data` | `bytes` | closed after that many bytes |
| `slow_close` | `delay` (ms) | close delayed |

`stream` is "downstream" (server to client: response bodies) or "upstream" (client to server).
"""

from __future__ import annotations

import http.client
import json
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aistore.devcluster.binaries import find_binary
from aistore.devcluster.configs import LOCALHOST
from aistore.devcluster.processes import ProcessRecord, spawn, terminate

BINARY = "toxiproxy-server"
_API_TIMEOUT = 10.0
Address = tuple[str, int]


class FaultProxyError(RuntimeError):
    """The Toxiproxy server did not start or refused a request; the message says which."""


@dataclass
class Toxic:
    """One toxic as added: its route, name, type and attributes."""

    route: str
    name: str
    type: str
    attributes: dict[str, Any]
    stream: str = "downstream"
    toxicity: float = 1.0


@dataclass
class FaultProxy:
    """One `toxiproxy-server` process on `api_port` with one route per node."""

    directory: Path
    api_port: int
    detached: bool = False
    scratch: str = ""
    # name: (listen, upstream), each (host, port)
    routes: dict[str, tuple[Address, Address]] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    record: ProcessRecord | None = None
    _counter: int = 0

    @property
    def api_url(self) -> str:
        return f"http://{LOCALHOST}:{self.api_port}"

    # ---- process -----------------------------------------------------------------------
    def start(self, timeout: float = 30.0) -> FaultProxy:
        self.directory.mkdir(parents=True, exist_ok=True)
        argv = [
            str(find_binary(BINARY)),
            f"-host={LOCALHOST}",
            f"-port={self.api_port}",
            "-seed=1",  # jitter and toxicity draws repeat from run to run
        ]
        self.process, self.record = spawn(
            argv,
            log_path=self.directory / "console.log",
            detached=self.detached,
            scratch=self.scratch,
        )
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.process.poll() is not None:
                raise FaultProxyError(
                    f"{BINARY} exited with code {self.process.returncode}: {self.log_tail()}"
                )
            if time.monotonic() > deadline:
                raise FaultProxyError(f"{BINARY} did not answer in {timeout:.0f}s")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.record is not None:
            terminate([self.record], grace=2.0)
        if self.process is not None:
            self.process.poll()

    def log_tail(self, lines: int = 20) -> str:
        path = self.directory / "console.log"
        text = path.read_text(errors="replace").splitlines() if path.exists() else []
        return "\n".join(text[-lines:]) or "(no log output)"

    def _answers(self) -> bool:
        try:
            self._call("GET", "/version", timeout=1.0)
        except FaultProxyError:
            return False
        return True

    # ---- routes ------------------------------------------------------------------------
    def add_route(self, name: str, listen: Address, upstream: Address) -> None:
        """Forward `listen` (host, port) to `upstream` as route `name`."""
        self._call(
            "POST",
            "/proxies",
            {
                "name": name,
                "listen": f"{listen[0]}:{listen[1]}",
                "upstream": f"{upstream[0]}:{upstream[1]}",
                "enabled": True,
            },
        )
        self.routes[name] = (listen, upstream)

    def set_enabled(self, route: str, enabled: bool) -> None:
        """Disabling a route closes its connections and refuses new ones until enabled again."""
        self._check_route(route)
        self._call("POST", f"/proxies/{route}", {"enabled": enabled})

    # ---- toxics ------------------------------------------------------------------------
    def add_toxic(
        self,
        route: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        *,
        stream: str = "downstream",
        toxicity: float = 1.0,
        name: str | None = None,
    ) -> Toxic:
        """Add a toxic to `route`; it acts on open connections and new ones until removed."""
        self._check_route(route)
        if stream not in ("downstream", "upstream"):
            raise ValueError(f"stream must be 'downstream' or 'upstream', got {stream!r}")
        if not 0.0 <= toxicity <= 1.0:
            raise ValueError(f"toxicity must be within [0, 1], got {toxicity!r}")
        self._counter += 1
        toxic = Toxic(
            route=route,
            name=name or f"{type}-{self._counter}",
            type=type,
            attributes=dict(attributes or {}),
            stream=stream,
            toxicity=toxicity,
        )
        self._call(
            "POST",
            f"/proxies/{route}/toxics",
            {
                "name": toxic.name,
                "type": toxic.type,
                "stream": toxic.stream,
                "toxicity": toxic.toxicity,
                "attributes": toxic.attributes,
            },
        )
        return toxic

    def remove_toxic(self, toxic: Toxic) -> None:
        self._call("DELETE", f"/proxies/{toxic.route}/toxics/{toxic.name}")

    def toxics(self, route: str) -> list[dict[str, Any]]:
        """The toxics Toxiproxy has on `route` now (its own JSON)."""
        self._check_route(route)
        answer: list[dict[str, Any]] = self._call("GET", f"/proxies/{route}/toxics")
        return answer

    def clear(self) -> None:
        """Remove every toxic and enable every route again (Toxiproxy's `/reset`)."""
        self._call("POST", "/reset")

    @contextmanager
    def toxic(
        self,
        route: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> Iterator[Toxic]:
        """A toxic for the duration of a `with` block."""
        added = self.add_toxic(route, type, attributes, **options)
        try:
            yield added
        finally:
            self.remove_toxic(added)

    def _check_route(self, route: str) -> None:
        if route not in self.routes:
            known = ", ".join(sorted(self.routes)) or "none"
            raise KeyError(f"no route {route!r} in the fault proxy (routes: {known})")

    def _call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        timeout: float = _API_TIMEOUT,
    ) -> Any:
        # plain http.client: Toxiproxy's API is no AIS API, and the contract checker (which
        # patches httpx process-wide in the test suite) has nothing to say about it
        conn = http.client.HTTPConnection(LOCALHOST, self.api_port, timeout=timeout)
        try:
            payload = json.dumps(body).encode() if body is not None else None
            headers = {"Content-Type": "application/json"} if payload is not None else {}
            conn.request(method, path, body=payload, headers=headers)
            response = conn.getresponse()
            status, text = response.status, response.read().decode(errors="replace")
        except (OSError, http.client.HTTPException) as exc:
            raise FaultProxyError(f"{method} {path}: {exc}") from exc
        finally:
            conn.close()
        if status >= 300:
            raise FaultProxyError(f"{method} {path}: {status} {text}")
        if not text.strip():
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text  # /version answers plain text
