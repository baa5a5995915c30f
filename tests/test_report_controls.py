"""Bidi controls and control characters from an article or a reference never reach a human report raw
(issue 10): a right-to-left override in a reference must not make "45" display as "54", and an ESC
must not recolour or rewrite a CI log."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.check import check_paths
from factcheck.findings import CheckResult
from factcheck.report.formats import render

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HOSTILE = "\u202e54\u202c \u2067x\x1b[31m\x01\x07\x7f"
_RAW = re.compile(f"[{BIDI}\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def hostile_result(tmp_path_factory: pytest.TempPathFactory) -> CheckResult:
    root = tmp_path_factory.mktemp("hostile")
    article = root / "article.md"
    article.write_text(f"---\ntitle: {json.dumps('Title ' + HOSTILE)}\nlang: en\ndate: 2024-07-16\n---\n"
                       f"CENTCOM said {HOSTILE} 45 ISIS operatives were killed in Iraq and Syria in the "
                       f"first half of 2024 {HOSTILE}.\n", encoding="utf-8")
    reference = root / "facts.yaml"
    what = json.dumps("ISIS operatives killed " + HOSTILE)
    reference.write_text(f"source: {json.dumps('Central ' + HOSTILE + ' Command')}\n"
                         f"url: {json.dumps('https://example.com/' + HOSTILE)}\n"
                         f"published: 2024-07-16\nfacts:\n  - what: {what}\n    value: \"44\"\n"
                         "    unit: count\n    period: {start: 2024-01-01, end: 2024-06-30}\n"
                         "    place: [Iraq, Syria]\n", encoding="utf-8")
    result = check_paths([str(article)], [str(reference)])
    assert result.findings, "the hostile article must give a finding whose fields carry the controls"
    return result


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "github", "html"])
def test_no_bidi_control_or_c0_character_reaches_a_human_report(hostile_result: CheckResult,
                                                                 fmt: str) -> None:
    output = render(fmt, hostile_result)
    assert "45" in output
    raw = sorted({f"U+{ord(c):04X}" for c in _RAW.findall(output)})
    assert raw == []


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "github", "html"])
def test_the_controls_are_shown_as_escapes(hostile_result: CheckResult, fmt: str) -> None:
    output = render(fmt, hostile_result)
    assert "\\u202e" in output and "\\x1b" in output


def test_extract_on_a_terminal_shows_controls_as_escapes_and_no_markup(tmp_path: Path) -> None:
    from factcheck.documents import load_document
    from factcheck.extract import extract_document
    from factcheck.findings import DocumentResult
    from factcheck.report import extract_terminal

    path = tmp_path / "a\x1b[2Jb.txt"
    path.write_text("CENTCOM said [bold]4\u202e5[/bold] people were killed in 2024.\n", encoding="utf-8")
    doc = load_document(path)
    output = extract_terminal.render([DocumentResult(document=doc, claims=tuple(extract_document(doc)))],
                                     color=False)
    assert _RAW.findall(output) == []
    assert "\\x1b[2J" in output
