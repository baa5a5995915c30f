"""The reader view behind the HTML report: the article as a reader sees it, each shown character keeping
the offset of the character it stands for, and the sentence around a claim."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from factcheck.documents import load_document
from factcheck.report.reader import highlighted, reader_view, sentence

MARKDOWN = """---
title: "Budget: 196 operations"
lang: en
date: 2024-07-18
---

# The budget

U.S. officials said **45** operatives were killed
in [196 operations](https://example.org/a "196").

<!-- 300 hidden -->
Dr. Smith counted 12 sites. Another sentence follows.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_markup_and_comments_are_left_out(tmp_path: Path) -> None:
    view = reader_view(load_document(write(tmp_path, "a.md", MARKDOWN)))
    assert view.text == ("The budget\n\nU.S. officials said 45 operatives were killed\nin 196 operations.\n\n"
                         "Dr. Smith counted 12 sites. Another sentence follows.")


def test_every_shown_character_keeps_its_offset(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "a.md", MARKDOWN))
    view = reader_view(doc)
    assert list(view.offsets) == sorted(set(view.offsets))  # strictly increasing
    for char, offset in zip(view.text, view.offsets, strict=True):
        assert char.isspace() or doc.text[offset] == char
    start = MARKDOWN.index("[196 operations") + 1
    i, j = view.span(start, start + 3)
    assert view.text[i:j] == "196"


def test_a_character_reference_is_shown_decoded_at_its_ampersand(tmp_path: Path) -> None:
    text = "<html lang=ar><body><p>قتل &#1636;&#1637; عنصرا &amp; اعتقل 7</p></body></html>"
    doc = load_document(write(tmp_path, "a.html", text))
    view = reader_view(doc)
    assert view.text == "قتل ٤٥ عنصرا & اعتقل 7"
    start = text.index("&#1636;")
    i, j = view.span(start, text.index(" عنصرا"))
    assert view.text[i:j] == "٤٥"


def test_sentence_around_a_claim_stops_at_stops_not_at_abbreviations(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "a.md", MARKDOWN))
    view = reader_view(doc)
    start = MARKDOWN.index("45")
    assert sentence(view, start, start + 2) == (
        "U.S. officials said ", "45", " operatives were killed in 196 operations.")
    start = MARKDOWN.index("12 sites")
    assert sentence(view, start, start + 2) == ("Dr. Smith counted ", "12", " sites.")


def test_a_long_sentence_is_cut_around_its_claim(tmp_path: Path) -> None:
    words = " ".join(f"word{n}" for n in range(200))
    text = f"{words} and then 44 operatives {words}.\n"
    view = reader_view(load_document(write(tmp_path, "a.txt", text)))
    start = text.index(" 44 ") + 1
    before, claim, after = sentence(view, start, start + 2, limit=120) or ("", "", "")
    assert claim == "44" and before.startswith("…") and after.endswith("…")
    assert len(before) + len(claim) + len(after) <= 124
    assert before.endswith("and then ") and after.startswith(" operatives")


def test_highlights_wrap_the_claims_and_skip_an_overlap(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, "a.md", MARKDOWN))
    view = reader_view(doc)
    a, b = MARKDOWN.index("45"), MARKDOWN.index("[196 operations") + 1
    tag, end = Markup("<mark>"), Markup("</mark>")
    body = highlighted(view, [(a, a + 2, tag, end), (a + 1, a + 4, tag, end), (b, b + 3, tag, end)])
    assert "said <mark>45</mark> operatives" in body and "in <mark>196</mark> operations" in body
    assert body.count("<mark>") == 2
    assert body.replace("<mark>", "").replace("</mark>", "") == view.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["word", "42", " ", "\n", "\n\n", "**", "<b>", "</b>", "&amp;", "&#1633;",
                                 "[link](http://x)", "<!-- c -->", "# ", "`code`", "\u200b", "U.S."]),
                max_size=40))
def test_offsets_always_point_at_the_characters_shown(pieces: list[str]) -> None:
    text = "".join(pieces) or "x"
    with tempfile.TemporaryDirectory() as folder:
        doc = load_document(write(Path(folder), "a.md", "---\nlang: en\n---\n" + text + " 1\n"))
    view = reader_view(doc)
    assert len(view.text) == len(view.offsets)
    assert all(a < b for a, b in zip(view.offsets, view.offsets[1:], strict=False))
    for char, offset in zip(view.text, view.offsets, strict=True):
        assert char.isspace() or char == doc.prose[offset]
    assert "\n\n\n" not in view.text and not view.text.startswith((" ", "\n"))
