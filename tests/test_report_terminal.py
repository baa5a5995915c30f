"""The terminal report, compared character for character with golden files (100 columns, no colour).

Regenerate the golden files after an intended change with FACTCHECK_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import os
from io import StringIO
from pathlib import Path

from rich.console import Console
from test_report_fixtures import hostile_result, sample_result

from factcheck.findings import CheckResult
from factcheck.report import terminal

GOLDEN = Path(__file__).parent / "golden"


def assert_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_sample_report_matches_golden() -> None:
    assert_golden("report_terminal.txt", terminal.render(sample_result(), width=100))


def test_recorded_console_gives_the_same_text() -> None:
    console = Console(width=100, no_color=True, force_terminal=False, record=True, file=StringIO())
    terminal.print_result(console, sample_result())
    exported = "".join(line.rstrip() + "\n" for line in console.export_text().splitlines())
    assert exported == terminal.render(sample_result())


def test_narrow_terminal_wraps_without_losing_text() -> None:
    assert_golden("report_terminal_hostile_60.txt", terminal.render(hostile_result(), width=60))


def test_both_sides_and_their_places_are_shown() -> None:
    text = terminal.render(sample_result())
    assert "claim    45  corpus/articles/en/strikes.md:7:43" in text
    assert "against  44 (ISIS operatives killed in Iraq and Syria)  corpus/references/centcom.yaml:5:11" \
        in text
    assert "source   U.S. Central Command  https://example.org/centcom/2024-07-16" in text
    # Arabic stays in logical order: the text is exactly the characters of the article.
    assert "against  أكثر من 20 مليار دولار  corpus/articles/ar/coalition.md:8:76" in text
    assert text.rstrip().endswith(
        "2 articles · 14 claims · 5 findings (2 errors, 2 warnings, 1 info) · 5 verified · 1 input error")


def test_findings_of_an_article_are_in_reading_order() -> None:
    text = terminal.render(sample_result())
    order = [text.index(code) for code in ("FC101", "FC104", "FC103", "FC102", "FC900")]
    assert order == sorted(order)


def test_article_text_cannot_style_or_drive_the_terminal() -> None:
    result = hostile_result()
    finding = result.findings[0].model_copy(update={"message": "[bold red]x[/] \x1b[2J cleared \x07"})
    text = terminal.render(result.model_copy(update={"findings": (finding,)}))
    assert "[bold red]x[/]" in text
    assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b[2J cleared \\x07" in text


def test_colour_only_when_asked() -> None:
    assert "\x1b[" not in terminal.render(sample_result())
    coloured = terminal.render(sample_result(), color=True)
    assert "\x1b[1;31merror" in coloured


def test_clean_result_shows_only_the_summary() -> None:
    empty = CheckResult(documents=(), findings=(), verified=(), summary=sample_result().summary.model_copy(
        update={"documents": 1, "claims": 3, "findings": 0, "errors": 0, "warnings": 0, "infos": 0,
                "verified": 0}))
    assert terminal.render(empty) == (
        "factcheck: 1 article checked\n\n"
        "1 article · 3 claims · 0 findings (0 errors, 0 warnings, 0 info) · 0 verified\n")
