"""Get-Batch: `Client.batch()` builds a `Batch`; `Batch.get()` yields (MossOut, bytes) per item."""

from aistore.sdk.batch.batch import Batch
from aistore.sdk.batch.errors import BatchStreamError, MultipartDecodeError, TarStreamError
from aistore.sdk.batch.types import MossIn, MossOut, MossResp

__all__ = [
    "Batch",
    "BatchStreamError",
    "MossIn",
    "MossOut",
    "MossResp",
    "MultipartDecodeError",
    "TarStreamError",
]
