"""AuthNClient: log in to / out of the AuthN server and get the managers of its resources."""

from __future__ import annotations

import logging

from aistore_raw.authn.api.users import login as login_op
from aistore_raw.authn.models import LoginMsg
from urllib3.util import Retry

from aistore._core.config import TimeoutArg
from aistore._core.settings import ClientSettings
from aistore.sdk.authn.cluster_manager import ClusterManager
from aistore.sdk.authn.role_manager import RoleManager
from aistore.sdk.authn.token_manager import TokenManager
from aistore.sdk.authn.types import TokenMsg, expires_in_ns
from aistore.sdk.authn.user_manager import UserManager
from aistore.sdk.authn.utils import decode, require_name, require_password
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)


class AuthNClient:
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

    def __init__(
        self,
        endpoint: str,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
    ) -> None:
        logger.info("Initializing AuthNClient")
        self._request_client = RequestClient(
            ClientSettings.create(
                endpoint,
                skip_verify=skip_verify,
                ca_cert=ca_cert,
                timeout=timeout,
                retry=retry,
                token=token,
                service="authn",
            )
        )
        logger.info("AuthNClient initialized with endpoint: %s", endpoint)

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> AuthNClient:
        """An AuthN client built from ready `ClientSettings` (service "authn"; tests pass a
        `transport=`)."""
        if settings.service != "authn":
            raise ValueError(f"AuthNClient needs settings for service 'authn', got {settings!r}")
        authn = cls.__new__(cls)
        authn._request_client = RequestClient(settings)
        return authn

    @property
    def client(self) -> RequestClient:
        """
        Get the request client.

        Returns:
            RequestClient: The client this AuthN client uses to make requests.
        """
        return self._request_client

    def login(
        self,
        username: str,
        password: str,
        expires_in: int | float | None = None,
    ) -> str:
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
            response = self._request_client.send(login_op.op(name, body=body))
        except Exception as err:
            logger.debug("Login failed for username: %s, error: %s", name, err)
            raise
        token: str = decode(response.content, TokenMsg).token
        logger.info("Login successful for username: %s", name)
        self._request_client.token = token
        return token

    def logout(self) -> None:
        """
        Logs out and revokes current token from the AuthN Server.

        Raises:
            ValueError: not logged in (the client has no token).
            AuthNError: If the logout request fails.
        """
        token = self._request_client.token
        if not token:
            raise ValueError("Must be logged in first (no token)")
        logger.info("Logging out")
        try:
            self.token_manager().revoke(token=token)
        except Exception as err:
            logger.debug("Logout failed, error: %s", err)
            raise
        self._request_client.token = None

    def cluster_manager(self) -> ClusterManager:
        """
        Factory method to create a ClusterManager instance.

        Returns:
            ClusterManager: An instance to manage cluster operations.
        """
        return ClusterManager(client=self._request_client)

    def role_manager(self) -> RoleManager:
        """
        Factory method to create a RoleManager instance.

        Returns:
            RoleManager: An instance to manage role operations.
        """
        return RoleManager(client=self._request_client)

    def user_manager(self) -> UserManager:
        """
        Factory method to create a UserManager instance.

        Returns:
            UserManager: An instance to manage user operations.
        """
        return UserManager(client=self._request_client)

    def token_manager(self) -> TokenManager:
        """
        Factory method to create a TokenManager instance.

        Returns:
            TokenManager: An instance to manage token operations.
        """
        return TokenManager(client=self._request_client)

    def close(self) -> None:
        """Close the connection pool."""
        self._request_client.close()

    def __enter__(self) -> AuthNClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AuthNClient(endpoint={self._request_client.endpoint!r})"
