"""The errors an ObjectFile raises, at 1.9.2's module path (defined in ``aistore.sdk.errors``).

2.x renamed them `ObjectFileReader...`; the new names are the same classes, so either
`except` clause catches what the reader raises.
"""

from aistore.sdk.errors import AISStreamError, ObjectFileMaxResumeError, ObjectFileStreamError

ObjectFileReaderMaxResumeError = ObjectFileMaxResumeError
ObjectFileReaderStreamError = ObjectFileStreamError


class ObjectFileReaderUnexpectedEOF(AISStreamError):
    """(2.x) An object's body ended (cleanly) before the byte it should have reached.

    A body cut short, like `AISStreamError` (its base): a file reader resumes from `actual`.
    """

    def __init__(self, actual: int, expected: int) -> None:
        self.actual = actual
        self.expected = expected
        super().__init__(f"Object stream ended early at byte {actual}; expected byte {expected}")


__all__ = [
    "ObjectFileMaxResumeError",
    "ObjectFileReaderMaxResumeError",
    "ObjectFileReaderStreamError",
    "ObjectFileReaderUnexpectedEOF",
    "ObjectFileStreamError",
]
