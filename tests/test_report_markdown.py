"""The Markdown comment: read back through a CommonMark + tables parser, as GitHub would show it."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt
from test_report_fixtures import hostile_result, sample_result

from factcheck.report import markdown

GOLDEN = Path(__file__).parent / "golden"


class Elements(HTMLParser):
    """Collects the tags and the visible text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def shown(source: str) -> Elements:
    parser = Elements()
    parser.feed(MarkdownIt("commonmark", {"html": True}).enable("table").render(source))
    return parser


def table_rows(source: str) -> list[list[str]]:
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(source)
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows and token.level >= 4:
            rows[-1].append(token.content)
    return rows


def test_sample_comment_matches_golden() -> None:
    actual = markdown.render(sample_result())
    path = GOLDEN / "report_markdown.md"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_heading_and_summary_say_what_was_found() -> None:
    lines = markdown.render(sample_result()).splitlines()
    assert lines[0] == "### factcheck: 2 errors, 2 warnings, 1 info, 1 input error"
    assert lines[2].startswith("2 articles · 14 claims · 5 findings")
    clean = sample_result().model_copy(update={"findings": (), "input_errors": (), "summary": sample_result()
                                               .summary.model_copy(update={"findings": 0, "errors": 0,
                                                                           "warnings": 0, "infos": 0})})
    assert markdown.render(clean).startswith("### factcheck: no discrepancies\n")


def test_every_table_row_has_its_seven_cells() -> None:
    for result in (sample_result(), hostile_result()):
        rows = [row for row in table_rows(markdown.render(result)) if len(row) != 4]
        assert rows and all(len(row) == 7 for row in rows), rows


def test_article_html_and_pipes_are_shown_as_text() -> None:
    source = markdown.render(hostile_result())
    page = shown(source)
    assert {tag for tag, _ in page.tags} <= {"h3", "h4", "p", "em", "strong", "table", "thead", "tbody", "tr",
                                              "th", "td", "br", "a", "span", "details", "summary", "ul", "li"}
    visible = "".join(page.text)
    assert '<b>Budget</b>' in visible
    assert 'Ministry | "Office" <b>bold</b>: 100%, final' in visible
    assert "9% <i>there</i> | 100%," in visible
    rows = table_rows(source)
    assert rows[1][0] == "2:23"  # the pipes did not split the row


def test_only_web_links_become_links() -> None:
    page = shown(markdown.render(hostile_result()))
    assert not [attrs for tag, attrs in page.tags if tag == "a"]  # javascript: stays text
    links = [attrs["href"] for tag, attrs in shown(markdown.render(sample_result())).tags if tag == "a"]
    assert links and set(links) == {"https://example.org/centcom/2024-07-16"}


def test_arabic_is_isolated_with_its_language() -> None:
    page = shown(markdown.render(sample_result()))
    spans = [attrs for tag, attrs in page.tags if tag == "span"]
    assert {"dir": "auto", "lang": "ar"} in spans
    source = markdown.render(sample_result())
    assert '**<span dir="auto" lang="ar">أكثر من 20 مليار دولار</span>**' in source
    assert "**2 billion dollars**" in source  # Latin text is not wrapped


def test_mentions_are_defused() -> None:
    result = hostile_result()
    finding = result.findings[0].model_copy(update={"message": "as @newsroom-bot said, see #12"})
    source = markdown.render(result.model_copy(update={"findings": (finding,)}))
    assert "@newsroom" not in source
    assert "@\u2060newsroom-bot" in source


def test_long_runs_are_capped_with_the_most_relevant_rows() -> None:
    source = markdown.render(sample_result(), max_rows=2)
    assert "FC101" in source and "FC102" in source  # the two errors
    assert "FC103" not in source and "FC900" not in source
    assert "_3 more findings not shown; the JSON, SARIF or HTML report has them all._" in source
    assert "verified claim" not in source


def test_quoted_arabic_in_notes_keeps_its_quotes() -> None:
    result = hostile_result()
    finding = result.findings[0].model_copy(update={"message": "'أكثر من 20 مليار' states more | less"})
    source = markdown.render(result.model_copy(update={"findings": (finding,)}))
    assert "| <span dir=\"auto\">'أكثر من 20 مليار'</span> states more \\| less |" in source
