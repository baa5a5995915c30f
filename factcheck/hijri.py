"""Hijri (Umm al-Qura) dates to Gregorian, with the `hijridate` package.

Kept out of the compiled extractor modules: it is called once per Hijri date, and hijridate is pure
Python. A day outside the Umm al-Qura tables (1343-1500 AH) or one that does not exist is None.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date, or None when the date is not in the calendar's range."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def latest_month(month: int, published: dt.date, years_back: int = 0) -> tuple[dt.date, dt.date] | None:
    """The Gregorian span of the last Hijri ``month`` that began by ``published`` ("خلال شهر رمضان" in
    an article of April 2025: 1 to 29 March 2025), ``years_back`` Hijri years earlier ("رمضان من العام
    الماضي"); None outside the calendar's range."""
    try:
        today = Gregorian(published.year, published.month, published.day).to_hijri()
        year = today.year if month <= today.month else today.year - 1
        year -= years_back
        first = Hijri(year, month, 1)
        day = first.to_gregorian()
        start = dt.date(day.year, day.month, day.day)
        return start, start + dt.timedelta(days=first.month_length() - 1)
    except (ValueError, OverflowError):
        return None
