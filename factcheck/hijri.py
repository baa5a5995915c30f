"""Hijri (Umm al-Qura) dates to Gregorian, with the `hijridate` package.

Kept out of the compiled extractor modules: it is called once per Hijri date, and hijridate is pure
Python. A day outside the Umm al-Qura tables (1343-1500 AH) or one that does not exist is None.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Hijri


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date, or None when the date is not in the calendar's range."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
