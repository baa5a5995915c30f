"""The HTML report: escaped, self-contained, highlighted from the original offsets, and right-to-left
where the article is. The browser tests open the page in a real headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_report_fixtures import AR_TEXT, EN_PATH, EN_TEXT, HOSTILE_TEXT, hostile_result, sample_result

from factcheck.report import html

CHROMIUM = "/usr/bin/chromium"
VOID = {"br", "meta", "img", "input", "link", "hr", "wbr"}


class Page(HTMLParser):
    """Every element (tag, attributes), and the text inside elements that ``capture`` selects."""

    def __init__(self, capture: Callable[[str, dict[str, str | None]], bool] = lambda tag, attrs: False):
        super().__init__()
        self.capture = capture
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.captured: list[list[str]] = []
        self.texts: dict[str, list[str]] = {}
        self._depth = 0
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in VOID:
            return
        self._stack.append(tag)
        if self._depth:
            self._depth += 1
        elif self.capture(tag, attributes):
            self._depth = 1
            self.captured.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self._stack:
            self._stack.pop()
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.captured[-1].append(data)
        if self._stack:
            self.texts.setdefault(self._stack[-1], []).append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def parse(source: str, capture: Callable[[str, dict[str, str | None]], bool] | None = None) -> Page:
    page = Page(capture) if capture else Page()
    page.feed(source)
    return page


def has_class(name: str) -> Callable[[str, dict[str, str | None]], bool]:
    return lambda tag, attrs: name in (attrs.get("class") or "").split()


# --- the page as written ---------------------------------------------------------------------------


def test_article_text_is_shown_exactly_and_only_as_text() -> None:
    page = parse(html.render(hostile_result()), has_class("text"))
    assert ["".join(chunks) for chunks in page.captured] == [HOSTILE_TEXT]
    assert len(page.find("script")) == 1  # the report's own
    assert not page.find("img")
    assert not [attrs for _, attrs in page.elements if any(name.startswith("on") for name in attrs)]


def test_every_article_is_reproduced_from_its_offsets() -> None:
    page = parse(html.render(sample_result()), has_class("text"))
    assert ["".join(chunks) for chunks in page.captured] == [AR_TEXT, EN_TEXT]


def test_claims_are_highlighted_by_outcome() -> None:
    page = parse(html.render(sample_result()), lambda tag, attrs: tag == "mark" and "id" in attrs)
    marks = [(attrs.get("class"), "".join(text)) for (tag, attrs), text in zip(
        [e for e in page.elements if e[0] == "mark" and "id" in e[1]], page.captured, strict=True)]
    assert ("claim s-verified", "44") in marks
    assert ("claim s-error", "45") in marks
    assert ("claim s-error", "2 billion dollars") in marks
    assert ("claim s-warning", "210") in marks
    assert ("claim s-info", "about 300") in marks
    assert ("claim s-unchecked", "2014") in marks
    # The Arabic side of a dispute between articles carries the dispute too.
    assert ("claim s-warning", "١٥٣ هجوما") in marks
    assert ("claim s-error", "أكثر من 20 مليار دولار") in marks


def test_hover_text_names_the_other_side() -> None:
    page = parse(html.render(sample_result()))
    tips = {attrs.get("data-tip") for attrs in page.find("mark") if attrs.get("id")}
    killed = "44 (ISIS operatives killed in Iraq and Syria)"
    assert f"error: FC101 value.mismatch — {killed} · U.S. Central Command" in tips
    assert "verified — 166 (ISIS operatives detained) · U.S. Central Command" in tips
    assert "not checked: no reference or other article states this quantity" in tips


def test_details_panel_has_both_sides_and_the_source_link() -> None:
    source = html.render(sample_result())
    page = parse(source, lambda tag, attrs: tag == "div" and attrs.get("id") == "d-1-0")
    detail = "".join(page.captured[0])
    assert "45" in detail and "corpus/articles/en/strikes.md:7:43" in detail
    assert "44 (ISIS operatives killed in Iraq and Syria)" in detail
    assert "corpus/references/centcom.yaml:5:11" in detail
    assert "U.S. Central Command" in detail and "concept: killed" in detail
    links = page.find("a", href="https://example.org/centcom/2024-07-16")
    assert links and links[0]["rel"] == "noopener noreferrer"


def test_non_web_source_addresses_are_not_links() -> None:
    page = parse(html.render(hostile_result()))
    assert not [a for a in page.find("a") if (a.get("href") or "").lower().startswith("javascript")]
    assert "javascript:alert(1)" in "".join(page.texts.get("bdi", []))


def test_language_and_direction_attributes() -> None:
    page = parse(html.render(sample_result()))
    sections = page.find("section", **{"class": "article"})
    assert [(s["lang"], s["dir"]) for s in sections] == [("ar", "rtl"), ("en", "ltr")]
    assert {"lang": "ar"} in page.find("bdi", lang="ar")


def test_page_loads_nothing_from_outside() -> None:
    source = html.render(sample_result())
    page = parse(source)
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    assert not [attrs for _, attrs in page.elements if "src" in attrs]
    hrefs = [a["href"] for a in page.find("a")]
    assert all(h.startswith("#") or h == "https://example.org/centcom/2024-07-16" for h in hrefs if h)
    assert "url(" not in source and "@import" not in source


def test_policy_allows_exactly_the_inline_style_and_script() -> None:
    page = parse(html.render(sample_result()))
    policy = page.find("meta", **{"http-equiv": "Content-Security-Policy"})[0]["content"] or ""
    for tag in ("style", "script"):
        body = "".join(page.texts[tag])
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_findings_table_lists_the_most_severe_first() -> None:
    page = parse(html.render(sample_result()), lambda tag, attrs: tag == "tr" and bool(attrs.get("class")))
    assert [attrs["class"] for attrs in page.find("tr") if attrs.get("class")] == [
        "s-error", "s-error", "s-warning", "s-warning", "s-info"]


def test_overlapping_claims_keep_their_rows_and_the_text_stays_whole() -> None:
    result = sample_result()
    doc = next(d for d in result.documents if d.document.path == EN_PATH)
    killed = doc.claims[0]
    overlap = killed.model_copy(update={"id": "c99", "start": killed.start + 1, "end": killed.end + 4,
                                        "text": EN_TEXT[killed.start + 1:killed.end + 4]})
    docs = tuple(d.model_copy(update={"claims": (*d.claims, overlap)}) if d is doc else d
                 for d in result.documents)
    page = parse(html.render(result.model_copy(update={"documents": docs})), has_class("text"))
    assert ["".join(chunks) for chunks in page.captured] == [AR_TEXT, EN_TEXT]


def test_finding_on_an_unknown_document_still_has_its_details() -> None:
    result = sample_result()
    page = parse(html.render(result.model_copy(update={"documents": ()})))
    assert len(page.find("tr", **{"class": "s-error"})) == 2
    assert any("not part of the result" in text for text in page.texts.get("p", []))
    assert page.find("div", id="d-0-0")


# --- the page in a browser -------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} is missing (apt-get install -y chromium)",
)


def dump_dom(page: Path, profile: Path, fragment: str = "") -> str:
    """The DOM after the page's own script ran, serialised by headless Chromium."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--dump-dom", page.as_uri() + fragment]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    return done.stdout


@needs_chromium
def test_browser_shows_injected_markup_as_text_and_runs_none_of_it(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(html.render(hostile_result()), encoding="utf-8")
    page = parse(dump_dom(report, tmp_path / "profile"), has_class("text"))
    assert "".join(page.texts["title"]) == "factcheck report"
    assert len(page.find("script")) == 1
    assert not page.find("img")
    assert not page.find("b") and not page.find("i")
    assert ["".join(chunks) for chunks in page.captured] == [HOSTILE_TEXT]
    assert page.find("body", **{"data-ready": "1"})  # the report's own script did run


@needs_chromium
def test_browser_lays_arabic_out_right_to_left(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(html.render(sample_result()), encoding="utf-8")
    page = parse(dump_dom(report, tmp_path / "profile"))
    sections = page.find("section", **{"class": "article"})
    assert [(s["lang"], s["data-direction"]) for s in sections] == [("ar", "rtl"), ("en", "ltr")]
    texts = page.find("div", **{"class": "text"})
    assert [t["data-direction"] for t in texts] == ["rtl", "ltr"]


@needs_chromium
def test_browser_opens_the_details_of_a_linked_claim(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(html.render(sample_result()), encoding="utf-8")
    page = parse(dump_dom(report, tmp_path / "profile", "#c-0-5"))
    shown = [attrs["id"] for attrs in page.find("div", **{"class": "detail"}) if "hidden" not in attrs]
    assert shown == ["d-0-5"]
    assert page.find("mark", id="c-0-5", **{"class": "claim s-error selected"})


def test_quoted_arabic_in_messages_is_isolated_and_escaped() -> None:
    markup = html.message_markup("'<أكثر من 20>' states 20, not \"<b>\"")
    assert markup == "<bdi>&#39;&lt;أكثر من 20&gt;&#39;</bdi> states 20, not &#34;&lt;b&gt;&#34;"
