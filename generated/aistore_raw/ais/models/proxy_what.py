from typing import Literal

ProxyWhat = Literal[
    "bmd",
    "config",
    "log",
    "metrics",
    "node_stats",
    "node_status",
    "smap",
    "smapvote",
    "snode",
    "software_version",
    "sysinfo",
    "tls_certificate",
]

PROXY_WHAT_VALUES: set[ProxyWhat] = {
    "bmd",
    "config",
    "log",
    "metrics",
    "node_stats",
    "node_status",
    "smap",
    "smapvote",
    "snode",
    "software_version",
    "sysinfo",
    "tls_certificate",
}


def check_proxy_what(value: str) -> ProxyWhat:
    if value in PROXY_WHAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROXY_WHAT_VALUES!r}")
