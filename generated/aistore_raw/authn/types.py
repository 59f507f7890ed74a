"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, ParamSpec, Protocol, TypeVar

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


MSGPACK_CONTENT_TYPE = "application/msgpack"


def http_status(code: int) -> HTTPStatus | int:
    """HTTPStatus for a standard code; the bare int for a non-standard one (e.g. 599) instead of raising."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def is_msgpack(response: httpx.Response) -> bool:
    """Whether the server answered with a msgpack body (Content-Type: application/msgpack)."""
    content_type = response.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == MSGPACK_CONTENT_TYPE


def select_status(declared: Mapping[str, Any], status_code: int) -> Any:
    """The entry of `declared` (keyed by OpenAPI status pattern: "200", "2XX", "default") that applies to a status."""
    exact = str(status_code)
    if exact in declared:
        return declared[exact]
    family = f"{status_code // 100}XX"
    if family in declared:
        return declared[family]
    return declared.get("default")


def convert_header(value: str, schema_type: str) -> Any:
    """Convert one header value to the Python type of its declared schema type.

    integer -> int, number -> float, boolean -> bool ("true"/"false", any case), array -> list[str]
    (comma-separated), anything else -> str. A value that does not parse is returned unchanged (str),
    so a malformed header never makes a successful response unreadable.
    """
    try:
        if schema_type == "integer":
            return int(value.strip())
        if schema_type == "number":
            return float(value.strip())
        if schema_type == "boolean":
            lowered = value.strip().lower()
            if lowered in ("true", "false"):
                return lowered == "true"
            return value
        if schema_type == "array":
            return [item.strip() for item in value.split(",") if item.strip()]
    except ValueError:
        return value
    return value


class HeaderSource(Protocol):
    """An answer whose headers can be parsed: httpx.Response, or anything with these two."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


def parse_declared_headers(
    declared: Mapping[str, Mapping[str, tuple[str, str]]],
    headers: Mapping[str, str],
    status_code: int,
) -> dict[str, Any]:
    """Typed values of the headers declared for `status_code`, in one pass over `headers`.

    `declared`: status pattern -> {lower-case header name: (field, schema type)}; the result is
    keyed by field. A repeated header counts as the one value its mapping gives (httpx.Headers
    joins repeats with ", "). Absent headers are left out.
    """
    wanted = select_status(declared, status_code)
    out: dict[str, Any] = {}
    if not wanted:
        return out
    for name, value in headers.items():
        entry = wanted.get(name.lower())
        if entry is not None:
            field, schema_type = entry
            out[field] = value if schema_type == "string" else convert_header(value, schema_type)
    return out


P = ParamSpec("P")
R = TypeVar("R")


class Operation(Generic[P, R]):
    """One operation of the spec: its metadata, its typed request builder and its parsers.

    Every endpoint module has one, `op`. Calling it with the operation's own (typed) arguments
    gives a `Call`, which a request loop sends; so a type checker sees a misspelt query key or
    a wrong enum value at the call site, where `request_kwargs` declares them.
    """

    __slots__ = (
        "operation_id",
        "method",
        "path_template",
        "idempotent",
        "redirected",
        "tags",
        "build",
        "parse",
        "parse_headers",
    )

    def __init__(
        self,
        *,
        operation_id: str,
        method: str,
        path_template: str,
        idempotent: bool,
        redirected: bool,
        tags: tuple[str, ...],
        build: Callable[P, dict[str, Any]],
        parse: Callable[..., R],
        parse_headers: Callable[[Any], Mapping[str, Any]],
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path_template = path_template
        self.idempotent = idempotent
        self.redirected = redirected
        self.tags = tags
        self.build = build
        self.parse = parse
        self.parse_headers = parse_headers

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> "Call[R]":
        return Call(self, args, kwargs)

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r}, {self.method} {self.path_template})"


class Call(Generic[R]):
    """An operation with its arguments, not yet built into a request (see `Operation`)."""

    __slots__ = ("operation", "args", "params")

    def __init__(
        self, operation: "Operation[Any, R]", args: tuple[Any, ...], params: dict[str, Any]
    ) -> None:
        self.operation = operation
        self.args = args
        self.params = params

    def request_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `httpx.Client.build_request(**kw)`."""
        return self.operation.build(*self.args, **self.params)

    def __repr__(self) -> str:
        return f"Call({self.operation.operation_id!r}, args={self.args!r}, params={self.params!r})"


__all__ = [
    "Call",
    "HeaderSource",
    "Operation",
    "MSGPACK_CONTENT_TYPE",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "convert_header",
    "http_status",
    "is_msgpack",
    "parse_declared_headers",
    "select_status",
]
