"""`python -m aistore.contract --endpoint URL [--bucket NAME]`: does this server match the spec?

Runs read-only operations only (health, cluster map, cluster and node queries, list buckets,
and HEAD/list of `--bucket` when given) and prints one row per exchange: operation, status,
OK or DIFF with the first difference. Exit status 1 when any exchange differs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
from aistore_raw.ais.api.buckets import head_bucket, list_buckets, list_objects
from aistore_raw.ais.api.cluster import get_cluster_info
from aistore_raw.ais.api.health import get_health
from aistore_raw.ais.api.node import get_daemon_info, get_node_info
from aistore_raw.ais.models import ActMsgList, ActMsgListBuckets, LsoMsg

from aistore._core.http_client import USER_AGENT
from aistore._core.settings import ClientSettings
from aistore._core.stdlib_transport import StdlibTransport
from aistore._core.transport import AISTransport
from aistore.contract.transport import Exchange, Recorder, ValidatingTransport

CLUSTER_WHATS = ("smap", "bmd", "cluster_config", "sysinfo", "mountpaths", "backends", "target_ips")
DAEMON_WHATS = ("smap", "snode", "software_version", "node_stats")


def _client(settings: ClientSettings, recorder: Recorder) -> httpx.Client:
    """The client's own TLS, token and timeout, with every exchange validated on the wire."""
    socket_layer = settings.transport or StdlibTransport(verify=settings.tls.httpx_verify())
    return httpx.Client(
        base_url=settings.endpoint,
        transport=AISTransport(ValidatingTransport(socket_layer, recorder=recorder)),
        timeout=settings.timeout,
        headers={"User-Agent": USER_AGENT, **settings.auth_headers()},
        follow_redirects=False,
    )


def _checks(
    bucket: str | None, provider: str
) -> list[tuple[str, ModuleType, dict[str, Any], bool]]:
    """(label, operation, params, msgpack) of each read-only check."""
    out: list[tuple[str, ModuleType, dict[str, Any], bool]] = [
        ("health", get_health, {}, False),
        ("health prr", get_health, {"prr": True}, False),
    ]
    out += [(f"daemon {w}", get_daemon_info, {"what": w}, False) for w in DAEMON_WHATS]
    out += [(f"cluster {w}", get_cluster_info, {"what": w}, False) for w in CLUSTER_WHATS]
    out.append(("list buckets", list_buckets, {"body": ActMsgListBuckets()}, False))
    if bucket:
        qp = {"provider": provider}
        out.append((f"head {provider}://{bucket}", head_bucket, {"bucket": bucket, **qp}, False))
        msg = ActMsgList(value=LsoMsg(pagesize=10, props="name,size"))
        out.append(("list objects", list_objects, {"bucket": bucket, "body": msg, **qp}, False))
        out.append(
            ("list objects msgpack", list_objects, {"bucket": bucket, "body": msg, **qp}, True)
        )
    return out


def run(
    endpoint: str,
    bucket: str | None = None,
    provider: str = "ais",
    token: str | None = None,
    timeout: float = 10.0,
    out: Callable[[str], None] = print,
    *,
    skip_verify: bool = False,
    ca_cert: str | None = None,
    settings: ClientSettings | None = None,
) -> int:
    """Check `endpoint`; TLS and token as for `Client` (`AIS_CLIENT_CA`, `AIS_CRT`, ...).

    `settings`, when given, replaces every connection argument (tests pass a transport).
    """
    if settings is None:
        settings = ClientSettings.create(
            endpoint, skip_verify=skip_verify, ca_cert=ca_cert, token=token, timeout=timeout
        )
    recorder = Recorder()
    rows: list[tuple[str, str, str, str]] = []
    with _client(settings, recorder) as http:
        checks = _checks(bucket, provider)
        try:
            smap = http.send(
                http.build_request(**get_daemon_info.request_kwargs(what="smap"))
            ).json()
            target = next(iter(smap.get("tmap") or {}), None)
        except (httpx.HTTPError, ValueError):
            target = None
        if target:
            checks.append(("node status (target)", get_node_info,
                           {"what": "node_status", "ais_node_id": target}, False))  # fmt: skip
        for label, op, params, msgpack in checks:
            bucket_arg = params.pop("bucket", None)
            args = (bucket_arg,) if bucket_arg is not None else ()
            kwargs = op.request_kwargs(*args, **params)
            if msgpack:
                kwargs.setdefault("headers", {})["Accept"] = "application/msgpack"
            start = len(recorder.exchanges)
            try:
                response = http.send(http.build_request(**kwargs))
                response.read()
                response.close()
            except httpx.HTTPError as exc:
                rows.append((label, op.OPERATION_ID, "-", f"ERROR {type(exc).__name__}: {exc}"))
                continue
            rows.append(_row(label, op.OPERATION_ID, recorder.exchanges[start:]))
    widths = [
        max(len(r[i]) for r in [*rows, ("check", "operation", "status", "")]) for i in range(3)
    ]
    header = ("check", "operation", "status", "result")
    for r in [header, *rows]:
        out(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}")
    bad = sum(1 for r in rows if not r[3].startswith("OK"))
    out(f"\n{len(rows) - bad}/{len(rows)} checks match the spec ({endpoint})")
    return 1 if bad else 0


def _row(label: str, op_id: str, exchanges: list[Exchange]) -> tuple[str, str, str, str]:
    statuses = "->".join(str(e.status) for e in exchanges) or "-"
    diffs = [d for e in exchanges for d in e.diffs]
    known = [d for e in exchanges for d in e.known]
    if diffs:
        more = f" (+{len(diffs) - 1} more)" if len(diffs) > 1 else ""
        return label, op_id, statuses, f"DIFF {diffs[0]}{more}"
    if known:
        return label, op_id, statuses, f"OK (known spec issue: {known[0]})"
    return label, op_id, statuses, "OK"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m aistore.contract", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--endpoint", required=True, help="AIS proxy URL, e.g. http://localhost:8080"
    )
    parser.add_argument("--bucket", help="an existing bucket to HEAD and list")
    parser.add_argument("--provider", default="ais", help="provider of --bucket (default ais)")
    parser.add_argument("--token", help="bearer token (default: AIS_AUTHN_TOKEN)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    parser.add_argument("--skip-verify", action="store_true", help="do not verify TLS")
    parser.add_argument("--ca-cert", help="CA bundle to verify with (default: AIS_CLIENT_CA)")
    args = parser.parse_args(argv)
    return run(
        args.endpoint,
        args.bucket,
        args.provider,
        args.token,
        args.timeout,
        skip_verify=args.skip_verify,
        ca_cert=args.ca_cert,
    )


if __name__ == "__main__":
    sys.exit(main())
