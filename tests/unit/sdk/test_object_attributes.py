"""ObjectAttributes, ObjectProps, ObjectHeaders: headers read via `head_object.parse_header_map`."""

from __future__ import annotations

import httpx
from requests.structures import CaseInsensitiveDict

from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.obj.object_headers import ObjectHeaders
from aistore.sdk.obj.object_props import ObjectProps

HEAD = {
    "Ais-Atime": "1796211506462765859",
    "Ais-Bucket-Name": "hb",
    "Ais-Bucket-Provider": "ais",
    "Ais-Checksum-Type": "xxhash2",
    "Ais-Checksum-Value": "45ab6734b21e6968",
    "Ais-Location": "t[x]:mp[/mp1, vda, hdd]",
    "Ais-Mirror-Copies": "2",
    "Ais-Mirror-Paths": "[/mp1,/mp2]",
    "Ais-Name": "o1",
    "Ais-Present": "true",
    "Ais-Version": "1",
    "Content-Length": "11",
    "Last-Modified": "Wed, 02 Dec 2026 11:38:26 GMT",
    "Etag": '"v1-45ab"',
}


def test_props_from_a_head_answer() -> None:
    props = ObjectProps(httpx.Headers(HEAD))
    assert (props.size, props.checksum_type, props.checksum_value) == (
        11,
        "xxhash2",
        "45ab6734b21e6968",
    )
    assert (props.access_time, props.obj_version, props.present) == (
        "1796211506462765859",
        "1",
        True,
    )
    assert (props.mirror_copies, props.mirror_paths) == (2, ["/mp1", "/mp2"])
    assert (props.bucket_name, props.bucket_provider, props.name) == ("hb", "ais", "o1")
    assert props.location == "t[x]:mp[/mp1, vda, hdd]"
    assert (props.etag, props.last_modified) == ('"v1-45ab"', "Wed, 02 Dec 2026 11:38:26 GMT")


def test_absent_headers_read_empty_and_custom_metadata_repeats() -> None:
    headers = httpx.Headers([("ais-custom-md", "a=1"), ("ais-custom-md", "b=2"), ("x", "y")])
    attrs = ObjectAttributes(headers)
    assert attrs.custom_metadata == {"a": "1", "b": "2"}
    assert (attrs.size, attrs.checksum_type, attrs.present, attrs.mirror_paths) == (
        0,
        "",
        False,
        [],
    )
    # any case-insensitive mapping, as in 1.9.2
    assert ObjectAttributes(CaseInsensitiveDict({"AIS-VERSION": "7"})).obj_version == "7"


def test_object_headers_stay_a_mapping_and_follow_changes() -> None:
    headers = ObjectHeaders(HEAD)
    assert headers["ais-version"] == "1" and headers.obj_version == "1"
    headers["Ais-Version"] = "2"
    assert headers.obj_version == "2"
    del headers["ais-version"]
    assert headers.obj_version == ""
