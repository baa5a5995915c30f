"""The JSON shapes other tools read (docs/schemas/: extract.md, check.md). Extend only by adding fields."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from factcheck.claims import Claim, Kind

EXTRACT_SCHEMA = "factcheck/extract/v1"
CHECK_SCHEMA = "factcheck/check/v1"


def decimal_str(value: Decimal | None) -> str | None:
    """A Decimal as a plain decimal string: no exponent, no trailing fractional zeros."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return f"{value.to_integral_value():f}"  # every digit, however many (no context precision)
    return f"{value.normalize():f}"


def claim_json(claim: Claim) -> dict[str, Any]:
    """One CLAIM object of the contract."""
    period = None
    if claim.period is not None:
        period = {
            "start": claim.period.start.isoformat() if claim.period.start else None,
            "end": claim.period.end.isoformat() if claim.period.end else None,
        }
    value: str | None = claim.date if claim.kind is Kind.DATE else decimal_str(claim.value)
    return {
        "id": claim.id,
        "kind": claim.kind.value,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": claim.line,
        "column": claim.column,
        "value": value,
        "lower": decimal_str(claim.lower),
        "upper": decimal_str(claim.upper),
        "qualifier": claim.qualifier.value,
        "unit": claim.unit,
        "concept": claim.concept,
        "period": period,
        "place": list(claim.place),
        # Fields added to the contract (additive only):
        "counted": claim.counted,
        "grain": claim.grain,
        "weekday": claim.weekday,
        "lang": claim.lang,
        "evidence": list(claim.evidence),
    }
