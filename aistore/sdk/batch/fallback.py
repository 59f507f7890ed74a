"""Get-Batch without the endpoint: the same items through concurrent object GETs, in order.

Used when a cluster does not serve `/v1/ml/moss`; the answer has the same shape (one
(MossOut, bytes) per item, in request order, missing items as per-item errors with
`cont_on_err`). Whole-object items are checked as other reads are (`one_checked`).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from aistore_raw.ais.api.objects import get_object
from aistore_raw.ais.types import Call

from aistore.sdk.batch.types import MossIn, MossOut, decode_opaque
from aistore.sdk.errors import AISError, ErrNotFound
from aistore.sdk.obj import verified
from aistore.sdk.request_client import RequestClient

logger = logging.getLogger(__name__)

WORKERS = 8
_warned: set[str] = set()
_unserved: weakref.WeakSet[RequestClient] = weakref.WeakSet()


def serves_batch(client: RequestClient) -> bool:
    """False once this client's cluster was seen not to serve Get-Batch."""
    return client not in _unserved


def is_unserved(error: AISError) -> bool:
    """The answer of a cluster without the Get-Batch endpoint (not an error about an item).

    501 (not implemented); 404 without an AIS error code (an unknown route, not a missing object
    or bucket, which carry `ErrNotFound`/`ErrBckNotFound`); 400 "invalid request URI" (what an AIS
    proxy without `/v1/ml` answers).
    """
    if error.status_code == 501:
        return True
    if error.status_code == 404:
        return error.tcode is None
    return error.status_code == 400 and "invalid request URI" in str(error.message)


def note_unserved(client: RequestClient, error: AISError) -> None:
    """Remember it for this client; warn once per endpoint and process."""
    _unserved.add(client)
    endpoint = client.endpoint
    if endpoint not in _warned:
        _warned.add(endpoint)
        logger.warning(
            "%s does not serve Get-Batch (%s %s); using concurrent GETs instead",
            endpoint,
            error.status_code,
            error.message,
        )


def one_call(item: MossIn) -> Call[Any]:
    """The GET that reads one item on its own (archive member, or a byte range)."""
    params: dict[str, Any] = {"provider": item.provider or "ais"}
    if item.archpath:
        params["archpath"] = item.archpath
    elif item.start or item.length:
        start = item.start or 0
        end = "" if item.length in (None, -1) else str(start + (item.length or 0) - 1)
        params["range_"] = f"bytes={start}-{end}"
    return get_object.op(str(item.bck), item.obj_name, **params)


def one_result(
    item: MossIn, data: bytes, missing: ErrNotFound | None = None
) -> tuple[MossOut, bytes]:
    """The item's answer from its GET's content (`missing`: the GET's 404, kept as its error)."""
    out = MossOut(
        obj_name=item.obj_name,
        archpath=item.archpath or "",
        bucket=item.bck or "",
        provider=item.provider or "",
        opaque=decode_opaque(item.opaque),
    )
    if missing is not None:
        out.err_msg = str(missing.message)
        return out, b""
    if item.archpath and (item.start or item.length):  # a range inside an archived file
        start = item.start or 0
        data = data[start:] if item.length in (None, -1) else data[start : start + item.length]
    out.size = len(data)
    return out, data


def one_checked(item: MossIn) -> bool:
    """Whether the item's GET is checked against the object's checksum (a whole object, and
    `AIS_VERIFY_READS` or the default says so; see `sdk/obj/verified.py`)."""
    return verified.wanted(None, bool(item.archpath or item.start or item.length))


def one_what(item: MossIn) -> str:
    """The item's object, as error messages name it."""
    return f"{item.bck}/{item.obj_name}"


def _get_one(client: RequestClient, item: MossIn, cont_on_err: bool) -> tuple[MossOut, bytes]:
    def read() -> verified.Read:
        response = client.send(one_call(item))
        return response.headers, response.content

    try:
        if one_checked(item):
            return one_result(item, verified.read_checked(read, one_what(item))[1])
        return one_result(item, read()[1])
    except ErrNotFound as err:
        if not cont_on_err:
            raise
        return one_result(item, b"", err)


def get_each(
    client: RequestClient, items: Sequence[MossIn], cont_on_err: bool
) -> Iterator[tuple[MossOut, bytes]]:
    """Items in request order, fetched `WORKERS` at a time (at most that many held ahead)."""
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(items))) as pool:
        pending: list[Future[tuple[MossOut, bytes]]] = []
        ahead = iter(items)
        for item in ahead:
            pending.append(pool.submit(_get_one, client, item, cont_on_err))
            if len(pending) >= WORKERS:
                break
        while pending:
            result = pending.pop(0).result()
            nxt = next(ahead, None)
            if nxt is not None:
                pending.append(pool.submit(_get_one, client, nxt, cont_on_err))
            yield result
