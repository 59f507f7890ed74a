"""TokenManager: token revocation on the AuthN server."""

from __future__ import annotations

import logging

from aistore_raw.authn.api.tokens import revoke_token
from aistore_raw.authn.models import TokenMsg

from aistore._core.plan import Plan
from aistore._core.twin import C, SyncShell, Twin, operation
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)


class TokenManagerBase(Twin[C]):
    """What `TokenManager` and `aistore.aio.AsyncTokenManager` share."""

    @operation
    def revoke(self, token: str) -> Plan[None]:
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
        yield revoke_token.op(body=TokenMsg(token=token))


class TokenManager(TokenManagerBase[RequestClient], SyncShell):
    """
    Manages token-related operations.

    This class provides methods to interact with tokens in the AuthN server.

    Args:
        client (RequestClient): The RequestClient used to make HTTP requests.
    """
