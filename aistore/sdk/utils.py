"""Public helpers of 1.9.2's ``aistore.sdk.utils``, kept at that path for code that imports them.

Each one delegates to the helper the client itself uses (error mapping, brace expansion, size
formatting), so there is one implementation of each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse

import httpx
import msgspec

from aistore._core.error_map import ErrorInfo, classify, raise_for_response
from aistore.sdk._poll import progress_logger
from aistore.sdk.const import DEFAULT_LOG_FORMAT, HEADER_CONTENT_TYPE, MSGPACK_CONTENT_TYPE
from aistore.sdk.multiobj._braces import expand_braces as _expand_braces
from aistore.sdk.types import naturalsize

T = TypeVar("T")

__all__ = [
    "HttpError",
    "decode_response",
    "expand_braces",
    "get_file_size",
    "get_logger",
    "handle_errors",
    "parse_url",
    "probing_frequency",
    "raise_ais_error",
    "read_file_bytes",
    "validate_directory",
    "validate_file",
]


class HttpError(msgspec.Struct, kw_only=True):
    """The JSON error body AIS answers with."""

    status: int
    message: str = ""
    method: str = ""
    url_path: str = ""
    remote_addr: str = ""
    caller: str = ""
    node: str = ""

    @property
    def status_code(self) -> int:
        """2.x name of `status`."""
        return self.status


def raise_ais_error(text: str) -> None:
    """Raise the AISError subclass for an AIS error body (JSON text), as the client does.

    Raises:
        ErrBckNotFound, ErrRemoteBckNotFound, ErrBckAlreadyExists, ErrETLAlreadyExists, ...:
            the error the body describes; AISError otherwise.
    """
    err = msgspec.json.decode(text, type=HttpError, strict=False)
    info = ErrorInfo(
        status=err.status,
        message=err.message,
        method=err.method or None,
        url_path=err.url_path or None,
        node=err.node or None,
        raw=text,
    )
    raise classify(info)(info.status, info.message, node=info.node, raw=text)


def handle_errors(
    resp: httpx.Response, raise_error_fn: Callable[[str], None] | None = None
) -> None:
    """Raise the error an error response describes (nothing for a success status).

    Args:
        resp: a response of the client (`make_request` answers these).
        raise_error_fn: raises from the body text instead of the client's own mapping.
    """
    if raise_error_fn is None:
        raise_for_response(resp)
        return
    if resp.status_code < 400:
        return
    text = resp.content.decode("utf-8", errors="replace")
    if text:
        raise_error_fn(text)
    resp.raise_for_status()


def probing_frequency(dur: int | float) -> float:
    """Seconds to wait between polls for a wait of `dur` seconds (0.1 .. 1, about dur/8)."""
    freq = min(dur / 8.0, 1.0)
    freq = max(dur / 64.0, freq)
    return max(freq, 0.1)


def read_file_bytes(filepath: str | Path) -> bytes:
    """The whole content of a local file."""
    return Path(filepath).read_bytes()


def validate_file(path: str | Path) -> None:
    """ValueError unless `path` exists and is a file."""
    path = Path(path)
    if not path.exists():
        raise ValueError(f"Path: {path} does not exist")
    if not path.is_file():
        raise ValueError(f"Path: {path} is a directory, not a file")


def validate_directory(path: str | Path) -> None:
    """ValueError unless `path` exists and is a directory."""
    path = Path(path)
    if not path.exists():
        raise ValueError(f"Path: {path} does not exist")
    if not path.is_dir():
        raise ValueError(f"Path: {path} is a file, not a directory")


def get_file_size(file: Path) -> str:
    """A file's size in human-readable form ("unknown" when empty)."""
    size = Path(file).stat().st_size
    return naturalsize(size) if size else "unknown"


def expand_braces(template: str) -> Iterator[str]:
    """Bash-style brace expansion (`prefix-{0..10..2}-x`), as ObjectTemplate iterates."""
    return _expand_braces(template)


def decode_response(res_model: type[T], resp: httpx.Response) -> T:
    """Decode a response body (msgpack or JSON, by its content type) into `res_model`."""
    if resp.headers.get(HEADER_CONTENT_TYPE) == MSGPACK_CONTENT_TYPE:
        return msgspec.msgpack.decode(resp.content, type=res_model, strict=False)
    result: T = msgspec.json.decode(resp.content, type=res_model, strict=False)
    return result


def parse_url(url: str) -> tuple[str, str, str]:
    """`"ais://bucket/dir/obj"` -> `("ais", "bucket", "dir/obj")`."""
    parsed = urlparse(url)
    return parsed.scheme, parsed.netloc, parsed.path.lstrip("/")


def get_logger(name: str, log_format: str = DEFAULT_LOG_FORMAT) -> logging.Logger:
    """A logger printing to stderr with `log_format`, not propagating (1.9.2's helper)."""
    if log_format == DEFAULT_LOG_FORMAT:
        return progress_logger(name)
    logger = logging.getLogger(name)
    if not logger.hasHandlers():
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(log_format))
        logger.addHandler(handler)
    logger.propagate = False
    return logger
