"""Hand-built claims for the consistency tests (one place to change when Claim grows)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import count
from typing import Any

from factcheck.claims import Claim, Kind, Period, Qualifier

_ids = count(1)
H1_2024 = Period(start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30))


def claim(value: str | None = "196", *, kind: Kind = Kind.COUNT, qualifier: Qualifier = Qualifier.EXACT,
          unit: str = "count", concept: str | None = "operations", grain: int = 0, **fields: Any) -> Claim:
    """A claim with sensible defaults; bounds follow the qualifier as the extractor sets them."""
    number = Decimal(value) if value is not None else None
    lower = fields.pop("lower", None)
    upper = fields.pop("upper", None)
    if number is not None and lower is None and upper is None:
        if qualifier in (Qualifier.EXACT,):
            lower = upper = number
        elif qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            lower = number
        elif qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
            upper = number
    start = fields.pop("start", 0)
    text = fields.pop("text", value or "")
    return Claim(id=fields.pop("id", f"c{next(_ids)}"), kind=kind, text=text, start=start,
                 end=fields.pop("end", start + len(text)), line=fields.pop("line", 1),
                 column=fields.pop("column", 1), value=number,
                 lower=Decimal(lower) if lower is not None else None,
                 upper=Decimal(upper) if upper is not None else None, qualifier=qualifier, unit=unit,
                 concept=concept, grain=grain, **fields)


def date_claim(iso: str, *, weekday: str | None = None, concept: str | None = None, **fields: Any) -> Claim:
    return claim(None, kind=Kind.DATE, unit="date", concept=concept, date=iso, weekday=weekday,
                 text=fields.pop("text", iso), **fields)
