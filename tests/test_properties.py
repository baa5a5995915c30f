"""Properties of the extractor that must hold for any input, checked on generated text.

Random Unicode never crashes it and every claim points at its own text in the original; numbers
written out in words (English up to 999,999,999, Arabic up to 999,999) read back as themselves; the
three digit scripts give the same values; pathological lines finish quickly.
"""

from __future__ import annotations

import base64
import datetime as dt
import gc
import random
import time
from collections.abc import Callable
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.claims import Claim
from factcheck.extract import extract_text
from factcheck.lexicon import load_lexicon

# -- generators ------------------------------------------------------------------------------------
_WESTERN = "0123456789"
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"

# Pieces that exercise folding, separators, clitics and lexicon words, mixed into random text.
_PIECES = [
    "مليون", "ألف", "آلاف", "ألفان", "مليار", "دولار", "دينار عراقي", "في المئة", "٪", "%", "بأكثر من",
    "نحو", "بين", "و", "من", "إلى", "تموز/يوليو", "الثلاثاء", "العام", "منذ", "النصف الأول",
    "الأشهر الستة الماضية", "مقتل", "عنصرا", "آخرين", "في العراق", "million", "billion", "bn", "k", "$", "€",
    "£", "percent", "more than", "between", "and", "to", "July", "Monday", "since", "first half of",
    "killed", "detained", "in Iraq", "a", "half", "a dozen", "twenty-one", "hundred", ".", ",", "،", "٫",
    "٬", "-", "–", "/", ":", "+", "(", ")", "#", "\u0640", "\u064b", "\u0651", "\u200f", "\u200e", "\u202b",
    "\u2066", "\u200d", "\ufeff", "\u00a0", "\u202f", "\n", "\n\n", " ", "  ", "COVID-19", "F-16", "G20",
    "المادة", "+964 770 123 4567", "10:30", "1.2.3",
]

_digits = st.sampled_from([_WESTERN, _ARABIC_INDIC, _PERSIAN]).flatmap(
    lambda script: st.text(alphabet=script, min_size=1, max_size=12))
_arabic_text = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=20)
_fragments = st.one_of(st.text(max_size=20), _arabic_text, _digits, st.sampled_from(_PIECES))
texts = st.lists(_fragments, max_size=25).map(" ".join) | st.lists(_fragments, max_size=25).map("".join)


def _check_spans(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text), claim
        assert text[claim.start : claim.end] == claim.text, claim
        line_start = text.rfind("\n", 0, claim.start) + 1
        assert claim.line == text.count("\n", 0, claim.start) + 1
        assert claim.column == claim.start - line_start + 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["ar", "en", None]))
@example(text="ثمانٍ\u200f", lang="ar")
@example(text="\u0640\u0640٥٬٠٠٠\u0640 دولار", lang="ar")
@example(text="\ufeff1.", lang="en")
@example(text="10000000000000000000billion", lang="en")  # 29 digits: wider than the default context
def test_any_text_gives_claims_that_point_at_their_own_text(text: str, lang: str | None) -> None:
    claims = extract_text(text, lang)
    _check_spans(text, claims)
    starts = [c.start for c in claims]
    assert starts == sorted(starts), "claims come in document order"
    assert all(a.end <= b.start for a, b in pairwise(claims)), "claims never overlap"


# -- number words read back as themselves ---------------------------------------------------------
_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_EN_UNITS[hundreds], "hundred"]
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else ""))
    elif rest:
        words.append(_EN_UNITS[rest])
    return words


def english_words(n: int) -> str:
    """0..999,999,999 in words, as a newsroom writes them: "seven hundred twenty-one thousand twelve"."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        group, n = divmod(n, scale)
        if group:
            words += _en_below_thousand(group) + ([name] if name else [])
    return " ".join(words)


_AR_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_AR_TENS = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_AR_HUNDREDS = ["", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة",
                "تسعمائة"]


def _ar_below_hundred(n: int) -> str:
    if n <= 10:
        return _AR_UNITS[n]
    if n == 11:
        return "أحد عشر"
    if n == 12:
        return "اثنا عشر"
    if n < 20:
        return f"{_AR_UNITS[n - 10]} عشر"
    tens, unit = divmod(n, 10)
    return f"{_AR_UNITS[unit]} و{_AR_TENS[tens]}" if unit else _AR_TENS[tens]


def _ar_below_thousand(n: int, *, construct: bool = False) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        # Before a counted noun the dual loses its nun: مائتا ألف.
        parts.append("مائتا" if hundreds == 2 and construct and not rest else _AR_HUNDREDS[hundreds])
    if rest:
        parts.append(_ar_below_hundred(rest))
    return " و".join(parts)


def _ar_thousands(t: int) -> str:
    """The thousands of a number: the counted noun agrees with the last two digits of the count."""
    if t == 1:
        return "ألف"
    if t == 2:
        return "ألفان"
    last = t % 100
    if t >= 100 and last in (1, 2):
        # مائة ألف وألف (101,000), ثلاثمائة ألف وألفان (302,000)
        return f"{_ar_below_thousand(t - last, construct=True)} ألف و{_ar_thousands(last)}"
    noun = "ألف" if last == 0 else "آلاف" if 3 <= last <= 10 else "ألفا"
    return f"{_ar_below_thousand(t, construct=True)} {noun}"


def arabic_words(n: int) -> str:
    """1..999,999 in the standard masculine nominative: "ثلاثة آلاف وخمسمائة وعشرون"."""
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(_ar_thousands(thousands))
    if rest:
        parts.append(_ar_below_thousand(rest))
    return " و".join(parts)


def _one_claim(text: str, lang: str) -> Claim:
    claims = extract_text(text, lang)
    assert len(claims) == 1, f"{text!r} gave {[c.text for c in claims]}"
    assert (claims[0].start, claims[0].end) == (0, len(text)), f"{text!r} read only {claims[0].text!r}"
    return claims[0]


def test_the_word_generators_write_what_a_newsroom_writes() -> None:
    assert english_words(721_012) == "seven hundred twenty-one thousand twelve"
    assert english_words(999_999_999).startswith("nine hundred ninety-nine million")
    assert arabic_words(3520) == "ثلاثة آلاف وخمسمائة وعشرون"
    assert arabic_words(125_000) == "مائة وخمسة وعشرون ألفا"
    assert arabic_words(200_000) == "مائتا ألف"
    assert arabic_words(101_000) == "مائة ألف وألف"


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=999_999_999))
@example(n=0)
@example(n=721_012)
@example(n=100_000_000)
@example(n=999_999_999)
def test_english_number_words_read_back(n: int) -> None:
    text = english_words(n)
    assert _one_claim(text, "en").value == n


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=1, max_value=999_999))
@example(n=3520)
@example(n=11)
@example(n=111_000)
@example(n=101_000)
@example(n=103_000)
@example(n=115)
@example(n=999_999)
def test_arabic_number_words_read_back(n: int) -> None:
    text = arabic_words(n)
    assert _one_claim(text, "ar").value == n


# -- digit scripts ----------------------------------------------------------------------------------
def _script(text: str, digits: str) -> str:
    return text.translate(str.maketrans(_WESTERN, digits))


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**15 - 1), decimals=st.integers(min_value=0, max_value=3),
       grouped=st.booleans())
def test_three_digit_scripts_give_the_same_value(n: int, decimals: int, grouped: bool) -> None:
    value = Decimal(n).scaleb(-decimals)
    western = f"{value:,f}" if grouped else f"{value:f}"
    values = set()
    for digits, point, comma in ((_WESTERN, ".", ","), (_ARABIC_INDIC, "٫", "٬"), (_PERSIAN, "٫", "٬")):
        text = _script(western, digits).replace(".", point).replace(",", comma)
        claim = _one_claim(text, "ar")
        values.add((claim.value, claim.grain))
    assert len(values) == 1, values
    # A four-digit number in the range of years is read as a year; its value is the same.
    assert values.pop()[0] == value


# -- pathological input ---------------------------------------------------------------------------
def _blob(size: int) -> str:
    """A base64 data blob, as pasted into an article's HTML: letters and digits, never a space."""
    chunk = base64.b64encode(random.Random(7).randbytes(3 * 4096)).decode()
    return (chunk * (size // len(chunk) + 1))[:size]


@pytest.mark.parametrize("make", [
    pytest.param(lambda: "7" * 5_000_000, id="5-million-digit line"),
    pytest.param(lambda: _blob(10_000_000), id="10 MB base64 line"),
    pytest.param(lambda: ("ابتثجحخ" * 1_500_000)[:10_000_000], id="10 MB Arabic word"),
    pytest.param(lambda: ("عدد٥٠٠نازحwith12k$في" * 500_000)[:10_000_000],
                 id="10 MB of glued words and digits"),
])
def test_pathological_lines_finish_quickly(make: Callable[[], str]) -> None:
    """A hang guard, not a speed target: a few seconds on an idle machine, 20-40 s on a loaded shared
    one; a step that retried from every position of a 10 MB line would take days."""
    text = make()
    began = time.perf_counter()
    claims = extract_text(text, "ar")
    took = time.perf_counter() - began
    assert took < 90, f"{took:.1f} s"
    _check_spans(text, claims[:1000])


def _seconds(text: str, lang: str = "en", published: dt.date | None = None) -> float:
    """The best of five runs with the garbage collector held off (a busy machine or a collection slows
    one run of a few tens of milliseconds, not all five); the first run of a process also warms the
    caches, which a ratio of two timings must not count."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            began = time.perf_counter()
            extract_text(text, lang, published=published)
            best = min(best, time.perf_counter() - began)
    finally:
        gc.enable()
    return best


def test_time_grows_linearly_with_the_number_of_dated_sentences() -> None:
    """Every figure looks for its period among those of the text: four times the sentences, each with
    a figure and a year, takes about four times as long, not sixteen."""
    sentence = "قتل 5 أشخاص في الموصل عام 2024 وأصيب 7 آخرون. "

    small, large = sentence * 500, sentence * 2_000
    assert len(extract_text(large, "ar")) == 6_000
    published = dt.date(2024, 7, 1)
    ratio = _seconds(large, "ar", published) / _seconds(small, "ar", published)
    assert ratio < 8, f"x4 sentences took x{ratio:.1f} the time"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_long_run_of_white_space_after_any_lexicon_word_is_read_once(lang: str) -> None:
    """After every kind of word the patterns start from (months, places, names, qualifiers, currencies,
    scales, units, numbers), a run of spaces four times as long costs about four times as much, not
    sixteen: a pattern or a tokeniser that retried the run from each of its positions went quadratic
    (a window ending in 4,000 spaces took seconds)."""
    lex = load_lexicon(lang)
    tables = (lex.months, lex.places, lex.names, lex.qual_before, lex.cur_before, lex.cur_after,
              lex.scales, lex.duration, lex.numbers, lex.ordinals, lex.fractions)
    words = sorted({key.split(" ")[0] for table in tables for key in list(table)[:60]})
    words += ["في", "من", "بين", "between", "from", "in", "and", "ونصف", "العام", "last"]

    def seconds(gap: int) -> float:
        text = "".join(f"{word}{' ' * gap}5 " for word in words)
        began = time.perf_counter()
        extract_text(text, lang, published=dt.date(2024, 7, 1))
        return time.perf_counter() - began

    ratio = seconds(4_000) / seconds(1_000)
    assert ratio < 8, f"x4 white space took x{ratio:.1f} the time"


def test_time_grows_linearly_with_the_number_of_figures() -> None:
    """A line of figures four times as long takes about four times as long, not sixteen."""
    small, large = "1, " * 1_500, "1, " * 6_000
    assert len(extract_text(large, "en")) == 6_000  # (and the caches warm before either is timed)
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 8, f"x4 figures took x{ratio:.1f} the time"
