"""Command line: `python -m aistore.devcluster up|down|status`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from aistore.devcluster import probe
from aistore.devcluster.launcher import LocalCluster, default_state_dir, read_state, stop_from_state


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m aistore.devcluster", description=__doc__)
    parser.add_argument("--dir", type=Path, default=None, help="state and scratch directory")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start a detached local cluster")
    up.add_argument("--targets", type=int, default=1)
    up.add_argument(
        "--authn", action="store_true", help="also start AuthN; the cluster needs tokens"
    )
    up.add_argument("--tls", action="store_true", help="serve HTTPS (a throwaway CA is made)")
    up.add_argument(
        "--mtls", action="store_true", help="HTTPS and require CA-signed client certificates"
    )
    sub.add_parser("down", help="stop the cluster started by `up`")
    sub.add_parser("status", help="show the cluster started by `up`")
    args = parser.parse_args(argv)
    directory: Path = args.dir or default_state_dir()

    if args.command == "up":
        if read_state(directory) is not None:
            print(
                f"a cluster is already recorded in {directory}; run `down` first", file=sys.stderr
            )
            return 1
        started = time.monotonic()
        cluster = LocalCluster(
            targets=args.targets,
            authn=args.authn,
            directory=directory,
            detached=True,
            tls=args.tls or args.mtls,
            client_auth_tls=4 if args.mtls else 0,
        )
        cluster.start()
        print(f"AIS cluster up in {time.monotonic() - started:.1f}s: {cluster.endpoint}")
        print(f"export AIS_ENDPOINT={cluster.endpoint}")
        if cluster.ca_cert:
            print(f"export AIS_CLIENT_CA={cluster.ca_cert}")
        if cluster.client_cert:
            print(f"export AIS_CRT={cluster.client_cert[0]} AIS_CRT_KEY={cluster.client_cert[1]}")
        if cluster.authn_endpoint:
            print(f"export AIS_AUTHN_URL={cluster.authn_endpoint}")
            print(f"export AIS_AUTHN_TOKEN={cluster.admin_token}")
        return 0
    if args.command == "down":
        if stop_from_state(directory):
            print(f"stopped the cluster in {directory}")
            return 0
        print(f"no cluster recorded in {directory}", file=sys.stderr)
        return 1
    state = read_state(directory)
    if state is None:
        print(f"no cluster recorded in {directory}")
        return 1
    verify: probe.Verify = True
    if state.get("ca_cert"):
        client_cert = state.get("client_cert")
        verify = probe.tls_context(state["ca_cert"], tuple(client_cert) if client_cert else None)
    smap = probe.smap(state["endpoint"], state.get("admin_token"), verify=verify)
    healthy = probe.primary_ready(state["endpoint"], verify=verify)
    print(
        json.dumps(
            {
                "endpoint": state["endpoint"],
                "authn_endpoint": state.get("authn_endpoint"),
                "healthy": healthy,
                "targets": sorted((smap or {}).get("tmap", {}) or {}),
                "proxies": sorted((smap or {}).get("pmap", {}) or {}),
            },
            indent=1,
        )
    )
    return 0 if healthy else 2


if __name__ == "__main__":
    sys.exit(main())
