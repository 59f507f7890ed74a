"""Errors from the AuthN server.

    requests.exceptions.HTTPError
    └── AuthNError(status_code, message)
        ├── ErrRoleNotFound, ErrRoleAlreadyExists
        ├── ErrUserNotFound, ErrUserAlreadyExists, ErrUserInvalidCredentials
        └── ErrClusterNotFound, ErrClusterAlreadyRegistered

Like ``aistore.sdk.errors.AISError``, ``AuthNError`` is a ``requests`` HTTPError (1.9.2 used a
plain Exception; every old ``except`` still matches) and keeps the server body's ``tcode``,
``node``, ``url_path``, ``method`` and ``raw`` when known.
"""

from __future__ import annotations

from typing import Any

import requests.exceptions as _rex


class AuthNError(_rex.HTTPError):
    """Error response from the AuthN server."""

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        tcode: str | None = None,
        node: str | None = None,
        url_path: str | None = None,
        method: str | None = None,
        raw: str | None = None,
        response: Any = None,
    ) -> None:
        super().__init__(f"STATUS:{status_code}, MESSAGE:{message}", response=response)
        self.status_code = status_code
        self.message = message
        self.tcode = tcode
        self.node = node
        self.url_path = url_path
        self.method = method
        self.raw = raw

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {
            "tcode": self.tcode,
            "node": self.node,
            "url_path": self.url_path,
            "method": self.method,
            "raw": self.raw,
        }
        return (_rebuild, (type(self), self.status_code, self.message, kwargs))


def _rebuild(cls: type[AuthNError], status_code: int, message: str, kwargs: Any) -> AuthNError:
    return cls(status_code, message, **kwargs)


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
