"""Providers of an object's content for `ObjectReader`: one stream (`ContentIterProvider`,
`ContentIterator`), or byte ranges fetched concurrently into shared memory
(`ParallelContentIterProvider`, `ParallelBuffer`); the 2.x module path and names."""

from aistore.sdk.obj.content_iterator.base import BaseContentIterProvider, StreamBounds
from aistore.sdk.obj.content_iterator.buffer import ParallelBuffer
from aistore.sdk.obj.content_iterator.parallel import ParallelContentIterProvider
from aistore.sdk.obj.content_iterator.sequential import ContentIterator, ContentIterProvider

__all__ = [
    "BaseContentIterProvider",
    "ContentIterProvider",
    "ContentIterator",
    "ParallelBuffer",
    "ParallelContentIterProvider",
    "StreamBounds",
]
