"""aistore.pytorch pieces that need no cluster: rank/world resolution, sharding, sample grouping."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")

from aistore.pytorch import _sharding
from aistore.pytorch.shard_reader import group_samples
from aistore.pytorch.utils import get_basename, get_extension


def test_rank_and_world_come_from_arguments_then_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RANK", raising=False)
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert _sharding.rank_and_world() == (0, 1)
    monkeypatch.setenv("RANK", "3")
    monkeypatch.setenv("WORLD_SIZE", "4")
    assert _sharding.rank_and_world() == (3, 4)
    assert _sharding.rank_and_world(1, 2) == (1, 2)
    with pytest.raises(ValueError, match="rank 2 is not within world_size 2"):
        _sharding.rank_and_world(2, 2)


def test_slots_share_items_exactly_once() -> None:
    items = list(range(23))
    shares = [list(_sharding.share(items, i, 6)) for i in range(6)]
    assert sorted(x for s in shares for x in s) == items
    assert {len(s) for s in shares} == {3, 4}
    assert _sharding.slot(1, 2)[:2] == (1, 2)  # no DataLoader worker: one per rank


def test_adjacent_members_with_one_basename_are_one_sample() -> None:
    members = [
        ("d/a.jpg", b"1"),
        ("d/a.cls", b"2"),
        ("d/README", b"skipped: no extension"),
        ("d/b.jpg", b"3"),
        ("e/c.seg.png", b"4"),
    ]
    assert list(group_samples(members)) == [
        ("a", {"jpg": b"1", "cls": b"2"}),
        ("b", {"jpg": b"3"}),
        ("c", {"png": b"4"}),
    ]
    assert (get_basename("x/y.tar.gz"), get_extension("x/y.tar.gz")) == ("y", "gz")
