"""`factcheck extract` on a terminal: one rich table per document."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.claims import Claim, Kind
from factcheck.findings import DocumentResult
from factcheck.report.contract import decimal_str
from factcheck.report.formats import inert, plural


def _value(c: Claim) -> str:
    if c.kind is Kind.DATE:
        return (c.date or "") + (f" ({c.weekday})" if c.weekday else "")
    if c.value is not None:
        return decimal_str(c.value) or ""
    return f"{decimal_str(c.lower) or '…'}–{decimal_str(c.upper) or '…'}"


def _period(c: Claim) -> str:
    if c.period is None:
        return ""
    return f"{c.period.start or '…'}..{c.period.end or '…'}"


def render(results: Sequence[DocumentResult], *, width: int | None = None, color: bool = True) -> str:
    """Tables of claims; Arabic text stays in logical order (the terminal shapes it)."""
    buf = io.StringIO()
    console = Console(file=buf, width=width or 120, no_color=not color, force_terminal=color,
                      highlight=False)
    for r in results:
        doc = r.document
        title = f"{doc.path} ({doc.lang}, {doc.published or 'undated'}) — {plural(len(r.claims), 'claim')}"
        table = Table(title=Text(inert(title)), title_justify="left", show_lines=False)
        for col in ("line:col", "kind", "text", "value", "qualifier", "unit", "concept", "period", "place"):
            table.add_column(col, overflow="fold")
        for c in r.claims:
            # Text cells: the article's words are neither rich markup nor raw control characters.
            cells = (f"{c.line}:{c.column}", c.kind.value, c.text, _value(c), c.qualifier.value, c.unit,
                     (c.concept or "") + (f" ({c.counted})" if c.counted else ""), _period(c),
                     ", ".join(c.place))
            table.add_row(*(Text(inert(cell)) for cell in cells))
        console.print(table)
    total = sum(len(r.claims) for r in results)
    console.print(f"{plural(total, 'claim')} in {plural(len(results), 'document')}")
    return buf.getvalue()
