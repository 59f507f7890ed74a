"""AuthNClient: log in to / out of the AuthN server and get the managers of its resources."""

from __future__ import annotations

import logging
from typing import Protocol, Self, TypeVar

from aistore_raw.authn.api.users import login as login_op
from aistore_raw.authn.models import LoginMsg
from urllib3.util import Retry

from aistore._core.config import TimeoutArg
from aistore._core.plan import Plan
from aistore._core.settings import ClientSettings
from aistore._core.twin import SyncShell, Twin, operation
from aistore.sdk.authn.cluster_manager import ClusterManager
from aistore.sdk.authn.role_manager import RoleManager
from aistore.sdk.authn.token_manager import TokenManager, TokenManagerBase
from aistore.sdk.authn.types import TokenMsg, expires_in_ns
from aistore.sdk.authn.user_manager import UserManager
from aistore.sdk.authn.utils import decode, require_name, require_password
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)


class _Tokened(Protocol):
    """A client holding a token (`RequestClient`, `AsyncOperationSender`)."""

    @property
    def token(self) -> str | None: ...

    @token.setter
    def token(self, token: str | None) -> None: ...


T = TypeVar("T", bound=_Tokened)


class AuthNClientBase(Twin[T]):
    """What `AuthNClient` and `aistore.aio.AsyncAuthNClient` share: the settings, logging in
    and out. Each shell says how it connects (`_connect`)."""

    def __init__(
        self,
        endpoint: str,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
    ) -> None:
        name = type(self).__name__
        logger.info("Initializing %s", name)
        settings = ClientSettings.create(
            endpoint,
            skip_verify=skip_verify,
            ca_cert=ca_cert,
            timeout=timeout,
            retry=retry,
            token=token,
            service="authn",
        )
        super().__init__(self._connect(settings))
        logger.info("%s initialized with endpoint: %s", name, endpoint)

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> Self:
        """A client built from ready `ClientSettings` (service "authn"; tests pass a
        `transport=`)."""
        if settings.service != "authn":
            raise ValueError(f"{cls.__name__} needs settings for service 'authn', got {settings!r}")
        authn = cls.__new__(cls)
        Twin.__init__(authn, cls._connect(settings))
        return authn

    @staticmethod
    def _connect(settings: ClientSettings) -> T:
        """What sends this client's requests (a `RequestClient`; the async request loop)."""
        raise NotImplementedError

    @operation
    def login(
        self,
        username: str,
        password: str,
        expires_in: int | float | None = None,
    ) -> Plan[str]:
        """
        Logs in to the AuthN Server and returns an authorization token.

        The token also becomes this client's token (for the admin operations of the managers).

        Args:
            username (str): The username to log in with.
            password (str): The password to log in with.
            expires_in (Optional[Union[int, float]]): The expiration duration of the token in
                seconds (0: the server's maximum token age; otherwise the server wants at least 60).

        Returns:
            str: An authorization token to use for future requests.

        Raises:
            ValueError: If the password is empty or consists only of spaces
                (or the username is empty, or ``expires_in`` is negative or not a number).
            ErrUserInvalidCredentials: wrong username or password (401).
            AuthNError: If the login request fails (e.g. 400 for ``expires_in`` below a minute).
        """
        name = require_name("username", username)
        secret = require_password(password)
        body = LoginMsg(password=secret)
        ns = expires_in_ns(expires_in)
        if ns is not None:
            body.expires_in = ns
        logger.info("Attempting to log in with username: %s", name)
        try:
            response = yield login_op.op(name, body=body)
        except Exception as err:
            logger.debug("Login failed for username: %s, error: %s", name, err)
            raise
        token: str = decode(response.content, TokenMsg).token
        logger.info("Login successful for username: %s", name)
        self._client.token = token
        return token

    @operation
    def logout(self) -> Plan[None]:
        """
        Logs out and revokes current token from the AuthN Server.

        The token is cleared only if it is still the one revoked (a `login` while the
        revocation was under way keeps its new token).

        Raises:
            ValueError: not logged in (the client has no token).
            AuthNError: If the logout request fails.
        """
        token = self._client.token
        if not token:
            raise ValueError("Must be logged in first (no token)")
        logger.info("Logging out")
        try:
            yield from TokenManagerBase.revoke.plan(self, token=token)
        except Exception as err:
            logger.debug("Logout failed, error: %s", err)
            raise
        if self._client.token == token:
            self._client.token = None


class AuthNClient(AuthNClientBase[RequestClient], SyncShell):
    """
    AuthN client for managing authentication.

    This client provides methods to interact with AuthN Server.
    For more info on AuthN Server, see https://github.com/NVIDIA/aistore/blob/main/docs/authn.md

    Args:
        endpoint (str): AuthN service endpoint URL.
        skip_verify (bool, optional): If True, skip SSL certificate verification. Defaults to False.
        ca_cert (str, optional): Path to a CA certificate file for SSL verification.
        timeout (Union[float, Tuple[float, float], None], optional): Request timeout in seconds;
            a single float for both connect/read timeouts (e.g., 5.0), a tuple for separate
            connect/read timeouts (e.g., (3.0, 10.0)), or None to disable timeout.
        retry (urllib3.Retry, optional): Retry configuration object from the urllib3 library.
        token (str, optional): Authorization token.
    """

    @staticmethod
    def _connect(settings: ClientSettings) -> RequestClient:
        return RequestClient(settings)

    def cluster_manager(self) -> ClusterManager:
        """
        Factory method to create a ClusterManager instance.

        Returns:
            ClusterManager: An instance to manage cluster operations.
        """
        return ClusterManager(client=self._client)

    def role_manager(self) -> RoleManager:
        """
        Factory method to create a RoleManager instance.

        Returns:
            RoleManager: An instance to manage role operations.
        """
        return RoleManager(client=self._client)

    def user_manager(self) -> UserManager:
        """
        Factory method to create a UserManager instance.

        Returns:
            UserManager: An instance to manage user operations.
        """
        return UserManager(client=self._client)

    def token_manager(self) -> TokenManager:
        """
        Factory method to create a TokenManager instance.

        Returns:
            TokenManager: An instance to manage token operations.
        """
        return TokenManager(client=self._client)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def __enter__(self) -> AuthNClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AuthNClient(endpoint={self._client.endpoint!r})"
