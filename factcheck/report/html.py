"""``--format html``: one self-contained page an editor opens in a browser.

Each article is shown as a reader sees it (``factcheck.report.reader``: no front matter, no markup),
with every claim highlighted by its outcome (verified, error, warning, unsupported, not checked) at its
original offsets; hovering a claim shows the other side, clicking it opens a details panel with both
sides, their places, the source and the evidence. A findings table leads the page; a counterpart in
another article is shown in its sentence, a reference fact by its value, its ``what`` and its source.
Values are grouped ("20,000,000") and periods read "since 2014-01-01". A filter by level and by rule
hides findings and mutes their highlights in the page itself (``report.js``; the state can be linked
as ``#levels=error,warning&rules=FC101``).

Safety: every piece of article and reference text is escaped (Jinja2 autoescape, ``markupsafe``), the
page loads nothing from outside, and its Content-Security-Policy allows only the report's own inline
script and style, by hash, so even a mistake in escaping could not run injected script.

Direction: an article block takes ``dir`` from the article's language (``rtl`` for Arabic), because
``dir="auto"`` on the block would be decided by the Latin path or front matter that comes first. Inside
it, the text uses ``unicode-bidi: plaintext`` so each line (an English front-matter line, an Arabic
paragraph) runs in its own direction; claim text and counterparts sit in ``<bdi>`` with their ``lang``.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from factcheck.findings import CheckResult, Severity
from factcheck.report.formats import (
    Root,
    display_error,
    display_path,
    inert,
    quoted_rtl_segments,
    summary_line,
    worst,
)
from factcheck.report.html_views import highlighted, level_choices, page_views, rule_choices

__all__ = ["highlighted", "message_markup", "render"]


def render(result: CheckResult, *, root: Root = None) -> str:
    """The whole report as one HTML document."""
    articles, rows = page_views(result, root)
    css, script = _asset("report.css"), _asset("report.js")
    template = _environment().get_template("report.html.j2")
    return template.render(
        articles=articles, rows=rows, message=message_markup, summary=summary_line(result),
        levels=level_choices(rows, result), rules=rule_choices(result),
        css=Markup(css), script=Markup(script), csp=_policy(css, script),
        references=[display_path(r, root) for r in result.references],
        input_errors=[display_error(e, root) for e in result.input_errors],
        worst=(worst(result.findings) or Severity.INFO).value if result.findings else "clean",
    )


def message_markup(message: str) -> Markup:
    """A message escaped, with each quoted right-to-left claim in ``<bdi>`` so its quotes stay put."""
    return Markup("").join(Markup("<bdi>{}</bdi>").format(piece) if rtl else escape(piece)
                           for piece, rtl in quoted_rtl_segments(message))


def _inert(value: Any) -> Any:
    """Every field the template inserts, with control and bidi control characters shown as escapes: an
    override in an article or a reference cannot reorder the figures around it (the escapes are ASCII
    without markup, so built markup stays markup)."""
    if isinstance(value, Markup):
        return Markup(inert(str(value)))
    return inert(value) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("factcheck.report", "templates"), autoescape=True, undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, finalize=_inert,
    )


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return resources.files("factcheck.report").joinpath("templates", name).read_text(encoding="utf-8")


def _policy(css: str, script: str) -> str:
    """A CSP that lets only this exact inline style and script run."""
    def digest(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"

    return (f"default-src 'none'; style-src {digest(css)}; script-src {digest(script)}; img-src 'none'; "
            "base-uri 'none'; form-action 'none'")
