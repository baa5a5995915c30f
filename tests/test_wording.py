"""Counts and differences are written as a reader writes them: "1 document", "off by 22,500"."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from factcheck.check import check_paths
from factcheck.cli import main
from factcheck.documents import load_document
from factcheck.extract import extract_document
from factcheck.findings import DocumentResult
from factcheck.report import extract_terminal

ARTICLE = """---
title: Strikes
date: 2024-07-18
lang: en
---
U.S. and partner forces killed 66,500 ISIS operatives in Iraq and Syria in the first half of 2024.

Unemployment in Iraq stood at 16.5 percent in 2023.
"""

REFERENCE = """source: Test
facts:
  - what: ISIS operatives killed
    value: "44000"
    unit: count
    period: {start: 2024-01-01, end: 2024-06-30}
    place: [Iraq, Syria]
  - what: unemployment rate in Iraq
    value: "16.25"
    unit: percent
    period: {start: 2023-01-01, end: 2023-12-31}
    place: [Iraq]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_difference_is_grouped_like_the_values(tmp_path: Path) -> None:
    article, reference = write(tmp_path, "a.md", ARTICLE), write(tmp_path, "r.yaml", REFERENCE)
    messages = {f.claim.text: f.message for f in check_paths([str(article)], [str(reference)]).findings
                if f.rule == "FC101"}
    assert messages["66,500"].endswith("gives 44,000 (ISIS operatives killed) (off by 22,500)")
    assert messages["16.5 percent"].endswith("(off by 0.25)")


def test_extract_counts_one_document_and_one_claim_in_the_singular(tmp_path: Path) -> None:
    one = write(tmp_path, "one.md", "---\nlang: en\n---\nThe ministry counted 44 schools.\n")
    doc = load_document(one)
    text = extract_terminal.render([DocumentResult(document=doc, claims=tuple(extract_document(doc)))],
                                   width=100, color=False)
    assert "— 1 claim\n" in text or "— 1 claim " in text
    assert text.rstrip().endswith("1 claim in 1 document")
    done = CliRunner().invoke(main, ["extract", str(write(tmp_path, "a.md", ARTICLE)), "--format", "terminal",
                                     "--no-cache"])
    assert done.exit_code == 0, done.output
    assert done.stdout.rstrip().endswith("claims in 1 document")
    assert "documents" not in done.stdout.splitlines()[-1]


def test_a_csv_row_with_one_cell_says_one_cell(tmp_path: Path) -> None:
    import pytest

    from factcheck.errors import FactcheckError
    from factcheck.references import load_reference

    path = write(tmp_path, "r.csv", "what,value\nkilled\n")
    with pytest.raises(FactcheckError, match=r"r\.csv:2: expected 2 cells, found 1 cell$"):
        load_reference(path)
