"""TokenManager: token revocation on the AuthN server."""

from __future__ import annotations

import logging

from aistore_raw.authn.api.tokens import revoke_token
from aistore_raw.authn.models import TokenMsg

from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)


class TokenManager:
    """
    Manages token-related operations.

    This class provides methods to interact with tokens in the AuthN server.

    Args:
        client (RequestClient): The RequestClient used to make HTTP requests.
    """

    def __init__(self, client: RequestClient) -> None:
        self._client = client

    @property
    def client(self) -> RequestClient:
        """Returns the RequestClient instance used by this TokenManager."""
        return self._client

    def revoke(self, token: str) -> None:
        """
        Revokes the specified authentication token.

        AuthN pushes the revocation to the registered clusters, which then refuse the token
        (401 "token revoked"); a cluster registered later gets the list when it registers.

        Args:
            token (str): The token to be revoked.

        Raises:
            ValueError: If the token is not provided.
            AISError: If the revoke token request fails.
        """
        if not isinstance(token, str) or not token.strip():
            raise ValueError("Token must be provided to revoke.")
        logger.info("Revoking a token")
        self._client.send(revoke_token.op(body=TokenMsg(token=token)))
