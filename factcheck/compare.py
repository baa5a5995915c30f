"""The coded checks: a fixed set of comparisons, parameterised by rules/consistency/*.yaml.

Every numeric claim is read as the interval of true values it allows. The stated precision counts:
a figure agrees with anything within half a unit of its last stated digit ("2.5 million", grain 5,
covers 2,450,000..2,550,000; "196" covers only 196). An approximate figure ("about 200", "قرابة 200")
covers ``approx_tolerance`` of its value (default 10%) but at most ten units of its last non-zero digit
("about 825,000": 815,000..835,000), and never less than its precision. Bounds are open or closed as
stated ("more than 20 billion" excludes 20 billion, "at least 44" includes 44). A configurable
relative tolerance per claim kind widens every comparison. Two claims agree when their intervals meet.

When two statements of one quantity disagree, the most specific explanation is reported:
scale (a factor 10^k, k >= 3) > transposed digits > a contradicted bound (qualifier) > value.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Collection, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex

from factcheck.align import (
    LEVEL_LEFT_NOTE,
    SAME_CONCEPT,
    Index,
    Side,
    measure_units,
    places_nested,
    stated,
    unit_block,
    units_compatible,
)
from factcheck.claims import Claim, Kind, Qualifier, in_common_unit
from factcheck.clauses import hyphened
from factcheck.context import CONNECTORS, basis_of_change, describe_phrase
from factcheck.dates import date_parts
from factcheck.lexicon import AGREEING_VERB, load_lexicon, strip_clitics
from factcheck.lexmatch import WORD_RE, partitive_gap, phrase_lang
from factcheck.raw import ASIDE_NOTE, BELOW_NOTE
from factcheck.rules import (
    CheckOptions,
    DateParams,
    InternalParams,
    Rule,
    ScaleParams,
    SumParams,
    TransposedParams,
    UnsupportedParams,
    ValueParams,
)
from factcheck.scan import PARAGRAPH_RE, SENTENCE_END_RE
from factcheck.textnorm import fold, fold_word

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
BOUNDS = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST)


@dataclass(frozen=True)
class Interval:
    """A set of values; ``None`` ends are unbounded."""

    lo: Decimal | None
    hi: Decimal | None
    lo_open: bool = False
    hi_open: bool = False

    def meets(self, other: Interval) -> bool:
        return _below(self.lo, self.lo_open, other.hi, other.hi_open) and _below(
            other.lo, other.lo_open, self.hi, self.hi_open)

    def scaled(self, factor: Decimal) -> Interval:
        return Interval(None if self.lo is None else self.lo * factor,
                        None if self.hi is None else self.hi * factor, self.lo_open, self.hi_open)

    def widened(self, amount: Decimal) -> Interval:
        return Interval(None if self.lo is None else self.lo - amount,
                        None if self.hi is None else self.hi + amount, self.lo_open, self.hi_open)

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        return Interval(lo, hi, self.lo_open or other.lo_open, self.hi_open or other.hi_open)


def _below(lo: Decimal | None, lo_open: bool, hi: Decimal | None, hi_open: bool) -> bool:
    if lo is None or hi is None:
        return True
    return lo < hi or (lo == hi and not lo_open and not hi_open)


@dataclass(frozen=True)
class Tolerance:
    """How loosely two statements are compared: relative to the larger value, and for approximations."""

    relative: Decimal = Decimal(0)
    approx: Decimal = Decimal("0.10")


# An approximation covers approx_tolerance of its value, but never a span wider than this many units
# of its last non-zero digit: one on either side of "about" ("about 200" covers 180..220, "about
# 825,000" 824,000..826,000, not 742,500..; "about 3,800" 3,700..3,900: a reporter who knows 3,600
# does not write "about 3,800"), both below "nearly" ("nearly 45 million": 43 to 45 million).
_APPROX_DIGITS = Decimal(2)
_APPROX_EITHER_SIDE = _APPROX_DIGITS / 2  # "about": half the span on each side
_PERCENT_APPROX_POINTS = Decimal(3)  # a percentage "about" so many points at most either side


def last_digit(value: Decimal) -> int:
    """The power of ten of the last non-zero digit of ``value`` (3 for 825,000; -1 for 2.5)."""
    exponent = value.normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def below(claim: Claim) -> bool:
    """Whether an approximation is from below ("nearly 40 million"; its evidence says so)."""
    return any(note.startswith(BELOW_NOTE) for note in claim.evidence)


def interval(claim: Claim, tolerance: Tolerance, approx_digits: Decimal | None = None) -> Interval | None:
    """The values a claim allows, honouring its qualifier and its stated precision (grain); an
    approximation covers at most ``approx_digits`` units of its last non-zero digit on either side
    (by default a span of ``_APPROX_DIGITS`` units: half of it either side of "about", all of it
    below "nearly")."""
    half = Decimal("0.5").scaleb(claim.grain)
    is_range = claim.value is None and claim.lower is not None and claim.upper is not None
    if claim.qualifier is Qualifier.RANGE or is_range:
        if claim.lower is None or claim.upper is None:
            return None
        if _whole(claim, claim.lower) and _whole(claim, claim.upper):
            return Interval(claim.lower, claim.upper)  # "40 to 50 years": whole counts, exact ends
        return Interval(claim.lower - half, claim.upper + half, True, True)
    value = stated(claim)
    if value is None:
        return None
    if claim.qualifier is Qualifier.APPROX:
        if approx_digits is None:
            approx_digits = _APPROX_DIGITS if below(claim) else _APPROX_EITHER_SIDE
        spread = max(half, min(tolerance.approx * abs(value), approx_digits.scaleb(last_digit(value))))
        if claim.kind is Kind.PERCENT:
            spread = min(spread, max(half, _PERCENT_APPROX_POINTS))  # "nearly 80%" is no 75.89%
        if below(claim):  # "nearly 40 million": close to it, at most it
            return Interval(value - spread, value)
        return Interval(value - spread, value + spread)
    bounds = {
        Qualifier.MORE_THAN: Interval(value, None, lo_open=True),
        Qualifier.AT_LEAST: Interval(value, None),
        Qualifier.LESS_THAN: Interval(None, value, hi_open=True),
        Qualifier.AT_MOST: Interval(None, value),
    }
    if _whole(claim, value):
        # a count to the unit is exact, and so is a whole number of days or years ("a 30-year sentence")
        return bounds.get(claim.qualifier, Interval(value, value))
    return bounds.get(claim.qualifier, Interval(value - half, value + half, True, True))


def _whole(claim: Claim, value: Decimal) -> bool:
    """A count or duration stated to the unit: exact, not a rounding of its neighbours. A measure
    (units.yaml measure_units) to the unit is a rounding ("the 27-km tunnel" of 26.7 km), save points,
    which are scores as often as index levels ("388 points" is no 387.6)."""
    return claim.kind in (Kind.COUNT, Kind.DURATION) and claim.grain == 0 \
        and value == value.to_integral_value() \
        and (claim.unit == "point" or claim.unit not in measure_units())


def agrees(claim: Claim, other: Claim, tolerance: Tolerance = Tolerance()) -> bool:
    """value_mismatch's test: the two intervals meet (dates: the stated parts of the dates match)."""
    if claim.kind is Kind.DATE or other.kind is Kind.DATE:
        return claim.date is None or other.date is None or dates_agree(claim.date, other.date)
    claim, other = in_common_unit(claim, other)
    a, b = interval(claim, tolerance), interval(other, tolerance)
    if a is None or b is None:
        return True
    if _widened(a, claim, other, tolerance).meets(b) or _bound_at_round(claim, other) \
            or _bound_at_round(other, claim):
        return True
    # A change written without a sign states its size; the words say its direction ("prices fell
    # 3.8%" against a fact of -3.8%; "Brent fell $2.51" against a daily change of -2.51).
    if claim.kind is other.kind:
        x, y = stated(claim), stated(other)
        if x is not None and y is not None and x and y and (x < 0) != (y < 0):
            positive, negative = (claim, other) if x > 0 else (other, claim)
            flipped, kept = interval(_negated(positive), tolerance), interval(negative, tolerance)
            if _unsigned(positive) and flipped is not None and kept is not None:
                return _widened(flipped, claim, other, tolerance).meets(kept)
    return False


_ROUND_ZEROS = 3  # trailing zeros that make an exact figure a round one (340,000)


def _bound_at_round(bound: Claim, exact: Claim) -> bool:
    """"More than 340,000" against a source's 340,000: a round figure is itself a rounding (of 340,612,
    say), so a strict bound at it is the same statement, not a contradiction."""
    strict = (Qualifier.MORE_THAN, Qualifier.LESS_THAN)
    if bound.qualifier not in strict or exact.qualifier is not Qualifier.EXACT:
        return False
    value = stated(exact)
    if value is None or value != stated(bound) or value != value.to_integral_value() or not value:
        return False
    digits = str(abs(int(value)))
    return len(digits) - len(digits.rstrip("0")) >= _ROUND_ZEROS


def _unsigned(claim: Claim) -> bool:
    """A percentage written in figures without a sign (its direction, if any, is in the words); a
    reference fact's text is its what, with no figure: its value is signed data."""
    return any(ch.isdigit() for ch in claim.text) and not any(m in claim.text for m in "+-\u2212")


def _negated(claim: Claim) -> Claim:
    def neg(v: Decimal | None) -> Decimal | None:
        return -v if v is not None else None

    return claim.model_copy(update={"value": neg(claim.value), "lower": neg(claim.upper),
                                    "upper": neg(claim.lower)})


def _widened(a: Interval, claim: Claim, other: Claim, tolerance: Tolerance) -> Interval:
    if not tolerance.relative:
        return a
    sizes = [abs(v) for v in (stated(claim), stated(other)) if v is not None]
    return a.widened(tolerance.relative * max(sizes, default=Decimal(0)))


def within(claim: Claim, other: Claim, limit: Decimal) -> bool:
    """Whether the stated numbers differ by at most ``limit`` of the larger (true when one has none)."""
    claim, other = in_common_unit(claim, other)
    a, b = stated(claim), stated(other)
    if a is None or b is None:
        return True
    largest = max(abs(a), abs(b))
    return largest == 0 or abs(a - b) / largest <= limit


def scale_exponent(claim: Claim, other: Claim, params: ScaleParams) -> int | None:
    """scale_mismatch: k when the stated numbers have the same digits and differ by a factor 10^k.

    Only |k| between min_exponent and max_exponent counts: 20 million for 20 billion, 198.9 billion
    for 198.9 trillion; 150 against 153 has other digits and is not a slip of scale. The digits are
    compared at the claim's stated precision: "$11 million" is a slip for $11.02 billion.
    """
    a, b = stated(claim), stated(other)
    if a is None or b is None or a == 0 or b == 0:
        return None
    if claim.grain <= 0 and other.grain <= 0 and min(abs(a), abs(b)) % _ZERO_GROUP:
        # no scale word on either side, nor a group of zeros standing for one ("the 50,000-barrel
        # release" of 50 million): "قرية واحدة" of 1,000 dead, "911" of 911 million shares, two quantities
        return None
    ratio = (a / b).normalize()
    sign, digits, exponent = ratio.as_tuple()
    if not sign and digits == (1,) and isinstance(exponent, int):
        return exponent if params.min_exponent <= abs(exponent) <= params.max_exponent \
            and exponent % params.step == 0 else None
    if (a > 0) != (b > 0):
        return None
    k = (abs(b).adjusted() - abs(a).adjusted())
    if not params.min_exponent <= abs(k) <= params.max_exponent or k % params.step:
        return None
    half = Decimal("0.5").scaleb(claim.grain + k)  # the claim's precision, moved to the other's scale
    shifted = a.scaleb(k)
    # the other's digits at the claim's precision, rounded or cut short ("753 مليون ناخب" of 753,690)
    cut = Decimal(0) <= abs(b) - abs(shifted) < 2 * half
    return -k if (abs(shifted - b) <= half or cut) and claim.grain > 0 else None


_ZERO_GROUP = 1000  # what a figure written in digits ends in where a scale word would stand


def transposed(claim: Claim, other: Claim, params: TransposedParams) -> bool:
    """transposed_digits: the stated numbers differ only by two swapped adjacent digits (169 / 196)."""
    digits = _coarse_digits(claim, other)
    if digits is None:
        return False
    x, y = digits
    if len(x) != len(y) or len(x) < params.min_digits or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def one_digit_apart(claim: Claim, other: Claim) -> bool:
    """The stated numbers, at the coarser stated precision, differ in one digit only (228,854 and
    221,854; 54 and 44): a slip of the pen rather than another quantity's value."""
    digits = _coarse_digits(claim, other)
    return digits is not None and len(digits[0]) == len(digits[1]) \
        and sum(1 for a, b in zip(*digits, strict=True) if a != b) == 1


def _coarse_digits(claim: Claim, other: Claim) -> tuple[str, str] | None:
    """The digits of two stated numbers, both to the coarser stated precision: "11.9 million" (to the
    hundred thousand) against 11,090,000 is 119 against 111, a slip of another kind, not the 9 and 0 of
    the written zeros. None when either states no value."""
    a, b = stated(claim), stated(other)
    if a is None or b is None:
        return None
    grain = max(claim.grain, other.grain)
    if grain > 0:
        a, b = (v.scaleb(-grain).quantize(Decimal(1), rounding=ROUND_HALF_EVEN) for v in (a, b))
    elif claim.grain == other.grain < 0:
        # both written to the same decimal place: every digit counts, written zeros too, and the point
        # is no digit ("44.05%" against 44.50, "45.4" against 44.5: two swapped digits)
        a, b = (v.scaleb(-grain).to_integral_value() for v in (a, b))
    return _digits(a), _digits(b)


def _digits(value: Decimal) -> str:
    text = f"{abs(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def qualifier_contradicted(claim: Claim, other: Claim, tolerance: Tolerance) -> bool:
    """qualifier_mismatch: the claim states a bound ("more than", "less than") the counterpart breaks,
    or an approximation from below that the counterpart exceeds ("nearly 40 million" of 43 million)."""
    if claim.qualifier is Qualifier.APPROX and below(claim):
        value, theirs = stated(claim), stated(other)
        return value is not None and theirs is not None and theirs > value \
            and not agrees(claim, other, tolerance)
    return claim.qualifier in BOUNDS and not agrees(claim, other, tolerance)


# --- dates -------------------------------------------------------------------------------------------


def dates_agree(a: str, b: str) -> bool:
    """date_mismatch's test: every part stated on both sides (year, month, day) is equal."""
    try:
        first, second = date_parts(a), date_parts(b)
    except ValueError:
        return True
    return all(x is None or y is None or x == y for x, y in zip(first, second, strict=True))


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def expected_weekday(claim: Claim, published: dt.date | None) -> str | None:
    """date_weekday: the weekday the claim's date falls on, when it differs from the stated one.

    A date without a year takes the year that puts it nearest the publication date ("Wednesday, Dec.
    31" in an article of 1 January is the day before); without a day or any year it cannot be checked.
    """
    if claim.kind is not Kind.DATE or not claim.weekday or not claim.date:
        return None
    try:
        year, month, day = date_parts(claim.date)
    except ValueError:
        return None
    if month is None or day is None or (year is None and published is None):
        return None
    try:
        if year is not None or published is None:
            when = dt.date(year or 0, month, day)
        else:
            years = (published.year - 1, published.year, published.year + 1)
            when = min((dt.date(y, month, day) for y in years
                        if _valid_day(y, month, day)), key=lambda d: abs((d - published).days))
        actual = WEEKDAYS[when.weekday()]
    except ValueError:
        return None
    return None if actual == claim.weekday.lower() else actual


# --- sums --------------------------------------------------------------------------------------------


_SCALED_GRAIN = 3  # a grain of a thousand or more: a figure written with a scale word or its zeros


def sum_interval(parts: Sequence[Claim], tolerance: Tolerance) -> Interval | None:
    """The values the parts add up to (None when a part has no usable value).

    Exact parts in thousands or more written at mixed precision are read at the finest: "38.5
    million, 27 million and 5 million" are 38.5, 27.0 and 5.0 (a list of scaled figures is written to
    one precision and a part's ".0" drops off), not 27 and 5 each give or take half a million. Small
    figures keep their own ("ten soldiers" beside 25 is no claim to the unit)."""
    finest = min((p.grain for p in parts if p.qualifier is Qualifier.EXACT and p.value is not None),
                 default=None)
    if finest is not None and finest < _SCALED_GRAIN:
        finest = None
    # Parts all written to one scaled precision ("9 آلاف داخل الملعب و5 آلاف في محيطه") add up as
    # written: 14 thousand, which a total of 15 thousand is not.
    written = finest is not None and all(p.qualifier is Qualifier.EXACT and p.value is not None
                                         and p.grain == finest for p in parts)
    total: Interval | None = Interval(Decimal(0), Decimal(0))
    for part in parts:
        if finest is not None and part.qualifier is Qualifier.EXACT and part.grain > finest:
            part = part.model_copy(update={"grain": finest})
        piece = Interval(part.value, part.value) if written and part.value is not None \
            else interval(part, tolerance)
        if piece is None or total is None:
            return None
        total = total + piece
    return total


# An approximate total covers one unit of its last non-zero digit: its parts, stated to their own
# precision, leave only the rounding of their sum to excuse ("about 3.2 billion barrels, of which 2.1
# billion ... and 1.3 billion" is 3.4, not about 3.2).
_SUM_APPROX_DIGITS = Decimal(1)


def sum_agrees(parts: Sequence[Claim], total: Claim, tolerance: Tolerance) -> bool:
    """sum_mismatch's test: the parts' sum interval meets the total's interval."""
    combined, whole = sum_interval(parts, tolerance), interval(total, tolerance, _SUM_APPROX_DIGITS)
    if combined is None or whole is None:
        return True
    return _widened(combined, total, total, tolerance).meets(whole)


# --- choosing the rule -------------------------------------------------------------------------------


class RuleBook:
    """The enabled rules by check, scoped rules first, with the tolerances of this run."""

    def __init__(self, rules: Sequence[Rule], options: CheckOptions) -> None:
        self.options = options
        self._by_check: dict[str, list[Rule]] = {}
        for rule in sorted(rules, key=lambda r: (r.scope.is_empty, r.code)):
            if options.enabled(rule):
                self._by_check.setdefault(rule.check_name, []).append(rule)
        self._value_rules = sorted((r for r in rules if r.check_name == "value_mismatch"),
                                   key=lambda r: (r.scope.is_empty, r.code))
        self._params: dict[str, Any] = {rule.code: rule.typed_params() for rule in rules}
        self._swap = TransposedParams(min_digits=3)  # 95/59: two-digit swaps are as likely chance
        self._swap_measured = TransposedParams(min_digits=2)

    def params(self, rule: Rule) -> Any:
        """The rule's validated params, built once per run."""
        return self._params[rule.code]

    def rule(self, check: str, claim: Claim | None = None) -> Rule | None:
        for rule in self._by_check.get(check, []):
            if claim is None or rule.scope.covers(claim):
                return rule
        return None

    def _value_params(self, claim: Claim) -> ValueParams:
        for rule in self._value_rules:
            if rule.scope.covers(claim):
                params: ValueParams = self._params[rule.code]
                return params
        return ValueParams()

    def tolerance(self, claim: Claim) -> Tolerance:
        """From the value rule covering the claim (enabled or not), overridden by the options."""
        params = self._value_params(claim)
        relative = self.options.tolerances.get(claim.kind, params.relative_tolerance)
        approx = self.options.approx_tolerance if self.options.approx_tolerance is not None \
            else params.approx_tolerance
        return Tolerance(relative=relative, approx=approx)

    def agrees(self, claim: Claim, other: Claim) -> bool:
        return agrees(claim, other, self.tolerance(claim))

    def date_window(self) -> int:
        rule = self.rule("date_mismatch")
        params: DateParams = self.params(rule) if rule else DateParams()
        return params.window_days

    def related(self, claim: Claim, other: Claim) -> bool:
        """The two figures differ by a scale word or by two swapped digits: a slip, not two quantities."""
        scale = self.rule("scale_mismatch", claim)
        # 95/59 among counts and shares is as likely chance; a sum of money or a measure names its unit,
        # which is evidence of its own ("58 مليون ريال عماني" for the only OMR fact, 85 million)
        swap = self._swap if claim.kind is not Kind.MONEY and claim.unit in ("count", "percent") \
            else self._swap_measured
        return (scale_exponent(claim, other, self.params(scale) if scale else ScaleParams()) is not None
                or transposed(claim, other, swap))

    def slipped(self, claim: Claim, other: Claim) -> bool:
        """A slip of the other figure, two digits swapped (of two digits or more: 54 and 45) or a scale
        word: between two figures that other evidence joins, no chance."""
        return self.related(claim, other) or transposed(claim, other, self._swap_measured)

    def plausible(self, claim: Claim, other: Claim, *, concept: bool = False) -> bool:
        """Whether two figures may be one quantity when only partial evidence aligns them: they agree,
        are related by a slip, or lie within the value rule's ``plausible_difference`` (its
        ``concept_plausible_difference`` with ``concept``: a reference fact of the figure's concept)."""
        if claim.kind is Kind.DATE or self.agrees(claim, other) or self.related(claim, other):
            return True
        params = self._value_params(claim)
        bound = params.concept_plausible_difference if concept else params.plausible_difference
        return within(claim, other, bound)

    def grows(self, claim: Claim, other: Claim) -> bool:
        """Whether either figure counts a toll that grows after its event (FC101's ``tolls``)."""
        tolls = self._value_params(claim).tolls
        return any(part in tolls for c in (claim, other) if c.concept for part in c.concept.split("+"))

    def other_toll(self, claim: Claim, other: Claim) -> bool:
        """Whether the figures count two of FC101's ``distinct_tolls`` ("وأصيب 38" beside the killed)."""
        if claim.concept is None or other.concept is None or claim.concept == other.concept:
            return False
        tolls = self._value_params(claim).distinct_tolls
        return claim.concept in tolls and other.concept in tolls

    def sum_params(self, claim: Claim) -> SumParams | None:
        rule = self.rule("sum_mismatch", claim)
        return self.params(rule) if rule else None

    def unsupported_kinds(self) -> tuple[Kind, ...]:
        rule = self.rule("unsupported")
        params: UnsupportedParams = self.params(rule) if rule else UnsupportedParams(kinds=())
        return params.kinds


@dataclass(frozen=True)
class Verdict:
    """The outcome of comparing a claim with its counterpart: agreement, or the rule it breaks."""

    rule: Rule | None
    details: dict[str, str]

    @property
    def agrees(self) -> bool:
        return self.rule is None


def judge(claim: Claim, other: Claim, book: RuleBook) -> Verdict | None:
    """Compare two statements of one quantity; None when they disagree but every fitting rule is off."""
    tolerance = book.tolerance(claim)
    claim, other = in_common_unit(claim, other)
    if claim.kind is Kind.DATE:
        if dates_agree(claim.date or "", other.date or ""):
            return Verdict(None, {})
        return _verdict(book.rule("date_mismatch", claim), {"expected": other.date or ""})
    if agrees(claim, other, tolerance) and not _scale_slip(claim, other, book) \
            and not _bound_swapped(claim, other, book):
        return Verdict(None, {})
    for check, details in _explanations(claim, other, book, tolerance):
        rule = book.rule(check, claim)
        if rule is not None:
            return Verdict(rule, details)
    return None


def said_otherwise(claim: Claim, other: Claim) -> dict[str, str] | None:
    """Two statements of one figure in one article that name different numbers at the coarser of their
    two precisions (the power of ten of each one's last non-zero digit), neither a bound: "about
    260,000" and "the 250,000", "$7 billion" and "$7.5 billion" (7 and 8 billion). A writer restating
    his own figure names the same number, however loosely each may match a source's ("about 260,000"
    holds of 250,000 to 270,000); a rounding of it ("44.6 million", "the 45 million") names the same.
    The details of value_mismatch when they do, else None."""
    if claim.qualifier in BOUNDS or other.qualifier in BOUNDS or claim.kind is Kind.DATE:
        return None
    a, b = stated(claim), stated(other)
    if a is None or b is None or not a or not b:
        return None
    coarse = Decimal(1).scaleb(max(last_digit(a), last_digit(b)))
    if (a / coarse).quantize(Decimal(1), rounding=ROUND_HALF_EVEN) \
            == (b / coarse).quantize(Decimal(1), rounding=ROUND_HALF_EVEN):
        return None
    return {"difference": _difference(claim, other)}


_SWAP_BOUND_DIGITS = 3  # digits a figure needs for a swap of a bound's number to be no coincidence


def _bound_swapped(claim: Claim, other: Claim, book: RuleBook) -> bool:
    """A bound holds of many values, and one of them may be its own number with two digits swapped:
    "مقتل 871 شخصا على الأقل" against "at least 817", "more than 1,530" against "more than 1,350" — a
    slip, not another reading; of three digits or more, so that chance does not make one ("21 killed"
    meets "at least 12")."""
    if other.qualifier not in BOUNDS and claim.qualifier not in BOUNDS:
        return False
    rule = book.rule("transposed_digits", claim)
    if rule is None or not transposed(claim, other, book.params(rule)):
        return False
    value = stated(claim)
    return value is not None and len(str(abs(int(value)))) >= _SWAP_BOUND_DIGITS


def _scale_slip(claim: Claim, other: Claim, book: RuleBook) -> bool:
    """Two bounds can both hold and still differ by a scale word ("more than 20 million" against
    "more than 20 billion"): the same digits a factor 10^k apart are a slip either way."""
    rule = book.rule("scale_mismatch", claim)
    return rule is not None and scale_exponent(claim, other, book.params(rule)) is not None


def _explanations(claim: Claim, other: Claim, book: RuleBook,
                  tolerance: Tolerance) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []
    scale_rule = book.rule("scale_mismatch", claim)
    scale = book.params(scale_rule) if scale_rule else ScaleParams()
    exponent = scale_exponent(claim, other, scale)
    if exponent is not None:
        found.append(("scale_mismatch", {"difference": f"a factor of 10^{abs(exponent)}"}))
    digits_rule = book.rule("transposed_digits", claim)
    if transposed(claim, other, book.params(digits_rule) if digits_rule else TransposedParams()):
        found.append(("transposed_digits", {"difference": "two adjacent digits swapped"}))
    if qualifier_contradicted(claim, other, tolerance):
        excluded = f"'{value_text(claim)}' excludes {value_text(other)}"
        found.append(("qualifier_mismatch", {"difference": excluded}))
    found.append(("value_mismatch", {"difference": _difference(claim, other)}))
    return found


def _difference(claim: Claim, other: Claim) -> str:
    a, b = stated(claim), stated(other)
    if a is None or b is None:
        return "the ranges do not overlap"
    return f"off by {_grouped(abs(a - b))}"  # grouped as the values are: "off by 22,500"


def _verdict(rule: Rule | None, details: dict[str, str]) -> Verdict | None:
    return Verdict(rule, details) if rule is not None else None


# --- sums inside one article and against the references ----------------------------------------------



@dataclass(frozen=True)
class SumGap:
    """A total that its parts do not add up to; ``claim`` is the article claim reported."""

    claim: Side
    against: Side
    parts: tuple[Side, ...]
    total: Decimal | None
    inferred: bool = False  # a breakdown read from the figures alone, with no word marking it
    shares: bool = False  # the parts are percentages of the total, which make 100% ("42% منهم، و56%")


def sum_gaps(sides: Sequence[Side], text: str, refs: Index, book: RuleBook,
             matched: Set[tuple[str, str]]) -> list[SumGap]:
    """sum_mismatch: totals that their parts do not add up to, in one article or with the references.

    Two ways a text states a sum. By place: claims of one concept, counted thing, period and unit with
    disjoint places, stated in one paragraph (or sentence, by the rule's ``scope``), and a claim of the
    same quantity whose place is exactly their union. By a total word (the rule's ``total_words``,
    "in all", "المجموع"): in that sentence the claim nearest the word is the total and the other
    claims of its kind and unit are the parts. An article total without a reference counterpart is
    also checked against reference parts, and article parts against a reference total. ``matched``
    holds (path, id) of the claims a reference aligned.
    """
    gaps: list[SumGap] = []
    groups: dict[tuple[object, ...], list[Side]] = {}
    for side in sides:
        # (shares are no parts by place: 99% in one region and 80% in another make no 179% of both)
        if side.claim.concept is not None and side.claim.kind in SUMMABLE \
                and side.claim.kind is not Kind.PERCENT:
            groups.setdefault(_sum_key(side), []).append(side)
    for group in groups.values():
        params = book.sum_params(group[0].claim)
        if params is None:
            continue
        bounds = scope_marks(text, params.scope)
        for parts in _part_sets(group, bounds, params.min_parts):
            gaps += _place_gaps(group, parts, book)
            if not any((p.path, p.claim.id) in matched for p in parts):
                gaps += _reference_total_gaps(parts, refs, book)
        for total in group:
            if len(total.variant[1]) >= 2 and (total.path, total.claim.id) not in matched:
                gaps += _reference_parts_gaps(total, refs, book)
    counted = _group_counts(sides, text)
    plain = [s for s in sides if id(s) not in counted]  # (a count of groups before a colon is no part)
    gaps += _worded_gaps(plain, text, book) + _breakdown_gaps(sides, text, book, counted)
    gaps += _remainder_gaps(sides, text, book, gaps)
    return _restated_totals_dropped(gaps + _inferred_gaps(plain, text, book, gaps), book)


def _remainder_gaps(sides: Sequence[Side], text: str, book: RuleBook, found: list[SumGap]) -> list[SumGap]:
    """A part said to be some of a whole right after it, and the rest of that whole named by a word of
    remainder later in its sentence (FC105 remainder_words): "furloughed about 800,000 of the
    government's 2.1 million civilian employees, while the other 1.1 million kept working" says the two
    make the whole; 1.9 million is not 2.1 million."""
    taken = {id(s) for gap in found for s in (gap.claim, gap.against, *gap.parts)}
    ordered = sorted((s for s in sides if s.claim.kind in SUMMABLE and s.claim.kind is not Kind.PERCENT
                      and s.claim.value is not None), key=lambda s: s.claim.start)
    sentences = scope_marks(text, "sentence")
    gaps: list[SumGap] = []
    for n in range(len(ordered) - 2):
        part, whole, rest = ordered[n], ordered[n + 1], ordered[n + 2]
        if {id(part), id(whole), id(rest)} & taken \
                or bisect_right(sentences, part.claim.start) != bisect_right(sentences, rest.claim.start) \
                or not some_of(text, part.claim, whole.claim, noun=True) \
                or unit_block(rest.claim) != unit_block(part.claim) \
                or not _a_remainder(text, rest.claim, book):
            continue
        parts = [part.claim, rest.claim]
        if sum_agrees(parts, whole.claim, book.tolerance(whole.claim)):
            continue
        gaps.append(SumGap(whole, part, (part, rest), _sum_value(parts)))
    return gaps


_COLON_REACH = 3  # words between a count and the colon that opens the list of what it counts


def _group_counts(sides: Sequence[Side], text: str) -> dict[int, tuple[int, list[Side]]]:
    """The figures (by id) that count the items of the list a colon after them opens, each with the
    colon and the counts listed after it (_group_colon): the number of groups a total is shared among,
    never a part of it."""
    ordered = sorted(sides, key=lambda s: s.claim.start)
    return {id(ordered[n]): found for n in range(len(ordered))
            if (found := _group_colon(ordered, n, text)) is not None}


def _group_colon(ordered: Sequence[Side], n: int, text: str) -> tuple[int, list[Side]] | None:
    """Where the colon stands and the counts listed after it when ``ordered[n]`` counts the items of the
    list the colon opens: at least as many counts after it in its sentence as its value ("نقل المصابون
    الـ29 إلى ثلاثة مستشفيات: 14 إلى ...، و9 إلى ...، و4 إلى ...", "across three regions: 40 in ...";
    a clause may follow the list: "، ووصفت حالة ستة منهم بالحرجة"); None otherwise."""
    claim = ordered[n].claim
    if claim.kind is not Kind.COUNT or claim.value is None or not 2 <= claim.value <= _MAX_GROUPS \
            or claim.value != claim.value.to_integral_value():
        return None
    colon = text.find(":", claim.end, claim.end + 60)
    if colon < 0 or not text[colon + 1 : colon + 2].isspace() \
            or len(WORD_RE.findall(text, claim.end, colon)) > _COLON_REACH \
            or any(ch in ",،.;؛\n" for ch in text[claim.end : colon]):
        return None  # (not a time's colon, "at 10:30")
    end = _LIST_END_RE.search(text, colon)
    stop = end.start() if end is not None else len(text)  # (a decimal point ends no list: "14.5 tonnes")
    listed = [o for o in ordered[n + 1 :] if colon < o.claim.start < stop and o.claim.kind is Kind.COUNT]
    return (colon, listed[: int(claim.value)]) if len(listed) >= claim.value else None


_MAX_GROUPS = 12  # the most groups a count before a colon is read as (larger, it may be a total)
_LIST_END_RE = regex.compile(r"\.(?!\d)|\n")  # where the list after a colon ends: its sentence's end


def _restated_totals_dropped(gaps: list[SumGap], book: RuleBook) -> list[SumGap]:
    """The gaps with no part that restates the total ("أنقذ 145 شخصا ... ومن بين الناجين الـ145، هناك 84
    إريتريا و38 سودانيا و23": الـ145 is the total again, no part of it): such a part is dropped, and the
    gap with it when the other parts add up to the total or fewer than two are left. A gap reported on
    one of its parts (an article's parts against a reference total) has no total here to restate."""
    kept: list[SumGap] = []
    for gap in gaps:
        whole = stated(gap.claim.claim)
        on_part = any(p is gap.claim for p in gap.parts)
        same = [p for p in gap.parts if whole is not None and stated(p.claim) == whole
                and p.claim.unit == gap.claim.claim.unit] if not on_part else []
        if not same or gap.shares:
            kept.append(gap)
            continue
        rest = tuple(p for p in gap.parts if not any(p is q for q in same))
        total = gap.claim.claim
        if len(rest) < 2 or sum_agrees([p.claim for p in rest], total, book.tolerance(total)):
            continue
        kept.append(replace(gap, against=rest[0], parts=rest, total=_sum_value([p.claim for p in rest])))
    return kept


SUMMABLE = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DURATION)


@lru_cache(maxsize=4)
def scope_marks(text: str, scope: str) -> tuple[int, ...]:
    """Where each sentence (or paragraph) of ``text`` ends: the extractor's own rules, so both stages
    agree where a sentence ends. Cached for the last few texts: an article's sides, its internal check
    and its sums (one call per group of claims) ask for the same marks."""
    splitter = PARAGRAPH_RE if scope == "paragraph" else SENTENCE_END_RE
    marks: list[int] = []
    for m in splitter.finditer(text):
        if marks and not text[marks[-1] + 1 : m.start()].strip():
            continue  # "." then blank lines: one end, not empty sentences between (counted back by index)
        marks.append(m.start())
    return tuple(marks)


def _sum_key(side: Side) -> tuple[object, ...]:
    claim = side.claim
    return claim.kind, claim.unit, claim.concept, claim.counted, side.variant[0]


def _part_sets(group: list[Side], bounds: Sequence[int], min_parts: int) -> list[list[Side]]:
    by_scope: dict[int, list[Side]] = {}
    for side in group:
        if side.variant[1]:
            by_scope.setdefault(bisect_right(bounds, side.claim.start), []).append(side)
    return [members for members in by_scope.values()
            if len(members) >= min_parts and _disjoint([m.variant[1] for m in members])]


def _disjoint(places: list[frozenset[str]]) -> bool:
    union: frozenset[str] = frozenset().union(*places)
    return all(places) and sum(len(p) for p in places) == len(union)


def _place_gaps(group: list[Side], parts: list[Side], book: RuleBook) -> list[SumGap]:
    union = frozenset().union(*(p.variant[1] for p in parts))
    claims = [p.claim for p in parts]
    return [SumGap(total, parts[0], tuple(parts), _sum_value(claims)) for total in group
            if total not in parts and total.variant[1] == union
            and not sum_agrees(claims, total.claim, book.tolerance(total.claim))]


def _by_sentence(sides: Sequence[Side], text: str) -> tuple[Sequence[int], dict[int, list[Side]]]:
    """The sentence ends of ``text`` and its summable claims grouped by sentence index."""
    sentences = scope_marks(text, "sentence")
    groups: dict[int, list[Side]] = {}
    for side in sides:
        if side.claim.kind in SUMMABLE:
            groups.setdefault(bisect_right(sentences, side.claim.start), []).append(side)
    return sentences, groups


def sentence_span(text: str, sentences: Sequence[int], index: int) -> tuple[int, int]:
    """Where sentence ``index`` starts and ends, given the sentence ends of ``text``."""
    return (sentences[index - 1] if index else 0), (sentences[index] if index < len(sentences) else len(text))


def _worded_gaps(sides: Sequence[Side], text: str, book: RuleBook) -> list[SumGap]:
    rule = book.rule("sum_mismatch")
    params: SumParams | None = book.params(rule) if rule else None
    if not params or not sides:
        return []
    lang = sides[0].claim.lang
    words = params.total_words.get(lang, ())
    elsewhere = params.not_total_words.get(lang, ())
    partial = params.partial_words.get(lang, ())
    qualifying = frozenset(fold_word(w).lower() for w in params.qualifying_words.get(lang, ()))
    blockers = params.not_breakdown_words.get(lang, ())
    value_rule = book.rule("value_mismatch")
    value_params: ValueParams | None = book.params(value_rule) if value_rule else None
    earlier = value_params.earlier_words.get(lang, ()) if value_params else ()
    sentences, by_sentence = _by_sentence(sides, text)
    gaps: list[SumGap] = []
    for index, members in by_sentence.items():
        start, end = sentence_span(text, sentences, index)
        marker = find_marker(text, start, end, words)
        # With no total word, a sentence of a few figures may still state a combined total ("عدد
        # الضحايا بين قتيل وجريح 98"): its concept joins two events an earlier sentence counts.
        few = len(members) <= params.min_parts
        if marker is None and not (few and any(m.claim.concept and "+" in m.claim.concept for m in members)):
            continue
        # (not a sentence of an earlier reading: "وكانت حصيلة سابقة قد أشارت إلى سقوط 23 قتيلا")
        before = [by_sentence[k] for k in range(index - 1, index - 1 - _COMBINED_BACK, -1)
                  if k in by_sentence and not (earlier and find_marker(
                      text, *sentence_span(text, sentences, k), earlier) is not None)]
        first_ones = _first_ones(members, marker, before, book) if marker is not None else None
        if first_ones is not None:
            gaps.append(first_ones)
            continue
        if few or marker is None:
            # (not a figure of each: "تقدر النفقات والإيرادات بـ855 مليار ريال لكل منهما")
            each = [m for m in members if not blockers or find_marker(
                text, m.claim.end, min(end, m.claim.end + _EACH_REACH), blockers) is None]
            combined = _combined_after(each, before, params.min_parts, book)
            if combined is not None:
                gaps.append(combined)
            continue
        other = find_marker(text, start, end, elsewhere) if elsewhere else None
        if other is not None and other <= marker <= other + _ELSEWHERE_REACH:
            continue  # "16,250 of the total": the total is stated elsewhere (not "the three together
            # accounted for 2.5 million of the total": "together" marks that sentence's own)
        some = find_marker(text, marker, end, partial) if partial else None
        if some is not None:  # "rose to 11,500, including 430 women": some of it, the breakdown pass's
            members = [m for m in members if m.claim.start < some]
            if len(members) <= params.min_parts:
                continue
        gap = _worded_gap(members, marker, params.min_parts, book, text, qualifying)
        if gap is not None:
            gaps.append(gap)
    return gaps


_MARKER_REACH = 12  # words between a total word and the total it names
_ELSEWHERE_REACH = 16  # characters from "of the total" to the total word inside it
_COMBINED_BACK = 6  # sentences back where a combined total's components may be stated
_EACH_REACH = 24  # characters after a figure where "for each of them" makes it no total


_FIRST_ONES_MAX = 9  # the largest count of "the three parties combined" read as the first ones listed


def _first_ones(members: list[Side], marker: int, before: list[list[Side]],
                book: RuleBook) -> SumGap | None:
    """"the first three parties combined 326 seats" (a count N, then a total word and the total, the
    count no figure of the total's own concept): the total of the N figures of its concept, kind and
    unit listed in the sentences ``before`` (latest first): the N largest of them below the total when
    they are listed largest first (a ranking: 220, 68 and 48 seats of a 220, 68, 48, 27, 17 list), or
    the only N."""
    ordered = sorted(members, key=lambda s: s.claim.start)
    for count, total in pairwise(ordered):
        n = stated(count.claim)
        if count.claim.kind is not Kind.COUNT or count.claim.unit != "count" \
                or count.claim.concept is not None or count.claim.qualifier is not Qualifier.EXACT \
                or n is None or n != n.to_integral_value() or not 2 <= n <= _FIRST_ONES_MAX \
                or not count.claim.end <= marker <= total.claim.start:
            continue
        value = stated(total.claim)
        if total.claim.concept is None or value is None or total.claim.qualifier is not Qualifier.EXACT:
            continue
        listed = [p for sentence in before for p in sentence
                  if p.claim.kind is total.claim.kind and p.claim.unit == total.claim.unit
                  and p.claim.concept == total.claim.concept and p.claim.qualifier is Qualifier.EXACT
                  and (stated(p.claim) or value) < value]
        listed.sort(key=lambda p: p.claim.start)
        k = int(n)
        if len(listed) < k:
            return None
        first = sorted(sorted(listed, key=lambda p: stated(p.claim) or 0, reverse=True)[:k],
                       key=lambda p: p.claim.start)
        if len(listed) != k and not all((stated(a.claim) or 0) > (stated(b.claim) or 0)
                                        for a, b in pairwise(first)):
            return None
        if sum_agrees([p.claim for p in first], total.claim, book.tolerance(total.claim)):
            return None
        return SumGap(total, first[0], tuple(first), _sum_value([p.claim for p in first]))
    return None


def _combined_after(members: list[Side], before: list[list[Side]], min_parts: int,
                    book: RuleBook) -> SumGap | None:
    """A combined total after a total word, whose components the nearest of the sentences ``before``
    (latest first) that states all of them gives ("80 قتيلا و150 جريحا. ... إجمالي الضحايا بين قتيل
    وجريح بلغ 250"): the components are its parts, the largest figure of each of its concepts (the
    toll, not the women among it), of its kind and unit."""
    for total in members:
        concept = total.claim.concept
        whole = set(_COMBINED.get(concept, concept).split("+")) if concept else set()
        if len(whole) < 2:
            continue
        for sentence in before:
            tops: dict[str, Side] = {}  # the largest figure of each component: its toll, not its breakdown
            for p in sentence:
                part = p.claim.concept
                if part is None or part not in whole or p.claim.kind is not total.claim.kind \
                        or p.claim.unit != total.claim.unit:
                    continue
                top = tops.get(part)
                if top is None or (stated(p.claim) or 0) > (stated(top.claim) or 0):
                    tops[part] = p
            parts = sorted(tops.values(), key=lambda p: p.claim.start)
            if len(parts) < min_parts or set(tops) != whole:
                continue
            if sum_agrees([p.claim for p in parts], total.claim, book.tolerance(total.claim)):
                return None
            return SumGap(total, parts[0], tuple(parts), _sum_value([p.claim for p in parts]))
    return None


def _worded_gap(members: list[Side], marker: int, min_parts: int, book: RuleBook, text: str,
                qualifying: frozenset[str]) -> SumGap | None:
    """The sentence is consistent when some figure is the sum of the others of its kind and unit that
    are no larger than it; otherwise the figure the total word stands beside, else the nearest figure
    that holds the others, is reported as the total. A figure that qualifies the
    one before it ("2,520 publishers from 112 countries") is neither."""
    qualified = {id(b) for a, b in pairwise(sorted(members, key=lambda s: s.claim.start))
                 if _qualifies(text, a.claim, b.claim, qualifying)}
    members = [s for s in members if id(s) not in qualified]

    def split(total: Side) -> list[Side]:
        return [s for s in members if s is not total and s.claim.kind is total.claim.kind
                and s.claim.unit == total.claim.unit and _same_whole(s.claim, total.claim)]

    def smaller(total: Side) -> list[Side]:
        return [s for s in split(total) if (stated(s.claim) or 0) <= (stated(total.claim) or 0)]

    for total in members:
        parts = smaller(total)
        if len(parts) >= min_parts and sum_agrees([p.claim for p in parts], total.claim,
                                                  book.tolerance(total.claim)):
            return None
    # The figure the total word stands right beside is the total it names ("..., together $56.7
    # billion"), and a larger figure of the sentence is none of its parts (the revenue the two
    # products' sales are a half of).
    named = min(members, key=lambda s: _words_from(text, marker, s.claim))
    held = smaller(named)
    if _words_from(text, marker, named.claim) <= _NAMED_REACH and len(held) >= min_parts:
        return SumGap(named, held[0], tuple(held), _sum_value([p.claim for p in held]))
    # The total holds its parts: of the figures no smaller than the others of their unit, the one
    # nearest the total word ("exports totalled $3.38 trillion ... bringing total trade to $5.94
    # trillion": the 5.94).
    holders = [m for m in members if all((stated(o.claim) or 0) <= (stated(m.claim) or 0) for o in split(m))]
    total = min(holders or members, key=lambda s: abs(s.claim.start - marker))
    parts = split(total)
    if len(parts) < min_parts:
        return None
    lo, hi = sorted((marker, total.claim.start if total.claim.start > marker else total.claim.end))
    if len(WORD_RE.findall(text, lo, hi)) > _MARKER_REACH:
        return None  # "in a tally it published, ... 94,194": the total word names no figure here
    return SumGap(total, parts[0], tuple(parts), _sum_value([p.claim for p in parts]))


_NAMED_REACH = 2  # words between a total word and the figure it stands beside


def _words_from(text: str, marker: int, claim: Claim) -> int:
    """How many words stand between a total word starting at ``marker`` and a figure: after it, the
    words from the total word's second on ("a total of 196": 2); before it, the words from the
    figure's end to the total word ("196 operations in all": 1)."""
    if claim.start >= marker:
        return max(len(WORD_RE.findall(text, marker, claim.start)) - 1, 0)
    return len(WORD_RE.findall(text, claim.end, marker))


def _qualifies(text: str, before: Claim, figure: Claim, qualifying: frozenset[str]) -> bool:
    """Whether ``figure`` qualifies the noun of the figure just before it: at most one word (its noun)
    and a preposition of ``qualifying`` between them ("2,520 publishers from 112 countries")."""
    words = text[before.end : figure.start].split()
    return 1 <= len(words) <= 2 and fold_word(words[-1]).lower() in qualifying


def _same_whole(part: Claim, total: Claim) -> bool:
    """Whether a part may belong to a total word's total: same concept (or one of the events of a
    combined total, 8 killed and 32 detained in "42 killed or detained"), when both name one;
    "A total of 196 operations killed 44 and led to 166 arrests" pools nothing."""
    if ASIDE_NOTE in part.evidence:
        return False  # "2,800 were in Choloma, a town of 20,000": the town's people, no part
    if part.concept is None or total.concept is None:
        return True
    whole = _COMBINED.get(total.concept, total.concept)  # "127 victims": casualties, killed and injured
    return part.concept == total.concept or part.concept in whole.split("+")


_COMBINED = {one: both for both, one in SAME_CONCEPT.items()}  # "casualties" -> "injured+killed"


def find_marker(text: str, start: int, end: int, words: Sequence[str], *, gap: bool = False) -> int | None:
    """Where a total word stands in text[start:end] (folded, whole words), or None. With ``gap``, a
    phrase of words may have one more word between two of its own ("the previous official toll" for
    "previous toll", "الحصيلة الرسمية السابقة" for "الحصيلة السابقة")."""
    folded = fold(text[start:end])
    found = _marker_pattern(tuple(words), gap).search(folded.text)
    return None if found is None else start + folded.orig(found.start())


@lru_cache(maxsize=64)
def _marker_pattern(words: tuple[str, ...], gap: bool = False) -> Any:
    """One compiled whole-word pattern for all total words (built once per word list and gap)."""
    space = r"\s+(?:[\p{L}\p{M}]+\s+)?" if gap else " "
    body = "|".join(space.join(map(regex.escape, form.split(" ")))
                    for word in words for form in _agreements(fold_word(word)))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{body})(?![\p{{L}}\p{{M}}])")


def _agreements(word: str) -> tuple[str, ...]:
    """A folded rule word and, for a present-tense verb, its form with the other agreement prefix
    (morphology.yaml ``agreement_prefixes``: تتوزع, يتوزع), a conjunction written onto it kept
    (وتتوزع, ويتوزع); a past-tense verb (``agreement_past_endings``: توزعت) has no other form."""
    lex = load_lexicon(phrase_lang(word))
    prefixes = lex.agreement_prefixes
    conjunction = next((c for c in lex.agreement_conjunctions
                        if word.startswith(c) and word[len(c) : len(c) + 1] in prefixes), "")
    rest = word[len(conjunction) :]
    if " " in word or rest[:1] not in prefixes or len(rest) < AGREEING_VERB \
            or word.endswith(lex.agreement_past_endings):
        return (word,)
    return (word, *(conjunction + other + rest[1:] for other in prefixes if other != rest[0]))


def _breakdown_gaps(sides: Sequence[Side], text: str, book: RuleBook,
                    groups: Mapping[int, tuple[int, list[Side]]]) -> list[SumGap]:
    """A total followed by a breakdown word and its parts (see FC104's description); ``groups``: the
    counts of groups before a colon (_group_counts)."""
    rule = book.rule("sum_mismatch")
    params: SumParams | None = book.params(rule) if rule else None
    if not params or not sides:
        return []
    lang = sides[0].claim.lang
    exhaustive, partial = params.breakdown_words.get(lang, ()), params.partial_words.get(lang, ())
    partitive, distribution = params.partitive_words.get(lang, ()), params.distribution_words.get(lang, ())
    spread, pronouns = params.spread_words.get(lang, ()), params.pronoun_words.get(lang, ())
    opening = params.opening_words.get(lang, ())
    if not exhaustive and not partial and not partitive and not spread and not opening:
        return []
    sentences, by_sentence = _by_sentence(sides, text)
    gaps: list[SumGap] = []
    for index, listed in sorted(by_sentence.items()):
        start, end = sentence_span(text, sentences, index)
        members = [m for m in listed if id(m) not in groups]
        blockers = params.not_breakdown_words.get(lang, ())
        spread_at: int | None = None
        for role, words, all_of_it, first_part in (("spread", spread, True, True),
                                                   ("exhaustive", exhaustive, True, True),
                                                   ("partial", partial, False, False),
                                                   ("partitive", partitive, False, True),
                                                   ("opening", opening, False, False)):
            marker = find_marker(text, start, end, words) if words else None
            if role == "opening":
                marker, members = _opened_whole(members, text, start, marker)
            if role == "spread":
                spread_at = marker
            elif marker is not None and marker == spread_at:
                continue  # "توزعت على ثلاثة مستشفيات": the spread word read first, the groups left out
            if marker is None:
                continue
            # a figure right before "of them" is its first part; right before a verb, its subject
            refers_back = role == "partitive" or find_marker(text, marker, end, pronouns) == marker
            if role == "spread":  # (the group count read from the spread word, not again from the colon)
                members = [m for m in _without_groups(listed, text, marker) if id(m) not in groups]
            whole = next((m for m in members if m.claim.start > marker), None) if all_of_it else None
            later = find_marker(text, whole.claim.end, end, words) if whole is not None else None
            shared = find_marker(text, whole.claim.end, end, distribution) \
                if whole is not None and distribution else None
            if whole is not None and shared is not None \
                    and _shares_out(text, whole.claim.end, shared, lang):
                later = shared  # "يتوزع الضحايا الخمسون بين 46 هنديا و3": the subject's whole, shared out
            shared_out = False
            if whole is not None and later is not None and not any(m.claim.end <= marker for m in members) \
                    and not any(whole.claim.end <= m.claim.start and m.claim.end <= later for m in members):
                # "ويتألف المجلس من 138 مقعدا، منها 97 ... و43": the figure after an opening breakdown
                # word is the whole the next one breaks down
                marker, shared_out = later, later == shared
            blocked = find_marker(text, start, end, blockers) if blockers else None
            if blocked is not None and blocked <= marker < blocked + _BLOCKER_REACH:
                continue  # "كل منهم", "each of them": no breakdown
            comparison = find_marker(text, marker, end, params.comparison_words.get(lang, ()))
            if comparison is not None:  # the parts end where a comparison begins
                members = [m for m in members if m.claim.start < comparison]
            again = find_marker(text, marker, end, exhaustive) if not all_of_it and exhaustive else None
            lead = [m for m in members if m.claim.end <= again] if again is not None else []
            if lead and again is not None and not text[lead[-1].claim.end : again].strip():
                # "included 380 children and 780 adults, and fewer than 250 of them are still alive":
                # the figure right before "of them" opens another breakdown, no part of this one
                members = [m for m in members if m.claim.start < lead[-1].claim.start]
            earlier = [by_sentence[k] for k in range(index - 1, max(-1, index - 1 - _BREAKDOWN_BACK), -1)
                       if k in by_sentence]
            previous, further = (earlier[0], earlier[1:]) if earlier else ([], [])
            # "Besides the eight Italians, the crews included six Tunisians ...": the figures before the
            # breakdown are more parts, and the total the sentence before's
            before = [m for m in members if m.claim.end <= marker]
            added = params.addition_words.get(lang, ())
            extra = before if added and any(
                find_marker(text, max(start, m.claim.start - _ADDITION_REACH), m.claim.start, added)
                is not None for m in before) else []
            gap = _breakdown(members, previous, text, start, marker, all_of_it, book, params.min_parts,
                             params.partial_near, extra=extra, further=further,
                             near=params.inferred_breakdown or Decimal(0),
                             complements=_complements(params.complements.get(lang, ())),
                             shared_out=shared_out, first_part=first_part, part_before=refers_back)
            if gap is not None:
                gaps.append(gap)
                break
        else:
            gap = _colon_breakdown(listed, groups, text, start, book, params) \
                or _closed_whole(listed, text, start, end, book, params)
            if gap is not None:
                gaps.append(gap)
    return gaps


def _colon_breakdown(members: list[Side], groups: Mapping[int, tuple[int, list[Side]]], text: str,
                     start: int, book: RuleBook, params: SumParams) -> SumGap | None:
    """A total shared among groups that a count before a colon numbers, one figure per group after
    it ("نقل المصابون الـ29 إلى ثلاثة مستشفيات: 14 إلى ...، و9 إلى ...، و4 إلى ..."): the listed
    figures are all of the total before the count."""
    ordered = sorted(members, key=lambda s: s.claim.start)
    for n, side in enumerate(ordered):
        found = groups.get(id(side))
        if found is None:
            continue
        colon, listed = found
        before = [m for m in ordered[:n] if m.claim.kind is Kind.COUNT]
        if not before:
            return None
        return _breakdown([*before, *listed], [], text, start, colon, True, book, params.min_parts,
                          params.partial_near, near=params.inferred_breakdown or Decimal(0),
                          first_part=False, part_before=False)
    return None


def _closed_whole(members: list[Side], text: str, start: int, end: int, book: RuleBook,
                  params: SumParams) -> SumGap | None:
    """"The guild said 8,435 members voted yes and 90 voted no, out of 8,625 ballots cast", "صوت 1798
    عاملا ضد الانضمام و738 لصالحه، من أصل 2636 صوتا صحيحا": a sentence that closes with a comma, a
    partitive (FC104 closing_words) and a figure states the whole of the figures of its kind and unit
    before the comma. They are some of it: only parts that exceed it, or fall short of it by at most
    partial_near (a count meant to be whole that misses), are a finding."""
    closing = params.closing_words.get(members[0].claim.lang, ()) if members else ()
    marker = find_marker(text, start, end, closing) if closing else None
    if marker is None:
        return None
    comma = text[start:marker].rstrip()
    if not comma.endswith((",", "،")):
        return None
    after = [m for m in members if m.claim.start > marker]
    if not after or len(WORD_RE.findall(text, marker, after[0].claim.start)) > _OPENING_REACH:
        return None
    whole = after[0]
    parts = [m for m in members if m.claim.end <= start + len(comma) and _part_of(m.claim, whole.claim)
             and _same_whole(m.claim, whole.claim) and not hyphened(text, m.claim.end)
             and not basis_of_change(text, m.claim.start, m.claim.lang, changed=True)]
    if len(parts) < params.min_parts or not _holds(whole.claim, [p.claim for p in parts]):
        return None
    return _parts_gap(whole, parts, False, book, params.partial_near)


def _opened_whole(members: list[Side], text: str, start: int,
                  marker: int | None) -> tuple[int | None, list[Side]]:
    """"Of the 28.59 million valid votes, Buhari took 15.42 million and Jonathan 12.85 million": a
    sentence that opens with a partitive (FC104 opening_words) and a figure states its whole, and the
    figures after the comma that closes the opening, of the whole's concept when both name one ("the
    other 12 candidates" count no votes), are some of it. Where that comma stands (the breakdown's
    marker: the whole before it, the parts after) and the whole and its parts; None when the sentence
    opens otherwise."""
    if marker is None or any(ch.isalnum() for ch in text[start:marker]):
        return None, members
    after = [m for m in members if m.claim.start > marker]
    comma = next((at for at in range(marker, after[0].claim.start) if text[at] in ",،"), None) \
        if after else None
    if comma is not None and len(WORD_RE.findall(text, marker, comma)) <= _OPENING_REACH:
        # "Of the wounded, 212 were treated in Sinjar and 180 ...": the opening names the whole a
        # sentence before states; the figures after its comma are some of it
        return comma, members
    if len(after) < 2 or len(WORD_RE.findall(text, marker, after[0].claim.start)) > _OPENING_REACH \
            or comma is not None:
        return None, members
    whole, first = after[0], after[1]
    comma = next((at for at in range(whole.claim.end, first.claim.start) if text[at] in ",،"), None)
    return comma, [whole, *(m for m in after[1:] if _same_whole(m.claim, whole.claim))]


_OPENING_REACH = 3  # words from the opening partitive to its whole ("Of the", "من أصل الـ", "Out of the")


def _without_groups(members: list[Side], text: str, marker: int) -> list[Side]:
    """The figures of a sentence less the one right after a spread word, which counts the groups the
    total is spread over ("across five districts", "على فروعها الخمسة"): no part of it."""
    groups = next((m for m in members if m.claim.start > marker), None)
    if groups is None or len(WORD_RE.findall(text, marker, groups.claim.start)) > _GROUPS_REACH \
            or any(ch in ":：" for ch in text[marker : groups.claim.start]):
        # "توزعت على النحو التالي: 2484 في ليبيريا": after a colon the list begins, no count of groups
        return members
    at = groups.claim.start
    if groups.claim.kind is not Kind.COUNT or text[max(0, at - 3) : at].rstrip().endswith("("):
        # "تتوزع على 19.8 مليار دينار للرواتب", "توزعت على ولايات البليدة (49 حالة)": a sum or a
        # figure in parentheses after its group's name is a part, no count of the groups
        return members
    return [m for m in members if m is not groups]


_GROUPS_REACH = 4  # words from a spread word's start to the figure that counts the groups ("على فروعها")
_SHARED_REACH = 1  # words between a breakdown verb's whole and the word that shares it out (its noun)
_RELATIVE_REACH = 8  # ... or the words of a relative clause on it ("الـ231 التي حسمت في الدور الأول على")


def _shares_out(text: str, end: int, shared: int, lang: str) -> bool:
    """Whether the distribution word at ``shared`` shares out the whole ending at ``end``: its noun at
    most between them, or a relative clause on the whole ("وتوزعت المقاعد الـ231 التي حسمت في الدور
    الأول على النحو التالي")."""
    words = WORD_RE.findall(text, end, shared)
    if len(words) <= _SHARED_REACH:
        return True
    relatives = load_lexicon(lang).relative_pronouns
    return len(words) <= _RELATIVE_REACH and any(fold_word(w).lower() in relatives for w in words[:2])


_BREAKDOWN_OPENER_WORDS = 8  # words before a breakdown word that opens its sentence ("Those were")
# An aside between two commas, which the opener's words leave out ("The resolution, announced by the
# attorney general on Tuesday, comprises ...": three words).
_ASIDE_RE = regex.compile(r"[,،][^,،.]*[,،]")
_THAT = frozenset({"that"})  # English's complementizer (the Arabic ones: concepts.yaml complementizers)


def _reported(words: list[str], lang: str) -> list[str]:
    """The words after the last complementizer of a saying clause ("وأوضح مقرر اللجنة في مؤتمر صحفي أن
    هؤلاء الوافدين": the reported clause's "هؤلاء الوافدين"), or all of them."""
    opening = load_lexicon(lang).complementizers or _THAT
    last = max((k for k, w in enumerate(words) if fold_word(w).lower() in opening), default=-1)
    return words[last + 1 :]


_BLOCKER_REACH = 12  # characters from a blocker's start within which a breakdown word is part of it


def _ellipsis_or_own(text: str, part: Claim, total: Claim) -> bool:
    """A part in the total's own unit; or a bare count after a measure or money total that leaves the
    unit to it: scaled ("210 آلاف طن و120 ألفا"), or with no noun of its own after it (not "على مدى 13
    مرحلة" after 7,900 km)."""
    if part.unit != "count" or total.unit == "count" or part.grain >= 3:
        return True  # in the total's unit, or scaled as its parts are ("131.6 trillion came from oil")
    after = text[part.end : part.end + 40].split()
    if not after:
        return True
    word = fold_word(after[0].strip(".,،؛;:)")).lower()
    return not word or not word[0].isalpha() or word in load_lexicon(part.lang).function_words


_ADDITION_REACH = 40  # characters before a figure where "besides", "فضلا عن" makes it an added part


def _breakdown(members: list[Side], previous: list[Side], text: str, start: int, marker: int, all_of_it: bool,
               book: RuleBook, min_parts: int, partial_near: Decimal = Decimal(0),
               extra: Sequence[Side] = (), further: Sequence[list[Side]] = (),
               near: Decimal = Decimal(0),
               complements: tuple[tuple[frozenset[str], ...], ...] = (),
               shared_out: bool = False, first_part: bool = True, part_before: bool = True) -> SumGap | None:
    before = [s for s in members if s.claim.end <= marker]
    after = _without_scopes([s for s in members if s.claim.start > marker], text)
    if extra:  # figures added by "besides": parts, and the total is the sentence before's
        if not previous:
            return None
        pool, parts = previous, [*extra, *after]
    elif shared_out:  # "يتوزع الضحايا الخمسون بين ...": the whole before the word that shares it out
        pool, parts = before, after
    elif part_before and before and not text[before[-1].claim.end : marker].strip() and len(before) >= 2:
        pool, parts = before[:-1], [before[-1], *after]  # "16.19 billion of them from oil and 2.94 billion"
    elif before and not text[before[-1].claim.end : marker].strip() and previous and first_part \
            and part_before:
        # "Punjab accounts for 13.7 million of them, Sindh for 7.8 million ...", "1,684 of the dead":
        # the sentence's only figure before "of them" is the first part; "them" are the total of the
        # sentence before (not before "included": "Those 1,250 included 380 children" names the
        # total again)
        pool, parts = previous, [before[-1], *after]
    elif before:
        pool, parts = before, after
    elif previous and len(_reported(_ASIDE_RE.sub(" ", text[start:marker]).split(),
                                    previous[0].claim.lang)) <= _BREAKDOWN_OPENER_WORDS:
        # "وتتوزع المصروفات بين ...", "Those were made up of ...", "وأوضحت الوزارة أن الشاحنات توزعت
        # بين ...": a breakdown whose sentence states no figure before it is of the sentence before.
        pool, parts = previous, after
    else:
        return None
    if all_of_it and len(parts) >= min_parts and all(_share(text, p.claim) for p in parts) \
            and all(_coordinated_after(text, a.claim, b.claim) for a, b in pairwise(parts)):
        return _share_gap(pool, parts, book)
    # The total is the nearest figure before the breakdown that could hold its parts: of their kind
    # and unit and no smaller than any of them ("The 1,543 arrivals, who came on nine boats, include").
    total = next((t for t in reversed(pool) if _holds(t.claim, [p.claim for p in parts])), None)
    if total is not None and all_of_it:
        total = _nearly_made(pool, parts, total, near)
    if total is not None and pool is previous and parts:
        total = _opener_total([previous, *further], parts, total, text[start : parts[0].claim.start])
        total = _exactly_made([previous, *further], parts, total, book)
    if total is None and pool is previous:
        total = _further_total(further, parts, near, text[start:parts[0].claim.start] if parts else "")
    if total is None:
        total, parts = _cut_at_larger(pool, parts, near)
    if total is None:
        return None
    parts = [p for p in parts
             if _part_of(p.claim, total.claim) and _ellipsis_or_own(text, p.claim, total.claim)]
    if len(parts) < min_parts:
        return None
    if not all_of_it and _complete(text, parts, complements):
        all_of_it = True  # "those 1,250 included 380 children and 780 adults": all of them, by their nouns
    return _parts_gap(total, parts, all_of_it, book, partial_near)


def _parts_gap(total: Side, parts: Sequence[Side], all_of_it: bool, book: RuleBook,
               partial_near: Decimal) -> SumGap | None:
    """The gap between a total and its parts (all of it, or some of it: see _breakdown), if any."""
    claims = [p.claim for p in parts]
    tolerance = book.tolerance(total.claim)
    stating = worded_count(total.claim)
    combined, whole = sum_interval(claims, tolerance), interval(stating, tolerance, _SUM_APPROX_DIGITS)
    if combined is None or whole is None or combined.meets(whole):
        return None
    exceeds = whole.hi is not None and combined.lo is not None and combined.lo > whole.hi
    value, summed = stated(total.claim), _sum_value(claims)
    if not exceeds and not all_of_it:
        # some of it ("including"): fewer than the total is no contradiction, unless the parts fall
        # short of it by no more than partial_near ("the dead included 35 children, 42 women and 40
        # men" of 121): a list that means to be whole and misses, a warning
        if not partial_near or value is None or summed is None or not value or summed >= value \
                or (value - summed) > partial_near * value:
            return None
        return SumGap(total, parts[0], tuple(parts), summed, inferred=True)
    if not exceeds and value and summed is not None and summed < _SOME_OF * value:
        return None  # "4,679 arrested, of whom 56 were charged and 21 released": some of it, not all
    return SumGap(total, parts[0], tuple(parts), summed)


def worded_count(claim: Claim) -> Claim:
    """A count written in words ("القتلى العشرين هم 15 ... و4", "the twenty dead were ..."), stated
    exactly, as the whole of a breakdown or a marked restatement ("المتهمون العشرة"): exact to the unit,
    not rounded to its tens as "20" read alone may be (a number word names a count, not an estimate)."""
    if claim.kind is Kind.COUNT and claim.qualifier is Qualifier.EXACT and claim.grain > 0 \
            and claim.value is not None and claim.value == claim.value.to_integral_value() \
            and not any(ch.isdigit() for ch in claim.text):
        return claim.model_copy(update={"grain": 0})
    return claim


def _exactly_made(sentences: Sequence[Sequence[Side]], parts: Sequence[Side], total: Side,
                  book: RuleBook) -> Side:
    """The total of a breakdown of a sentence before: the figure chosen, unless the parts do not add
    up to it but add up exactly to another figure of those sentences that could hold them, of the
    total's concept or the parts' ("rose to 5,782 on Wednesday. The ministry had put the toll at
    5,427 on Tuesday. Bantul accounted for 4,121 of the dead, Klaten for 1,041 and the other
    districts 620": the 5,782)."""
    claims = [p.claim for p in parts]
    if sum_agrees(claims, total.claim, book.tolerance(total.claim)):
        return total
    concepts = {total.claim.concept, *(c.concept for c in claims)} - {None}
    made = [t for group in sentences for t in group
            if t is not total and (t.claim.concept in concepts or t.claim.concept == total.claim.concept
                                   or (t.claim.concept is None and stated(t.claim) == _sum_value(claims)))
            and _holds(t.claim, claims) and sum_agrees(claims, t.claim, book.tolerance(t.claim))]
    return made[0] if len(made) == 1 else total


def _nearly_made(pool: Sequence[Side], parts: Sequence[Side], nearest: Side, near: Decimal) -> Side:
    """The total of an all-of-it breakdown: the nearest figure that holds the parts, unless they make
    less than half of it while they add up to within ``near`` of another figure of the pool ("9,772,532
    ناخبا ... من أصل 24,474,161 مسجلا. وتوزعت الأوراق بين 8,504,346 ورقة صحيحة و1,286,186 ورقة ملغاة":
    the votes cast, not the registered voters)."""
    claims = [p.claim for p in parts]
    together, value = _sum_value(claims), stated(nearest.claim)
    if together is None or not value or together >= _SOME_OF * value:
        return nearest
    made = []
    for total in pool:
        whole = stated(total.claim)
        if total is not nearest and whole and _holds(total.claim, claims) \
                and abs(together - whole) <= near * whole:
            made.append(total)
    return made[0] if len(made) == 1 else nearest


@lru_cache(maxsize=16)
def _complements(table: tuple[tuple[str, ...], ...]) -> tuple[tuple[frozenset[str], ...], ...]:
    """FC104's complements, each member's spellings folded ("children/child" -> {children, child})."""
    return tuple(tuple(frozenset(fold_word(w).lower() for w in member.split("/")) for member in group)
                 for group in table)


_NOUN_AFTER = 24  # characters after a part where the noun it counts stands


def _complete(text: str, parts: Sequence[Side], complements: tuple[tuple[frozenset[str], ...], ...]) -> bool:
    """Whether the nouns right after the parts name, one each, every member of one set of complements
    ("380 children and 780 adults", "70 رجلا و50 امرأة"): together they are all of the whole."""
    if not complements:
        return False
    nouns = []
    for part in parts:
        words = WORD_RE.findall(text, part.claim.end, part.claim.end + _NOUN_AFTER)
        if not words:
            return False
        nouns.append(set(strip_clitics(fold_word(words[0]).lower())))
    for group in complements:
        if len(group) == len(nouns) and all(
                sum(1 for noun in nouns if not member.isdisjoint(noun)) == 1 for member in group) \
                and all(any(not member.isdisjoint(noun) for member in group) for noun in nouns):
            return True
    return False


# Parts after an all-of-it breakdown word that make less than this share of the total name some of it:
# "of whom", "منهم" also list a few ("4,679 arrested, of whom 56 were charged").
_SOME_OF = Decimal("0.5")


def _cut_at_larger(pool: Sequence[Side], parts: list[Side], near: Decimal) -> tuple[Side | None, list[Side]]:
    """A list of parts that runs on into a figure larger than any total before it ("15 مليار دولار،
    منها 10 مليارات نقدا و5 مليارات من الودائع، على أن تصل الـ20 مليارا المتبقية"): the breakdown ends
    before that figure, and its total is the nearest that holds the parts before it, when they add up
    to within ``near`` of it (not "210 jets: 160 firm purchases, 130 of the 787", one within another)."""
    for k in range(len(parts) - 1, 1, -1):
        head = [p.claim for p in parts[:k]]
        total = next((t for t in reversed(pool) if _holds(t.claim, head)), None)
        value, together = (stated(total.claim), _sum_value(head)) if total is not None else (None, None)
        if total is None or value is None or together is None or not value:
            continue
        if _part_of(parts[k].claim, total.claim) and (stated(parts[k].claim) or 0) > value \
                and abs(together - value) <= near * value:
            return total, parts[:k]
    return None, parts


def _share(text: str, claim: Claim) -> bool:
    """A percentage that may be a share of a whole: not a rate of change ("up 5% year on year", "which
    rose 5%": a change verb among the three words before it)."""
    if claim.kind is not Kind.PERCENT or claim.counted in _RATES or claim.value is None:
        return False
    verbs = load_lexicon(claim.lang).change_verbs
    before = WORD_RE.findall(text[max(0, claim.start - _SHARE_REACH) : claim.start])[-3:]
    return not any(not verbs.isdisjoint(strip_clitics(fold_word(w).lower())) for w in before)


_SHARE_REACH = 40  # characters before a percentage where a change verb makes it a change


_RATES = frozenset({"annual_rate", "monthly_rate"})
_HUNDRED = Interval(Decimal(100), Decimal(100))


def _shares_of(shares: Sequence[Claim], whole: Claim) -> bool:
    """Whether each percentage may be a share of the figure: of a count, a whole number of its items
    within the share's rounding (94.6% of 3 is 2.838, never a number of offers)."""
    count = stated(whole)
    if whole.kind is not Kind.COUNT or count is None:
        return True
    for share in shares:
        value = stated(share)
        if value is None:
            return False
        items = value * count / 100
        slack = count * Decimal(5) * Decimal(10) ** (share.grain - 1) / 100
        if abs(items - items.to_integral_value()) > slack:
            return False
    return True


def _coordinated_after(text: str, before: Claim, figure: Claim) -> bool:
    """Whether ``figure`` is the next item of a list after ``before``: "and", "و" or a comma right before
    it ("، و56%", "and 39%"), not "by" of a change ("بنسبة 30%")."""
    if figure.text[:1] == "و":
        return True
    words = text[before.end : figure.start].rstrip()
    last = fold_word(WORD_RE.findall(words)[-1]).lower() if WORD_RE.findall(words) else ""
    return words.endswith((",", "،")) or last in AND_WORDS


AND_WORDS = frozenset({"and", "و"})  # the words that join the items of a list


def _share_gap(pool: Sequence[Side], parts: Sequence[Side], book: RuleBook) -> SumGap | None:
    """Percentages after a breakdown word that opens all of a count or sum of money ("1250 شخصا، 42%
    منهم من اليمن، و56% من إثيوبيا، و2% من جنسيات أخرى", "of whom 61% were men and 39% women") are
    shares of it: together they make 100%, within their rounding. A count that no share could be
    some of (94.6% of three offers is no whole number of them) is not their whole; and percentages
    that make a percentage stated before them exactly break that one down, no count or sum."""
    claims = [p.claim for p in parts]
    whole = next((t for t in reversed(pool) if t.claim.kind in (Kind.COUNT, Kind.MONEY)
                  and t.claim.value is not None and _shares_of(claims, t.claim)), None)
    combined = sum_interval(claims, book.tolerance(claims[0]))
    if whole is None or combined is None or combined.meets(_HUNDRED):
        return None
    if any(t.claim.kind is Kind.PERCENT and t.claim.unit == claims[0].unit
           and sum_agrees(claims, t.claim, book.tolerance(t.claim)) for t in pool):
        return None  # "حصة تبلغ 9.9 في المئة ... تتوزع بين 4.9 في المئة و5": a breakdown of that share
    return SumGap(whole, parts[0], tuple(parts), _sum_value(claims), shares=True)


def _opener_total(sentences: Sequence[list[Side]], parts: Sequence[Side], nearest: Side, opener: str) -> Side:
    """The total of a breakdown that opens its sentence: the last figure before it that could hold the
    parts, unless the breakdown's opening words name what another such figure counts and not what that
    one counts ("arrested 215 people ... questioned 480 people. Of those detained, 150 ... and 52 ...":
    the 215, detained), in the sentence before or the two before that."""
    claims = [p.claim for p in parts]
    concept = describe_phrase(load_lexicon(claims[0].lang), opener)[0]
    if concept is None or nearest.claim.concept == concept:
        return nearest
    return _named_holder(sentences, claims, {concept}, set()) or nearest


def _named_holder(sentences: Sequence[list[Side]], claims: Sequence[Claim], concepts: Set[str | None],
                  counteds: Set[str | None]) -> Side | None:
    """The first figure that could hold the parts ``claims`` and counts one of ``concepts`` or
    ``counteds``, each of ``sentences`` in turn, latest figure first (none: None)."""
    for sentence in sentences:
        for total in reversed(sentence):
            if _holds(total.claim, claims) and (total.claim.concept in concepts
                                                or total.claim.counted in counteds):
                return total
    return None


# Sentences before a breakdown where its total may stand: a lead's total broken down after a few
# sentences of its other figures and a quote ("بلغت 1203 مليارات درهم ... وتوزعت التجارة بحسب وسائل
# النقل: 530 مليار درهم عبر البحر، و420 مليارا عبر الجو، و227 مليارا برا").
_BREAKDOWN_BACK = 5


def _further_total(further: Sequence[list[Side]], parts: Sequence[Side], near: Decimal,
                   opener: str) -> Side | None:
    """The total of a breakdown that opens its sentence when the sentence before holds none: a figure
    of one of the sentences before that (``_BREAKDOWN_BACK`` back in all), that could hold the parts,
    named as they are or as the words that open the breakdown ("وتوزعت الوفيات على ...": deaths) name
    them, else the one they add up to most nearly, within ``near`` of it ("حررت 1245 مخالفة. وقال إن 160
    مفتشا شاركوا. وأوضح أن المخالفات توزعت بين 412 مخالفة و318 ..."): a figure further back is the total
    only with evidence beyond its size."""
    claims = [p.claim for p in parts]
    together = _sum_value(claims)
    concept, counted = describe_phrase(load_lexicon(claims[0].lang), opener)[:2] if opener else (None, None)
    concepts = ({c.concept for c in claims} | {concept}) - {None}
    counteds = ({c.counted for c in claims} | {counted}) - {None}
    named = _named_holder(further, claims, concepts, counteds)
    if named is not None:
        return named
    nearest: tuple[Decimal, Side] | None = None
    for sentence in further:
        for total in reversed(sentence):
            if not _holds(total.claim, claims):
                continue
            value = stated(total.claim)
            if together is not None and value:
                gap = abs(together - value)
                if gap <= near * value and (nearest is None or gap < nearest[0]):
                    nearest = gap, total
    return nearest[1] if nearest else None


_INFERRED_KINDS = (Kind.COUNT, Kind.MONEY)
_INFERRED_BACK = 2  # sentences with figures before the parts' own where their total may stand


def _inferred_gaps(sides: Sequence[Side], text: str, book: RuleBook, found: list[SumGap]) -> list[SumGap]:
    """Coordinated figures that add up to nearly, but not exactly, a larger figure just before them
    (see FC104's inferred_breakdown)."""
    rule = book.rule("sum_mismatch")
    params: SumParams | None = book.params(rule) if rule else None
    if not params or not params.inferred_breakdown or not sides:
        return []
    taken = {id(s) for gap in found for s in (gap.claim, gap.against, *gap.parts)}
    lang = sides[0].claim.lang
    marked = tuple(w for table in (params.total_words, params.breakdown_words, params.partial_words)
                   for w in table.get(lang, ()))
    added = params.addition_words.get(lang, ())
    sentences, by_sentence = _by_sentence(sides, text)
    order = sorted(by_sentence)
    gaps: list[SumGap] = []
    stated_before: dict[tuple[Kind, str], set[Decimal | None]] = {}  # by kind and unit block, the
    # values of the sentences before the current one (built as the sentences go by)
    for n, index in enumerate(order):
        if n:
            for s in by_sentence[order[n - 1]]:
                stated_before.setdefault((s.claim.kind, unit_block(s.claim)), set()).add(stated(s.claim))
        if marked and find_marker(text, *sentence_span(text, sentences, index), marked) is not None:
            continue  # a word marks the sum or the breakdown: its own check reads it ("includes")
        adjacent = {id(s) for s in by_sentence[order[n - 1]]} if n else set()
        units: dict[tuple[Kind, str], list[Side]] = {}
        for side in by_sentence[index]:
            if side.claim.kind in _INFERRED_KINDS and side.claim.value is not None \
                    and not hyphened(text, side.claim.end) \
                    and not basis_of_change(text, side.claim.start, side.claim.lang, changed=True) \
                    and LEVEL_LEFT_NOTE not in side.claim.evidence \
                    and not _a_difference(text, side.claim, params) \
                    and side.claim.concept not in params.unsummed_concepts:
                # not the basis of a change: "rose to $130.5 billion from $60.9 billion", nor the level
                # a change leaves ("رفعت الأجر من 900 يوان إلى 1200 يوان": one wage before and after),
                # nor the difference of two quantities ("أكثر بنحو 7 كيلوغرامات من وزنه في حزيران"),
                # nor a level that adds to nothing ("سعر لتر السولار ... ١٫٨٠ جنيه": a price)
                units.setdefault((side.claim.kind, unit_block(side.claim)), []).append(side)
        for (kind, block), members in units.items():
            members = _without_changes(_without_restatements(_without_partitives(members, text), text), text)
            if _successive_readings(text, members):
                continue  # "the toll stood at 175 late on Tuesday and 250 on Wednesday": one tally
            earlier = [s for k in reversed(order[max(0, n - _INFERRED_BACK) : n])
                       for s in reversed(by_sentence[k])
                       if s.claim.kind is kind and unit_block(s.claim) == block]
            following = [s for s in (by_sentence[order[n + 1]] if n + 1 < len(order) else ())
                         if s.claim.kind is kind and unit_block(s.claim) == block]
            gap = _inferred(members, earlier, following, params, book, text,
                            stated_before.get((kind, block), set()), adjacent)
            last = gap.parts[-1] if gap is not None else None
            if last is not None and added and last in members and find_marker(
                    text, last.claim.end, sentence_span(text, sentences, index)[1], added) is not None:
                continue  # "33 Bangladeshis and 32 Nepalis, besides a Chinese and a Maldivian": more parts
                # named with no figure, so the figures are not all of the total
            if gap is not None and not {id(s) for s in (gap.claim, *gap.parts)} & taken:
                gaps.append(gap)
    return gaps


_DIFFERENCE_REACH = 40  # characters around a figure where the words that make it a difference stand


def _a_difference(text: str, claim: Claim, params: SumParams) -> bool:
    """Whether the figure is the difference between two quantities (SumParams.difference_before and
    difference_after): "أكثر بنحو 7 كيلوغرامات من", "by a margin of 12", "7kg heavier than"."""
    lang = claim.lang
    before = [fold_word(w).lower() for w in WORD_RE.findall(text, max(0, claim.start - _DIFFERENCE_REACH),
                                                             claim.start)]
    if lang == "ar" and fold_word(claim.text[:1]) == "ب" and claim.text[1:2] != " ":
        before.append("ب")  # the preposition written onto the figure or its qualifier: "بنحو 7", "بـ7"
    if any(before[-len(words) :] == words for words in _phrase_words(params.difference_before.get(lang, ()))):
        return True
    after = [fold_word(w).lower() for w in WORD_RE.findall(text, claim.end,
                                                           min(len(text), claim.end + _DIFFERENCE_REACH))]
    return any(after[: len(words)] == words for words in _phrase_words(params.difference_after.get(lang, ())))


@lru_cache(maxsize=16)
def _phrase_words(phrases: tuple[str, ...]) -> tuple[list[str], ...]:
    """Each rule phrase as its folded words (built once per word list)."""
    return tuple([fold_word(w).lower() for w in phrase.split()] for phrase in phrases)


_READING_TAIL = 30  # characters after the last figure where its own day may be named


def _successive_readings(text: str, members: Sequence[Side]) -> bool:
    """Whether coordinated figures are each read on a day of its own, two weekdays or more named among
    them ("175 late on Tuesday and 250 on Wednesday", "43 الخميس و51 الجمعة"): one tally at two times,
    not parts of a total."""
    if len(members) < 2 or not text:
        return False
    lex = load_lexicon(members[0].claim.lang)
    end = min(len(text), members[-1].claim.end + _READING_TAIL)
    days = {lex.weekdays[f] for word in WORD_RE.findall(fold(text[members[0].claim.start : end]).text)
            for f in strip_clitics(word.lower()) if f in lex.weekdays}
    return len(days) >= 2


def some_of(text: str, part: Claim, whole: Claim, *, noun: bool = False) -> bool:
    """Whether ``part`` is some of the figure ``whole`` right after it ("37 of Uttar Pradesh's 80
    seats", "3 من أصل 12"), both of one unit (not "80% of total spending of 24.5 billion dinars");
    with ``noun``, also with the part's noun before "of" ("11 ولاية من ولايات البلاد الـ18", "11
    states of the country's 18")."""
    gap = partitive_gap(part.lang, noun)
    return gap is not None and part.unit == whole.unit and part.end <= whole.start \
        and gap.fullmatch(text, part.end, whole.start) is not None


def _without_partitives(members: list[Side], text: str) -> list[Side]:
    """The members of an inferred breakdown less each figure that is some of the next one and that
    whole ("the Samajwadi Party took 37 of Uttar Pradesh's 80 seats"): neither is a part of a total."""
    dropped: set[int] = set()
    for a, b in pairwise(members):
        if some_of(text, a.claim, b.claim):
            dropped.update((id(a), id(b)))
    return [m for m in members if id(m) not in dropped] if dropped else members


_RESTATE_REACH = 60  # characters between a figure and the one that restates it ("more a year, or")


def _without_restatements(members: list[Side], text: str) -> list[Side]:
    """The members of an inferred breakdown less each figure that restates the one before it in other
    terms ("1,578 pounds more a year, or roughly 296 pounds a month", "، أي ما يعادل"): the same
    quantity again, never another part of a total."""
    kept = members[:1]
    for a, b in pairwise(members):
        between = text[a.claim.end : b.claim.start]
        words = fold(between).text.lower().strip(" \t,،(-\u2013\u2014").split() \
            if len(between) <= _RESTATE_REACH else []
        phrases = load_lexicon(b.claim.lang).restatements
        if not any(" ".join(words[-k:]) in phrases for k in (1, 2, 3, 4) if len(words) >= k):
            kept.append(b)
    return kept


_CHANGE_WORDS_BACK = 6  # words before a change's amount where its verb of change stands


def _without_changes(members: list[Side], text: str) -> list[Side]:
    """The members of an inferred breakdown less a change and the level it reaches ("ارتفع سعر لتر
    الغازوال درهما واحدا إلى 8.15 دراهم", "rose 2 points to 45%"): a word of change (qualifiers.yaml
    change) shortly before the first, a bare joiner ("to", "إلى") alone between them. One quantity
    before and after, never two parts of a total."""
    if len(members) < 2 or not text:
        return members
    lex = load_lexicon(members[0].claim.lang)
    dropped: set[int] = set()
    for a, b in pairwise(members):
        between = fold(text[a.claim.end : b.claim.start]).text.lower().split()
        if not between or between[-1] not in lex.bare_joiners or len(between) > 2:
            continue  # (a unit word may stand before the joiner: "درهما واحدا إلى")
        before = WORD_RE.findall(fold(text[max(0, a.claim.start - 80) : a.claim.start]).text.lower())
        if any(not lex.change.isdisjoint(strip_clitics(w)) for w in before[-_CHANGE_WORDS_BACK:]):
            dropped.update((id(a), id(b)))
    return [m for m in members if id(m) not in dropped] if dropped else members


def _inferred(members: list[Side], earlier: list[Side], following: list[Side], params: SumParams,
              book: RuleBook, text: str = "",
              stated_before: Collection[Decimal | None] = (),
              adjacent: Set[int] = frozenset()) -> SumGap | None:
    """The breakdown in one sentence: its figures of one unit after the sentence's first figure, or
    all of them after the nearest earlier figure that could hold them (larger than each, its period
    and place around theirs, the same counted thing). A breakdown that the next sentence's figures
    of its unit complete ("... 41,897. Rural starts were estimated at 19,372.") holds."""
    members = _without_part_counts(members, text)
    choices: list[tuple[Side, list[Side]]] = []
    marked: set[int] = set()  # the totals of the choices a mark opens (by id)
    for k in range(len(members) - params.min_parts):
        # "seven matches: three draws and five defeats": a colon right after a figure's noun opens its
        # breakdown, the figures after it
        # ... and so does a dash ("a library of 20 titles - 11 new games and eight upgraded editions");
        # the mark says the figures after it are the whole's, whatever concept their words suggest
        if _breakdown_mark_between(text, members[k], members[k + 1]):
            parts = _before_closing_dash(text, members[k], members[k + 1 :])
            if len(parts) >= params.min_parts \
                    and _could_hold(members[k], parts, params.counted_wholes, concept=False):
                choices.append((members[k], parts))
                marked.add(id(members[k]))
    ranking = params.ranking_words.get(members[0].claim.lang, ()) if members else ()
    if len(members) > params.min_parts and _could_hold(members[0], members[1:], params.counted_wholes) \
            and not _parallel(text, [m.claim for m in members]) \
            and not (ranking and find_marker(text, members[0].claim.end, members[1].claim.start, ranking)):
        choices.append((members[0], members[1:]))
    together = _sum_value([m.claim for m in members])
    if len(members) >= params.min_parts and together is not None and not _nested_sum(members, text) \
            and not (members and _a_remainder(text, members[0].claim, book)):
        # Of the earlier figures that could hold them, one of the latest period (an earlier year's is
        # the basis of a change: "747.1 million riders last year, up 6% from 702.6 million in 2023"),
        # and of those the one they nearly add up to.
        named = {m.claim.concept for m in members} - {None}
        wholes = [t for t in earlier if _could_hold(t, members, params.counted_wholes)
                  and (t.claim.concept is not None or not named or id(t) in adjacent)]  # (of the sentence
        # before, a figure with no concept may still hold parts that name one: "The 1,250 evacuees
        # ... 800 displaced at a school and 430 at a church")
        if wholes:
            latest = max(_period_end(t) for t in wholes)
            near = [(abs((stated(t.claim) or Decimal(0)) - together), n, t)
                    for n, t in enumerate(wholes) if _period_end(t) == latest]
            choices.append((min(near, key=lambda w: (w[0], w[1]))[2], members))
    compared = params.comparison_words.get(members[0].claim.lang, ()) if members else ()
    for total, parts in choices:
        if compared and any(_compared_with(text, a.claim, b.claim, compared) for a, b in pairwise(parts)):
            continue  # "reported 27 billion rupees, against actual revenue of 21.12 billion": compared
        claims = [p.claim for p in parts]
        # (their concepts and places aside: figures that make the sum exact complete it, whatever their
        # own words suggest: "The Kazakh plane, arriving from Shymkent, carried 37 people")
        more = [p.claim for p in following if _could_hold(total, [p], params.counted_wholes)] or [
            p.claim for p in following if _smaller_of_unit(p, total)]
        if sum_agrees(claims, total.claim, book.tolerance(total.claim)) \
                or (more and sum_agrees(claims + more, total.claim, book.tolerance(total.claim))):
            return None  # a breakdown that holds
        combined, whole_value = _sum_value(claims), stated(total.claim)
        if combined is not None and combined != whole_value and combined in stated_before:
            continue  # they add up to another figure before them, exactly: its breakdown ("carrying 175
            # passengers ... The passengers included 173 South Koreans and two Thais"), not the total's
        if combined is not None and whole_value is not None and combined < whole_value \
                and _by_place(parts, total) and not (id(total) in marked and total.defaults[0]):
            continue  # "1,684 in Al Haouz, 980 in Taroudant" of 2,946 dead: the worst-hit places, not all
            # (not the list a colon opens after a total placed only by the headline or the lead: "has
            # killed 22 people: 15 in Florida, four in the Bahamas and two in Louisiana" is all of it)
        if combined is not None and whole_value is not None \
                and abs(combined - whole_value) <= params.inferred_breakdown * whole_value:
            return SumGap(total, parts[0], tuple(parts), combined, inferred=True)
    return None


def _a_remainder(text: str, claim: Claim, book: RuleBook) -> bool:
    """Whether a remainder word stands beside the figure (FC105 remainder_words: "the remaining 59
    seats", "المقاعد الـ59 الباقية"): the rest of a whole after an earlier figure, that figure's sibling,
    so the figures it opens are no parts of that earlier one."""
    rule = book.rule("internal_inconsistency")
    internal: InternalParams | None = book.params(rule) if rule else None
    words = folded_words(internal.remainder_words.get(claim.lang, ())) if internal else frozenset()
    return bool(words) and bool(text) and not words.isdisjoint(beside(text, claim))


@lru_cache(maxsize=16)
def folded_words(words: tuple[str, ...]) -> frozenset[str]:
    """A rule's word list folded (each list folded once)."""
    return frozenset(fold_word(w).lower() for w in words)


_BESIDE = 2  # words on each side of a figure that may make it a remainder ("the remaining 3.1 million")


def beside(text: str, claim: Claim) -> set[str]:
    """The folded words right before and right after a figure, with their forms without proclitics."""
    before, after = beside_forms(text, claim)
    return before | after


def beside_forms(text: str, claim: Claim) -> tuple[set[str], set[str]]:
    """The folded forms (without proclitics) of the words right before a figure and right after it."""
    before = WORD_RE.findall(text[max(0, claim.start - 40) : claim.start])[-_BESIDE:]
    after = WORD_RE.findall(text[claim.end : claim.end + 40])[:_BESIDE]
    return ({form for w in before for form in strip_clitics(fold_word(w).lower())},
            {form for w in after for form in strip_clitics(fold_word(w).lower())})


def _listed_next(text: str, before: Claim, figure: Claim) -> bool:
    """Whether ``figure`` follows ``before`` as the next item of one list: after a comma, "and" or "و"
    ("و14", "and 14"; not a number word that only opens with the letter و: "واحدة")."""
    if figure.text[:1] == "و" and figure.text[1:2].isdigit():
        return True
    words = WORD_RE.findall(text, before.end, figure.start)
    gap = text[before.end : figure.start].rstrip()
    return gap.endswith((",", "،")) or (bool(words) and fold_word(words[-1]).lower() in AND_WORDS)


def _nested_sum(members: Sequence[Side], text: str) -> bool:
    """Whether a figure among coordinated ones is exactly the sum of two or more right after it ("six
    medals, after five earlier ones: one silver and four bronzes"): the sentence holds its own
    breakdown, and its figures are not the flat parts of an earlier total."""
    values = [stated(m.claim) for m in members]
    for i, whole in enumerate(values):
        if whole is None or i + 1 >= len(members) \
                or _listed_next(text, members[i].claim, members[i + 1].claim):
            continue  # (not "و23 تميمة، و14 قطعة، و11 لوحة": items of one list, 23 = 14 + 11 by chance)
        running = Decimal(0)
        for j in range(i + 1, len(values)):
            value = values[j]
            if value is None:
                break
            running += value
            if j >= i + 2 and running == whole:
                return True
            if running > whole:
                break
    return False


def _compared_with(text: str, a: Claim, b: Claim, words: Sequence[str]) -> bool:
    """Whether a comparison word between two figures governs the second ("27 billion rupees, against
    actual revenue of 21.12 billion", "مقابل 29870"): no conjunction after it that coordinates the
    second with the first ("$3.15 billion was assessed against the parent company and $890 million")."""
    marker = find_marker(text, a.end, b.start, words)
    if marker is None:
        return False
    between = [fold_word(w).lower() for w in WORD_RE.findall(text, marker, b.start)]
    return not any(w in CONNECTORS for w in between)  # (a و written onto the figure is a word here)


def _smaller_of_unit(part: Side, total: Side) -> bool:
    """A figure of a unit compatible with the total's and smaller than it."""
    value, whole = stated(part.claim), stated(total.claim)
    return value is not None and whole is not None and 0 < value < whole \
        and units_compatible(part.claim.unit, total.claim.unit)


_COLON_WORDS = 4  # words between a figure and the first of its breakdown after a colon


def _breakdown_mark_between(text: str, a: Side, b: Side) -> bool:
    """Whether a colon or a dash right after ``a``'s noun opens the stretch to ``b`` ("seven matches:
    three", "20 titles - 11"; not a hyphen inside a word)."""
    gap = text[a.claim.end : b.claim.start] if text else ""
    return len(gap.split()) <= _COLON_WORDS and (":" in gap or _BREAKDOWN_DASH.search(gap) is not None)


def _before_closing_dash(text: str, total: Side, parts: list[Side]) -> list[Side]:
    """The parts up to the dash that closes a breakdown a dash opened ("181 passengers - 178 adults,
    one child and two babies - and eight crew"): those after it are another quantity's."""
    opened = _BREAKDOWN_DASH.search(text, total.claim.end, parts[0].claim.start) if text else None
    if opened is None:
        return parts
    closing = _BREAKDOWN_DASH.search(text, parts[0].claim.end)
    return [p for p in parts if closing is None or p.claim.start < closing.start()]


_BREAKDOWN_DASH = regex.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014]")


_SCOPE_WORDS = frozenset({"في", "in", "across"})  # folded: "13 في أربع دول أخرى", "12 in three attacks"


def _without_scopes(members: list[Side], text: str) -> list[Side]:
    """The parts after a breakdown word less each figure right after another one and a preposition of
    place ("بالإفراج عن 53 معتقلا، بينهم 40 في السجون الإسرائيلية و13 في أربع دول أخرى", "of whom 12
    were killed in three attacks"): it counts where the figure before it stands, and is no part of the
    total. (Before the word such a figure may be the total itself: "75 هدفا في 7 مواقع، أربعة منها".)"""
    if not text or len(members) < 2:
        return members
    dropped = {id(b) for a, b in pairwise(members) if _scope_between(text, a.claim, b.claim)}
    return [m for m in members if id(m) not in dropped] if dropped else members


_SCOPE_GAP = 2  # words between a part and the count of where it stands ("13 في أربع", "13 held in four")


def _scope_between(text: str, part: Claim, figure: Claim) -> bool:
    """Whether a preposition of place (_SCOPE_WORDS) ends the few words between a part and the figure."""
    words = WORD_RE.findall(text, part.end, figure.start)
    return 0 < len(words) <= _SCOPE_GAP and fold_word(words[-1]).lower() in _SCOPE_WORDS


def _without_part_counts(members: list[Side], text: str) -> list[Side]:
    """The members less a figure before a colon that counts the figures after it ("The 1,250 evacuees
    are sheltering at two sites: 800 at a school and 450 on church grounds"): it counts the parts,
    it is none of them, and the figure before it is their total."""
    for k in range(1, len(members) - 1):
        if _breakdown_mark_between(text, members[k], members[k + 1]) \
                and members[k].claim.value == len(members) - k - 1:
            return [*members[:k], *members[k + 1 :]]
    return members


_PARALLEL_REACH = 24  # characters before a figure where the word that leads it stands


def _parallel(text: str, claims: Sequence[Claim]) -> bool:
    """Whether the first figure is led by the same word as most of the others ("Punjab accounts for 13.7
    million of them, Sindh for 7.8 million, ... and Balochistan for 3.1 million"): an item of the list,
    not its total."""
    if not text or len(claims) < 2:
        return False

    def lead(claim: Claim) -> str | None:
        words = WORD_RE.findall(text[max(0, claim.start - _PARALLEL_REACH) : claim.start])
        if not words:
            return None
        word = fold_word(words[-1]).lower()
        return word[1:] if len(word) > 2 and word[0] == "و" else word

    first = lead(claims[0])
    same = sum(1 for c in claims[1:] if first is not None and lead(c) == first)
    return 2 * same >= len(claims) - 1


def _period_end(side: Side) -> dt.date:
    """The end of a side's period; a figure with none (or an open one) counts as the latest."""
    period = side.variant[0]
    return period[1] if period is not None and period[1] is not None else dt.date.max


def _by_place(parts: Sequence[Side], total: Side) -> bool:
    """Parts that each state a place of their own, other than the total's: a breakdown by place, often
    of the main ones only; but not when the total names two places or more and the parts name every
    one of them ("China and the United States, totalled $250.5 billion: $124.8 billion went to China
    and $115.7 billion to the U.S."): that breakdown is all of it."""
    if not all(p.variant[1] and not p.defaults[0] and p.variant[1] != total.variant[1] for p in parts):
        return False
    named = total.variant[1]
    return len(named) < 2 or not named <= {place for p in parts for place in p.variant[1]}


def _could_hold(total: Side, parts: Sequence[Side], wholes: Mapping[str, Sequence[str]], *,
                concept: bool = True) -> bool:
    """Whether ``total`` may be the whole of ``parts``: larger than each, in a unit compatible with
    theirs, around their periods and places, and of their concept and counted thing where both state
    one ("196 operations" holds no "44 killed and 166 detained"), or of a counted thing ``wholes`` says
    holds theirs ("25 people": 22 crew members and three guards); ``concept=False`` when a mark opens
    the breakdown (a colon, a dash): the concepts, read from other words ("20 titles: 11 new games"),
    are left aside."""
    whole = stated(total.claim)
    if whole is None or whole <= 0:
        return False
    concepts = {p.claim.concept for p in parts} - {None}
    if concept and ((total.claim.concept is not None and not concepts <= {total.claim.concept})
                    or len(concepts) > 1):
        return False
    for part in parts:
        value = stated(part.claim)
        if value is None or value <= 0 or value >= whole \
                or not units_compatible(part.claim.unit, total.claim.unit) \
                or not _within_whole(part, total, marked=not concept):
            return False  # (not "54.99 trillion naira ($36.7 billion)": one sum in two currencies)
        if part.claim.counted and total.claim.counted and part.claim.counted != total.claim.counted \
                and part.claim.counted not in wholes.get(total.claim.counted, ()):
            return False
    return True


def _within_whole(part: Side, total: Side, *, marked: bool = False) -> bool:
    """A part's period and place lie within the total's (or are not stated): "64,930 between January
    and June" of a year's 157,652; its places among the total's. ``marked``: a colon or a dash opens
    the breakdown, which then holds the parts whatever place the total only takes from the headline
    or the lead ("Trade with its three biggest partners totalled $904.3 billion: ... with Japan")."""
    pp, tp = part.variant[0], total.variant[0]
    if pp is not None and tp is not None and pp != tp and not _period_within(pp, tp):
        return False
    pl, tl = part.variant[1], total.variant[1]
    # (one of the places the total names: "China and the United States ...: $124.8 billion to China")
    return not pl or not tl or pl <= tl or places_nested(pl, tl) or (marked and total.defaults[0])


def _period_within(inner: tuple[dt.date | None, dt.date | None],
                   outer: tuple[dt.date | None, dt.date | None]) -> bool:
    if inner[0] is None or outer[0] is None or inner[0] < outer[0]:
        return False
    return outer[1] is None or (inner[1] is not None and inner[1] <= outer[1])


def _holds(total: Claim, parts: Sequence[Claim]) -> bool:
    """Whether ``total`` could be the whole of ``parts``: of their kind and unit, none of them larger."""
    mine = [p for p in parts if _part_of(p, total)]
    whole = stated(total)
    return len(mine) >= 2 and whole is not None and all((stated(p) or 0) <= whole for p in mine)


def _part_of(part: Claim, total: Claim) -> bool:
    """A part in the total's kind and unit, or a bare figure that leaves the unit to the total; never a
    dual noun, which counts a noun of its own ("محافظتي خان يونس ورفح" among children per area)."""
    if _dual_noun(part) and not _dual_noun(total):
        return False
    if part.kind is total.kind and (part.unit == total.unit or units_compatible(part.unit, total.unit)):
        return True
    return total.kind is Kind.MONEY and part.kind is Kind.COUNT and part.unit == "count" and part.grain >= 3


def _dual_noun(claim: Claim) -> bool:
    """Whether the figure is an Arabic dual noun alone ("صاروخين", "محافظتي"): two of its own noun."""
    if claim.lang != "ar" or claim.value != 2 or any(ch.isdigit() for ch in claim.text) or " " in claim.text:
        return False
    duals = load_lexicon(claim.lang).counted_dual
    return any(form in duals for form in strip_clitics(fold_word(claim.text)))


def _reference_total_gaps(parts: list[Side], refs: Index, book: RuleBook) -> list[SumGap]:
    union = frozenset().union(*(p.variant[1] for p in parts))
    claims = [p.claim for p in parts]
    first = parts[0]
    for variant, facts in refs.variants(first.claim).items():
        if variant[1] == union and variant[0] == first.variant[0] and variant[2] == first.claim.counted:
            total = facts[0]
            if not sum_agrees(claims, total.claim, book.tolerance(total.claim)):
                return [SumGap(parts[-1], total, tuple(parts), _sum_value(claims))]
    return []


def _reference_parts_gaps(total: Side, refs: Index, book: RuleBook) -> list[SumGap]:
    place = total.variant[1]
    parts = [facts[0] for variant, facts in refs.variants(total.claim).items()
             if variant[1] and variant[1] < place and variant[0] == total.variant[0]
             and variant[2] == total.claim.counted]
    if len(parts) < 2 or not _disjoint([p.variant[1] for p in parts]):
        return []
    if frozenset().union(*(p.variant[1] for p in parts)) != place:
        return []
    claims = [p.claim for p in parts]
    if sum_agrees(claims, total.claim, book.tolerance(total.claim)):
        return []
    return [SumGap(total, parts[0], tuple(parts), _sum_value(claims))]


def _sum_value(claims: Sequence[Claim]) -> Decimal | None:
    values = [stated(c) for c in claims]
    return None if any(v is None for v in values) else sum((v for v in values if v is not None), Decimal(0))


def value_text(claim: Claim) -> str:
    """The claim's number as a reader would say it: qualifier, digits with grouping, unit."""
    if claim.kind is Kind.DATE:
        return claim.date or claim.text
    if claim.qualifier is Qualifier.RANGE and claim.lower is not None and claim.upper is not None:
        number = f"{_grouped(claim.lower)}–{_grouped(claim.upper)}"
    else:
        value = stated(claim)
        number = _grouped(value) if value is not None else claim.text
    prefix = {Qualifier.APPROX: "about ", Qualifier.MORE_THAN: "more than ", Qualifier.AT_LEAST: "at least ",
              Qualifier.LESS_THAN: "less than ", Qualifier.AT_MOST: "at most "}.get(claim.qualifier, "")
    suffix = {"count": "", "percent": "%"}.get(claim.unit, f" {claim.unit}")
    return f"{prefix}{number}{suffix}"


def _grouped(value: Decimal) -> str:
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"
