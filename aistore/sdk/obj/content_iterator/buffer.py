"""ParallelBuffer: a parallel download's content in one shared-memory segment (2.x name)."""

from __future__ import annotations

import contextlib
from multiprocessing import shared_memory
from typing import Any


class ParallelBuffer:
    """The content of a parallel download, in a `SharedMemory` segment (no copy on return).

    `buf` is a memoryview of exactly the object's bytes; `name` names the segment, so another
    process can attach to it. Call `close()` (or use it as a context manager) when done: that
    releases and unlinks the segment.
    """

    def __init__(self, shm: shared_memory.SharedMemory, size: int) -> None:
        self._shm: shared_memory.SharedMemory | None = shm
        self._size = size
        view = shm.buf
        if view is None:
            raise ValueError("the shared-memory segment is closed")
        # the segment may be larger than asked (page alignment)
        self._buf = view[:size]

    @classmethod
    def allocate(cls, size: int) -> ParallelBuffer:
        """A new segment of `size` bytes (at least one: shared memory cannot be empty)."""
        return cls(shared_memory.SharedMemory(create=True, size=max(size, 1)), size)

    @property
    def buf(self) -> memoryview:
        """The content (a view of the shared segment)."""
        return self._buf

    @property
    def name(self) -> str:
        """The shared-memory segment's name."""
        if self._shm is None:
            raise ValueError("the buffer is closed")
        return self._shm.name

    def __len__(self) -> int:
        return self._size

    def tobytes(self) -> bytes:
        """The content as a new `bytes` (a copy)."""
        return self._buf.tobytes()

    def close(self) -> None:
        """Release and unlink the segment; a second call does nothing."""
        shm, self._shm = self._shm, None
        if shm is None:
            return
        self._buf.release()
        shm.close()
        shm.unlink()

    def __del__(self) -> None:
        # a buffer dropped without close(): the segment is released and unlinked all the same
        # (otherwise /dev/shm keeps it until the process exits)
        # (errors: at interpreter exit, or while a view of `buf` is still held)
        with contextlib.suppress(Exception):
            self.close()

    def __enter__(self) -> ParallelBuffer:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._shm is None else self._shm.name
        return f"ParallelBuffer({self._size} bytes, {state})"
