"""The HTML report: escaped, self-contained, highlighted from the original offsets, and right-to-left
where the article is. The browser tests open the page in a real headless Chromium."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from test_report_fixtures import EN_PATH, EN_TEXT, hostile_result, sample_result

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


HOSTILE_READ = "The budget grew by 7 percent.\n\nA table | with pipes *stars* and `ticks` said 9 percent."
EN_READ = EN_TEXT.split("# ", 1)[1].rstrip("\n")  # the heading's text onwards: no front matter, no "# "


def test_article_is_shown_as_a_reader_sees_it_and_only_as_text() -> None:
    page = parse(html.render(hostile_result()), has_class("text"))
    assert ["".join(chunks) for chunks in page.captured] == [HOSTILE_READ]
    assert len(page.find("script")) == 1  # the report's own
    assert not page.find("img")
    assert not [attrs for _, attrs in page.elements if any(name.startswith("on") for name in attrs)]


def test_front_matter_and_markup_are_not_article_text() -> None:
    page = parse(html.render(sample_result()), has_class("text"))
    arabic, english = ("".join(chunks) for chunks in page.captured)
    assert english == EN_READ
    assert english.startswith("Coalition strikes against ISIS\n\nU.S. Central Command said")
    assert arabic.startswith("أعلنت القيادة المركزية الأمريكية مقتل 44 عنصرا")
    for text in (arabic, english):
        assert "---" not in text and "title:" not in text and "published:" not in text


def test_highlights_keep_their_offsets_into_the_original_file() -> None:
    result = sample_result()
    by_lang = {d.document.lang: d.document.text for d in result.documents}
    page = parse(html.render(result), lambda tag, attrs: tag == "mark" and "data-start" in attrs)
    marks, lang = [], ""
    for tag, attrs in page.elements:  # each highlight, with the language of the article around it
        if tag == "section" and "data-article" in attrs:
            lang = attrs["lang"] or ""
        elif tag == "mark" and "data-start" in attrs:
            marks.append((lang, int(attrs["data-start"] or 0), int(attrs["data-end"] or 0)))
    assert len(marks) == len(page.captured) == sum(len(d.claims) for d in result.documents)
    for (lang, start, end), chunks in zip(marks, page.captured, strict=True):
        assert by_lang[lang][start:end] == "".join(chunks)


def test_a_decoded_character_reference_is_shown_as_text(tmp_path: Path) -> None:
    from factcheck.documents import load_document
    from factcheck.findings import DocumentResult, Summary

    page_file = tmp_path / "a.html"
    page_file.write_text("<html lang=en><body><p>Officials wrote &lt;script&gt;alert(1)&lt;/script&gt; "
                         "and 5&nbsp;000 votes.</p></body></html>", encoding="utf-8")
    doc = load_document(page_file)
    result = sample_result().model_copy(update={
        "documents": (DocumentResult(document=doc, claims=()),), "findings": (), "verified": (),
        "summary": Summary(documents=1, claims=0, findings=0, errors=0, warnings=0)})
    page = parse(html.render(result), has_class("text"))
    assert ["".join(chunks) for chunks in page.captured] == [
        "Officials wrote <script>alert(1)</script> and 5 000 votes."]  # no-break space shown as a space
    assert len(page.find("script")) == 1


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
    assert "44" in detail and "ISIS operatives killed in Iraq and Syria" in detail
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
    assert ["".join(chunks) for chunks in page.captured][1] == EN_READ


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
    assert ["".join(chunks) for chunks in page.captured] == [HOSTILE_READ]
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


# --- counterparts, values, the filter ------------------------------------------------------------------


def row_cells(source: str) -> list[list[str]]:
    """The text of each cell of each findings row."""
    cells: list[list[str]] = []

    class Rows(HTMLParser):
        depth = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "tr" and dict(attrs).get("data-level"):
                cells.append([])
            elif tag == "td" and cells:
                cells[-1].append("")
                self.depth = 1

        def handle_endtag(self, tag: str) -> None:
            if tag == "td":
                self.depth = 0

        def handle_data(self, data: str) -> None:
            if self.depth and cells:
                cells[-1][-1] += data

    Rows().feed(source)
    return cells


def test_an_article_counterpart_is_shown_in_its_sentence() -> None:
    source = html.render(sample_result())
    rows = {cells[1]: cells for cells in row_cells(source)}
    counterpart = rows["FC103 digits.transposed"][3]
    sentence = ("وتبنى التنظيم ١٥٣ هجوما خلال الفترة نفسها، "
                "فيما بلغت مساهمات الدول الأعضاء أكثر من 20 مليار دولار.")
    assert sentence in counterpart
    page = parse(source, lambda tag, attrs: tag == "mark" and attrs.get("class") == "here")
    assert "١٥٣ هجوما" in ["".join(chunks) for chunks in page.captured]  # the claim stands out in it
    assert "article “حصيلة عمليات التحالف”" in counterpart  # and who states it


def test_a_reference_counterpart_shows_its_value_what_and_source() -> None:
    rows = {cells[1]: cells for cells in row_cells(html.render(sample_result()))}
    counterpart = rows["FC101 value.mismatch"][3]
    assert "44" in counterpart and "ISIS operatives killed in Iraq and Syria" in counterpart
    assert "U.S. Central Command" in counterpart
    page = parse(html.render(sample_result()), has_class("what"))
    assert "ISIS operatives killed in Iraq and Syria" in ["".join(chunks) for chunks in page.captured]


def test_values_are_grouped_and_open_periods_read_since() -> None:
    from factcheck.claims import Period

    result = sample_result()
    en = next(d for d in result.documents if d.document.path == EN_PATH)
    pledged = next(c for c in en.claims if c.text == "2 billion dollars")
    opened = pledged.model_copy(update={"period": Period(start=dt.date(2014, 1, 1))})
    docs = tuple(d.model_copy(update={"claims": tuple(opened if c is pledged else c for c in d.claims)})
                 if d is en else d for d in result.documents)
    findings = tuple(f.model_copy(update={"claim": opened}) if f.claim is pledged else f
                     for f in result.findings)
    page = parse(html.render(result.model_copy(update={"documents": docs, "findings": findings})),
                 has_class("reading"))
    readings = ["".join(chunks) for chunks in page.captured]
    assert "Read as: money · 2,000,000,000 USD · concept contributions · since 2014-01-01" in readings
    assert any("more than 20,000,000,000 USD" in r for r in readings)
    assert any("44 · concept killed · 2024-01-01 to 2024-06-30" in r for r in readings)


def test_the_filter_lists_each_level_and_rule_with_its_count() -> None:
    source = html.render(sample_result())
    page = parse(source)
    boxes = [(a["name"], a["value"]) for a in page.find("input") if a.get("type") == "checkbox"]
    assert boxes == [("level", "error"), ("level", "warning"), ("level", "info"), ("level", "verified"),
                     ("rule", "FC101"), ("rule", "FC102"), ("rule", "FC103"), ("rule", "FC104"),
                     ("rule", "FC900")]
    assert "hidden" in page.find("div", id="filters")[0]  # until the page's script shows it
    rows = [(a["data-level"], a["data-rule"]) for a in page.find("tr") if a.get("data-level")]
    assert sorted(rows) == [("error", "FC101"), ("error", "FC102"), ("info", "FC900"), ("warning", "FC103"),
                            ("warning", "FC104")]
    assert "FC103 digits.transposed (1)" in source
    tokens = {a["data-outcomes"] for a in page.find("mark") if a.get("data-outcomes")}
    assert "verified:" in tokens and "error:FC101" in tokens


@needs_chromium
def test_browser_filters_by_level_and_rule_from_the_address(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(html.render(sample_result()), encoding="utf-8")
    page = parse(dump_dom(report, tmp_path / "profile", "#levels=error,warning&rules=FC101,FC103"))
    assert "hidden" not in page.find("div", id="filters")[0]  # the script showed the controls
    shown = [a["data-rule"] for a in page.find("tr") if a.get("data-level") and "hidden" not in a]
    assert shown == ["FC101", "FC103"]
    assert page.find("body", **{"data-filter": "levels=error,warning&rules=FC101,FC103"})
    muted = {a["id"] for a in page.find("mark") if "muted" in (a.get("class") or "").split()}
    unmuted = {a["id"] for a in page.find("mark") if a.get("data-outcomes")} - muted
    tokens = {a["id"]: a["data-outcomes"] for a in page.find("mark") if a.get("data-outcomes")}
    assert all("error:FC101" in tokens[i] or "warning:FC103" in tokens[i] for i in unmuted)
    assert any("verified:" in tokens[i] for i in muted) and any("info:FC900" in tokens[i] for i in muted)
    assert "Showing 2 of 5 findings" in "".join(page.texts.get("output", []))


class DevTools:
    """Headless Chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON
    messages ending in NUL on fds 3 and 4), so a test can click the page like a reader."""

    def __init__(self, page: Path, profile: Path) -> None:
        commands, self._to_browser = os.pipe()
        self._from_browser, replies = os.pipe()

        def wire() -> None:  # fds 3 and 4 in the browser, whatever numbers the pipes got here
            high_in, high_out = os.dup(commands), os.dup(replies)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", page.as_uri()],
            close_fds=False, preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands)
        os.close(replies)
        self._buffer = b""
        self._next = 0
        targets = self.call("Target.getTargets")["targetInfos"]
        target = next(t["targetId"] for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for _ in range(300):
            if self.evaluate("document.body && document.body.getAttribute('data-ready')") == "1":
                return
            time.sleep(0.1)
        raise TimeoutError("the report's script did not run")

    def call(self, method: str, params: dict[str, object] | None = None, session: str | None = None) -> Any:
        self._next += 1
        message: dict[str, object] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 60
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._next:
                    assert "error" not in reply, reply
                    return reply["result"]
            ready, _, _ = select.select([self._from_browser], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(self._from_browser, 1 << 16) if ready else b""
            if not chunk:
                raise TimeoutError(method)
            self._buffer += chunk

    def evaluate(self, expression: str) -> Any:
        params = {"expression": expression, "returnByValue": True}
        result = self.call("Runtime.evaluate", params, self.session)
        return result["result"].get("value")

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


@needs_chromium
def test_browser_filter_controls_hide_rows_mute_highlights_and_link_the_view(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(html.render(sample_result()), encoding="utf-8")
    browser = DevTools(report, tmp_path / "profile")
    try:
        for box in ("input[value=info]", "input[value=verified]", "input[value=FC102]"):
            browser.evaluate(f"document.querySelector({json.dumps(box)}).click()")
        shown = browser.evaluate("Array.from(document.querySelectorAll('tr[data-level]'))"
                                 ".filter(r => !r.hidden).map(r => r.dataset.rule).join(' ')")
        assert sorted(shown.split()) == ["FC101", "FC103", "FC104"]
        assert browser.evaluate("location.hash") == "#levels=error,warning&rules=FC101,FC103,FC104,FC900"
        assert browser.evaluate("document.getElementById('filter-status').textContent") == \
            "Showing 3 of 5 findings"
        muted = browser.evaluate("Array.from(document.querySelectorAll('mark.claim.muted'))"
                                 ".map(m => m.dataset.outcomes).join('|')")
        assert "verified:" in muted and "info:FC900" in muted and "error:FC102" in muted
        assert "error:FC101" not in muted
        # A muted highlight is still the article's text, in place, and still opens its details.
        assert browser.evaluate("getComputedStyle(document.querySelector('mark.claim.muted'))"
                                ".backgroundColor") == "rgba(0, 0, 0, 0)"
        browser.evaluate("document.getElementById('filters-all').click()")
        assert browser.evaluate("document.querySelectorAll('tr[data-level]:not([hidden])').length") == 5
        assert browser.evaluate("document.querySelectorAll('mark.claim.muted').length") == 0
        assert browser.evaluate("location.hash") == ""
    finally:
        browser.close()
