"""Alignment: which claims state the same quantity, found by blocking, never by an all-pairs scan.

Claims are indexed once by (kind, unit block, concept) and, inside a block, by their variant: period,
place, counted thing and unit. A claim meets only the variants of its own block. Two claims are
different quantities, and never aligned, when both state a period and the spans differ (a period that
ends on the publication day reads as open, "since 2014" up to now), both state a place and the sets
differ after reduction to their most specific places ("Anbar, Iraq" is Anbar; a subset such as Iraq
against Iraq-and-Syria is a part, left to the sum check), both name what is counted and the names
differ, or both name a currency and the codes differ.

Where one side leaves period, place or counted unstated the pair still aligns, one tier below pairs
that state everything alike; the best tier wins. Partial evidence needs plausible figures (see
``Judge.plausible``), so a bare "165 seats" never meets the 329 of the chamber. When the best tier holds
candidates that disagree with one another, the claim aligns with one it agrees with (and can only
confirm it) or with the only one a scale or digit slip away.

Within one language rapidfuzz scores how alike the context words are (it ranks candidates and admits
weak matches); across languages the concept id carries the match. A claim whose concept finds no
candidate aligns weakly with the only plausible claim of its kind, unit, period and place, when it is
the only such claim in its document. A date aligns with a reference date fact of the same concept, or
with the only reference date within the date rule's ``window_days`` of it or that it is a slip of, or
with the one whose what the words around it name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Any, Literal, Protocol

from rapidfuzz import fuzz

from factcheck import lexmatch, yamlfast
from factcheck.claims import (
    Claim,
    Frozen,
    Kind,
    Period,
    Qualifier,
    durations_convertible,
    in_common_unit,
    significant_digits,
    ten_power_apart,
)
from factcheck.dates import (
    ANNIVERSARY_NOTE,
    DATE_PLACE_NOTE,
    EARLIER_EVENT_NOTE,
    LAST_YEAR_NOTE,
    PAST_NOTE,
    last_such_day,
)
from factcheck.lexicon import load_lexicon, strip_clitics
from factcheck.raw import AGE_NOTE, BIRTHDAY_NOTE
from factcheck.textnorm import fold_word

HOLDER_LEAD = 0.3  # lead of the nearest named candidate's word when several are named in the sentence
CANDIDATE_LIMIT = 16  # per variant: the first ones (trusted, then earliest) are enough to decide
# A claim that leaves period or place unstated meets every variant of its block; past this many it is
# ambiguous anyway, and the bound keeps the cost per claim flat however many articles there are.
VARIANT_LIMIT = 32
WEAK_SCAN_LIMIT = 64
SMALL_BLOCK = 64  # a block with at most this many variants is scanned whole
# Format characters (zero-width padding of decoded references, bidi marks) are kept inside a word and
# then folded away, so "&#1605;&#1602;&#1578;&#1604;" is one word, as a browser shows it.

PeriodKey = tuple[dt.date | None, dt.date | None] | None
Variant = tuple[PeriodKey, frozenset[str], str | None]  # period, places, counted


class Judge(Protocol):
    """What alignment asks of the comparison rules (compare.RuleBook provides it)."""

    def agrees(self, claim: Claim, other: Claim) -> bool: ...

    def plausible(self, claim: Claim, other: Claim, *, concept: bool = False) -> bool: ...

    def related(self, claim: Claim, other: Claim) -> bool: ...

    def slipped(self, claim: Claim, other: Claim) -> bool: ...

    def date_window(self) -> int: ...

    def grows(self, claim: Claim, other: Claim) -> bool: ...

    def other_toll(self, claim: Claim, other: Claim) -> bool: ...


# --- units -------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _units_file() -> dict[str, Any]:
    from factcheck.rules import rules_dir

    data: dict[str, Any] = yamlfast.safe_load((rules_dir() / "units.yaml").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def currency_families() -> dict[str, frozenset[str]]:
    """Family word -> the ISO codes it may stand for (rules/consistency/units.yaml)."""
    return {str(name): frozenset(codes) for name, codes in _units_file()["currency_families"].items()}


@lru_cache(maxsize=1)
def known_units() -> frozenset[str]:
    """The closed vocabulary of units (rules/consistency/units.yaml): the plain units (count, percent,
    durations, date), the currency families and the ISO 4217 codes, current and withdrawn."""
    data = _units_file()
    return frozenset([*map(str, data["plain_units"]), *currency_families(), *map(str, data["other_money"]),
                      *map(str, data["currency_codes"]), *map(str, data.get("historic_currency_codes") or ()),
                      *measure_units()])


@lru_cache(maxsize=1)
def measure_units() -> frozenset[str]:
    """The units of measure of units.yaml (not counts, percentages or money)."""
    return frozenset(map(str, _units_file().get("measure_units") or ()))


@lru_cache(maxsize=1)
def measure_concepts() -> frozenset[str]:
    """The concepts of units.yaml measure_concepts: quantities only a measure states (a magnitude)."""
    return frozenset(map(str, _units_file().get("measure_concepts") or ()))


@lru_cache(maxsize=1)
def counted_concepts() -> frozenset[str]:
    """The concepts of units.yaml counted_concepts: counts of people or events, which no measure states."""
    return frozenset(map(str, _units_file().get("counted_concepts") or ()))


def is_money_unit(unit: str) -> bool:
    """An ISO 4217 code (three capitals) or a currency family name."""
    return (len(unit) == 3 and unit.isalpha() and unit.isupper()) or unit in currency_families()


def units_compatible(a: str, b: str) -> bool:
    """Same unit, a measure and a plain count, a rate and its base unit (tonne_per_year and tonne), or
    a currency family and one of its codes; two different codes never match."""
    if a == b:
        return True
    measures = measure_units()
    if (a in measures and b == "count") or (b in measures and a == "count"):
        return True  # a reference may count tonnes as a plain count; two measures never match
    if a.startswith(b + "_per_") or b.startswith(a + "_per_"):
        return True  # "2.4 million tonnes a year" and a fact in tonnes of "emissions cut a year"
    if durations_convertible(a, b):
        return True  # "four minutes" and 207 seconds: compared in seconds (claims.in_common_unit)
    families = currency_families()
    return b in families.get(a, ()) or a in families.get(b, ())


@lru_cache(maxsize=1)
def containers() -> dict[str, frozenset[str]]:
    """Each place mapped to the places that contain it (rules/consistency/places.yaml)."""
    from factcheck.rules import rules_dir

    data = yamlfast.safe_load((rules_dir() / "places.yaml").read_text(encoding="utf-8"))
    inside: dict[str, set[str]] = {}
    for outer, places in data["within"].items():
        for place in places:
            inside.setdefault(str(place), set()).add(str(outer))
    return {place: frozenset(outers) for place, outers in inside.items()}


def reduce_places(places: Iterable[str]) -> frozenset[str]:
    """The most specific places of a set: "Anbar, Iraq" is Anbar; "Iraq, Syria" stays both. A name the
    gazetteer does not know (a village a reference names beside its province and country) is left
    out when a known one is there: no article can state it, so it cannot tell two quantities apart."""
    found = frozenset(places)
    known = _known_places()
    if any(p in known for p in found):
        found = frozenset(p for p in found if p in known)
    within = containers()
    redundant = {outer for place in found for outer in outer_places(place, within)}
    return found - redundant


def outer_places(place: str, containers: dict[str, frozenset[str]]) -> set[str]:
    """Every place that contains ``place``, directly or through another (Fallujah, Anbar, Iraq)."""
    out: set[str] = set()
    todo = [place]
    while todo:
        for outer in containers.get(todo.pop(), ()):
            if outer not in out:
                out.add(outer)
                todo.append(outer)
    return out


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Every canonical place name of the gazetteers and of the containment table."""
    from factcheck.lexicon import LANGS, load_lexicon

    names = {name for lang in LANGS for name in load_lexicon(lang).places.values() if name}
    for place, outers in containers().items():
        names.add(place)
        names.update(outers)
    return frozenset(names)


def places_nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether every place of one set lies within a place of the other (Gezira within Sudan)."""
    table = containers()

    def within(inner: frozenset[str], outer: frozenset[str]) -> bool:
        return all(outer_places(p, table) & outer for p in inner)

    return bool(a) and bool(b) and (within(a, b) or within(b, a))


def _elsewhere(side: Side, fact: Side) -> bool:
    """Whether a date's clause names where its event was (DATE_PLACE_NOTE: "the Aug. 17 quake in
    northwestern Turkey") and a reference date's places lie apart from it (the Athens quake's day):
    the day of another event."""
    note = next((e for e in side.claim.evidence if e.startswith(DATE_PLACE_NOTE)), None)
    theirs = fact.variant[1]
    if note is None or not theirs:
        return False
    own = frozenset(note[len(DATE_PLACE_NOTE):].split(", "))
    return own.isdisjoint(theirs) and not places_nested(own, theirs)


def places_beyond(fact: frozenset[str], figure: frozenset[str]) -> bool:
    """Whether a figure's sentence names every place of a fact (or a place within it) and more besides
    ({Gaza, Israel} for {Gaza}; {Kirkuk, Türkiye, Syria} for {Iraq, Türkiye}): the places beyond are an
    actor's or an origin's. Never the reverse: "137 in Iraq" is a part of "196 in Iraq and Syria"."""
    if not fact or not figure or fact == figure:
        return False
    table = containers()
    return all(p in figure or any(p in outer_places(q, table) for q in figure) for p in fact)


_EVENT_DAYS = 7  # a period this short inside a longer one is an event within it (a vote, an attack)
_EVENT_SPAN_DAYS = 366  # ... when the longer one is a month or a year, not an open-ended "since"


def periods_nested(a: PeriodKey, b: PeriodKey) -> bool:
    """Whether one period is an event of a few days inside the other (an election day inside
    February; the Hajj days inside 2024)."""
    if a is None or b is None:
        return False

    def inside(inner: PeriodKey, outer: PeriodKey) -> bool:
        if inner is None or outer is None or inner[0] is None or inner[1] is None:
            return False
        if (inner[1] - inner[0]).days > _EVENT_DAYS:
            return False
        if outer[0] is None or outer[1] is None or (outer[1] - outer[0]).days > _EVENT_SPAN_DAYS:
            return False  # a toll since the war began is not the toll of one day of it
        return (outer[0] is None or outer[0] <= inner[0]) and (outer[1] is None or inner[1] <= outer[1])

    return inside(a, b) or inside(b, a)


def running(a: PeriodKey, b: PeriodKey) -> bool:
    """Whether one period is open ("since the start of the year", up to the day it was written) and the
    other closes the same tally on a day ("1 January to 14 July"): one running total, read on two
    days."""
    if a is None or b is None or a[0] is None or a[0] != b[0]:
        return False
    closed = a if a[1] is not None else b
    if closed[1] == closed[0]:
        return False  # a day's figure ("first-day trading") is no tally run since that day
    return (a[1] is None) != (b[1] is None)


_YEAR_DAYS = (364, 365)  # the days a year's closed period spans (its last day less its first)


def years_alike(a: PeriodKey, b: PeriodKey) -> bool:
    """Whether two periods of a year share two thirds of their days: a calendar year and a fiscal year
    that ends in the next one's first months ("last year" of a fiscal year from April 2021 to March
    2022)."""
    if a is None or b is None:
        return False
    (a_start, a_end), (b_start, b_end) = a, b
    if a_start is None or a_end is None or b_start is None or b_end is None:
        return False
    if (a_end - a_start).days not in _YEAR_DAYS or (b_end - b_start).days not in _YEAR_DAYS:
        return False
    shared = (min(a_end, b_end) - max(a_start, b_start)).days + 1
    return shared * 3 >= (a_end - a_start).days * 2  # two thirds: a fiscal year from April or October


def since_alike(a: PeriodKey, b: PeriodKey) -> bool:
    """Whether two running totals ("since 2021", "since 1 March 2021") start alike at the precision of
    the coarser start: a start on 1 January is a year's ("since 2021"), on the 1st a month's, and
    covers any start day in it."""
    if a is None or b is None or a[0] is None or b[0] is None or a[1] is not None or b[1] is not None:
        return False

    def covers(coarse: dt.date, fine: dt.date) -> bool:
        if coarse.month == 1 and coarse.day == 1:
            return coarse.year == fine.year
        return coarse.day == 1 and (coarse.year, coarse.month) == (fine.year, fine.month)

    return covers(a[0], b[0]) or covers(b[0], a[0])


def earlier_reading(a: Side, b: Side, *, toll: bool = True) -> bool:
    """Whether ``a`` is a tally read before ``b``: b runs from a start up to the day it was written (a
    running total), and a, stating no period or the same open one, was written after that start and
    before that day. "18 killed" in an article of 22 August is an earlier count
    than the 20 killed from 19 August in a statement of 29 August, not a wrong statement of it.
    ``toll``: whether the figures count a toll, which grows after a one-day event (Judge.grows)."""
    own, other = a.variant[0], b.variant[0]
    if toll and _event_toll_read_earlier(a, b):
        return True
    if (own is not None and own[1] is not None) or other is None or other[0] is None:
        return False  # a closes its own period; b states no start
    if own is not None and own[0] != other[0]:
        return False  # another running total
    if other[1] is not None:
        return False  # a closed period (a year's budget) may be stated before it ends
    end = b.published  # b runs up to the day it was written
    return a.published is not None and end is not None and other[0] <= a.published < end


def later_reading(a: Side, b: Side) -> bool:
    """Whether ``a``, stating no period of its own, was written some days after ``b``'s running tally
    closed (its period ends about the day it was written): a toll read later ("has grown to 223
    cases" a week after a statement of 159), which may have grown since."""
    if a.variant[0] is not None or a.published is None or b.published is None:
        return False
    other = b.variant[0]
    closed = other[1] if other is not None and other[1] is not None else b.published
    if (b.published - closed).days > _RUNNING_SLACK:
        return False  # a period closed before it was written (a year's detentions): it grows no more
    return (a.published - closed).days >= _LATER_DAYS


_RUNNING_SLACK = 1  # days between a tally's last day and its statement for it to be still running


_LATER_DAYS = 3  # days after a tally closed from which an article may read it grown


def _names_measure(claim: Claim, fact: Side) -> bool:
    """Whether a measure and a plain count may be one quantity without a concept to join them: the
    fact's what names the measure ("anchovy catch limit, tonnes" of "2.457 million metric tons"; not
    "people injured" of "above 8,000 metres"). True when neither is a measure of the other's count."""
    units = {claim.unit, fact.claim.unit}
    if claim.unit == fact.claim.unit or "count" not in units:
        return True
    measure = next(u for u in units if u != "count")
    return not _measure_words(measure).isdisjoint(fact.words)


# The words a reference fact's what opens with when it counts things ("عدد مخيمات اللاجئين", "number
# of camps"): such a fact is no measure ("3 كيلوغرامات" of food beside the camps is no count of them).
_COUNT_OPENERS = frozenset({"عدد", "number", "count"})


def _counts_things(fact: Side) -> bool:
    """Whether a plain count fact's what opens with a word that says it counts things."""
    words = fact.claim.text.split(maxsplit=1)
    return fact.claim.unit == "count" and bool(words) and words[0].lower() in _COUNT_OPENERS


@lru_cache(maxsize=64)
def _measure_words(unit: str) -> frozenset[str]:
    """The words of every language's lexicon that name the measure ``unit`` ("tonnes", "طن")."""
    from factcheck.lexicon import LANGS, load_lexicon

    return frozenset(word for lang in LANGS for word, named in load_lexicon(lang).measures.items()
                     if named == unit)


def _below(claim: Claim, other: Claim) -> bool:
    """Whether every value ``claim`` allows lies below every value ``other`` allows."""
    high = claim.upper if claim.upper is not None else claim.value
    low = other.lower if other.lower is not None else other.value
    return high is not None and low is not None and high < low


_TOLL_DAYS = 1  # a fact of a period this short is one event's toll (an attack, a crash, a storm)


def _event_toll_read_earlier(a: Side, b: Side) -> bool:
    """Whether count ``a``, stating no period of its own or the event's, was written after a one-day
    event and before the statement ``b`` of its toll, or in the few days before the day ``b`` gives its
    toll for: a toll read earlier ("32 killed" in an article of 3 August beside the 37 of the 2 August
    attack in a statement of 4 August), which grows."""
    if a.claim.kind is not Kind.COUNT or a.published is None:
        return False
    own, other = a.variant[0], b.variant[0]
    if other is None or other[0] is None or other[1] is None or (other[1] - other[0]).days > _TOLL_DAYS:
        return False
    if own is not None and own != other:
        return False
    # written after the event and before the statement, or in the days before the day the statement
    # gives its toll for ("مقتل ٩" on 3 August beside 11 killed as of 4 August)
    if own is None and 0 < (other[0] - a.published).days <= _EVENT_DAYS:
        return True
    return b.published is not None and other[1] <= a.published < b.published


_NAMED_WHOLE = 2  # what-words (all of a fact's) beside a figure that name it whatever its counted noun


def unit_block(claim: Claim) -> str:
    """The unit a claim is compared in: "money" for any currency (codes are checked pairwise), else its
    unit."""
    return "money" if claim.kind is Kind.MONEY else claim.unit


# --- models ------------------------------------------------------------------------------------------


class Side(Frozen):
    """One claim with where it comes from; ``context`` holds (lang, words) pairs for similarity."""

    path: str
    claim: Claim
    order: int  # position of its document in publication order; references come first
    context: tuple[tuple[str, str], ...] = ()
    source: str | None = None
    url: str | None = None
    is_reference: bool = False
    trusted: bool = False  # an article claim that a reference confirmed
    published: dt.date | None = None  # of its document: a period ending that day is "up to now"
    # The folded words of the claim's sentence (a reference fact's what): they tell apart facts that
    # identity fields do not, by their holder or sub-category ("vote share of Prabowo Subianto").
    words: frozenset[str] = frozenset()
    # Lexical identity (factcheck.lexmatch): an article figure's nearby word forms with their weights;
    # a reference fact's what as content words, by language.
    near: Mapping[str, float] = {}
    what: Mapping[str, tuple[lexmatch.Word, ...]] = {}
    # The folded words after "of"/"من" that make an article figure some of a whole ("174 من الضحايا":
    # الضحايا; FC101's part_words); empty when its words do not.
    whole: tuple[str, ...] = ()
    # The places of the references no gazetteer knows that the claim's article names (anywhere): a fact
    # of such a place is another place's for a figure the article puts elsewhere (_unknown_beside_known).
    names: frozenset[str] = frozenset()
    # An article figure of a sentence about another time (check._long_ago_sentences: a day more than a
    # year back, the event a record is measured from): it is checked against no other article, and
    # contradicts none.
    other_time: bool = False
    # An article's own place: the one its headline or lead gives the figures that name none ("place
    # United States from the lead (assumed)"); empty for a reference fact or an article with none.
    home: frozenset[str] = frozenset()

    @cached_property
    def variant(self) -> Variant:
        return _variant(self.claim, self.published)

    @cached_property
    def defaults(self) -> tuple[bool, bool]:
        """Whether the claim's place and period came from its article's headline or lead."""
        return from_default(self.claim.evidence, "place"), from_default(self.claim.evidence, "period")


class Alignment(Frozen):
    """Two claims taken as the same quantity, and why."""

    claim: Side
    counterpart: Side
    strength: Literal["strong", "partial", "weak"]
    similarity: int | None = None
    can_contradict: bool = True
    evidence: tuple[str, ...]
    # Identity fields stated on one side only (period, place, counted): the pair is one quantity by
    # assumption there, and a finding on it is a warning, never an error.
    assumed: tuple[str, ...] = ()
    # Competing counterparts when the claim matches none of them ("52 matches none of 44 / 30 / 14").
    candidates: tuple[Side, ...] = ()
    # The share of the counterpart's what named near the figure, when words alone joined them.
    lexical: float | None = None


# --- contexts ----------------------------------------------------------------------------------------


def context_words(text: str, start: int, end: int, words: int = 8) -> str:
    """The folded letter-words around a span (digits left out, so the numbers do not count)."""
    before = lexmatch.WORD_RE.findall(text[max(0, start - 12 * words) : start])[-words:]
    after = lexmatch.WORD_RE.findall(text[end : end + 12 * words])[:words]
    inside = lexmatch.WORD_RE.findall(text[start:end])
    return " ".join(folded for w in before + inside + after if (folded := fold_word(w)))


def sentence_words(text: str) -> frozenset[str]:
    """The folded words of a sentence or phrase, each also without its Arabic proclitics."""
    out: set[str] = set()
    for w in lexmatch.WORD_RE.findall(text):
        folded = fold_word(w)
        if folded:
            out.update(strip_clitics(folded))
    return frozenset(out)


def similarity(a: Side, b: Side) -> int | None:
    """Best token-set likeness (0-100) of the two contexts in a shared language; None if none shared."""
    scores = [fuzz.token_set_ratio(x, y) for lang_a, x in a.context for lang_b, y in b.context
              if lang_a == lang_b and x and y]
    return round(max(scores)) if scores else None


# --- variants ----------------------------------------------------------------------------------------


def period_key(period: Period | None, published: dt.date | None = None) -> PeriodKey:
    """A period as a key; an end on the publication day reads as open ("since 2014" = up to now)."""
    if period is None or (period.start is None and period.end is None):
        return None
    # (a period of one day, "as of 8 April", stays that day)
    end = None if period.end is not None and period.end == published and period.start != period.end \
        else period.end
    return period.start, end


GENERIC_COUNTED = "people"  # who any toll counts: it tells no two quantities apart


def _variant(claim: Claim, published: dt.date | None) -> Variant:
    counted = None if claim.counted == GENERIC_COUNTED else claim.counted
    return period_key(claim.period, published), reduce_places(claim.place), counted


def _relation(a: object, b: object, empty: object) -> int | None:
    """0 when equal, 1 when one side is unstated, None when both are stated and differ."""
    if a == b:
        return 0
    return 1 if a == empty or b == empty else None


def identity(a: Variant, b: Variant, named: frozenset[str] = frozenset()) \
        -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Which identity fields two variants state alike (matched) and which only one of them states
    (assumed); None when both state one and it differs: two quantities. ``named``: the places no
    gazetteer knows that the article of one side names (Side.names)."""
    matched: list[str] = []
    assumed: list[str] = []
    for name, x, y, empty in (("period", a[0], b[0], None), ("place", a[1], b[1], frozenset()),
                              ("counted", a[2], b[2], None)):
        relation = _relation(x, y, empty)
        if relation is None and ((name == "period" and _periods_alike(a[0], b[0]))
                                 or (name == "place" and places_nested(a[1], b[1]))):
            relation = 1  # one inside the other: the same quantity, assumed
        if relation is None and name == "place" and _unknown_beside_known(a[1], b[1], named):
            relation = 1  # a place no article can name ("Orlando") beside an article's: assumed
        if relation is None:
            return None
        if relation == 1:
            assumed.append(name)
        elif x != empty:
            matched.append(name)
    return tuple(matched), tuple(assumed)


def _periods_alike(a: PeriodKey, b: PeriodKey) -> bool:
    """Whether two different periods may still be one quantity's: an event inside a month or a year, a
    running total read on two days, two starts alike, a calendar year and a fiscal one."""
    return periods_nested(a, b) or running(a, b) or since_alike(a, b) or years_alike(a, b)


def _unknown_beside_known(a: frozenset[str], b: frozenset[str], named: frozenset[str]) -> bool:
    """Whether one set holds only places the gazetteer does not know (a reference's "Orlando") and the
    other only places it knows, and the article names none of the first anywhere: it could not put
    the figure there, so the two cannot be told apart ("in Florida" of a fact of Orlando). An article
    that names the place and puts the figure elsewhere ("after leaving Ras al Hadd, ... in Yemen")
    states another place."""
    known = _known_places()
    return any(bool(x) and not (x & known) and y <= known and not (x & named) for x, y in ((a, b), (b, a)))


def describe_period(key: PeriodKey) -> str:
    if key is None:
        return "none"
    start, end = key
    return f"{start.isoformat() if start else '…'}..{end.isoformat() if end else '…'}"


def _evidence(side: Side, other_side: Side, sim: int | None) -> list[str]:
    claim, other = side.claim, other_side.claim
    out = [f"same concept {claim.concept!r}"] if claim.concept and claim.concept == other.concept else []
    own, theirs = side.variant, other_side.variant
    out.append(_dim_evidence("period", own[0], theirs[0], None, describe_period))
    out.append(_dim_evidence("place", own[1], theirs[1], frozenset(), lambda p: ", ".join(sorted(p))))
    if own[2] or theirs[2]:
        out.append(_dim_evidence("counted", own[2], theirs[2], None, str))
    out.append(f"same unit {claim.unit}" if claim.unit == other.unit
               else f"unit {claim.unit} matches {other.unit}")
    if sim is not None:
        out.append(f"context similarity {sim}")
    elif claim.lang != other.lang:
        out.append(f"across languages ({claim.lang}/{other.lang}): the concept id carries the match")
    return out


def _dim_evidence(name: str, a: Any, b: Any, empty: object, show: Callable[[Any], str]) -> str:
    if a == b:
        return f"same {name} {show(a)}" if a != empty else f"no {name} on either side"
    if a != empty and b != empty:  # one inside the other, or a headline's place met another place
        return f"{name} {show(a)} and {show(b)}: one within the other or a default, assumed the same"
    stated = b if a == empty else a
    return f"{name} stated on one side only ({show(stated)}): assumed the same"


# --- the index ---------------------------------------------------------------------------------------


class Block:
    """The claims of one (kind, unit block, concept), by variant, with the variants listed by place and
    by period so that a claim finds its compatible variants without scanning them all."""

    def __init__(self) -> None:
        self.variants: dict[Variant, list[Side]] = {}
        self._by_place: dict[frozenset[str], list[Variant]] = {}
        self._by_period: dict[PeriodKey, list[Variant]] = {}

    def add(self, side: Side) -> None:
        variant = side.variant
        if variant not in self.variants:
            self.variants[variant] = []
            self._by_place.setdefault(variant[1], []).append(variant)
            self._by_period.setdefault(variant[0], []).append(variant)
        self.variants[variant].append(side)

    def neighbours(self, own: Variant) -> Collection[Variant]:
        """Variants that may be compatible with ``own``: same or unstated place, or period."""
        if len(self.variants) <= SMALL_BLOCK:
            return self.variants.keys()  # few enough to try each (nested places and periods too)
        period, place, _ = own
        lists: list[Collection[Variant]] = []
        if place:
            lists.append(self._by_place.get(place, []) + self._by_place.get(frozenset(), []))
        if period is not None:
            lists.append(self._by_period.get(period, []) + self._by_period.get(None, []))
        return min(lists, key=len) if lists else self.variants.keys()


class Index:
    """Counterpart claims, blocked once; lookups cost the size of one block, not of the whole set."""

    def __init__(self, sides: Iterable[Side]) -> None:
        self._blocks: dict[tuple[Kind, str, str], Block] = {}
        self._plain: dict[tuple[Kind, str, PeriodKey], list[Side]] = {}
        self._worded: dict[Kind, list[Side]] = {}
        self._by_form: dict[tuple[Kind, str], dict[str, list[Side]]] = {}
        self._dates: list[Side] = []
        for side in sorted(sides, key=lambda s: (not s.trusted, s.order)):
            self.add(side)

    def add(self, side: Side) -> None:
        claim = side.claim
        if claim.kind is Kind.ORDINAL:
            return
        if claim.kind is Kind.DATE:
            if not side.is_reference:
                return
            self._dates.append(side)
        else:
            key = block_concept(claim)
            if key is not None:
                self._blocks.setdefault((claim.kind, unit_block(claim), key), Block()).add(side)
            self._plain.setdefault(_plain_key(side), []).append(side)
        if side.what:
            self._worded.setdefault(claim.kind, []).append(side)
            for lang, words in side.what.items():
                table = self._by_form.setdefault((claim.kind, lang), {})
                for word in words:
                    for form in word:
                        table.setdefault(form, []).append(side)

    def named(self, side: Side, close: float) -> list[Side]:
        """Facts of the side's kind whose what holds a form of a word near it (weight ``close`` or
        more), those that share the most forms first: the only facts words can join it to."""
        table = self._by_form.get((side.claim.kind, side.claim.lang))
        if not table:
            return []
        found: dict[int, Side] = {}
        shared: dict[int, int] = {}
        common = max(COMMON_FORM_MIN, len(self._worded.get(side.claim.kind, ())) // 4)
        for form, weight in side.near.items():
            facts = table.get(form, ()) if weight >= close else ()
            if len(facts) > common:
                continue  # a word of a quarter of the facts tells none apart, and costs the most
            for fact in facts:
                found.setdefault(id(fact), fact)
                shared[id(fact)] = shared.get(id(fact), 0) + 1
        # among equals, the facts' own order (file, then place in it): the order the forms were met in
        # follows set iteration, which changes from run to run
        order = sorted(found, key=lambda k: (-shared[k], found[k].path, found[k].claim.start))
        return [found[k] for k in order]

    def worded(self, claim: Claim) -> list[Side]:
        """Facts of the claim's kind that carry a what to read (references); units are checked pairwise
        (a count of megawatts meets "capacity in megawatts" given as a count)."""
        return self._worded.get(claim.kind, [])

    def block(self, claim: Claim) -> Block:
        """The claim's block (kind, unit block, concept); empty when it has no concept."""
        key = block_concept(claim)
        if key is None:
            return Block()
        return self._blocks.get((claim.kind, unit_block(claim), key)) or Block()

    def variants(self, claim: Claim) -> dict[Variant, list[Side]]:
        """The variants of the claim's block with their claims."""
        return self.block(claim).variants

    def plain(self, side: Side) -> list[Side]:
        """Claims of the same kind, unit block and period, whatever their concept."""
        return self._plain.get(_plain_key(side), [])

    def reference_dates(self) -> list[Side]:
        return self._dates


# Concepts that name one quantity two ways: "50 casualties" and "50 بين قتيل وجريح" (killed and
# injured, coordinated).
SAME_CONCEPT = {"injured+killed": "casualties"}


def block_concept(claim: Claim) -> str | None:
    """What blocks a claim: its concept, else what it counts ("more than 20 defendants" meets
    "defendants in the case" though neither names an event)."""
    if claim.concept is not None:
        # A percentage of the votes is a vote share, however the text names it ("won 55% of the
        # votes cast", "his share of the vote").
        if claim.kind is Kind.PERCENT and claim.concept == "votes":
            return "vote_share"
        return SAME_CONCEPT.get(claim.concept, claim.concept)
    if claim.counted is None or claim.counted.endswith("_rate"):
        return None  # "annual", "a month" is how a figure is counted, not what: it blocks nothing
    return f"~{claim.counted}"


def _plain_key(side: Side) -> tuple[Kind, str, PeriodKey]:
    return side.claim.kind, unit_block(side.claim), side.variant[0]


# --- aligning ----------------------------------------------------------------------------------------


def _in_its_name(side: Side, fact: Claim) -> bool:
    """Whether the figure's number is written in the fact's what before a word the figure has beside it
    ("increase in duty on a packet of 20 cigarettes"), the fact stating another value: the figure names
    what the fact is of ("a packet of 20 cigarettes costs 14 pence more"), no statement of its value."""
    value = side.claim.value
    text = fact.text
    if value is None or not text or value != value.to_integral_value() or fact.value == value:
        return False
    digits = str(int(value))
    at = text.find(digits)
    while at >= 0:
        end = at + len(digits)
        if (at == 0 or text[at - 1] not in _NUMBER_CHARS) and not (end < len(text) and text[end].isdigit()) \
                and not (end + 1 < len(text) and text[end] in _NUMBER_CHARS and text[end + 1].isdigit()):
            word = _NEXT_WORD.match(text, end)
            if word is not None and side.near.get(fold_word(word.group(1)).lower(), 0.0) >= lexmatch.CLOSE:
                return True
        at = text.find(digits, end)
    return False


_NUMBER_CHARS = frozenset("0123456789.,٫٬")
_NEXT_WORD = re.compile(r"\W*(\w+)")


def _component_of(a: str | None, b: str | None) -> bool:
    """Whether one concept is a component of the other, combined one ("injured" of "injured+killed"):
    two quantities, the whole and one of its parts, whatever words they share."""
    if a is None or b is None or a == b:
        return False
    return a in b.split("+") or b in a.split("+")


class Aligner:
    """Finds the counterpart of a claim in one index.

    Against references, a pair with every dimension stated and equal may always contradict; a pair
    aligned on partial evidence (a dimension unstated on one side, no shared concept) only when the
    figures are plausibly one quantity (``Judge.plausible``). Between articles (``peers``) every pair
    needs that. ``min_similarity`` is the context likeness a weak match needs within one language.
    """

    def __init__(self, index: Index, judge: Judge, *, min_similarity: int = 60, peers: bool = False) -> None:
        self.index = index
        self.judge = judge
        self.min_similarity = min_similarity
        self.peers = peers
        self.date_window = judge.date_window()
        self._lexical_scores: dict[int, list[Scored]] = {}
        self._blocked: dict[int, float] = {}  # figure -> the best score of a fact its identity rules out
        self._joined_places: dict[int, bool] = {}  # fact -> _places_joined
        self._fact_best: dict[int, float] = {}
        self._fact_stated: dict[int, set[int]] = {}  # fact -> the figures of the document stating it exactly
        self._trimmed: dict[int, list[Side]] = {}  # id of a variant's sides -> those _others may take
        self._measured: Counter[str] = Counter()  # the document's figures per measure unit (prepare_lexical)
        self._document: list[Side] = []  # ... and its figures

    def align(self, side: Side, *, unique_in_document: bool = True) -> Alignment | None:
        claim = side.claim
        if claim.kind is Kind.ORDINAL:
            return None
        if claim.kind is Kind.DATE:
            return self._align_date(side)
        found = self._in_order(self._align_concept(side))
        if found is not None and found.assumed and claim.kind is not Kind.YEAR:
            found = self._named_otherwise(side, found)
        elif found is not None and not found.candidates and claim.kind is not Kind.YEAR \
                and len(significant_digits(claim.value)) >= 2 and self._stated_here(side, found.counterpart) \
                and not self.judge.agrees(claim, found.counterpart.claim):
            # the fact its concept meets is stated rightly by another figure of the document ("395 seats
            # in parliament"): this figure, which disagrees with it, is another quantity of the concept,
            # the one its words name if they name one ("fell to fewer than 12 seats" of the party's 13)
            found = self._named_otherwise(side, found, floor=LEXICAL_MIN)
        if found is None and claim.kind is not Kind.YEAR:
            found = self._in_order(self._align_lexical(side))
            if found is None:
                found = self._align_weak(side, slip_only=not unique_in_document) or self._align_slip(side) \
                    or self._align_measure(side) or self._align_age(side)
        if found is None or not found.can_contradict:
            return found
        fact = found.counterpart
        if claim.qualifier is Qualifier.APPROX and not any(
                _near(claim, c.claim, APPROX_NEAR) or self.judge.slipped(claim, c.claim)
                for c in found.candidates or (fact,)):
            return None  # "about 2,500" is no rounding of 1,534: another quantity, whatever names them
        if found.strength == "weak" and self.judge.slipped(claim, fact.claim):
            return found  # joined only as the fact's slip (digits swapped, a scale word): no other reading
        toll = self.judge.grows(claim, fact.claim)
        if earlier_reading(side, fact, toll=toll) and not _above_later(claim, fact.claim):
            note = "a running total read earlier than its counterpart's closing day: it may only confirm it"
            return found.model_copy(update={"can_contradict": False, "evidence": (*found.evidence, note)})
        if toll and later_reading(side, fact) and not _below(claim, fact.claim):
            note = ("a toll read after its counterpart's closing day, no lower: it has grown since, and may "
                    "only confirm it")
            return found.model_copy(update={"can_contradict": False, "evidence": (*found.evidence, note)})
        return found

    def _joined(self, fact: Side) -> bool:
        """_places_joined, read once per fact."""
        found = self._joined_places.get(id(fact))
        if found is None:
            found = self._joined_places[id(fact)] = _places_joined(fact)
        return found

    def _align_age(self, side: Side) -> Alignment | None:
        """A figure read as an age (AGE_NOTE: "مبارك (85 عاما)", "aged 84") and the one reference fact
        of an age in years whose other words (the person: "عمر الرئيس السابق محمد حسني مبارك") stand
        near it: the person's age, whatever period and place each states."""
        claim = side.claim
        if self.peers or AGE_NOTE not in claim.evidence or BIRTHDAY_NOTE in claim.evidence:
            return None  # ("Bolt, who turns 23 on Friday": his age from that day, not the fact's)
        found = [fact for fact in self.index.worded(claim)
                 if fact.path != side.path and units_compatible(claim.unit, fact.claim.unit)
                 and names_age(fact) and whose_age(side, fact)]
        if len(found) != 1:
            return None
        fact = found[0]
        sim = similarity(side, fact)
        return Alignment(claim=side, counterpart=fact, strength="partial", similarity=sim,
                         evidence=("an age beside a word of the one age fact's person",
                                   *_evidence(side, fact, sim)),
                         assumed=tuple(sorted({*_told_otherwise(side.variant, fact.variant), "concept"})))

    def _stated_here(self, side: Side, fact: Side) -> bool:
        """Whether another figure of the document (prepare_lexical's) states the fact's value exactly."""
        value = fact.claim.value
        return value is not None and any(
            other is not side and other.claim.value == value and other.claim.qualifier is Qualifier.EXACT
            and units_compatible(other.claim.unit, fact.claim.unit) for other in self._document)

    def _named_otherwise(self, side: Side, found: Alignment, floor: float | None = None) -> Alignment:
        """A fact met through the figure's concept on assumed fields, when the words around the figure
        name none of it but name another fact well (LEXICAL_OVERRIDE): the concept was read from a
        word of another sense ("مباراة توظيف", a recruitment exam, read as matches, beside "المترشحون
        المسجلون على المنصة"), and the named fact is the figure's."""
        scored = self._score_lexical(side)
        floor = LEXICAL_OVERRIDE if floor is None else floor
        if not scored or scored[0][0] < floor or any(t[2] is found.counterpart for t in scored) \
                or self.judge.agrees(side.claim, found.counterpart.claim):
            return found  # (a fact the figure agrees with is its own: the values join them)
        lexical = self._in_order(self._align_lexical(side))
        return lexical if lexical is not None and lexical.counterpart is scored[0][2] else found

    def _in_order(self, found: Alignment | None) -> Alignment | None:
        """None for a figure met on assumed fields that is more than ten times off its counterpart, no
        slip aside ("three" of 4,280 patients): another quantity, not a wrong statement of it."""
        if found is not None and found.assumed and not found.candidates \
                and not same_order(found.claim.claim, found.counterpart.claim, self.judge):
            return None
        return found

    def _align_slip(self, side: Side) -> Alignment | None:
        """The only reference fact, of any period, that the figure is a scale word or two swapped
        digits away from, when none agrees with it ("A$24.4 million" for the A$24.4 billion of the
        season's crop): a slip is evidence of identity where the words are not. Counts and shares need
        three significant digits (12 and 21 are too often two quantities)."""
        claim = side.claim
        if self.peers or claim.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT) \
                or too_short_for_slip(claim):
            return None
        slips: list[Side] = []
        differing: set[int] = set()  # (ids of the slips met on words alone)
        for other in self.index.worded(claim):
            if other.path == side.path or not units_compatible(claim.unit, other.claim.unit) \
                    or not _names_measure(claim, other):
                continue  # (a measure is a slip of no plain count: "above 8,000 metres" of 8 injured)
            named = loose_identity(side, other) is None
            if named and not self._named_well(side, other):
                continue
            if self.judge.agrees(claim, other.claim):
                return None  # the figure states a fact rightly: no slip of another one
            if self._slip(claim, other.claim):
                slips.append(other)
                if named:
                    differing.add(id(other))
        if len(slips) != 1:
            return None
        why = "the only fact of this kind and unit a scale word or two swapped digits away (weak match)"
        assumed: tuple[str, ...] = ("concept",)
        if id(slips[0]) in differing:
            # A slip of a fact whose words stand by the figure ("142 مليون دولار" of a $142 billion arms
            # deal): the period or place the article gives it is taken as a misreading, a warning.
            why += "; its words named near the figure, its period or place told otherwise"
            assumed = ("concept", "period or place")
        sim = similarity(side, slips[0])
        return Alignment(claim=side, counterpart=slips[0], strength="weak", similarity=sim,
                         evidence=(why, *_evidence(side, slips[0], sim)), assumed=assumed)

    def _align_measure(self, side: Side) -> Alignment | None:
        """The document's only figure of a measure unit (degrees, hectares, barrels a day) and the
        only reference fact of that unit, of one identity: the unit names the quantity when no words
        do ("temperatures reached 52.1 degrees" of the maximum temperature recorded in Basra)."""
        claim = side.claim
        if self.peers or self._measured.get(claim.unit) != 1:
            return None
        facts = [f for f in self.index.worded(claim) if f.claim.unit == claim.unit]
        if len(facts) != 1 or not self.judge.plausible(claim, facts[0].claim):
            return None  # (weak evidence: only a figure that may be the fact's, as _align_weak)
        found = loose_identity(side, facts[0])
        if found is None:
            return None
        sim = similarity(side, facts[0])
        why = f"the only figure in {claim.unit} and the only fact in it (the unit names the quantity)"
        return Alignment(claim=side, counterpart=facts[0], strength="weak", similarity=sim,
                         evidence=(why, *_evidence(side, facts[0], sim)),
                         assumed=tuple(sorted({*found[1], "concept"})))

    @staticmethod
    def _named_well(side: Side, fact: Side) -> bool:
        """Whether the words near the figure hold at least SLIP_NAMED of the fact's what, two words of
        it or more, one of them in the figure's own stretch."""
        what = fact.what.get(side.claim.lang)
        if not what or not side.near:
            return False
        got, hits = lexmatch.score(what, side.near, {})
        return got >= SLIP_NAMED and len(hits) >= 2 and Aligner._close(side, fact, set(hits))

    def _slip(self, claim: Claim, other: Claim) -> bool:
        """A slip that may join a figure to a fact by itself: a scale word or two swapped digits, where a
        figure of one significant digit ("more than 3 million") is a slip only of the same digit (3
        billion, not 25)."""
        if not self.judge.related(claim, other):
            return False
        if len(significant_digits(claim.value)) > 1 or claim.value is None or not other.value:
            return True
        return ten_power_apart(claim.value, other.value)

    def prepare_lexical(self, sides: Iterable[Side], changes: Collection[tuple[str, str]] = ()) -> None:
        """Score the facts the words around each figure of one document name, so that a fact goes
        only to the figure that names it best ("the four units have a capacity of 1,400 MW each"
        names the capacity near both figures, and only one of them states it). A figure's words count
        only for the facts it names within LEXICAL_MARGIN of its best one: the freight figure that
        names "coal loaded" by "loaded" names its own fact far better, and leaves coal to the coal
        figure; and a figure that states one of the facts it names exactly names no other for itself
        ("registered 15,800 refugees" of the July count leaves the June one to "12,800"). ``changes``:
        the (path, id) of figures that state a change toward a total after them ("11 مكتبا جديدا ليرتفع
        عدد المكاتب إلى 64"): they take no fact's words from the total."""
        self._lexical_scores = {}
        self._fact_best = {}
        self._fact_stated = {}
        sides = list(sides)
        measures = measure_units()
        self._measured = Counter(side.claim.unit for side in sides if side.claim.unit in measures)
        self._document = sides
        for side in sides:
            scored = self._score_lexical(side)
            self._lexical_scores[id(side)] = scored
            exact = side.claim.qualifier is Qualifier.EXACT
            stated = {id(other) for got, _, other, _ in scored
                      if exact and got >= LEXICAL_MIN and self.judge.agrees(side.claim, other.claim)}
            for key in stated:
                self._fact_stated.setdefault(key, set()).add(id(side))
            if (side.path, side.claim.id) in changes or LEVEL_LEFT_NOTE in side.claim.evidence:
                continue
            for got, _, other, _ in scored:
                if got < LEXICAL_MIN or got < scored[0][0] - LEXICAL_MARGIN \
                        or (stated and id(other) not in stated):
                    continue  # (a figure that states a fact exactly names no other one for itself)
                key = id(other)
                self._fact_best[key] = max(self._fact_best.get(key, 0.0), got)

    def _score_lexical(self, side: Side) -> list[Scored]:
        found_scores = self._lexical_scores.get(id(side))
        if found_scores is not None:
            return found_scores
        if self.peers or not side.near:
            return []
        claim = side.claim
        facts = [other for other in self.index.named(side, lexmatch.CLOSE)[:LEXICAL_POOL]
                 if other.path != side.path and units_compatible(claim.unit, other.claim.unit)
                 and same_order(claim, other.claim, self.judge)
                 and (_names_measure(claim, other) or (claim.unit != "count" and not _counts_things(other)))]
        if claim.unit != "count":
            # a measure meets the facts of its own unit when there are some ("more than 11,000 hectares"
            # the area burned, not the homes damaged its sentence also names)
            facts = [other for other in facts if other.claim.unit == claim.unit] or facts
        if not facts:
            return []
        ranked = _ranked(side, facts)
        # Words that name facts of several places alike ("Finland's mean reading score", "Canada's ..."):
        # a table by place, where the place is what tells the quantities apart
        tables: dict[frozenset[str], set[frozenset[str]]] = {}
        for _, hits, other in ranked:
            if hits and other.variant[1]:
                tables.setdefault(frozenset(hits), set()).add(other.variant[1])
        by_place = {key for key, places in tables.items() if len(places) > 1
                    and len(frozenset().union(*places)) == sum(map(len, places))}  # (apart, not nested)
        # Identity only for the facts whose score may matter: from the best one of the claim's identity
        # down to where neither a rival (LEXICAL_MARGIN) nor a confirming fact (LEXICAL_AGREE) can be.
        reach = max(LEXICAL_MARGIN, LEXICAL_AGREE)
        scored: list[Scored] = []
        overlapping: list[Scored] = []  # met only through places beyond the fact's (places_beyond)
        blocked = 0.0  # the best score of a fact its words name that its identity rules out
        for got, hits, other in ranked:
            if scored and got < scored[0][0] - reach and got < LEXICAL_MIN \
                    and not set(hits) >= set(scored[0][1]):
                continue  # a fact named by every word the best one is (a longer what) may still confirm
            if not any(side.near.get(f, 0.0) >= lexmatch.CLOSE for w in other.what[claim.lang]
                       if lexmatch.key(w) in hits for f in w):
                continue  # below LEXICAL_MIN a fact may still confirm the figure, never contradict it
            if len(hits) < TRANSLATED_HITS and all(lang != claim.lang for lang, _ in other.context):
                continue  # a what read through the glossary: one word is too little to go on
            if _component_of(claim.concept, other.claim.concept):
                continue  # "إجمالي الضحايا بين قتيل وجريح 2600" is no statement of the injured alone
            if _in_its_name(side, other.claim):
                continue  # "a packet of 20 cigarettes" beside the duty on "a packet of 20 cigarettes"
            if self.judge.other_toll(claim, other.claim):
                continue  # "وأصيب 38 آخرون" beside the killed its sentence names: the injured's figure
            found = loose_identity(side, other)
            if found is None and len(hits) >= _NAMED_WHOLE and len(hits) == len(other.what[claim.lang]):
                # Every word of the fact's what beside the figure ("162 crew members were taken
                # hostage" for "crew taken hostage") names it better than two counted nouns, read from
                # a lexicon, tell it apart ("members", "hostages"): the counted noun is assumed.
                loose = loose_identity(side, other, counted=False)
                if loose is not None:
                    found = (loose[0], (*loose[1], "counted"))
            if found is None and (
                    # A fact between two places ("exports to China" of [China, Saudi Arabia]; Iran's
                    # drones at Israel) named well by the figure's words, its sentence naming one of
                    # them: the other is the actor the article speaks of
                    (got >= LEXICAL_OVERRIDE and places_beyond(side.variant[1], other.variant[1])
                     and not self._joined(other))
                    # A fact named by two words or more that only its place tells apart ("more than
                    # 90,000 fans at Wembley" in a sentence on the beaten Germans, of the final's
                    # attendance in London; "exports to the United States" of Germany's exports): the
                    # sentence's place is an actor's, an opponent's or a destination; not a total over
                    # places, one of them the figure's ("in Iraq and Syria"), nor a place no gazetteer
                    # knows that the article names apart ("After leaving Ras al Hadd, ... Yemen")
                    # (not a fact of a table by place: "France scored 505 in reading" states no
                    # score of Finland's or Canada's)
                    or (got >= LEXICAL_MIN and len(hits) >= _BLOCKING_HITS
                        and (claim.unit == other.claim.unit or claim.unit not in measure_units())
                        and other.variant[1].isdisjoint(side.names) and not self._joined(other)
                        and frozenset(hits) not in by_place)):
                # ... the place assumed, unless a fact of the figure's own places is named about as
                # well (the overlapping are taken last)
                placeless = _place_assumed(side, other)
                if placeless is not None:
                    overlapping.append((got, hits, other, placeless))
                    continue
            if found is None and got >= LEXICAL_SLIP_MIN and self._digit_slip_of(claim, other.claim):
                # two digits swapped ("205,000 naira" of the 250,000 demanded), named by the figure's
                # words: the slip is identity enough for the period it states otherwise, not the place
                found = _period_slip_identity(side, other)
                if found is not None:
                    scored.append((got, hits, other, found))
                    continue
            if found is None and got >= LEXICAL_SLIP_MIN \
                    and self._scale_slip_of(claim, other.claim, named=got >= LEXICAL_MIN):
                # the same three significant digits or more a scale word apart ("$68.7 million" of the
                # $68.7 billion deal), in its unit, named by the figure's words: the slip is identity
                # enough, the period and place it states otherwise assumed
                found = _slip_identity(side, other)
                if found is not None:
                    scored.append((got, hits, other, found))
                    continue
            if found is None and places_beyond(other.variant[1], side.variant[1]) \
                    and (claim.concept is None or other.claim.concept in (None, claim.concept)):
                # The sentence names the fact's places and more ("a truce between Israel and Hamas,
                # with 3,900 aid trucks entering the strip" of the trucks entering Gaza): the place
                # left over is an actor's or an origin's, the place assumed; not where the figure
                # names another event than the fact ("12 ISIS operatives were detained in Syria" and
                # those killed in Iraq and Syria).
                placeless = _place_assumed(side, other)
                if placeless is not None:
                    overlapping.append((got, hits, other, placeless))
                continue
            if found is not None:
                scored.append((got, hits, other, found))
            elif got > blocked and len(hits) >= _BLOCKING_HITS:
                blocked = got  # named this well, but another quantity by its period, place or counted noun
        self._blocked[id(side)] = blocked
        # ... and only where no fact of the figure's own places is named about as well ("140 killed in
        # Iraq" beside the Iraq fact and the Iraq-and-Syria one: the Iraq fact's)
        scored += [t for t in overlapping if not any(u[0] > t[0] - LEXICAL_MARGIN for u in scored)]
        scored.sort(key=lambda t: -t[0])
        return scored

    def _align_lexical(self, side: Side) -> Alignment | None:
        """The fact whose what the words around the figure name (factcheck.lexmatch), when no concept
        joins them: identity from the words, period, place and unit, never from the values.

        The best fact must hold at least ``LEXICAL_MIN`` of its weighted content words near the figure,
        one of them in the figure's own stretch; lead every fact of another value by
        ``LEXICAL_MARGIN``; and be named by no other figure of the document better than by this one."""
        scored = self._score_lexical(side)
        if not scored:
            return None
        claim = side.claim
        best_score = scored[0][0]
        # A fact of nearly the best score that the figure agrees with can only confirm it: prefer it.
        # So can a fact named by every word that names the best one, its what only longer ("cases" names
        # "suffocation cases in Baghdad" and "suffocation cases from the storm" alike).
        named_alike = set(scored[0][1])
        agreeing = [t for t in scored if (t[0] >= best_score - LEXICAL_AGREE or set(t[1]) >= named_alike)
                    and self.judge.agrees(claim, t[2].claim) and _bound_confirms(claim, t[2].claim)]
        if agreeing and agreeing[0][2] is not scored[0][2] \
                and self._own_word(side, scored[0][2], scored[0][1], [t[2] for t in scored]):
            agreeing = []  # "more than 20 A350 jets": the A350's fact, by its name, not the whole order's
        # The only fact of the figure's identity its words name, and of a place both name ("وجاءت
        # السعودية ... بتدفقات قدرها 12.7 مليار دولار" of the FDI inflows to Saudi Arabia, the other
        # countries' facts told apart by their place): fewer of its words need stand near a figure that
        # names no concept of its own.
        placed = len(scored) == 1 and "place" in scored[0][3][0] and not side.defaults[0] \
            and claim.concept is None  # a figure that names its own event is that event's
        # a figure stated exactly or about, of two significant digits or more ("3 million": no)
        exact = claim.qualifier in (Qualifier.EXACT, Qualifier.APPROX) \
            and len(significant_digits(claim.value)) >= 2
        slips = [t for t in scored
                 if (exact and t[0] >= LEXICAL_SLIP_MIN and self.judge.slipped(claim, t[2].claim))
                 or (t[0] >= LEXICAL_BOUND_MIN and self._near_miss(claim, t[2].claim))]
        scored = [t for t in scored if t[0] >= (LEXICAL_PLACED_MIN if placed else LEXICAL_MIN)]
        if not agreeing and not scored and len(slips) == 1:
            # Named by fewer of its words, but the one such fact the figure is a slip of (two digits
            # swapped, a scale word): "54 ألف لاجئ جديد" of "new Sudanese refugee arrivals", 45,000; or
            # the one a bound or a figure with a scale word misses by little ("أكثر من 150 متسابقا" of 143
            # riders, "17.8 مليون مسافر" of 18.5 million): the figure is stated wrong.
            scored = slips
        if not agreeing and not scored:
            return None
        best_score = scored[0][0] if scored else best_score
        # Among the facts named about as well, one whose named words are a part of another's names
        # less of the figure ("unemployment rate" beside "urban unemployment rate" for "البطالة في
        # المدن"): the more specific one is the figure's.
        # The extra words must stand in the figure's own stretch: "children" past the next figure
        # ("killed 114 people, including at least 35 children") is that figure's, not this one's.
        top = [t for t in scored if t[0] > best_score - LEXICAL_MARGIN + _EPSILON]
        specific = [t for t in top if not any(
            set(t[1]) < set(u[1]) and self._close(side, u[2], set(u[1]) - set(t[1])) for u in top)]
        best_score, hits, best, (matched, assumed) = agreeing[0] if agreeing else specific[0]
        # Rivals: facts of another value this figure names nearly as well, unless another figure of
        # the document names them better ("a total capacity of 5,600 MW" takes the total) or states
        # them exactly (the July count of "registered 15,800 refugees" is no rival of "12,800"), or the
        # counted noun the figure shares with the best fact is only assumed of them ("لأكثر من 20 أسرة"
        # of the 17 families affected, not the 11 killed).
        rivals = [t for t in specific if t[2] is not best and not self.judge.agrees(t[2].claim, best.claim)
                  and self._fact_best.get(id(t[2]), 0.0) <= t[0] + _EPSILON
                  and not self._fact_stated.get(id(t[2]), set()) - {id(side)}
                  and ("counted" not in matched or "counted" in t[3][0])]
        # (the best fact may be another figure's, named better by it: then the rivals are no tie of
        # this figure's, and a fact of words of its own beside it may still be its, below)
        taken = not agreeing and self._fact_best.get(id(best), 0.0) > best_score + _EPSILON \
            and not self._own_word(side, best, hits, [t[2] for t in scored])
        if not agreeing and rivals and not taken:
            return self._lexical_none(side, best_score, [best, *(t[2] for t in rivals)])
        if not agreeing and self._blocked.get(id(side), 0.0) > best_score + LEXICAL_MARGIN:
            # the words name another fact far better, one its period or place rules out ("Taylor was
            # sentenced to 50 years" in a dispatch from the Netherlands, of the sentence given in Sierra
            # Leone): the figure is that quantity, not the one named less well ("the term sought")
            return None
        if taken:
            # Another figure of the document names this fact better: it is that figure's ("37 دفنة"
            # takes the burials that "73 تمثالا ... داخل بئر للدفن" names too). Another fact it names
            # (LEXICAL_MIN or better, however far behind) may be this one's, by words of its own beside
            # the figure that the taken fact lacks ("التماثيل الخشبية"; "جائزة مالية تتجاوز 3 ملايين
            # دولار، مقابل 1.25 مليون دولار للزمالك الوصيف": the champion's prize, not the runner-up's;
            # not the words all the pledges share: "نحو 700 مليون دولار" of the total is no one donor's
            # pledge).
            own = [t for t in scored if t[2] is not best
                   and self._fact_best.get(id(t[2]), 0.0) <= t[0] + _EPSILON
                   and self._close(side, t[2], set(t[1]) - set(hits))]
            if not own and rivals:
                return self._lexical_none(side, best_score, [best, *(t[2] for t in rivals)])
            if not own:
                return None
            best_score, hits, best, (_, assumed) = own[0]
        sim = similarity(side, best)
        why = (f"what {lexmatch.shown(hits)} named near the figure (lexical match {best_score:.2f}), no "
               "shared concept")
        if self._scale_slip_of(side.claim, best.claim) and loose_identity(side, best) is None:
            why += "; its digits a scale word away, its period or place told otherwise"
        return Alignment(claim=side, counterpart=best, strength="partial", similarity=sim,
                         evidence=(why, *_evidence(side, best, sim)), lexical=best_score,
                         assumed=tuple(sorted({*assumed, "concept"})))

    def _near_miss(self, claim: Claim, fact: Claim) -> bool:
        """Whether a figure misses, by little, a value the fact states exactly in its unit: a bound
        ("more than 150", "less than 70 seconds") by at most ``BOUND_NEAR`` of the larger, the bound
        written wrong; an exact count or sum stated with a scale word ("17.8 million passengers", "$10.8
        billion") by at most ``SCALED_NEAR``, a rounded figure of a large quantity stated wrong."""
        if fact.qualifier is not Qualifier.EXACT or fact.value is None or claim.unit != fact.unit \
                or self.judge.agrees(claim, fact):
            return False
        if claim.qualifier in _BOUNDS:
            return _near(claim, fact, BOUND_NEAR)
        if claim.qualifier is Qualifier.EXACT and claim.kind is Kind.PERCENT and claim.grain < 0:
            return _near(claim, fact, PERCENT_NEAR)  # "slumped to 16.2%" of a 16.4% share
        return claim.qualifier is Qualifier.EXACT and claim.kind in (Kind.COUNT, Kind.MONEY) \
            and claim.grain > 0 and _near(claim, fact, SCALED_NEAR)

    def _scale_slip_of(self, claim: Claim, fact: Claim, *, named: bool = False) -> bool:
        """Whether a figure stated exactly or about, of _SLIP_DIGITS significant digits or more
        (_SLIP_DIGITS_NAMED for a fact its words name well), is the fact's a power of ten apart (a scale
        word written for another), in the same unit."""
        values = _slip_values(claim, fact, _SLIP_DIGITS_NAMED if named else _SLIP_DIGITS)
        return claim.qualifier in (Qualifier.EXACT, Qualifier.APPROX) and values is not None \
            and ten_power_apart(*values) and self.judge.related(claim, fact)

    def _digit_slip_of(self, claim: Claim, fact: Claim) -> bool:
        """Whether an exact figure of _SLIP_DIGITS significant digits or more is the fact's with two digits
        swapped ("205,000 naira" of 250,000, "$54.02" of 54.20), in the same unit."""
        values = _slip_values(claim, fact)
        return claim.qualifier is Qualifier.EXACT and values is not None \
            and self.judge.slipped(claim, fact) and not ten_power_apart(*values)

    @staticmethod
    def _own_word(side: Side, fact: Side, hits: list[str], named: list[Side]) -> bool:
        """Whether a name with digits of the fact that no other fact the figure names holds ("A320neo"
        beside the A321neo's fact) stands close to the figure: it names this fact by that name, whatever
        other figures name it by the words all the facts share ("the order", "aircraft")."""
        lang = side.claim.lang
        others = {lexmatch.key(w) for other in named if other is not fact for w in other.what.get(lang, ())}
        own = {k for k in hits if k not in others and any(ch.isdigit() for ch in k)}
        return bool(own) and Aligner._close(side, fact, own)

    @staticmethod
    def _close(side: Side, fact: Side, keys: set[str]) -> bool:
        """Whether one of the fact's what words of ``keys`` stands close to the figure (within its own
        stretch, weight at least lexmatch.CLOSE)."""
        return any(side.near.get(f, 0.0) >= lexmatch.CLOSE for w in fact.what[side.claim.lang]
                   if lexmatch.key(w) in keys for f in w)

    def _lexical_none(self, side: Side, score: float, named: list[Side]) -> Alignment | None:
        """A figure that names two or more facts about as well, agrees with none of them and lies within
        ``NONE_NEAR`` of one: it matches none of them ("78,000 workers" of 68,000 Jordanian workers and 94,000
        in all), a warning against all of them."""
        claim = side.claim
        if claim.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT) \
                or len(significant_digits(claim.value)) < 2 \
                or not any(_near(claim, c.claim, NONE_NEAR) for c in named):
            return None  # far from all: a part, a subtotal; a rate of another week or year
        distinct = _distinct(named)
        if len(distinct) < 2:
            return None
        sim = similarity(side, distinct[0])
        why = (f"the words near the figure name {len(distinct)} facts about as well (lexical match "
               f"{score:.2f}); the figure matches none of them")
        return Alignment(claim=side, counterpart=distinct[0], strength="partial", similarity=sim,
                         evidence=(why, *_evidence(side, distinct[0], sim)), lexical=score,
                         assumed=("concept", "which fact"), candidates=tuple(distinct))

    def _align_concept(self, side: Side) -> Alignment | None:
        block = self.index.block(side.claim)
        strength: Literal["strong", "partial"] = "strong"
        candidates = self._candidates(side, block.variants.get(side.variant, []), partial=False)
        assumed: tuple[str, ...] = ()
        if not candidates:
            strength = "partial"
            found = self._partial(side, block)
            if found is None:
                return None
            candidates, assumed = found
        # A fact that states no value of its own, only a bound ("at least 35 children killed in the
        # attack") or none, is no candidate beside facts of the identity that state one: agreeing with
        # the bound would hide the exact fact the figure contradicts.
        candidates = [c for c in candidates if c.claim.value is not None or c.claim.kind is Kind.DATE] \
            or candidates
        if self._consistent(candidates):
            return self._alignment(side, self._best(side, candidates), strength, assumed, ())
        return self._disambiguate(side, candidates, strength, assumed)

    def _candidates(self, side: Side, sides: list[Side], *, partial: bool) -> list[Side]:
        """Counterparts in other documents and a compatible unit; plausible ones on partial evidence
        (against references, within the wider bound a shared concept allows)."""
        trimmed = self._trimmed.get(id(sides))
        if trimmed is None:
            trimmed = self._trimmed[id(sides)] = _trimmed(sides)
        found = _others(side, trimmed)
        if self.peers or partial:
            found = [o for o in found if self.judge.plausible(side.claim, o.claim, concept=not self.peers)]
        return found

    def _partial(self, side: Side, block: Block) -> tuple[list[Side], tuple[str, ...]] | None:
        """Candidates of the variants that leave something unstated, and the fields assumed.

        Identity decides, not the values: a candidate that states at least one of period, place and
        counted as the claim does is the same quantity whatever its value. Only a candidate that
        shares nothing but the concept (every other field unstated on one side) must also be
        plausibly the same figure; between articles every partial pair needs that.
        """
        own = side.variant
        # A place the claim took from its headline or lead is a default, not a statement: a fact of
        # another place may still be its quantity (the place is then assumed, never matched).
        # Against references only: their blocks are small, so every variant may be tried.
        no_place: frozenset[str] = frozenset()
        loose: Variant | None = (own[0], no_place, own[2]) \
            if not self.peers and own[1] and side.defaults[0] else None
        candidates: list[Side] = []
        assumed: set[str] = set()
        pooled: list[tuple[list[Side], frozenset[str]]] = []
        seen = 0
        for variant in (block.variants.keys() if loose is not None else block.neighbours(own)):
            sides = block.variants[variant]
            found_identity = identity(own, variant, side.names)
            if found_identity is None and loose is not None and variant[1]:
                found_identity = identity(loose, variant, side.names)
            if found_identity is None or not found_identity[1]:
                continue
            seen += 1
            if seen > VARIANT_LIMIT:
                return None
            matched, missing = found_identity
            found = self._candidates(side, sides, partial=not matched)
            if found:
                pooled.append((found, frozenset(missing)))
        # A claim that names no counted noun is the whole's, not a counted part's ("حصيلة أولية بلغت 492"
        # beside 558 killed and 50 children killed): when candidates of either kind compete, the ones
        # that name none too.
        if not own[2] and any("counted" not in fields for _, fields in pooled):
            pooled = [(found, fields) for found, fields in pooled if "counted" not in fields]
        # And one that names it is that counted thing's where a candidate names it too ("38 مقعدا
        # للنساء": the seats reserved for women, not every party's seats that name no counted noun).
        if own[2] and any("counted" not in fields for _, fields in pooled):
            pooled = [(found, fields) for found, fields in pooled if "counted" not in fields]
        for found, fields in pooled:
            candidates += found
            assumed.update(fields)
        return (candidates, tuple(sorted(assumed))) if candidates else None

    def _disambiguate(self, side: Side, candidates: list[Side], strength: Literal["strong", "partial"],
                      assumed: tuple[str, ...]) -> Alignment | None:
        """Candidates that disagree among themselves: keep the one the claim agrees with (it can only
        confirm), else the only one it differs from by a slip of scale or digits, else all of them:
        the claim matches none ("52 matches none of 44 / 30 / 14"), a warning. Candidates no identity
        field tells apart leave room for a third quantity, unless the claim is a bound beyond them all."""
        agreeing = [c for c in candidates if self.judge.agrees(side.claim, c.claim)]
        holder = _by_holder(side, candidates) or self._by_words(side, candidates) \
            if not self.peers and len(agreeing) < len(candidates) else None
        if holder is not None and holder[0] not in agreeing:
            # the words of the figure's sentence name the one it disagrees with ("more than 7 million
            # deaths" reported to the agency, beside the reported and the estimated deaths)
            other, word = holder
            note = f"{len(candidates)} candidates disagree among themselves; told apart by {word!r} nearby"
            return self._alignment(side, other, "partial", tuple(sorted({*assumed, "which fact"})), (note,))
        if agreeing:
            note = f"{len(candidates)} candidates disagree among themselves; aligned with one that agrees"
            found = self._alignment(side, self._best(side, agreeing), strength, assumed, (note,))
            return found.model_copy(update={"can_contradict": False})
        # (joined by their identity already, two digits swapped are a slip however few: 32 of 23)
        related = [c for c in candidates if self.judge.slipped(side.claim, c.claim)]
        if len(related) == 1:
            note = f"{len(candidates)} candidates; the only one a scale or digit slip away"
            return self._alignment(side, related[0], strength, assumed, (note,))
        if not self.peers:
            holder = _by_holder(side, candidates)
            if holder is not None:
                other, word = holder
                note = f"{len(candidates)} candidates of this identity; told apart by {word!r} nearby"
                which = tuple(sorted({*assumed, "which fact"}))
                return self._alignment(side, other, "partial", which, (note,))
        if self.peers or not (self._told_apart(candidates) or _beyond_all(side.claim, candidates)):
            return None
        if not any(_near(side.claim, c.claim, NONE_NEAR) for c in candidates):
            return None  # "3" among 1,215,480 and 5,200, 1,661 among 582 and 277: another quantity
        distinct = _distinct(candidates)
        note = f"{len(distinct)} candidates of this identity; the figure matches none of them"
        found = self._alignment(side, self._best(side, distinct), "partial",
                                tuple(sorted({*assumed, "which fact"})), (note,))
        return found.model_copy(update={"candidates": tuple(distinct)})

    def _by_words(self, side: Side, candidates: list[Side]) -> tuple[Side, str] | None:
        """The one candidate the words near the figure name far better than every other (lexical
        score at least LEXICAL_MIN and ``WORDS_LEAD`` ahead; a candidate they do not name scores 0):
        "صادرات مصر من الأسمدة تراجعت بأكثر من 25 في المئة" is the fall in fertiliser exports, not
        Europe's share of them, whichever of the two the bound holds of. Its words, as evidence."""
        ids = {id(c) for c in candidates}
        scored = [t for t in self._score_lexical(side) if id(t[2]) in ids]
        if not scored or scored[0][0] < max(LEXICAL_MIN, WORDS_LEAD) \
                or any(t[0] > scored[0][0] - WORDS_LEAD for t in scored[1:]):
            return None
        return scored[0][2], lexmatch.shown(scored[0][1])

    def _align_weak(self, side: Side, *, slip_only: bool = False) -> Alignment | None:
        """No candidate of the claim's own concept: the only plausible claim of its kind, unit, period
        and place, whatever its concept.

        A claim without a concept needs a stated period, a counted noun both state alike or, in one
        language, a like context. A claim whose concept has no candidate needs a stated period or that
        counted noun: concepts that differ are often synonyms the lexicons have not joined ("aid" and
        "contributions" of one sum since 2014; "crew members rescued" and "crew members brought ashore").
        """
        claim, own = side.claim, side.variant
        found: list[Side] = []
        for scanned, other in enumerate(self.index.plain(side)):
            if scanned >= WEAK_SCAN_LIMIT:
                return None  # too many to call any one unique
            if other.path == side.path or identity(own, other.variant, side.names | other.names) is None:
                continue
            if not units_compatible(claim.unit, other.claim.unit):
                continue
            if claim.concept is not None and other.claim.concept == claim.concept:
                continue  # the concept route already judged these
            if not self.judge.plausible(claim, other.claim):
                continue
            found.append(other)
        if not found:
            return None
        if len(found) > 1 or own[0] is None or slip_only:
            # Without a unique plausible candidate and a stated period, only a slip is evidence
            # enough: the one candidate a scale word or two swapped digits away ("$11 million" for
            # the $11.02 billion of a judgment).
            slips = [o for o in found if self._slip(claim, o.claim)]
            if len(slips) == 1 and claim.concept is None and not self.peers:
                found = slips
            elif len(found) > 1 or slip_only:
                return None
        sim = similarity(side, found[0])
        counted = own[2] is not None and own[2] == found[0].variant[2]
        if own[0] is None and not self._slip(claim, found[0].claim) and not counted and (
                claim.concept is not None or sim is None or sim < self.min_similarity):
            return None  # without a stated period, only a like context in one language is evidence
        why = "the only plausible candidate of this kind, unit, period and place, concept aside (weak match)"
        return Alignment(claim=side, counterpart=found[0], strength="weak", similarity=sim,
                         evidence=(why, *_evidence(side, found[0], sim)), assumed=("concept",))

    def _align_date(self, side: Side) -> Alignment | None:
        claim = side.claim
        if claim.date is not None and len(claim.date) == 4 and claim.date.startswith("--"):
            return None  # a month alone ("in March", "خلال فبراير") names no day to check
        if EARLIER_EVENT_NOTE in claim.evidence:
            return None  # "the deadliest since the bombings of April 11": another event's day
        # A day without its year is read in the publication year when a weekday marks it as the day
        # of an event ("on Thursday, Sept. 7") or a word as a past day ("في 14 مارس الماضي"); a bare
        # "June 28" is too often another day, unless it lies in the fortnight before publication
        # ("convicted on May 12" in an article of 15 May), and then only a day off a reference date,
        # or a slip of it within its month, joins it.
        dated = claim.weekday or PAST_NOTE in claim.evidence
        when = date_point(claim.date, side.published if dated else None)
        window, bare = self.date_window, False
        if when is None and side.published is not None and claim.date is not None \
                and claim.date.startswith("--"):
            recent = date_point(claim.date, side.published)
            if recent is not None and (side.published - recent).days <= _RECENT_DAYS:
                when, window, bare = recent, 1, True
        if when is None and LAST_YEAR_NOTE in claim.evidence and side.published is not None \
                and claim.date is not None:
            when = date_point(f"{side.published.year - 1}{claim.date[1:]}")  # "on Nov. 3 last year"
        near: list[Side] = []
        for fact in self.index.reference_dates():
            if fact.path == side.path or _elsewhere(side, fact):
                continue
            if claim.concept and fact.claim.concept == claim.concept:
                return self._date_alignment(side, fact, f"same concept {claim.concept!r}", "strong")
        named = self._date_lexical(side)
        if named is not None:
            return named
        for fact in self.index.reference_dates():
            if fact.path == side.path or _elsewhere(side, fact):
                continue
            there = date_point(fact.claim.date)
            if there is not None and there == side.published and when != there:
                continue  # the day of publication is the news's own day, stated by the dateline: a
                # date near it names another day's event ("He left Britain on Monday, June 24" in an
                # article of 26 June on the plea entered that day)
            if when and there and (abs((when - there).days) <= window
                                   or (_day_slip(when.isoformat(), fact.claim.date)
                                       and (not bare or when.month == there.month))) \
                    and not _across(when, there, side.published):
                near.append(fact)  # (a bare recent day: no slip of the month, "15 May" of 15 April)
        if len(near) != 1:
            return self._year_slip(side, when)
        there = date_point(near[0].claim.date)
        within = when is not None and there is not None and abs((when - there).days) <= window
        why = (f"the only reference date within {window} day{'s' * (window != 1)} (weak match)" if within else
               "the only reference date it is a slip of (its day's digits swapped, or a month off) "
               "(weak match)")
        return self._date_alignment(side, near[0], why, "weak")

    def _date_lexical(self, side: Side) -> Alignment | None:
        """The reference date whose what the words around the date name ("the plant began commercial
        operation on 15 May" and "start of commercial operation"), however far apart the days: as for
        a figure, at least DATE_LEXICAL_MIN of the fact's weighted words, and a lead of LEXICAL_MARGIN over
        any fact of another date."""
        if self.peers or not side.near:
            return None
        lang = side.claim.lang
        facts = [f for f in self.index.named(side, lexmatch.CLOSE)[:LEXICAL_POOL]
                 if f.path != side.path and f.what.get(lang) and not _elsewhere(side, f)]
        if not facts:
            return None
        best, hits, fact = (ranked := _ranked(side, facts))[0]
        # Named by fewer of its words, a date still joins the fact's when it is a slip of it: a day
        # off, its day's digits swapped, the same day of the next or the previous month.
        slip = _day_slip(side.claim.date, fact.claim.date, week=side.claim.weekday is not None)
        least = DATE_SLIP_MIN if slip else DATE_LEXICAL_MIN
        if best < least or any(got > best - LEXICAL_MARGIN and other.claim.date != fact.claim.date
                               for got, _, other in ranked[1:]):
            return None
        if _has_day(fact.claim.date) and not _has_day(side.claim.date) \
                and not self.judge.agrees(side.claim, fact.claim):
            return None  # "a similar fire in January 2022": a month names a time, not the event's day
        day = _month_day(side.claim.date)
        if day is not None and not slip and day[1:] != (fact.claim.date or "")[4:] \
                and not _near_in_year(day, fact.claim.date):
            # "Bombings in Algiers on April 11 killed 33" of December's: another event; so is a full
            # date whose day and month lie as far off, its year aside (a slip of the year stays)
            return None
        why = f"what {lexmatch.shown(hits)} named near the date (lexical match {best:.2f})"
        return self._date_alignment(side, fact, why, "weak")

    def _year_slip(self, side: Side, when: dt.date | None) -> Alignment | None:
        """The only reference date of the same day and month in another year ("6 August 2016" for the
        canal opened on 6 August 2015): a slip of the year, as two swapped digits are for a figure."""
        if when is None or not side.claim.date or side.claim.date.startswith("--") \
                or ANNIVERSARY_NOTE in side.claim.evidence:
            return None  # the year must be written for a slip of it, and not on purpose (an anniversary)
        same = [f for f in self.index.reference_dates() if f.path != side.path and not _elsewhere(side, f)
                and (there := date_point(f.claim.date)) is not None
                and (there.month, there.day) == (when.month, when.day) and there.year != when.year]
        if len(same) != 1:
            return None
        return self._date_alignment(side, same[0], "the only reference date of this day and month, in "
                                    "another year: a slip of the year (weak match)", "weak")

    def _date_alignment(self, side: Side, fact: Side, why: str,
                        strength: Literal["strong", "weak"]) -> Alignment:
        sim = similarity(side, fact)
        evidence = (why, f"context similarity {sim}") if sim is not None else (why,)
        return Alignment(claim=side, counterpart=fact, strength=strength, similarity=sim, evidence=evidence)

    def _told_apart(self, candidates: list[Side]) -> bool:
        """Whether the competing candidates differ in an identity field (place, period, counted) that
        the claim leaves unstated. Two that disagree with the same identity ("329 seats", "73 seats
        of one bloc") differ in something the fields do not hold, so a figure that matches neither
        may well be a third such quantity: nothing to report."""
        by_variant: dict[Variant, list[Side]] = {}
        for c in candidates:
            by_variant.setdefault(c.variant, []).append(c)
        return all(self._consistent(group) for group in by_variant.values())

    def _consistent(self, candidates: list[Side]) -> bool:
        first = candidates[0].claim
        return all(self.judge.agrees(first, other.claim) and self.judge.agrees(other.claim, first)
                   for other in candidates[1:])

    def _best(self, side: Side, candidates: list[Side]) -> Side:
        def rank(other: Side) -> tuple[bool, int, int]:
            return other.trusted, similarity(side, other) or -1, -other.order

        return max(candidates, key=rank)

    def _alignment(self, side: Side, other: Side, strength: Literal["strong", "partial"],
                   assumed: tuple[str, ...], notes: tuple[str, ...]) -> Alignment:
        sim = similarity(side, other)
        evidence = (*_evidence(side, other, sim), *notes)
        return Alignment(claim=side, counterpart=other, strength=strength, similarity=sim,
                         evidence=evidence, assumed=assumed)


IdentityFields = tuple[tuple[str, ...], tuple[str, ...]]  # (matched, assumed), as identity() gives them
Scored = tuple[float, list[str], Side, IdentityFields]  # a fact's lexical score, words held, fact, identity
WORDS_LEAD = 0.5  # lead of the candidate the words name over the others, to tell candidates apart
LEXICAL_MIN = 0.3  # weighted share of a fact's what held near the figure
LEXICAL_SLIP_MIN = 0.15  # ... of the only fact so named that the figure is a slip of (a sixth of it)
LEXICAL_BOUND_MIN = 0.15  # ... of the only fact so named that the figure misses by little (_near_miss)
BOUND_NEAR = Decimal("0.2")  # how near a bound that a fact contradicts lies to it to be written wrong
PERCENT_NEAR = Decimal("0.05")  # ... and a percentage stated to a fraction of a point ("16.2%")
SCALED_NEAR = Decimal("0.15")  # ... and an exact figure with a scale word ("17.8 million") to be stated wrong
_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST})
_SLIP_DIGITS = 3  # significant digits that make a scale slip identity enough (68.7, 1.44, 2443)
_SLIP_DIGITS_NAMED = 2  # ... for a fact named at LEXICAL_MIN or better ("نحو 28 مليار دولار" of 28 million)
SLIP_NAMED = 0.5  # ... for a slip of a fact whose period or place the figure's sentence tells otherwise
LEXICAL_PLACED_MIN = 0.2  # ... for the only fact of the figure's identity, its place named on both sides
LEXICAL_MARGIN = 0.15  # lead of the best fact over any fact of another value
LEXICAL_OVERRIDE = 0.75  # ... named this well, over a fact its concept meets on assumed fields alone
# A date is named by fewer words than a figure ("the presidential election" dates the vote and also
# the count's announcement): its fact must hold more of them.
DATE_LEXICAL_MIN = 0.6
DATE_SLIP_MIN = 0.25  # ... for a date that is a slip of the fact's (a day off, digits swapped)
NONE_NEAR = Decimal("0.25")  # how near a figure naming several facts must lie to one to match none
# The evidence notes of a figure a change is measured from ("rose to 54, up from 38", "306 مقابل 223";
# check.py), which states no fact the figure the change reaches states; and of one a change leaves
# ("rose from 76 lira to 105 lira"), which also takes no fact's words from the figure after "to".
LEVEL_BEFORE_NOTE = "the basis a change is measured from"
LEVEL_LEFT_NOTE = "the level a change leaves: the figure after 'from' of a 'from ... to' pair"
APPROX_NEAR = Decimal("0.35")  # how near an approximation must lie to its fact to be a rounding of it
_BLOCKING_HITS = 2  # words a fact its identity rules out must share with a figure to keep others from it
TRANSLATED_HITS = 2  # words a fact's what read in the other language must hold near the figure
BOUND_CONFIRMS_NEAR = Decimal("0.3")  # how near an open bound a fact it agrees with must lie to confirm it
LEXICAL_AGREE = 0.3  # a fact this close to the best that the figure agrees with is taken instead
_EPSILON = 1e-9
SLIP_DIGITS = 3  # significant digits a count or share needs for a slip alone to join it to a fact
LEXICAL_RATIO = 10  # how far apart two figures joined by words alone may lie (a slip aside)
COMMON_FORM_MIN = 64  # a word in more facts than this and a quarter of them finds no candidate
LEXICAL_POOL = 48  # facts read for one figure: those that share the most words with it


def _ranked(side: Side, facts: list[Side]) -> list[tuple[float, list[str], Side]]:
    """The facts by how much of their what the words near the figure (or date) hold, best first, each
    word weighted by its rarity among them (lexmatch.idf, lexmatch.score)."""
    lang = side.claim.lang
    weights = lexmatch.idf(other.what[lang] for other in facts)
    return sorted(((*lexmatch.score(other.what[lang], side.near, weights), other) for other in facts),
                  key=lambda t: -t[0])


def same_order(claim: Claim, other: Claim, judge: Judge, ratio: int = LEXICAL_RATIO) -> bool:
    """Whether two figures lie within ``ratio`` of each other, or a scale word or two swapped digits
    apart. Words alone join figures only so: "two Dhaka city corporations" near "980 deaths in Dhaka
    city corporations" is another quantity in the same words, not a wrong statement of it; and
    "بزيادة قدرها 500 ألف برميل" after "8.97 مليون برميل" is a change, not the output restated."""
    claim, other = in_common_unit(claim, other)
    a, b = stated(claim), stated(other)  # (a bound's number: "at least 10,000" is no order of 1)
    if a is None or b is None:
        return True
    x, y = abs(a), abs(b)
    return (bool(x and y) and max(x, y) <= ratio * min(x, y)) or judge.related(claim, other)


def _bound_confirms(claim: Claim, fact: Claim) -> bool:
    """Whether a fact a figure agrees with may confirm it: an open bound ("more than 1,500", "fewer
    than 4,000") holds for any value past it, so only a fact near its number is one the bound can be
    a rounding of ("more than 1,500 devices" is no statement of 6,950 patients)."""
    if (claim.lower is None) == (claim.upper is None):
        return True
    return _near(claim, fact, BOUND_CONFIRMS_NEAR)


def _distinct(candidates: list[Side]) -> list[Side]:
    """The candidates of distinct values, the first of each, at most eight ("matches none of ...")."""
    return list({c.claim.value if c.claim.value is not None else c.claim.text: c
                 for c in candidates}.values())[:8]


def _near(claim: Claim, other: Claim, limit: Decimal) -> bool:
    """Both numbers stated (a value, else the bound: "more than 1,000" injured) and at most ``limit``
    of the larger apart."""
    a, b = stated(claim), stated(other)
    if a is None or b is None:
        return False
    largest = max(abs(a), abs(b))
    return bool(largest) and abs(a - b) <= limit * largest


def stated(claim: Claim) -> Decimal | None:
    """The number the text states: the value, else the bound it names."""
    if claim.value is not None:
        return claim.value
    return claim.lower if claim.lower is not None else claim.upper


def _above_later(claim: Claim, later: Claim) -> bool:
    """Whether an earlier reading of a running total puts a floor above the later reading: a tally
    grows, so "more than 70,000" affected read before a total of 50,000 contradicts it (an exact
    earlier figure above a later one may be a toll revised down, and is left alone)."""
    if claim.qualifier not in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) or claim.lower is None:
        return False
    high = later.upper if later.upper is not None else later.value
    return high is not None and (claim.lower >= high if claim.qualifier is Qualifier.MORE_THAN
                                 else claim.lower > high)


def _day_slip(iso: str | None, fact: str | None, *, week: bool = False) -> bool:
    """Whether a date (its year may be unwritten: "--06-03") is a slip of a fact's full date: one day
    off (3 June for 2 June; 30 April for 1 May, read in the fact's year), two days off within the month
    without ``week`` ("ليلة 24 أيلول" for the night of the 26th), its day's two digits swapped
    (12 for 21), or the same day of the month before or after (1 November for 1 December); with
    ``week`` (a weekday written beside it), also a week off in the same month ("Saturday 21 June" for
    Saturday 14 June: the week before's or after's date, its weekday still right); the year, when
    written, the same."""
    if not _has_day(iso) or fact is None or len(fact) != 10 or iso is None:
        return False
    year, month, day = (iso[:4] if not iso.startswith("--") else None), iso[-5:-3], iso[-2:]
    if (year is not None and year != fact[:4]) or not (month + day).isdigit():
        return False
    their_month, their_day = fact[5:7], fact[8:10]
    if month == their_month:
        swapped = day != their_day and day == their_day[::-1] and "0" not in (day[0], their_day[0])
        apart = abs(int(day) - int(their_day))
        return apart == 1 or (apart == _TWO_DAYS and not week) or swapped or (week and apart == _WEEK)
    return (day == their_day and abs(int(month) - int(their_month)) == 1) \
        or _next_day(f"{fact[:4]}-{month}-{day}", fact)


def _next_day(iso: str, fact: str) -> bool:
    """Whether two full dates are a day apart across the end of a month (30 April for 1 May)."""
    here, there = date_point(iso), date_point(fact)
    return here is not None and there is not None and abs((here - there).days) == 1


_WEEK = 7  # days a weekday's date may be off, its weekday still right
_RECENT_DAYS = 14  # days before publication a bare day without its year is read in (see _align_date)
_TWO_DAYS = 2  # days a date with no weekday beside it may be off ("ليلة 24 أيلول" for the night of the 26th)


def too_short_for_slip(claim: Claim) -> bool:
    """Whether a count or share has fewer than SLIP_DIGITS significant digits: too often another
    quantity for a slip alone (digits swapped, a scale word) to join it to a figure (12 and 21)."""
    return claim.kind is not Kind.MONEY and claim.unit in ("count", "percent") \
        and len(significant_digits(claim.value)) < SLIP_DIGITS


def _has_day(iso: str | None) -> bool:
    """Whether an ISO date states its day ("2025-01-14", "--03-05"; not "2022-01" nor "2022")."""
    return iso is not None and len(iso.lstrip("-").split("-")) == (2 if iso.startswith("--") else 3)


def from_default(evidence: Sequence[str], field: str) -> bool:
    """Whether a claim's place or period (by its evidence) came from its article's headline or lead
    ("place Libya from the headline (assumed)")."""
    return any(note.startswith(f"{field} ") and note.endswith("(assumed)") for note in evidence)


@lru_cache(maxsize=4)
def _age_words(lang: str) -> tuple[lexmatch.Word, ...]:
    """The age words of a language (units.yaml ages: nouns and the words before an age), as phrases."""
    lex = load_lexicon(lang)
    return lexmatch.phrase_words(" ".join(sorted(lex.age_nouns | lex.age_before))).get(lang, ())


def names_age(fact: Side) -> bool:
    """Whether a fact's what names an age (units.yaml ages: "age of the victim", "عمر الضحية")."""
    return any(word & age for lang, words in fact.what.items() for word in words for age in _age_words(lang))


def whose_age(side: Side, fact: Side) -> bool:
    """Whether a word of an age fact's what other than its age words stands near the figure (the
    person: "writer" of "age of the writer" by "the 75-year-old writer")."""
    for lang, words in fact.what.items():
        ages = _age_words(lang)
        if any(form in side.near for word in words if not any(word & age for age in ages) for form in word):
            return True
    return False


def loose_identity(a: Side, b: Side, *, counted: bool = True, places: bool = True) -> IdentityFields | None:
    """identity() of two sides, a place or period that one of them took from its headline or lead
    counting as unstated when they differ (a default, not a statement); ``counted=False`` leaves the
    counted noun out (a restatement's words decide it), ``places=False`` the places."""
    own, other = a.variant, b.variant
    if not counted:  # a rate ("a week", annual_rate) stays: it is a unit, not a counted noun
        own, other = (own[0], own[1], _rate(own[2])), (other[0], other[1], _rate(other[2]))
    if not places:
        own, other = (own[0], frozenset(), own[2]), (other[0], frozenset(), other[2])
    named = a.names | b.names
    found = identity(own, other, named)
    if found is not None:
        return found
    if own[1] != other[1]:
        own, other = _without_default(a, own, 1), _without_default(b, other, 1)
    if own[0] != other[0]:
        own, other = _without_default(a, own, 0), _without_default(b, other, 0)
    found = identity(own, other, named)
    if found is None and places:
        found = _between_places(a, b)
    return found


def _between_places(a: Side, b: Side) -> IdentityFields | None:
    """identity() of an article figure and a reference fact between two places, the figure naming one
    and its article's own place the other ("the gap with China widened to $56.9 billion" in a story
    from Washington, of the trade deficit of [United States, China]); not a fact whose what joins its
    places ("in Iraq and Syria": a total over them, of which one place's figure is a part)."""
    side, fact = (a, b) if b.is_reference else (b, a)
    if not fact.is_reference or side.is_reference or not side.home:
        return None
    own, other = side.variant, fact.variant
    if not own[1] or own[1] | side.home != other[1] or own[1] == other[1] or _places_joined(fact):
        return None
    found = identity((own[0], other[1], own[2]), other)
    return None if found is None else (tuple(f for f in found[0] if f != "place"), (*found[1], "place"))


def _place_assumed(a: Side, b: Side) -> IdentityFields | None:
    """identity() of two sides with their places left out, the place assumed."""
    own, other = a.variant, b.variant
    blank: frozenset[str] = frozenset()
    found = identity((own[0], blank, own[2]), (other[0], blank, other[2]))
    return None if found is None else (found[0], (*found[1], "place"))


def _slip_identity(a: Side, b: Side) -> IdentityFields | None:
    """identity() of two sides with their periods and places left out, those assumed where either
    states one."""
    own, other = a.variant, b.variant
    found = identity((None, frozenset(), own[2]), (None, frozenset(), other[2]))
    if found is None:
        return None
    matched = [name for name, k in (("period", 0), ("place", 1)) if own[k] == other[k] and own[k]]
    return (*found[0], *matched), (*found[1], *_told_otherwise(own, other))


def _slip_values(claim: Claim, fact: Claim, digits: int = _SLIP_DIGITS) -> tuple[Decimal, Decimal] | None:
    """The magnitudes of a figure and a fact it may be a slip of (_scale_slip_of, _digit_slip_of): both
    state a value, in one unit, and they differ, the figure's of ``digits`` significant digits or
    more; None otherwise."""
    if claim.value is None or fact.value is None or claim.unit != fact.unit or claim.value == fact.value \
            or len(significant_digits(claim.value)) < digits:
        return None
    return abs(claim.value), abs(fact.value)


def _period_slip_identity(a: Side, b: Side) -> IdentityFields | None:
    """identity() of two sides with their periods left out, the period assumed where they differ (a
    place from the headline or lead assumed too: _without_default)."""
    own, other = (None, a.variant[1], a.variant[2]), (None, b.variant[1], b.variant[2])
    named = a.names | b.names
    found = identity(own, other, named)
    if found is None:
        found = identity(_without_default(a, own, 1), _without_default(b, other, 1), named)
    if found is None:
        return None
    return found[0], (*found[1], *(("period",) if a.variant[0] != b.variant[0] else ()))


def _told_otherwise(own: Variant, other: Variant) -> list[str]:
    """The period and place fields two variants do not state alike (assumed when they are joined
    whatever their period and place)."""
    return [name for name, k in (("period", 0), ("place", 1)) if own[k] != other[k]]


def _places_joined(fact: Side) -> bool:
    """Whether a fact's what joins two of its places ("operations against ISIS in Iraq and Syria", "في
    العراق وسوريا"): a total over them, of which one place's figure is a part, not a fact between them
    ("drones launched by Iran at Israel", "exports to China")."""
    lex = load_lexicon(fact.claim.lang)
    places = fact.variant[1]
    words = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(fact.claim.text)]
    for n, word in enumerate(words):
        follows = [words[n + 1 : n + 4]] if word in lex.joining_words else []
        if word.startswith(lex.joining_prefix[:1] or "\0") and len(word) > _JOINED_MIN:
            follows.append([word[1:], *words[n + 1 : n + 3]])  # "وسوريا"
        for seq in follows:
            if any(lex.places.get(" ".join(seq[:k])) in places for k in range(len(seq), 0, -1)):
                return True
    return False


_JOINED_MIN = 2  # letters of a word with the conjunction on it ("وسوريا"), the conjunction included


def _rate(counted: str | None) -> str | None:
    return counted if counted is not None and counted.endswith("_rate") else None


def _without_default(side: Side, variant: Variant, field: int) -> Variant:
    """The variant with its place (1) or period (0) unstated when the claim took it from its article's
    headline or lead."""
    if field == 1 and side.defaults[0]:
        return variant[0], frozenset(), variant[2]
    if field == 0 and side.defaults[1]:
        return None, variant[1], variant[2]
    return variant


_HOLDER_MIN = 4  # letters of a word that may tell facts apart (not "of", "في", "the")
_HOLDER_SHORT = 3  # ... or three, initials ("AfD", "SPD")


def _by_holder(side: Side, candidates: list[Side]) -> tuple[Side, str] | None:
    """The one candidate whose own words (in its what, in no other candidate's) the claim's sentence
    holds: "vote share of Prabowo Subianto" for "Prabowo ... took more than 60% of the vote", when the
    facts of Anies and Ganjar share every identity field with it. None when no candidate, or more
    than one, is named."""
    if not side.words:
        return None
    named: list[tuple[Side, str]] = []
    for n, c in enumerate(candidates):
        others = frozenset().union(*(o.words for k, o in enumerate(candidates) if k != n))
        # (initials of three letters tell them apart too: "AfD", "SPD", "BJP")
        own = [w for w in c.words - others if not w.isdigit() and (
            len(w) >= _HOLDER_MIN or (len(w) == _HOLDER_SHORT and w in _acronyms(c.claim.text)))]
        # (in the figure's own stretch: "أصيب 120 آخرون، 20 منهم بجروح خطيرة" names the 20's fact)
        hit = sorted(w for w in own if w in side.words and lexmatch.in_stretch(side.near.get(w, 0.0)))
        if hit:
            named.append((c, hit[0]))
    if len(named) <= 1:
        return named[0] if named else None
    # Named alike in the sentence: the one named in the figure's own clause, by far the nearest ("إن
    # تبون (74 عاما) نال أكثر من 5 ملايين صوت، في حين حل ... بن قرينة ثانيا": Tebboune's votes)
    weights = sorted(((max(side.near.get(w, 0.0) for w in c.words if w in side.words), n)
                      for n, (c, _) in enumerate(named)), reverse=True)
    if weights[0][0] >= lexmatch.CLOSE and weights[0][0] - weights[1][0] >= HOLDER_LEAD:
        return named[weights[0][1]]
    return None


@lru_cache(maxsize=4096)
def _acronyms(text: str) -> frozenset[str]:
    """The words of ``text`` written with two capitals or more ("AfD", "SPD": a party's, a body's
    initials), folded as sentence_words folds them."""
    return frozenset(fold_word(w).lower() for w in lexmatch.WORD_RE.findall(text)
                     if sum(ch.isupper() for ch in w) >= _ACRONYM_CAPITALS)


_ACRONYM_CAPITALS = 2


def _trimmed(sides: list[Side]) -> list[Side]:
    """A variant's sides less each document's sides of one unit after its first CANDIDATE_LIMIT: what
    ``_others`` takes from it is the same, and it skips at most that many of a claim's own document
    (so one article of thousands of like figures is read in linear time, not quadratic)."""
    seen: dict[tuple[str, str], int] = {}
    kept: list[Side] = []
    for side in sides:
        key = (side.path, side.claim.unit)
        if seen.get(key, 0) < CANDIDATE_LIMIT:
            seen[key] = seen.get(key, 0) + 1
            kept.append(side)
    return kept


def _others(side: Side, sides: list[Side]) -> list[Side]:
    """The first candidates from other documents in a compatible unit (trusted first, then earliest)."""
    found: list[Side] = []
    for other in sides:
        if other.path != side.path and units_compatible(side.claim.unit, other.claim.unit):
            found.append(other)
            if len(found) >= CANDIDATE_LIMIT:
                break
    return found


_NAMED_DAYS_APART = 31  # days a yearless date named by a fact's words may lie from it (a month)


def _month_day(iso: str | None) -> str | None:
    """The day and month of a date that states them, written as a date without its year ("--04-11"
    of "2007-04-11" and of "--04-11"); None for a month or a year."""
    if iso is None or not _has_day(iso):
        return None
    return iso if iso.startswith("--") else "-" + iso[4:]


def _near_in_year(day: str, fact: str | None) -> bool:
    """Whether a day without its year ("--04-11"), read in the fact's year, lies within a month
    (_NAMED_DAYS_APART) of the fact's full date: further off, it is another event's day."""
    there = date_point(fact) if fact else None
    here = date_point(f"{fact[:4]}{day[1:]}") if fact and there is not None else None
    return here is not None and there is not None and abs((here - there).days) <= _NAMED_DAYS_APART


def _across(when: dt.date, there: dt.date, published: dt.date | None) -> bool:
    """Whether two days lie on either side of the publication date: a day past (the news's own up to
    the day of publication) and a day to come ("will fall due on Monday, March 9" in an article of 8
    March, beside the announcement "on Saturday, March 7") are two events' days, never a slip of one."""
    return published is not None and (when <= published) != (there <= published)


def date_point(value: str | None, published: dt.date | None = None) -> dt.date | None:
    """The day a full ISO date names; None for a month or a year. A day without its year ("Thursday,
    Sept. 7") is the last such day up to the publication date, when there is one."""
    if value is not None and value.startswith("--") and published is not None:
        return last_such_day(value, published)
    if value is None or value.startswith("--") or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _beyond_all(claim: Claim, candidates: Sequence[Side]) -> bool:
    """Whether the claim is a bound beyond every candidate's value ("more than 100 soldiers were
    wounded" beside the 98 wounded and the 43 of one unit): whichever of them it states, it states
    it wrongly, and a third quantity of the same identity would lie beyond them all."""
    values = [c.claim.value for c in candidates if c.claim.value is not None]
    if claim.value is None or not values or len(values) < len(candidates):
        return False
    if claim.qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return claim.value > max(values)
    if claim.qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return claim.value < min(values)
    return False
