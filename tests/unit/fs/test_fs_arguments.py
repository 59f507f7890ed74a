"""AISFileSystem refuses bad arguments before any request (moved from tests/live/fs)."""

from __future__ import annotations

import pytest

from aistore.fs import AISFileSystem
from aistore.sdk.errors import InvalidBckProvider


def test_bad_arguments_fail_before_any_request() -> None:
    with pytest.raises(ValueError, match="endpoint"):
        AISFileSystem("localhost:8080", skip_instance_cache=True)
    with pytest.raises(ValueError, match="block_size"):
        AISFileSystem("http://127.0.0.1:1", block_size=0, skip_instance_cache=True)
    with pytest.raises(InvalidBckProvider, match="nope"):
        AISFileSystem("http://127.0.0.1:1", provider="nope", skip_instance_cache=True)
