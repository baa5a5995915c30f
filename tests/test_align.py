"""Alignment: blocking by concept and variant, different periods and places never meet, evidence kept."""

from __future__ import annotations

import datetime as dt

from claimfactory import H1_2024, claim, date_claim

from factcheck.align import (
    Aligner,
    Index,
    Side,
    Variant,
    context_words,
    identity,
    reduce_places,
    units_compatible,
)
from factcheck.claims import Claim, Kind, Period
from factcheck.compare import RuleBook
from factcheck.rules import CheckOptions, load_rules

BOOK = RuleBook(load_rules(), CheckOptions())
AUTUMN = Period(start=dt.date(2024, 8, 29), end=None)


def side(c: Claim, path: str = "a.md", order: int = 1, context: str = "", **kw: object) -> Side:
    return Side(path=path, claim=c, order=order, context=((c.lang, context),), **kw)  # type: ignore[arg-type]


def fact(c: Claim, context: str = "") -> Side:
    return side(c, path="ref.yaml", order=-1, context=context, is_reference=True, source="Ref")


def align(c: Claim, facts: list[Claim], **kw: object) -> object:
    return Aligner(Index(fact(f) for f in facts), BOOK).align(side(c), **kw)  # type: ignore[arg-type]


def test_same_concept_period_and_place_align_strongly_with_evidence() -> None:
    ref = claim("196", period=H1_2024, place=("Iraq", "Syria"))
    article = side(claim("169", period=H1_2024, place=("Syria", "Iraq")))
    found = Aligner(Index([fact(ref)]), BOOK).align(article)
    assert found is not None and found.strength == "strong" and found.can_contradict
    assert "same concept 'operations'" in found.evidence
    assert "same period 2024-01-01..2024-06-30" in found.evidence
    assert "same place Iraq, Syria" in found.evidence


def test_a_different_period_or_place_is_a_different_quantity() -> None:
    ref = claim("196", period=H1_2024, place=("Iraq", "Syria"))
    assert align(claim("95", period=AUTUMN, place=("Iraq", "Syria")), [ref]) is None
    assert align(claim("137", period=H1_2024, place=("Iraq",)), [ref]) is None
    assert align(claim("150", period=H1_2024, place=("Iraq", "Syria"), concept="attacks"), [ref]) is None


def test_different_counted_things_never_align() -> None:
    members = claim("44", concept="killed", counted="members")
    assert align(claim("8", concept="killed", counted="leaders"), [members]) is None


def test_an_unstated_period_aligns_one_tier_lower_and_only_plausibly() -> None:
    ref = claim("44", concept="killed", period=H1_2024, place=("Iraq", "Syria"))
    close = align(claim("48", concept="killed"), [ref])
    assert close is not None and close.strength == "partial"  # type: ignore[attr-defined]
    assert align(claim("166", concept="killed"), [ref]) is None  # far apart: another quantity


def test_a_claim_that_matches_none_of_competing_candidates_is_reported_against_all() -> None:
    """52 killed in the first half of 2024, no place stated, against 44 (Iraq and Syria), 30 (Iraq) and
    14 (Syria) of that half-year."""
    facts = [claim("44", concept="killed", period=H1_2024, place=("Iraq", "Syria")),
             claim("30", concept="killed", period=H1_2024, place=("Iraq",)),
             claim("14", concept="killed", period=H1_2024, place=("Syria",))]
    agreeing = align(claim("30", concept="killed", period=H1_2024), facts)
    assert agreeing is not None and not agreeing.can_contradict  # type: ignore[attr-defined]
    none = align(claim("52", concept="killed", period=H1_2024), facts)
    assert none is not None and none.strength == "partial"  # type: ignore[attr-defined]
    assert {c.claim.value for c in none.candidates} == {44, 30, 14}  # type: ignore[attr-defined]
    assert "place" in none.assumed and any("matches none" in e for e in none.evidence)  # type: ignore[attr-defined]
    # a figure far from every candidate (7 against 44,000, 31,000 and 15,000) is another quantity
    thousands = [claim(value, concept="killed", period=H1_2024, place=f.place)
                 for value, f in zip(("44000", "31000", "15000"), facts, strict=True)]
    assert align(claim("7", concept="killed", period=H1_2024), thousands) is None


def test_candidates_that_disagree_with_the_same_identity_cannot_be_told_apart() -> None:
    """329 seats and 73 seats of one bloc, both for Iraq: a figure matching neither may be a third."""
    a, b = claim("329", concept="seats", place=("Iraq",)), claim("73", concept="seats", place=("Iraq",))
    assert align(claim("83", concept="seats", place=("Iraq",)), [a, b]) is None


def test_identity_decides_not_the_value() -> None:
    """A stated period, place or counted noun that both sides share makes one quantity, however far
    apart the values: a gross error is a finding, not "another quantity"."""
    ref = claim("38", concept="detained", period=Period(start=dt.date(2024, 9, 1), end=dt.date(2024, 9, 30)),
                place=("Lebanon",))
    found = align(claim("58", concept="detained", place=("Lebanon",)), [ref])
    assert found is not None and found.assumed == ("period",)  # type: ignore[attr-defined]
    far = align(claim("380", concept="detained", place=("Lebanon",)), [ref])
    assert far is not None and far.counterpart.claim is ref  # type: ignore[attr-defined]


def test_implausible_candidates_do_not_count_when_evidence_is_partial() -> None:
    seats = claim("329", concept="seats", place=("Iraq",))
    sadr = claim("73", concept="seats", place=("Iraq",))
    found = align(claim("73", concept="seats"), [seats, sadr])
    assert found is not None and found.counterpart.claim is sadr  # type: ignore[attr-defined]
    assert align(claim("165", concept="seats"), [seats, sadr]) is None


def test_a_scale_slip_singles_out_one_of_several_candidates() -> None:
    spending = claim("198900000000000", kind=Kind.MONEY, unit="IQD", concept="budget")
    deficit = claim("64000000000000", kind=Kind.MONEY, unit="IQD", concept="budget")
    found = align(claim("198900000000", kind=Kind.MONEY, unit="dinar", concept="budget"), [spending, deficit])
    assert found is not None and found.counterpart.claim is spending  # type: ignore[attr-defined]


def test_money_aligns_only_in_one_currency() -> None:
    assert units_compatible("dollar", "USD") and units_compatible("IQD", "dinar")
    assert not units_compatible("USD", "CAD") and not units_compatible("dinar", "USD")
    usd = claim("70", kind=Kind.MONEY, unit="USD", concept="price")
    assert align(claim("70", kind=Kind.MONEY, unit="IQD", concept="price"), [usd]) is None


def test_a_claim_without_concept_aligns_weakly_with_the_only_plausible_candidate() -> None:
    since = Period(start=dt.date(2014, 1, 1))
    contributions = claim("20000000000", kind=Kind.MONEY, unit="USD", concept="contributions", period=since)
    found = align(claim("20000000000", kind=Kind.MONEY, unit="dollar", concept=None, period=since),
                  [contributions])
    assert found is not None and found.strength == "weak"  # type: ignore[attr-defined]
    assert any("weak match" in e for e in found.evidence)  # type: ignore[attr-defined]
    assert align(claim("20000000000", kind=Kind.MONEY, unit="dollar", concept=None, period=since),
                 [contributions], unique_in_document=False) is None


def test_a_period_ending_on_publication_day_reads_as_open() -> None:
    since = Period(start=dt.date(2014, 1, 1), end=dt.date(2024, 7, 17))
    ref = claim("20000000000", kind=Kind.MONEY, unit="USD", concept="contributions",
                period=Period(start=dt.date(2014, 1, 1)))
    article = Side(path="a.md", claim=claim("20000000000", kind=Kind.MONEY, unit="dollar",
                                            concept="contributions", period=since),
                   order=1, published=dt.date(2024, 7, 17))
    assert Aligner(Index([fact(ref)]), BOOK).align(article) is not None


def test_places_reduce_to_the_most_specific() -> None:
    assert reduce_places(["Anbar", "Iraq"]) == {"Anbar"}
    assert reduce_places(["Iraq", "Syria"]) == {"Iraq", "Syria"}


def test_a_date_aligns_with_the_only_reference_date_nearby() -> None:
    statement = date_claim("2024-07-16")
    assert align(date_claim("2024-07-15"), [statement]) is not None
    assert align(date_claim("2024-06-30"), [statement]) is None  # weeks away: another event


def test_claims_of_the_same_document_are_never_counterparts() -> None:
    mine = claim("196", period=H1_2024)
    index = Index([side(mine, path="a.md")])
    assert Aligner(index, BOOK, peers=True).align(side(claim("169", period=H1_2024), path="a.md")) is None


def test_context_words_read_a_word_written_with_references_as_one_word() -> None:
    """Decoded references are padded with zero-width characters; the word stays whole ("مقتل")."""
    pad = "\u200b"
    text = f"م{pad * 6}قتل 44 عنصرا"
    start = text.index("44")
    assert context_words(text, start, start + 2, words=2) == "مقتل عنصرا"


def test_context_words_leave_the_numbers_out() -> None:
    text = "CENTCOM said 196 operations were carried out in Iraq and Syria"
    start = text.index("196")
    assert context_words(text, start, start + 3, words=3) == "centcom said operations were carried"


def test_across_languages_the_concept_carries_the_match() -> None:
    ref = claim("153", concept="attacks", period=H1_2024, place=("Iraq", "Syria"), lang="ar")
    found = Aligner(Index([fact(ref, "هجمات تبناها داعش")]), BOOK).align(
        side(claim("135", concept="attacks", period=H1_2024, place=("Iraq", "Syria")), context="attacks"))
    assert found is not None and found.similarity is None
    assert any("across languages" in e for e in found.evidence)


def test_a_calendar_year_and_a_fiscal_year_sharing_most_months_are_one_period_assumed() -> None:
    """A fiscal year from April to March shares nine months with the calendar year it starts in: the
    same period, assumed ("last year" of a fiscal year's profit); a fiscal year from July shares only
    half of each calendar year, and a calendar year the one after: other periods."""
    def variant(start: str, end: str) -> Variant:
        return (dt.date.fromisoformat(start), dt.date.fromisoformat(end)), frozenset({"Qatar"}), None

    calendar = variant("2021-01-01", "2021-12-31")
    assert identity(calendar, variant("2021-04-01", "2022-03-31")) == (("place",), ("period",))
    assert identity(calendar, variant("2021-07-01", "2022-06-30")) is None
    assert identity(variant("2022-01-01", "2022-12-31"), variant("2021-04-01", "2022-03-31")) is None
