"""Errors raised by the SDK.

Every class the reference 1.9.2 SDK defines is here with the same name and constructor, plus
the transport errors (no response came back) as subclasses of ``requests``' exceptions, so
``except requests.ConnectionError`` / ``requests.exceptions.ReadTimeout`` /
``requests.RequestException`` blocks written for 1.9.2 keep working with the httpx engine::

    Exception
    ├── OSError
    │   └── requests.exceptions.RequestException
    │       ├── requests.exceptions.HTTPError
    │       │   └── ServiceError(status_code, message)   a response came back, status >= 400
    │       │       │                                 (2.x name: APIRequestError, the same class)
    │       │       ├── authn.errors.AuthNError       from the AuthN server
    │       │       └── AISError                      from the cluster
    │       │           ├── ErrNotFound               404 not otherwise classified
    │       │           │   ├── ErrBckNotFound        ais bucket does not exist
    │       │           │   ├── ErrRemoteBckNotFound  remote (cloud, remais) bucket does not exist
    │       │           │   ├── ErrObjNotFound        object does not exist (also AISRetryableError)
    │       │           │   └── ErrETLNotFound        ETL does not exist
    │       │           ├── AISRetryableError         (2.x) may succeed when tried again
    │       │           │   ├── ErrObjNotFound        (see above)
    │       │           │   └── ErrGETConflict        409 on a GET: the object is being written
    │       │           ├── AISInputError             (also a ValueError) bad input refused
    │       │           │                             before any request the cluster would refuse
    │       │           ├── ErrBckAlreadyExists
    │       │           ├── ErrETLAlreadyExists
    │       │           └── ChecksumMismatchError     content read != the cluster's checksum
    │       └── AISRequestError                       no response (base of all below)
    │           ├── AISConnectionError            requests.ConnectionError: never got there
    │           │   ├── AISConnectTimeout         requests.ConnectTimeout (also a Timeout)
    │           │   ├── AISSSLError               requests.exceptions.SSLError
    │           │   └── AISProxyError             requests.exceptions.ProxyError
    │           ├── AISTimeout                    requests.Timeout: write or pool timeout
    │           ├── AISReadTimeout                requests.ReadTimeout: no response in time
    │           ├── AISStreamError                requests ChunkedEncodingError: body cut short
    │           │   └── obj.obj_file.errors.ObjectFileReaderUnexpectedEOF  (2.x) body ended early
    │           ├── AISDecodingError              requests ContentDecodingError
    │           ├── AISTooManyRedirects           requests.TooManyRedirects
    │           └── AISInvalidURL                 requests.exceptions.InvalidURL
    ├── InvalidBckProvider
    ├── Timeout(action, message)                      waiting for a job/condition took too long
    ├── InvalidObjectRangeIndex
    ├── JobInfoNotFound
    ├── UnexpectedHTTPStatusCode
    ├── InvalidURLException
    ├── ObjectFileStreamError
    ├── ObjectFileMaxResumeError
    ├── NoTargetError(total_nodes)                    (2.x) no target can own an object
    ├── ETLDirectPutTransientError(url, cause)        (2.x) an ETL server's direct put failed
    ├── RuntimeError
    │   └── ObjectChangedError                        object replaced while a read resumed
    └── ValueError
        └── RefusedRequestError(operation, reason, upstream)  never sent: it crashes a node

``AISError`` derives from ``requests.exceptions.HTTPError`` because 1.9.2 raised that class for
error responses without a body (every failed HEAD, e.g. ``Object.head()`` on a missing object);
we now classify those from the ``Hdr-Error`` header, and old ``except HTTPError`` still catches
them. ``err.response`` is the httpx response (``status_code``, ``headers``, ``text``) or None.
``AISError`` also keeps what the server's error body says: ``tcode``, ``node``, ``url_path``,
``method`` and ``raw`` (the undecoded body or header), all None when unknown.
"""

from __future__ import annotations

from aistore._core.errors import (
    AISConnectionError as AISConnectionError,
)
from aistore._core.errors import (
    AISConnectTimeout as AISConnectTimeout,
)
from aistore._core.errors import (
    AISDecodingError as AISDecodingError,
)
from aistore._core.errors import (
    AISError as AISError,
)
from aistore._core.errors import (
    AISInputError as AISInputError,
)
from aistore._core.errors import (
    AISInvalidURL as AISInvalidURL,
)
from aistore._core.errors import (
    AISProxyError as AISProxyError,
)
from aistore._core.errors import (
    AISReadTimeout as AISReadTimeout,
)
from aistore._core.errors import (
    AISRequestError as AISRequestError,
)
from aistore._core.errors import (
    AISRetryableError as AISRetryableError,
)
from aistore._core.errors import (
    AISSSLError as AISSSLError,
)
from aistore._core.errors import (
    AISStreamError as AISStreamError,
)
from aistore._core.errors import (
    AISTimeout as AISTimeout,
)
from aistore._core.errors import (
    AISTooManyRedirects as AISTooManyRedirects,
)
from aistore._core.errors import (
    APIRequestError as APIRequestError,
)
from aistore._core.errors import (
    ChecksumMismatchError as ChecksumMismatchError,
)
from aistore._core.errors import (
    ErrBckAlreadyExists as ErrBckAlreadyExists,
)
from aistore._core.errors import (
    ErrBckNotFound as ErrBckNotFound,
)
from aistore._core.errors import (
    ErrETLAlreadyExists as ErrETLAlreadyExists,
)
from aistore._core.errors import (
    ErrETLNotFound as ErrETLNotFound,
)
from aistore._core.errors import (
    ErrGETConflict as ErrGETConflict,
)
from aistore._core.errors import (
    ErrNotFound as ErrNotFound,
)
from aistore._core.errors import (
    ErrObjNotFound as ErrObjNotFound,
)
from aistore._core.errors import (
    ErrRemoteBckNotFound as ErrRemoteBckNotFound,
)
from aistore._core.errors import (
    ETLDirectPutTransientError as ETLDirectPutTransientError,
)
from aistore._core.errors import (
    InvalidBckProvider as InvalidBckProvider,
)
from aistore._core.errors import (
    InvalidObjectRangeIndex as InvalidObjectRangeIndex,
)
from aistore._core.errors import (
    InvalidURLException as InvalidURLException,
)
from aistore._core.errors import (
    JobInfoNotFound as JobInfoNotFound,
)
from aistore._core.errors import (
    NoTargetError as NoTargetError,
)
from aistore._core.errors import (
    ObjectChangedError as ObjectChangedError,
)
from aistore._core.errors import (
    ObjectFileMaxResumeError as ObjectFileMaxResumeError,
)
from aistore._core.errors import (
    ObjectFileStreamError as ObjectFileStreamError,
)
from aistore._core.errors import (
    RefusedInput as RefusedInput,
)
from aistore._core.errors import (
    RefusedRequestError as RefusedRequestError,
)
from aistore._core.errors import (
    ServiceError as ServiceError,
)
from aistore._core.errors import (
    Timeout as Timeout,
)
from aistore._core.errors import (
    UnexpectedHTTPStatusCode as UnexpectedHTTPStatusCode,
)
from aistore._core.errors import (
    _rebuild as _rebuild,
)
