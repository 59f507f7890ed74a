"""ContentIterator: an object's content as chunks, from any byte position."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from aistore_raw.ais.api.objects import get_object

from aistore._core.streaming import ReadState, iter_body

if TYPE_CHECKING:
    from aistore.sdk.obj.object_client import ObjectClient


class ContentIterator:
    """Opens a stream of the object (from an offset) and yields chunks of `chunk_size` bytes."""

    def __init__(self, client: ObjectClient, chunk_size: int) -> None:
        self._client = client
        self._chunk_size = chunk_size

    @property
    def client(self) -> ObjectClient:
        return self._client

    @property
    def chunk_size(self) -> int:
        return self._chunk_size

    def iter_from_position(
        self, start_position: int = 0, *, read_state: ReadState | None = None
    ) -> Iterator[bytes]:
        """Open the stream now (errors surface here) and return an iterator over its chunks."""
        response = self._client.get(stream=True, offset=start_position or None)
        if read_state is not None:
            try:
                read_state.check_version(get_object.parse_headers(response).get("ais_version"))
            except BaseException:
                response.close()
                raise
        return iter_body(response, self._chunk_size)
