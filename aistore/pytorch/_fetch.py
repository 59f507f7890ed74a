"""Reads the samples of a share: Get-Batch for runs of objects (default), or one GET each."""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from itertools import islice

from aistore.sdk.ais_source import AISSource
from aistore.sdk.batch import Batch
from aistore.sdk.batch.errors import BatchStreamError
from aistore.sdk.enums import Colocation
from aistore.sdk.errors import AISError, AISRequestError, ErrNotFound
from aistore.sdk.obj.object import Object

logger = logging.getLogger(__name__)

BATCH_RESUMES = 20
"""Times one run of a Get-Batch is asked again for its remaining items after its answer broke
off (a reset connection, a cut stream) or a node it needed was down; each item is still
yielded once."""
RESUME_PAUSE = 0.2
# v1.5.0 answers a Get-Batch whose designated target cannot reach another node with 400 and
# the dial error (`Post "http://...": dial tcp ...: connect: connection refused`)
_NODE_DOWN = ("connect: connection refused", "connection reset by peer")


def batch_broke(error: BaseException) -> bool:
    """Whether a Get-Batch that failed with `error` may be asked again for its remaining items:
    its answer broke off, or the cluster could not reach one of its nodes."""
    if isinstance(error, BatchStreamError | AISRequestError):
        return True
    if isinstance(error, AISError):
        return error.status_code >= 500 or any(s in str(error) for s in _NODE_DOWN)
    return False


def by_batch(
    items: Iterator[tuple[AISSource, Object]],
    max_batch_size: int,
    *,
    cont_on_err: bool = False,
    output_format: str = ".tar",
    streaming: bool = True,
    colocation: Colocation = Colocation.NONE,
) -> Iterator[tuple[Object, bytes | None]]:
    """(object, content) in order, `max_batch_size` objects per request; content None for an
    item that failed (only with `cont_on_err`; otherwise the failure raises)."""
    while chunk := list(islice(items, max_batch_size)):
        start = 0
        while start < len(chunk):  # one request per run of objects with the same client
            client = chunk[start][0].client
            end = start + 1
            while end < len(chunk) and chunk[end][0].client is client:
                end += 1
            objects = [obj for _, obj in chunk[start:end]]
            done = 0  # items of `objects` yielded so far
            broken = 0
            while done < len(objects):
                batch = Batch(
                    client,
                    objects[done:],
                    output_format=output_format,
                    cont_on_err=cont_on_err,
                    streaming_get=streaming,
                    colocation=colocation,
                )
                try:
                    results = batch.get()
                    assert not isinstance(results, io.RawIOBase)  # raw=False: decoded items
                    for info, data in results:
                        obj = objects[done]
                        if info.err_msg:
                            if not cont_on_err:
                                raise RuntimeError(f"{obj}: {info.err_msg}")
                            logger.warning("skipping %s: %s", obj, info.err_msg)
                        done += 1
                        yield obj, None if info.err_msg else data
                except (BatchStreamError, AISError, AISRequestError) as err:
                    # ask again for the items not delivered yet, so that each is yielded once
                    broken += 1
                    if broken > BATCH_RESUMES or not batch_broke(err):
                        raise
                    logger.warning(
                        "Get-Batch broke after %d of %d items (%s); asking for the rest",
                        done,
                        len(objects),
                        err,
                    )
                    time.sleep(min(RESUME_PAUSE * broken, 2.0))
            start = end


def by_object(
    items: Iterator[tuple[AISSource, Object]],
    *,
    etl_name: str | None = None,
    cont_on_err: bool = False,
) -> Iterator[tuple[Object, bytes | None]]:
    """(object, content) in order, one GET per object."""
    for _, obj in items:
        try:
            yield obj, obj.get(etl_name=etl_name).read_all()
        except ErrNotFound as err:
            if not cont_on_err:
                raise
            logger.warning("skipping %s: %s", obj, err)
            yield obj, None
