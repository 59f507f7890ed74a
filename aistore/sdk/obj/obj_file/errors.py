"""The errors an ObjectFile raises, at 1.9.2's module path (defined in ``aistore.sdk.errors``)."""

from aistore.sdk.errors import ObjectFileMaxResumeError, ObjectFileStreamError

__all__ = ["ObjectFileMaxResumeError", "ObjectFileStreamError"]
