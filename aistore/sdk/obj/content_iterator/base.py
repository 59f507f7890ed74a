"""What every content provider offers (2.x names): the whole content, or chunks from an offset."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aistore.sdk.obj.content_iterator.buffer import ParallelBuffer
    from aistore.sdk.obj.object_client import ObjectClient


@dataclass
class StreamBounds:
    """Byte positions of one stream, filled in as the provider opens it.

    Attributes:
        start: the byte of the object the stream begins at (0 when the server sent the whole
            object instead of the asked range).
        expected_end: the byte position at the end of the stream, when the answer tells it.
    """

    start: int = 0
    expected_end: int | None = None


class BaseContentIterProvider(ABC):
    """Reads one object's content for an `ObjectReader`.

    Args:
        client: the object's requests.
        chunk_size: bytes per yielded chunk.
    """

    def __init__(self, client: ObjectClient, chunk_size: int) -> None:
        self._client = client
        self._chunk_size = chunk_size

    @property
    def client(self) -> ObjectClient:
        return self._client

    @property
    def chunk_size(self) -> int:
        return self._chunk_size

    @abstractmethod
    def read_all(self) -> bytes | ParallelBuffer:
        """The whole content in memory."""

    @abstractmethod
    def create_iter(self, offset: int = 0, bounds: StreamBounds | None = None) -> Iterator[bytes]:
        """The content from byte `offset` on, in chunks; `bounds` (one per stream) receives the
        stream's byte positions once it is open."""
