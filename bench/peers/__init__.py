"""The peers: one module each. Python peers run inside `bench/worker.py` (their own venv);
native peers (`aisloader`, `curl`) are driven from the bench process itself.

A Python peer module defines `make(endpoint: str) -> peer` whose object has any of:
`get(bucket, name) -> int`, `put(bucket, name, data)`, `get_to_file(bucket, name, path) -> int`,
`put_file(bucket, name, path)`, `get_ranged(bucket, name, path, size, workers) -> int`,
`stream(bucket, name) -> int`, `list_all(bucket) -> int`, `list_iter(bucket) -> int`, `close()`.
A missing method, or `Unsupported` raised by it, makes that cell a skip with the reason shown.
"""


class Unsupported(Exception):
    """This peer cannot run this workload (the message says why)."""
