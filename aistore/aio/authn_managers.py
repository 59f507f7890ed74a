"""AuthN's roles, users and clusters for asyncio: the synchronous managers' methods replayed.

Each method is the synchronous manager's own (`aistore.sdk.authn.*_manager`), its requests
awaited (`aistore.aio._replay`): the same validation, messages and error classes.
"""

from __future__ import annotations

import builtins

from aistore._core.async_sender import AsyncOperationSender
from aistore.aio._replay import replay
from aistore.sdk.authn.access_attr import AccessAttr
from aistore.sdk.authn.cluster_manager import ClusterManager
from aistore.sdk.authn.role_manager import RoleManager
from aistore.sdk.authn.types import (
    ClusterInfo,
    ClusterList,
    RoleInfo,
    RolesList,
    UserInfo,
    UsersList,
)
from aistore.sdk.authn.user_manager import UserManager


class AsyncRoleManager:
    """Roles of the AuthN server (asyncio); see `RoleManager`."""

    def __init__(self, client: AsyncOperationSender) -> None:
        self._client = client

    @property
    def client(self) -> AsyncOperationSender:
        return self._client

    async def list(self) -> RolesList:
        return await replay(self._client, lambda c: RoleManager(c).list())

    async def get(self, role_name: str) -> RoleInfo:
        return await replay(self._client, lambda c: RoleManager(c).get(role_name))

    async def create(
        self,
        name: str,
        desc: str,
        cluster_alias: str,
        perms: builtins.list[AccessAttr],
        bucket_name: str | None = None,
    ) -> RoleInfo:
        return await replay(
            self._client,
            lambda c: RoleManager(c).create(name, desc, cluster_alias, perms, bucket_name),
        )

    async def update(
        self,
        name: str,
        desc: str | None = None,
        cluster_alias: str | None = None,
        perms: builtins.list[AccessAttr] | None = None,
        bucket_name: str | None = None,
    ) -> RoleInfo:
        return await replay(
            self._client,
            lambda c: RoleManager(c).update(name, desc, cluster_alias, perms, bucket_name),
        )

    async def delete(self, name: str, missing_ok: bool = False) -> None:
        await replay(self._client, lambda c: RoleManager(c).delete(name, missing_ok))


class AsyncUserManager:
    """Users of the AuthN server (asyncio); see `UserManager`."""

    def __init__(self, client: AsyncOperationSender) -> None:
        self._client = client

    @property
    def client(self) -> AsyncOperationSender:
        return self._client

    async def get(self, username: str) -> UserInfo:
        return await replay(self._client, lambda c: UserManager(c).get(username))

    async def delete(self, username: str, missing_ok: bool = False) -> None:
        await replay(self._client, lambda c: UserManager(c).delete(username, missing_ok))

    async def create(self, username: str, roles: builtins.list[str], password: str) -> UserInfo:
        return await replay(
            self._client, lambda c: UserManager(c).create(username, roles, password)
        )

    async def list(self) -> UsersList:
        return await replay(self._client, lambda c: UserManager(c).list())

    async def update(
        self,
        username: str,
        password: str | None = None,
        roles: builtins.list[str] | None = None,
    ) -> UserInfo:
        return await replay(
            self._client, lambda c: UserManager(c).update(username, password, roles)
        )


class AsyncClusterManager:
    """Clusters registered with the AuthN server (asyncio); see `ClusterManager`.

    `register` and `update` are not here: they read the cluster's UUID with a blocking client.
    """

    def __init__(self, client: AsyncOperationSender) -> None:
        self._client = client

    @property
    def client(self) -> AsyncOperationSender:
        return self._client

    async def list(self) -> ClusterList:
        return await replay(self._client, lambda c: ClusterManager(c).list())

    async def get(
        self, cluster_id: str | None = None, cluster_alias: str | None = None
    ) -> ClusterInfo:
        return await replay(
            self._client, lambda c: ClusterManager(c).get(cluster_id, cluster_alias)
        )

    async def delete(self, cluster_id: str | None = None, cluster_alias: str | None = None) -> None:
        await replay(self._client, lambda c: ClusterManager(c).delete(cluster_id, cluster_alias))
