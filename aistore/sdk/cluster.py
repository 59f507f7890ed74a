"""Cluster: cluster-wide queries: cluster map, buckets, jobs, ETLs, readiness and performance."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar, cast

import msgspec
from aistore_raw.ais.api.buckets import list_buckets as list_buckets_op
from aistore_raw.ais.api.cluster import cluster_action, get_cluster_info
from aistore_raw.ais.api.etl import list_etls
from aistore_raw.ais.api.health import get_health
from aistore_raw.ais.api.node import get_daemon_info, get_node_info
from aistore_raw.ais.models import (
    ActMsgDecommissionNode,
    ActMsgListBuckets,
    ActMsgStartMaintenance,
    ActMsgStopMaintenance,
    ActValRmNode,
    XactQueryMsg,
)
from aistore_raw.ais.models.get_node_info_severity import check_get_node_info_severity
from aistore_raw.ais.models.provider import Provider as WireProvider

from aistore._core.plan import Plan
from aistore._core.twin import C, SyncShell, Twin, operation
from aistore.sdk._bucket_validate import check_bool
from aistore.sdk._model import JsonDict
from aistore.sdk.enums import LogSeverity, NodeFilter
from aistore.sdk.errors import AISError, AISRequestError
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import (
    BucketModel,
    ClusterPerformance,
    ETLInfo,
    JobStatus,
    NodeCounter,
    NodeLatency,
    NodeStats,
    NodeThroughput,
    Smap,
)

logger = logging.getLogger(__name__)


def _check_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {value!r}")
    return value


def _job_query(job_kind: str, target_id: str, active: bool = False) -> XactQueryMsg:
    query = XactQueryMsg()
    if _check_str("job_kind", job_kind):
        query.kind = job_kind
    if _check_str("target_id", target_id):
        query.node = target_id
    if active:
        query.show_active = True
    return query


E = TypeVar("E", bound=Enum)


def check_enum(kind: type[E], value: Any, what: str) -> E:
    """`value` as a member of `kind` (ValueError naming `what` and the members otherwise)."""
    try:
        return kind(value)
    except ValueError:
        members = [m.value for m in kind]
        raise ValueError(f"{what} must be one of {members}, got {value!r}"[:200]) from None


class ClusterBase(Twin[C]):
    """What `Cluster` and `aistore.aio.AsyncCluster` share: the client and every query as an
    operation plan (`aistore._core.twin`)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({getattr(self._client, 'endpoint', '')!r})"

    # ---- cluster map -------------------------------------------------------------------
    @operation
    def get_info(self) -> Plan[Smap]:
        """The cluster map (`Smap`): proxies, targets, primary, UUID and version.

        Raises:
            aistore.sdk.errors.AISError: error response; requests-compatible transport errors.
        """
        return (yield from self._smap())

    @operation
    def get_primary_url(self) -> Plan[str]:
        """Public URL of the primary proxy."""
        primary = (yield from self._smap()).proxy_si
        if primary.public_net is None:
            raise ValueError(
                f"the cluster map has no public network for primary {primary.daemon_id}"
            )
        return primary.public_net.direct_url

    @operation
    def get_uuid(self) -> Plan[str]:
        """UUID of the cluster."""
        return (yield from self._smap()).uuid

    # ---- buckets -----------------------------------------------------------------------
    @operation
    def list_buckets(self, provider: str | Provider = Provider.AIS) -> Plan[list[BucketModel]]:
        """Buckets of the cluster.

        Args:
            provider: `ais` (default), `aws`, `gcp`, `azure`, `oci` (or an alias such as `s3`);
                an empty string lists the buckets of every provider.

        Returns:
            list of BucketModel (name, provider, namespace).

        Raises:
            aistore.sdk.errors.InvalidBckProvider: unknown provider (no request is made).
        """
        if provider == "" or provider is None:
            response = yield list_buckets_op.op(body=ActMsgListBuckets())
        else:
            # "ht" (HTTP) is a provider the server knows and the spec's enum leaves out
            prov = cast(WireProvider, Provider.parse(provider).value)
            response = yield list_buckets_op.op(body=ActMsgListBuckets(), provider=prov)
        return _decode(response.content, list[BucketModel] | None) or []

    # ---- jobs --------------------------------------------------------------------------
    @operation
    def list_jobs_status(self, job_kind: str = "", target_id: str = "") -> Plan[list[JobStatus]]:
        """Status of the jobs known to the cluster (running and finished).

        Args:
            job_kind: only jobs of this kind (e.g. `copy-bck`, `lru`).
            target_id: only jobs on this target.
        """
        query = _job_query(job_kind, target_id)
        response = yield get_cluster_info.op(what="status_all", body=query)
        return _decode(response.content, list[JobStatus] | None) or []

    @operation
    def list_running_jobs(self, job_kind: str = "", target_id: str = "") -> Plan[list[str]]:
        """The running jobs, each as `kind[ID]`, e.g. `copy-bck[f_nyNbsyc]`.

        Args:
            job_kind: only jobs of this kind.
            target_id: only jobs on this target.
        """
        query = _job_query(job_kind, target_id, active=True)
        response = yield get_cluster_info.op(what="running_all", body=query)
        return _decode(response.content, list[str] | None) or []

    # ---- ETL ---------------------------------------------------------------------------
    @operation
    def list_running_etls(self) -> Plan[list[ETLInfo]]:
        """Running ETLs (stopped or deleted ones are not listed).

        Without Kubernetes the server answers 400 "the operation requires Kubernetes" (raised as
        `AISError`).
        """
        response = yield list_etls.op()
        return _decode(response.content, list[ETLInfo] | None) or []

    @operation
    def list_etls(self, stages: list[str] | None = None) -> Plan[list[ETLInfo]]:
        """ETLs whose stage is one of `stages` (default: running ones) (2.x).

        v1.5.0 names the stages `Initializing`, `Running`, `Aborted`, `Unknown`; the match
        ignores case (2.x's default is "running"). Without Kubernetes the server answers 400
        "the operation requires Kubernetes" (raised as `AISError`).
        """
        if stages is None:
            stages = ["running"]
        if (
            isinstance(stages, str)
            or not isinstance(stages, Iterable)
            or not all(isinstance(x, str) for x in stages)
        ):
            raise TypeError(f"stages must be a list of strings, got {stages!r}")
        wanted = {x.lower() for x in stages}
        response = yield list_etls.op()
        infos: list[ETLInfo] = _decode(response.content, list[ETLInfo] | None) or []
        return [info for info in infos if info.stage.lower() in wanted]

    # ---- node logs (2.x) ---------------------------------------------------------------
    @operation
    def get_node_log(self, node_id: str, severity: LogSeverity = LogSeverity.INFO) -> Plan[str]:
        """The current log of one node (target or proxy) of this severity, as text (2.x).

        Raises:
            ValueError: empty node ID or unknown severity (no request is made).
            aistore.sdk.errors.AISError: the node is not in the cluster map.
        """
        response = yield _log_request(node_id, severity, all_logs=False)
        return str(response.content.decode("utf-8", errors="replace"))

    @operation
    def get_node_log_archive(
        self, node_id: str, severity: LogSeverity = LogSeverity.INFO
    ) -> Plan[bytes]:
        """A tar.gz of one node's current and rotated logs of this severity (2.x).

        Raises:
            ValueError: empty node ID or unknown severity (no request is made).
        """
        response = yield _log_request(node_id, severity, all_logs=True)
        return bytes(response.content)

    @operation
    def get_cluster_logs(
        self, severity: LogSeverity = LogSeverity.INFO, role: NodeFilter = NodeFilter.TARGET
    ) -> Plan[dict[str, str]]:
        """The current log of every target, proxy or node (`role`), by node ID (2.x)."""
        role = check_enum(NodeFilter, role, "role")
        severity = check_enum(LogSeverity, severity, "severity")
        smap = yield from self._smap()
        nodes: list[str] = []
        if role in (NodeFilter.TARGET, NodeFilter.ALL):
            nodes += list(smap.tmap)
        if role in (NodeFilter.PROXY, NodeFilter.ALL):
            nodes += list(smap.pmap)
        logs: dict[str, str] = {}
        for node in nodes:
            logs[node] = yield from ClusterBase.get_node_log.plan(self, node, severity)
        return logs

    # ---- health ------------------------------------------------------------------------
    @operation
    def is_ready(self) -> Plan[bool]:
        """True when the cluster is up and ready (`GET /v1/health?prr=true` answers 200).

        Asks the endpoint of this client (1.9.2 asked the primary's URL from the Smap; that is
        the same node unless the client talks to a non-primary proxy). Any error gives False.
        """
        try:
            response = yield get_health.op(prr=True)
        except (AISError, AISRequestError) as err:
            logger.debug("cluster not ready: %s", err)
            return False
        return bool(response.status_code == 200)

    # ---- performance -------------------------------------------------------------------
    @operation
    def get_performance(
        self,
        get_throughput: bool = True,
        get_latency: bool = True,
        get_counters: bool = True,
    ) -> Plan[ClusterPerformance]:
        """Throughput, latency and counters of every target, keyed by target ID (1.9.2's
        attributes of the result), and each target's raw node status (2.x: the result is the
        dict target ID -> status JSON).

        Computed from each target's `node_status` tracker (`GET /v1/reverse/daemon?what=node_status`
        through the proxy): one request for the cluster map and one per target. v1.5.0
        trackers hold cumulative counters (`get.n`, `put.size`, ...), bandwidth gauges
        (`get.bps`, `put.bps`) and latency totals; a metric the target has not reported yet
        counts as 0.

        Args:
            get_throughput: include throughput figures.
            get_latency: include latency figures.
            get_counters: include counters.
        """
        throughput: dict[str, NodeThroughput] = {}
        latency: dict[str, NodeLatency] = {}
        counters: dict[str, NodeCounter] = {}
        raw: dict[str, JsonDict] = {}
        if not (get_throughput or get_latency or get_counters):
            return ClusterPerformance(throughput=throughput, latency=latency, counters=counters)
        for target_id in (yield from self._smap()).tmap:
            response = yield get_node_info.op(what="node_status", ais_node_id=target_id)
            raw[target_id] = msgspec.json.decode(response.content)
            stats = msgspec.convert(raw[target_id], type=NodeStats, strict=False)
            if get_throughput:
                throughput[target_id] = NodeThroughput(stats.tracker)
            if get_latency:
                latency[target_id] = NodeLatency(stats.tracker)
            if get_counters:
                counters[target_id] = NodeCounter(stats.tracker)
        return ClusterPerformance(
            throughput=throughput, latency=latency, counters=counters, raw=raw
        )

    # ---- private -----------------------------------------------------------------------
    def _smap(self) -> Plan[Smap]:
        response = yield get_daemon_info.op(what="smap")
        return msgspec.json.decode(response.content, type=Smap, strict=False)


class Cluster(ClusterBase[RequestClient], SyncShell):
    """A class representing a cluster bound to an AIS client (making one sends no request).

    Args:
        client: the RequestClient of the `Client` that made it.
    """

    # ---- membership --------------------------------------------------------------------
    @operation
    def start_maintenance(self, node_id: str, skip_rebalance: bool = False) -> Plan[str]:
        """Put a node into maintenance: it stays in the cluster map, flagged, and gets no new
        objects; unless `skip_rebalance`, its objects are rebalanced to the other targets.

        Returns:
            the ID of the rebalance job it started ("" when none was started).
        """
        value = ActValRmNode(
            sid=_node_id(node_id), skip_rebalance=check_bool(skip_rebalance, "skip_rebalance")
        )
        response = yield cluster_action.op(body=ActMsgStartMaintenance(value=value))
        return str(response.text.strip())

    @operation
    def stop_maintenance(self, node_id: str, skip_rebalance: bool = False) -> Plan[str]:
        """Take a node out of maintenance; returns the rebalance job ID ("" when none)."""
        value = ActValRmNode(
            sid=_node_id(node_id), skip_rebalance=check_bool(skip_rebalance, "skip_rebalance")
        )
        response = yield cluster_action.op(body=ActMsgStopMaintenance(value=value))
        return str(response.text.strip())

    @operation
    def decommission_node(
        self,
        node_id: str,
        *,
        skip_rebalance: bool = False,
        rm_user_data: bool = False,
        keep_initial_config: bool = False,
    ) -> Plan[str]:
        """Remove a node from the cluster for good (it shuts down); its objects are first
        rebalanced away unless `skip_rebalance`. `rm_user_data` also deletes its data;
        `keep_initial_config` keeps its plain-text config files.

        Returns:
            the ID of the rebalance job it started ("" when none was started).
        """
        value = ActValRmNode(
            sid=_node_id(node_id),
            skip_rebalance=check_bool(skip_rebalance, "skip_rebalance"),
            rm_user_data=check_bool(rm_user_data, "rm_user_data"),
            keep_initial_config=check_bool(keep_initial_config, "keep_initial_config"),
        )
        response = yield cluster_action.op(body=ActMsgDecommissionNode(value=value))
        return str(response.text.strip())


def _log_request(node_id: str, severity: LogSeverity | str, all_logs: bool) -> Any:
    sev = check_get_node_info_severity(check_enum(LogSeverity, severity, "severity").value)
    node = _node_id(node_id)
    if all_logs:
        return get_node_info.op(what="log", ais_node_id=node, severity=sev, all_=True)
    return get_node_info.op(what="log", ais_node_id=node, severity=sev)


def _node_id(node_id: object) -> str:
    if not isinstance(node_id, str) or not node_id:
        raise ValueError(f"node_id must be a non-empty daemon ID string, got {node_id!r}")
    return node_id


def _decode(content: bytes, typ: Any) -> Any:
    """Decode a JSON answer into `typ` (numeric strings coerced, unknown fields ignored)."""
    return msgspec.json.decode(content, type=typ, strict=False)
