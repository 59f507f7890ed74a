"""List-objects pages: msgpack decoding, lazy `entry.object`, and the page iterator (private).

A page is requested with `Accept: application/msgpack` and decoded by msgspec straight into
`BucketList` / `BucketEntry` (their fields are the msgpack keys), with no intermediate dicts.

The reference SDK set `entry.object = bucket.object(entry.name)` on every entry of every page;
building an `Object` costs several times more than decoding the entry, so here each entry only
holds a shared `_ObjectMaker` in that slot and the `Object` is built the first time
`entry.object` is read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

import msgspec

from aistore.sdk.errors import AISReadTimeout, AISStreamError
from aistore.sdk.obj.object import BucketDetails, Object
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import BucketEntry, BucketList

# the storage slot of the `object` field, reached past the property below
_OBJECT_SLOT: Any = BucketEntry.__dict__["object"]


class _ObjectMaker:
    """What every entry of one page holds in its `object` slot until `entry.object` is read."""

    __slots__ = ("client", "details", "factory")

    def __init__(
        self, client: Any, details: BucketDetails, factory: Callable[..., Any] = Object
    ) -> None:
        self.client = client
        self.details = details
        self.factory = factory  # Object, or aistore.aio's AsyncObject (same parameters)

    def make(self, name: str) -> Any:
        return self.factory(self.client, self.details, name)

    def __repr__(self) -> str:
        return f"<Object of {self.details.provider.value}://{self.details.name}, made on access>"


class ListedEntry(BucketEntry):
    """A `BucketEntry` of a listing; `object` is the entry's `Object`, built on first access."""

    @property  # type: ignore[misc]
    def object(self) -> Any:
        value = _OBJECT_SLOT.__get__(self, BucketEntry)
        if isinstance(value, _ObjectMaker):
            value = value.make(self.n)
            _OBJECT_SLOT.__set__(self, value)
        return value

    @object.setter
    def object(self, value: Any) -> None:
        _OBJECT_SLOT.__set__(self, value)

    def __repr__(self) -> str:
        # the documented field names, not the wire keys (n, cs, a, ...); `object` is left out
        return (
            f"BucketEntry(name={self.n!r}, size={self.s}, checksum={self.cs!r},"
            f" atime={self.a!r}, version={self.v!r}, location={self.t!r},"
            f" copies={self.c}, flags={self.f})"
        )


class ListedPage(BucketList):
    """A `BucketList` whose entries are `ListedEntry`."""

    Entries: list[ListedEntry] | None = None  # type: ignore[assignment]


_DECODER = msgspec.msgpack.Decoder(ListedPage)
_MSGPACK = "application/msgpack"


class PageResponse(Protocol):
    """What `decode_page` reads of a response (httpx's, or the async client's)."""

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    def json(self) -> Any: ...


def decode_page(
    response: PageResponse,
    client: RequestClient | Any,
    details: BucketDetails,
    factory: Callable[..., Any] = Object,
) -> BucketList:
    """The page in `response` (msgpack, or JSON from a server that ignored `Accept`)."""
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    page: BucketList
    if content_type == _MSGPACK:
        page = _DECODER.decode(response.content)
    else:
        page = BucketList.from_json(response.json())
    entries = page.Entries
    if entries:
        maker = _ObjectMaker(client, details, factory)
        if isinstance(page, ListedPage):
            setter = _OBJECT_SLOT.__set__
            for entry in entries:
                setter(entry, maker)
        else:
            for entry in entries:
                entry.object = maker.make(entry.n)
    return page


PageFetcher = Callable[[str, str], BucketList]
"""(uuid, continuation_token) -> the next page."""

PAGE_RETRIES = 3
"""Times one page is asked for again after its answer broke off mid-body (a reset connection,
a stalled one given up): the transport replays no half-read answer, and a page is the same
page when asked again with the same (uuid, continuation token)."""
BROKEN_PAGE = (AISStreamError, AISReadTimeout)

logger = logging.getLogger(__name__)


def page_broke(error: BaseException, attempt: int) -> bool:
    """Whether to ask again for a page whose request failed with `error` on try `attempt`
    (0-based); shared by the sync and async listings."""
    if not isinstance(error, BROKEN_PAGE) or attempt >= PAGE_RETRIES:
        return False
    logger.warning("a listing page broke off (%s); asking for it again", error)
    return True


def fetch_page(fetch: PageFetcher, uuid: str, token: str) -> BucketList:
    """One page, asked for again after a broken answer (`page_broke`)."""
    attempt = 0
    while True:
        try:
            return fetch(uuid, token)
        except BROKEN_PAGE as err:
            if not page_broke(err, attempt):
                raise
            attempt += 1


def iter_pages(fetch: PageFetcher) -> Iterator[BucketList]:
    """Every page of one listing, requested one at a time as the caller advances."""
    uuid = token = ""
    while True:
        page = fetch_page(fetch, uuid, token)
        yield page
        token = page.continuation_token
        if not token:
            return
        uuid = page.uuid


class ObjectIterator(Iterator[BucketEntry]):
    """Iterator over the entries of a listing; fetches the next page only when needed.

    Args:
        list_objects: called as `list_objects(uuid=..., token=...)` for each page.
    """

    def __init__(self, list_objects: Callable[..., BucketList]) -> None:
        self._list_objects = list_objects
        self._pages: Iterator[BucketList] | None = None
        self._entries: Iterator[BucketEntry] = iter(())

    def _fetch(self, uuid: str, token: str) -> BucketList:
        return self._list_objects(uuid=uuid, token=token)

    def __iter__(self) -> ObjectIterator:
        return self

    def __next__(self) -> BucketEntry:
        while True:
            entry = next(self._entries, None)
            if entry is not None:
                return entry
            if self._pages is None:
                self._pages = iter_pages(self._fetch)
            # StopIteration of the page generator ends this iterator too
            self._entries = iter(next(self._pages).entries)
