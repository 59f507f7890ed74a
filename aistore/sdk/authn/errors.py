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

from aistore._core.authn_errors import (
    AuthNError as AuthNError,
)
from aistore._core.authn_errors import (
    AuthNInputError as AuthNInputError,
)
from aistore._core.authn_errors import (
    ErrClusterAlreadyRegistered as ErrClusterAlreadyRegistered,
)
from aistore._core.authn_errors import (
    ErrClusterNotFound as ErrClusterNotFound,
)
from aistore._core.authn_errors import (
    ErrRoleAlreadyExists as ErrRoleAlreadyExists,
)
from aistore._core.authn_errors import (
    ErrRoleNotFound as ErrRoleNotFound,
)
from aistore._core.authn_errors import (
    ErrUserAlreadyExists as ErrUserAlreadyExists,
)
from aistore._core.authn_errors import (
    ErrUserInvalidCredentials as ErrUserInvalidCredentials,
)
from aistore._core.authn_errors import (
    ErrUserNotFound as ErrUserNotFound,
)
from aistore._core.authn_errors import (
    InvalidCredentialsInput as InvalidCredentialsInput,
)
