"""AsyncAuthNClient and the AuthN managers for asyncio: the synchronous classes' operations.

Each class shares its base with its synchronous twin (`aistore.sdk.authn.*`): the same
validation, requests, messages, logs and error classes, run as awaited operation plans.
"""

from __future__ import annotations

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.config import DEFAULT_ASYNC_CONNECTIONS_PER_NODE
from aistore._core.settings import ClientSettings
from aistore._core.twin import AsyncShell
from aistore.aio.client import make_sender
from aistore.sdk.authn.authn_client import AuthNClientBase
from aistore.sdk.authn.cluster_manager import ClusterManagerBase
from aistore.sdk.authn.role_manager import RoleManagerBase
from aistore.sdk.authn.token_manager import TokenManagerBase
from aistore.sdk.authn.user_manager import UserManagerBase


class AsyncTokenManager(TokenManagerBase[AsyncOperationSender], AsyncShell):
    """Token revocation (asyncio); see `TokenManager`."""


class AsyncRoleManager(RoleManagerBase[AsyncOperationSender], AsyncShell):
    """Roles of the AuthN server (asyncio); see `RoleManager`."""


class AsyncUserManager(UserManagerBase[AsyncOperationSender], AsyncShell):
    """Users of the AuthN server (asyncio); see `UserManager`."""


class AsyncClusterManager(ClusterManagerBase[AsyncOperationSender], AsyncShell):
    """Clusters registered with the AuthN server (asyncio); see `ClusterManager`.

    `register` and `update` are not here: `register` reads the cluster's UUID with a blocking
    client.
    """


class AsyncAuthNClient(AuthNClientBase[AsyncOperationSender], AsyncShell):
    """AuthN for asyncio; the names and parameters of `aistore.sdk.authn.AuthNClient`."""

    @staticmethod
    def _connect(settings: ClientSettings) -> AsyncOperationSender:
        return make_sender(settings, DEFAULT_ASYNC_CONNECTIONS_PER_NODE)

    def token_manager(self) -> AsyncTokenManager:
        return AsyncTokenManager(self._client)

    def role_manager(self) -> AsyncRoleManager:
        return AsyncRoleManager(self._client)

    def user_manager(self) -> AsyncUserManager:
        return AsyncUserManager(self._client)

    def cluster_manager(self) -> AsyncClusterManager:
        return AsyncClusterManager(self._client)

    async def close(self) -> None:
        self._client.close()

    async def __aenter__(self) -> AsyncAuthNClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
