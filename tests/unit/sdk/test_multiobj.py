"""ObjectNames / ObjectRange / ObjectTemplate parsing; the requests ObjectGroup builds (offline)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from aistore_raw.ais.api.buckets import archive_objects, bucket_action, bucket_delete_action

from aistore.sdk.errors import InvalidBckProvider, InvalidObjectRangeIndex
from aistore.sdk.multiobj import (
    ObjectCollection,
    ObjectGroup,
    ObjectNames,
    ObjectRange,
    ObjectTemplate,
)
from aistore.sdk.multiobj._braces import UnbalancedBracesError, check_balanced, expand_braces
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import Object
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient


# ---- brace expansion ------------------------------------------------------------------------
@pytest.mark.parametrize("template", ["{{1..2}", "{1..2", "a}", "a-{1..3}}"])
def test_expand_braces_unbalanced(template: str) -> None:
    # like the reference's braceexpand: raised when expanded, not when the template is made
    names = ObjectTemplate(template)
    with pytest.raises(ValueError, match="Unbalanced braces"):
        list(names)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("a{1..3}b", ["a1b", "a2b", "a3b"]),
        ("p{0001..0010..3}s", ["p0001s", "p0004s", "p0007s", "p0010s"]),
        ("{a,b}{1..2}", ["a1", "a2", "b1", "b2"]),
        ("x{a,b{1..2}}", ["xa", "xb1", "xb2"]),
        ("a{,b}", ["a", "ab"]),
        ("{5..1..2}", ["5", "3", "1"]),
        ("{a..e..2}", ["a", "c", "e"]),
        ("{x}{1..2}", ["{x}1", "{x}2"]),
        ("{}", ["{}"]),
        ("plain/name", ["plain/name"]),
        ("", [""]),
    ],
)
def test_expand_braces(template: str, expected: list[str]) -> None:
    assert list(expand_braces(template)) == expected


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("{-05..5..5}", ["-05", "000", "005"]),  # bash pads to the widest end, sign included
        ("{+1..3}", ["1", "2", "3"]),
        ("{1..3..0}", ["1", "2", "3"]),  # step 0 is step 1
        ("{1..5..-2}", ["1", "3", "5"]),  # the sign of the step is ignored
        ("{3..1}", ["3", "2", "1"]),
        ("{-2..0}", ["-2", "-1", "0"]),
        ("{7..7}", ["7"]),
        ("{08..10}", ["08", "09", "10"]),
        ("{8..010}", ["008", "009", "010"]),
        ("{0..2}", ["0", "1", "2"]),  # a lone 0 is not padding
        ("{e..a..2}", ["e", "c", "a"]),
        ("{c..c}", ["c"]),
        ("{a..c..0}", ["a", "b", "c"]),
        ("{Y..b}", ["Y", "Z", "[", "\\", "]", "^", "_", "`", "a", "b"]),
        ("{a,{b,c}d}", ["a", "bd", "cd"]),  # a comma one level down belongs to the inner group
        ("{1..2}-{a,b}-{x}", ["1-a-{x}", "1-b-{x}", "2-a-{x}", "2-b-{x}"]),
        ("{1.2}{3..4}", ["{1.2}3", "{1.2}4"]),  # not a sequence: literal, the next group counts
        ("{1..2..3..4}", ["{1..2..3..4}"]),
        ("{a..1}", ["{a..1}"]),
    ],
)
def test_expand_braces_sequences_like_bash(template: str, expected: list[str]) -> None:
    assert list(expand_braces(template)) == expected


@pytest.mark.parametrize("template", ["{", "}", "{a,b}}{", "{{a}", r"\{a,b}", "a}{"])
def test_unbalanced_braces_name_the_template(template: str) -> None:
    with pytest.raises(UnbalancedBracesError, match="Unbalanced braces") as info:
        list(expand_braces(template))
    assert repr(template) in str(info.value)


@pytest.mark.parametrize("template", [r"\{a,b\}", r"a\}{1..2}\{", r"\\{x,y}", r"{\}}"])
def test_escaped_braces_do_not_count_for_balance(template: str) -> None:
    assert check_balanced(template) is None


def test_a_brace_without_its_own_match_is_a_literal() -> None:
    # an escaped '{' counts for the balance check but not for expansion: it has no match
    assert list(expand_braces(r"\{{1..2}")) == [r"\{1", r"\{2"]
    # a group that is no sequence and has no comma is literal; a group inside it still expands
    assert list(expand_braces("{{1..2}}")) == ["{1}", "{2}"]


def test_expand_braces_is_lazy() -> None:
    it = expand_braces("n{0..99999999}")
    assert next(it) == "n0"
    assert next(it) == "n1"


# ---- ObjectNames ----------------------------------------------------------------------------
def test_object_names() -> None:
    names = ObjectNames(["a", "dir/b", "c d"])
    assert isinstance(names, ObjectCollection)
    assert list(names) == ["a", "dir/b", "c d"]
    assert names.get_value() == {"objnames": ["a", "dir/b", "c d"]}
    assert str(names) == "['a', 'dir/b', 'c d']"
    assert len(names) == 3
    assert ObjectNames(n for n in ("x", "y")).get_value() == {"objnames": ["x", "y"]}
    # the caller's list is copied: later changes do not leak into the selection
    src = ["a"]
    held = ObjectNames(src)
    src.append("b")
    held.get_value()["objnames"].append("z")
    assert list(held) == ["a"]


@pytest.mark.parametrize(
    ("names", "exc"),
    [("abc", TypeError), (b"abc", TypeError), (5, TypeError), ([1], TypeError),
     (["a", ""], ValueError)],
)  # fmt: skip
def test_object_names_rejects(names: Any, exc: type[Exception]) -> None:
    with pytest.raises(exc):
        ObjectNames(names)


def test_object_names_empty_refused_when_sent() -> None:
    # accepted when made (1.9.2 order: a job's own checks come first), refused before a request
    names = ObjectNames([])
    with pytest.raises(ValueError, match="at least one"):
        names.get_value()


# ---- ObjectTemplate -------------------------------------------------------------------------
def test_object_template() -> None:
    tmpl = ObjectTemplate("shard-{00..03}.tar")
    assert tmpl.get_value() == {"template": "shard-{00..03}.tar"}
    assert list(tmpl) == ["shard-00.tar", "shard-01.tar", "shard-02.tar", "shard-03.tar"]
    assert str(tmpl) == tmpl.template == "shard-{00..03}.tar"
    assert ObjectTemplate("a-{1..2}-{x,y}").get_value() == {"template": "a-{1..2}-{x,y}"}
    assert list(ObjectTemplate("a-{1..2}-{x,y}")) == ["a-1-x", "a-1-y", "a-2-x", "a-2-y"]
    with pytest.raises(TypeError, match="template must be a string, got NoneType"):
        ObjectTemplate(None)  # type: ignore[arg-type]


def test_object_template_identity() -> None:
    tmpl = ObjectTemplate("p-{1..3}")
    assert repr(tmpl) == "ObjectTemplate('p-{1..3}')"
    assert tmpl == ObjectTemplate("p-{1..3}")
    assert tmpl != ObjectTemplate("p-{1..4}")
    assert tmpl != "p-{1..3}"
    assert hash(tmpl) == hash(ObjectTemplate("p-{1..3}")) == hash(("ObjectTemplate", "p-{1..3}"))
    assert len({tmpl, ObjectTemplate("p-{1..3}"), ObjectTemplate("q")}) == 2


# ---- ObjectRange ----------------------------------------------------------------------------
def test_object_range_template_and_names() -> None:
    rng = ObjectRange("obj-", 1, 10, pad_width=4, step=3, suffix=".bin")
    assert str(rng) == "obj-{0001..0010..3}.bin"
    assert rng.get_value() == {"template": "obj-{0001..0010..3}.bin"}
    assert list(rng) == ["obj-0001.bin", "obj-0004.bin", "obj-0007.bin", "obj-0010.bin"]
    assert ObjectRange("p", 0, 2).get_value() == {"template": "p{0..2..1}"}
    assert list(ObjectRange("p", 0, 2)) == ["p0", "p1", "p2"]
    # max wider than the pad width is fine (zfill does not cut)
    assert list(ObjectRange("p", 98, 100, pad_width=2)) == ["p98", "p99", "p100"]


def test_object_range_prefix_only() -> None:
    rng = ObjectRange("logs/")
    assert str(rng) == "logs/"
    assert rng.get_value() == {"template": "logs/"}
    with pytest.raises(RuntimeError) as info:
        list(rng)
    assert str(info.value) == "Cannot iterate over object range with no indices"


def test_object_range_identity() -> None:
    rng = ObjectRange("p-", 1, 3)
    assert rng == ObjectRange.from_string("p-{1..3..1}")
    assert rng != ObjectRange("p-", 1, 4)
    assert rng != ObjectTemplate("p-{1..3..1}")  # same text, another kind of collection
    assert ObjectRange("p-") != ObjectRange("q-")
    assert hash(rng) == hash(("ObjectRange", "p-{1..3..1}"))
    assert hash(ObjectRange("p-")) == hash(("ObjectRange", "p-"))
    assert len({rng, ObjectRange("p-", 1, 3), ObjectRange("p-")}) == 2


@pytest.mark.parametrize(
    ("text", "prefix", "lo", "hi", "pad", "step", "suffix"),
    [
        ("input-{00..99..1}.txt", "input-", 0, 99, 2, 1, ".txt"),
        ("prefix{0001..0100..2}suffix", "prefix", 1, 100, 4, 2, "suffix"),
        ("{1..5}", "", 1, 5, 1, 1, ""),
        ("a/b/{10..20}", "a/b/", 10, 20, 2, 1, ""),
    ],
)
def test_object_range_from_string(
    text: str, prefix: str, lo: int, hi: int, pad: int, step: int, suffix: str
) -> None:
    rng = ObjectRange.from_string(text)
    assert (rng.prefix, rng.min_index, rng.max_index) == (prefix, lo, hi)
    assert (rng.pad_width, rng.step, rng.suffix) == (pad, step, suffix)
    assert rng == ObjectRange(prefix, lo, hi, pad, step, suffix)


def test_object_range_from_string_round_trip() -> None:
    rng = ObjectRange.from_string("prefix{0001..0100..2}suffix")
    assert str(rng) == "prefix{0001..0100..2}suffix"
    names = list(rng)
    assert names[:2] == ["prefix0001suffix", "prefix0003suffix"]
    assert names[-1] == "prefix0099suffix"
    assert len(names) == 50
    assert eval(repr(rng), {"ObjectRange": ObjectRange}) == rng


@pytest.mark.parametrize(
    "text",
    [
        "no-braces",
        "a{1..}",
        "a{..5}",
        "a{x..y}",
        "a{1..5..}",
        "a{-1..5}",
        "a{1..2}b{3..4}",
        "a{1,2}",
        "a{1..5..0}",
        "",
    ],
)
def test_object_range_from_string_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        ObjectRange.from_string(text)


def test_object_range_from_string_bad_indices() -> None:
    with pytest.raises(InvalidObjectRangeIndex):
        ObjectRange.from_string("a{5..1}")
    with pytest.raises(InvalidObjectRangeIndex):
        ObjectRange.from_string("a{3..3}")
    with pytest.raises(TypeError):
        ObjectRange.from_string(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "exc"),
    [
        ({"min_index": 1}, InvalidObjectRangeIndex),
        ({"max_index": 1}, InvalidObjectRangeIndex),
        ({"min_index": 5, "max_index": 5}, InvalidObjectRangeIndex),
        ({"min_index": 6, "max_index": 5}, InvalidObjectRangeIndex),
        ({"min_index": -1, "max_index": 5}, InvalidObjectRangeIndex),
        ({"min_index": 100, "max_index": 200, "pad_width": 2}, InvalidObjectRangeIndex),
        ({"suffix": ".txt"}, ValueError),
        ({"min_index": 1, "max_index": 5, "step": 0}, ValueError),
        ({"min_index": 1, "max_index": 5, "step": -1}, ValueError),
        ({"min_index": 1, "max_index": 5, "pad_width": -1}, ValueError),
        ({"min_index": 1, "max_index": 5, "suffix": "{x}"}, ValueError),
        ({"min_index": 1.0, "max_index": 5}, TypeError),
        ({"min_index": True, "max_index": 5}, TypeError),
    ],
)
def test_object_range_rejects(kwargs: dict[str, Any], exc: type[Exception]) -> None:
    with pytest.raises(exc):
        ObjectRange("p", **kwargs)


def test_object_range_rejects_non_string_prefix() -> None:
    with pytest.raises(TypeError):
        ObjectRange(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ObjectRange("a{", 1, 3)


# ---- ObjectGroup: a fake client that builds (never sends) each request ----------------------
@dataclass
class Sent:
    op: Any
    request: httpx.Request

    @property
    def body(self) -> Any:
        return json.loads(self.request.content)

    @property
    def params(self) -> dict[str, str]:
        return dict(self.request.url.params)


class FakeClient:
    def __init__(self) -> None:
        self.sent: list[Sent] = []

    def send(self, call: Any, /) -> httpx.Response:
        request = httpx.Client(base_url="http://ais:8080").build_request(**call.request_kwargs())
        self.sent.append(Sent(call.operation, request))
        return httpx.Response(200, text="job-123")

    @property
    def last(self) -> Sent:
        return self.sent[-1]


@dataclass
class FakeBucket:
    name: str
    provider: Provider = Provider.AIS
    namespace: Namespace | None = None
    client: Any = field(default_factory=FakeClient)

    @property
    def qparam(self) -> dict[str, str]:
        params = {"provider": self.provider.value}
        if self.namespace is not None:
            params["namespace"] = self.namespace.get_path()
        return params


def group(bck: FakeBucket | None = None, **kwargs: Any) -> ObjectGroup:
    return ObjectGroup(bck or FakeBucket("src"), **kwargs)


def test_group_needs_exactly_one_selection() -> None:
    bck = FakeBucket("b")
    for kwargs in (
        {},
        {"obj_names": ["a"], "obj_template": "x"},
        {"obj_names": ["a"], "obj_range": ObjectRange("p")},
        {"obj_range": ObjectRange("p"), "obj_template": "x"},
        {"obj_names": ["a"], "obj_range": ObjectRange("p"), "obj_template": "x"},
    ):
        with pytest.raises(ValueError, match="one and only one"):
            ObjectGroup(bck, **kwargs)
    with pytest.raises(TypeError):
        ObjectGroup(bck, obj_range="p{1..3}")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ObjectGroup(bck, obj_names="abc")
    with pytest.raises(ValueError):  # refused by the job, after its own checks
        ObjectGroup(bck, obj_names=[]).delete()
    with pytest.raises(TypeError):
        ObjectGroup(bck, obj_template=5)  # type: ignore[arg-type]
    assert bck.client.sent == []


def test_group_selections() -> None:
    assert group(obj_names=["a", "b"]).list_names() == ["a", "b"]
    assert group(obj_range=ObjectRange("o", 1, 3)).list_names() == ["o1", "o2", "o3"]
    assert group(obj_template="t{1..2}").list_names() == ["t1", "t2"]
    # an empty template is allowed (the server reads it as "every object")
    assert group(obj_template="").obj_collection.get_value() == {"template": ""}


def test_group_client_property() -> None:
    bck = FakeBucket("b")
    grp = ObjectGroup(bck, obj_names=["a"])
    assert grp.client is bck.client
    other = FakeClient()
    grp.client = other  # type: ignore[assignment]
    assert bck.client is other


def test_delete_by_names() -> None:
    grp = group(obj_names=["a", "b"])
    assert grp.delete() == "job-123"
    sent = grp.client.last  # type: ignore[attr-defined]
    assert sent.op is bucket_delete_action.op
    assert sent.request.method == "DELETE"
    assert sent.request.url.path == "/v1/buckets/src"
    assert sent.params == {"provider": "ais"}
    assert sent.body == {"action": "delete-listrange", "value": {"objnames": ["a", "b"]}}


def test_delete_by_range_and_template() -> None:
    grp = group(obj_range=ObjectRange.from_string("x-{001..100..3}.y"))
    grp.delete()
    assert grp.client.last.body == {  # type: ignore[attr-defined]
        "action": "delete-listrange",
        "value": {"template": "x-{001..100..3}.y"},
    }
    grp = group(obj_template="dir/")
    grp.delete()
    assert grp.client.last.body["value"] == {"template": "dir/"}  # type: ignore[attr-defined]


def test_namespace_and_bucket_name_quoting() -> None:
    bck = FakeBucket("my bucket", Provider.AMAZON, Namespace(uuid="u1", name="ns"))
    grp = ObjectGroup(bck, obj_names=["a"])
    grp.evict()
    sent = bck.client.last
    assert sent.request.url.raw_path.startswith(b"/v1/buckets/my%20bucket")
    assert sent.params == {"provider": "aws", "namespace": "@u1#ns"}
    assert sent.body == {"action": "evict-listrange", "value": {"objnames": ["a"]}}


def test_evict_and_prefetch_need_a_remote_bucket() -> None:
    grp = group(obj_names=["a"])
    with pytest.raises(InvalidBckProvider):
        grp.evict()
    with pytest.raises(InvalidBckProvider):
        grp.prefetch()
    assert grp.client.sent == []  # type: ignore[attr-defined]


def test_prefetch_body() -> None:
    bck = FakeBucket("remote", Provider.GOOGLE)
    grp = ObjectGroup(bck, obj_template="s-{0..9}")
    assert grp.prefetch() == "job-123"
    sent = bck.client.last
    assert sent.op is bucket_action.op
    assert sent.request.method == "POST"
    assert sent.params == {"provider": "gcp"}
    assert sent.body == {
        "action": "prefetch-listrange",
        "value": {"template": "s-{0..9}", "coer": False, "latest-ver": False},
    }
    grp.prefetch(blob_threshold=1024, num_workers=4, latest=True, continue_on_error=True)
    assert bck.client.last.body["value"] == {
        "template": "s-{0..9}",
        "coer": True,
        "latest-ver": True,
        "blob-threshold": 1024,
        "num-workers": 4,
    }
    with pytest.raises(ValueError):
        grp.prefetch(num_workers=-2)
    with pytest.raises(TypeError):
        grp.prefetch(latest="yes")  # type: ignore[arg-type]


def test_copy_body() -> None:
    grp = group(obj_names=["a", "b"])
    dst = FakeBucket("dst", namespace=Namespace(uuid="", name="ns2"))
    assert grp.copy(dst) == "job-123"
    sent = grp.client.last  # type: ignore[attr-defined]
    assert sent.op is bucket_action.op
    assert sent.params == {"provider": "ais"}  # the destination travels in the body only
    assert sent.body == {
        "action": "copy-listrange",
        "value": {
            "tobck": {"name": "dst", "provider": "ais", "namespace": {"uuid": "", "name": "ns2"}},
            "objnames": ["a", "b"],
            "prefix": "",
            "prepend": "",
            "dry_run": False,
            "force": False,
            "latest-ver": False,
            "synchronize": False,
            "coer": False,
        },
    }
    grp.copy(
        FakeBucket("d2"),
        prepend="new/",
        continue_on_error=True,
        dry_run=True,
        force=True,
        latest=True,
        sync=True,
        num_workers=3,
    )
    value = grp.client.last.body["value"]  # type: ignore[attr-defined]
    assert value["tobck"] == {"name": "d2", "provider": "ais"}
    assert value["prepend"] == "new/"
    assert value["num-workers"] == 3
    assert all(value[k] for k in ("coer", "dry_run", "force", "latest-ver", "synchronize"))


def test_copy_rejects_bad_input_before_sending() -> None:
    grp = group(obj_names=["a"])
    with pytest.raises(TypeError):
        grp.copy("dst")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        grp.copy(FakeBucket("d"), prepend=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        grp.copy(FakeBucket("d"), num_workers=-5)
    assert grp.client.sent == []  # type: ignore[attr-defined]


def test_copy_dry_run_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="aistore.sdk.multiobj.object_group"):
        group(obj_names=["a"]).copy(FakeBucket("d"), dry_run=True)
    assert "Copy dry-run" in caplog.text
    assert "ais://src" in caplog.text and "ais://d" in caplog.text


def test_transform_body() -> None:
    grp = group(obj_range=ObjectRange("o", 1, 3))
    assert grp.transform(FakeBucket("d"), "my-etl", prepend="t/") == "job-123"
    sent = grp.client.last  # type: ignore[attr-defined]
    assert sent.op is bucket_action.op
    assert sent.body["action"] == "etl-listrange"
    value = sent.body["value"]
    assert value["id"] == "my-etl"
    assert value["request_timeout"] == "5m"
    assert value["template"] == "o{1..3..1}"
    assert value["prepend"] == "t/"
    assert value["tobck"] == {"name": "d", "provider": "ais"}
    grp.transform(FakeBucket("d"), "e", timeout="30s")
    assert grp.client.last.body["value"]["request_timeout"] == "30s"  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        grp.transform(FakeBucket("d"), "")


def test_archive_body() -> None:
    grp = group(obj_names=["a", "b"])
    assert grp.archive("out.tar") == "job-123"
    sent = grp.client.last  # type: ignore[attr-defined]
    assert sent.op is archive_objects.op
    assert sent.request.method == "PUT"
    assert sent.params == {"provider": "ais"}
    assert sent.body == {
        "action": "archive",
        "value": {
            "archname": "out.tar",
            "tobck": {"name": "src", "provider": "ais"},
            "objnames": ["a", "b"],
            "isbn": False,
            "aate": False,
            "coer": False,
        },
    }
    grp.archive(
        "out.zip",
        mime=".zip",
        to_bck=FakeBucket("other", Provider.AMAZON),
        include_source_name=True,
        allow_append=True,
        continue_on_err=True,
    )
    value = grp.client.last.body["value"]  # type: ignore[attr-defined]
    assert value["tobck"] == {"name": "other", "provider": "aws"}
    assert value["mime"] == ".zip"
    assert value["isbn"] and value["aate"] and value["coer"]
    with pytest.raises(ValueError):
        grp.archive("")


def test_list_urls_and_objects() -> None:
    client = RequestClient("http://ais:8080")
    try:
        bck = FakeBucket("b", client=client)
        grp = ObjectGroup(bck, obj_names=["a/1", "a/2", "b/1"])
        urls = list(grp.list_urls())
        assert urls == [
            "http://ais:8080/v1/objects/b/a/1?provider=ais",
            "http://ais:8080/v1/objects/b/a/2?provider=ais",
            "http://ais:8080/v1/objects/b/b/1?provider=ais",
        ]
        assert list(grp.list_urls(prefix="b/", etl_name="e")) == [
            "http://ais:8080/v1/objects/b/b/1?provider=ais&etl_name=e"
        ]
        objs = list(grp.list_all_objects_iter(prefix="a/", props=None))
        assert [o.name for o in objs] == ["a/1", "a/2"]
        assert all(isinstance(o, Object) and o.bucket_name == "b" for o in objs)
    finally:
        client.close()


def test_bucket_objects_makes_a_group() -> None:
    from aistore.sdk.bucket import Bucket

    fake = FakeClient()
    bck = Bucket("real", client=fake, namespace=Namespace(uuid="", name="ns"))  # type: ignore[arg-type]
    grp = bck.objects(obj_template="k-{1..2}")
    assert isinstance(grp, ObjectGroup) and grp.bck is bck
    assert grp.delete() == "job-123"
    assert fake.last.params == {"provider": "ais", "namespace": "@#ns"}
    grp.copy(Bucket("other", provider="gcp"))
    assert fake.last.body["value"]["tobck"] == {"name": "other", "provider": "gcp"}
    with pytest.raises(InvalidBckProvider):
        grp.evict()
