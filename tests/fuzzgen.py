"""Generators of hostile text for the extractor, shared by tests/test_fuzz.py (hypothesis strategies) and
bench/fuzz.py (a plain ``random.Random``, fast enough for a million inputs): the same pieces in both.

A text mixes Arabic letters and words, the three digit scripts and digits of other scripts, every
separator a figure may carry, qualifier, scale, currency, period and month words of both lexicons, bidi
and zero-width marks, and Markdown or HTML markup. ``claim_problems`` lists what a result breaks of the
extractor's invariants.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from hypothesis import strategies as st

from factcheck.claims import Claim
from factcheck.documents import Document, _parse_html, _parse_markdown, detect_language
from factcheck.extract import extract_document
from factcheck.lexicon import load_lexicon

DIGIT_SCRIPTS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")
# Digits and numerals that are never part of a number: fullwidth, Devanagari, Thai, N'Ko, superscript,
# subscript, vulgar fractions, Roman, circled and mathematical digits.
OTHER_DIGITS = "０１２３４５６７８９०१२३४५६७८९๐๑๒߀߁߂²³¹⁰⁴₀₁₂½¼¾⅓ⅫⅣ①②𝟎𝟏𝟐𝟗"
SEPARATORS = ("٫", "٬", ",", ".", "،", "’", "'", "\u00a0", "\u2009", "\u202f", "-", "–", "/", ":", " ")
MARKS = ("\u200f", "\u200e", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
         "\u2069", "\u061c", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u0640", "\u064b", "\u0651")
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"
MARKUP = ("# ", "## ", "**", "*", "_", "`", "```\n", "> ", "- ", "1. ", "[", "](http://x/1)", "![a](b.png)",
          "<!-- ", " -->", "| ", " |", "\n---\n", "<b>", "</b>", "<p>", "</p>", "<script>", "</script>",
          "&amp;", "&#1633;", "&#x661;", "&nbsp;", "<br>", "<a href='2024'>", "</a>", "\n\n", "\n", "\t")
WORDS = (
    "مليون", "ألف", "آلاف", "ألفان", "مليار", "دولار", "دينار عراقي", "في المئة", "٪", "%", "بأكثر من",
    "نحو", "بين", "و", "من", "إلى", "تموز/يوليو", "الثلاثاء", "العام", "منذ", "النصف الأول", "الماضية",
    "الأشهر الستة الماضية", "سنة", "مقتل", "عنصرا", "آخرين", "في العراق", "على الأقل", "قتل", "خلال الـ",
    "العام الماضي", "في تموز", "million", "billion", "bn", "k", "$", "€", "£", "percent", "more than",
    "at least", "about", "between", "and", "to", "July", "Monday", "since", "first half of", "the past",
    "years", "days", "last year", "this month", "in June", "killed", "detained", "in Iraq", "a", "half",
    "a dozen", "twenty-one", "hundred", "COVID-19", "F-16", "G20", "المادة", "+964 770 123 4567", "10:30",
    "1.2.3", "(", ")", "#", "USD", "EUR", "IQD", "per cent", "points",
)
# The places a figure's text is built from, in one list for both generators.
_KINDS = ("digits", "other", "sep", "mark", "letters", "word", "markup", "space", "lexicon")


def _lexicon_words() -> tuple[str, ...]:
    words: set[str] = set()
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        for table in (lex.qual_before, lex.qual_after, lex.scales, lex.cur_before, lex.cur_after,
                      lex.percent, lex.duration, lex.months, lex.numbers, lex.fractions, lex.ordinals):
            words.update(list(table)[:80])
    return tuple(sorted(words))


LEXICON_WORDS = _lexicon_words()


# -- random (bench) ------------------------------------------------------------------------------------
def random_piece(rng: random.Random) -> str:
    kind = rng.choice(_KINDS)
    if kind == "digits":
        script = rng.choice(DIGIT_SCRIPTS)
        return "".join(rng.choice(script) for _ in range(rng.randint(1, 12)))
    if kind == "other":
        return "".join(rng.choice(OTHER_DIGITS) for _ in range(rng.randint(1, 4)))
    if kind == "sep":
        return rng.choice(SEPARATORS)
    if kind == "mark":
        return rng.choice(MARKS)
    if kind == "letters":
        return "".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(1, 7)))
    if kind == "word":
        return rng.choice(WORDS)
    if kind == "markup":
        return rng.choice(MARKUP)
    if kind == "space":
        return rng.choice((" ", " ", "  ", "\n", " \u00a0"))
    return rng.choice(LEXICON_WORDS)


def random_text(rng: random.Random, pieces: int = 30) -> str:
    """One hostile text of up to ``pieces`` pieces, joined by spaces or glued."""
    parts = [random_piece(rng) for _ in range(rng.randint(1, pieces))]
    return (" " if rng.random() < 0.6 else "").join(parts)


# -- hypothesis (tests) --------------------------------------------------------------------------------
_digits = st.sampled_from(DIGIT_SCRIPTS).flatmap(lambda script: st.text(alphabet=script, min_size=1,
                                                                         max_size=12))
_fragment = st.one_of(
    _digits,
    st.text(alphabet=OTHER_DIGITS, min_size=1, max_size=4),
    st.sampled_from(SEPARATORS),
    st.sampled_from(MARKS),
    st.text(alphabet=ARABIC_LETTERS, min_size=1, max_size=7),
    st.sampled_from(WORDS),
    st.sampled_from(MARKUP),
    st.sampled_from(LEXICON_WORDS),
    st.text(max_size=6),
)
texts = st.lists(_fragment, min_size=1, max_size=30).flatmap(
    lambda parts: st.sampled_from([" ", ""]).map(lambda glue: glue.join(parts)))


# -- running and checking ------------------------------------------------------------------------------
def document(text: str, form: str) -> Document:
    """``text`` read as a plain, Markdown or HTML article (as load_document reads a file's text)."""
    if form == "md":
        parsed = _parse_markdown(text, "<fuzz>.md")
    elif form == "html":
        parsed = _parse_html(text)
    else:
        return Document(path="<fuzz>.txt", text=text, prose=text, lang=detect_language(text))
    return Document(path=f"<fuzz>.{form}", text=text, prose=parsed.prose, lang=detect_language(parsed.prose),
                    published=parsed.published)


def claim_problems(text: str, claims: Sequence[Claim]) -> list[str]:
    """The invariants a result breaks: offsets, bounds, overlaps and white space at a claim's edges."""
    problems: list[str] = []
    previous_end = 0
    for claim in claims:
        if text[claim.start : claim.end] != claim.text:
            problems.append("text is not original[start:end]")
        if not claim.text or claim.text != claim.text.strip():
            problems.append("text starts or ends with white space")
        if claim.start < previous_end:
            problems.append("claims overlap")
        previous_end = max(previous_end, claim.end)
        v, lo, hi = claim.value, claim.lower, claim.upper
        if (lo is not None and hi is not None and lo > hi) or (v is not None and (
                (lo is not None and lo > v) or (hi is not None and v > hi))):
            problems.append("bounds do not hold the value")
    return problems


def extract(text: str, form: str, published: dt.date | None = None) -> list[Claim]:
    doc = document(text, form)
    if published is not None:
        doc = doc.model_copy(update={"published": published})
    return extract_document(doc)


PUBLISHED = (None, dt.date(2024, 7, 16), dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2000, 2, 29))


FORMS = ("txt", "md", "html")
