"""The errors an ObjectFile raises, at 1.9.2's module path (defined in ``aistore.sdk.errors``).

2.x renamed them `ObjectFileReader...`; the new names are the same classes, so either
`except` clause catches what the reader raises.
"""

from aistore.sdk.errors import ObjectFileMaxResumeError, ObjectFileStreamError

ObjectFileReaderMaxResumeError = ObjectFileMaxResumeError
ObjectFileReaderStreamError = ObjectFileStreamError

__all__ = [
    "ObjectFileMaxResumeError",
    "ObjectFileReaderMaxResumeError",
    "ObjectFileReaderStreamError",
    "ObjectFileStreamError",
]
