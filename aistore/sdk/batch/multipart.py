"""The non-streaming Get-Batch answer: `multipart/mixed` with a `metadata` part, then `archive`.

`split_parts` reads the (small) metadata part whole and hands back the archive part as a stream of
chunks, scanning for the closing boundary as the chunks arrive, so the archive is never held
whole either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from aistore.sdk.batch.errors import MultipartDecodeError as MultipartError


def boundary_of(content_type: str) -> bytes:
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "boundary" and value:
            return value.strip('"').encode("latin-1")
    raise MultipartError(f"no boundary in Content-Type {content_type!r}")


class _Reader:
    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.it = iter(chunks)
        self.buf = b""

    def more(self) -> bool:
        chunk = next(self.it, None)
        if chunk is None:
            return False
        self.buf += chunk
        return True

    def until(self, marker: bytes) -> bytes:
        """Bytes before `marker` (consumed with it); the part bodies here are small."""
        while (i := self.buf.find(marker)) < 0:
            if not self.more():
                raise MultipartError(f"multipart answer ended before {marker!r}")
        head, self.buf = self.buf[:i], self.buf[i + len(marker) :]
        return head


def _part_name(headers: bytes) -> str:
    for line in headers.split(b"\r\n"):
        if line.lower().startswith(b"content-disposition:"):
            for param in line.split(b";")[1:]:
                key, _, value = param.strip().partition(b"=")
                if key == b"name":
                    return value.strip(b'"').decode("utf-8", "replace")
    return ""


def split_parts(chunks: Iterable[bytes], boundary: bytes) -> tuple[bytes, Iterator[bytes]]:
    """(metadata part body, archive part body as chunks)."""
    src = _Reader(chunks)
    delimiter = b"\r\n--" + boundary
    src.buf = b"\r\n"  # the first delimiter has no preceding CRLF
    src.until(delimiter)
    parts: dict[str, bytes] = {}
    while True:
        src.until(b"\r\n")  # rest of the delimiter line
        name = _part_name(src.until(b"\r\n\r\n"))
        if name == "archive":
            return parts.get("metadata", b""), _stream_until(src, delimiter)
        parts[name] = src.until(delimiter)
        if src.buf.startswith(b"--"):
            raise MultipartError("multipart answer has no archive part")


def _stream_until(src: _Reader, delimiter: bytes) -> Iterator[bytes]:
    keep = len(delimiter) - 1  # a delimiter may straddle two chunks
    while True:
        i = src.buf.find(delimiter)
        if i >= 0:
            if i:
                yield src.buf[:i]
            src.buf = b""
            return
        if len(src.buf) > keep:
            out, src.buf = src.buf[:-keep], src.buf[-keep:]
            yield out
        if not src.more():
            raise MultipartError("multipart answer ended inside the archive part")
