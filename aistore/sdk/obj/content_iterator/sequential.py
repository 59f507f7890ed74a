"""One stream per read: `ContentIterProvider` (2.x) and `ContentIterator`, which `as_file()`
readers resume through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from aistore_raw.ais.api.objects import get_object

from aistore._core.streaming import ReadState, iter_body
from aistore.sdk.obj.content_iterator.base import BaseContentIterProvider, StreamBounds

if TYPE_CHECKING:
    import httpx

STATUS_PARTIAL_CONTENT = 206


class ContentIterProvider(BaseContentIterProvider):
    """Reads the content with one GET: whole into memory, or as a stream from an offset."""

    def read_all(self) -> bytes:
        return self._client.read().content

    def create_iter(self, offset: int = 0, bounds: StreamBounds | None = None) -> Iterator[bytes]:
        """A generator: the GET is sent when the first chunk is asked for."""
        yield from self._open(offset, bounds, None)

    def _open(
        self, offset: int, bounds: StreamBounds | None, read_state: ReadState | None
    ) -> Iterator[bytes]:
        """Send the GET now (errors surface here); an iterator over the body's chunks."""
        response = self._client.get(stream=True, offset=offset or None)
        try:
            declared = get_object.parse_headers(response)
            if read_state is not None:
                read_state.check_version(declared.get("ais_version"))
            if bounds is not None:
                _fill_bounds(bounds, offset, response, declared.get("content_length"))
        except BaseException:
            response.close()
            raise
        return iter_body(response, self._chunk_size)


def _fill_bounds(
    bounds: StreamBounds, offset: int, response: httpx.Response, length: str | None
) -> None:
    # a server that does not serve the offset answers 200 with the whole object
    bounds.start = offset if response.status_code == STATUS_PARTIAL_CONTENT else 0
    # with a content coding, Content-Length counts coded bytes, not the ones yielded
    identity = response.headers.get("content-encoding", "identity").lower() in ("", "identity")
    bounds.expected_end = bounds.start + int(length) if identity and length is not None else None


class ContentIterator(ContentIterProvider):
    """Opens a stream of the object (from an offset) and yields chunks of `chunk_size` bytes;
    a resumed read is pinned to the version the first answer had (`read_state`)."""

    def iter_from_position(
        self, start_position: int = 0, *, read_state: ReadState | None = None
    ) -> Iterator[bytes]:
        """Open the stream now (errors surface here) and return an iterator over its chunks."""
        return self._open(start_position, None, read_state)
