"""LocalCluster: 1 proxy + N targets (and optionally AuthN) on localhost, in a scratch directory."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import ssl
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from aistore.devcluster import probe
from aistore.devcluster.binaries import find_binary
from aistore.devcluster.certs import TLSFiles, make_tls_files
from aistore.devcluster.configs import (
    LOCALHOST,
    authn_config,
    cluster_config,
    deep_merge,
    https_config,
    node_local_config,
)
from aistore.devcluster.ports import free_ports
from aistore.devcluster.processes import ProcessRecord, end_stale_processes, spawn, terminate
from aistore.devcluster.toxiproxy import FaultProxy

STATE_FILE = "cluster.json"
ADMIN_USER = "admin"
ADMIN_PASSWORD = "admin-pass-devcluster"
_MAINT_OR_DECOMMISSION = 4 | 8  # Snode flags in the cluster map
# With a fault proxy, its routes listen on this second loopback address (the nodes listen on
# LOCALHOST), and each target advertises its route; see `LocalCluster._new_node`
FRONT_HOST = "127.0.0.2"


class ClusterStartError(RuntimeError):
    """The cluster did not come up; the message carries the nodes' own last log lines."""


@dataclass
class Node:
    role: str  # "proxy" | "target" | "authn"
    name: str
    directory: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    record: ProcessRecord | None = None
    scheme: str = "http"
    # how it was started, so that it can be started again (restart, rejoin)
    argv: list[str] = field(default_factory=list)
    env: dict[str, str] | None = None
    # ended on purpose (stop_node): its exit is not a failure of the cluster
    stopped: bool = False
    # with a fault proxy: the port it listens on for this node (what clients are given)
    front_port: int | None = None

    @property
    def url(self) -> str:
        """The node's own listener (bypasses any fault proxy)."""
        # 127.0.0.1, not localhost: it is what the nodes advertise (and redirect to); the
        # TLS server cert names both
        return f"{self.scheme}://{LOCALHOST}:{self.port}"

    @property
    def public_port(self) -> int:
        """The port the cluster map gives this node (the fault proxy's, if any)."""
        return self.front_port if self.front_port is not None else self.port

    @property
    def front_url(self) -> str:
        """Where clients reach the node: through the fault proxy when there is one."""
        if self.front_port is None:
            return self.url
        return f"{self.scheme}://{FRONT_HOST}:{self.front_port}"

    def log_tail(self, lines: int = 25) -> str:
        """The node's console output and error log; its info log when those say nothing."""
        logs = [p for p in sorted(self.directory.rglob("*")) if p.is_file() and not p.is_symlink()]
        console = [p for p in logs if p.name == "console.log"]
        errors = [p for p in logs if ".ERROR." in p.name]
        infos = [p for p in logs if ".INFO." in p.name]
        chunks = [_tail(p, lines) for p in console + errors]
        if not any(chunks):
            chunks = [_tail(p, lines) for p in infos]
        body = "\n".join(c for c in chunks if c)
        return f"--- {self.name} ---\n{body or '(no log output)'}"


def _tail(path: Path, lines: int) -> str:
    text = [
        line
        for line in path.read_text(errors="replace").splitlines()
        if line.strip() and not line.startswith("Started up at")
    ]
    return "\n".join(text[-lines:])


@dataclass
class LocalCluster:
    """A throwaway AIS cluster on localhost.

    >>> with LocalCluster(targets=1) as cluster:
    ...     print(cluster.endpoint)

    With `tls=True` every node port speaks HTTPS with a server cert from a throwaway CA made
    under `<directory>/tls/`; clients verify with `cluster.ca_cert`. `client_auth_tls` (Go's
    `tls.ClientAuthType`, 0..4; any value > 0 implies `tls`) asks for client certificates;
    then `cluster.client_cert` is a CA-signed (cert, key) pair. AuthN, if any, stays HTTP.

    With `fault_proxy=True` a Toxiproxy server (`cluster.toxiproxy`) has one route in front
    of each node, named after it ("proxy", "target1", ...): `endpoint` is the proxy's route,
    and every target advertises its route in the cluster map, so redirects and direct reads
    reach targets through it too. Toxics added to a route act on all traffic of clients to
    that node; intra-cluster traffic does not pass through it.
    """

    targets: int = 1
    authn: bool = False
    directory: Path | None = None
    detached: bool = False
    start_timeout: float = 90.0
    keep_directory: bool = False
    features: int = 0
    tls: bool = False
    client_auth_tls: int = 0
    # sections of the cluster config to change, e.g. {"features": "8192"}
    config_overrides: dict[str, Any] = field(default_factory=dict)
    fault_proxy: bool = False
    nodes: list[Node] = field(default_factory=list)
    auth_secret: str | None = None
    admin_token: str | None = None
    _made_directory: bool = False
    _tls_files: TLSFiles | None = None
    _verify: ssl.SSLContext | bool = True
    _config_path: Path | None = None
    _toxiproxy: FaultProxy | None = None

    # ---- public face -------------------------------------------------------------------
    @property
    def endpoint(self) -> str:
        """The primary proxy's URL for clients (through the fault proxy, if there is one)."""
        return self._proxy.front_url

    @property
    def toxiproxy(self) -> FaultProxy:
        """The fault proxy in front of the nodes (only with `fault_proxy=True`)."""
        if self._toxiproxy is None:
            raise RuntimeError("this cluster has no fault proxy (LocalCluster(fault_proxy=True))")
        return self._toxiproxy

    @property
    def authn_endpoint(self) -> str | None:
        node = self._find("authn")
        return node.url if node else None

    @property
    def ca_cert(self) -> str | None:
        """The CA bundle that verifies the nodes (None without TLS)."""
        return str(self._tls_files.ca_cert) if self._tls_files else None

    @property
    def client_cert(self) -> tuple[str, str] | None:
        """A CA-signed client (cert, key) pair; None unless `client_auth_tls` > 0."""
        files = self._tls_files
        if files is None or files.client_cert is None or files.client_key is None:
            return None
        return str(files.client_cert), str(files.client_key)

    @property
    def use_tls(self) -> bool:
        return self.tls or self.client_auth_tls > 0

    @property
    def admin_credentials(self) -> tuple[str, str]:
        return ADMIN_USER, ADMIN_PASSWORD

    def start(self) -> LocalCluster:
        if self.targets < 1:
            raise ValueError(f"targets must be at least 1, got {self.targets}")
        if not 0 <= self.client_auth_tls <= 4:
            raise ValueError(f"client_auth_tls must be 0..4, got {self.client_auth_tls}")
        end_stale_processes()
        if self.directory is None:
            self.directory = Path(tempfile.mkdtemp(prefix="aisdev-"))
            self._made_directory = True
        self.directory.mkdir(parents=True, exist_ok=True)
        try:
            self._launch()
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        self._write_state()
        return self

    def stop(self) -> None:
        records = [n.record for n in self.nodes if n.record is not None]
        terminate(records)
        if self._toxiproxy is not None:
            self._toxiproxy.stop()
        for node in self.nodes:
            if node.process is not None:
                node.process.poll()
        if self.directory is not None and self._made_directory and not self.keep_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> LocalCluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- launching ---------------------------------------------------------------------
    @property
    def _proxy(self) -> Node:
        node = self._find("proxy")
        if node is None:
            raise RuntimeError("cluster not started")
        return node

    def _find(self, role: str) -> Node | None:
        return next((n for n in self.nodes if n.role == role), None)

    def _launch(self) -> None:
        assert self.directory is not None
        ports = free_ports(3 * (1 + self.targets) + (1 if self.authn else 0))
        if self.authn:
            self.auth_secret = secrets.token_hex(16)
            self._start_authn(port=ports.pop())
        if self.fault_proxy:
            if self.use_tls:
                raise ValueError("fault_proxy is for plain HTTP clusters (tls is set)")
            self._toxiproxy = FaultProxy(
                directory=self.directory / "toxiproxy",
                api_port=free_ports(1)[0],
                detached=self.detached,
                scratch=self._owned_scratch,
            ).start()
        proxy_port = ports[0]
        scheme = "https" if self.use_tls else "http"
        config = cluster_config(
            primary_url=f"{scheme}://{LOCALHOST}:{proxy_port}",
            auth_secret=self.auth_secret,
            features=self.features,
        )
        if self.use_tls:
            files = make_tls_files(self.directory / "tls", client=self.client_auth_tls > 0)
            self._tls_files = files
            config = deep_merge(
                config,
                https_config(
                    server_crt=str(files.server_cert),
                    server_key=str(files.server_key),
                    client_ca=str(files.ca_cert),
                    client_auth_tls=self.client_auth_tls,
                ),
            )
            self._verify = probe.tls_context(str(files.ca_cert), self.client_cert)
        config = deep_merge(config, self.config_overrides)
        config_path = self.directory / "ais.json"
        config_path.write_text(json.dumps(config, indent=1))
        self._config_path = config_path
        for index in range(1 + self.targets):
            role = "proxy" if index == 0 else "target"
            name = "proxy" if role == "proxy" else f"target{index}"
            self.nodes.append(self._new_node(role, name, ports[3 * index : 3 * index + 3]))
        for node in self.nodes:
            if node.role != "authn":
                self._spawn(node)

    def _new_node(self, role: str, name: str, ports: list[int]) -> Node:
        """A node's directory, local config and command line (not started).

        With a fault proxy, a route `name` (FRONT_HOST:<new port>) is added in front of the
        node. A target must then advertise the route while it listens on its own port:
        `AIS_HOST_IP`/`AIS_HOST_PORT` (ais/target.go `initHostIP`) set the public address in
        the cluster map, and the listener stays on the configured address (`NetInfo` keeps the
        endpoint it was made with) unless the advertised port differs from both intra ports:
        then it listens on all addresses at the advertised port (`htrun.pubAddrAny`), the
        route's own. So the intra-data listener takes the advertised port, on LOCALHOST (an
        intra hostname must be a local interface address; the route's 127.0.0.2 is not one).
        """
        assert self.directory is not None
        public, control, data = ports
        node_dir = self.directory / name
        (node_dir / "log").mkdir(parents=True, exist_ok=True)
        front = free_ports(1)[0] if self._toxiproxy is not None else None
        env: dict[str, str] | None = None
        if front is not None and role == "target":
            env = {"AIS_HOST_IP": FRONT_HOST, "AIS_HOST_PORT": str(front)}
            data = front
        local = node_local_config(
            node_dir=str(node_dir), public_port=public, control_port=control, data_port=data
        )
        local_path = node_dir / "ais_local.json"
        local_path.write_text(json.dumps(local, indent=1))
        argv = [
            str(find_binary("aisnode")),
            f"-config={self._config_path}",
            f"-local_config={local_path}",
            f"-role={role}",
        ]
        if role == "proxy":
            # skip the registration wait; readiness is checked below by target count
            argv += [f"-ntargets={self.targets}", "-skip_startup"]
        scheme = "https" if self.use_tls else "http"
        if front is not None:
            assert self._toxiproxy is not None
            self._toxiproxy.add_route(name, (FRONT_HOST, front), (LOCALHOST, public))
        return Node(
            role=role,
            name=name,
            directory=node_dir,
            port=public,
            scheme=scheme,
            argv=argv,
            env=env,
            front_port=front,
        )

    def _spawn(self, node: Node) -> None:
        node.process, node.record = spawn(
            node.argv,
            log_path=node.directory / "console.log",
            env=node.env,
            detached=self.detached,
            scratch=self._owned_scratch,
        )

    def _start_authn(self, port: int) -> None:
        assert self.directory is not None and self.auth_secret is not None
        node_dir = self.directory / "authn"
        (node_dir / "log").mkdir(parents=True, exist_ok=True)
        (node_dir / "authn.json").write_text(
            json.dumps(authn_config(log_dir=str(node_dir / "log"), port=port), indent=1)
        )
        env = {
            "AIS_AUTHN_SU_NAME": ADMIN_USER,
            "AIS_AUTHN_SU_PASS": ADMIN_PASSWORD,
            "AIS_AUTHN_SECRET_KEY": self.auth_secret,
        }
        argv = [str(find_binary("authn")), f"-config={node_dir}"]
        node = Node(role="authn", name="authn", directory=node_dir, port=port, argv=argv, env=env)
        self._spawn(node)
        self.nodes.append(node)

    @property
    def _owned_scratch(self) -> str:
        return str(self.directory) if self._made_directory and not self.keep_directory else ""

    # ---- changing a running cluster (membership and fault tests) -------------------------
    def node_id(self, node: Node) -> str:
        """The daemon ID the cluster map gives `node` (matched by its public port)."""
        smap = self._smap_now()
        for member in [*(smap.get("pmap") or {}).values(), *(smap.get("tmap") or {}).values()]:
            if str(member["public_net"]["daemon_port"]) == str(node.public_port):
                return str(member["daemon_id"])
        raise LookupError(f"{node.name} (port {node.port}) is not in the cluster map")

    def node_by_id(self, daemon_id: str) -> Node:
        """The launched node the cluster map calls `daemon_id`."""
        smap = self._smap_now()
        member = (smap.get("tmap") or {}).get(daemon_id) or (smap.get("pmap") or {}).get(daemon_id)
        if member is None:
            raise LookupError(f"{daemon_id} is not in the cluster map")
        port = int(member["public_net"]["daemon_port"])
        return next(n for n in self.nodes if n.public_port == port and n.role != "authn")

    def add_target(self, timeout: float = 60.0) -> Node:
        """Start one more target; it joins the running cluster (a rebalance follows)."""
        taken = {n.name for n in self.nodes}
        name = next(f"target{i}" for i in range(1, 1000) if f"target{i}" not in taken)
        node = self._new_node("target", name, free_ports(3))
        self.nodes.append(node)
        self._spawn(node)
        self.targets += 1
        self._write_state()
        self._poll(
            time.monotonic() + timeout, f"{name} in the cluster map", lambda: self._in_map(node)
        )
        return node

    def stop_node(self, node: Node, *, kill: bool = False) -> None:
        """End one node: SIGTERM (SIGKILL after a grace period), or at once with `kill`.
        Also for a node that exits by itself (decommissioned): its exit is then expected."""
        node.stopped = True
        if node.record is not None:
            terminate([node.record], grace=0.0 if kill else 5.0)
        if node.process is not None:
            node.process.wait()

    def start_node(self, node: Node, timeout: float = 60.0) -> None:
        """Start a stopped node again with its own directory and ports (same daemon ID)."""
        if node.process is not None and node.process.poll() is None:
            raise RuntimeError(f"{node.name} is still running")
        node.stopped = False
        self._spawn(node)
        self._write_state()
        deadline = time.monotonic() + timeout
        if node.role == "proxy":
            self._poll(
                deadline,
                "the restarted proxy's health (prr=true)",
                lambda: probe.primary_ready(self._proxy.url, verify=self._verify),
            )
        elif node.role == "target":
            self._poll(deadline, f"{node.name} back in the cluster map", lambda: self._in_map(node))

    def restart_node(self, node: Node, *, kill: bool = False, timeout: float = 60.0) -> None:
        self.stop_node(node, kill=kill)
        self.start_node(node, timeout=timeout)

    def _smap_now(self) -> dict[str, Any]:
        smap = probe.smap(self._proxy.url, self.admin_token, verify=self._verify)
        if smap is None:
            raise RuntimeError(f"the primary at {self._proxy.url} did not return its cluster map")
        return smap

    def _in_map(self, node: Node) -> bool:
        """`node` is an active member (in the map, not in maintenance) and answers health."""
        smap = probe.smap(self._proxy.url, self.admin_token, verify=self._verify) or {}
        for member in (smap.get("tmap") or {}).values():
            if str(member["public_net"]["daemon_port"]) == str(node.public_port):
                active = not int(member.get("flags") or 0) & _MAINT_OR_DECOMMISSION
                return active and probe.node_healthy(node.url, verify=self._verify)
        return False

    # ---- readiness ---------------------------------------------------------------------
    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        authn = self._find("authn")
        if authn is not None:
            self.admin_token = self._poll(
                deadline,
                "AuthN login",
                lambda: probe.login(authn.url, ADMIN_USER, ADMIN_PASSWORD),
            )
        self._poll(
            deadline,
            "proxy health (prr=true)",
            lambda: probe.primary_ready(self._proxy.url, verify=self._verify),
        )

        def enough_targets() -> Any:
            smap = probe.smap(self._proxy.url, self.admin_token, verify=self._verify)
            if smap is not None and len(smap.get("tmap") or {}) == self.targets:
                return smap
            return None

        self._poll(deadline, f"{self.targets} target(s) in the cluster map", enough_targets)

    def _poll(self, deadline: float, what: str, check: Callable[[], Any]) -> Any:
        while True:
            self._fail_if_exited(what)
            result = check()
            if result:
                return result
            if time.monotonic() > deadline:
                raise ClusterStartError(
                    f"timed out after {self.start_timeout:.0f}s waiting for {what}\n" + self._logs()
                )
            time.sleep(0.2)

    def _fail_if_exited(self, what: str) -> None:
        for node in self.nodes:
            if node.stopped:
                continue
            if node.process is not None and node.process.poll() is not None:
                raise ClusterStartError(
                    f"{node.name} exited with code {node.process.returncode} "
                    f"while waiting for {what}\n" + self._logs()
                )

    def _logs(self) -> str:
        return "\n".join(node.log_tail() for node in self.nodes)

    # ---- state for the command line ----------------------------------------------------
    def _write_state(self) -> None:
        assert self.directory is not None
        state: dict[str, Any] = {
            "endpoint": self.endpoint,
            "authn_endpoint": self.authn_endpoint,
            "admin_token": self.admin_token,
            "ca_cert": self.ca_cert,
            "client_cert": list(self.client_cert) if self.client_cert else None,
            "targets": self.targets,
            "nodes": [
                {
                    "role": n.role,
                    "name": n.name,
                    "port": n.port,
                    "front_port": n.front_port,
                    "record": n.record.__dict__ if n.record else None,
                }
                for n in self.nodes
            ],
        }
        fault = self._toxiproxy
        if fault is not None:
            state["fault_proxy"] = {
                "api_url": fault.api_url,
                "record": fault.record.__dict__ if fault.record else None,
            }
        (self.directory / STATE_FILE).write_text(json.dumps(state, indent=1))


def read_state(directory: Path) -> dict[str, Any] | None:
    path = directory / STATE_FILE
    if not path.exists():
        return None
    state: dict[str, Any] = json.loads(path.read_text())
    return state


def stop_from_state(directory: Path) -> bool:
    """Stop a detached cluster described by `directory/cluster.json`; True if one was found."""
    state = read_state(directory)
    if state is None:
        return False
    nodes = [*state["nodes"], state.get("fault_proxy") or {}]
    records = [ProcessRecord(**n["record"]) for n in nodes if n.get("record")]
    terminate(records)
    shutil.rmtree(directory, ignore_errors=True)
    return True


def default_state_dir() -> Path:
    return Path(os.environ.get("AIS_DEVCLUSTER_DIR", Path(tempfile.gettempdir()) / "aisdev-cli"))
