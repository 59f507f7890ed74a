"""Checks the direct-to-target lever on a 3-target cluster: `python -m bench.verify_direct`.

For names that stress the HRW recipe (nested paths, spaces, unicode, `?`, `#`, 200 characters),
it compares the owner `aistore._core.routing` computes with the proxy's redirect `Location`,
then PUTs and GETs each through `ours+fast` and counts how many requests went direct and how
many fell back to the proxy. Then it puts one target in maintenance (map change) and checks
that requests still succeed (stale map: fallback, then re-read).
"""

from __future__ import annotations

import http.client
import json
import sys
from urllib.parse import quote, urlsplit

from aistore._core import routing
from aistore.devcluster import LocalCluster
from bench import levers as fast_transport

NAMES = [
    "a0",
    "a/b/c.txt",
    "dir/x y",
    "ünïcødé/файл",
    "q?x#y",
    "percent%20name",
    "x" * 200,
    *[f"many/obj-{i:04d}" for i in range(60)],
]


def _redirect_host(endpoint: str, bucket: str, name: str) -> str:
    url = urlsplit(endpoint)
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port)
    conn.request("GET", f"/v1/objects/{bucket}/{quote(name)}?provider=ais")
    resp = conn.getresponse()
    resp.read()
    return urlsplit(resp.headers["Location"]).netloc


def main() -> int:
    failures = 0
    with LocalCluster(targets=3) as cluster:
        endpoint = cluster.endpoint
        sys.path.insert(0, __file__.rsplit("/", 1)[0])
        from peers import ours_fast

        peer = ours_fast.make(endpoint)
        transport = peer.client.request_client.http._transport
        assert isinstance(transport, fast_transport.DirectTransport)
        peer.client.bucket("vd").create()
        conn = http.client.HTTPConnection(*urlsplit(endpoint).netloc.split(":"))
        conn.request("GET", "/v1/daemon?what=smap")
        smap = routing.SmapView.from_smap(json.loads(conn.getresponse().read()))
        owners = set()
        for name in NAMES:
            mine = routing.owner(smap, routing.bucket_uname("ais", "", "", "vd", name))
            assert mine is not None
            theirs = _redirect_host(endpoint, "vd", name)
            owners.add(mine.daemon_id)
            if urlsplit(mine.direct_url).netloc != theirs:
                failures += 1
                print(f"MISMATCH {name!r}: computed {mine.direct_url}, proxy says {theirs}")
        print(
            f"owner check: {len(NAMES) - failures}/{len(NAMES)} match; owners used: {len(owners)}"
        )

        for name in NAMES:
            data = name.encode() * 3
            peer.put("vd", name, data)
            got = peer.client.bucket("vd").object(name).get().read_all()
            if got != data:
                failures += 1
                print(f"CONTENT MISMATCH {name!r}")
        print(
            f"PUT+GET {len(NAMES)} names: direct={transport.directs} fallback={transport.fallbacks}"
        )
        if transport.fallbacks:
            failures += 1
        # map change: one target into maintenance; requests must still succeed
        victim = sorted(smap.targets)[0]
        conn.request(
            "PUT",
            "/v1/cluster",
            body=json.dumps(
                {"action": "start-maintenance", "value": {"sid": victim, "skip_rebalance": True}}
            ),
            headers={"Content-Type": "application/json"},
        )
        resp = conn.getresponse()
        print("maintenance:", resp.status, resp.read()[:200])
        import time

        for _ in range(50):
            conn.request("GET", "/v1/daemon?what=smap")
            new_smap = routing.SmapView.from_smap(json.loads(conn.getresponse().read()))
            if new_smap.version != smap.version:
                break
            time.sleep(0.1)
        print(f"map version {smap.version} -> {new_smap.version}")
        time.sleep(fast_transport.SMAP_MAX_AGE)
        ok = 0
        for name in NAMES:
            try:
                peer.put("vd", "after/" + name, b"x")
                peer.get("vd", "after/" + name)
                ok += 1
            except Exception as exc:
                print(f"after map change {name!r}: {type(exc).__name__}: {exc}")
        print(
            f"after map change: {ok}/{len(NAMES)} PUT+GET ok; direct={transport.directs} "
            f"fallback={transport.fallbacks}"
        )
        if ok != len(NAMES):
            failures += 1
        moved = lost = 0
        for name in NAMES:
            uname = routing.bucket_uname("ais", "", "", "vd", "after/" + name)
            old, new = routing.owner(smap, uname), routing.owner(new_smap, uname)
            if old is not None and new is not None and old.daemon_id != new.daemon_id:
                moved += 1
                # a GET through the proxy (redirected to the new owner) must find it
                conn.request("GET", f"/v1/objects/vd/{quote('after/' + name)}?provider=ais")
                r = conn.getresponse()
                r.read()
                loc = r.headers.get("Location", "")
                u = urlsplit(loc)
                c2 = http.client.HTTPConnection(u.hostname or "", u.port)
                c2.request("GET", f"{u.path}?{u.query}")
                r2 = c2.getresponse()
                r2.read()
                if r2.status != 200:
                    lost += 1
        print(f"owners changed by the map change: {moved}; not found via the proxy: {lost}")
        if lost:
            failures += 1
        peer.close()
    print("FAILED" if failures else "OK")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
