"""Answers of a fake AIS server that unit tests share (wire shapes of v1.5.0)."""

from __future__ import annotations

from typing import Any

NODE_STATS: dict[str, Any] = {
    "snode": {"daemon_id": "t1", "daemon_type": "target"},
    "tracker": {"get.n": 4, "put.size": 10, "get.bps": 100, "get.ns.total": 1000},
    "capacity": {
        "pct_max": 1,
        "pct_avg": 1,
        "pct_min": 1,
        "cs_err": "",
        "total_used": 1,
        "total_avail": 2,
    },
    "status": "online",
    "deployment": "dev",
    "ais_version": "1.5.0",
    "build_time": "x",
    "k8s_pod_name": "",
    "sys_info": {},
    "smap_version": "7",
}
"""A target's `node_status` (`GET /v1/reverse/daemon?what=node_status`)."""
