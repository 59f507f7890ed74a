"""fsspec's own conformance suites (copy, get, put, pipe, open) against the live cluster.

Subclassed as s3fs and gcsfs do. Object stores have no empty directories: the suites' branches
for them are switched off through `supports_empty_directories`, as for s3fs.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

import pytest

pytest.importorskip("fsspec")

import fsspec.tests.abstract as abstract

from aistore.fs import AISFileSystem


class AISFixtures(abstract.AbstractFixtures):  # type: ignore[misc]
    @pytest.fixture
    def fs(self, aisfs: AISFileSystem) -> AISFileSystem:
        aisfs.invalidate_cache()
        return aisfs

    @pytest.fixture
    def fs_path(self, fs_dir: Callable[[], str]) -> str:
        # a fresh prefix per test: v1.5.0 refuses an object named like an emptied directory
        # (`target` after `target/...` was removed), which the suites' shared names would hit
        return fs_dir()

    @pytest.fixture
    def fs_join(self):  # type: ignore[no-untyped-def]
        return posixpath.join

    @pytest.fixture
    def supports_empty_directories(self) -> bool:
        return False


class TestAISCopy(abstract.AbstractCopyTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISGet(abstract.AbstractGetTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISPut(abstract.AbstractPutTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISPipe(abstract.AbstractPipeTests, AISFixtures):  # type: ignore[misc]
    pass


class TestAISOpen(abstract.AbstractOpenTests, AISFixtures):  # type: ignore[misc]
    pass
