"""The AuthN exception classes (public home: `aistore.sdk.authn.errors`, where the tree is
drawn); at the bottom of the package so that `_core` can raise them."""

from __future__ import annotations

from aistore._core.errors import RefusedInput, ServiceError


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


# the public home of every class and function here: reprs, tracebacks and pickles name it
# (the names are re-exported there; this string is no import)
for _value in list(globals().values()):
    if getattr(_value, "__module__", None) == __name__:
        _value.__module__ = "aistore.sdk.authn.errors"
del _value
