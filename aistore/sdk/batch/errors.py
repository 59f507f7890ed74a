"""Errors of a Get-Batch answer that went wrong after its 200 status."""


class BatchStreamError(RuntimeError):
    """The answer stopped early or is malformed. A streamed batch without `cont_on_err` ends
    this way when an item fails after the first bytes were sent (the status was already 200)."""


class TarStreamError(BatchStreamError):
    """The archive is not a well-formed tar stream (or it ended inside a member)."""


class MultipartDecodeError(BatchStreamError):
    """The answer is not the two-part multipart (metadata, archive) Get-Batch sends."""
