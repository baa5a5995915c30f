"""YAML through libyaml's C parser where that is safe, with PyYAML's pure-Python parser as the judge.

Composing (scanning and parsing) was most of the fixed cost of a run: the 1,000-fact reference file,
the lexicons and the rule files went through PyYAML's pure-Python scanner although the C one was
installed. Here the C parser (``yaml.CSafeLoader``, when PyYAML was built with libyaml) composes the
node tree; construction stays PyYAML's ``SafeConstructor`` either way, so the values are the same.

The pure-Python parser still decides everything the C one might decide differently:

- any error of the C path (bad YAML, a nesting limit, anything else) runs the pure parser again, so
  the error raised, its message and its line and column are exactly those of ``yaml.SafeLoader``;
- a text where the two parsers were seen to differ goes to the pure parser alone: a character the
  pure reader refuses (a control character; a byte order mark inside the text), a tab, a carriage
  return, a block scalar header with something after its indicators, a token that starts with ``!``
  ``@`` or a backquote (``_PURE_ONLY``), or no line break at the end (the marks of the last empty
  value differ). tests/test_fastpaths.py compares the two parsers on every shipped file and on
  generated YAML;
- a text that could nest deeper than ``C_DEPTH_LIMIT`` goes to the pure parser alone (the depth
  guard: a C parser recurses on the C stack, where too deep a document kills the process; the
  pure parser raises RecursionError, which callers turn into a "nested too deeply" message).

Marks (line, column and character index) are the same from both parsers; a plain scalar's ``style``
is ``None`` from the pure parser and ``""`` from the C one (neither is a quote, which is all callers
ask of it).
"""

from __future__ import annotations

import os
import re
from typing import Any

import yaml

_C_LOADER: Any = getattr(yaml, "CSafeLoader", None)
# How deep a document may possibly nest (``depth_bound``) and still go to the C parser: libyaml 0.2.5
# stops at 1,000 levels by itself, older builds recurse without a limit, a few hundred bytes of C stack
# a level. A reference or rule file nests a few levels; its bound is twice its longest line.
C_DEPTH_LIMIT = 4_000
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
# Where the parsers were seen to differ (tests/test_fastpaths.py): tabs, carriage returns and the other
# line breaks of YAML 1.1, a byte order mark inside the text; a block scalar header followed by anything
# but its indicators and a space or a line break (">#"), and a token that starts with "!", "@" or "`"
# (tags, reserved indicators), looked for outside whole-line comments.
_PURE_ANYWHERE = re.compile("[\t\r\x85\u2028\u2029\ufeff]")
_COMMENT_LINE = re.compile(r"^ *#.*$", re.M)  # (no line break but "\n" is left by then)
_PURE_TOKEN = re.compile(r"[|>](?![-+1-9]{0,2}[ \n])|(?:^|(?<=[\s\[\]{},]))[!@`]", re.M)


def c_available() -> bool:
    """Whether the C parser is installed and not switched off (``FACTCHECK_PURE_YAML=1``)."""
    return _C_LOADER is not None and os.environ.get("FACTCHECK_PURE_YAML") != "1"


def depth_bound(text: str) -> int:
    """An upper bound of how deep ``text`` can nest: every flow collection opens with "[" or "{", and a
    block collection inside another starts at a greater column or after a one-character indicator
    ("- ", "? ", ": ") on the same line, so block nesting is at most twice the longest line."""
    longest = max(map(len, text.splitlines()), default=0)
    return text.count("[") + text.count("{") + 2 * longest + 2


def c_safe(text: str) -> bool:
    """Whether ``text`` may go to the C parser (see the module's docstring)."""
    return (c_available() and text.endswith("\n") and _PURE_ANYWHERE.search(text) is None
            and _NON_PRINTABLE.search(text) is None and depth_bound(text) <= C_DEPTH_LIMIT
            and _PURE_TOKEN.search(_COMMENT_LINE.sub("", text)) is None)


def compose(text: str) -> yaml.Node | None:
    """``yaml.compose(text, Loader=yaml.SafeLoader)``, through the C parser when it is safe."""
    if c_safe(text):
        try:
            node: yaml.Node | None = yaml.compose(text, Loader=_C_LOADER)
            return node
        except Exception:  # the pure parser below raises what the caller expects
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, through the C parser when it is safe."""
    if c_safe(text):
        try:
            return yaml.load(text, Loader=_C_LOADER)
        except Exception:  # the pure parser below raises what the caller expects
            pass
    return yaml.safe_load(text)
