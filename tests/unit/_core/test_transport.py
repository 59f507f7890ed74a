"""AISTransport against a fake proxy and target (httpx.MockTransport)."""

import io
from collections.abc import Iterator

import httpx
import pytest

from aistore._core.transport import REDIRECT_PROBE, AISTransport, RedirectProbeError

PROXY = "http://proxy:8080"
TARGET = "http://target:9090"


def _in_memory(request: httpx.Request) -> bool:
    return isinstance(request.stream, httpx.ByteStream)


class FakeCluster:
    """A proxy that redirects object requests to one target, recording what arrives."""

    def __init__(self, get_code: int = 301) -> None:
        self.seen: list[tuple[str, str, bytes]] = []
        self.get_code = get_code

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # reading would make httpx cache the body in memory; a real proxy need not read it
        body = request.read() if request.url.host == "target" or _in_memory(request) else b"?"
        self.seen.append((request.method, str(request.url), body))
        if request.url.host == "proxy":
            code = self.get_code if request.method == "GET" else 307
            location = f"{TARGET}{request.url.raw_path.decode()}&pid=p1&utm=1"
            return httpx.Response(code, headers={"Location": location})
        return httpx.Response(200, content=b"from-target:" + body)


def _client(fake: FakeCluster) -> httpx.Client:
    return httpx.Client(transport=AISTransport(httpx.MockTransport(fake)), follow_redirects=False)


@pytest.mark.parametrize("code", [301, 307])
def test_bodiless_request_follows_redirect_keeping_method_and_headers(code: int) -> None:
    fake = FakeCluster(get_code=code)
    with _client(fake) as client:
        response = client.get(f"{PROXY}/v1/objects/b/o%2Fx?provider=ais", headers={"X-Y": "z"})
    assert response.status_code == 200
    assert [(m, u) for m, u, _ in fake.seen] == [
        ("GET", f"{PROXY}/v1/objects/b/o%2Fx?provider=ais"),
        ("GET", f"{TARGET}/v1/objects/b/o%2Fx?provider=ais&pid=p1&utm=1"),
    ]


def test_body_from_a_file_is_sent_once_to_the_target_after_a_bodiless_probe() -> None:
    fake = FakeCluster()
    payload = b"x" * 100_000
    with _client(fake) as client:
        request = client.build_request(
            "PUT",
            f"{PROXY}/v1/objects/b/o?provider=ais",
            content=io.BytesIO(payload),
            extensions={REDIRECT_PROBE: True},
        )
        response = client.send(request)
    assert response.content == b"from-target:" + payload
    (m1, u1, b1), (m2, u2, b2) = fake.seen
    assert (m1, u1.startswith(PROXY), b1) == ("PUT", True, b"")
    assert (m2, u2.startswith(TARGET), b2) == ("PUT", True, payload)


def test_in_memory_body_is_replayed_on_redirect_without_probe() -> None:
    fake = FakeCluster()
    with _client(fake) as client:
        response = client.put(f"{PROXY}/v1/objects/b/o?provider=ais", content=b"abc")
    assert response.content == b"from-target:abc"


class RedirectingProxy(httpx.BaseTransport):
    """Redirects without reading the body (httpx.MockTransport would read and cache it)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"Location": f"{TARGET}/v1/objects/b/o"})


def test_one_shot_stream_without_probe_is_refused_not_silently_lost() -> None:
    def body() -> Iterator[bytes]:  # a generator: cannot be sent twice
        yield b"abc"

    client = httpx.Client(transport=AISTransport(RedirectingProxy()))
    with pytest.raises(httpx.StreamConsumed):
        client.put(f"{PROXY}/v1/objects/b/o?provider=ais", content=body())


def test_proxy_error_on_probe_is_returned_and_body_not_sent() -> None:
    seen: list[httpx.Request] = []

    def proxy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"message": "bucket does not exist", "status": 404})

    client = httpx.Client(transport=AISTransport(httpx.MockTransport(proxy)))
    request = client.build_request(
        "PUT", f"{PROXY}/v1/objects/nb/o", content=b"data", extensions={REDIRECT_PROBE: True}
    )
    response = client.send(request)
    assert response.status_code == 404
    assert len(seen) == 1 and seen[0].read() == b""


def test_probe_that_is_accepted_raises_instead_of_losing_the_body() -> None:
    client = httpx.Client(
        transport=AISTransport(httpx.MockTransport(lambda r: httpx.Response(200)))
    )
    request = client.build_request(
        "PUT", f"{PROXY}/v1/objects/b/o", content=b"data", extensions={REDIRECT_PROBE: True}
    )
    with pytest.raises(RedirectProbeError, match="expected a redirect"):
        client.send(request)


def test_redirect_loop_stops() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"Location": f"{PROXY}/again"})

    client = httpx.Client(transport=AISTransport(httpx.MockTransport(loop)))
    with pytest.raises(httpx.TooManyRedirects):
        client.get(f"{PROXY}/v1/objects/b/o")
