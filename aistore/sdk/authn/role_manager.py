"""RoleManager: roles (named sets of cluster and bucket permissions) on the AuthN server."""

from __future__ import annotations

import builtins
import logging
from collections.abc import Iterable

from aistore_raw.authn.api.roles import add_role, delete_role, get_role, list_roles, update_role
from aistore_raw.authn.models import Role

from aistore._core.plan import Plan
from aistore._core.twin import C, SyncShell, Twin, operation
from aistore.sdk.authn.access_attr import AccessAttr, combine_perms
from aistore.sdk.authn.cluster_manager import ClusterManagerBase
from aistore.sdk.authn.errors import ErrRoleNotFound
from aistore.sdk.authn.types import RoleInfo, RolesList
from aistore.sdk.authn.utils import bucket_acl, cluster_acl, decode, require_name
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)
_get_cluster = ClusterManagerBase.get.plan


def _check_perms(perms: object) -> int:
    """The mask of a list of AccessAttr flags; ValueError for anything else or an empty list."""
    if isinstance(perms, str | bytes) or not isinstance(perms, Iterable | int):
        raise ValueError(f"perms must be a list of AccessAttr, got {perms!r}")
    mask = combine_perms(perms)
    if not mask:
        raise ValueError("perms must grant at least one permission")
    return mask


class RoleManagerBase(Twin[C]):
    """What `RoleManager` and `aistore.aio.AsyncRoleManager` share: every operation as a plan."""

    @operation
    def list(self) -> Plan[RolesList]:
        """
        Retrieves information about all roles.

        Returns:
            RoleList: A list containing information about all roles.

        Raises:
            AuthNError: error response from the AuthN server.
        """
        logger.info("Listing all roles")
        response = yield list_roles.op()
        roles: builtins.list[RoleInfo] | None = decode(
            response.content, builtins.list[RoleInfo] | None
        )
        return RolesList(roles)

    @operation
    def get(self, role_name: str) -> Plan[RoleInfo]:
        """
        Retrieves information about a specific role.

        Args:
            role_name (str): The name of the role to retrieve.

        Returns:
            RoleInfo: Information about the specified role.

        Raises:
            ErrRoleNotFound: the role does not exist.
            AuthNError: other error responses from the AuthN server.
        """
        name = require_name("role_name", role_name)
        logger.info("Getting role with name: %s", name)
        response = yield get_role.op(name)
        role: RoleInfo = decode(response.content, RoleInfo)
        return role

    @operation
    def create(
        self,
        name: str,
        desc: str,
        cluster_alias: str,
        perms: builtins.list[AccessAttr],
        bucket_name: str | None = None,
    ) -> Plan[RoleInfo]:
        """
        Creates a new role.

        The permissions are OR-ed into one mask. With ``bucket_name`` the role grants them on
        that ais:// bucket of the cluster, otherwise on the whole cluster. The cluster must be
        registered (its UUID is looked up by alias).

        Args:
            name (str): The name of the role.
            desc (str): A description of the role.
            cluster_alias (str): The alias of the cluster this role will have access to.
            perms (List[AccessAttr]): A list of permissions to be granted for this role.
            bucket_name (str, optional): The name of the bucket this role will have access to.

        Returns:
            RoleInfo: Information about the newly created role.

        Raises:
            ValueError: empty name or alias, no permissions, or a bad bucket name.
            ErrClusterNotFound: no cluster is registered under ``cluster_alias``.
            ErrRoleAlreadyExists: the role exists.
            AuthNError: other error responses from the AuthN server.
        """
        role_name = require_name("name", name)
        if not isinstance(desc, str):
            raise ValueError(f"desc must be a string, got {desc!r}")
        alias = require_name("cluster_alias", cluster_alias)
        mask = _check_perms(perms)
        if bucket_name is not None:
            require_name("bucket_name", bucket_name)
        body = Role(name=role_name, desc=desc)
        cluster_uuid = (yield from _get_cluster(self, cluster_alias=alias)).id
        if bucket_name:
            body.buckets = [bucket_acl(bucket_name, cluster_uuid, mask)]
        else:
            body.clusters = [cluster_acl(cluster_uuid, mask)]
        logger.info("Creating role with name: %s", role_name)
        yield add_role.op(body=body)
        return (yield from RoleManagerBase.get.plan(self, role_name=role_name))

    @operation
    def update(
        self,
        name: str,
        desc: str | None = None,
        cluster_alias: str | None = None,
        perms: builtins.list[AccessAttr] | None = None,
        bucket_name: str | None = None,
    ) -> Plan[RoleInfo]:
        """
        Updates an existing role.

        The server merges the given fields into the stored role: a new description replaces
        the old one; a permission for a bucket (or cluster) replaces that bucket's (cluster's)
        mask or is added next to the others.

        Args:
            name (str): The name of the role.
            desc (str, optional): An updated description of the role.
            cluster_alias (str, optional): The alias of the cluster this role will have access to.
            perms (List[AccessAttr], optional): A list of updated permissions to be granted
                for this role.
            bucket_name (str, optional): The name of the bucket this role will have access to.

        Returns:
            RoleInfo: the role as stored after the update.

        Raises:
            AuthNError: error responses from the AuthN server.
            ValueError: If the role does not exist or if invalid parameters are provided.
        """
        role_name = require_name("name", name)
        if not (desc or cluster_alias or perms or bucket_name):
            raise ValueError(
                "You must change either the description or permissions for a bucket or cluster."
            )
        if perms and not cluster_alias:
            raise ValueError("Cluster alias must be provided when permissions are specified.")
        if bucket_name and not cluster_alias:
            raise ValueError("Cluster alias must be provided when bucket_name is specified.")
        if (cluster_alias or bucket_name) and not perms:
            raise ValueError(
                "Permissions must be provided when cluster alias or bucket name is specified."
            )
        mask = _check_perms(perms) if perms else 0
        try:
            yield from RoleManagerBase.get.plan(self, role_name=role_name)
        except ErrRoleNotFound as error:
            raise ValueError(f"Role {role_name} does not exist") from error

        body = Role(name=role_name)
        if desc:
            body.desc = desc
        if cluster_alias:
            cluster_uuid = (yield from _get_cluster(self, cluster_alias=cluster_alias)).id
            if bucket_name:
                body.buckets = [bucket_acl(bucket_name, cluster_uuid, mask)]
            else:
                body.clusters = [cluster_acl(cluster_uuid, mask)]
        logger.info("Updating role with name: %s", role_name)
        yield update_role.op(role_name, body=body)
        return (yield from RoleManagerBase.get.plan(self, role_name=role_name))

    @operation
    def delete(self, name: str, missing_ok: bool = False) -> Plan[None]:
        """
        Deletes a role.

        Args:
            name (str): The name of the role to delete.
            missing_ok (bool): Ignore error if role does not exist. Defaults to False

        Raises:
            ErrRoleNotFound: the role does not exist (unless ``missing_ok``).
            AuthNError: other error responses from the AuthN server.
        """
        role_name = require_name("name", name)
        logger.info("Deleting role with name: %s", role_name)
        try:
            yield delete_role.op(role_name)
        except ErrRoleNotFound:
            if not missing_ok:
                raise


class RoleManager(RoleManagerBase[RequestClient], SyncShell):
    """
    Manages role-related operations.

    This class provides methods to interact with roles, including
    retrieving, creating, updating, and deleting role information.

    Args:
        client (RequestClient): The RequestClient used to make HTTP requests.
    """
