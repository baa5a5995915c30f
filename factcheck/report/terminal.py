"""``--format terminal``: what an editor reads after checking an article.

Findings are grouped by article, in reading order. Each shows its level, rule code and name, the
message, both sides with their ``path:line:column`` (a form terminals and editors can jump to), who
states the other side, and the evidence that made the two sides one quantity. Verified claims follow,
one line each, and a summary line ends the report. Text is built from rich ``Text`` objects, never
markup strings, so brackets in an article are shown as they are; Arabic stays in logical order (the
terminal decides how to shape it).
"""

from __future__ import annotations

from collections.abc import Mapping
from io import StringIO

from rich.console import Console
from rich.text import Text

from factcheck.claims import Claim
from factcheck.findings import Against, CheckResult, DocumentResult, Finding, Severity, Verified
from factcheck.report.formats import (
    Root,
    by_position,
    counterpart_text,
    display_error,
    display_path,
    document_titles,
    group_by_path,
    inert,
    location,
    plural,
    source_label,
    summary_line,
)

LEVEL_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
LABEL_WIDTH = 8


def render(result: CheckResult, *, root: Root = None, width: int = 100, color: bool = False,
           quiet: bool = False) -> str:
    """The report as text ``width`` columns wide; ANSI colours only when ``color`` is true; with
    ``quiet``, the findings alone (no header, article lines, verified claims or summary)."""
    buffer = StringIO()
    console = Console(
        file=buffer, width=width, no_color=not color, force_terminal=color,
        color_system="standard" if color else None, highlight=False, markup=False, emoji=False,
        legacy_windows=False,
    )
    print_result(console, result, root=root, quiet=quiet)
    output = buffer.getvalue()
    # A wrapped line can end in the blank it broke at; trailing blanks only make diffs brittle.
    return "".join(line.rstrip() + "\n" for line in output.splitlines())


def print_result(console: Console, result: CheckResult, *, root: Root = None, quiet: bool = False) -> None:
    """Write the report to ``console``; ``quiet`` keeps the findings only (input errors reach the
    user on stderr anyway)."""
    if not quiet:
        console.print(_header(result, root))
        for line in result.input_errors:
            console.print(Text.assemble(("input error ", "bold red"), _printable(display_error(line, root))))
    findings = group_by_path(by_position(result.findings))
    verified = {} if quiet else group_by_path(sorted(result.verified, key=lambda v: (v.path, v.claim.start)))
    documents = {d.document.path: d for d in result.documents}
    titles = document_titles(result)
    for number, path in enumerate(sorted(set(findings) | set(verified))):
        if number or not quiet:
            console.print()
        console.rule(Text(_printable(display_path(path, root)), style="bold"), align="left", characters="─")
        lines = [] if quiet else _article_meta(documents.get(path), findings.get(path, []),
                                               verified.get(path, []))
        for finding in findings.get(path, []):
            lines += _finding(console, finding, root, titles)
        for entry in verified.get(path, []):
            lines += _verified(console, entry, root, titles)
        # One print per article: rich's per-call cost dominates on runs with thousands of findings.
        console.print(Text("\n").join(lines), soft_wrap=True)
    if not quiet:
        console.print()
        console.print(Text(summary_line(result), style="bold"))


def _hanging(console: Console, first: Text, body: Text, indent: int) -> list[Text]:
    """``first`` then ``body`` wrapped to the console width, continuation lines indented by ``indent``."""
    room = max(console.width - indent, 10)
    if "\n" not in body.plain and body.cell_len <= room:
        return [first + body]  # most lines fit; wrapping is the costly part of a large report
    wrapped = body.wrap(console, room, overflow="fold")
    lines = [first + wrapped[0] if wrapped else first]
    lines += [Text(" " * indent) + line for line in wrapped[1:]]
    return lines


def _printable(text: str) -> str:
    """``text`` with control and bidi control characters shown as escapes: an article must not drive
    the terminal, nor reorder the figures around it."""
    return inert(text.replace("\r\n", "\n"))


def _header(result: CheckResult, root: Root) -> Text:
    text = Text("factcheck: ", style="bold")
    text.append(f"{plural(result.summary.documents, 'article')} checked")
    if result.references:
        shown = ", ".join(display_path(r, root) for r in result.references)
        text.append(_printable(f" against {plural(len(result.references), 'reference')} ({shown})"))
    return text


def _article_meta(doc: DocumentResult | None, findings: list[Finding],
                  verified: list[Verified]) -> list[Text]:
    facts = []
    if doc:
        facts.append(doc.document.lang)
        if doc.document.published:
            facts.append(f"published {doc.document.published.isoformat()}")
        facts.append(plural(len(doc.claims), "claim"))
    facts += [plural(len(findings), "finding"), f"{len(verified)} verified"]
    lines = [Text(" · ".join(facts), style="dim")]
    if doc and doc.document.title:
        lines.insert(0, Text(_printable(doc.document.title), style="italic"))
    return lines


def _finding(console: Console, finding: Finding, root: Root, titles: Mapping[str, str | None]) -> list[Text]:
    level = Text(f"{finding.severity.value:<{LABEL_WIDTH}} ", style=LEVEL_STYLES[finding.severity])
    blank = Text(" " * (LABEL_WIDTH + 1))
    heading = Text.assemble((f"{finding.rule} {finding.name}", "bold"), (f"  {finding.kind}", "dim"))
    lines = _hanging(console, level, heading, LABEL_WIDTH + 1)
    lines += _hanging(console, blank.copy(), Text(_printable(finding.message)), LABEL_WIDTH + 1)
    for label, body in _sides(finding, root, titles):
        first = blank + Text(f"{label:<{LABEL_WIDTH}} ", style="dim")
        lines += _hanging(console, first, body, 2 * (LABEL_WIDTH + 1))
    return lines


def _sides(finding: Finding, root: Root, titles: Mapping[str, str | None]) -> list[tuple[str, Text]]:
    rows = [("claim", _side(finding.path, finding.claim, root))]
    if finding.against is not None:
        rows.append(("against", _side(finding.against.path, finding.against.claim, root,
                                      counterpart_text(finding.against))))
        rows.append(("source", _source(finding.against, titles)))
    rows += [("part", _side(part.path, part.claim, root)) for part in finding.related]
    if finding.evidence:
        rows.append(("evidence", Text(_printable(" · ".join(finding.evidence)))))
    return rows


def _side(path: str, claim: Claim, root: Root, shown: str | None = None) -> Text:
    where = _printable(location(path, claim, root))
    return Text.assemble((_printable(shown or claim.text), "bold"), "  ", (where, "dim"))


def _source(against: Against, titles: Mapping[str, str | None]) -> Text:
    text = Text(_printable(source_label(against, titles)))
    if against.url:
        text.append(_printable(f"  {against.url}"), style="dim")
    return text


def _verified(console: Console, entry: Verified, root: Root, titles: Mapping[str, str | None]) -> list[Text]:
    other = entry.against
    where = _printable(location(other.path, other.claim, root))
    body = Text.assemble(
        (f"{entry.claim.line}:{entry.claim.column}  ", "dim"), (_printable(entry.claim.text), "bold"),
        " = ", (_printable(counterpart_text(other)), "bold"), " · ",
        _printable(source_label(other, titles)), "  ", (where, "dim"),
    )
    return _hanging(console, Text(f"{'verified':<{LABEL_WIDTH}} ", style="green"), body, LABEL_WIDTH + 1)
