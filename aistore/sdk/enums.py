"""Small public enums shared by several SDK classes."""

from enum import IntEnum, StrEnum


class FLTPresence(IntEnum):
    """Presence filter for buckets and objects (api/apc/query.go ``presence``).

    FLT_EXISTS: exists inside and/or outside the cluster.
    FLT_EXISTS_NO_PROPS: same, without returning properties.
    FLT_PRESENT: bucket present / object present and properly located.
    FLT_PRESENT_NO_PROPS: same, without returning properties.
    FLT_PRESENT_CLUSTER: object present anywhere in the cluster (replica, EC slice, misplaced).
    FLT_EXISTS_OUTSIDE: not present in the cluster; exists outside it.
    """

    FLT_EXISTS = 0
    FLT_EXISTS_NO_PROPS = 1
    FLT_PRESENT = 2
    FLT_PRESENT_NO_PROPS = 3
    FLT_PRESENT_CLUSTER = 4
    FLT_EXISTS_OUTSIDE = 5


class Colocation(IntEnum):
    """Get-Batch colocation hint (api/apc/ml.go ``ColocLevel``).

    NONE: items spread over all targets (the designated target is picked at random).
    TARGET_AWARE: items live on few targets; the proxy picks the target holding most of them.
    TARGET_AND_SHARD_AWARE: also archpaths from few shards (not implemented by the server).
    """

    NONE = 0
    TARGET_AWARE = 1
    TARGET_AND_SHARD_AWARE = 2


class LogSeverity(StrEnum):
    """Severity of a node's log (`Cluster.get_node_log`; the server's `severity` query values)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class NodeFilter(StrEnum):
    """Which nodes of the cluster map (`Cluster.get_cluster_logs`)."""

    TARGET = "target"
    PROXY = "proxy"
    ALL = "all"
