"""ClusterManager: AIS clusters registered with the AuthN server."""

from __future__ import annotations

import builtins
import logging

from aistore_raw.authn.api.clusters import (
    add_cluster,
    delete_cluster,
    get_cluster,
    list_clusters,
    update_cluster,
)
from aistore_raw.authn.models import CluACL

from aistore._core.plan import Plan
from aistore._core.twin import C, SyncShell, Twin, operation
from aistore.sdk.authn.types import ClusterInfo, ClusterList
from aistore.sdk.authn.utils import decode, require_name, require_urls
from aistore.sdk.client import Client
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)


def _id_or_alias(cluster_id: str | None, cluster_alias: str | None) -> str:
    if not cluster_id and not cluster_alias:
        raise ValueError("At least one of cluster_id or cluster_alias must be provided")
    value = cluster_id or cluster_alias
    return require_name("cluster_id" if cluster_id else "cluster_alias", value)


class ClusterManagerBase(Twin[C]):
    """What `ClusterManager` and `aistore.aio.AsyncClusterManager` share: list, get, delete."""

    @operation
    def list(self) -> Plan[ClusterList]:
        """
        Retrieve all clusters.

        Returns:
            ClusterList: A list of all clusters.

        Raises:
            AuthNError: If an error occurs while listing clusters.
        """
        logger.info("Listing all clusters")
        response = yield list_clusters.op()
        return _decode_clusters(response.content)

    @operation
    def get(
        self, cluster_id: str | None = None, cluster_alias: str | None = None
    ) -> Plan[ClusterInfo]:
        """
        Retrieve a specific cluster by ID or alias.

        Args:
            cluster_id (Optional[str]): The ID of the cluster. Defaults to None.
            cluster_alias (Optional[str]): The alias of the cluster. Defaults to None.

        Returns:
            ClusterInfo: Information about the specified cluster.

        Raises:
            ValueError: If neither cluster_id nor cluster_alias is provided.
            RuntimeError: If no cluster matches the provided ID or alias.
            AuthNError: If an error occurs while getting the cluster
                (ErrClusterNotFound when the server does not know it).
        """
        key = _id_or_alias(cluster_id, cluster_alias)
        logger.info("Getting cluster with ID or alias: %s", key)
        response = yield get_cluster.op(key)
        clusters = _decode_clusters(response.content).clusters
        if not clusters:
            raise RuntimeError(f"No cluster found with ID or alias '{key}'")
        return next(iter(clusters.values()))

    @operation
    def delete(self, cluster_id: str | None = None, cluster_alias: str | None = None) -> Plan[None]:
        """
        Delete a specific cluster by ID or alias.

        Args:
            cluster_id (Optional[str]): The ID of the cluster to delete. Defaults to None.
            cluster_alias (Optional[str]): The alias of the cluster to delete. Defaults to None.

        Raises:
            ValueError: If neither cluster_id nor cluster_alias is provided.
            AuthNError: If an error occurs while deleting the cluster
        """
        key = _id_or_alias(cluster_id, cluster_alias)
        logger.info("Deleting cluster with ID or alias: %s", key)
        yield delete_cluster.op(key)


class ClusterManager(ClusterManagerBase[RequestClient], SyncShell):
    """
    ClusterManager class for handling operations on clusters within the context of authentication.

    This class provides methods to list, get, register, update, and delete clusters on AuthN server.

    Args:
        client (RequestClient): The request client to make HTTP requests.
    """

    def register(self, cluster_alias: str, urls: builtins.list[str]) -> ClusterInfo:
        """
        Register a new cluster.

        The cluster's UUID is read from the first URL (with this client's token, TLS not
        verified, as 1.9.2 does); AuthN then contacts the cluster itself, so it must be up and
        share AuthN's signing secret.

        Args:
            cluster_alias (str): The alias for the new cluster.
            urls (List[str]): A list of URLs for the new cluster.

        Returns:
            ClusterInfo: Information about the registered cluster.

        Raises:
            ValueError: If no URLs are provided or an invalid URL is provided
                (including one whose cluster UUID cannot be read).
            AuthNError: If an error occurs while registering the cluster.
        """
        alias = require_name("cluster_alias", cluster_alias)
        url_list = require_urls(urls)
        logger.info("Registering new cluster with alias: %s and URLs: %s", alias, url_list)
        uuid = self._cluster_uuid(url_list[0])
        self._client.send(add_cluster.op(body=CluACL(id=uuid, alias=alias, urls=url_list)))
        return self.get(cluster_id=uuid)

    def update(
        self,
        cluster_id: str,
        cluster_alias: str | None = None,
        urls: builtins.list[str] | None = None,
    ) -> ClusterInfo:
        """
        Update an existing cluster.

        Args:
            cluster_id (str): The ID of the cluster to update.
            cluster_alias (Optional[str]): The new alias for the cluster. Defaults to None.
            urls (Optional[List[str]]): The new list of URLs for the cluster. Defaults to None.

        Returns:
            ClusterInfo: Information about the updated cluster.

        Raises:
            ValueError: If neither cluster_alias nor urls are provided.
            AuthNError: If an error occurs while updating the cluster
        """
        cid = require_name("cluster_id", cluster_id)
        if cluster_alias is None and urls is None:
            raise ValueError("At least one of cluster_alias or urls must be provided")
        body = CluACL(id=cid)
        if cluster_alias is not None:
            body.alias = require_name("cluster_alias", cluster_alias)
        if urls is not None:
            body.urls = require_urls(urls)
        logger.info("Updating cluster with ID: %s", cid)
        self._client.send(update_cluster.op(cid, body=body))
        return self.get(cluster_id=cid)

    def _cluster_uuid(self, url: str) -> str:
        try:
            with Client(
                url, token=self._client.token, skip_verify=True, timeout=self._client.timeout
            ) as ais:
                uuid = ais.cluster().get_uuid()
        except Exception as err:
            raise ValueError(
                f"Failed to retrieve UUID for the provided URL: {url}. "
                f"Ensure the URL is correct and the endpoint is accessible."
            ) from err
        if not uuid:
            raise ValueError(f"Failed to retrieve UUID for the provided URL: {url}")
        return uuid


def _decode_clusters(content: bytes) -> ClusterList:
    result: ClusterList | None = decode(content, ClusterList | None)
    return result if result is not None else ClusterList()
