"""Identity from words: a figure joined to the reference fact whose `what` its nearby words name when
no concept joins them (factcheck.lexmatch), restatements marked by "the"/"الـ" compared with the earlier
figure they share words with, and a verb of bound before its subject. Our own sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from consistency_cases import run_case

from factcheck.check import check_paths
from factcheck.findings import CheckResult, Finding
from factcheck.lexmatch import CLOSE, SENTENCE_WEIGHT, figure_words, in_stretch, phrase_words, score, shared

YEAR = {"start": "2023-01-01", "end": "2023-12-31"}


def _findings(result: CheckResult) -> list[Finding]:
    """The findings less the unsupported claims (FC900)."""
    return [f for f in result.findings if f.rule != "FC900"]


def _found(result: CheckResult) -> list[tuple[str, str]]:
    return [(f.rule, f.claim.text) for f in _findings(result)]


def _check(tmp_path: Path, **case: Any) -> CheckResult:
    return run_case(case, tmp_path)


def _english_case(tmp_path: Path, source: str, facts: list[dict[str, str]], title: str,
                  body: str) -> tuple[list[str], list[str]]:
    """An English article published 2025-01-14 and a reference file of ``facts``: the paths to check."""
    reference = tmp_path / "facts.yaml"
    reference.write_text(yaml.safe_dump({"source": source, "facts": facts}), encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text(f"---\nlang: en\ndate: 2025-01-14\ntitle: {title}\n---\n{body}\n", encoding="utf-8")
    return [str(article)], [str(reference)]


def test_a_fact_named_by_the_words_around_a_figure_is_its_counterpart(tmp_path: Path) -> None:
    facts = [{"what": what, "value": value, "unit": "count", "period": YEAR} for what, value in (
        (["stolen cars", "السيارات المسروقة"], "1245"), (["recorded crimes", "الجرائم المسجلة"], "26000"),
        (["murders", "جرائم القتل"], "110"))]
    text = "وبلغ عدد السيارات المسروقة خلال عام 2023 نحو 1425 سيارة."
    result = _check(tmp_path, text=text, reference=facts)
    [finding] = _findings(result)
    assert (finding.rule, finding.claim.text) == ("FC103", "نحو 1425")
    assert any("named near the figure" in e for e in finding.evidence)
    assert finding.against is not None and finding.against.claim.value == 1245


def test_a_measure_meets_a_fact_given_as_a_count_of_its_unit(tmp_path: Path) -> None:
    facts = [{"what": "new generating capacity added to the grid in megawatts", "value": "2300",
              "unit": "count", "period": YEAR},
             {"what": "peak electricity demand in megawatts", "value": "31000", "unit": "count",
              "period": YEAR}]
    text = "In 2023 the ministry added 2,800 megawatts of new generating capacity to the grid."
    assert _found(_check(tmp_path, text=text, reference=facts)) == [("FC101", "2,800 megawatts")]


def test_a_measure_does_not_meet_a_fact_that_counts_things(tmp_path: Path) -> None:
    """A fact whose what opens with "number of" (عدد) counts things: the weekly ration of 3 kilograms
    named beside the camps is no statement of how many camps there are."""
    facts = [{"what": "عدد مخيمات اللاجئين", "value": "26", "unit": "count", "period": YEAR},
             {"what": "number of schools in the camps", "value": "40", "unit": "count", "period": YEAR}]
    for text in ("ولا تتجاوز الحصة الغذائية الأسبوعية للفرد في المخيمات 3 كيلوغرامات من الذرة عام 2023.",
                 "In 2023 the weekly ration in the camps' schools was no more than 3 kilograms of maize."):
        assert _found(_check(tmp_path, text=text, reference=facts)) == []


def test_a_word_with_a_hyphenated_prefix_is_no_statement_of_its_tail() -> None:
    """"semi-final" is no final, "non-oil" no oil, "vice-president" no president: a prefix joined by a
    hyphen makes one word with what follows, met by the same word written either way (semifinal)."""
    text = "They won the semi-final on June 27, and non-oil revenue and the vice-president's pay rose 5%."
    at = text.index("June 27")
    near = figure_words(text, (at, at + 7), (0, len(text)), [], "en")
    assert not {"final", "oil", "president"} & set(near)
    assert {"semi-final", "semifinal", "non-oil", "vice-president"} <= set(near)
    assert score(phrase_words("date of the semifinal")["en"], near, {})[0] > 0
    assert score(phrase_words("date of the final")["en"], near, {})[0] == 0
    # Arabic writes the fraction as a word of its own: "نصف النهائي" (and its glossary entry) is one word
    text = "وفاز المنتخب في مباراة نصف النهائي يوم 15 يناير."
    at = text.index("15")
    near = figure_words(text, (at, at + 2), (0, len(text)), [], "ar")
    assert "نصفنهائي" in near and not {"نهائي", "النهائي"} & set(near)
    assert score(phrase_words("موعد المباراة النهائية")["ar"], near, {})[1] == ["مبار"]
    assert score(phrase_words("date of the semi-final")["ar"], near, {})[0] > 0


def test_a_fact_goes_to_the_figure_that_names_it_best(tmp_path: Path) -> None:
    facts = [{"what": "capacity of each turbine in megawatts", "value": "850", "unit": "count"},
             {"what": "total capacity of the plant in megawatts", "value": "5100", "unit": "count"},
             {"what": "turbines at the plant", "value": "6", "unit": "count"}]
    text = "Each of the six turbines has a capacity of 850 megawatts, giving the plant a total of 5,100 MW."
    result = _check(tmp_path, text=text, reference=facts)
    assert _found(result) == []
    assert sorted(v.claim.text for v in result.verified) == ["5,100 MW", "850 megawatts", "six"]


def test_a_figure_that_names_another_fact_best_takes_no_words_from_this_one(tmp_path: Path) -> None:
    """The freight figure names "coal loaded" by "loaded", better than the coal figure does, but it names
    its own fact far better: the coal fact stays the coal figure's, and 385 contradicts it."""
    facts = [{"what": "freight loaded by the national railway", "value": "1230000000", "unit": "tonne",
              "period": "2023"},
             {"what": "coal loaded", "value": "410000000", "unit": "tonne", "period": "2023"}]
    text = ("The national railway loaded a record 1,230 million tonnes of freight in 2023. Coal remained the "
            "mainstay of the network and accounted for 385 million tonnes.")
    result = _check(tmp_path, text=text, reference=facts, published="2024-01-20")
    assert _found(result) == [("FC101", "385 million tonnes")]
    assert [v.claim.text for v in result.verified] == ["1,230 million tonnes"]


def test_words_that_name_no_fact_join_nothing(tmp_path: Path) -> None:
    facts = [{"what": "stolen cars", "value": "1245", "unit": "count", "period": YEAR}]
    assert _found(_check(tmp_path, text="The city opened 40 new parks in 2023.", reference=facts)) == []


def test_a_restatement_with_the_is_compared_with_the_figure_it_shares_words_with(tmp_path: Path) -> None:
    text = ("Results for 2,140 candidates were cancelled for cheating, the council said. Some 90,000 "
            "students sat the exam.\n\nOfficials said most of the 2,410 cancelled results came from two "
            "counties.")
    assert _found(_check(tmp_path, text=text)) == [("FC105", "2,410")]


def test_an_arabic_restatement_with_the_article_on_the_number(tmp_path: Path) -> None:
    text = ("ويضم المشروع 8 آلاف وحدة سكنية في مرحلته الأولى.\n\nوقالت الوزارة إن 300 أسرة تسلمت منازلها.\n\n"
            "وأكدت الوزارة أن الوحدات الـ9 آلاف ستسلم العام المقبل.")
    assert _found(_check(tmp_path, text=text)) == [("FC105", "9 آلاف")]


def test_a_restatement_that_agrees_is_no_finding(tmp_path: Path) -> None:
    text = ("Results for 2,140 candidates were cancelled for cheating.\n\nMost of the 2,140 cancelled "
            "results came from two counties.")
    assert _found(_check(tmp_path, text=text)) == []


def test_a_verb_of_bound_before_its_subject_bounds_the_figure(tmp_path: Path) -> None:
    rate = {"what": ["overall pass rate", "نسبة النجاح العامة"], "value": "68", "unit": "percent",
            "period": YEAR}
    text = "وتجاوزت نسبة النجاح العامة في امتحانات هذا العام نحو 70 بالمئة."
    # approx 70: no bound stated (and within the three points an approximate percentage covers)
    assert _found(_check(tmp_path, text=text, reference=rate)) == []
    text = "وتجاوزت نسبة النجاح العامة في امتحانات هذا العام 70 بالمئة."
    assert _found(_check(tmp_path, text=text, reference=rate)) == [("FC108", "70 بالمئة")]


def test_nearer_words_weigh_more_and_function_words_none() -> None:
    text = "The ministry said the harvest of wheat reached 4 million tonnes, and barley 2 million."
    at = text.index("4 million")
    words = figure_words(text, (at, at + len("4 million tonnes")), (0, len(text)),
                         [(text.index("2 million"), len(text) - 1)], "en")
    assert words["wheat"] > words["ministry"] and "the" not in words and "said" not in words
    assert words["barley"] < words["wheat"]  # across a comma, on the way to the next figure
    assert words["ministry"] < words["wheat"] == 1.0
    cut = text.index("harvest")  # a figure there: the ministry is before it, a word of the sentence only
    before_cut = figure_words(text, (at, at + 9), (0, len(text)), [(cut, cut + 7)], "en")
    assert before_cut["ministry"] == SENTENCE_WEIGHT
    assert [sorted(w) for w in phrase_words("stolen cars")["en"]] == [["steal", "stolen"], ["car", "cars"]]
    assert shared({"car": 1.0, "cars": 1.0}, {"car": 0.8}, frozenset())[1] == ["car"]


def test_a_running_total_since_a_date_meets_the_same_tally_closed_on_a_day(tmp_path: Path) -> None:
    doses = {"what": "influenza vaccine doses administered", "value": "4100000", "unit": "count",
             "period": {"start": "2023-10-01", "end": "2024-01-15"}}
    text = "The ministry said 4.7 million influenza vaccine doses were given since 1 October 2023."
    assert _found(_check(tmp_path, text=text, published="2024-01-17", reference=doses)) == [
        ("FC101", "4.7 million")]


def test_a_slip_joins_the_only_fact_it_could_be_of_any_period(tmp_path: Path) -> None:
    crop = {"what": "gross value of winter crop production", "value": "24400000000", "unit": "AUD",
            "period": {"start": "2023-07-01", "end": "2024-06-30"}, "place": ["Australia"]}
    text = "Australia's farmers should earn about A$24.4 million at the farm gate, the bureau said."
    [finding] = _findings(_check(tmp_path, text=text, reference=crop))
    assert finding.rule == "FC102" and any("swapped digits away (weak match)" in e for e in finding.evidence)
    # a count of two digits is too often another quantity: no slip alone joins it
    seats = {"what": "seats won by the opposition", "value": "21", "unit": "count"}
    assert _found(_check(tmp_path, text="The coalition lost 12 ministers.", reference=seats)) == []


def test_a_what_that_names_its_unit_gives_the_fact_that_unit() -> None:
    from factcheck.references import unit_named

    assert unit_named("length of the strike in days") == "day"
    assert unit_named("capacity of each unit in megawatts") == "megawatt"
    assert unit_named("تقديرات محصول الحبوب بالقنطار") == "quintal"
    assert unit_named("people killed in Gaza") is None
    # every word of an Arabic unit of two words takes the article, not the first alone
    assert unit_named("كمية الغاز المصدرة سنويا بالمتر المكعب") == "cubic_metre"
    assert unit_named("مساحة الأراضي المزروعة بالكيلومتر المربع") == "square_km"


def test_a_what_that_states_its_values_in_a_scale_scales_them(tmp_path: Path) -> None:
    """"in million cubic metres": the fact's 300 is 300,000,000 cubic metres, which the article's "300
    million cubic metres" states (no scale slip), and "30 million cubic metres" is a slip of."""
    from factcheck.references import scale_named, unit_named

    assert (unit_named("yearly output of the plant in million cubic metres"), scale_named(
        "yearly output of the plant in million cubic metres")) == ("cubic_metre", 6)
    assert (unit_named("الإنتاج بآلاف الأطنان"), scale_named("الإنتاج بآلاف الأطنان")) == ("tonne", 3)
    assert scale_named("people killed in Gaza") is None
    fact = {"what": "yearly output of the desalination plant in million cubic metres", "value": "300",
            "unit": "count"}
    text = "The desalination plant will produce 300 million cubic metres of water a year."
    assert _found(_check(tmp_path, text=text, reference=fact)) == []
    slip = _found(_check(tmp_path, text=text.replace("300 million", "30 million"), reference=fact))
    assert [f[0] for f in slip] == ["FC101"]


def test_a_scale_after_a_comma_or_bracket_of_a_what_scales_its_values(tmp_path: Path) -> None:
    """"world cocoa grindings, million tonnes", "(thousand bags)", "، مليون طن": the unit and its scale
    after a comma or an opening bracket, as after "in"; a figure that starts there names no scale
    ("people screened, 100 Million Healthy Lives"). The article's "4.9 million tonnes" states the fact's
    4.9 then, no slip of a millionfold."""
    from factcheck.references import scale_named

    assert scale_named("world cocoa grindings, million tonnes") == 6
    assert scale_named("coffee exports (thousand 60-kg bags)") == 3
    assert scale_named("إنتاج القمح، مليون طن") == 6
    assert scale_named("people screened, 100 Million Healthy Lives") is None
    fact = {"what": "world cocoa grindings forecast, million tonnes", "value": "4.9", "unit": "count"}
    text = "Grinders worldwide are expected to process about 4.9 million tonnes of cocoa this season."
    assert _found(_check(tmp_path, text=text, reference=fact)) == []


def test_a_duration_fact_is_not_a_scale_slip_of_a_count(tmp_path: Path) -> None:
    days = {"what": "length of the strike in days", "value": "46", "unit": "count"}
    text = "At its peak the walkout involved about 46,000 workers."
    assert _found(_check(tmp_path, text=text, reference=days)) == []


def test_words_alone_join_no_figure_a_hundred_times_off(tmp_path: Path) -> None:
    text = "Two turbines at the plant were idle on Monday."
    far = {"what": "turbines installed at the plant", "value": "600", "unit": "count"}
    assert _found(_check(tmp_path, text=text, reference=far)) == []
    near = {**far, "value": "6"}
    assert _found(_check(tmp_path, text=text, reference=near)) == [("FC101", "Two")]


def test_a_strict_bound_at_a_round_source_figure_is_the_same_statement(tmp_path: Path) -> None:
    workers = {"what": "health workers taking part in the campaign", "value": "340000", "unit": "count"}
    text = "More than 340,000 health workers are taking part in the campaign."
    assert _found(_check(tmp_path, text=text, reference=workers)) == []
    text = "More than 350,000 health workers are taking part in the campaign."
    assert _found(_check(tmp_path, text=text, reference=workers)) == [("FC108", "More than 350,000")]


def test_a_change_without_a_sign_states_its_size(tmp_path: Path) -> None:
    fuel = {"what": "monthly change in gasoline prices", "value": "-3.8", "unit": "percent"}
    assert _found(_check(tmp_path, text="Gasoline prices fell 3.8% in the month.", reference=fuel)) == []
    assert _found(_check(tmp_path, text="Gasoline prices fell 4.8% in the month.", reference=fuel)) != []


def test_a_figure_named_as_a_threshold_restates_nothing(tmp_path: Path) -> None:
    text = "The alliance won 171 of the 329 seats.\n\nNo rival came near the 165 seats needed to govern."
    assert _found(_check(tmp_path, text=text)) == []


# Breakdowns with no word marking them (FC104 inferred_breakdown) -----------------------------------
def test_coordinated_figures_that_nearly_make_a_total_before_them_are_its_breakdown(tmp_path: Path) -> None:
    text = ("The country produced 5.25 million tons of copper last year.\n\nThe state miner produced 1.325 "
            "million tons, while private miners accounted for 3.825 million tons.")
    [finding] = [f for f in _check(tmp_path, text=text).findings if f.rule == "FC104"]
    assert finding.claim.text == "5.25 million tons" and finding.severity.value == "warning"
    assert any("no word marking it" in e for e in finding.evidence)


def test_an_inferred_breakdown_that_adds_up_is_no_finding(tmp_path: Path) -> None:
    text = ("The country produced 5.15 million tons of copper last year.\n\nThe state miner produced 1.325 "
            "million tons, while private miners accounted for 3.825 million tons.")
    assert [f for f in _check(tmp_path, text=text).findings if f.rule == "FC104"] == []


def test_figures_far_from_a_total_are_a_selection_not_a_breakdown(tmp_path: Path) -> None:
    text = ("Some 157,000 migrants arrived by sea last year.\n\nGuineans formed the largest group with "
            "18,204 arrivals, followed by Tunisians at 17,304.")
    assert [f for f in _check(tmp_path, text=text).findings if f.rule == "FC104"] == []


def test_parts_of_another_period_are_not_a_breakdown(tmp_path: Path) -> None:
    text = ("Arrivals reached 105,000 in 2022.\n\nIn 2023, 64,930 people arrived between January and June "
            "and 44,722 between July and December.")
    result = _check(tmp_path, text=text, published="2024-01-10")
    assert [f for f in result.findings if f.rule == "FC104"] == []


def test_a_breakdown_by_place_that_falls_short_names_the_worst_hit_places(tmp_path: Path) -> None:
    text = ("The death toll has risen to 2,946 in Morocco.\n\nAl Haouz province accounted for 1,684 of the "
            "dead, while neighbouring Taroudant counted 980.")
    assert [f for f in _check(tmp_path, text=text).findings if f.rule == "FC104"] == []


def test_figures_of_other_events_are_not_a_breakdown_of_a_count_of_operations(tmp_path: Path) -> None:
    text = "Forces carried out 196 operations, killing 44 fighters and detaining 166 others."
    assert [f for f in _check(tmp_path, text=text).findings if f.rule == "FC104"] == []


def test_the_more_specific_fact_wins_a_tie_of_words(tmp_path: Path) -> None:
    facts = [{"what": what, "value": value, "unit": "percent", "period": YEAR} for what, value in (
        ("unemployment rate", "13"), ("urban unemployment rate", "16.8"), ("rural unemployment rate", "6.3"))]
    text = "The urban unemployment rate rose to 17.8% in 2023, the planning agency said."
    assert _found(_check(tmp_path, text=text, reference=facts)) == [("FC101", "17.8%")]


def test_a_fact_named_weakly_may_still_confirm_the_figure(tmp_path: Path) -> None:
    facts = [{"what": "group operating profit on a consolidated basis", "value": "5350000000000",
              "unit": "JPY"},
             {"what": "operating profit forecast for the coming business year", "value": "4300000000000",
              "unit": "JPY"}]
    text = "Group operating profit is expected to fall to 4.3 trillion yen, the automaker said."
    result = _check(tmp_path, text=text, reference=facts)
    assert _found(result) == [] and [v.claim.text for v in result.verified] == ["4.3 trillion yen"]


def test_a_date_a_year_off_the_only_fact_of_its_day_and_month_is_a_slip_of_the_year(tmp_path: Path) -> None:
    opened = {"what": "date of the ceremony", "value": "2015-08-06", "unit": "date"}
    text = "افتتحت القناة الجديدة في 6 أغسطس آب 2016 بعد عام من الحفر."
    [finding] = _findings(_check(tmp_path, text=text, reference=opened))
    assert finding.rule == "FC107" and finding.claim.text == "6 أغسطس آب 2016"
    assert any("a slip of the year" in e for e in finding.evidence)
    text = "افتتحت القناة الجديدة في 9 أغسطس آب 2016 بعد عام من الحفر."  # another day: another event
    assert _findings(_check(tmp_path, text=text, reference=opened)) == []


def test_an_anniversary_or_a_record_dates_another_event(tmp_path: Path) -> None:
    """A date after an anniversary word has the event's day and month in another year on purpose ("the
    fourth anniversary of China's accession on 11 December 2001"), no slip of the year; a date a record
    is measured from ("the deadliest since the bombings of April 11") is an earlier event's day, and
    neither is compared with the reference date of the event reported."""
    joined = {"what": "date Saudi Arabia joined the organisation", "value": "2005-12-11", "unit": "date"}
    text = "ويصادف انضمام المملكة الذكرى الرابعة لانضمام الصين في 11 ديسمبر 2001 إلى المنظمة."
    assert _findings(_check(tmp_path, text=text, reference=joined)) == []
    text = "ويأتي انضمام المملكة بعد انضمام الصين في 11 ديسمبر 2001 إلى المنظمة."
    [finding] = _findings(_check(tmp_path, text=text, reference=joined))
    assert finding.rule == "FC107"
    bombed = {"what": "date of the bombings in the capital", "value": "2007-12-11", "unit": "date"}
    text = "It was the deadliest attack in the capital since the bombings of April 11, officials said.\n"
    assert _findings(_check(tmp_path, text=text, reference=bombed, published="2007-12-12")) == []


def test_a_verbal_noun_in_a_what_is_named_by_its_verb() -> None:
    """"موعد انطلاق الرالي" (the start of the rally) is named by "انطلق الرالي" (the rally started):
    the verbal noun of a derived verb is also read as the verb; موعد (date) tells nothing apart."""
    from factcheck import lexmatch

    assert "انطلق" in lexmatch.forms("ar", "انطلاق")
    assert "ارتفع" in lexmatch.forms("ar", "الارتفاع")
    assert lexmatch.forms("ar", "مسار") == frozenset({"مسار"})
    assert lexmatch.forms("ar", "موعد") == frozenset()


def test_a_broken_plural_names_its_singular(tmp_path: Path) -> None:
    """"عدد القضاة العاملين" (judges, a broken plural) is named by "850 قاضيا" (morphology.yaml
    broken_plurals): the 850 is a wrong statement of the 790 judges."""
    ref = tmp_path / "ref.yaml"
    ref.write_text(yaml.safe_dump({"source": "وزارة العدل", "facts": [
        {"what": "عدد القضاة العاملين", "value": "790", "unit": "count", "period": "2024",
         "place": "Jordan"},
        {"what": "المحامون المسجلون في النقابة", "value": "900", "unit": "count", "period": "2024",
         "place": "Jordan"}]}, allow_unicode=True), encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("---\nlang: ar\ndate: 2025-01-10\n---\nويعمل في محاكم الأردن 850 قاضيا في عام 2024، "
                       "وفق التقرير.\n", encoding="utf-8")
    assert _found(check_paths([str(article)], [str(ref)])) == [("FC101", "850")]


def test_an_irregular_english_plural_names_its_singular() -> None:
    """"children", "people", "women" (rules/en/morphology.yaml broken_plurals) share a form with
    "child", "persons", "woman", as "arrests" does with "arrest" through its ending."""
    from factcheck.lexmatch import forms

    for plural, singular in (("children", "child"), ("people", "persons"), ("women", "woman")):
        assert forms("en", plural) & forms("en", singular), (plural, singular)
    assert not forms("en", "children") & forms("en", "women")


def test_an_irregular_english_verb_names_its_noun(tmp_path: Path) -> None:
    """"sold" and "lost" (rules/en/morphology.yaml irregular_verbs) name a fact's "sales" and "losses":
    "sold 2,900 tonnes abroad" is a wrong statement of the 2,300 tonnes of wheat sales, not of the
    harvest that "wheat" names as well."""
    from factcheck.lexmatch import forms

    for form, noun in (("sold", "sales"), ("lost", "loss"), ("paid", "payment"), ("fled", "fleeing")):
        assert forms("en", form) & forms("en", noun), (form, noun)
    paths = _english_case(tmp_path, "Ministry of Agriculture", [
        {"what": "wheat sales", "value": "2300", "unit": "tonne", "period": "2024"},
        {"what": "wheat harvest", "value": "5100", "unit": "tonne", "period": "2024"}], "Farm exports",
        "Growers harvested 5,100 tonnes of wheat in 2024 and sold 2,900 tonnes abroad, the ministry said.")
    assert _found(check_paths(*paths)) == [("FC101", "2,900 tonnes")]


def test_every_word_of_a_what_beside_the_figure_names_it_whatever_its_counted_noun(tmp_path: Path) -> None:
    """"162 crew members were taken hostage" names "crew taken hostage" by all its words: "members" and
    "hostages", read from the lexicon, do not make it another quantity (the counted noun is assumed)."""
    result = check_paths(*_english_case(tmp_path, "Maritime bureau", [
        {"what": "crew taken hostage", "value": "126", "unit": "count", "period": "2024"},
        {"what": "vessels boarded", "value": "94", "unit": "count", "period": "2024"}], "Piracy report",
        "Pirates boarded 94 vessels in 2024. A total of 162 crew members were taken hostage during 2024, the "
        "bureau said."))
    assert _found(result) == [("FC103", "162")]
    assert any("counted" in line and "assumed" in line for line in result.findings[0].evidence)


def test_the_only_fact_of_a_placed_figure_needs_fewer_of_its_words(tmp_path: Path) -> None:
    """"Saudi Arabia came second with inflows of 12.7 billion dollars": one word of "foreign direct
    investment inflows" (of Saudi Arabia) stands beside the figure, but the other countries' facts are
    told apart by their place, so it is the only fact of its identity the words name."""
    facts = [{"what": "foreign direct investment inflows", "value": value, "unit": "USD",
              "period": "2023", "place": place}
             for place, value in (("United Arab Emirates", "30700000000"), ("Saudi Arabia", "12300000000"),
                                  ("Egypt", "9800000000"))]
    text = ("Saudi Arabia came second in the region with inflows of 12.7 billion dollars, ahead of the "
            "kingdom's neighbours.\n")
    result = _check(tmp_path, text=text, reference=facts, published="2024-06-21")
    assert _found(result) == [("FC101", "12.7 billion dollars")]


def test_a_derived_word_names_the_fact_its_verb_does(tmp_path: Path) -> None:
    """"valuing it at about $10.8 billion" names the fact "valuation of the company": lexical identity
    reads both without their derivational endings (valu-); the place words of a what ("in the United
    States") name no fact."""
    facts = [{"what": "valuation of the company", "value": "10200000000", "unit": "USD"},
             {"what": "shares sold in the offering", "value": "4657200000", "unit": "count"}]
    text = ("The company sold 4.66 billion shares at 1.60 dirhams apiece, valuing it at about $10.8 billion, "
            "it said.\n")
    result = _check(tmp_path, text=text, reference=facts, published="2024-11-26")
    assert ("FC101", "about $10.8 billion") in _found(result)
    from factcheck.lexmatch import phrase_words
    assert {w for word in phrase_words("total investment in the United States")["en"] for w in word} \
        == {"invest", "investment"}


def test_a_noun_of_an_act_in_ure_names_the_fact_its_verb_does(tmp_path: Path) -> None:
    """"ordered him to forfeit $12.9 billion" names the fact "forfeiture ordered against the leader":
    the noun of an act in -ure (forfeiture, departure, closure, seizure) is read as its verb, so the
    figure is the forfeiture's and not the fine's."""
    from factcheck.lexmatch import forms

    for noun, verb in (("forfeiture", "forfeit"), ("departures", "depart"), ("closure", "close"),
                       ("seizures", "seize")):
        assert forms("en", noun) & forms("en", verb), (noun, verb)
    facts = [{"what": "forfeiture ordered against the cartel leader", "value": "12600000000", "unit": "USD"},
             {"what": "witnesses at the trial", "value": "56", "unit": "count"}]
    text = ("The judge also ordered the former cartel leader to forfeit $12.9 billion, a sum prosecutors "
            "said reflected his proceeds.\n")
    result = _check(tmp_path, text=text, reference=facts, published="2019-07-17")
    assert _found(result) == [("FC101", "$12.9 billion")]


def test_words_of_one_root_skeleton_are_akin_at_a_lower_weight() -> None:
    """"المضبوطة" (seized) and "ضبط" (seizure), "الهاتفية" and "هاتفيا", "الجرحى" and "جريح" share a
    consonant skeleton (rules/ar/morphology.yaml root_skeleton) and so a form; a skeleton of two letters
    names too many words, and a skeleton form weighs less near a figure than the word itself."""
    from factcheck import lexmatch

    for a, b in (("المضبوطه", "ضبط"), ("الهاتفيه", "هاتفيا"), ("الجرحي", "جريح"), ("تفتيشيه", "فتش")):
        shared_forms = lexmatch.forms("ar", a) & lexmatch.forms("ar", b)
        assert any(f.startswith(lexmatch.ROOT) for f in shared_forms), (a, b)
    assert lexmatch.skeleton("ar", "خطا") is None
    assert not lexmatch.forms("ar", "مكتب") & lexmatch.forms("ar", "هاتف")
    text = "ضبطت الشرطة 185 خطا"
    near = figure_words(text, (12, 15), (0, len(text)), [], "ar")
    assert near["ضبط"] == 1.0 and near[lexmatch.ROOT + "ضبط"] == lexmatch.ROOT_WEIGHT


def test_a_fact_named_by_words_of_its_root_is_the_figures(tmp_path: Path) -> None:
    """"الخطوط الهاتفية المضبوطة" (the seized phone lines) is named by "ضبطت ... خطا هاتفيا" through the
    skeletons of المضبوطة/ضبطت and الهاتفية/هاتفيا, and told from the seized phone sets and the victims
    of phone fraud: the 185 is a wrong statement of the 145 lines."""
    facts = [{"what": what, "value": value, "unit": "count", "period": YEAR} for what, value in (
        ("ضحايا النصب الهاتفي", "340"), ("الخطوط الهاتفية المضبوطة", "145"),
        ("أجهزة الهاتف المحمول المضبوطة", "38"))]
    text = "وخلال عام 2023 ضبطت الشرطة 185 خطا هاتفيا، بحسب الوزارة."
    assert _found(_check(tmp_path, text=text, reference=facts)) == [("FC101", "185")]


def test_general_news_words_are_read_across_languages(tmp_path: Path) -> None:
    """An English fact's general words (waiting, main, customers, private, operator: glossary.yaml's
    general entries) name an Arabic article's figure: each a wrong statement of its fact."""
    year = {"start": "2023-01-01", "end": "2023-12-31"}
    cases = [
        ([("passengers waiting at the main border crossing", "5400"),
          ("trucks carrying humanitarian aid", "860"), ("aid workers deployed", "940")],
         "وخلال عام 2023 بلغ عدد المسافرين المنتظرين عند المعبر الرئيسي 7900 مسافر، وفق السلطات.", "7900"),
        ([("customers of the main private operator", "4800000"),
          ("towers built by the state operator", "9000"), ("subscribers of the state operator", "2100000")],
         "وخلال عام 2023 بلغ عدد عملاء المشغل الخاص الرئيسي 6.3 مليون عميل.", "6.3 مليون"),
    ]
    for n, (facts, text, figure) in enumerate(cases):
        reference = [{"what": what, "value": value, "unit": "count", "period": year, "place": "Jordan"}
                     for what, value in facts]
        folder = tmp_path / str(n)
        folder.mkdir()
        assert _found(_check(folder, text=text, reference=reference)) == [("FC101", figure)]


def test_a_figure_in_parentheses_before_a_figure_closes_no_stretch() -> None:
    """"إن المرشح (74 عاما) نال 5 ملايين صوت": the age in parentheses is an aside, so the candidate is
    in the votes' own stretch; a conversion in parentheses after a figure still closes it."""
    text = "وقال إن المرشح (74 عاما) نال أكثر من 5 ملايين صوت."
    age = (text.index("74"), text.index("74") + 7)
    votes = (text.index("أكثر"), text.index("صوت") + 3)
    near = figure_words(text, votes, (0, len(text)), [age], "ar")
    assert near["مرشح"] > SENTENCE_WEIGHT
    text = "Plate 7 sold for 55 million dirhams ($15 million) at a charity auction."
    sold = (text.index("55"), text.index("dirhams") + 7)
    dollars = (text.index("$15"), text.index("$15") + 11)
    near = figure_words(text, sold, (0, len(text)), [dollars], "en")
    assert near["auction"] == SENTENCE_WEIGHT


def test_a_slip_of_a_fact_named_by_its_words_meets_it_whatever_place_it_is_given(tmp_path: Path) -> None:
    """"an arms sales agreement worth $142 million" in a sentence set in the United States is a scale slip
    of the $142 billion arms agreement a reference places in Saudi Arabia: the words name the fact and
    the digits are its digits, so the place the sentence gives is a misreading (a warning). Without the
    fact's words ("a trade memorandum"), the place keeps them apart."""
    facts = [{"what": "value of the arms sales agreement", "value": "142000000000", "unit": "USD",
              "place": "Saudi Arabia", "period": "2025-05-13"},
             {"what": "Saudi investment pledge in the United States", "value": "600000000000", "unit": "USD",
              "place": "Saudi Arabia", "period": "2025-05-13"}]
    text = ("During the visit to the United States, officials signed an arms sales agreement worth "
            "$142 million, the White House said.")
    [finding] = _findings(_check(tmp_path, text=text, reference=facts, published="2025-05-14"))
    assert (finding.rule, finding.claim.text, finding.severity.value) == ("FC102", "$142 million", "warning")
    assert any("period or place told otherwise" in e for e in finding.evidence)
    text = "During the visit to the United States, officials signed a trade memorandum worth $142 million."
    assert _found(_check(tmp_path, text=text, reference=facts, published="2025-05-14")) == []


def test_a_fact_named_by_words_meets_a_figure_whose_places_hold_its_place(tmp_path: Path) -> None:
    """"a truce between Israel and Hamas, with 3,900 aid trucks entering the strip": the sentence names
    Gaza and Israel, the fact Gaza alone; its words name the fact, so the place left over (a party, an
    origin) is assumed and the 3,900 is a wrong statement of the 4,200 (a warning). Where a fact of the
    figure's own places is named as well, it is that one's ("140 killed in Iraq": the Iraq fact's, not
    the Iraq-and-Syria one's)."""
    facts = [{"what": "aid trucks entering Gaza", "value": "4200", "unit": "count", "place": "Gaza",
              "period": {"start": "2025-01-19", "end": "2025-01-25"}},
             {"what": "aid trucks entering Gaza on the first day", "value": "630", "unit": "count",
              "place": "Gaza", "period": "2025-01-19"}]
    text = ("Aid deliveries into Gaza surged after a truce between Israel and Hamas, with 3,900 aid trucks "
            "entering the strip in the first week, the UN said.")
    [finding] = _findings(_check(tmp_path, text=text, reference=facts, published="2025-01-27"))
    assert (finding.rule, finding.claim.text, finding.severity.value) == ("FC101", "3,900", "warning")
    facts = [{"what": "people killed", "value": "137", "unit": "count", "place": "Iraq", "period": "2024"},
             {"what": "people killed", "value": "196", "unit": "count", "place": ["Iraq", "Syria"],
              "period": "2024"}]
    text = "In 2024, 140 people were killed in Iraq, officials said."
    [finding] = _findings(_check(tmp_path, text=text, reference=facts, published="2025-01-27"))
    assert finding.rule == "FC101" and finding.against is not None and finding.against.claim.value == 137


def test_a_publication_day_date_in_the_body_dates_an_event(tmp_path: Path) -> None:
    """The publication day at the start of a line is the dateline ("مسقط، 14 مايو -"); further into the
    text it may date the event a reference dates otherwise ("بدأت التشغيل التجاري يوم الأربعاء 14 مايو"
    of the plant that began on 13 May: FC107)."""
    facts = [{"what": ["date the plant began commercial operation", "تاريخ بدء التشغيل التجاري للمحطة"],
              "value": "2025-05-13", "unit": "date"}]
    text = ("مسقط، 14 مايو - قالت الشركة إن المحطة الجديدة بدأت التشغيل التجاري يوم الأربعاء 14 مايو بطاقة "
            "كاملة، وفق بيان.")
    assert _found(_check(tmp_path, text=text, reference=facts, published="2025-05-14")) == \
        [("FC107", "الأربعاء 14 مايو")]
    text = text.replace("الأربعاء 14 مايو", "الثلاثاء 13 مايو")
    result = _check(tmp_path, text=text, reference=facts, published="2025-05-14")
    assert _found(result) == [] and [v.claim.text for v in result.verified] == ["الثلاثاء 13 مايو"]


def test_a_day_of_last_year_is_read_in_the_year_before_publication(tmp_path: Path) -> None:
    """"في 3 نوفمبر من العام الماضي" in an article of March 2024 is 3 November 2023: against a verdict a
    reference dates 2 November 2023 it is a date mismatch (FC107)."""
    facts = [{"what": "date the jury convicted Bankman-Fried", "value": "2023-11-02", "unit": "date"}]
    text = "وكانت هيئة المحلفين قد أدانت بانكمان فريد في 3 نوفمبر من العام الماضي بسبع تهم."
    assert _found(_check(tmp_path, text=text, reference=facts, published="2024-03-28")) == \
        [("FC107", "3 نوفمبر")]


def test_a_fact_with_a_value_wins_over_a_bound_of_the_same_identity(tmp_path: Path) -> None:
    """"killed 114 people, including at least 35 children": of the partial candidates of its identity,
    104 killed and at least 35 children killed, the one that states a value is the 114's (FC101); the
    bound alone would agree with it and hide the mismatch."""
    day = "2024-06-05"
    facts = [{"what": "people killed in the attack on the village", "value": "104", "unit": "people",
              "period": day, "place": ["Sudan"]},
             {"what": "children killed in the attack on the village", "lower": "35", "unit": "people",
              "period": day, "place": ["Sudan"]}]
    text = ("UNITED NATIONS - The U.N. chief condemned an attack on a village in Sudan that activists said "
            "killed 114 people, including at least 35 children.")
    assert ("FC101", "114") in _found(_check(tmp_path, text=text, reference=facts, published="2024-06-06"))


def test_swapped_digits_of_a_fact_the_article_states_rightly_contradict_the_article(tmp_path: Path) -> None:
    """"أصيب 64 عاملا" states the fact; "المصابون الـ46" later swaps its digits. Both join the fact (the
    second with its period assumed); the second is no other quantity but a slip, and the article now
    contradicts itself: FC105 against the first figure, naming the fact."""
    facts = [{"what": ["workers injured in the factory fire", "العمال المصابون في حريق المصنع"],
              "value": "64", "unit": "count", "period": "2024-02-11", "place": ["Egypt"]},
             {"what": ["workers killed in the factory fire", "العمال القتلى في حريق المصنع"], "value": "9",
              "unit": "count", "period": "2024-02-11", "place": ["Egypt"]}]
    text = ("لقي 9 عمال حتفهم وأصيب 64 آخرون في حريق اندلع في مصنع للنسيج في مصر يوم الأحد "
            "11 فبراير 2024.\n\nوقال مسؤول في وزارة الصحة إن المصابين الـ46 نقلوا إلى ثلاثة مستشفيات.")
    result = _check(tmp_path, text=text, reference=facts, published="2024-02-12")
    assert _found(result) == [("FC105", "46")]
    [finding] = _findings(result)
    assert finding.against is not None and finding.against.claim.value == 64
    assert any("64" in e and "that fact" in e for e in finding.evidence)


def test_a_fact_named_by_three_tenths_of_its_weighted_words_is_the_figure_counterpart(tmp_path: Path) -> None:
    """"held 48 tournaments" holds two of the words of "tournaments held at the Esports World Cup in
    Riyadh", the rest read as the event's other names ("the summer event in the Saudi capital"): at
    LEXICAL_MIN (0.3) that names the fact, and 48 states its 25 wrongly."""
    facts = [{"what": "tournaments held at the Esports World Cup in Riyadh", "value": "25", "unit": "count",
              "period": "2025"},
             {"what": "prize money offered at the Esports World Cup", "value": "70000000", "unit": "USD",
              "period": "2025"}]
    text = "The summer event in the Saudi capital held 48 tournaments, organisers said on Monday."
    assert _found(_check(tmp_path, text=text, reference=facts, published="2025-07-08")) == [("FC101", "48")]


def test_a_fact_named_by_few_of_its_words_joins_the_figure_that_is_a_slip_of_it(tmp_path: Path) -> None:
    """"held 52 tournaments" names "tournaments held at the Esports World Cup gaming festival in
    Riyadh" by two of its words, too few to join it alone; but 52 is 25 with its digits swapped, and it
    is the one fact so named: FC103, and so is "about 52" (a writer who rounds 25 does not say 52). A
    figure that is no slip of it ("48", "about 48") stays unjoined."""
    facts = [{"what": "tournaments held at the Esports World Cup gaming festival in Riyadh", "value": "25",
              "unit": "count", "period": "2025"},
             {"what": "prize money offered at the Esports World Cup", "value": "70000000", "unit": "USD",
              "period": "2025"}]
    text = "The summer event in the Saudi capital held 52 tournaments, organisers said on Monday."
    assert _found(_check(tmp_path, text=text, reference=facts, published="2025-07-08")) == [("FC103", "52")]
    about = text.replace("52 tournaments", "about 52 tournaments")
    found = _found(_check(tmp_path, text=about, reference=facts, published="2025-07-08"))
    assert found == [("FC103", "about 52")]
    for other in ("48 tournaments", "about 48 tournaments"):
        changed = text.replace("52 tournaments", other)
        assert _found(_check(tmp_path, text=changed, reference=facts, published="2025-07-08")) == []


def test_a_date_named_by_few_words_joins_the_fact_it_is_a_slip_of(tmp_path: Path) -> None:
    """"the ferry that capsized on Oct. 4" names "date the ferry capsized on Lake Kivu" by two of its
    words, too few to join a date alone; a day off the fact's 3 October (30 September of 1 October
    too), or its day's digits swapped, is a slip of it: FC107. A day further off (Oct. 9) is some
    other day the words do not tie to it."""
    def found(day: str, fact: str) -> list[tuple[str, str]]:
        facts = [{"what": "date the ferry capsized on Lake Kivu", "value": fact, "unit": "date"},
                 {"what": "people rescued from the ferry", "value": "10", "unit": "count"}]
        text = (f"Rescuers recovered more bodies on Monday from the ferry that capsized on {day} near the "
                "port of Goma.")
        return _found(_check(tmp_path, text=text, reference=facts, published="2024-10-28"))

    assert found("Oct. 4", "2024-10-03") == [("FC107", "Oct. 4")]
    assert found("Oct. 12", "2024-10-21") == [("FC107", "Oct. 12")]
    assert found("Oct. 9", "2024-10-03") == []
    assert found("Sept. 30", "2024-10-01") == [("FC107", "Sept. 30")]  # a day off across a month's end
    assert found("Sept. 29", "2024-10-01") == []
    # A week off with its weekday written beside it ("Thursday, Oct. 10" for Thursday 3 October) is
    # the week before's or after's date, its weekday still right: a slip too; without one, another day.
    assert found("Thursday, Oct. 10", "2024-10-03") == [("FC107", "Thursday, Oct. 10")]
    assert found("Oct. 10", "2024-10-03") == []
    # Two days off with no weekday beside it is a slip too (three days off is not).
    assert found("Oct. 5", "2024-10-03") == [("FC107", "Oct. 5")]
    assert found("Oct. 6", "2024-10-03") == []


def test_a_yearless_date_months_from_the_fact_its_words_name_is_another_event(tmp_path: Path) -> None:
    """"Bombings in Algiers on April 11 killed 33 people" names "date of the Algiers bombings" (11
    December) by its words, but a day without its year more than a month from the fact is another
    event's; a week off ("on December 4") is still a wrong statement of it."""
    fact = {"what": "date of the Algiers bombings", "value": "2007-12-11", "unit": "date"}

    def found(day: str) -> list[tuple[str, str]]:
        text = f"Bombings in Algiers on {day} killed dozens of people, officials said."
        return _found(_check(tmp_path, text=text, reference=fact, published="2007-12-13"))

    assert found("April 11") == []
    assert found("December 4") == [("FC107", "December 4")]
    assert found("April 11, 2007") == []  # a full date too, its year aside
    assert found("December 11, 2006") == [("FC107", "December 11, 2006")]


def test_a_date_a_week_from_the_only_reference_date_is_another_day(tmp_path: Path) -> None:
    """With no words to tie it, a date joins the only reference date within three days of it (a slip
    is a day or two), or one it is a slip of; a week apart ("Thursday 27 February" beside a result
    announced on 6 March) it is another day of the story, not the fact's."""
    fact = {"what": "announcement of the official results", "value": "2025-03-06", "unit": "date"}

    def found(day: str) -> list[tuple[str, str]]:
        text = f"وكانت اللجنة قد بدأت أعمالها يوم {day}، وفق بيان رسمي."
        return _found(_check(tmp_path, text=text, reference=fact, published="2025-03-09"))

    assert found("الخميس 27 فبراير") == []
    assert found("الثلاثاء 4 مارس") == [("FC107", "الثلاثاء 4 مارس")]


def test_a_bare_day_of_the_fortnight_before_publication_joins_a_reference_date_a_day_off(
        tmp_path: Path) -> None:
    """"convicted on May 12", with no weekday or year, in an article of 15 May: read in the publication
    year, as the fortnight before it holds that day; a reference date a day off (or a slip of it) is
    its fact, not one three days off. A bare day further back is too often another day."""
    fact = {"what": "date of the verdict", "value": "2025-05-13", "unit": "date"}

    def found(day: str, published: str = "2025-05-15") -> list[tuple[str, str]]:
        text = f"The former minister was convicted on {day} after a trial that lasted two years."
        return _found(_check(tmp_path, text=text, reference=fact, published=published))

    assert found("May 12") == [("FC107", "May 12")]
    assert found("May 13") == []
    assert found("May 10") == []
    assert found("May 12", published="2025-07-20") == []


def test_a_date_in_a_sentence_of_an_earlier_day_is_still_checked(tmp_path: Path) -> None:
    """"وقعا ... في 23 أيار/مايو 1976 ... إلا في 26 تموز/يوليو 1981": a sentence dated before a
    fact's period tells of an earlier event for its figures, but a date in it is a statement of its
    own day, whatever period its fact states: 26 July 1981 is a slip of the year of the referral on 26
    July 1982 (FC107)."""
    facts = [{"what": "date the border agreement was signed", "value": "1976-05-23", "unit": "date",
              "period": "1976-05-23"},
             {"what": "date the border agreement was referred to the court", "value": "1982-07-26",
              "unit": "date", "period": "1982-07-26"}]
    text = ("وكان البلدان قد وقعا اتفاق الحدود في 23 أيار/مايو 1976، لكن الاتفاق لم يحل إلى المحكمة إلا في "
            "26 تموز/يوليو 1981 بعد سنوات من التأخير.")
    assert _found(_check(tmp_path, text=text, reference=facts, published="1985-06-04")) == [
        ("FC107", "26 تموز/يوليو 1981")]


def test_a_name_with_digits_names_its_fact_over_the_words_every_fact_shares(tmp_path: Path) -> None:
    """"more than 20 A350 jets" names the A350 fact by its name (a word with digits inside, held by no
    other fact), though the whole order's figure names that fact by more of the shared words and the
    bound agrees with the order's 95: FC108 against the A350's 15; "more than 10" agrees with it."""
    facts = [{"what": "aircraft in the Emirates order", "value": "95", "unit": "count",
              "period": "2023-11-13"},
             {"what": "A350 aircraft in the Emirates order", "value": "15", "unit": "count",
              "period": "2023-11-13"},
             {"what": "Boeing 777X aircraft in the Emirates order", "value": "90", "unit": "count",
              "period": "2023-11-13"}]
    text = ("DUBAI, Nov 13 (Reuters) - Emirates placed an order for 95 aircraft worth about $52 billion at "
            "the Dubai Airshow on Monday. The order includes more than 20 A350 jets, the airline said, with "
            "the rest made up of larger jets.")
    assert _found(_check(tmp_path, text=text, reference=facts, published="2023-11-14")) == \
        [("FC108", "more than 20")]
    fewer = text.replace("more than 20", "more than 10")
    assert _found(_check(tmp_path, text=fewer, reference=facts, published="2023-11-14")) == []


def test_the_same_article_gives_the_same_findings_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Facts that the words near a figure name equally ("قاطرة" and "قطارا" share a root) were met in
    the order of a set's iteration, which Python changes from run to run: one run reported the 27
    against the locomotives, the next against the regional trains. Now every run says the same."""
    (tmp_path / "facts.yaml").write_text(
        "source: وزارة النقل\nfacts:\n"
        "  - {what: [قطارات فائقة السرعة, high-speed trains], value: \"30\", unit: count, place: Morocco}\n"
        "  - {what: [قطارات إقليمية, regional trains], value: \"72\", unit: count, place: Morocco}\n"
        "  - {what: [قاطرات البضائع, freight locomotives], value: \"25\", unit: count, place: Morocco}\n",
        encoding="utf-8")
    (tmp_path / "a.md").write_text(
        "---\ntitle: صفقة قطارات\nlang: ar\ndate: 2024-05-02\n---\n"
        "ويشمل العقد توريد 30 قطارا فائق السرعة و72 قطارا إقليميا و27 قاطرة لنقل البضائع، إلى جانب أعمال "
        "الصيانة.\n", encoding="utf-8")
    script = ("import json, sys\nfrom factcheck.check import check_paths\n"
              "r = check_paths([sys.argv[1]], [sys.argv[2]])\n"
              "print(json.dumps(sorted((f.rule, f.claim.text, f.against.claim.text if f.against else '')"
              " for f in r.findings)))\n")
    seen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        args = [sys.executable, "-c", script, str(tmp_path / "a.md"), str(tmp_path / "facts.yaml")]
        out = subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout
        seen.add(out)
    assert len(seen) == 1, seen
    assert any(rule != "FC900" for rule, _, _ in json.loads(seen.pop()))


def test_one_digit_off_a_fact_the_article_states_rightly_contradicts_the_article(tmp_path: Path) -> None:
    """The lead states the year's exports rightly (35.6 billion); a later sentence gives 32.6 billion for
    the same exports, every field of identity stated alike: one digit off, a misstatement of the fact,
    not another quantity. FC105 against the lead's figure."""
    facts = [{"what": ["Egypt's exports", "صادرات مصر"], "value": "35600000000", "unit": "USD",
              "period": "2023", "place": "Egypt"}]
    text = ("ارتفعت صادرات مصر خلال العام الماضي بنسبة 4 بالمئة لتبلغ 35.6 مليار دولار، وفق بيانات رسمية. "
            "وقال مسؤول إن الصادرات التي بلغت 32.6 مليار دولار العام الماضي تواجه ضغوطا بسبب كلفة الشحن.")
    result = _check(tmp_path, text=text, reference=facts, published="2024-01-20")
    assert _found(result) == [("FC105", "32.6 مليار دولار")]
    [finding] = _findings(result)
    assert finding.against is not None and finding.against.claim.text == "35.6 مليار دولار"
    assert finding.evidence[0].startswith("one digit off")


def test_a_name_joins_a_fact_across_scripts_by_its_sound(tmp_path: Path) -> None:
    """Two facts of an English reference told apart only by a candidate's name: an Arabic article names
    them in Arabic letters (تبون, حساني شريف), and the glossary has no entry for a name. Heard by their
    consonants (t b n, h s n, s r f), the names join each share to its own fact: 6.9 per cent is no
    statement of Hassani Cherif's 9.56 (FC101); the president's 84.3 agrees with his."""
    facts = [{"what": "share of the votes won by Abdelmadjid Tebboune", "value": "84.3", "unit": "percent",
              "period": "2024-09-07", "place": "Algeria"},
             {"what": "share of the votes won by Abdelaali Hassani Cherif", "value": "9.56",
              "unit": "percent", "period": "2024-09-07", "place": "Algeria"}]
    text = ("أعلنت المحكمة الدستورية في الجزائر النتائج النهائية للانتخابات الرئاسية.\n\n"
            "وحصل الرئيس عبد المجيد تبون على 84.3 في المئة من الأصوات، فيما نال مرشح حركة مجتمع السلم "
            "عبد العالي حساني شريف 6.9 في المئة.")
    found = _found(_check(tmp_path, text=text, reference=facts, published="2024-09-14"))
    assert found == [("FC101", "6.9 في المئة")]
    right = text.replace("6.9 في", "9.56 في")
    assert _found(_check(tmp_path, text=right, reference=facts, published="2024-09-14")) == []


def test_a_name_is_heard_by_its_consonants_in_either_script() -> None:
    """glossary.yaml ``sounds``: vowels and long vowels out, a doubled letter once, a final h or ة off,
    two Latin letters of one sound read as one; a name of fewer than three consonants is not heard."""
    from factcheck.lexmatch import sound

    pairs = [("pezeshkian", "بزشكيان"), ("mohammed", "محمد"), ("abdullah", "عبدالله"),
             ("hassani", "حساني"), ("cherif", "شريف"), ("francis", "فرانسيس"), ("zelensky", "زيلينسكي"),
             ("khalifa", "خليفه")]
    for latin, arabic in pairs:
        assert sound(latin) == sound(arabic) is not None, (latin, arabic)
    assert sound("tebboune") != sound("بوتين")
    assert sound("geely") is None and sound("جيلي") is None


def test_the_candidate_the_words_name_far_better_is_the_figure_s_whatever_it_agrees_with(
        tmp_path: Path) -> None:
    """Two facts of the figure's concept and identity (exports, Egypt, 2024): the fall in fertiliser
    exports and Europe's share of them. "صادرات الأسمدة تراجعت بأكثر من 25 في المئة" names the fall by
    every word and the share by few; the bound holds of the share's 48, not of the fall's 20: FC108
    against the fall, where the agreeing candidate used to be taken and the bound confirmed."""
    where = {"unit": "percent", "period": "2024", "place": "Egypt"}
    facts = [{"what": ["نسبة تراجع صادرات الأسمدة", "fall in fertiliser exports"], "value": "20", **where},
             {"what": ["حصة أوروبا من صادرات الأسمدة", "Europe's share of fertiliser exports"], "value": "48",
              **where}]
    text = "وقالت الوزارة إن صادرات الأسمدة تراجعت بأكثر من 25 في المئة في عام 2024."
    found = _found(_check(tmp_path, text=text, reference=facts, published="2025-02-01"))
    assert found == [("FC108", "بأكثر من 25 في المئة")]
    right = text.replace("بأكثر من 25", "بنحو 20")
    assert _found(_check(tmp_path, text=right, reference=facts, published="2025-02-01")) == []


def test_the_arabic_article_written_apart_is_no_word_two_figures_share() -> None:
    """"الـ5" is tokenized as the article and the figure: the lone article names nothing, so two
    restatements do not share it ("المتهمين الـ5" and "الوحدات الـ4"), while a two-letter word as
    written (سد, a dam) still counts."""
    text = "وقالت المحكمة إن الـ5 صدرت بحقهم أحكام."
    near = figure_words(text, (text.index("5"), text.index("5") + 1), (0, len(text)), [], "ar")
    assert "ال" not in near
    dam = "وانهار سد 2 في المنطقة."
    assert "سد" in figure_words(dam, (dam.index("2"), dam.index("2") + 1), (0, len(dam)), [], "ar")


def test_the_noun_of_the_figure_before_the_joining_word_is_that_figures(tmp_path: Path) -> None:
    """"$209 billion in assets and $161.5 billion in deposits": "assets" is the 209's noun, before the
    "and" that joins the two; the 161.5 names the deposits alone, and states their 175.4 wrongly."""
    where = {"unit": "USD", "period": "2022-12-31", "place": "United States"}
    facts = [{"what": "total assets", "value": "209000000000", **where},
             {"what": "total deposits", "value": "175400000000", **where}]
    text = "The bank had $209 billion in assets and $161.5 billion in deposits at the end of 2022."
    result = run_case({"text": text, "reference": facts, "published": "2023-03-11"}, tmp_path)
    [finding] = [f for f in result.findings if f.rule != "FC900"]
    assert (finding.claim.text, finding.against.claim.value if finding.against else None) \
        == ("$161.5 billion", Decimal("175400000000"))
    # the deposits' fact by its word, not the nearer of two facts named alike
    assert finding.evidence[0].startswith("what deposit named near the figure")


def test_the_words_after_a_clause_joining_word_are_the_next_figures() -> None:
    """"took 24, while the Labour Union party won 20": the words after "while" are the 20's (its
    subject), not the 24's, which ends at the word that opens the next clause; so in Arabic after فيما."""
    text = "The Liberal Party took 24, while the Labour Union party, led by its founder, won 20."
    sentence = (0, len(text))
    first, second = (text.index("24"), text.index("24") + 2), (text.index("20"), text.index("20") + 2)
    words = figure_words(text, first, sentence, [second], "en")
    assert words.get("took", 0.0) == 1.0 and not in_stretch(words.get("labour", 0.0))
    assert in_stretch(figure_words(text, second, sentence, [first], "en").get("labour", 0.0))
    text = "وحصل حزب الأحرار على 24 مقعدا فيما نال حزب العمال الموحد 20 مقعدا."
    first, second = (text.index("24"), text.index("24") + 2), (text.index("20"), text.index("20") + 2)
    words = figure_words(text, first, (0, len(text)), [second], "ar")
    assert in_stretch(words.get("مقعد", 0.0)) and not in_stretch(words.get("العمال", 0.0))


def test_a_relative_clause_between_commas_keeps_the_subject_near_the_figure() -> None:
    """"Award wages, which set minimum pay for different industries and occupations, will rise by
    5.25%": the subject is as near the figure as its verb, the relative clause stepped over however
    long; an aside opened by another word ("where") is not, and so in Arabic after التي."""
    text = ("Award wages, which set minimum pay for different industries and occupations, will rise by "
            "5.25%, the commission said.")
    at = text.index("5.25")
    words = figure_words(text, (at, at + 5), (0, len(text)), [], "en")
    assert words["wages"] >= CLOSE and words["award"] >= CLOSE
    other = text.replace(", which set", ", where the board set")
    at = other.index("5.25")
    assert figure_words(other, (at, at + 5), (0, len(other)), [], "en")["wages"] < CLOSE
    text = ("وقالت اللجنة إن أجور القطاعات، التي تحددها اللجنة لكل قطاع ومهنة على حدة في كل عام، "
            "سترتفع بنسبة 5.25 في المئة.")
    at = text.index("5.25")
    assert figure_words(text, (at, at + 4), (0, len(text)), [], "ar")["اجور"] >= CLOSE


def test_an_appositive_between_commas_keeps_the_subject_near_the_figure() -> None:
    """"Arrivals from Malaysia, once the largest source market, came to just 3.2 million": the words of
    a short appositive between two commas before the figure are stepped over: they put no distance
    between the subject and the figure."""
    text = "Arrivals from Malaysia, once the largest source market, came to just 3.2 million, it said."
    at = text.index("3.2")
    words = figure_words(text, (at, at + 3), (0, len(text)), [], "en")
    assert words["arrivals"] >= CLOSE
    plain = "Arrivals from Malaysia came to just 3.2 million, it said."
    at = plain.index("3.2")
    assert figure_words(plain, (at, at + 3), (0, len(plain)), [], "en")["arrivals"] > words["arrivals"]


def test_an_open_bound_is_confirmed_only_by_a_fact_near_its_number(tmp_path: Path) -> None:
    """"تعمل بأكثر من 1500 جهاز" names the machines' fact by every word and the patients' by two; 6,950
    patients lie past the bound, 1,320 machines short of it. A bound holds of any value past it, so only
    a fact within BOUND_CONFIRMS_NEAR of its number may confirm it: the machines' fact is the figure's,
    and FC108 reports it, where the patients' fact used to be taken and the bound confirmed. An exact
    figure is untouched: "1,320 machines" is verified."""
    where = {"unit": "count", "period": "2024", "place": "Syria"}
    facts = [{"what": ["أجهزة غسيل الكلى", "dialysis machines"], "value": "1320", **where},
             {"what": ["مرضى غسيل الكلى", "dialysis patients"], "value": "6950", **where}]
    text = ("وقالت الوزارة إن مراكز غسيل الكلى لمرضى القصور الكلوي في سوريا تعمل بأكثر من 1500 جهاز "
            "خلال عام 2024.")
    found = _found(_check(tmp_path, text=text, reference=facts, published="2025-02-01"))
    assert found == [("FC108", "بأكثر من 1500")]
    text = "In Syria, more than 1,500 machines served dialysis patients in 2024."
    found = _found(_check(tmp_path, text=text, reference=facts, published="2025-02-01"))
    assert found == [("FC108", "more than 1,500")]
    right = text.replace("more than 1,500", "1,320")
    assert _found(_check(tmp_path, text=right, reference=facts, published="2025-02-01")) == []


def test_a_figure_whose_best_named_fact_is_taken_meets_another_its_own_words_name(tmp_path: Path) -> None:
    # "الوصيف" after the runner-up's figure names the runner-up's prize for both figures, and the
    # runner-up's figure names it better; "مالية" beside the first figure names the champion's prize,
    # though by fewer words than the margin: that fact is the first figure's, and contradicts its bound
    facts = [{"what": ["الجائزة المالية للبطل", "جائزة مالية للفائز باللقب"], "value": "2500000",
              "unit": "USD", "period": "2020"},
             {"what": "الجائزة المالية للوصيف", "value": "1250000", "unit": "USD", "period": "2020"}]
    text = ("وحصد الأهلي جائزة مالية تتجاوز 3 ملايين دولار، مقابل 1.25 مليون دولار للزمالك الوصيف، "
            "وفق لائحة الجوائز.")
    result = _check(tmp_path, text=text, reference=facts, published="2020-11-28")
    assert _found(result) == [("FC108", "تتجاوز 3 ملايين دولار")]


def test_a_year_inside_a_relative_clause_does_not_cut_the_figure_off_its_subject(tmp_path: Path) -> None:
    # "in 2024" is a figure of the sentence, but no quantity that owns the words before it: "Health
    # spending" stays in the stretch of 4.6 billion (the issue's example of a figure cut off by a date)
    facts = [{"what": "health spending", "value": "4100000000", "unit": "USD", "period": "2025"},
             {"what": "defence spending", "value": "9100000000", "unit": "USD", "period": "2025"}]
    text = "Health spending, which parliament cut in 2024, will reach 4.6 billion dollars in 2025."
    result = _check(tmp_path, text=text, reference=facts, published="2025-01-14")
    assert _found(result) == [("FC101", "4.6 billion dollars")]


def test_a_level_after_a_percent_change_keeps_the_subject_before_the_change(tmp_path: Path) -> None:
    # "Outlays jumped 47.3% to $6.75 trillion": the percent is the change of the level it reaches, and
    # closes none of the level's words; "Outlays" names the outlays' fact, not the receipts'
    facts = [{"what": what, "value": value, "unit": "USD", "period": "2020"} for what, value in (
        ("federal government outlays", "6550000000000"), ("federal government receipts", "3420000000000"),
        ("federal budget deficit", "3130000000000"))]
    text = ("The deficit tripled in 2020. Outlays jumped 47.3% to $6.75 trillion in the year that ended on "
            "Sept. 30, while receipts fell 1.2% to $3.42 trillion.")
    result = _check(tmp_path, text=text, reference=facts, published="2020-10-16")
    assert _found(result) == [("FC101", "$6.75 trillion")]


def test_the_opponent_named_after_a_figure_is_no_word_of_it() -> None:
    """"won more than 1.05 million votes against Jose Maria Figueres": the words after the opponent's word
    (morphology.yaml opposing_words) name the other side, so they weigh as the rest of the sentence, even
    with no figure after them; the words before it stay the figure's own."""
    text = "Rodrigo Chaves won the run-off with more than 1.05 million votes against Jose Maria Figueres."
    votes = (text.index("more"), text.index("votes") + 5)
    near = figure_words(text, votes, (0, len(text)), [], "en")
    assert near["figueres"] == SENTENCE_WEIGHT and in_stretch(near["run"]) and near["votes"] == 1.0
    text = "وحصد المرشح أكثر من مليون صوت في مواجهة رئيس الوزراء السابق."
    votes = (text.index("أكثر"), text.index("صوت") + 3)
    near = figure_words(text, votes, (0, len(text)), [], "ar")
    assert near["وزراء"] == SENTENCE_WEIGHT and in_stretch(near["مرشح"])


def test_a_fact_between_two_places_is_named_by_a_sentence_that_names_one(tmp_path: Path) -> None:
    """"Iran launched more than 200 drones" names the fact of the drones Iran launched at Israel (places
    Iran and Israel) by every word of its what: the place the sentence leaves out is the target, assumed
    (FC108 against 170). A fact whose what joins its places ("in Iraq and Syria") is a total over them,
    and one place's figure is a part of it, no wrong statement."""
    facts = [{"what": "drones launched by Iran at Israel", "value": "170", "unit": "count",
              "period": "2024-04-14", "place": ["Iran", "Israel"]},
             {"what": "cruise missiles launched by Iran at Israel", "value": "30", "unit": "count",
              "period": "2024-04-14", "place": ["Iran", "Israel"]}]
    text = "Iran launched more than 200 drones in the overnight attack, the army said."
    result = _check(tmp_path, text=text, reference=facts, published="2024-04-15")
    assert _found(result) == [("FC108", "more than 200")]
    union = {"what": "operations against ISIS in Iraq and Syria", "value": "196", "unit": "count",
             "period": {"start": "2024-01-01", "end": "2024-06-30"}, "place": ["Iraq", "Syria"]}
    text = "The coalition's operations against ISIS in Iraq numbered 137 in the first half of 2024."
    folder = tmp_path / "union"
    folder.mkdir()
    assert _found(_check(folder, text=text, reference=union, published="2024-07-16")) == []


def test_a_rate_meets_a_fact_in_its_base_unit_that_names_the_rate(tmp_path: Path) -> None:
    """"2.4 billion tonnes a year" (tonne_per_year) and a fact in tonnes of "emissions cut a year": one
    unit family, so the fact is the figure's and the scale word slip a finding; the right figure is
    verified."""
    facts = [{"what": ["carbon dioxide emissions cut a year", "خفض انبعاثات ثاني أكسيد الكربون سنويا"],
              "value": "2400000", "unit": "tonne", "period": "2023-11", "place": "Abu Dhabi"}]
    text = ("ABU DHABI, Nov 20 - The solar plant will cut carbon dioxide emissions in Abu Dhabi by 2.4 "
            "billion tonnes a year, the utility said.")
    assert _found(_check(tmp_path, text=text, reference=facts, published="2023-11-20")) \
        == [("FC102", "2.4 billion tonnes a year")]
    folder = tmp_path / "right"
    folder.mkdir()
    right = _check(folder, text=text.replace("billion", "million"), reference=facts, published="2023-11-20")
    assert _found(right) == [] and len(right.verified) == 1



def test_a_fact_another_figure_states_exactly_is_no_rival_and_not_taken(tmp_path: Path) -> None:
    """Two facts the words of both figures name alike (June's and July's registrations): the figure
    that states one exactly ("15,800") takes that one only, so the other ("12,800") is left with the
    June fact, neither a rival nor another figure's, and stated wrongly."""
    facts = [{"what": "refugees registered in the camp in June", "value": "12400", "unit": "count"},
             {"what": "refugees registered in the camp in July", "value": "15800", "unit": "count"}]
    text = ("The agency registered 15,800 refugees in the camp. Officials said 12,800 refugees were "
            "registered in the camp earlier.")
    result = _check(tmp_path, text=text, reference=facts, published="2025-08-03")
    assert _found(result) == [("FC101", "12,800")]
    assert [v.claim.text for v in result.verified] == ["15,800"]


def test_a_scale_slip_of_three_digits_joins_a_fact_its_place_and_period_assumed(tmp_path: Path) -> None:
    """"$68.7 million" in a sentence about Britain's regulator, of the $68.7 billion deal a U.S. fact
    dates to its closing day: the same three significant digits a scale word apart, named by the
    figure's words, is identity enough, the place and period assumed (FC102, a warning)."""
    facts = [{"what": ["value of the takeover of Activision Blizzard", "deal value"], "value": "68700000000",
              "unit": "USD", "period": "2023-10-13", "place": "United States"},
             {"what": "price per share", "value": "95", "unit": "USD", "period": "2023-10-13",
              "place": "United States"}]
    text = ("LONDON, Oct 13 - Microsoft closed its takeover of Activision Blizzard on Friday, after "
            "Britain's competition watchdog in London approved a new version of the $68.7 million deal. "
            "Microsoft paid $95 a share.")
    result = _check(tmp_path, text=text, reference=facts, published="2023-10-13")
    assert _found(result) == [("FC102", "$68.7 million")]


def test_a_scale_slip_of_two_digits_joins_a_fact_its_words_name_well(tmp_path: Path) -> None:
    """"1.4 مليار دولار" pledged in March against the $1.4 trillion pledge a reference dates to the ten years
    it covers:
    two significant digits a scale word apart join the fact when the figure's words name it well
    (LEXICAL_MIN), the periods assumed; three are needed where they name it less well."""
    facts = [{"what": "قيمة الاستثمارات الإماراتية المتعهد بها في الولايات المتحدة", "value": "1400000000000",
              "unit": "USD", "period": {"start": "2025-01-01", "end": "2034-12-31"},
              "place": "United States"},
             {"what": "مدة الإطار الاستثماري بالسنوات", "value": "10", "unit": "year"}]
    text = ("أبوظبي 21 مارس - أعلنت الإمارات في مارس الحالي تعهدا باستثمار 1.4 مليار دولار في الولايات "
            "المتحدة خلال السنوات العشر المقبلة.")
    result = _check(tmp_path, text=text, reference=facts, published="2025-03-21", lang="ar")
    assert _found(result) == [("FC102", "1.4 مليار دولار")]


def test_a_fact_of_another_counted_noun_is_no_rival_of_the_one_the_figure_counts(tmp_path: Path) -> None:
    """"لأكثر من 20 أسرة تضررت من الانهيار" names the families affected (17, counted families) and, nearly as
    well, the collapse's dead (11, no counted noun): the fact that shares the figure's counted noun is
    its counterpart, the other no rival that would make it "match none"."""
    day = {"start": "2025-08-04", "end": "2025-08-04"}
    facts = [{"what": what, "value": value, "unit": "count", "period": day, "place": ["Alexandria"]}
             for what, value in ((["القتلى في انهيار العقار", "killed in the building collapse"], "11"),
                                 (["المصابون", "injured"], "6"),
                                 (["الأسر المتضررة التي ستحصل على وحدات بديلة",
                                   "families given replacement housing"], "17"))]
    text = ("وأعلن المحافظ صرف تعويضات لأسرة كل متوفى، وتوفير وحدات سكنية بديلة لأكثر من 20 أسرة تضررت من "
            "الانهيار وإخلاء العقارات المجاورة.")
    result = _check(tmp_path, text=text, reference=facts)
    assert _found(result) == [("FC108", "لأكثر من 20")]


def test_two_swapped_digits_join_a_fact_its_words_name_whatever_period_the_figure_states(
        tmp_path: Path) -> None:
    """"The unions had demanded 205,000 naira earlier this month" against the 250,000 naira demanded in
    2024: the month the figure takes is inside the fact's year, no event of a few days; the swapped
    digits of a figure the words name join them (the period assumed), but not across places."""
    facts = [{"what": what, "value": value, "unit": "NGN", "period": period, "place": ["Nigeria"]}
             for what, value, period in (("new national minimum wage per month", "70000", "2024"),
                                         ("minimum wage demanded by the labour unions", "250000", "2024"))]
    paths, refs = _english_case(
        tmp_path, "Nigerian presidency", facts, "Nigeria raises minimum wage",
        "ABUJA (Reuters) - Nigeria raised the minimum wage to 70,000 naira in July 2024. The unions had "
        "demanded 205,000 naira earlier in July.")
    assert _found(check_paths(paths, refs)) == [("FC103", "205,000 naira")]


def test_a_closed_compound_is_also_read_as_its_tail(tmp_path: Path) -> None:
    """morphology.yaml compound_heads: a fact's "earthquake" is named by "quake", "airstrikes" by
    "strikes"; "the Jan. 13 quake" is a day off the earthquake the reference dates 12 January."""
    from factcheck.lexmatch import forms

    assert "quake" in forms("en", "earthquake") and "strike" in forms("en", "airstrikes")
    facts = [{"what": "earthquake", "value": "2010-01-12", "unit": "date"}]
    paths, refs = _english_case(tmp_path, "USGS", facts, "Haiti counts its dead",
                                "PORT-AU-PRINCE (Reuters) - Haiti buried more victims of the Jan. 13 quake.")
    assert _found(check_paths(paths, refs)) == [("FC107", "Jan. 13")]


def test_a_percentage_stated_to_a_fraction_of_a_point_near_the_one_fact_it_names(tmp_path: Path) -> None:
    """"Ed Davey's Liberals took 12.6%" beside the parties' vote shares: one word of the Liberal
    Democrats' fact near the figure names it too little for a figure that may be another share, but a
    percentage stated to a tenth of a point within a twentieth of the one fact it names is that share
    stated wrong (a whole percentage so near, "12%", is left alone: a rounding, or another share)."""
    facts = [{"what": f"{party} share of the national vote", "value": value, "unit": "percent",
              "period": "2024-07-04", "place": "United Kingdom"}
             for party, value in (("Labour", "33.7"), ("Conservative", "23.7"),
                                  ("Liberal Democrats", "12.2"))]
    for stated, want in (("12.6%", [("FC101", "12.6%")]), ("12.2%", []), ("12%", [])):
        text = (f"LONDON, July 5 - Ed Davey's Liberals took {stated}, their best showing in decades, as "
                "Britain swung away from its governing party.")
        result = _check(tmp_path, text=text, reference=facts, published="2024-07-05")
        assert _found(result) == want, stated


def test_a_figure_whose_best_named_fact_another_figure_states_takes_the_fact_of_its_own_words(
        tmp_path: Path) -> None:
    """"more than 900,000 customers had lost power ..., and about 250,000 were still without
    electricity": the 900,000's words name the "still without power" fact best, but the 250,000 names
    and states it; the fact named by the 900,000's own word "lost" is its, and the bound it breaks is
    reported (one it holds is not)."""
    facts = [{"what": "customers who lost power during Hurricane Milton", "value": "640000",
              "unit": "count", "period": "2024-10-10", "place": "Florida"},
             {"what": "customers still without power", "value": "250000", "unit": "count",
              "period": "2024-10-12", "place": "Florida"}]
    for stated, want in (("more than 900,000", [("FC108", "more than 900,000")]), ("more than 600,000", [])):
        text = (f"TAMPA, Oct 12 - Duke Energy said {stated} customers in Florida had lost power at the "
                "height of the storm, and about 250,000 were still without electricity on Saturday.")
        result = _check(tmp_path, text=text, reference=facts, published="2024-10-12")
        assert _found(result) == want, stated
