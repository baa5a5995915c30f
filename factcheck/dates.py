"""Dates: day-month-year in both Arabic month systems (and the paired forms تموز/يوليو, مارس آذار), English
month names, numeric d/m/yyyy and ISO, with the weekday written beside them."""

from __future__ import annotations

import datetime as dt

from factcheck.claims import Kind, Qualifier
from factcheck.lexicon import Lexicon
from factcheck.numerals import Tok
from factcheck.raw import Raw, Window

_WEEKDAY_GLUE = {",", "،", "يوم", "on", "الموافق", "(", "the", "-"}


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    # Checked before dt.date sees them: a ten-digit month overflows a C int, and year 0 is no year.
    if not 1 <= month <= 12 or (year is not None and not 1 <= year <= 9999) \
            or (day is not None and not 1 <= day <= 31):
        return None
    try:
        dt.date(year or 2000, month, day or 1)  # 2000 is a leap year: "--02-29" stays valid
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else None
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def _year_at(toks: list[Tok], k: int) -> int | None:
    if k < len(toks) and toks[k].text.isdigit() and len(toks[k].text) == 4:
        return int(toks[k].text)
    return None


def last_such_day(iso: str, published: dt.date) -> dt.date | None:
    """The day a date without its year ("--09-07") names: the last such day up to ``published``
    (Sept. 7 in an article of 20 September 2023 is 2023-09-07); None when there is none."""
    try:
        month, day = (int(p) for p in iso[2:].split("-"))
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return dt.date(year, month, day)
    except ValueError:
        return None


# Month pairs that name two different months ("آذار/يونيو"): the pair is read as one date of its first
# month, and the claim says which months were paired (FC109 reports it).
PAIR_NOTE = "month pair names two months"
HIJRI_NOTE = "Hijri date"  # the evidence of a date read from the Hijri calendar (FC110 pairs them)


def _month_after(w: Window, lex: Lexicon, k: int) -> tuple[int, int, int] | None:
    """A month name at token k, with a paired second name (تموز/يوليو): (month, index after, the
    paired month when it names another month, else 0)."""
    hit = w.ahead(lex.months, k)
    if hit is None:
        return None
    month, k = lex.months[hit[0]], k + hit[1]
    other = 0
    if k + 1 < len(w.toks) and w.texts[k] == "/":
        pair = w.ahead(lex.months, k + 1)
        if pair is not None:
            other = 0 if lex.months[pair[0]] == month else lex.months[pair[0]]
            k += 1 + pair[1]
    elif k < len(w.toks):
        pair = w.ahead(lex.months, k)  # "6 مارس آذار 2024": the pair written with a space, one month
        if pair is not None and lex.months[pair[0]] == month:
            k += pair[1]
    return month, k, other


def _month_before(w: Window, lex: Lexicon, end: int) -> tuple[int, int, int] | None:
    """A month name ending before token ``end`` (with its paired form): (month, first index, the other
    month of a pair that names two), the first name of a pair giving the month."""
    hit = w.behind(lex.months, end)
    if hit is None:
        return None
    month, first = lex.months[hit[0]], end - hit[1]
    other = 0
    if first >= 2 and w.texts[first - 1] == "/":
        pair = w.behind(lex.months, first - 1)
        if pair is not None:
            if lex.months[pair[0]] != month:
                month, other = lex.months[pair[0]], month
            first -= 1 + pair[1]
    elif first >= 1:
        pair = w.behind(lex.months, first)  # "مارس آذار 2024": one month, named twice with a space
        if pair is not None and lex.months[pair[0]] == month:
            first -= pair[1]
    return month, first, other


def _weekday(w: Window, lex: Lexicon, first: int) -> tuple[str | None, int]:
    k = first
    for _ in range(3):
        hit = w.behind(lex.weekdays, k)
        if hit is not None:
            return lex.weekdays[hit[0]], k - hit[1]
        if k > 0 and w.texts[k - 1] in _WEEKDAY_GLUE:
            k -= 1
            continue
        break
    return None, first


def _raw(w: Window, lex: Lexicon, first: int, stop: int, iso: str, other: int = 0) -> Raw:
    weekday, start = _weekday(w, lex, first)
    raw = Raw(w.toks[start].start, w.toks[stop - 1].end, Kind.DATE, "date", None, None, None,
              Qualifier.EXACT, 0, iso, weekday)
    if other:
        month = int(iso[2:4]) if iso.startswith("--") else int(iso.split("-")[1])
        raw.evidence.append(f"{PAIR_NOTE}: {month} and {other}")
    return raw


def _hijri(w: Window, lex: Lexicon, i: int, day: int) -> Raw | None:
    """"15 رمضان 1445 هـ": a Hijri day, month and year (1343-1500), read as its Gregorian day."""
    month = w.ahead(lex.hijri_months, i + 1)
    if month is None:
        return None
    k = i + 1 + month[1]
    if k >= len(w.toks) or not w.texts[k].isdigit() or len(w.texts[k]) != 4:
        return None
    year = int(w.texts[k])
    from factcheck.hijri import to_gregorian

    day_of = to_gregorian(year, lex.hijri_months[month[0]], day) if 1343 <= year <= 1500 else None
    if day_of is None:
        return None
    stop = k + 1
    mark = w.ahead(lex.hijri_marks, stop)  # "1445 هـ" and "1445هـ" alike
    if mark is not None:
        stop += mark[1]
    raw = _raw(w, lex, i, stop, day_of.isoformat())
    raw.evidence.append(f"{HIJRI_NOTE} {day} {month[0]} {year} (Umm al-Qura)")
    return raw


def parse_date(lex: Lexicon, toks: list[Tok], texts: list[str], i: int, w: Window) -> Raw | None:
    """A date starting (or anchored) at token i, or None."""
    t = texts[i]
    if not t.isdigit():
        return None
    num = int(t) if len(t) <= 4 else -1
    # Numeric forms: 16/7/2024, 2024-07-16
    if i + 4 < len(toks) and all(toks[k].gap == 0 for k in range(i + 1, i + 5)):
        _, s1, b, s2, c = texts[i : i + 5]
        if s1 == s2 == "/" and b.isdigit() and c.isdigit() and len(c) == 4 and len(t) <= 2:
            iso = _iso(int(c), int(b), num)
            return _raw(w, lex, i, i + 5, iso) if iso else None
        if s1 == s2 == "-" and len(t) == 4 and b.isdigit() and c.isdigit() and len(b) <= 2 and len(c) <= 2:
            iso = _iso(num, int(b), int(c))
            return _raw(w, lex, i, i + 5, iso) if iso else None
    # Hijri, day first: 15 رمضان 1445 هـ, 1 Ramadan 1445 AH
    if 1 <= num <= 30 and len(t) <= 2:
        hijri = _hijri(w, lex, i, num)
        if hijri is not None:
            return hijri
    # Day first: 16 تموز/يوليو 2024, 16 July 2024
    if 1 <= num <= 31 and len(t) <= 2:
        after = _month_after(w, lex, i + 1)
        if after is not None:
            month, k, other = after
            year = _year_at(toks, k)
            iso = _iso(year, month, num)
            if iso:
                return _raw(w, lex, i, k + 1 if year else k, iso, other)
    before = _month_before(w, lex, i)
    if before is None:
        return None
    month, first, other = before
    # Month first: July 16, 2024 / تموز 16
    if 1 <= num <= 31 and len(t) <= 2:
        k = i + 1
        if k + 1 < len(toks) and texts[k] == ",":
            k += 1
        year = _year_at(toks, k)
        iso = _iso(year, month, num)
        if iso:
            return _raw(w, lex, first, k + 1 if year else i + 1, iso, other)
    # Month and year: تموز/يوليو 2024, July 2024
    if len(t) == 4 and 1900 <= num <= 2100:
        iso = _iso(num, month, None)
        if iso:
            return _raw(w, lex, first, i + 1, iso, other)
    return None
