"""Performance figures computed from node statistics (``Cluster.get_performance``)."""

from collections.abc import Mapping

from aistore.sdk._model import JsonDict
from aistore.sdk.types._responses import NodeTracker


def naturalsize(value: float) -> str:
    """Human-readable decimal size ("1 Byte", "512 Bytes", "1.5 kB", "2.0 MB")."""
    size = float(value)
    if abs(size) == 1:
        return f"{int(size)} Byte"
    if abs(size) < 1000:
        return f"{int(size)} Bytes"
    unit = 1000.0
    for suffix in ("kB", "MB", "GB", "TB", "PB", "EB", "ZB"):
        if abs(size) < unit * 1000:
            return f"{size / unit:.1f} {suffix}"
        unit *= 1000
    return f"{size / unit:.1f} YB"


def _avg(total: float, count: int) -> float:
    return total / count if count > 0 else 0


class NodeThroughput:
    """Throughput figures derived from a node's tracker."""

    def __init__(self, node_tracker: NodeTracker) -> None:
        t = node_tracker
        self.get_bw = t.get_bps
        self.get_cold_n = t.get_cold_n
        self.get_cold_total_size = t.get_cold_size
        self.get_cold_avg_size = _avg(t.get_cold_size, t.get_cold_n)
        self.get_n = t.get_n
        self.get_total_size = t.get_bps
        self.get_avg_size = _avg(t.get_bps, t.get_n)
        self.put_bw = t.put_bps
        self.put_n = t.put_n
        self.put_total_size = t.put_bps
        self.put_avg_size = _avg(t.put_bps, t.put_n)
        self.err_get_n = t.err_get_n

    def as_dict(self) -> JsonDict:
        return {
            "GET(bw)": f"{naturalsize(self.get_bw)}/s",
            "GET-COLD(n)": self.get_cold_n,
            "GET-COLD(total size)": naturalsize(self.get_cold_total_size),
            "GET-COLD(avg size)": naturalsize(self.get_cold_avg_size),
            "GET(n)": self.get_n,
            "GET(total size)": naturalsize(self.get_total_size),
            "GET(avg size)": naturalsize(self.get_avg_size),
            "PUT(bw)": f"{naturalsize(self.put_bw)}/s",
            "PUT(n)": self.put_n,
            "PUT(total size)": naturalsize(self.put_total_size),
            "PUT(avg size)": naturalsize(self.put_avg_size),
            "ERR-GET(n)": self.err_get_n,
        }


class NodeLatency:
    """Latency figures derived from a node's tracker."""

    def __init__(self, node_tracker: NodeTracker) -> None:
        t = node_tracker
        self.get_cold_n = t.get_cold_n
        self.get_cold_total_size = t.get_cold_size
        self.get_cold_avg_size = _avg(t.get_cold_size, t.get_cold_n)
        self.get_n = t.get_n
        self.get_total_size = t.get_bps
        self.get_avg_size = _avg(t.get_bps, t.get_n)
        self.put_n = t.put_n
        self.put_total_size = t.put_bps
        self.put_avg_size = _avg(t.put_bps, t.put_n)
        self.err_get_n = t.err_get_n

    def as_dict(self) -> JsonDict:
        return {
            "GET-COLD(n)": self.get_cold_n,
            "GET-COLD(total size)": naturalsize(self.get_cold_total_size),
            "GET-COLD(avg size)": naturalsize(self.get_cold_avg_size),
            "GET(n)": self.get_n,
            "GET(total size)": naturalsize(self.get_total_size),
            "GET(avg size)": naturalsize(self.get_avg_size),
            "PUT(n)": self.put_n,
            "PUT(total size)": naturalsize(self.put_total_size),
            "PUT(avg size)": naturalsize(self.put_avg_size),
            "ERR-GET(n)": self.err_get_n,
        }


class NodeCounter:
    """Counters derived from a node's tracker."""

    def __init__(self, node_tracker: NodeTracker) -> None:
        t = node_tracker
        self.del_n = t.del_n
        self.dsort_creation_req_n = t.dsort_creation_req_n
        self.dsort_creation_resp_n = t.dsort_creation_resp_n
        self.dsort_extract_shard_mem_n = t.dsort_extract_shard_mem_n
        self.dsort_extract_shard_size = t.dsort_extract_shard_size
        self.get_cold_n = t.get_cold_n
        self.get_cold_size = t.get_cold_size
        self.get_n = t.get_n
        self.get_size = t.get_size
        self.lcache_evicted_n = t.lcache_evicted_n
        self.lcache_flush_cold_n = t.lcache_flush_cold_n
        self.evict_n = t.lru_evict_n
        self.evict_size = t.lru_evict_size
        self.list_n = t.lst_n
        self.put_n = t.put_n
        self.put_size = t.put_size
        self.remote_deleted_del_n = t.remote_deleted_del_n
        self.stream_in_n = t.stream_in_n
        self.stream_in_size = t.stream_in_size
        self.stream_out_n = t.stream_out_n
        self.stream_out_size = t.stream_out_size
        self.version_change_n = t.ver_change_n
        self.version_change_size = t.ver_change_size
        self.err_del_n = t.err_del_n
        self.err_get_n = t.err_get_n

    def as_dict(self) -> JsonDict:
        return {
            "DELETE(n)": self.del_n,
            "DSORT-CREATION-REQ(n)": self.dsort_creation_req_n,
            "DSORT-CREATION-RESP(n)": self.dsort_creation_resp_n,
            "DSORT-EXTRACT-SHARD-MEM(n)": self.dsort_extract_shard_mem_n,
            "DSORT-EXTRACT-SHARD(size)": naturalsize(self.dsort_extract_shard_size),
            "GET-COLD(n)": self.get_cold_n,
            "GET-COLD(size)": naturalsize(self.get_cold_size),
            "GET(n)": self.get_n,
            "GET(size)": naturalsize(self.get_size),
            "LCACHE-EVICTED(n)": self.lcache_evicted_n,
            "LCACHE-FLUSH-COLD(n)": self.lcache_flush_cold_n,
            "EVICT(n)": self.evict_n,
            "EVICT(size)": naturalsize(self.evict_size),
            "LIST(n)": self.list_n,
            "PUT(n)": self.put_n,
            "PUT(size)": naturalsize(self.put_size),
            "REMOTE-DELETED-DEL(n)": self.remote_deleted_del_n,
            "STREAM-IN(n)": self.stream_in_n,
            "STREAM-IN(size)": naturalsize(self.stream_in_size),
            "STREAM-OUT(n)": self.stream_out_n,
            "STREAM-OUT(size)": naturalsize(self.stream_out_size),
            "VERSION-CHANGE(n)": self.version_change_n,
            "VERSION-CHANGE(size)": naturalsize(self.version_change_size),
            "ERR-DEL(n)": self.err_del_n,
            "ERR-GET(n)": self.err_get_n,
        }


class ClusterPerformance(dict[str, JsonDict]):
    """Performance of every target in both references' shapes.

    1.9.2: the attributes `throughput`, `latency` and `counters`, each keyed by target ID.
    2.x: the object itself is the dict 2.x's `get_performance()` returns, target ID -> that
    target's raw node status JSON (`snode`, `tracker`, `capacity`, ...).
    """

    def __init__(
        self,
        throughput: Mapping[str, NodeThroughput],
        latency: Mapping[str, NodeLatency],
        counters: Mapping[str, NodeCounter],
        raw: Mapping[str, JsonDict] | None = None,
    ) -> None:
        super().__init__(raw or {})
        self.throughput = throughput
        self.latency = latency
        self.counters = counters

    def as_dict(self) -> JsonDict:
        return {"throughput": self.throughput, "latency": self.latency, "counters": self.counters}
