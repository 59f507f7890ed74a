"""ObjectFile's buffering and resume logic against a scripted content iterator."""

from collections.abc import Iterator

import pytest

from aistore._core.streaming import ReadState
from aistore.sdk.errors import (
    AISConnectionError,
    AISStreamError,
    ObjectChangedError,
    ObjectFileMaxResumeError,
    ObjectFileStreamError,
)
from aistore.sdk.obj.obj_file.object_file import ObjectFile

DATA = bytes(range(256)) * 40  # 10,240 bytes


class ScriptedIterator:
    """Serves DATA in 1000-byte chunks; breaks after `break_after` chunks for `breaks` opens."""

    def __init__(self, breaks: int = 0, break_after: int = 3, versions: list[str] | None = None):
        self.breaks = breaks
        self.break_after = break_after
        self.opens: list[int] = []
        self.versions = versions or []

    def iter_from_position(
        self, start_position: int = 0, *, read_state: ReadState | None = None
    ) -> Iterator[bytes]:
        self.opens.append(start_position)
        if read_state is not None and self.versions:
            read_state.check_version(self.versions[min(len(self.opens), len(self.versions)) - 1])
        broken = len(self.opens) <= self.breaks
        return self._gen(start_position, broken)

    def _gen(self, start: int, broken: bool) -> Iterator[bytes]:
        for index, offset in enumerate(range(start, len(DATA), 1000)):
            if broken and index == self.break_after:
                raise AISStreamError("cut")
            yield DATA[offset : offset + 1000]


def test_reads_sizes_across_chunk_boundaries() -> None:
    f = ObjectFile(ScriptedIterator(), max_resume=0)  # type: ignore[arg-type]
    assert f.read(10) == DATA[:10]
    assert f.read(1500) == DATA[10:1510]
    assert f.tell() == 1510
    assert f.read() == DATA[1510:]
    assert f.read(5) == b""


def test_resumes_from_the_last_byte_received() -> None:
    it = ScriptedIterator(breaks=2, break_after=3)
    f = ObjectFile(it, max_resume=2)  # type: ignore[arg-type]
    assert f.read() == DATA
    assert it.opens == [0, 3000, 6000]


def test_gives_up_after_max_resume() -> None:
    it = ScriptedIterator(breaks=5, break_after=1)
    f = ObjectFile(it, max_resume=2)  # type: ignore[arg-type]
    with pytest.raises(ObjectFileMaxResumeError):
        f.read()
    assert not f.readable()
    with pytest.raises(ValueError, match="closed"):
        f.read(1)


def test_connection_failure_is_a_stream_error() -> None:
    class Refusing:
        def iter_from_position(self, start_position: int = 0, **_: object) -> Iterator[bytes]:
            raise AISConnectionError("refused")

    with pytest.raises(ObjectFileStreamError):
        ObjectFile(Refusing(), max_resume=3).read()  # type: ignore[arg-type]


def test_resumed_read_of_another_version_is_refused() -> None:
    it = ScriptedIterator(breaks=1, break_after=2, versions=["1", "2"])
    f = ObjectFile(it, max_resume=3)  # type: ignore[arg-type]
    with pytest.raises(ObjectChangedError, match="changed from '1' to '2'"):
        f.read()


@pytest.mark.parametrize("bad", [-1, "3", 1.5])
def test_bad_max_resume_is_rejected(bad: object) -> None:
    with pytest.raises(ValueError, match="max_resume"):
        ObjectFile(ScriptedIterator(), max_resume=bad)  # type: ignore[arg-type]
