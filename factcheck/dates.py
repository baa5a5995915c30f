"""Dates: day-month-year in both Arabic month systems (and the paired forms تموز/يوليو, مارس آذار), English
month names, numeric d/m/yyyy and ISO, with the weekday written beside them."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

from factcheck.claims import K_DATE, Q_EXACT
from factcheck.lexicon import Lexicon, strip_clitics
from factcheck.numerals import Tok
from factcheck.raw import Raw, Window

TOKEN_WORDS = re.compile(r"[^\W\d_]+|[^\w\s]")  # the words and marks between two dates
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


def date_parts(value: str) -> tuple[int | None, int | None, int | None]:
    """Year, month and day an ISO date states ("2024-07-06", "--07-06", "--07" a month alone, "2024-07",
    "2024"), None for each part it leaves out; ValueError when a part is no number."""
    if value.startswith("--"):
        month, _, day = value[2:].partition("-")
        return None, int(month), int(day) if day else None
    parts = [int(p) for p in value.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


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


def pair_note(month: int, other: int) -> str:
    """The evidence of a month pair that names two months ("آذار/يونيو"), which FC109 reads back."""
    return f"{PAIR_NOTE}: {month} and {other}"
PAST_NOTE = "a past day without its year: the last such day before publication"
# "on Nov. 3 last year", "في 3 نوفمبر من العام الماضي"
LAST_YEAR_NOTE = "a day of the year before publication"
# A date a record is measured from ("the deadliest attack since the bombings of April 11", "الأعنف منذ
# تفجيرات 11 نيسان"): an earlier event's, never the date of the event the article reports.
EARLIER_EVENT_NOTE = "the date of an earlier event a record is measured from"
# A date followed in its clause by a place's name ("the Aug. 17 quake in northwestern Turkey"): the day of
# an event there. The note ends with the places; a reference date of places apart is another event's.
DATE_PLACE_NOTE = "the date of an event in "
# A date after an anniversary word ("the fourth anniversary of China's accession on 11 December
# 2001"): the same day and month as the event's in another year, on purpose, no slip of its year.
ANNIVERSARY_NOTE = "the date of an anniversary's event"
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


def _number_goes_on(toks: list[Tok], texts: list[str], i: int) -> bool:
    """Whether the digits at token ``i`` go on as a number: a decimal point and digits right after them
    ("9.767"), or a thousands separator and a group of three ("9,767"), nothing between."""
    if i + 2 >= len(toks) or toks[i + 1].gap or toks[i + 2].gap or not texts[i + 2].isdigit():
        return False
    mark = texts[i + 1]
    return mark in _DECIMAL_MARKS or (mark in _GROUP_MARKS and len(texts[i + 2]) == 3)


_DECIMAL_MARKS = frozenset({".", "\u066b"})  # (the folded text writes the Arabic decimal mark ٫ as ".")
_GROUP_MARKS = frozenset({",", "\u066c", "\u060c"})


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
        if k > 0 and (w.texts[k - 1] in _WEEKDAY_GLUE or w.texts[k - 1] in lex.weekday_after):
            k -= 1
            continue
        break
    return None, first


_PAST_AFTER = frozenset({"الماضي", "المنصرم", "الفائت"})  # "في 14 مارس الماضي": last 14 March


def _last_year_after(w: Window, lex: Lexicon, stop: int) -> bool:
    """Whether "last year" (periods.yaml last_year), or "of"/"من" and it, follows a day without its year."""
    table = lex.periods.get("last_year")
    if not table or stop >= len(w.texts):
        return False
    of = lex.periods.get("of") or {}
    at = stop + 1 if w.texts[stop] in of else stop
    return w.ahead(table, at) is not None


def _raw(w: Window, lex: Lexicon, first: int, stop: int, iso: str, other: int = 0) -> Raw:
    weekday, start = _weekday(w, lex, first)
    raw = Raw(w.toks[start].start, w.toks[stop - 1].end, K_DATE, "date", None, None, None,
              Q_EXACT, 0, iso, weekday)
    if iso.startswith("--") and len(iso) > 4:  # a day without its year
        if stop < len(w.texts) and w.texts[stop] in _PAST_AFTER:
            raw.evidence.append(PAST_NOTE)
        elif _last_year_after(w, lex, stop):
            raw.evidence.append(LAST_YEAR_NOTE)
    if other:
        month = int(iso[2:4]) if iso.startswith("--") else int(iso.split("-")[1])
        raw.evidence.append(pair_note(month, other))
    return raw


def _hijri(w: Window, lex: Lexicon, i: int, day: int, at: int = -1) -> Raw | None:
    """"15 رمضان 1445 هـ": a Hijri day, month and year (1343-1500), read as its Gregorian day; the day
    is the token i, the month at token ``at`` (right after the day when -1)."""
    at = i + 1 if at < 0 else at
    month = w.ahead(lex.hijri_months, at)
    if month is None:
        return None
    k = at + month[1]
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
    if i + 4 < len(toks) and toks[i + 1].gap == 0 and toks[i + 2].gap == 0 and toks[i + 3].gap == 0 \
            and toks[i + 4].gap == 0:
        _, s1, b, s2, c = texts[i : i + 5]
        if s1 == s2 == "/" and b.isdigit() and c.isdigit() and len(c) == 4 and len(t) <= 2:
            iso = _iso(int(c), int(b), num)
            return _raw(w, lex, i, i + 5, iso) if iso else None
        if s1 == s2 == "-" and len(t) == 4 and b.isdigit() and c.isdigit() and len(b) <= 2 and len(c) <= 2:
            iso = _iso(num, int(b), int(c))
            return _raw(w, lex, i, i + 5, iso) if iso else None
        if s1 == s2 == "-" and len(t) <= 2 and b.isdigit() and c.isdigit() and len(b) <= 2 and len(c) == 4:
            iso = _iso(int(c), int(b), num)  # day first, as Arabic datelines write it: 23-10-2024
            return _raw(w, lex, i, i + 5, iso) if iso else None
    # A dateline's day and month before the agency's name: "بيروت - 24 - 11 (كونا) --" (the folded text
    # writes every dash "-")
    if i > 0 and i + 3 < len(toks) and len(t) <= 2 and texts[i - 1] == texts[i + 1] == "-" \
            and texts[i + 2].isdigit() and len(texts[i + 2]) <= 2 and texts[i + 3] == "(":
        iso = _iso(None, int(texts[i + 2]), num)
        if iso:
            return _raw(w, lex, i, i + 3, iso)
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
    # Month first: July 16, 2024 / تموز 16 (not "خلال شهر مارس 12 ألفا": a figure with its scale or unit;
    # nor "في آب/أغسطس 9.767 مليون برميل", "in August 9,767 tonnes": the whole part of a number)
    if 1 <= num <= 31 and len(t) <= 2 and not _number_goes_on(toks, texts, i) \
            and not any(w.ahead(table, i + 1) is not None for table in (
                lex.scales, lex.measures, lex.cur_after, lex.percent)):
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


def ordinal_date(lex: Lexicon, w: Window, i: int) -> Raw | None:
    """A day written as an ordinal word before its month: "السابع من أكتوبر/تشرين الأول 2023", "الأول من
    نوفمبر", "التاسع من ذي الحجة 1446 هـ" (a Hijri date needs its year), and "غرة جانفي 2025" (the
    first day). None when the token at i opens no such date."""
    texts = w.texts
    if any(f in lex.first_day for f in strip_clitics(texts[i])):
        day, k = 1, i + 1
    else:
        hit = w.ahead(lex.ordinals, i)
        key, n = hit if hit is not None else (
            next((f for f in strip_clitics(texts[i]) if f in lex.ordinals), ""), 1)
        if not key or i + n >= len(texts) or texts[i + n] not in lex.day_links:
            return None
        day, k = lex.ordinals[key], i + n + 1
    if not 1 <= day <= 31 or k >= len(texts):
        return None
    if w.ahead(lex.hijri_months, k) is not None:
        return _hijri(w, lex, i, day, k) if day <= 30 else None
    after = _month_after(w, lex, k)
    if after is None:
        return None
    month, stop, other = after
    year = _year_at(w.toks, stop)
    iso = _iso(year, month, day)
    if iso is None:
        return None
    return _raw(w, lex, i, stop + 1 if year else stop, iso, other)


def paired_years(lex: Lexicon, text: str, raws: list[Raw]) -> None:
    """A date without its year that opens a span whose other end has one takes that year ("من 8 فبراير
    إلى 12 فبراير 2026", "from March 3 to April 5, 2024"; a December before a January is the year
    before): only a range word, a weekday or a comma may stand between the two."""
    joiners = set(lex.bare_joiners).union(*lex.ranges.values(), ("-", "–", ",", "،"))
    for a, b in pairwise(raws):
        if a.kind is not K_DATE or b.kind is not K_DATE or a.date is None or b.date is None \
                or not a.date.startswith("--") or b.date.startswith("--"):
            continue
        between = TOKEN_WORDS.findall(text, a.end, b.start)
        if not between or not all(t in joiners or t in lex.weekdays or any(
                f in lex.weekdays for f in strip_clitics(t)) for t in between):
            continue
        if not any(t in joiners and t not in (",", "،") for t in between):
            continue
        year = int(b.date[:4])
        month = int(a.date[2:4])
        if month > int(b.date[5:7]):
            year -= 1
        iso = f"{year:04d}{a.date[1:]}"
        if _iso(year, month, int(iso[8:10]) if len(iso) > 8 else None) is not None:
            a.date = iso
            a.evidence.append(f"year {year} from the date that closes the span")
