"""Folding: one spelling for every variant, and offsets that always lead back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_text
from factcheck.textnorm import FOLD_TABLE, fold, fold_word

TATWEEL = "\u0640"
FATHA, DAMMA, KASRATAN, SHADDA, SUKUN = "\u064e", "\u064f", "\u064d", "\u0651", "\u0652"
RLM, LRM, RLE, PDF, RLI, PDI = "\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069"
ZWJ, ZWNJ, ALM, BOM, SOFT_HYPHEN = "\u200d", "\u200c", "\u061c", "\ufeff", "\u00ad"
REMOVED = [TATWEEL, FATHA, DAMMA, KASRATAN, SHADDA, SUKUN, RLM, LRM, RLE, PDF, RLI, PDI, ZWJ, ZWNJ, ALM, BOM,
           SOFT_HYPHEN]


@pytest.mark.parametrize(("variant", "folded"), [
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    ("١٢٣٬٤٥٦٫٧٨", "123,456.78"),
    ("١٢٪", "12%"),
    ("أإآٱا", "ااااا"),
    ("مدينة", "مدينه"),
    ("مستشفى", "مستشفي"),
    ("یک", "يك"),  # Persian yeh and kaf
    ("U.S. Dollars", "u.s. dollars"),
    ("10–20 10—20 10−20", "10-20 10-20 10-20"),
    ("5\u00a0000", "5\u202f000"),
    ("it\u2019s", "it's"),
])
def test_variants_fold_to_one_spelling_of_the_same_length(variant: str, folded: str) -> None:
    assert fold(variant).text == folded
    assert fold_word(variant) == folded.strip()


def test_text_without_removable_marks_keeps_its_offsets() -> None:
    text = "نفذت القوات ١٩٦ عملية، وأنفقت 20 مليار دولار."
    folded = fold(text)
    assert len(folded.text) == len(text)
    assert all(folded.orig(i) == i for i in range(len(text) + 1))


@pytest.mark.parametrize("mark", REMOVED, ids=lambda m: f"U+{ord(m):04X}")
def test_marks_without_letters_are_removed(mark: str) -> None:
    text = f"خمسة{mark} آلاف{mark} دولار"
    assert fold(text).text == "خمسه الاف دولار"


def test_each_folded_letter_maps_back_to_its_own_letter() -> None:
    text = f"{RLM}بأكثر{TATWEEL}{TATWEEL} من{SHADDA} ٢٠ مليـ{TATWEEL}ـار{FATHA} دولار{RLM}"
    folded = fold(text)
    for i, ch in enumerate(folded.text):
        assert text[folded.orig(i)].translate(FOLD_TABLE) == ch, i


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([chr(k) for k in FOLD_TABLE] + list("aZ5 ءابت")), max_size=40))
def test_folding_any_mix_of_variants_equals_a_per_character_translation(text: str) -> None:
    """fold() replaces variant by variant; the result must not depend on the order of replacement."""
    assert fold(text).text == text.translate(FOLD_TABLE)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(st.text(max_size=6), st.sampled_from(REMOVED)), max_size=30))
@example(parts=[TATWEEL, TATWEEL, "٥", RLM])
def test_offsets_map_back_for_any_text(parts: list[str]) -> None:
    text = "".join(parts)
    folded = fold(text)
    previous = -1
    for i, ch in enumerate(folded.text):
        j = folded.orig(i)
        assert j > previous, "the map keeps the order"
        assert fold(text[j]).text == ch
        assert folded.orig_end(i + 1) == j + 1, "a span ending at a letter ends after it in the original"
        previous = j
    assert folded.orig_end(0) == 0


# -- through the extractor: claim text is a slice of the original --------------------------------
@pytest.mark.parametrize(("text", "claim", "value"), [
    ("أنفقت الوزارة أربعـــة آلاف دينار.", "أربعـــة آلاف دينار", "4000"),
    ("قتل خمسةُ عشرَ مدنيًّا", "خمسةُ عشرَ", "15"),
    ("بلغ العدد ثمانٍ", "ثمانٍ", "8"),
    (f"{RLM}تعهد المانحون بـ{RLM}٢٫٥{RLM} مليار دولار{RLM}", f"٢٫٥{RLM} مليار دولار", "2500000000"),
    (f"{RLI}وصل ١٫٢ مليون لاجئ{PDI} إلى الأردن", "١٫٢ مليون", "1200000"),
    (f"{BOM}نحو ۵۰۰ نازح", "نحو ۵۰۰", "500"),
    ("بلغت الموازنة ١٩٨٫٩ ترليـــون دينار", "١٩٨٫٩ ترليـــون دينار", "198900000000000"),
])
def test_claims_point_at_the_original_text(text: str, claim: str, value: str) -> None:
    claims = extract_text(text, "ar")
    assert [c.text for c in claims] == [claim]
    got = claims[0]
    assert text[got.start : got.end] == claim
    assert str(got.value) == value


def test_numerals_of_other_scripts_fold_to_one_symbol_that_no_digit_test_takes() -> None:
    """Fullwidth, Devanagari, superscript, fraction and Roman numerals are never part of a number: each
    folds to one symbol (the same length, so offsets hold) that neither isdigit() nor \\d takes."""
    text = "１２ १२ ² ½ Ⅻ 𝟏 ① ١٢ ۱۲ 12"
    folded = fold(text).text
    assert len(folded) == len(text)
    assert folded.split(" ")[-3:] == ["12", "12", "12"]
    assert not any(c.isdigit() or c.isnumeric() for c in folded.replace("12", ""))


def test_no_numeral_lies_beyond_the_range_textnorm_scans() -> None:
    import sys

    from factcheck import textnorm

    assert not [cp for cp in range(textnorm._NUMERAL_END, sys.maxunicode + 1)
                if chr(cp).isalnum() and not chr(cp).isalpha()]
