"""Character references in the prose mask: a figure written with references reads as one number, and
every span still points at the references in the original file."""

from __future__ import annotations

import html
from pathlib import Path

from filetools import write
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.claims import Claim
from factcheck.documents import Document, load_document
from factcheck.extract import extract_document
from factcheck.markup import PAD, mask_html, mask_markdown, widen_to_references
from factcheck.scan import SENTENCE_END_RE
from factcheck.textnorm import fold, fold_word


def claims_of(path: Path) -> tuple[Document, list[Claim]]:
    doc = load_document(path)
    return doc, extract_document(doc)


def source_text(doc: Document, claim: Claim) -> str:
    """The claim's span in the original file, widened to the character references it touches."""
    start, end = widen_to_references(doc.text, doc.prose, claim.start, claim.end)
    return doc.text[start:end]


def test_the_padding_is_removed_by_the_extractors_fold() -> None:
    assert fold_word(PAD) == ""
    assert fold("١" + PAD * 6 + "٦").text == "16"


def test_html_figure_written_as_references_is_one_claim(tmp_path: Path) -> None:
    doc, claims = claims_of(write(tmp_path / "x.html", "<p>قتل &#1633;&#1638;&#1638; عنصرا</p>"))
    assert [(claim.value, claim.concept) for claim in claims] == [(166, "killed")]
    claim = claims[0]
    assert (claim.start, claim.line, claim.column) == (7, 1, 8)  # the "&" of "&#1633;"
    assert claim.text == "&#1633;&#1638;&#1638;" == source_text(doc, claim)


def test_markdown_figures_mixing_digits_and_references(tmp_path: Path) -> None:
    text = ("---\ntitle: T\nlang: ar\n---\n\n"
            "قتل &#x661;&#x666;&#x666; عنصرا واعتقل 5&#x30;0 آخرين و&#x35;00 و50&#x30; شخص.\n")
    doc, claims = claims_of(write(tmp_path / "mixed.md", text))
    assert [claim.value for claim in claims] == [166, 500, 500, 500]
    assert [(claim.line, claim.column) for claim in claims] == [(6, 5), (6, 40), (6, 56), (6, 66)]
    starts = [text.index(figure) for figure in ("&#x661;", "5&#x30;0", "&#x35;", "50&")]
    assert [claim.start for claim in claims] == starts
    assert claims[1].text == "5&#x30;0"  # ends on a digit of the file: exact without widening
    assert claims[2].text == "&#x35;00"
    assert [claim.text for claim in claims] == ["&#x661;&#x666;&#x666;", "5&#x30;0", "&#x35;00", "50&#x30;"]
    assert [source_text(doc, claim) for claim in claims] == ["&#x661;&#x666;&#x666;", "5&#x30;0", "&#x35;00",
                                                             "50&#x30;"]


def test_a_figure_of_references_ends_a_sentence(tmp_path: Path) -> None:
    doc, claims = claims_of(write(tmp_path / "end.html", "<p>قتل &#1633;&#1638;&#1638;. واعتقل 5 آخرون.</p>"))
    assert [(claim.value, claim.concept) for claim in claims] == [(166, "killed"), (5, "detained")]
    assert source_text(doc, claims[0]) == "&#1633;&#1638;&#1638;"


def test_a_full_stop_written_as_a_reference_ends_its_sentence(tmp_path: Path) -> None:
    page = "<p>Forces killed &#52;&#52; fighters&#46; Another 166 were detained&#46;</p>"
    doc, claims = claims_of(write(tmp_path / "stop.html", page))
    assert [(claim.value, claim.concept) for claim in claims] == [(44, "killed"), (166, "detained")]
    stop = page.index("&#46; Another")
    # The stop stands last in its reference, so the white space after the reference follows it.
    assert doc.prose[stop:stop + 6] == PAD * 4 + ". "
    assert stop + 4 in [match.start() for match in SENTENCE_END_RE.finditer(doc.prose)]


def test_references_between_words_read_as_the_page_renders_them(tmp_path: Path) -> None:
    text = "# Tom &amp; Jerry: caf&eacute;s\n\nAT&amp;T and R&amp;D, a&nbsp;b, x&shy;y.\n"
    doc = load_document(write(tmp_path / "words.md", text))
    assert doc.title == "Tom & Jerry: cafés"  # neither the padding nor a split word
    folded = fold(doc.prose).text
    assert "tom & jerry: cafés" in folded
    assert "at&t and r&d, a\u202fb, xy." in folded  # a no-break space still parts two words


def test_language_detection_reads_letters_written_as_references(tmp_path: Path) -> None:
    page = "<p>&#1602;&#1578;&#1604; 44 &#1593;&#1606;&#1589;&#1585;&#1575; in Anbar</p>"
    assert load_document(write(tmp_path / "letters.html", page)).lang == "ar"


def test_a_newline_reference_adds_no_line(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "nl.html", "<p>5&#10;6</p>\n<p>7</p>"))
    assert doc.prose.count("\n") == 1
    assert fold(doc.prose).text.split() == ["5", "6", "7"]


# --- widen_to_references ------------------------------------------------------------------------------


def test_widening_moves_an_end_inside_a_reference_to_its_semicolon() -> None:
    text = "x &#1633;&#1638; y"
    prose = mask_html(text).prose
    last = text.rindex("&")
    assert widen_to_references(text, prose, 2, last + 1) == (2, len(text) - 2)


def test_widening_moves_a_start_on_a_decoded_stop_back_to_its_ampersand() -> None:
    text = "a &#46;5 b"
    prose = mask_html(text).prose
    assert prose[2:8] == PAD * 4 + ".5"
    assert widen_to_references(text, prose, 6, 8) == (2, 8)


def test_widening_leaves_spans_that_cut_no_reference() -> None:
    text = "&amp;5 and 5&#46; and x"
    prose = mask_html(text).prose
    assert widen_to_references(text, prose, 5, 6) == (5, 6)  # starts just after a reference
    assert widen_to_references(text, prose, 11, 12) == (11, 12)  # ends just before a stop's padding
    assert widen_to_references(text, prose, 0, len(text)) == (0, len(text))


def test_widening_ignores_references_that_were_not_decoded() -> None:
    text = "AT&amp;T 5"  # a .txt file: its prose is its text
    assert widen_to_references(text, text, 0, 3) == (0, 3)


# --- properties ---------------------------------------------------------------------------------------

REFERENCES = ["&#1633;", "&#x661;", "&#x30;", "&#52;", "&amp;", "&nbsp;", "&#46;", "&lt;", "&eacute;",
              "&#8203;", "&shy;", "&#10;", "&bogus;", "&#0;", "&#x1F600;"]
WORDS = st.text(alphabet="ab5 0بت٣", min_size=1, max_size=4)
PIECES = st.lists(st.one_of(st.sampled_from(REFERENCES), WORDS), max_size=30)


def rendered(piece: str) -> str:
    """A piece as a browser shows it (a decoded newline is white space, as in the mask)."""
    return html.unescape(piece).replace("\n", " ") if piece.startswith("&") else piece


@settings(max_examples=300, deadline=None)
@given(pieces=PIECES)
def test_folded_prose_reads_as_the_rendered_text(pieces: list[str]) -> None:
    # (a letter first: four spaces opening the text would make a Markdown indented code block, which
    # is rightly masked and never rendered as prose)
    text = "x" + "".join(pieces)
    expected = fold("x" + "".join(rendered(piece) for piece in pieces)).text
    for prose in (mask_markdown(text), mask_html(text).prose):
        assert len(prose) == len(text)
        assert fold(prose).text == expected


@settings(max_examples=300, deadline=None)
@given(pieces=PIECES, data=st.data())
def test_spans_of_the_folded_prose_widen_to_whole_references(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    prose = mask_html(text).prose
    folded = fold(prose)
    assume(folded.text)
    first = data.draw(st.integers(0, len(folded.text) - 1))
    last = data.draw(st.integers(first + 1, len(folded.text)))  # a claim is never empty
    start, end = folded.orig(first), folded.orig_end(last)  # as the extractor maps a claim back
    wide_start, wide_end = widen_to_references(text, prose, start, end)
    assert wide_start <= start <= end <= wide_end
    offset = 0
    for piece in pieces:  # a decoded reference is inside the widened span or outside it, never cut
        piece_end = offset + len(piece)
        if rendered(piece) != piece and start < piece_end and offset < end:
            assert wide_start <= offset and piece_end <= wide_end
        offset = piece_end
