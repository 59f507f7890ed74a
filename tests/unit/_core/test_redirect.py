"""Redirect decisions (aistore/_core/redirect.py): which answers send a request on, what the
next request carries, and the body-less probe of a request with a body."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from aistore._core import redirect

URL = "http://proxy:8080/v1/objects/b/o?provider=ais"


def _req(method: str = "GET", content: bytes | None = None, **headers: str) -> httpx.Request:
    return httpx.Request(
        method, URL, content=content, headers=headers, extensions={"timeout": {"read": 3}}
    )


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_statuses(status: int) -> None:
    assert redirect.is_redirect(status, "http://t:1/x") is True
    assert redirect.is_redirect(status, "") is False
    assert redirect.is_redirect(status, None) is False
    assert redirect.is_redirect(status, b"http://t:1/x") is True


@pytest.mark.parametrize("status", [200, 204, 300, 304, 305, 400, 404, 500])
def test_other_statuses_are_answers(status: int) -> None:
    assert redirect.is_redirect(status, "http://t:1/x") is False
    assert redirect.next_hop(_req(), status, "http://t:1/x", 0) is None


def test_quote_location_keeps_url_syntax_and_escapes_the_rest() -> None:
    safe = "http://t:1/v1/objects/b/a-b_c.d~e?x=1&y=(2)*;z=[3]@!$',+#f%20"
    assert redirect.quote_location(safe) == safe
    assert redirect.quote_location("http://t:1/o/a b\tc") == "http://t:1/o/a%20b%09c"
    assert redirect.quote_location("http://t:1/o/ü") == "http://t:1/o/%C3%BC"
    assert redirect.quote_location('http://t:1/o/"<>') == "http://t:1/o/%22%3C%3E"


def test_next_hop_keeps_method_headers_extensions_and_body() -> None:
    request = _req("DELETE", b"", **{"X-Custom": "1", "Authorization": "Bearer t"})
    hop = redirect.next_hop(request, 307, "http://t1:9/v1/objects/b/o?pid=p", 2)
    assert hop is not None
    assert hop.method == "DELETE"
    assert str(hop.url) == "http://t1:9/v1/objects/b/o?pid=p"
    assert hop.headers["Host"] == "t1:9"
    assert hop.headers["X-Custom"] == "1" and hop.headers["Authorization"] == "Bearer t"
    assert hop.extensions == {"timeout": {"read": 3}}
    put = redirect.next_hop(_req("PUT", b"data"), 307, "http://t1:9/v1/objects/b/o", 0)
    assert put is not None and put.read() == b"data"


def test_a_relative_location_is_joined_to_the_request_url() -> None:
    hop = redirect.next_hop(_req(), 302, "/v1/objects/b/o2", 0)
    assert hop is not None
    assert str(hop.url) == "http://proxy:8080/v1/objects/b/o2"
    assert hop.headers["Host"] == "proxy:8080"


def test_redirects_are_counted_up_to_the_limit() -> None:
    assert redirect.MAX_REDIRECTS == 5
    assert redirect.next_hop(_req(), 301, "http://t:1/x", redirect.MAX_REDIRECTS - 1) is not None
    with pytest.raises(httpx.TooManyRedirects, match="more than 5 redirects") as info:
        redirect.next_hop(_req(), 301, "http://t:1/x", redirect.MAX_REDIRECTS)
    assert info.value.request.url == httpx.URL(URL)


def test_a_streamed_body_cannot_follow_a_redirect() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"x"

    streamed = httpx.Request("PUT", URL, content=chunks())
    with pytest.raises(httpx.StreamConsumed):
        redirect.next_hop(streamed, 307, "http://t:1/x", 0)
    empty = httpx.Request("PUT", URL, content=chunks(), headers={"Content-Length": "0"})
    hop = redirect.next_hop(empty, 307, "http://t:1/x", 0)
    assert hop is not None and hop.read() == b""


def test_replayable_body() -> None:
    memory = _req("PUT", b"abc")
    assert redirect.replayable(memory) is memory.stream


def test_probe_has_no_body_and_keeps_the_rest() -> None:
    request = _req("PUT", b"payload", **{"Transfer-Encoding": "chunked", "X-A": "1"})
    probe = redirect.probe_of(request)
    assert probe.method == "PUT" and probe.url == request.url
    assert probe.headers["Content-Length"] == "0"
    assert "Transfer-Encoding" not in probe.headers
    assert probe.headers["X-A"] == "1"
    assert probe.extensions == request.extensions
    assert probe.read() == b""
    assert request.read() == b"payload"  # the original keeps its body


def test_after_probe() -> None:
    request = _req("PUT", b"payload")
    to_target = redirect.after_probe(request, 307, "http://t2:9/v1/objects/b/o?x=1")
    assert to_target is not None
    assert str(to_target.url) == "http://t2:9/v1/objects/b/o?x=1"
    assert to_target.stream is request.stream and to_target.method == "PUT"
    assert redirect.after_probe(request, 307, None) is None
    assert redirect.after_probe(request, 307, "") is None
    assert redirect.after_probe(request, 404, "http://t2:9/x") is None
    assert redirect.after_probe(request, 300, None) is None
    for status in (200, 201, 299):
        with pytest.raises(redirect.RedirectProbeError) as info:
            redirect.after_probe(request, status, None)
        assert str(info.value) == (
            f"PUT /v1/objects/b/o: expected a redirect to the owning target, "
            f"the proxy answered {status}"
        )
        assert info.value.request is request
