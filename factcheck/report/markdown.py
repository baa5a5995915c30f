"""``--format markdown``: a comment for a pull request or a newsroom ticket.

A heading that says what was found, the summary, then one table per article (line, level, rule, claim,
counterpart, source, note), with verified claims folded away in ``<details>``. Text from articles and
references is escaped for Markdown and HTML, and ``@`` is kept from becoming a mention. Right-to-left
text is isolated with ``<span dir="auto">`` rather than ``<bdi>``: GitHub's sanitizer drops ``bdi`` but
keeps ``span`` with ``dir`` and ``lang``, and HTML gives ``[dir=auto]`` the same isolation as ``bdi``.
A comment has a size limit (GitHub: 65,536 characters), so at most ``max_rows`` rows are written,
most relevant findings first, and the rest are counted.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from urllib.parse import quote

from factcheck.claims import Claim
from factcheck.findings import Against, CheckResult, DocumentResult, Finding, Verified
from factcheck.report.formats import (
    Root,
    by_position,
    by_relevance,
    counterpart_text,
    display_error,
    display_path,
    document_titles,
    group_by_path,
    inert,
    is_rtl_text,
    plural,
    quoted_rtl_segments,
    source_label,
    summary_line,
)

MAX_ROWS = 200
_MARKDOWN_SPECIALS = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]|~"})


def text(value: str) -> str:
    """Plain text made inert in Markdown and HTML, on one line (a table cell cannot hold a newline)."""
    value = inert(value.replace("\r\n", "\n").replace("\r", "\n"))  # no ESC, no bidi override raw
    escaped = html.escape(value, quote=False).translate(_MARKDOWN_SPECIALS)
    escaped = escaped.replace("@", "@\u2060")  # a word joiner: no @mention, no notification
    return "<br>".join(line for line in escaped.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def isolated(value: str, lang: str | None = None) -> str:
    """``value`` escaped, and wrapped so that right-to-left text keeps its own direction."""
    if not is_rtl_text(value):
        return text(value)
    lang_attr = f' lang="{html.escape(lang)}"' if lang else ""
    return f'<span dir="auto"{lang_attr}>{text(value)}</span>'


def link(label: str, url: str | None) -> str:
    """``label`` as a link when ``url`` is http(s); otherwise just the escaped label."""
    if not url or not url.lower().startswith(("https://", "http://")):
        return label
    return f"[{label}]({quote(url, safe=':/?#@!$&*+,;=%~')})"


def render(result: CheckResult, *, root: Root = None, max_rows: int = MAX_ROWS) -> str:
    """The comment as Markdown, ending in a newline."""
    out = [_heading(result), "", text(summary_line(result))]
    if result.references:
        out[-1] += " — checked against " + ", ".join(text(display_path(r, root)) for r in result.references)
    if result.input_errors:
        out += ["", "**Input errors**", ""]
        out += [f"- {text(display_error(line, root))}" for line in result.input_errors]
    shown = by_relevance(result.findings)[:max_rows]
    budget = max_rows - len(shown)
    verified = group_by_path(sorted(result.verified, key=lambda v: (v.path, v.claim.start)))
    findings = group_by_path(by_position(shown))
    documents = {d.document.path: d for d in result.documents}
    titles = document_titles(result)
    for path in sorted(set(findings) | set(verified)):
        article_verified = verified.get(path, [])[: max(budget, 0)]
        if not findings.get(path) and not article_verified:
            continue
        budget -= len(article_verified)
        out += _article(path, documents.get(path), findings.get(path, []), article_verified, root, titles)
    left = len(result.findings) - len(shown)
    if left > 0:
        note = f"{plural(left, 'more finding')} not shown; the JSON, SARIF or HTML report has them all."
        out += ["", f"_{note}_"]
    return "\n".join(out) + "\n"


def _heading(result: CheckResult) -> str:
    s = result.summary
    if not s.findings and not result.input_errors:
        return "### factcheck: no discrepancies"
    found = [plural(n, word, form) for n, word, form in
             ((s.errors, "error", None), (s.warnings, "warning", None), (s.infos, "info", "info")) if n]
    if result.input_errors:
        found.append(plural(len(result.input_errors), "input error"))
    return "### factcheck: " + ", ".join(found)


def _article(path: str, doc: DocumentResult | None, findings: list[Finding], verified: list[Verified],
             root: Root, titles: Mapping[str, str | None]) -> list[str]:
    facts = []
    if doc is not None:
        facts.append(doc.document.lang)
        if doc.document.published:
            facts.append(f"published {doc.document.published.isoformat()}")
        facts.append(plural(len(doc.claims), "claim"))
    out = ["", f"#### {text(display_path(path, root))}", ""]
    if doc is not None and doc.document.title:
        out.append(f"_{isolated(doc.document.title, doc.document.lang)}_ · " + " · ".join(facts))
    elif facts:
        out.append(" · ".join(facts))
    if findings:
        out += ["", "| Line | Level | Rule | Claim | Counterpart | Source | Note |",
                "|---:|---|---|---|---|---|---|"]
        out += [_finding_row(f, root, titles) for f in findings]
    if verified:
        out += ["", f"<details><summary>{plural(len(verified), 'verified claim')}</summary>", "",
                "| Line | Claim | Counterpart | Source |", "|---:|---|---|---|"]
        out += [_verified_row(v, root, titles) for v in verified]
        out += ["", "</details>"]
    return out


def _finding_row(finding: Finding, root: Root, titles: Mapping[str, str | None]) -> str:
    counterpart, source = "—", "—"
    if finding.against is not None:
        counterpart = _counterpart(finding.against)
        source = _source(finding.against, root, titles)
    elif finding.related:
        counterpart = " + ".join(_claim(part.claim) for part in finding.related)
        source = "same article"
    cells = [
        f"{finding.claim.line}:{finding.claim.column}",
        finding.severity.value,
        f"{finding.rule} {text(finding.name)}",
        _claim(finding.claim),
        counterpart,
        source,
        _message(finding.message),
    ]
    return "| " + " | ".join(cells) + " |"


def _message(message: str) -> str:
    return "".join(isolated(piece) if rtl else text(piece) for piece, rtl in quoted_rtl_segments(message))


def _verified_row(entry: Verified, root: Root, titles: Mapping[str, str | None]) -> str:
    cells = [f"{entry.claim.line}:{entry.claim.column}", _claim(entry.claim), _counterpart(entry.against),
             _source(entry.against, root, titles)]
    return "| " + " | ".join(cells) + " |"


def _claim(claim: Claim) -> str:
    return f"**{isolated(claim.text, claim.lang)}**"


def _counterpart(against: Against) -> str:
    return f"**{isolated(counterpart_text(against), against.claim.lang)}**"


def _source(against: Against, root: Root, titles: Mapping[str, str | None]) -> str:
    label = link(isolated(source_label(against, titles)), against.url)
    place = f"{display_path(against.path, root)}:{against.claim.line}"
    return f"{label} ({text(place)})"
