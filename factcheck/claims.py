"""Typed claims: what the extractor returns for every numeric expression in a document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Final

from pydantic import BaseModel, ConfigDict


class Kind(StrEnum):
    """What sort of quantity a claim states."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    YEAR = "year"
    DURATION = "duration"
    ORDINAL = "ordinal"


class Qualifier(StrEnum):
    """How the stated number relates to the true quantity."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"


# Enum members as module names, imported by the extractor's modules: read on every claim, and reading
# one from its class costs ~70 ns in Python 3.11 (the enum metaclass's __getattr__ keeps the interpreter
# from caching the look-up), a module name a few.
K_COUNT: Final = Kind.COUNT
K_DATE: Final = Kind.DATE
K_DURATION: Final = Kind.DURATION
K_MONEY: Final = Kind.MONEY
K_ORDINAL: Final = Kind.ORDINAL
K_PERCENT: Final = Kind.PERCENT
K_YEAR: Final = Kind.YEAR
Q_APPROX: Final = Qualifier.APPROX
Q_AT_LEAST: Final = Qualifier.AT_LEAST
Q_AT_MOST: Final = Qualifier.AT_MOST
Q_EXACT: Final = Qualifier.EXACT
Q_LESS_THAN: Final = Qualifier.LESS_THAN
Q_MORE_THAN: Final = Qualifier.MORE_THAN
Q_RANGE: Final = Qualifier.RANGE


class Frozen(BaseModel):
    """Base for every model that crosses a stage boundary: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Period(Frozen):
    """The time span a claim is about; either end may be open."""

    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None  # the words that stated it, for evidence

    def overlaps(self, other: Period) -> bool:
        """True when the two spans share at least one day (open ends overlap everything)."""
        lo = max(self.start or dt.date.min, other.start or dt.date.min)
        hi = min(self.end or dt.date.max, other.end or dt.date.max)
        return lo <= hi

    def same_span(self, other: Period) -> bool:
        return self.start == other.start and self.end == other.end


class Claim(Frozen):
    """One numeric claim, with its exact place in the original file.

    ``value`` is the stated number (None for a range or a date); ``lower``/``upper`` are the bounds the
    qualifier implies; ``grain`` is the power of ten of the last stated digit ("2.5 million" -> 5), so a
    comparison can honour the stated precision.
    """

    id: str
    kind: Kind
    text: str
    start: int
    end: int
    line: int
    column: int
    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    qualifier: Qualifier
    unit: str
    concept: str | None = None
    counted: str | None = None  # who or what is counted, when the lexicon names it ("leaders")
    period: Period | None = None
    place: tuple[str, ...] = ()
    grain: int = 0
    date: str | None = None  # ISO 8601 for kind=date ("2024-07-16", "2024-09", "--07-05")
    weekday: str | None = None  # weekday stated beside a date ("tuesday")
    lang: str = "en"
    evidence: tuple[str, ...] = ()  # the context words that gave concept, period and place

    @property
    def is_quantity(self) -> bool:
        """Ordinals and dates are reported but never compared as quantities."""
        return self.kind not in (Kind.ORDINAL, Kind.DATE)


# Time units that convert exactly, each with its size in the smallest of its table: seconds to weeks,
# and months to years ("more than four minutes" of a gap of 207 seconds; "12 years" of 150 months).
_DURATION_SIZES: tuple[dict[str, int], ...] = (
    {"second": 1, "minute": 60, "hour": 3_600, "day": 86_400, "week": 604_800},
    {"month": 1, "year": 12},
)


def _sizes(a: str, b: str) -> tuple[int, int] | None:
    for table in _DURATION_SIZES:
        if a in table and b in table:
            return table[a], table[b]
    return None


def durations_convertible(a: str, b: str) -> bool:
    """Whether two time units convert exactly into each other (minutes and seconds; years and months)."""
    return a != b and _sizes(a, b) is not None


def in_common_unit(claim: Claim, other: Claim) -> tuple[Claim, Claim]:
    """Two durations in convertible units, the finer one restated in the coarser unit at its own
    precision (207 seconds is 3.45 minutes: "more than four minutes" is contradicted, and so is "less
    than two minutes" of 132 seconds); any other pair as it is."""
    if claim.unit == other.unit or claim.kind is not Kind.DURATION or other.kind is not Kind.DURATION:
        return claim, other
    sizes = _sizes(claim.unit, other.unit)
    if sizes is None:
        return claim, other
    mine, theirs = sizes
    if mine < theirs:
        return _in_unit(claim, Decimal(theirs // mine), other.unit), other
    return claim, _in_unit(other, Decimal(mine // theirs), claim.unit)


def _in_unit(claim: Claim, factor: Decimal, unit: str) -> Claim:
    def times(v: Decimal | None) -> Decimal | None:
        return None if v is None else v / factor

    # its precision divided by the factor at least: the last stated digit moves right by the factor's
    # number of digits ("207 seconds", exact to the second, is 3.45 minutes to a hundredth at least)
    grain = claim.grain - len(str(int(factor)))
    return claim.model_copy(update={"value": times(claim.value), "lower": times(claim.lower),
                                    "upper": times(claim.upper), "unit": unit, "grain": grain})


def ten_power_apart(a: Decimal, b: Decimal) -> bool:
    """Whether ``a`` is ``b`` times a power of ten: the same digits, a scale apart (494,000 and 49,400;
    3 billion and 3 million). False when ``b`` is zero."""
    return bool(b) and (a / b).normalize().as_tuple().digits == (1,)


def significant_digits(value: Decimal | None) -> str:
    """The significant digits of a value ("4,390" -> "439", "0.05" -> "5"; "" for none or zero): how
    many a figure has tells a slip of the pen from another figure ("3" beside "30 million" is too
    often another figure to be a slip of one)."""
    if value is None:
        return ""
    return format(abs(value), "f").replace(".", "").strip("0")
