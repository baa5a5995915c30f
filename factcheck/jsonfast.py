"""Indented JSON as ``json.dumps(data, ensure_ascii=False, indent=2)`` writes it, through orjson.

With ``indent`` the standard library encodes in pure Python (its C accelerator serves only compact
output), and that was a fifth of a whole check. orjson's ``OPT_INDENT_2`` writes the same text for
what the reports hold — dicts with string keys in insertion order, lists, strings, integers, booleans
and None: two-space indentation, ``": "`` and ``","``, UTF-8 unescaped, the same escapes (``\\"``
``\\\\`` ``\\n`` ``\\t`` ``\\b`` ``\\f`` ``\\r``, ``\\u00XX`` lowercase for the other control
characters), ``[]`` and ``{}`` for empty containers (tests/test_jsonfast.py compares the two on
generated data).

Where the two would differ, or orjson cannot encode, the standard library is used: a float anywhere
(``1e-07`` against ``1e-7``, ``NaN``), an integer beyond 64 bits, a string with a lone surrogate (a
file name that is not UTF-8), a key that is not a string. The reports hold no float (every value of
a claim is a string, see report.contract) and say so with ``floats=False``, which skips the search
for one (most of the time left once orjson encodes). Without orjson, the standard library writes
everything.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; a broken install still works
    orjson = None  # type: ignore[assignment]


def dumps(data: Any, *, floats: bool = True) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)``, byte for byte.

    ``floats=False`` promises that ``data`` holds no float (the reports: every value is a string,
    an integer, a boolean or null), and lets orjson write it; otherwise floats are looked for first.
    """
    if orjson is not None and (not floats or not _has_float(data)):
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
        except TypeError:  # orjson.JSONEncodeError: a big integer, a surrogate, a non-string key
            pass
    return json.dumps(data, ensure_ascii=False, indent=2)


def _has_float(data: Any) -> bool:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return False
