"""A tar reader over a stream of byte chunks: yields each member as soon as its bytes are in.

Get-Batch answers with a tar whose members are exactly the requested items in order. The stdlib's
`tarfile` in stream mode reads through a file object and builds a full `TarInfo` per member; this
reader parses just what a batch needs (name, size, type) from the 512-byte headers, straight out of
the chunks the transport hands over, and copies each member's bytes once. It keeps at most one
chunk beyond the member being assembled, so memory does not grow with the archive.

Understands ustar (with prefix), PAX (`x` path/size records, `g` skipped) and GNU long names (`L`),
and base-256 sizes: what Go's archive/tar writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from aistore.sdk.batch.errors import TarStreamError

BLOCK = 512
_ZERO = bytes(BLOCK)
_REGULAR = frozenset({b"0", b"\0", b"7"})


def _size(field: bytes) -> int:
    if field[0] & 0x80:  # base-256 (GNU/Go for sizes >= 8 GiB)
        return int.from_bytes(bytes([field[0] & 0x7F]) + field[1:], "big")
    text = field.strip(b" \0")
    try:
        return int(text, 8) if text else 0
    except ValueError:
        raise TarStreamError(f"bad size field in tar header: {field!r}") from None


def _pax(data: bytes) -> dict[bytes, bytes]:
    """PAX records `<len> <key>=<value>\\n`."""
    records: dict[bytes, bytes] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos)
        if space < 0:
            break
        try:
            length = int(data[pos:space])
        except ValueError:
            raise TarStreamError("bad PAX record length") from None
        key, _, value = data[space + 1 : pos + length - 1].partition(b"=")
        records[key] = value
        pos += length
    return records


class _Chunks:
    """The unread bytes: one current buffer and the rest of the stream."""

    __slots__ = ("buf", "it", "pos", "skip")

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.it = iter(chunks)
        self.buf = b""
        self.pos = 0
        self.skip = 0  # padding still to drop from the stream

    def fill(self, n: int) -> bool:
        """At least `n` unread bytes in `buf` (from `pos`); False when the stream ends first."""
        parts = [self.buf[self.pos :]]
        have = len(parts[0])
        while have < n:
            chunk = next(self.it, None)
            if chunk is None:
                self.buf, self.pos = b"".join(parts), 0
                return False
            if self.skip:
                if len(chunk) <= self.skip:
                    self.skip -= len(chunk)
                    continue
                chunk = chunk[self.skip :]
                self.skip = 0
            parts.append(chunk)
            have += len(chunk)
        self.buf, self.pos = b"".join(parts) if len(parts) > 1 else parts[0], 0
        return True

    def take(self, size: int) -> bytes:
        """The next `size` bytes, assembled from as many chunks as needed (copied once)."""
        end = self.pos + size
        if end <= len(self.buf):
            data = self.buf[self.pos : end]
            self.pos = end
            return data
        parts = [self.buf[self.pos :]]
        have = len(parts[0])
        while have < size:
            chunk = next(self.it, None)
            if chunk is None:
                raise TarStreamError(f"tar stream ended inside a member ({have} of {size} bytes)")
            if self.skip:  # only possible right after a header at a chunk edge
                if len(chunk) <= self.skip:
                    self.skip -= len(chunk)
                    continue
                chunk = chunk[self.skip :]
                self.skip = 0
            need = size - have
            if len(chunk) > need:
                parts.append(chunk[:need])
                self.buf, self.pos = chunk, need
                have = size
                break
            parts.append(chunk)
            have += len(chunk)
        else:
            self.buf, self.pos = b"", 0
        return b"".join(parts)

    def advance(self, count: int) -> None:
        """Drop `count` bytes (padding), some of which may not have arrived yet."""
        self.pos += count
        if self.pos > len(self.buf):
            self.skip += self.pos - len(self.buf)
            self.buf, self.pos = b"", 0


def iter_tar(chunks: Iterable[bytes]) -> Iterator[tuple[str, bytes]]:
    """(name, content) of each regular member, in archive order."""
    src = _Chunks(chunks)
    long_name: bytes | None = None
    pax: dict[bytes, bytes] = {}
    while True:
        if src.pos + BLOCK > len(src.buf) and not src.fill(BLOCK):
            if len(src.buf) - src.pos == 0:
                return  # no end-of-archive blocks: the stream simply ended after a member
            raise TarStreamError("tar stream ended inside a header")
        pos = src.pos
        hdr = src.buf[pos : pos + BLOCK]
        src.pos = pos + BLOCK
        if hdr == _ZERO:
            return
        if hdr[257:262] != b"ustar":
            raise TarStreamError("not a tar header (no ustar magic)")
        kind = hdr[156:157]
        size = _size(hdr[124:136])
        if b"size" in pax:
            size = int(pax[b"size"])
        data = src.take(size)
        src.advance(-size % BLOCK)
        if kind in _REGULAR:
            if b"path" in pax:
                raw = pax[b"path"]
            elif long_name is not None:
                raw = long_name
            else:
                raw = hdr[:100].split(b"\0", 1)[0]
                prefix = hdr[345:500].split(b"\0", 1)[0]
                if prefix and hdr[257:263] == b"ustar\0":
                    raw = prefix + b"/" + raw
            long_name, pax = None, {}
            yield raw.decode("utf-8", "surrogateescape"), data
        elif kind == b"x":
            pax = _pax(data)
        elif kind == b"L":
            long_name = data.rstrip(b"\0")
        else:  # directories, links, global PAX headers: not batch items
            long_name, pax = None, {}


class TarFeed:
    """The same reader, pushed instead of pulled: `feed(chunk)` returns the members completed
    by that chunk (for an asyncio stream, which cannot be pulled from a generator); `end()`
    checks that the stream did not stop inside a member. Holds at most one member's bytes."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._skip = 0
        self._header: tuple[bytes, bytes, int] | None = None  # (block, kind, size)
        self._long_name: bytes | None = None
        self._pax: dict[bytes, bytes] = {}
        self.ended = False

    def feed(self, chunk: bytes) -> list[tuple[str, bytes]]:
        out: list[tuple[str, bytes]] = []
        if self.ended:
            return out
        buf = self._buf
        if self._skip:
            drop = min(self._skip, len(chunk))
            self._skip -= drop
            chunk = chunk[drop:]
        buf += chunk
        while True:
            if self._header is None:
                if len(buf) < BLOCK:
                    return out
                hdr = bytes(buf[:BLOCK])
                del buf[:BLOCK]
                if hdr == _ZERO:
                    self.ended = True
                    buf.clear()
                    return out
                if hdr[257:262] != b"ustar":
                    raise TarStreamError("not a tar header (no ustar magic)")
                size = int(self._pax[b"size"]) if b"size" in self._pax else _size(hdr[124:136])
                self._header = (hdr, hdr[156:157], size)
            hdr, kind, size = self._header
            if len(buf) < size:
                return out
            data = bytes(buf[:size])
            del buf[:size]
            self._header = None
            pad = -size % BLOCK
            drop = min(pad, len(buf))
            del buf[:drop]
            self._skip = pad - drop
            if kind in _REGULAR:
                if b"path" in self._pax:
                    raw = self._pax[b"path"]
                elif self._long_name is not None:
                    raw = self._long_name
                else:
                    raw = hdr[:100].split(b"\0", 1)[0]
                    prefix = hdr[345:500].split(b"\0", 1)[0]
                    if prefix and hdr[257:263] == b"ustar\0":
                        raw = prefix + b"/" + raw
                self._long_name, self._pax = None, {}
                out.append((raw.decode("utf-8", "surrogateescape"), data))
            elif kind == b"x":
                self._pax = _pax(data)
            elif kind == b"L":
                self._long_name = data.rstrip(b"\0")
            else:
                self._long_name, self._pax = None, {}

    def end(self) -> None:
        """The stream ended: an error if it ended inside a header or a member."""
        if self._header is not None:
            raise TarStreamError("tar stream ended inside a member")
        if self._buf and not self.ended:
            raise TarStreamError("tar stream ended inside a header")
