"""Extraction as a user meets it: the JSON contract of `factcheck extract`, offsets into the original
file, digits in three scripts, and the claims of whole news sentences."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from factcheck.claims import Claim, Kind, Qualifier
from factcheck.documents import iter_paths, load_document
from factcheck.extract import describe, detect_lang, extract_document, extract_text

ARTICLE_AR = """\
---
title: حصيلة نصف عام
date: 2024-07-18
lang: ar
---
# حصيلة نصف عام

أعلنت القيادة أن القوات نفذت ١٩٦ عملية في النصف الأول من العام ۲۰۲۴، منها 137 في العراق و59 في سوريا.

وأسفرت العمليات عن مقتل ٤٤ عنصرا واحتجاز ۱۶۶ آخرين، وتعهد المانحون بأكثر من 20 مليار دولار.
"""

ARTICLE_EN = """\
---
title: Half-year toll
date: 2024-07-18
---
U.S. Central Command said its forces carried out **196 operations** in Iraq and Syria in the first half
of 2024. Some 44 ISIS operatives were killed and 166 detained, and donors pledged $1.5bn.
"""

CLAIM_FIELDS = {"id", "kind", "text", "start", "end", "line", "column", "value", "lower", "upper",
                "qualifier", "unit", "concept", "period", "place"}


def run_extract(*paths: Path) -> dict[str, Any]:
    """`factcheck extract --format json` in a child process, as CI runs it."""
    done = subprocess.run([sys.executable, "-m", "factcheck", "extract", "--format", "json", "--no-cache",
                           *map(str, paths)], capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    payload: dict[str, Any] = json.loads(done.stdout)
    return payload


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, str]]:
    folder = tmp_path_factory.mktemp("articles")
    files = {"ar.md": ARTICLE_AR, "en.md": ARTICLE_EN}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    payload = run_extract(folder / "ar.md", folder / "en.md")
    texts = {str(folder / name): text for name, text in files.items()}
    return payload, texts


def claims_of(payload: dict[str, Any], suffix: str) -> list[dict[str, Any]]:
    doc = next(d for d in payload["documents"] if d["path"].endswith(suffix))
    claims: list[dict[str, Any]] = doc["claims"]
    return claims


def test_json_contract_fields(extracted: tuple[dict[str, Any], dict[str, str]]) -> None:
    payload, _ = extracted
    assert payload["schema"] == "factcheck/extract/v1"
    docs = {Path(d["path"]).name: d for d in payload["documents"]}
    assert set(docs) == {"ar.md", "en.md"}
    assert docs["ar.md"]["lang"] == "ar" and docs["en.md"]["lang"] == "en"
    assert docs["ar.md"]["published"] == "2024-07-18"
    for doc in docs.values():
        assert doc["claims"], doc["path"]
        for claim in doc["claims"]:
            assert set(claim) >= CLAIM_FIELDS, claim
            assert claim["kind"] in {k.value for k in Kind}
            assert claim["qualifier"] in {q.value for q in Qualifier}
            for field in ("value", "lower", "upper"):
                assert claim[field] is None or isinstance(claim[field], str)
            assert isinstance(claim["place"], list)


def test_json_offsets_lines_and_columns_point_into_the_file(
        extracted: tuple[dict[str, Any], dict[str, str]]) -> None:
    payload, texts = extracted
    for doc in payload["documents"]:
        text = texts[doc["path"]]
        lines = text.split("\n")
        for claim in doc["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"]
            line = lines[claim["line"] - 1]
            assert line[claim["column"] - 1 :].startswith(claim["text"].split("\n")[0])
            assert claim["id"] == f"L{claim['line']}C{claim['column']}"


def test_json_arabic_claims_read_all_three_scripts(extracted: tuple[dict[str, Any], dict[str, str]]) -> None:
    payload, _ = extracted
    got = {c["text"]: c for c in claims_of(payload, "ar.md")}
    assert got["١٩٦"]["value"] == "196" and got["١٩٦"]["concept"] == "operations"
    assert got["١٩٦"]["period"] == {"start": "2024-01-01", "end": "2024-06-30"}
    assert got["۲۰۲۴"]["kind"] == "year"
    assert got["137"]["place"] == ["Iraq"] and got["59"]["place"] == ["Syria"]
    assert (got["٤٤"]["value"], got["٤٤"]["concept"]) == ("44", "killed")
    assert (got["۱۶۶"]["value"], got["۱۶۶"]["concept"]) == ("166", "detained")
    pledge = got["بأكثر من 20 مليار دولار"]
    assert pledge["kind"] == "money" and pledge["qualifier"] == "more_than"
    assert (pledge["value"], pledge["lower"], pledge["upper"]) == ("20000000000", "20000000000", None)


def test_json_markdown_markup_is_not_part_of_a_claim(
        extracted: tuple[dict[str, Any], dict[str, str]]) -> None:
    payload, _ = extracted
    got = {c["text"]: c for c in claims_of(payload, "en.md")}
    assert got["196"]["concept"] == "operations"
    assert got["$1.5bn"]["value"] == "1500000000" and got["$1.5bn"]["unit"] == "USD"
    assert got["Some 44"]["qualifier"] == "approx" and got["Some 44"]["lower"] is None
    assert got["166"]["concept"] == "detained"


def test_cli_reads_a_directory_and_says_nothing_on_stderr_when_clean(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("قتل ٣ أشخاص.", encoding="utf-8")
    payload = run_extract(tmp_path)
    [doc] = payload["documents"]
    assert [c["value"] for c in doc["claims"]] == ["3"]


# -- the library ---------------------------------------------------------------------------------
@pytest.mark.parametrize("digits", ["196", "١٩٦", "۱۹۶"])
def test_every_digit_script_gives_the_same_claim(digits: str) -> None:
    [claim] = extract_text(f"نفذت القوات {digits} عملية في العراق.", "ar",
                           published=dt.date(2024, 7, 18))
    assert claim.text == digits
    assert (claim.value, claim.concept, claim.place) == (Decimal(196), "operations", ("Iraq",))


@pytest.mark.parametrize(("text", "value", "grain"), [
    ("١٬٢٣٤٬٥٦٧", "1234567", 0),
    ("۱٬۲۳۴٫۵", "1234.5", -1),
    ("٢٫٥ مليون", "2500000", 5),
    ("۲٫۵ میلیون", None, None),  # Persian words are not Arabic words: only the digits are read
])
def test_separators_of_the_arabic_scripts(text: str, value: str | None, grain: int | None) -> None:
    claims = extract_text(text, "ar")
    if value is None:
        assert [c.text for c in claims] == ["۲٫۵"]
        return
    [claim] = claims
    assert (claim.value, claim.grain, claim.text) == (Decimal(value), grain, text)


def test_a_sentence_final_stop_and_the_arabic_comma_are_not_decimals() -> None:
    claims = extract_text("بلغ العدد 44، ثم ارتفع إلى 166.", "ar")
    assert [(c.text, c.value) for c in claims] == [("44", Decimal(44)), ("166", Decimal(166))]


def test_percentages_and_percentage_points_stay_apart() -> None:
    claims = extract_text("ارتفعت البطالة من 14.5٪ إلى 16.5 في المئة، أي 2 نقطة مئوية.", "ar")
    units = {c.text: c.unit for c in claims}
    assert units == {"14.5٪": "percent", "16.5 في المئة": "percent", "2 نقطة مئوية": "percentage_point"}


def test_claims_in_several_lines_get_their_own_line_and_column() -> None:
    text = "مقدمة\nقتل 5\n\n  وأصيب ١٢ آخرون"
    claims = extract_text(text, "ar")
    assert [(c.text, c.line, c.column) for c in claims] == [("5", 2, 5), ("١٢", 4, 9)]


def test_a_reference_phrase_is_described_with_the_same_lexicons() -> None:
    assert describe("ISIS operatives killed in Iraq and Syria") == ("killed", "members", ("Iraq", "Syria"))
    assert describe("عناصر داعش الذين قتلوا في العراق") == ("killed", "members", ("Iraq",))


def test_the_words_of_a_place_name_give_a_reference_phrase_no_concept() -> None:
    """"الولايات المتحدة" holds the word of provinces, but it is a place's name: "قيمة الاستثمارات في
    الولايات المتحدة" is about the United States, not about provinces (as in an article, where the
    place masks its words)."""
    assert describe("قيمة الاستثمارات في الولايات المتحدة", "ar") == (None, None, ("United States",))
    assert describe("عدد الولايات التي فاز بها المرشح", "ar")[0] == "provinces"
    assert describe("people killed in the United Arab Emirates", "en") == (
        "killed", "people", ("United Arab Emirates",))


def test_an_arabic_phrase_matches_with_the_article_on_its_later_words() -> None:
    """A construct is made definite by the article on its last word: "مناصب الشغل" and "فرص العمل"
    are the entries "مناصب شغل" and "فرص عمل", in a reference phrase and beside a figure."""
    assert describe("مناصب الشغل المباشرة التي يوفرها المصنع", "ar")[0] == "jobs"
    claims = extract_text("وأتاحت الشركة 3000 من فرص العمل", "ar")
    assert [(c.text, c.concept) for c in claims] == [("3000", "jobs")]


def test_a_verb_read_only_before_a_figure_is_its_noun_in_a_reference_phrase() -> None:
    """"أسر" is "captured" only before a figure (concepts.yaml before_only); a what states none, so
    "الأسر النازحة" counts families, and its concept is the next word's."""
    assert describe("الأسر النازحة إلى المخيمات", "ar") == ("displaced", "families", ())


@pytest.mark.parametrize(("text", "lang"), [
    ("قتل 5 أشخاص", "ar"),
    ("5 people were killed", "en"),
    ("٥", "en"),  # no letters: English by default
    ("قتل 5 people", "ar"),
])
def test_language_detection(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_a_period_is_quoted_as_the_article_writes_it() -> None:
    """The period's words come from the original text, not the folded one (إلى, not الي)."""
    text = "سجّلت 30 هجمة في الفترة من كانون الثاني إلى حزيران."
    claim = extract_text(text, "ar", published=dt.date(2024, 7, 16))[0]
    assert claim.period is not None
    assert claim.period.text == "من كانون الثاني إلى حزيران"
    assert (claim.period.start, claim.period.end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_every_corpus_claim_round_trips_through_the_model() -> None:
    """A claim dumped and validated again is the same claim (no field loses its type on the way)."""
    root = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    claims = [c for p in iter_paths([str(root)], []) for c in extract_document(load_document(p))]
    assert len(claims) > 200
    for claim in claims:
        assert Claim.model_validate(claim.model_dump()) == claim


def test_claims_are_built_as_validation_builds_them() -> None:
    """The extractor builds its claims without validating them (extract._claim): validating the same
    fields gives the same claim, field by field and type by type, with the same fields set."""
    root = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    claims = [c for p in iter_paths([str(root)], []) for c in extract_document(load_document(p))]
    claims += extract_text("The army killed 45 people in Gaza in 2023, up 5% from 40 last year.", "en")
    assert len(claims) > 200
    for claim in claims:
        validated = Claim.model_validate(dict(claim.__dict__))
        assert validated == claim and repr(validated) == repr(claim)
        assert list(validated.__dict__) == list(claim.__dict__)
        assert [type(v) for v in validated.__dict__.values()] == [type(v) for v in claim.__dict__.values()]
        assert claim.model_fields_set == validated.model_fields_set == set(Claim.model_fields)
        assert claim.model_dump_json() == validated.model_dump_json()
        assert claim.__pydantic_extra__ is None and claim.__pydantic_private__ is None


# -- compounds, qualifiers and the numbers people write -------------------------------------------
@pytest.mark.parametrize(("text", "figure", "value"), [
    ("سجلت الوزارة ٩٥ ألفا و٣٧٤ حالة.", "٩٥ ألفا و٣٧٤", "95374"),
    ("عبرت القناة 22 ألفا و148 سفينة.", "22 ألفا و148", "22148"),
    ("أدلى مليوناً و250 ألف ناخب بأصواتهم.", "مليوناً و250 ألف", "1250000"),
    ("بلغ عدد السكان 3 ملايين و200 ألف نسمة.", "3 ملايين و200 ألف", "3200000"),
    ("بلغ عدد السكان ثلاثة ملايين ومئتي ألف نسمة.", "ثلاثة ملايين ومئتي ألف", "3200000"),
    # "others" after a number not of whole hundreds: the rest of the figure, 35,748 others
    ("وأصيب 35 ألفا و748 آخرون.", "35 ألفا و748", "35748"),
])
def test_a_scale_word_and_a_smaller_number_joined_by_wa_are_one_figure(text: str, figure: str,
                                                                        value: str) -> None:
    [claim] = extract_text(text, "ar")
    assert (claim.text, claim.value) == (figure, Decimal(value))


@pytest.mark.parametrize(("text", "claims"), [
    # The second number is not smaller than the first one's scale: a range.
    ("يتراوح العدد بين 20 ألفا و30 ألفا.", [("بين 20 ألفا و30 ألفا", None)]),
    # "others": a second group, not the rest of the first figure.
    ("قتل 20 ألفا و500 آخرين.", [("20 ألفا", "20000"), ("500", "500")]),
    # A dual with its noun is two of the scale.
    ("نزح مليونا شخص.", [("مليونا", "2000000")]),
    # In English a bare number after "and" is another figure.
    ("The flood displaced 2 million and 300 others were hurt.", [("2 million", "2000000"), ("300", "300")]),
])
def test_what_a_scale_compound_does_not_join(text: str, claims: list[tuple[str, str | None]]) -> None:
    got = extract_text(text)
    assert [(c.text, None if c.value is None else str(c.value)) for c in got] == claims


@pytest.mark.parametrize("text", [
    "قتل 5 على الأقل 8 منهم أطفال.",
    "2 million roughly 6 months",
    "أصيب 20 أو أكثر نحو 12 منهم.",
    "Rescuers found 40 or fewer 10 hours later.",
    "وصل 300 تقريبا لم يتجاوز 20 منهم الحدود.",
])
def test_a_qualifier_between_two_figures_belongs_to_one_of_them(text: str) -> None:
    first, second = extract_text(text)
    assert first.end <= second.start, (first.text, second.text)
    spans = [text[c.start : c.end] for c in (first, second)]
    words = [w for w in ("على الأقل", "roughly", "أو أكثر", "or fewer", "تقريبا") if w in text]
    assert sum(w in s for w in words for s in spans) == 1, spans


@pytest.mark.parametrize(("ar", "en"), [
    ("300 أو أكثر", "300 or more"),
    ("300 أو أقل", "300 or fewer"),
    ("300 كحد أقصى", "300 at most"),
    ("تجاوز 300", "exceeded 300"),
    ("لم يتجاوز 300", "did not exceed 300"),
    ("قارب 300", "neared 300"),
    ("نحو الـ300", "about 300"),
])
def test_a_bound_reads_the_same_in_both_languages(ar: str, en: str) -> None:
    [a] = extract_text(ar, "ar")
    [e] = extract_text(en, "en")
    assert (a.text, e.text) == (ar, en)
    assert (a.qualifier, a.lower, a.upper) == (e.qualifier, e.lower, e.upper)


@pytest.mark.parametrize(("text", "value"), [
    ("thirty-five hundred", "3500"),
    ("3 hundred", "300"),
    ("10 bln", "10000000000"),
    ("5 mln", "5000000"),
    ("1.2 tn", "1200000000000"),
])
def test_numbers_as_people_write_them(text: str, value: str) -> None:
    [claim] = extract_text(f"Officials counted {text} on Monday.", "en")
    assert (claim.text, claim.value) == (text, Decimal(value))


@pytest.mark.parametrize(("text", "lang"), [
    ("وقالت الشرطة إن 20 شخصا لقوا حتفهم في المدينة، و12 آخرين في بلدة زاريا.", "ar"),
    ("Police said 20 people died in the city and 12 others in a nearby town.", "en"),
])
def test_a_noun_after_a_preposition_of_place_is_not_what_the_figure_counts(text: str, lang: str) -> None:
    """"و12 آخرين في بلدة زاريا": the town is where the twelve died; they are people, as the figure
    before them, not towns."""
    assert [(c.value, c.counted) for c in extract_text(text, lang)] == [(20, "people"), (12, "people")]


@pytest.mark.parametrize(("text", "lang"), [
    ("أغلقت الوزارة 1000 قضية تتعلق بتشغيل الأطفال خلال 2023.", "ar"),
    ("Police opened 40 investigations involving children last year.", "en"),
    ("Gunmen launched 12 attacks targeting civilians last year.", "en"),
])
def test_a_noun_after_a_linking_word_is_not_what_the_figure_counts(text: str, lang: str) -> None:
    """"1,000 cases involving child labour" counts cases: the noun phrase of the figure ends before a
    word that attaches another noun to it (linking_words), as before a preposition of place."""
    [claim] = [c for c in extract_text(text, lang) if c.kind is Kind.COUNT]
    assert claim.counted is None


def test_a_figure_hyphened_to_its_noun_counts_that_noun_only() -> None:
    """"a six-storey building housing foreign workers": six storeys, a modifier of the building; the
    workers after it are not what the figure counts."""
    [claim] = extract_text("A fire tore through a six-storey building housing foreign workers.", "en")
    assert (claim.value, claim.counted) == (6, None)


def test_a_year_after_a_comparison_word_is_the_basis_of_a_change_not_its_period() -> None:
    """"ارتفعت بنسبة 52 في المئة مقارنة بعام 2019": 2019 is what the change is measured against; the
    rise is of no period it states (the figure takes none, rather than 2019)."""
    [claim, _] = extract_text("ارتفعت أعداد الزوار الدوليين بنسبة 52 في المئة مقارنة بعام 2019.", "ar",
                              published=dt.date(2025, 2, 12))
    assert claim.period is None


@pytest.mark.parametrize("text", [
    "وتزيد الميزانية الجديدة بنسبة 13.6 في المئة على عام 2024.",
    "وتزيد الميزانية الجديدة بنسبة 13.6 في المئة على ميزانية عام 2024.",
    "وارتفعت الصادرات 13.6 في المئة مقارنة بموازنة عام 2024.",
])
def test_a_year_after_a_change_and_on_or_a_year_noun_is_the_basis_of_the_change(text: str) -> None:
    """"تزيد بنسبة 13.6 في المئة على ميزانية عام 2024": after a changed figure, "على" (periods.yaml
    compared_after_change) makes the year the basis of the change, with the noun the year is of
    (year_of: ميزانية, موازنة) between them too; the rise is of no period it states."""
    [claim, _] = extract_text(text, "ar", published=dt.date(2024, 10, 8))
    assert claim.period is None, text


def test_a_relative_clause_after_the_basis_year_of_a_change_is_of_that_year() -> None:
    """"بمقدار 8 نقاط مقارنة بدورة عام 2009 التي سجلوا فيها 368 نقطة": 2009 is the basis of the change,
    no period of the 8 points, and the period of the 368 points its relative clause states."""
    text = "وتحسن أداء الطلبة في الرياضيات بمقدار 8 نقاط مقارنة بدورة عام 2009 التي سجلوا فيها 368 نقطة."
    claims = {c.text: c for c in extract_text(text, "ar", published=dt.date(2013, 12, 3))}
    then = claims["368 نقطة"].period
    assert then is not None and (then.start, then.end) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))


def test_a_fiscal_year_named_by_its_noun_is_a_period() -> None:
    """"مشروع قانون الموازنة العامة للسنة المالية 2024 بإجمالي نفقات يبلغ 12.4 مليار دينار": "السنة
    المالية" and "العام المالي" name a year (periods.yaml year_word) as "عام" does."""
    for text in ("أقر المجلس مشروع قانون الموازنة العامة للسنة المالية 2024 بإجمالي نفقات يبلغ 12.4 مليار "
                 "دينار.", "وتبلغ النفقات في العام المالي 2024 نحو 12.4 مليار دينار."):
        claims = extract_text(text, "ar", published=dt.date(2024, 1, 17))
        [claim] = [c for c in claims if c.kind.value == "money"]
        assert claim.period is not None and claim.period.end == dt.date(2024, 12, 31), text


def test_a_year_after_a_time_word_is_no_object_of_a_distant_verb_of_bound() -> None:
    """"ويتجاوز بكثير الرقم القياسي السابق المسجل في 2011": the verb of bound that opens the clause
    bounds its object, not a year after "في" (a year, exact); "يناهز دينها العام 80 بالمائة" keeps
    its bound ("العام" is "public" there, and 80 is no year)."""
    [year] = extract_text("ويتجاوز بكثير الرقم القياسي السابق المسجل في 2011 إبان الثورات.", "ar")
    assert (year.kind, year.qualifier) == (Kind.YEAR, Qualifier.EXACT)
    [debt] = extract_text("وتواجه تونس، التي يناهز دينها العام 80 بالمائة من ناتجها، صعوبات.", "ar")
    assert debt.qualifier is Qualifier.APPROX


def test_a_period_from_a_day_after_publication_has_no_end_before_its_start() -> None:
    """"as of March 1, 2025" in an article of 12 February: the figure holds from that day on; the
    span up to publication would end before it starts."""
    [claim, _] = extract_text("Wages will rise to 7,000 pounds a month as of March 1, 2025.", "en",
                              published=dt.date(2025, 2, 12))
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (dt.date(2025, 3, 1), None)


def test_a_tally_as_of_a_past_day_is_that_days_figure() -> None:
    """"53 reports of battery problems as of Sept. 1" in an article of 2 September: the tally on that
    day (periods.yaml as_of), not a figure for the days since it."""
    [claim, _] = extract_text("The company had received 53 reports of battery problems as of Sept. 1.", "en",
                              published=dt.date(2016, 9, 2))
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (dt.date(2016, 9, 1), dt.date(2016, 9, 1))


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("غرق القارب قبالة سواحل اليمن وعلى متنه 260 شخصا، هم 115 صوماليا و135 إثيوبيا.", "ar",
     [("260", ("Yemen",)), ("115", ("Yemen",)), ("135", ("Yemen",))]),
    ("The carmaker sold 1.8 million China-made cars in Germany last year.", "en",
     [("1.8 million", ("Germany",))]),
])
def test_a_name_right_after_a_figure_is_what_it_counts_not_its_place(
        text: str, lang: str, places: list[tuple[str, tuple[str, ...]]]) -> None:
    """"و135 إثيوبيا" are 135 Ethiopians (the gentilic reads as the country's name), "1.8 million
    China-made cars" are cars made in China: neither is where the figure is."""
    assert [(c.text, c.place) for c in extract_text(text, lang)] == places


def test_a_capitals_code_after_the_in_a_list_is_an_item_with_its_verb_left_out() -> None:
    """"the SPD 120" after "The AfD gets 152 seats," is a party's seats, the verb left out, not a code
    like a flight's ("flight EK 203")."""
    text = "The AfD gets 152 seats, the SPD 120, the Greens 85 and the Left 64."
    assert [c.text for c in extract_text(text, "en")] == ["152", "120", "85", "64"]
    assert extract_text("Passengers on flight EK 203 were delayed.", "en") == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("ارتفع سعر لتر الكاز من 515 إلى 685 فلسا.", "ar",
     [("515", "0.515", "dinar"), ("685 فلسا", "0.685", "dinar")]),
    ("ارتفع الإنتاج من 1.2 إلى 1.5 مليون برميل يوميا.", "ar",
     [("1.2", "1200000", "barrel_per_day"), ("1.5 مليون برميل يوميا", "1500000", "barrel_per_day")]),
    ("Unemployment rose from 20 to 25 percent.", "en",
     [("20", "20", "percent"), ("25 percent", "25", "percent")]),
    ("Revenue rose from 3 to $4 billion.", "en",
     [("3", "3000000000", "USD"), ("$4 billion", "4000000000", "USD")]),
    # ... not across a factor of more than ten: "from 500 to 1.2 million" is no 500 million
    ("Sales rose from 500 to 1.2 million units.", "en",
     [("500", "500", "count"), ("1.2 million", "1200000", "count")]),
])
def test_a_bare_figure_before_the_level_reached_takes_its_scale_and_unit(
        text: str, lang: str, want: list[tuple[str, str, str]]) -> None:
    """"من 515 إلى 685 فلسا": the price before the rise is 515 fils, 0.515 of a dinar, as the first end of
    a range takes the second's unit; a before and an after, two figures, not a range."""
    assert [(c.text, str(c.value), c.unit) for c in extract_text(text, lang)] == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("يبلغ الإنتاج المطلوب في آب/أغسطس 9.767 مليون برميل يوميا.", "ar",
     [("آب/أغسطس", None), ("9.767 مليون برميل يوميا", "9767000")]),
    ("وفي نيسان/أبريل ١٫٢ مليون برميل.", "ar", [("نيسان/أبريل", None), ("١٫٢ مليون برميل", "1200000")]),
    ("Output in August 9,767 barrels.", "en", [("August", None), ("9,767 barrels", "9767")]),
    # a day after its month is still one: "August 9, 2024"
    ("Prices rose on August 9, 2024.", "en", [("August 9, 2024", None)]),
])
def test_a_number_after_a_month_name_is_no_day_when_its_digits_go_on(
        text: str, lang: str, want: list[tuple[str, str | None]]) -> None:
    """"في آب/أغسطس 9.767 مليون برميل": 9 is the whole part of 9.767 million, no 9 August."""
    got = [(c.text, None if c.value is None else str(c.value)) for c in extract_text(text, lang)]
    assert got == want
