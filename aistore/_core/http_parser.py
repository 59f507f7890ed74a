"""The one HTTP response parser both wires use: httptools (llhttp, C), set up for AIS answers."""

from __future__ import annotations

from typing import Any

import httptools


def response_parser(handler: Any) -> httptools.HttpResponseParser:
    """A parser that calls `handler`'s `on_*` callbacks.

    A target's redirect Location carries the object name as written, control characters
    included (the awkward names in tests/live/test_object.py and test_aio.py): llhttp refuses
    those by default, so header values are parsed leniently.
    """
    parser = httptools.HttpResponseParser(handler)
    parser.set_dangerous_leniencies(lenient_headers=True)
    return parser
