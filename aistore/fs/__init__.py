"""`ais://` for fsspec: `fsspec.open("ais://bucket/key")`, `pandas.read_parquet("ais://...")`.

Registered for the `ais` protocol through the `fsspec.specs` entry point of this package.
Needs the `fsspec` extra: `pip install 'aistore-client[fsspec]'`.
"""

from aistore.fs._files import AISReadFile, AISWriteFile, ObjectChangedError
from aistore.fs.core import AISFileSystem

__all__ = ["AISFileSystem", "AISReadFile", "AISWriteFile", "ObjectChangedError"]
