"""Places as a reader of the news names them: ل before the article (للعراق), a clitic before a word
that is not a place (والجنين), a name with a number word in it (بئر السبع), St. Petersburg; and an
Arabic place pattern that costs little to build and stays linear to match."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from factcheck.extract import extract_text
from factcheck.lexicon import load_lexicon, strip_clitics, trie_pattern
from factcheck.rules import rules_dir
from factcheck.scan import scanner
from factcheck.textnorm import fold


def places(text: str, lang: str = "ar") -> list[tuple[str, tuple[str, ...]]]:
    return [(claim.text, claim.place) for claim in extract_text(text, lang)]


@pytest.mark.parametrize(("text", "want"), [
    ("قدمت الحكومة 500 مليون دولار للعراق.", ("Iraq",)),
    ("خصص الصندوق 20 مليون دولار للسودان.", ("Sudan",)),
    ("خصص الصندوق 10 ملايين دولار لليمن.", ("Yemen",)),
    ("خصص الصندوق 10 ملايين دولار وللسودان.", ("Sudan",)),
    ("خصص الصندوق 10 ملايين دولار فللعراق.", ("Iraq",)),
    ("خصص الصندوق 7 ملايين دولار للاذقية.", ("Latakia",)),  # ل + اللاذقية: two lams, not three
    ("خصص الصندوق 7 ملايين دولار وللاذقية.", ("Latakia",)),
    ("خصص الصندوق 7 ملايين دولار للبنان.", ("Lebanon",)),  # ل + لبنان, no article
])
def test_lam_before_the_article_is_written_lam_lam(text: str, want: tuple[str, ...]) -> None:
    assert places(text)[0][1] == want


@pytest.mark.parametrize("token", ["للعراق", "وللعراق", "فللعراق"])
def test_the_place_pattern_matches_lam_lam_and_strip_clitics_restores_the_article(token: str) -> None:
    pattern = scanner("ar").places
    assert pattern is not None
    match = pattern.search(f"قدمت 5 ملايين {token} أمس")
    assert match is not None and match.group() == token
    assert "العراق" in strip_clitics(token)


def test_a_name_with_the_article_matches_after_lam() -> None:
    names = scanner("ar").names
    assert names is not None
    text = fold("دعوة لمجموعة العشرين وللحرب العالمية الثانية").text  # (the scanner reads folded text)
    assert [m.group() for m in names.finditer(text)] == ["لمجموعه العشرين", "وللحرب العالميه الثانيه"]
    text = fold("في ذكرى للحرب العالمية الثانية").text  # ل + الحرب
    assert [m.group() for m in names.finditer(text)] == ["للحرب العالميه الثانيه"]


# Every clitic form before the article: a conjunction, a preposition, both, and ل + ال written لل.
_CLITICS = ["و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"]


@pytest.mark.parametrize("word", ["الجنين", "الحمص", "الجدة"])
@pytest.mark.parametrize("clitic", [*_CLITICS, "ل", "ول", "فل"])
def test_a_not_place_wins_over_a_place_for_every_clitic(word: str, clitic: str) -> None:
    form = (clitic[:-1] + "لل" + word[2:]) if clitic.endswith("ل") else clitic + word
    text = f"أجرى الأطباء 40 عملية {form} أمس."
    assert places(text) == [("40", ())], form


@pytest.mark.parametrize(("form", "want"), [("وجنين", "Jenin"), ("بجنين", "Jenin"), ("وحمص", "Homs"),
                                            ("لجدة", "Jeddah"), ("ولجدة", "Jeddah")])
def test_the_place_itself_keeps_its_clitics(form: str, want: str) -> None:
    assert places(f"قتل 12 شخصا {form}.") == [("12", (want,))]


def test_the_arabic_place_pattern_is_not_one_trie_per_clitic() -> None:
    # Building (and compiling) a trie with some 24 clitic forms of each of ~630 places cost over a second
    # a process; the prefixes stand once in front of the names.
    lex = load_lexicon("ar")
    names = trie_pattern(sorted(p for p in lex.places if p))
    pattern = scanner("ar").places
    assert pattern is not None
    assert len(pattern.pattern) < 4 * len(names)


def test_the_arabic_place_pattern_stays_linear() -> None:
    pattern = scanner("ar").places
    assert pattern is not None
    # Words that open with every clitic and then almost spell a place: the worst a prefix group retries.
    chunk = "وللعراقي فبالسودانية كالجنينة وليمني والعرا للبنا ولل بال "
    timings = []
    for n in (2_000, 8_000):
        text = chunk * n
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            assert not any(True for _ in pattern.finditer(text))
            best = min(best, time.perf_counter() - start)
        timings.append(best)
    assert timings[1] < 10 * timings[0]  # 4x the text: linear is about 4x, quadratic 16x


@pytest.mark.parametrize("text", ["قتل 5 أشخاص في بئر السبع.", "سقطت 5 صواريخ على بئر السبع.",
                                  "سقطت 5 صواريخ وبئر السبع."])
def test_beersheba_is_a_place_and_its_seven_no_figure(text: str) -> None:
    assert places(text) == [("5", ("Beersheba",))]


def test_beersheba_in_english() -> None:
    assert places("Rockets hit 5 homes in Beersheba.", "en") == [("5", ("Beersheba",))]


def test_the_number_seven_still_reads_beside_a_well() -> None:
    assert [str(c.value) for c in extract_text("حفر سبع آبار في القرية", "ar")] == ["7"]



def test_st_ends_no_sentence_so_st_petersburg_is_a_place() -> None:
    assert places("Police arrested 40 people in St. Petersburg. Most were freed.", "en") == [
        ("40", ("Saint Petersburg",))]


def test_washington_dc_with_its_comma_before_a_figure() -> None:
    text = "The storm hit the East Coast. In Washington, D.C., police arrested 40 people."
    assert places(text, "en") == [("40", ("Washington, D.C.",))]


def test_dateline_check_tried_only_where_a_place_may_open_decides_the_same() -> None:
    """context._may_open_dateline tries the place pattern only at the letters a place opens with
    (Scanner.place_firsts): the same answer as trying it at every line's start."""
    from pathlib import Path

    from factcheck.context import _may_open_dateline
    from factcheck.documents import iter_paths, load_document

    root = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    texts = [fold(load_document(p).prose).text for p in iter_paths([str(root)], [])]
    datelines = ("BAGHDAD, July 17 (Reuters) - Iraq said", "# Title\n\n  * Kuwait - 12 (KUNA) -",
                 "\n\n> **بغداد (رويترز) -** قال", "بيروت - 24 - 11 (كونا) --")
    texts += [fold(t).text for t in datelines]
    seen = set()
    for lang in ("ar", "en"):
        sc = scanner(lang)
        assert sc.places is not None and sc.place_firsts
        for text in texts:
            got = _may_open_dateline(sc.places, text, sc.place_firsts)
            assert got == _may_open_dateline(sc.places, text)
            seen.add(got)
    assert seen == {True, False}


@pytest.mark.parametrize(("text", "want"), [
    ("ارتفع سعر لتر البنزين في عمّان إلى 920 فلسا.", ("Amman",)),  # the shadda: Amman
    ("ارتفع سعر لتر البنزين بعمّان إلى 920 فلسا.", ("Amman",)),
    ("ارتفع سعر لتر البنزين في عمان إلى 920 فلسا.", ("Oman",)),  # bare عمان stays Oman
    ('---\ntitle: "عمّان: رفع أسعار المحروقات"\nlang: ar\n---\nارتفع سعر لتر البنزين إلى 920 فلسا.\n',
     ("Amman",)),  # the headline's place, read as written
])
def test_a_shadda_tells_amman_from_oman(text: str, want: tuple[str, ...]) -> None:
    assert places(text)[-1][1] == want


@pytest.mark.parametrize(("text", "want"), [
    # an article that names Jordan (places.yaml senses) reads bare عمان as Amman, headline included
    ('---\ntitle: "عمان: رفع أسعار المحروقات"\nlang: ar\n---\nارتفع سعر لتر البنزين الأردني إلى 920 فلسا.\n',
     ("Amman",)),
    ("عمان (بترا) - ارتفع عدد العاملين في عمان إلى 920 ألفا.", ("Amman",)),
    ("ارتفع سعر لتر البنزين في عمان إلى 239 بيسة، بحسب الهيئة العمانية.", ("Oman",)),  # no cue: Oman
])
def test_bare_amman_spelling_reads_as_amman_in_an_article_on_jordan(text: str, want: tuple[str, ...]) -> None:
    assert places(text)[-1][1] == want


def test_a_sense_without_cues_or_a_known_spelling_is_a_rules_error(tmp_path: Path) -> None:
    from factcheck.errors import RulesError
    from factcheck.lexicon import Lexicon, _load_places

    for entry in ({"spelled": ["عمان"]}, ["عمان"], {"spelled": ["زحلة الكبرى"], "cues": ["الأردن"]}):
        data = {"places": {"Oman": ["عمان"], "Amman": ["عمان العاصمة"]}, "senses": {"Amman": entry}}
        with pytest.raises(RulesError, match="senses"):
            _load_places(Lexicon(lang="ar"), data, tmp_path / "places.yaml")


def test_every_name_of_the_containment_table_is_a_canonical_place() -> None:
    """rules/consistency/places.yaml names places by their canonical names; a name YAML splits (an
    unquoted "Washington, D.C." read as "Washington" and "D.C.") or misspells contains nothing."""
    canonical = set(yaml.safe_load((rules_dir().parent / "en" / "places.yaml").read_text("utf-8"))["places"])
    within = yaml.safe_load((rules_dir() / "places.yaml").read_text("utf-8"))["within"]
    unknown = sorted({name for outer, inner in within.items() for name in (outer, *inner)} - canonical)
    assert unknown == []
