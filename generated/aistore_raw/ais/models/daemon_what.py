from typing import Literal

DaemonWhat = Literal[
    "bmd",
    "cluster_config",
    "config",
    "disk",
    "log",
    "metrics",
    "mountpaths",
    "node_stats",
    "node_status",
    "smap",
    "smapvote",
    "snode",
    "software_version",
    "sysinfo",
    "tls_certificate",
]

DAEMON_WHAT_VALUES: set[DaemonWhat] = {
    "bmd",
    "cluster_config",
    "config",
    "disk",
    "log",
    "metrics",
    "mountpaths",
    "node_stats",
    "node_status",
    "smap",
    "smapvote",
    "snode",
    "software_version",
    "sysinfo",
    "tls_certificate",
}


def check_daemon_what(value: str) -> DaemonWhat:
    if value in DAEMON_WHAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DAEMON_WHAT_VALUES!r}")
