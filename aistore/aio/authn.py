"""AsyncAuthNClient and the AuthN managers for asyncio: the synchronous classes' operations.

Each class shares its base with its synchronous twin (`aistore.sdk.authn.*`): the same
validation, requests, messages, logs and error classes, run as awaited operation plans.
"""

from __future__ import annotations

from urllib3.util import Retry

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.config import DEFAULT_ASYNC_CONNECTIONS_PER_NODE, TimeoutArg
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

    def __init__(
        self,
        endpoint: str,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
    ) -> None:
        settings = ClientSettings.create(
            endpoint,
            skip_verify=skip_verify,
            ca_cert=ca_cert,
            timeout=timeout,
            retry=retry,
            token=token,
            service="authn",
        )
        super().__init__(make_sender(settings, DEFAULT_ASYNC_CONNECTIONS_PER_NODE))

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> AsyncAuthNClient:
        """A client built from ready `ClientSettings` (service "authn")."""
        if settings.service != "authn":
            raise ValueError(f"AsyncAuthNClient needs settings for 'authn', got {settings!r}")
        authn = cls.__new__(cls)
        authn._client = make_sender(settings, DEFAULT_ASYNC_CONNECTIONS_PER_NODE)
        return authn

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
