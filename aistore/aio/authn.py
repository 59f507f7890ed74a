"""AsyncAuthNClient: log in to / out of AuthN and revoke tokens (asyncio, replayed sends)."""

from __future__ import annotations

from typing import Any

from urllib3.util import Retry

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.config import DEFAULT_ASYNC_CONNECTIONS_PER_NODE, TimeoutArg
from aistore._core.settings import ClientSettings
from aistore.aio._replay import replay
from aistore.aio.authn_managers import (
    AsyncClusterManager,
    AsyncRoleManager,
    AsyncUserManager,
)
from aistore.aio.client import make_sender
from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.authn.token_manager import TokenManager


def _sync_authn(client: Any) -> AuthNClient:
    """An `AuthNClient` around a replay stand-in (its constructor would open a pool)."""
    authn = AuthNClient.__new__(AuthNClient)
    authn._request_client = client
    return authn


class AsyncAuthNClient:
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
        self._sender = make_sender(settings, DEFAULT_ASYNC_CONNECTIONS_PER_NODE)

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> AsyncAuthNClient:
        """A client built from ready `ClientSettings` (service "authn")."""
        if settings.service != "authn":
            raise ValueError(f"AsyncAuthNClient needs settings for 'authn', got {settings!r}")
        authn = cls.__new__(cls)
        authn._sender = make_sender(settings, DEFAULT_ASYNC_CONNECTIONS_PER_NODE)
        return authn

    @property
    def client(self) -> AsyncOperationSender:
        return self._sender

    async def login(
        self, username: str, password: str, expires_in: int | float | None = None
    ) -> str:
        """Log in; the token (also this client's token from now on)."""
        return await replay(
            self._sender, lambda c: _sync_authn(c).login(username, password, expires_in)
        )

    async def logout(self) -> None:
        """Revoke this client's token and forget it."""
        await replay(self._sender, lambda c: _sync_authn(c).logout())

    def token_manager(self) -> AsyncTokenManager:
        return AsyncTokenManager(self._sender)

    def role_manager(self) -> AsyncRoleManager:
        return AsyncRoleManager(self._sender)

    def user_manager(self) -> AsyncUserManager:
        return AsyncUserManager(self._sender)

    def cluster_manager(self) -> AsyncClusterManager:
        return AsyncClusterManager(self._sender)

    async def close(self) -> None:
        self._sender.close()

    async def __aenter__(self) -> AsyncAuthNClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class AsyncTokenManager:
    """Token revocation (asyncio); `TokenManager.revoke` replayed."""

    def __init__(self, client: AsyncOperationSender) -> None:
        self._client = client

    @property
    def client(self) -> AsyncOperationSender:
        return self._client

    async def revoke(self, token: str) -> None:
        """Revoke `token` (the clusters registered with AuthN refuse it from then on)."""
        await replay(self._client, lambda c: TokenManager(c).revoke(token))
