"""The one error boundary: httpx responses and exceptions become ``aistore.sdk.errors`` classes.

Responses (status >= 400)::

    error_from_response(response)            -> AISError subclass (AuthNError if service="authn")
    raise_for_response(response)             raises it; no-op below 400 (reads a streamed body)
    await araise_for_response(response)      the same for AsyncClient responses

The server writes one JSON shape for every error (cmn/err.go ``ErrHTTP``)::

    {"tcode"?: "ErrBckNotFound", "message": "...", "method", "url_path", "remote_addr",
     "caller", "node": "p[ID]" | "t[ID]", "status": N}

in the body, or, for HEAD (no body), in the ``Hdr-Error`` header. Anything else (a proxy's HTML
page, plain text, nothing) is kept as the message as is. The class is picked most specific first:

    1. tcode: ErrBckNotFound, ErrRemoteBckNotFound, ErrBucketAlreadyExists;
    2. 1.9.2's message rules for 4xx (``handle_errors``): "does not exist" with "cloud bucket" /
       "remote bucket" -> ErrRemoteBckNotFound, with "bucket" -> ErrBckNotFound;
       "already exists" with "bucket" -> ErrBckAlreadyExists, with "etl" -> ErrETLAlreadyExists;
    3. 409 answering a GET -> ErrGETConflict (2.x: the object is locked, e.g. being written);
    4. 404 by the operation that was sent (its spec tag, ``resource``): objects ->
       ErrObjNotFound, etl -> ErrETLNotFound, else ErrNotFound (no operation known, e.g. a
       caller-made request: by the error's path, as 1.9.2);
    5. AISError.

Transport failures (no response)::

    map_transport_error(exc, during_body=False) -> requests-compatible AIS* exception
    transport_error_kind(exc)                   -> "connect" | "read" | "other"  (for retry.decide)

The mapped exception has ``__cause__`` set to the httpx one; the caller writes
``raise map_transport_error(exc) from exc``. For status errors the caller may
``raise ... from None`` to keep generated-layer frames out of the user's traceback.
"""

from __future__ import annotations

import ssl
from typing import Any, Literal

import httpx
import msgspec

from aistore._core import authn_errors
from aistore._core.errors import (
    AISConnectionError,
    AISConnectTimeout,
    AISDecodingError,
    AISError,
    AISInvalidURL,
    AISProxyError,
    AISReadTimeout,
    AISRequestError,
    AISSSLError,
    AISStreamError,
    AISTimeout,
    AISTooManyRedirects,
    ErrBckAlreadyExists,
    ErrBckNotFound,
    ErrETLAlreadyExists,
    ErrETLNotFound,
    ErrGETConflict,
    ErrNotFound,
    ErrObjNotFound,
    ErrRemoteBckNotFound,
)

HDR_ERROR = "Hdr-Error"
"""Header carrying the JSON error for HEAD responses (api/apc/headers.go ``HdrError``)."""

Service = Literal["ais", "authn"]
ErrorKind = Literal["connect", "read", "other"]

_TCODE_CLASSES: dict[str, type[AISError]] = {
    "ErrBckNotFound": ErrBckNotFound,
    "ErrRemoteBckNotFound": ErrRemoteBckNotFound,
    "ErrBucketAlreadyExists": ErrBckAlreadyExists,
}


class ErrorInfo(msgspec.Struct):
    """The parsed error: what the server said, or what we could make of the response."""

    status: int
    message: str
    tcode: str | None = None
    method: str | None = None
    url_path: str | None = None
    node: str | None = None
    raw: str | None = None


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("iso-8859-1")


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built without a request
        return None


def parse_error(response: httpx.Response, content: bytes | None = None) -> ErrorInfo:
    """Read what the response says about the error (body must be read, or ``content`` given)."""
    status = response.status_code
    raw_bytes = response.content if content is None else content
    raw: str = _decode(raw_bytes) if raw_bytes else ""
    if not raw.strip():
        raw = response.headers.get(HDR_ERROR, "")
    request = _request_of(response)
    info = ErrorInfo(
        status=status,
        message="",
        method=request.method if request is not None else None,
        url_path=request.url.path if request is not None else None,
        raw=raw or None,
    )
    text = raw.strip()
    body: Any = None
    if text.startswith("{"):
        try:
            body = msgspec.json.decode(text)
        except msgspec.DecodeError:
            body = None
    if isinstance(body, dict) and "message" in body:
        info.message = str(body.get("message") or "")
        body_status = body.get("status")
        if isinstance(body_status, int) and body_status >= 400:
            info.status = body_status
        info.tcode = body.get("tcode") or None
        info.node = body.get("node") or None
        info.method = body.get("method") or info.method
        info.url_path = body.get("url_path") or info.url_path
    else:
        info.message = text or response.reason_phrase or f"HTTP {status}"
    return info


_NOT_FOUND_BY_RESOURCE: dict[str, type[AISError]] = {
    "objects": ErrObjNotFound,
    "etl": ErrETLNotFound,
}


def classify(info: ErrorInfo, resource: str | None = None) -> type[AISError]:
    """The most specific ``AISError`` class for a parsed AIS error; ``resource`` is the spec
    tag of the operation that was sent (None: not known)."""
    if info.tcode in _TCODE_CLASSES:
        return _TCODE_CLASSES[info.tcode]
    msg = info.message.lower()
    if 400 <= info.status < 500:
        if "does not exist" in msg:
            if "cloud bucket" in msg or "remote bucket" in msg:
                return ErrRemoteBckNotFound
            if "bucket" in msg:
                return ErrBckNotFound
        elif "already exists" in msg:
            if "bucket" in msg:
                return ErrBckAlreadyExists
            if "etl" in msg:
                return ErrETLAlreadyExists
    if info.status == 409 and (info.method or "").upper() == "GET":
        return ErrGETConflict
    if info.status == 404:
        if resource is not None:
            return _NOT_FOUND_BY_RESOURCE.get(resource, ErrNotFound)
        path = info.url_path or ""
        if path.startswith("/v1/objects/"):
            return ErrObjNotFound
        if path.startswith("/v1/etl"):
            return ErrETLNotFound
        return ErrNotFound
    return AISError


def classify_authn(info: ErrorInfo) -> type[authn_errors.AuthNError]:
    """The most specific ``AuthNError`` class (1.9.2's AuthN message rules)."""
    msg = info.message.lower()
    if 400 <= info.status <= 500:
        if "does not exist" in msg:
            if "cluster" in msg:
                return authn_errors.ErrClusterNotFound
            if "role" in msg:
                return authn_errors.ErrRoleNotFound
            if "user" in msg:
                return authn_errors.ErrUserNotFound
        elif "already exists" in msg:
            if "role" in msg:
                return authn_errors.ErrRoleAlreadyExists
            if "user" in msg:
                return authn_errors.ErrUserAlreadyExists
        elif "already registered" in msg:
            return authn_errors.ErrClusterAlreadyRegistered
        elif "invalid credentials" in msg:
            return authn_errors.ErrUserInvalidCredentials
    return authn_errors.AuthNError


def error_from_response(
    response: httpx.Response,
    *,
    service: Service = "ais",
    content: bytes | None = None,
    resource: str | None = None,
) -> AISError | authn_errors.AuthNError:
    """The exception for an error response; its body must already be read (or pass ``content``)."""
    info = parse_error(response, content)
    fields: dict[str, Any] = {
        "tcode": info.tcode,
        "node": info.node,
        "url_path": info.url_path,
        "method": info.method,
        "raw": info.raw,
        "response": response,
    }
    if service == "authn":
        return classify_authn(info)(info.status, info.message, **fields)
    return classify(info, resource)(info.status, info.message, **fields)


def _read_sync(response: httpx.Response) -> bytes:
    try:
        return response.read()
    except (httpx.HTTPError, httpx.StreamError):
        return b""


def raise_for_response(
    response: httpx.Response, *, service: Service = "ais", resource: str | None = None
) -> None:
    """Raise the mapped error for a status >= 400; reads (and closes) a streamed body first.

    ``resource``: the spec tag of the operation sent (see ``classify``)."""
    if response.status_code < 400:
        return
    content = _read_sync(response)
    raise error_from_response(response, service=service, content=content, resource=resource)


async def araise_for_response(
    response: httpx.Response, *, service: Service = "ais", resource: str | None = None
) -> None:
    """Async twin of ``raise_for_response``."""
    if response.status_code < 400:
        return
    try:
        content = await response.aread()
    except (httpx.HTTPError, httpx.StreamError):
        content = b""
    raise error_from_response(response, service=service, content=content, resource=resource)


# --- transport errors ----------------------------------------------------------------------------


def is_ssl_failure(exc: BaseException) -> bool:
    """Whether a transport failure is a TLS one (bad or missing certificate, handshake refused);
    such a failure repeats on every attempt, so it is never retried."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, ssl.SSLError | ssl.CertificateError):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    text = str(exc)
    return "SSL" in text or "CERTIFICATE_VERIFY_FAILED" in text


def _describe(exc: BaseException) -> str:
    detail = str(exc) or type(exc).__name__
    request = getattr(exc, "_request", None)
    if isinstance(request, httpx.Request):
        return f"{detail} ({request.method} {request.url})"
    return detail


def map_transport_error(
    exc: httpx.HTTPError | httpx.InvalidURL, *, during_body: bool = False
) -> Exception:
    """A requests-compatible SDK exception for an httpx failure (``__cause__`` = ``exc``).

    ``during_body=True`` when the failure happened while a response body was being read: a
    broken connection then becomes ``AISStreamError`` (requests' ChunkedEncodingError) rather
    than ``AISConnectionError``. ``HTTPStatusError`` is mapped from its response.
    """
    mapped: Exception
    message = _describe(exc)
    if isinstance(exc, httpx.HTTPStatusError):
        _read_sync(exc.response)
        mapped = error_from_response(exc.response)
    elif isinstance(exc, httpx.ConnectTimeout):
        mapped = AISConnectTimeout(message)
    elif isinstance(exc, httpx.ReadTimeout):
        mapped = AISReadTimeout(message)
    elif isinstance(exc, httpx.TimeoutException):  # write or pool timeout
        mapped = AISTimeout(message)
    elif isinstance(exc, httpx.ProxyError):
        mapped = AISProxyError(message)
    elif isinstance(exc, httpx.ConnectError):
        mapped = AISSSLError(message) if is_ssl_failure(exc) else AISConnectionError(message)
    elif (
        isinstance(exc, httpx.ReadError | httpx.WriteError)
        and not during_body
        and is_ssl_failure(exc)
    ):
        # TLS 1.3: a refused client certificate surfaces on the first read, not at connect
        mapped = AISSSLError(message)
    elif isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError):
        mapped = AISStreamError(message) if during_body else AISConnectionError(message)
    elif isinstance(exc, httpx.NetworkError):
        mapped = AISConnectionError(message)
    elif isinstance(exc, httpx.DecodingError):
        mapped = AISDecodingError(message)
    elif isinstance(exc, httpx.TooManyRedirects):
        mapped = AISTooManyRedirects(message)
    elif isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        mapped = AISInvalidURL(message)
    else:
        mapped = AISRequestError(message)
    mapped.__cause__ = exc
    return mapped


def transport_error_kind(exc: BaseException) -> ErrorKind:
    """How far a failed request got, for ``RetryState.decide(error_kind=...)``.

    "connect": never sent (connect failure/timeout, no pooled connection in time), safe to
    resend for any method. "read": it may have reached the server (timeout or broken connection
    while sending or reading). "other": anything else.
    """
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return "connect"
    if isinstance(
        exc,
        httpx.ReadTimeout
        | httpx.WriteTimeout
        | httpx.ReadError
        | httpx.WriteError
        | httpx.RemoteProtocolError,
    ):
        return "read"
    return "other"
