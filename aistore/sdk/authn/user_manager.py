"""UserManager: user accounts on the AuthN server."""

from __future__ import annotations

import builtins
import logging

from aistore_raw.authn.api.users import add_user, delete_user, get_user, list_users, update_user
from aistore_raw.authn.models import User

from aistore._core.plan import Plan
from aistore._core.twin import C, SyncShell, Twin, operation
from aistore.sdk.authn.errors import ErrUserNotFound
from aistore.sdk.authn.role_manager import RoleManagerBase
from aistore.sdk.authn.types import UserInfo, UsersList
from aistore.sdk.authn.utils import (
    decode,
    require_name,
    require_names,
    require_password,
    role_refs,
)
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)


class UserManagerBase(Twin[C]):
    """What `UserManager` and `aistore.aio.AsyncUserManager` share: every operation as a plan."""

    @operation
    def get(self, username: str) -> Plan[UserInfo]:
        """
        Retrieve user information from the AuthN Server.

        Args:
            username (str): The username to retrieve.

        Returns:
            UserInfo: The user's information (no password).

        Raises:
            ErrUserNotFound: the user does not exist.
            AuthNError: other error responses from the AuthN server.
        """
        name = require_name("username", username)
        logger.info("Getting user with ID: %s", name)
        response = yield get_user.op(name)
        user: UserInfo = decode(response.content, UserInfo)
        return user

    @operation
    def delete(self, username: str, missing_ok: bool = False) -> Plan[None]:
        """
        Delete an existing user from the AuthN Server.

        Args:
            username (str): The username of the user to delete.
            missing_ok (bool): Ignore error if user does not exist. Defaults to False.

        Raises:
            ErrUserNotFound: the user does not exist (unless ``missing_ok``).
            AuthNError: other error responses from the AuthN server.
        """
        name = require_name("username", username)
        logger.info("Deleting user with ID: %s", name)
        try:
            yield delete_user.op(name)
        except ErrUserNotFound:
            if not missing_ok:
                raise

    @operation
    def create(self, username: str, roles: builtins.list[str], password: str) -> Plan[UserInfo]:
        """
        Create a new user in the AuthN Server.

        Args:
            username (str): The name or ID of the user to create.
            roles (List[str]): The list of names of roles to assign to the user.
            password (str): The password for the user.

        Returns:
            UserInfo: The created user's information.

        Raises:
            ValueError: empty username or password, roles not a list of names.
            ErrRoleNotFound: one of the roles does not exist (nothing is created).
            ErrUserAlreadyExists: the user exists.
            AuthNError: other error responses from the AuthN server.
        """
        name = require_name("username", username)
        role_names = require_names("roles", roles)
        secret = require_password(password)
        yield from _check_roles(self, role_names)
        logger.info("Creating user with ID: %s", name)
        yield add_user.op(body=User(id=name, pass_=secret, roles=role_refs(role_names)))
        return (yield from UserManagerBase.get.plan(self, name))

    @operation
    def list(self) -> Plan[UsersList]:
        """
        List all users in the AuthN Server.

        Returns:
            UsersList: The users by ID (iterating yields the users).

        Raises:
            AuthNError: error responses from the AuthN server.
        """
        logger.info("Listing all users")
        response = yield list_users.op()
        return UsersList.parse_raw(response.content)

    @operation
    def update(
        self,
        username: str,
        password: str | None = None,
        roles: builtins.list[str] | None = None,
    ) -> Plan[UserInfo]:
        """
        Update an existing user's information in the AuthN Server.

        Args:
            username (str): The ID of the user to update.
            password (str, optional): The new password for the user.
            roles (List[str], optional): The list of names of roles to assign to the user.

        Returns:
            UserInfo: The updated user's information.

        Raises:
            ValueError: neither password nor roles given, or an empty password.
            ErrRoleNotFound: one of the roles does not exist (nothing is changed).
            AuthNError: other error responses from the AuthN server.
        """
        name = require_name("username", username)
        if not (password or roles):
            raise ValueError("You must change either the password or roles for a user.")
        body = User(id=name)
        if password is not None:
            body.pass_ = require_password(password)
        if roles:
            role_names = require_names("roles", roles)
            yield from _check_roles(self, role_names)
            body.roles = role_refs(role_names)
        logger.info("Updating user with ID: %s", name)
        yield update_user.op(name, body=body)
        return (yield from UserManagerBase.get.plan(self, name))


def _check_roles(manager: object, role_names: builtins.list[str]) -> Plan[None]:
    """Every role must exist (ErrRoleNotFound otherwise), as 1.9.2 checked before sending."""
    for role_name in role_names:
        yield from RoleManagerBase.get.plan(manager, role_name)


class UserManager(UserManagerBase[RequestClient], SyncShell):
    """
    UserManager provides methods to manage users in the AuthN service.

    Args:
        client (RequestClient): The RequestClient used to make HTTP requests.
    """
