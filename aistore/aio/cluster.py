"""AsyncCluster: the asyncio twin of `aistore.sdk.cluster.Cluster` (replayed sends)."""

from __future__ import annotations

from aistore._core.async_sender import AsyncOperationSender
from aistore.aio._replay import replay
from aistore.sdk.cluster import Cluster, check_enum
from aistore.sdk.enums import LogSeverity, NodeFilter
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketModel, ClusterPerformance, ETLInfo, JobStatus, Smap


class AsyncCluster:
    """Cluster queries (asyncio); each method is `Cluster`'s own, its requests awaited."""

    def __init__(self, client: AsyncOperationSender) -> None:
        self._client = client

    @property
    def client(self) -> AsyncOperationSender:
        return self._client

    async def get_info(self) -> Smap:
        """The cluster map (`Smap`): proxies, targets, primary, UUID and version."""
        return await replay(self._client, lambda c: Cluster(c).get_info())

    async def get_primary_url(self) -> str:
        """Public URL of the primary proxy."""
        return await replay(self._client, lambda c: Cluster(c).get_primary_url())

    async def get_uuid(self) -> str:
        """UUID of the cluster."""
        return await replay(self._client, lambda c: Cluster(c).get_uuid())

    async def list_buckets(self, provider: str | Provider = Provider.AIS) -> list[BucketModel]:
        """Buckets of the cluster (`""`: of every provider)."""
        return await replay(self._client, lambda c: Cluster(c).list_buckets(provider))

    async def list_jobs_status(self, job_kind: str = "", target_id: str = "") -> list[JobStatus]:
        """Status of the jobs known to the cluster (running and finished)."""
        return await replay(
            self._client, lambda c: Cluster(c).list_jobs_status(job_kind, target_id)
        )

    async def list_running_jobs(self, job_kind: str = "", target_id: str = "") -> list[str]:
        """The running jobs, each as `kind[ID]`."""
        return await replay(
            self._client, lambda c: Cluster(c).list_running_jobs(job_kind, target_id)
        )

    async def list_running_etls(self) -> list[ETLInfo]:
        """Running ETLs (the server refuses without Kubernetes)."""
        return await replay(self._client, lambda c: Cluster(c).list_running_etls())

    async def list_etls(self, stages: list[str] | None = None) -> list[ETLInfo]:
        """ETLs whose stage is one of `stages` (default: running) (`Cluster.list_etls`)."""
        return await replay(self._client, lambda c: Cluster(c).list_etls(stages))

    async def get_node_log(self, node_id: str, severity: LogSeverity = LogSeverity.INFO) -> str:
        """The current log of one node (`Cluster.get_node_log`)."""
        return await replay(self._client, lambda c: Cluster(c).get_node_log(node_id, severity))

    async def get_node_log_archive(
        self, node_id: str, severity: LogSeverity = LogSeverity.INFO
    ) -> bytes:
        """A tar.gz of one node's logs (`Cluster.get_node_log_archive`)."""
        return await replay(
            self._client, lambda c: Cluster(c).get_node_log_archive(node_id, severity)
        )

    async def get_cluster_logs(
        self, severity: LogSeverity = LogSeverity.INFO, role: NodeFilter = NodeFilter.TARGET
    ) -> dict[str, str]:
        """The current log of every node of `role`, by node ID (`Cluster.get_cluster_logs`)."""
        role = check_enum(NodeFilter, role, "role")
        severity = check_enum(LogSeverity, severity, "severity")
        smap = await self.get_info()
        nodes = list(smap.tmap) if role in (NodeFilter.TARGET, NodeFilter.ALL) else []
        nodes += list(smap.pmap) if role in (NodeFilter.PROXY, NodeFilter.ALL) else []
        return {node: await self.get_node_log(node, severity) for node in nodes}

    async def is_ready(self) -> bool:
        """True when the cluster is up and ready; any error gives False."""
        return await replay(self._client, lambda c: Cluster(c).is_ready())

    async def get_performance(
        self,
        get_throughput: bool = True,
        get_latency: bool = True,
        get_counters: bool = True,
    ) -> ClusterPerformance:
        """Throughput, latency and counters of every target, keyed by target ID."""
        return await replay(
            self._client,
            lambda c: Cluster(c).get_performance(get_throughput, get_latency, get_counters),
        )

    def __repr__(self) -> str:
        return f"AsyncCluster({self._client.session.origin!r})"
