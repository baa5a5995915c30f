"""The coded checks: precision, qualifiers, and the most specific explanation of a disagreement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from claimfactory import claim, date_claim

from factcheck.align import Side
from factcheck.claims import Kind, Qualifier
from factcheck.compare import (
    RuleBook,
    SumGap,
    Tolerance,
    _restated_totals_dropped,
    agrees,
    dates_agree,
    expected_weekday,
    judge,
    scale_exponent,
    sum_agrees,
    transposed,
    value_text,
)
from factcheck.rules import CheckOptions, ScaleParams, TransposedParams, load_rules

BOOK = RuleBook(load_rules(), CheckOptions())


def test_stated_precision_lets_a_rounded_figure_agree() -> None:
    # "2.5 million" (grain 5) covers 2,450,000..2,550,000
    rounded = claim("2500000", grain=5)
    assert agrees(rounded, claim("2487000"))
    assert not agrees(rounded, claim("2600000"))


def test_exact_counts_do_not_agree_with_a_neighbour() -> None:
    assert agrees(claim("196"), claim("196"))
    assert not agrees(claim("196"), claim("197"))


def test_a_measure_to_the_unit_is_a_rounding_but_a_count_or_a_score_is_exact() -> None:
    # "the 27-km tunnel" of 26.7 km; 196 operations are no 196.4, and "388 points" is a score
    assert agrees(claim("27", unit="km"), claim("26.7", unit="count", grain=-1))
    assert not agrees(claim("27", unit="km"), claim("26.4", unit="count", grain=-1))
    assert not agrees(claim("196"), claim("196.4", grain=-1))
    assert not agrees(claim("388", unit="point"), claim("387.6", unit="count", grain=-1))


def test_parts_written_to_one_scaled_precision_add_up_as_written() -> None:
    # "15 ألف شرطي، منهم 9 آلاف ... و5 آلاف": 14 thousand, not 13.5 to 15 thousand; mixed precisions
    # still read at the finest ("38.5 million, 27 million and 5 million")
    total = claim("15000", grain=3)
    assert not sum_agrees([claim("9000", grain=3), claim("5000", grain=3)], total, Tolerance())
    assert sum_agrees([claim("10000", grain=3), claim("5000", grain=3)], total, Tolerance())
    assert sum_agrees([claim("38500000", grain=5), claim("27000000", grain=6), claim("5000000", grain=6)],
                      claim("70500000", grain=5), Tolerance())


def test_approx_uses_ten_percent_or_its_precision() -> None:
    about = claim("200", qualifier=Qualifier.APPROX, lower=None, upper=None)
    assert agrees(about, claim("196"))
    assert agrees(about, claim("181"))
    assert not agrees(about, claim("150"))


def test_bounds_are_open_or_closed_as_stated() -> None:
    more = claim("20000000000", qualifier=Qualifier.MORE_THAN, unit="USD", kind=Kind.MONEY, grain=9)
    assert agrees(more, claim("20500000000", unit="USD", kind=Kind.MONEY))
    assert not agrees(more, claim("18000000000", unit="USD", kind=Kind.MONEY, grain=9))
    assert agrees(claim("44", qualifier=Qualifier.AT_LEAST), claim("44"))
    assert not agrees(claim("150", qualifier=Qualifier.LESS_THAN), claim("153"))


def test_a_range_covers_its_ends() -> None:
    between = claim(None, qualifier=Qualifier.RANGE, lower="150", upper="160")
    assert agrees(between, claim("153"))
    assert not agrees(between, claim("170"))


def test_a_range_of_whole_counts_ends_where_it_says() -> None:
    # "40 to 50 years": whole years, exact at both ends; "more than 50 years" lies beyond it
    term = claim(None, qualifier=Qualifier.RANGE, lower="40", upper="50", unit="year", kind=Kind.DURATION)
    assert not agrees(claim("50", qualifier=Qualifier.MORE_THAN, unit="year", kind=Kind.DURATION), term)
    assert agrees(claim("50", qualifier=Qualifier.AT_LEAST, unit="year", kind=Kind.DURATION), term)
    assert not agrees(claim(None, qualifier=Qualifier.RANGE, lower="150", upper="160"),
                      claim("160", qualifier=Qualifier.MORE_THAN))


def test_relative_tolerance_widens_the_comparison() -> None:
    assert not agrees(claim("100"), claim("103"))
    assert agrees(claim("100"), claim("103"), Tolerance(relative=Decimal("0.05")))


def test_scale_needs_the_same_digits_a_power_of_ten_apart() -> None:
    params = ScaleParams()
    assert scale_exponent(claim("20000000"), claim("20000000000"), params) == -3
    assert scale_exponent(claim("198900000000"), claim("198900000000000"), params) == -3
    assert scale_exponent(claim("150"), claim("153"), params) is None
    assert scale_exponent(claim("20"), claim("200"), params) is None  # 10^1 is below min_exponent


def test_a_scale_slip_needs_a_scale_word_or_its_zeros() -> None:
    """"قرية واحدة" beside a toll of 1,000, "911" beside 911 million shares: the same digits a thousand
    or a million apart, but no scale word on either side and no group of zeros standing for one, so two
    quantities, no slip. "the 50,000-barrel release" of 50 million, or "10 آلاف دينار" of 10, still are."""
    params = ScaleParams()
    assert scale_exponent(claim("1"), claim("1000"), params) is None
    assert scale_exponent(claim("911"), claim("911000000"), params) is None
    assert scale_exponent(claim("50000"), claim("50000000"), params) == -3
    assert scale_exponent(claim("10000", grain=3), claim("10"), params) == 3
    assert scale_exponent(claim("1", grain=0), claim("1000", grain=3), params) == -3


def test_scale_words_step_by_a_thousand() -> None:
    """"نحو 50 ألف" against 5, "1.4 billion" against 135: 10^4 and 10^7 are no slip of one scale word
    for another; 10^3 and 10^6 are ("5 آلاف" for 5 million)."""
    params = ScaleParams()
    assert scale_exponent(claim("50000"), claim("5"), params) is None
    assert scale_exponent(claim("1400000000", grain=8), claim("140"), params) is None
    assert scale_exponent(claim("5000"), claim("5000000"), params) == -3
    assert scale_exponent(claim("5000"), claim("5000000000"), params) == -6


def test_transposed_digits_are_two_adjacent_swapped() -> None:
    params = TransposedParams()
    assert transposed(claim("169"), claim("196"), params)
    assert transposed(claim("61"), claim("16"), params)
    assert not transposed(claim("691"), claim("196"), params)  # first and last swapped
    assert not transposed(claim("196"), claim("196"), params)


@pytest.mark.parametrize(("text_value", "fact_value", "qualifier", "kind"), [
    ("169", "196", Qualifier.EXACT, "transposed_digits"),
    ("48", "44", Qualifier.EXACT, "value_mismatch"),
    ("150", "153", Qualifier.LESS_THAN, "qualifier_mismatch"),
    ("20000000", "20000000000", Qualifier.MORE_THAN, "scale_mismatch"),
])
def test_the_most_specific_explanation_is_chosen(text_value: str, fact_value: str, qualifier: Qualifier,
                                                 kind: str) -> None:
    verdict = judge(claim(text_value, qualifier=qualifier), claim(fact_value), BOOK)
    assert verdict is not None and verdict.rule is not None
    assert verdict.rule.kind == kind


def test_two_bounds_a_scale_word_apart_are_a_scale_slip() -> None:
    # Both hold ("more than 20 million" is true of 20 billion), yet the digits say a word went wrong.
    million = claim("20000000", qualifier=Qualifier.MORE_THAN, grain=6)
    billion = claim("20000000000", qualifier=Qualifier.MORE_THAN, grain=9)
    verdict = judge(million, billion, BOOK)
    assert verdict is not None and verdict.rule is not None and verdict.rule.code == "FC102"


def test_agreeing_claims_give_an_agreeing_verdict() -> None:
    verdict = judge(claim("200", qualifier=Qualifier.APPROX), claim("196"), BOOK)
    assert verdict is not None and verdict.agrees


def test_a_disabled_rule_falls_back_to_the_next_explanation() -> None:
    book = RuleBook(load_rules(), CheckOptions(ignore=("FC103",)))
    verdict = judge(claim("169"), claim("196"), book)
    assert verdict is not None and verdict.rule is not None and verdict.rule.code == "FC101"


def test_dates_compare_the_parts_both_sides_state() -> None:
    assert dates_agree("2024-07", "2024-07-16")
    assert dates_agree("--07-16", "2024-07-16")
    assert not dates_agree("2024-07-15", "2024-07-16")


def test_weekday_uses_the_publication_year_when_the_date_has_none() -> None:
    assert expected_weekday(date_claim("2021-10-10", weekday="saturday"), None) == "sunday"
    assert expected_weekday(date_claim("2021-10-10", weekday="sunday"), None) is None
    assert expected_weekday(date_claim("--07-17", weekday="tuesday"), dt.date(2024, 7, 20)) == "wednesday"
    assert expected_weekday(date_claim("--07-17", weekday="tuesday"), None) is None
    assert expected_weekday(date_claim("2024-07", weekday="tuesday"), None) is None


def test_plausibility_keeps_far_apart_figures_apart() -> None:
    assert BOOK.plausible(claim("48"), claim("44"))
    assert not BOOK.plausible(claim("83"), claim("73"))
    assert BOOK.plausible(claim("20000000"), claim("20000000000"))  # a scale slip
    assert not BOOK.plausible(claim("95"), claim("59"))  # two-digit swaps are as likely chance


def test_value_text_reads_like_the_figure() -> None:
    assert value_text(claim("20000000000", qualifier=Qualifier.MORE_THAN, unit="USD")) == \
        "more than 20,000,000,000 USD"
    assert value_text(claim("41", unit="percent", kind=Kind.PERCENT)) == "41%"


def test_an_approximation_covers_at_most_ten_units_of_its_last_digit() -> None:
    """"About 825,000" is precise to the thousand: 807,000 is not it, though within 10%."""
    about = claim("825000", qualifier=Qualifier.APPROX, lower=None, upper=None)
    assert agrees(about, claim("824700"))
    assert not agrees(about, claim("807000"))
    assert agrees(claim("3000", qualifier=Qualifier.APPROX, lower=None, upper=None), claim("2947"))
    assert agrees(claim("133000", qualifier=Qualifier.APPROX, lower=None, upper=None), claim("132977"))


def test_digits_swap_only_within_the_stated_precision() -> None:
    """"11.9 million" against 11,090,000 is no swap of the written zeros; "2.457 million" against
    2,475,000 is one."""
    params = TransposedParams()
    assert not transposed(claim("11900000", grain=5), claim("11090000"), params)
    assert transposed(claim("2457000", grain=3), claim("2475000"), params)
    assert transposed(claim("1358"), claim("1385"), params)
    # decimals compare at their common stated precision, written zeros and all, across the point
    assert transposed(claim("44.05", grain=-2), claim("44.50", grain=-2), params)
    assert transposed(claim("45.4", grain=-1), claim("44.5", grain=-1), params)
    assert not transposed(claim("6.9", grain=-1), claim("9.56", grain=-2), params)  # not 6.9 and 9.6


def test_a_gap_reported_on_a_part_keeps_the_parts_of_the_same_value() -> None:
    """Parts of equal value are no restatement of a total when the gap is reported on one of them (an
    article's parts against a reference total): the gap stands as found."""
    parts = tuple(Side(path="a.md", claim=claim("30"), order=n, context=(("en", ""),)) for n in range(3))
    total = Side(path="ref.yaml", claim=claim("100"), order=-1, context=(("en", ""),), is_reference=True,
                 source="Ref")
    gap = SumGap(parts[-1], total, parts, Decimal(90))
    assert _restated_totals_dropped([gap], BOOK) == [gap]
