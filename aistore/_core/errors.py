"""The SDK's exception classes, at the bottom of the package so that `_core` can raise them.

Their public home is `aistore.sdk.errors` (their `__module__`, so reprs, tracebacks and pickles
name it); the tree of classes is drawn there. This module imports nothing from the package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import requests.exceptions as _rex


class ServiceError(_rex.HTTPError):
    """An error response (status >= 400) from an AIS service: the cluster or AuthN.

    Keeps the server's status and message, and what its error body says (`tcode`, `node`,
    `url_path`, `method`, `raw`).
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        req_url: str = "",
        req: Any = None,
        *,
        tcode: str | None = None,
        node: str | None = None,
        url_path: str | None = None,
        method: str | None = None,
        raw: str | None = None,
        response: Any = None,
    ) -> None:
        super().__init__(f"STATUS:{status_code}, MESSAGE:{message}", response=response, request=req)
        self.status_code = status_code
        self.message = message
        # 2.x: the failed request's URL (and the request itself, when the caller has it)
        self.req_url = req_url or url_path or ""
        self.tcode = tcode
        self.node = node
        self.url_path = url_path
        self.method = method
        self.raw = raw

    def __reduce__(self) -> tuple[Any, ...]:
        # The response (an open httpx object) is left out; everything else survives pickling,
        # so errors can cross process boundaries (multiprocessing data loaders).
        kwargs = {
            "tcode": self.tcode,
            "node": self.node,
            "url_path": self.url_path,
            "method": self.method,
            "raw": self.raw,
            "req_url": self.req_url,
        }
        return (_rebuild, (type(self), self.status_code, self.message, kwargs))


def _rebuild(cls: type[ServiceError], status_code: int, message: str, kwargs: Any) -> ServiceError:
    return cls(status_code, message, **kwargs)


class AISError(ServiceError):
    """Error response (status >= 400) from the AIS cluster."""


APIRequestError = ServiceError
"""2.x name of the base of error responses from an AIS service (the cluster or AuthN)."""


class ErrNotFound(AISError):
    """Status 404: the named entity does not exist."""


class AISRetryableError(AISError):
    """(2.x) An error response that may resolve when the request is tried again."""


class ErrBckNotFound(ErrNotFound):
    """A bucket is expected and not found."""


class ErrRemoteBckNotFound(ErrNotFound):
    """A remote bucket is required and does not exist."""


class ErrObjNotFound(ErrNotFound, AISRetryableError):
    """An object is expected and not found (retryable in 2.x: it may be being written)."""


class ErrETLNotFound(ErrNotFound):
    """An ETL is expected and not found."""


class ErrBckAlreadyExists(AISError):
    """A bucket is created but already exists in AIS."""


class ErrETLAlreadyExists(AISError):
    """An ETL is created but already exists in AIS."""


class ErrGETConflict(AISRetryableError):
    """(2.x) Status 409 on a GET: another request holds the object's lock (e.g. writing it)."""


class RefusedInput(ValueError):
    """Bad input this client refuses before sending the request that the service would refuse.

    Never raised itself: each subclass is also the service error the reference SDKs surfaced
    for that request (`AISInputError`, `authn.errors.AuthNInputError`, ...), so both
    `except ValueError` and the reference's `except AISError` catch it. `str()` is the message
    alone (a ValueError's text); `status_code` is what the service answers such a request with.
    """

    def __init__(self, message: str, status_code: int = 400) -> None:
        ServiceError.__init__(self, status_code, message)  # type: ignore[arg-type]
        self.args = (message,)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.args[0], getattr(self, "status_code", 400)))


class AISInputError(RefusedInput, AISError):
    """Bad input the cluster would refuse (an invalid bucket name, byte range, ...)."""


# --- no response: transport failures (mapped from httpx by aistore._core.error_map) -------------


class AISRequestError(_rex.RequestException):
    """The request failed without a response; base of every transport error below.

    ``response`` and ``request`` may be httpx objects (or None), unlike in ``requests``.
    """

    def __init__(self, *args: object, response: Any = None, request: Any = None) -> None:
        super().__init__(*args, response=response, request=request)


class AISConnectionError(AISRequestError, _rex.ConnectionError):
    """Could not connect (or the connection broke before any response)."""


class AISConnectTimeout(AISConnectionError, _rex.ConnectTimeout):
    """Timed out while connecting; the request never reached the server."""


class AISSSLError(AISConnectionError, _rex.SSLError):
    """TLS handshake or certificate verification failed."""


class AISProxyError(AISConnectionError, _rex.ProxyError):
    """An HTTP proxy between the client and the cluster failed."""


class AISTimeout(AISRequestError, _rex.Timeout):
    """Timed out writing the request or waiting for a pooled connection."""


class AISReadTimeout(AISRequestError, _rex.ReadTimeout):
    """Timed out waiting for (more of) the response."""


class AISStreamError(AISRequestError, _rex.ChunkedEncodingError):
    """The connection broke while a response body was being read."""


class AISDecodingError(AISRequestError, _rex.ContentDecodingError):
    """The response body could not be decoded (bad content encoding)."""


class AISTooManyRedirects(AISRequestError, _rex.TooManyRedirects):
    """Too many redirects."""


class AISInvalidURL(AISRequestError, _rex.InvalidURL):
    """The URL is malformed or uses an unsupported scheme."""


# --- raised by the SDK itself ---------------------------------------------------------------------


class InvalidBckProvider(Exception):
    """The bucket provider is invalid for the requested operation."""

    def __init__(self, provider: object) -> None:
        super().__init__(f"Invalid bucket provider: '{provider}'")


class Timeout(Exception):
    """An operation (e.g. waiting for a job) took too long to complete."""

    def __init__(self, action: object, message: str = "") -> None:
        super().__init__(f"Timed out while waiting for {action}. {message}")


class InvalidObjectRangeIndex(Exception):
    """Bad range parameters were given to an ObjectRange."""

    def __init__(self, message: object) -> None:
        super().__init__(f"Invalid argument provided for object range index: {message}")


class JobInfoNotFound(Exception):
    """Information on a job's status could not be found on the cluster."""

    def __init__(self, message: object) -> None:
        super().__init__(f"Job information not found on the cluster: {message}")


class UnexpectedHTTPStatusCode(Exception):
    """The response status is not one of the expected ones."""

    def __init__(self, expected_status_codes: Iterable[int], received_status_code: int) -> None:
        expected = ", ".join(str(code) for code in expected_status_codes)
        super().__init__(
            "Unexpected status code received. "
            f"Expected one of the following: {expected}, "
            f"but received: {received_status_code}"
        )


class InvalidURLException(ValueError):
    """An object URL is invalid or misses a part (a ValueError too: it is bad input)."""

    def __init__(self, url: str) -> None:
        super().__init__(
            f"Invalid URL: '{url}'. Ensure it follows the format 'provider://bucket/object'."
        )


class ObjectFileStreamError(Exception):
    """An ObjectFile could not establish a stream for its object."""

    def __init__(self, err: BaseException) -> None:
        self.original_error = err
        super().__init__("Object file failed to establish stream connection")


class ObjectFileMaxResumeError(Exception):
    """An ObjectFile exceeded its maximum number of stream resumes."""

    def __init__(self, err: BaseException, max_retries: int) -> None:
        self.original_error = err
        super().__init__(f"Object file exceeded max number of stream resumptions: {max_retries}")


class NoTargetError(Exception):
    """(2.x) No target can own an object: the cluster map has none outside maintenance."""

    def __init__(self, total_nodes: int) -> None:
        self.total_nodes = total_nodes
        super().__init__(f"No available targets in the cluster map. Total nodes: {total_nodes}")


class ETLDirectPutTransientError(Exception):
    """(2.x) An ETL server's direct put to its destination failed with a transient error.

    Raised by ETL web servers (which run inside the cluster's ETL pods), not by this client;
    defined so code shared with them imports. `bail_without_local_retry`: the server gave up
    at once (a one-shot source), so AIS should retry the whole put.
    """

    def __init__(self, url: str, cause: Exception, bail_without_local_retry: bool = False) -> None:
        self.url = url
        self.cause = cause
        self.bail_without_local_retry = bail_without_local_retry
        super().__init__(
            f"direct_put to {url!r} failed with transient error: {type(cause).__name__}({cause})"
        )


class ChecksumMismatchError(AISError):
    """The content read does not match the checksum the cluster reported for the object."""

    def __init__(self, cksum_type: str, expected: str, actual: str, what: str = "") -> None:
        message = (
            f"{cksum_type} checksum mismatch: cluster reported {expected}, content has {actual}"
        )
        super().__init__(0, f"{what}: {message}" if what else message)
        self.cksum_type = cksum_type
        self.expected = expected
        self.actual = actual
        self.what = what


class ObjectChangedError(RuntimeError):
    """The object changed while it was being read; the bytes so far belong to another version.

    Raised when a broken read resumes (a `Range` request) and the cluster answers with another
    `ais-version` than the first answer had: splicing the two would give bytes of no version.
    """


class RefusedRequestError(ValueError):
    """A request the client refuses to send: an AIS v1.5.0 node crashes on its shape.

    Raised before anything is sent (`aistore._core.guards`); `operation` is the spec's
    operationId, `reason` what is wrong, `upstream` where the server panics.
    """

    def __init__(self, operation: str, reason: str, upstream: str) -> None:
        self.operation = operation
        self.reason = reason
        self.upstream = upstream
        super().__init__(
            f"{operation}: refused before sending: {reason}; "
            f"an AIS v1.5.0 node crashes on this request ({upstream})"
        )


# the public home of every class and function here: reprs, tracebacks and pickles name it
# (the names are re-exported there; this string is no import)
for _value in list(globals().values()):
    if getattr(_value, "__module__", None) == __name__:
        _value.__module__ = "aistore.sdk.errors"
del _value
