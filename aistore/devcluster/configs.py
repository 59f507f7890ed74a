"""Pure builders for the JSON configs of a local AIS cluster and its AuthN server.

The field names and values follow the server's own developer deployment
(deploy/dev/local in the AIS repository) and `cmn/config.go`; only what a
localhost test cluster needs is set, everything else keeps the server default.
"""

from __future__ import annotations

from typing import Any

LOCALHOST = "127.0.0.1"


def cluster_config(
    *,
    primary_url: str,
    auth_secret: str | None = None,
    features: int = 0,
) -> dict[str, Any]:
    """The cluster-wide config shared by every node (`aisnode -config=...`)."""
    auth: dict[str, Any] = {}
    if auth_secret is not None:
        auth = {"signature": {"method": "HMAC", "key": auth_secret}, "client_auth_required": True}
    return {
        "backend": {},
        "features": str(features),
        "timeout": {
            "cplane_operation": "2s",
            "max_keepalive": "5s",
            "cold_get_conflict": "5s",
            "max_host_busy": "20s",
            # the validated minimum: start-up waits for targets in ticks of startup_time/20
            "startup_time": "30s",
            "join_startup_time": "1m",
            "send_file_time": "5m",
            "ec_streams_time": "10m",
            "object_md": "2h",
        },
        "proxy": {"primary_url": primary_url, "original_url": primary_url, "discovery_url": ""},
        # a test cluster's mountpath is a directory on a disk shared with everything else on
        # the machine: at the usual watermarks (65/75/90/95 %) other users' files alone can
        # push it into space cleanup (work files of PUTs in progress removed) and 507s
        "space": {
            "cleanupwm": 97,
            "lowwm": 98,
            "highwm": 99,
            "out_of_space": 100,
            "batch_size": 32768,
            "dont_cleanup_time": "120m",
        },
        "resilver": {"enabled": True},
        # the dev default (2gb) reserves more than a test machine should give away
        "memsys": {
            "min_free": "256mb",
            "default_buf": "32kb",
            "to_gc": "1gb",
            "hk_time": "3m",
            "min_pct_total": 0,
            "min_pct_free": 0,
        },
        "versioning": {"enabled": True, "validate_warm_get": False},
        "net": {
            "l4": {"proto": "tcp", "sndrcv_buf_size": 131072},
            "http": {
                "use_https": False,
                "server_crt": "server.crt",
                "server_key": "server.key",
                "domain_tls": "",
                "client_ca_tls": "",
                "client_auth_tls": 0,
                "idle_conn_time": "6s",
                "idle_conns_per_host": 32,
                "idle_conns": 256,
                "write_buffer_size": 0,
                "read_buffer_size": 0,
                "chunked_transfer": True,
                "skip_verify": False,
            },
            "use_ipv6": False,
        },
        "auth": auth,
        # required by a build with the `dsort` tag (the node refuses to start without it)
        "distributed_sort": {
            "duplicated_records": "ignore",
            "missing_shards": "ignore",
            "ekm_malformed_line": "abort",
            "ekm_missing_key": "abort",
            "default_max_mem_usage": "80%",
            "call_timeout": "10m",
            "dsorter_mem_threshold": "100GB",
            "compression": "never",
            "bundle_multiplier": 4,
        },
    }


def https_config(
    *,
    server_crt: str,
    server_key: str,
    client_ca: str,
    client_auth_tls: int = 0,
) -> dict[str, Any]:
    """Overrides that make every port of every node speak TLS (merge with `deep_merge`).

    `client_ca` verifies both the nodes' peers (intra-cluster calls present the server cert
    as a client cert) and, with `client_auth_tls` 3 or 4, the clients' certificates.
    `client_auth_tls` is Go's `tls.ClientAuthType`: 0 none ... 4 require and verify.
    """
    if not 0 <= client_auth_tls <= 4:
        raise ValueError(f"client_auth_tls must be 0..4, got {client_auth_tls}")
    return {
        "net": {
            "http": {
                "use_https": True,
                "server_crt": server_crt,
                "server_key": server_key,
                "client_ca_tls": client_ca,
                "client_auth_tls": client_auth_tls,
                "skip_verify": False,
            }
        }
    }


def deep_merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """A copy of `base` with `overrides` applied section by section."""
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def node_local_config(
    *, node_dir: str, public_port: int, control_port: int, data_port: int
) -> dict[str, Any]:
    """One node's local config (`aisnode -local_config=...`): its ports, dirs and mountpath."""
    return {
        "confdir": node_dir,
        "log_dir": f"{node_dir}/log",
        "host_net": {
            # explicit loopback: an empty hostname makes the node pick a LAN address
            "hostname": LOCALHOST,
            "hostname_intra_control": LOCALHOST,
            "hostname_intra_data": LOCALHOST,
            "port": str(public_port),
            "port_intra_control": str(control_port),
            "port_intra_data": str(data_port),
        },
        "fspaths": {},
        # lets a mountpath live in a plain directory of a shared filesystem
        "test_fspaths": {"root": f"{node_dir}/mp", "count": 1, "instance": 0},
    }


def authn_config(*, log_dir: str, port: int) -> dict[str, Any]:
    """AuthN server config; the HMAC secret and admin credentials come from its environment."""
    return {
        "log": {"dir": log_dir, "level": "3"},
        "net": {"http": {"port": port, "use_https": False}},
        "auth": {"expiration_time": "24h"},
        "timeout": {"default_timeout": "30s"},
    }
