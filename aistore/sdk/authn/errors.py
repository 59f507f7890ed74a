"""Errors from the AuthN server.

    requests.exceptions.HTTPError
    └── aistore.sdk.errors.ServiceError (shared with AISError)
        └── AuthNError(status_code, message)
        ├── ErrRoleNotFound, ErrRoleAlreadyExists
        ├── ErrUserNotFound, ErrUserAlreadyExists, ErrUserInvalidCredentials
        ├── ErrClusterNotFound, ErrClusterAlreadyRegistered
        └── AuthNInputError, InvalidCredentialsInput   bad input refused before any request
                                                       (also ValueErrors, see errors.RefusedInput)

Like ``aistore.sdk.errors.AISError``, ``AuthNError`` is a ``requests`` HTTPError (1.9.2 used a
plain Exception; every old ``except`` still matches) and keeps the server body's ``tcode``,
``node``, ``url_path``, ``method`` and ``raw`` when known.
"""

from __future__ import annotations

from aistore.sdk.errors import RefusedInput, ServiceError


class AuthNError(ServiceError):
    """Error response from the AuthN server."""


class ErrRoleNotFound(AuthNError):
    """A role is expected but not found."""


class ErrRoleAlreadyExists(AuthNError):
    """A role is created but already exists."""


class ErrUserNotFound(AuthNError):
    """A user is expected but not found."""


class ErrUserAlreadyExists(AuthNError):
    """A user is created but already exists."""


class ErrClusterNotFound(AuthNError):
    """A cluster is expected but not found."""


class ErrClusterAlreadyRegistered(AuthNError):
    """A cluster is already registered."""


class ErrUserInvalidCredentials(AuthNError):
    """Invalid user credentials were given."""


class AuthNInputError(RefusedInput, AuthNError):
    """Bad input the AuthN server would refuse (an empty name, ...); also a ValueError."""


class InvalidCredentialsInput(RefusedInput, ErrUserInvalidCredentials):
    """An empty or blank password, which AuthN refuses as invalid credentials; also a ValueError."""
