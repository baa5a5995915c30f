"""Reports of an archive check (factcheck.archive), written entry by entry from the store.

``json`` and ``github`` are written one finding at a time, byte for byte what ``render`` writes for
the in-memory result (tests/test_archive.py). The other formats need the whole result at once (a
document tree, a table, a test suite per article); they are rendered from ``bounded``: every finding
and verified claim, and the articles that have findings with their claims (re-read from disk for the
HTML report's excerpts), never the articles without findings. Their summary is the full run's:
SARIF is then the in-memory report byte for byte; terminal, Markdown and HTML list the articles with
findings (the in-memory reports also list the others, with their verified claims) and end with a
line saying how many they leave out; JUnit has the test suites of the articles with findings only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from factcheck import jsonfast
from factcheck.archive import ArchiveResult
from factcheck.documents import Document, load_document
from factcheck.errors import FactcheckError
from factcheck.findings import CheckResult, DocumentResult, Severity
from factcheck.report import github
from factcheck.report.contract import CHECK_SCHEMA
from factcheck.report.formats import Root, display_error, display_path, render
from factcheck.report.json import finding_json, verified_json

Write = Callable[[str], object]
STREAMED = ("json", "github")


def write(fmt: str, result: ArchiveResult, out: Write, *, root: Root = None,
          min_level: Severity | None = None, rule_docs_url: str | None = None) -> None:
    """Write the report of ``result`` in ``fmt`` to ``out``: GitHub annotations from ``min_level`` up
    (warning by default, as ``github.render``), SARIF rules linked under ``rule_docs_url``."""
    if fmt == "json":
        write_json(result, out, root=root)
    elif fmt == "github":
        level = min_level or github.DEFAULT_MIN_LEVEL
        for line in result.input_errors:
            out(github._input_error(line, root) + "\n")
        hidden = 0
        for finding in result.findings("relevance"):
            if finding.severity.rank >= level.rank:
                out(github._finding(finding, root) + "\n")
            else:
                hidden += 1
        if hidden:
            out(github.hidden_line(hidden, level) + "\n")
    else:
        shown = bounded(result)
        options: dict[str, Any] = {"rule_docs_url": rule_docs_url} if fmt == "sarif" else {}
        text = render(fmt, shown, root=root, **options)
        out(_with_note(fmt, text, result.summary.documents - len(shown.documents)))


def _with_note(fmt: str, text: str, left_out: int) -> str:
    """The report with one line saying how many articles it leaves out (terminal, Markdown, HTML)."""
    if left_out <= 0 or fmt not in ("terminal", "markdown", "html"):
        return text
    note = (f"--archive: {left_out} checked article{'s' if left_out != 1 else ''} without findings "
            "not listed (the summary counts them)")
    if fmt == "html":
        at = text.rfind("</body>")
        return text if at < 0 else f"{text[:at]}<p class=\"archive-note\">{note}</p>\n{text[at:]}"
    line = f"_{note}_" if fmt == "markdown" else note
    return text + ("" if text.endswith("\n") else "\n") + line + "\n"


def _indented(value: Any, prefix: str) -> str:
    return "\n".join(prefix + line for line in jsonfast.dumps(value, floats=False).split("\n"))


def _array(out: Write, key: str, items: Iterable[Any], last: bool = False) -> None:
    """``"key": [...]`` as json.dumps(indent=2) writes it at the second level."""
    first = True
    for item in items:
        out((f'  "{key}": [\n' if first else ",\n") + _indented(item, "    "))
        first = False
    out((f'  "{key}": []' if first else "\n  ]") + ("\n" if last else ",\n"))


def write_json(result: ArchiveResult, out: Write, *, root: Root = None) -> None:
    """The factcheck/check/v1 document (report.json.check_json), one entry at a time."""
    out('{\n  "schema": ' + jsonfast.dumps(CHECK_SCHEMA) + ",\n")
    _array(out, "findings", (finding_json(f, root) for f in result.findings()))
    _array(out, "verified", (verified_json(v, root) for v in result.verified()))
    out('  "summary": ' + _indented(result.summary.model_dump(mode="json"), "  ")[2:] + ",\n")
    _array(out, "documents", ({
        "path": display_path(d.path, root),
        "lang": d.lang,
        "published": d.published.isoformat() if d.published else None,
        "title": d.title,
        "claims": d.claims,
    } for d in result.documents()))
    _array(out, "references", (display_path(r, root) for r in result.references))
    _array(out, "input_errors", (display_error(e, root) for e in result.input_errors), last=True)
    out("}\n")


def bounded(result: ArchiveResult) -> CheckResult:
    """A CheckResult for the formats that need one: every finding and verified claim, the articles
    with findings (read again from disk, with their claims from the store), the full run's summary."""
    findings = tuple(result.findings())
    with_findings = {f.path for f in findings}
    documents: list[DocumentResult] = []
    for row in result.documents():
        if row.path not in with_findings:
            continue
        try:
            document = load_document(row.path)
        except (FactcheckError, OSError):  # changed or gone since the check: title and date only
            document = Document(path=row.path, text="", prose="", lang=row.lang, published=row.published,
                                title=row.title)
        documents.append(DocumentResult(document=document, claims=result.claims(row.path)))
    return CheckResult(documents=tuple(documents), findings=findings, verified=tuple(result.verified()),
                       summary=result.summary, references=result.references,
                       input_errors=result.input_errors)
