from typing import Literal

ClusterWhat = Literal[
    "backends",
    "bmd",
    "cluster_config",
    "mountpaths",
    "node_stats",
    "qryxstats",
    "remote",
    "running_all",
    "smap",
    "smapvote",
    "snode",
    "status",
    "status_all",
    "sysinfo",
    "target_ips",
]

CLUSTER_WHAT_VALUES: set[ClusterWhat] = {
    "backends",
    "bmd",
    "cluster_config",
    "mountpaths",
    "node_stats",
    "qryxstats",
    "remote",
    "running_all",
    "smap",
    "smapvote",
    "snode",
    "status",
    "status_all",
    "sysinfo",
    "target_ips",
}


def check_cluster_what(value: str) -> ClusterWhat:
    if value in CLUSTER_WHAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLUSTER_WHAT_VALUES!r}")
