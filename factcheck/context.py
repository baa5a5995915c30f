"""Context: what each claim counts (concept, counted), when (period) and where (place).

Concepts come from the words right before and after the figure, nearest first; a figure that names
nothing takes the concept of its neighbour in the same sentence ("137 في العراق و59 في سوريا" after
"196 عملية"). Periods come from year, date and duration claims of the same sentence read with the
words around them (النصف الأول من العام 2024, since 2014, the past six months), else from earlier in
the paragraph. Places come from the gazetteer, in the clause after the figure, else before it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from factcheck.claims import Kind, Period
from factcheck.lexicon import TOKEN_RE, Lexicon, load_lexicon, phrase_key, strip_clitics
from factcheck.numerals import Tok
from factcheck.scan import PARAGRAPH_RE, scanner, tokenize

if TYPE_CHECKING:
    from factcheck.extract import Raw

Quote = Callable[[int, int], str]
_WINDOW = 6
_STOP_TOKENS = {".", ";", ":", "؛", "!", "?", "؟", "(", ")"}
_QUANTITY = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DURATION)
_CLAUSE_RE = re.compile(r"[،,;:؛]")


def _find(lex: Lexicon, table: dict[str, str], texts: list[str], k: int) -> tuple[str, int] | None:
    hit = lex.lookup(table, texts, k)
    if hit is None:
        return None
    return table[hit[0]], hit[1]


def _nearest(lex: Lexicon, table: dict[str, str], left: list[str],
             right: list[str]) -> tuple[str, int] | None:
    """The entry of ``table`` nearest the figure: (id, distance); right wins a tie."""
    best: tuple[str, int] | None = None
    for d, word in enumerate(right):
        if lex.opens(table, word) is False or (table is lex.concepts and lex.has_form(lex.before_only, word)):
            continue
        hit = _hit_at(lex, table, right, d)
        if hit is not None:
            best = (hit[0], d)
            break
    for d, k in enumerate(range(len(left) - 1, -1, -1)):
        if best is not None and d >= best[1]:
            break
        if lex.opens(table, left[k]) is False:
            continue
        hit = _hit_at(lex, table, left, k)
        if hit is not None:
            return hit[0], d
    return best


def _hit_at(lex: Lexicon, table: dict[str, str], texts: list[str], k: int) -> tuple[str, int] | None:
    """The entry of ``table`` at ``texts[k]``, unless a longer phrase covers it: of another table
    ("الولايات المتحدة" is a country, not states), or of the same one, which is then found where it
    starts ("سعر برميل النفط" is a price, though "برميل" alone counts barrels)."""
    hit = _find(lex, table, texts, k)
    if hit is None:
        return None
    tables = (lex.places, lex.concepts, lex.counted)
    return None if any(lex.covers(other, texts, k, longer_than=hit[1]) for other in tables) else hit


def _clip(texts: list[str], *, left: bool) -> list[str]:
    """Keep the words up to a strong punctuation mark, at most _WINDOW of them."""
    out: list[str] = []
    seq = reversed(texts) if left else iter(texts)
    for t in seq:
        if t in _STOP_TOKENS or t.isdigit():
            break
        out.append(t)
        if len(out) >= _WINDOW:
            break
    return list(reversed(out)) if left else out


def window_words(toks: list[Tok], lo: int, start: int,
                 end: int) -> tuple[list[str], tuple[tuple[int, str], ...]]:
    """What the concept search needs of a claim's parse window, kept instead of the window: the words
    before the claim (after ``lo``, the end of the claim before it), clipped; and the first tokens
    after it as (end, word), clipped later at the start of the next claim."""
    left = _clip([t.text for t in toks if lo <= t.start and t.end <= start], left=True)
    after = tuple((t.end, t.text) for t in toks if t.start >= end)[:_WINDOW]
    return left, after


def _concepts(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]]) -> None:
    for n, raw in enumerate(raws):
        if raw.kind not in _QUANTITY:
            continue
        hi = raws[n + 1].start if n + 1 < len(raws) else len(text)
        left = raw.left
        right = _clip([word for end, word in raw.after if end <= hi], left=False)
        concept = _nearest(lex, lex.concepts, left, right)
        counted = _nearest(lex, lex.counted, left[-3:], right[:4])
        if concept is not None:
            raw.concept = concept[0]
            raw.evidence.append(f"concept {concept[0]}")
        if counted is not None:
            raw.counted = counted[0]
        if any(lex.has_form(lex.anaphora, t) for t in right[:2]):
            raw.evidence.append("anaphora")


def _inherit(raws: list[Raw], bounds: list[tuple[int, int]]) -> None:
    """Elliptical figures take the concept (and counted) of their neighbour in the sentence."""
    starts = [b[0] for b in bounds]
    prev: Raw | None = None
    prev_sentence = -1
    for raw in raws:
        s = bisect_right(starts, raw.start) - 1
        if raw.kind not in _QUANTITY:
            continue
        if prev is not None and s == prev_sentence and prev.kind == raw.kind and prev.unit == raw.unit:
            if raw.concept is None and prev.concept is not None:
                raw.concept = prev.concept
                raw.evidence.append(f"concept {prev.concept} from the neighbouring figure")
                if raw.counted is None:
                    raw.counted = prev.counted
            elif raw.counted is None and prev.counted is not None and (
                    "anaphora" in raw.evidence or raw.concept != prev.concept):
                raw.counted = prev.counted
        prev, prev_sentence = raw, s


def _places(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]]) -> None:
    pattern = scanner(lex.lang).places
    if pattern is None:
        return
    starts = [b[0] for b in bounds]

    def found(lo: int, hi: int, before_figure: int | None = None) -> tuple[str, ...]:
        names: list[str] = []
        for m in pattern.finditer(text, lo, hi):
            if before_figure is not None and not text[m.end() : before_figure].strip():
                continue  # "والأردن 650 ألفا": a place right before the next figure is that figure's
            for form in strip_clitics(m.group().replace("\u202f", " ")):
                key = phrase_key(form)  # "deir ez-zor" -> "deir ez - zor", as the lexicon stores it
                if key in lex.places:
                    if lex.places[key] and lex.places[key] not in names:
                        names.append(lex.places[key])
                    break
        return tuple(names)

    quantities = [r for r in raws if r.kind in _QUANTITY]
    raw_starts = [r.start for r in raws]
    for n, raw in enumerate(quantities):  # by index, so a line of 100,000 figures stays linear
        s_start, s_end = bounds[bisect_right(starts, raw.start) - 1]
        nxt = quantities[n + 1].start if n + 1 < len(quantities) else s_end
        prv = quantities[n - 1].end if n and quantities[n - 1].end > s_start else s_start
        # The clause after the figure ends at the next figure or at a clause mark (، , ; :).
        right_end = min(nxt, s_end)
        clause = _CLAUSE_RE.search(text, raw.end, right_end)
        place = found(raw.end, clause.start() if clause else right_end, nxt if nxt < s_end else None)
        if not place:
            left = max(prv, s_start)
            marks = [m.end() for m in _CLAUSE_RE.finditer(text, left, raw.start)]
            place = found(marks[-1] if marks else left, raw.start)
        if not place and prv > s_start:
            first = raws[bisect_left(raw_starts, s_start)]
            place = found(s_start, first.start)
        if place:
            raw.place = place
            raw.evidence.append("place " + ", ".join(place))


# -- periods -----------------------------------------------------------------------------------
def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(y, m + 1, min(day.day, 28 if m + 1 == 2 else 30 if m + 1 in (4, 6, 9, 11) else 31))


def _year_span(year: int, first_month: int, months: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, first_month, 1)
    return start, _add_months(start, months) - dt.timedelta(days=1)


def _skip(lex: Lexicon, texts: list[str], end: int, keys: tuple[str, ...]) -> int:
    """Step back over words of the listed period vocabularies (العام, من, of, the year)."""
    moved = True
    while moved and end > 0:
        moved = False
        for key in keys:
            words = _vocab(lex, key)
            hit = _behind(lex, words, texts, end)
            if hit:
                end -= hit
                moved = True
    return end


def _behind(lex: Lexicon, table: dict[str, int], texts: list[str], end: int) -> int:
    """The number of tokens of a phrase of ``table`` ending just before ``end`` (0: none)."""
    hit = lex.lookback(table, texts, end)
    return hit[1] if hit is not None else 0


_NO_WORDS: dict[str, Any] = {}  # one object for every missing vocabulary (look-ups memoise by table)


def _vocab(lex: Lexicon, key: str) -> dict[str, Any]:
    """A period vocabulary of the lexicon ("since", "first", ...), empty when the language has none."""
    return lex.periods.get(key) or _NO_WORDS


def _period_of_year(lex: Lexicon, texts: list[str], end: int, year: int,
                    published: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    k = _skip(lex, texts, end, ("year_word", "of"))
    for key, months in (("halves", 6), ("quarters", 3)):
        table = _vocab(lex, key)
        hit = lex.lookback(table, texts, k)  # "النصف الأول من", "the second quarter of"
        if hit is not None:
            return _year_span(year, (table[hit[0]] - 1) * months + 1, months)
    first_months = _first_months(lex, texts, k)
    if first_months:
        return _year_span(year, 1, first_months)
    since = _vocab(lex, "since")
    if _behind(lex, since, texts, k) or _behind(lex, since, texts, end):  # "since the start of 2024"
        return dt.date(year, 1, 1), published
    if _behind(lex, _vocab(lex, "in"), texts, k) or k < end:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def _first_months(lex: Lexicon, texts: list[str], k: int) -> int:
    """"الأشهر الستة الأولى من" / "the first six months of": the number of months, or 0."""
    first = _vocab(lex, "first")
    window = texts[max(0, k - 4) : k]
    if not any(t in first for t in window):
        return 0
    if not any(lex.duration.get(f) == "month" for t in window for f in strip_clitics(t)):
        return 0
    for t in window:
        for f in strip_clitics(t):
            nw = lex.numbers.get(f)
            if nw is not None and nw.role in ("unit", "tens", "teen") and 1 <= nw.value <= 12:
                return int(nw.value)
        if t.isdigit() and 1 <= int(t) <= 12:
            return int(t)
    return 0


def _periods(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
             published: dt.date | None, quote: Quote) -> None:
    starts = [b[0] for b in bounds]
    found: list[tuple[int, int, Period]] = []  # (sentence, position, period)
    for raw in raws:
        if raw.kind not in (Kind.YEAR, Kind.DATE, Kind.DURATION):
            continue
        s = bisect_right(starts, raw.start) - 1
        s_start = bounds[s][0]
        toks = tokenize(text, max(s_start, raw.start - 70), raw.start)
        texts = [t.text for t in toks]
        span = _span_of(lex, text, raw, texts, published)
        if span is not None:
            lo = toks[0].start if toks else raw.start
            found.append((s, raw.start, Period(start=span[0], end=span[1],
                                               text=_last_words(quote(lo, raw.end), 60))))
    found += _date_ranges(lex, text, raws, starts, quote)
    found += _named_periods(lex, text, raws, bounds, starts, published, quote)
    if not found:
        return
    found.sort(key=lambda f: f[1])
    positions = [f[1] for f in found]
    by_sentence: dict[int, list[tuple[int, int, Period]]] = {}
    for f in found:  # grouped once, so a text of many figures and periods stays linear
        by_sentence.setdefault(f[0], []).append(f)
    paragraphs = [m.end() for m in PARAGRAPH_RE.finditer(text)]
    quantities = [r for r in raws if r.kind in _QUANTITY]
    for n, raw in enumerate(quantities):
        s = bisect_right(starts, raw.start) - 1
        same = by_sentence.get(s)
        if same:
            best = _nearest_period(text, raw, same, quantities[n + 1].start if n + 1 < len(quantities)
                                   else len(text))
        else:
            para = bisect_right(paragraphs, raw.start)
            para_start = paragraphs[para - 1] if para else 0
            last = bisect_left(positions, raw.start) - 1  # the last period stated before the figure
            if last < 0 or positions[last] < para_start:
                continue
            best = found[last]
        raw.period = best[2]
        raw.evidence.append(f"period {best[2].start or '…'}..{best[2].end or '…'}")


def _span_of(lex: Lexicon, text: str, raw: Raw, texts: list[str],
             published: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    """The period a year, date or duration states (``texts``: the words before it), or None.

    A span that would leave the calendar (year 1 to 9999: "last year" seen from 0001-01-01, "the first
    six months of 9999") is no period rather than an error; "the past 125,000 years" is open-ended
    (_months_back)."""
    try:
        if raw.kind is Kind.YEAR and raw.value is not None:
            return _period_of_year(lex, texts, len(texts), int(raw.value), published)
        if raw.kind is Kind.DATE and raw.date and not raw.date.startswith("--"):
            return _period_of_date(lex, texts, raw.date, published)
        if raw.kind is Kind.DURATION and published is not None and raw.value is not None:
            return _period_of_duration(lex, text, raw, texts, published)
    except (ValueError, OverflowError):
        return None
    return None


def _months_back(day: dt.date, months: int) -> dt.date | None:
    """The day ``months`` before ``day``; None (open-ended) when that is before year 1."""
    return _add_months(day, -months) if day.year * 12 + day.month - 1 - months >= 12 else None


def _days_back(day: dt.date, days: int) -> dt.date | None:
    """The day ``days`` before ``day``; None (open-ended) when that is before year 1."""
    return day - dt.timedelta(days=days) if days < day.toordinal() else None


def _last_words(text: str, limit: int) -> str:
    """The end of ``text``, at most ``limit`` characters, starting at a whole word."""
    text = text.strip()
    if len(text) <= limit:
        return text
    tail = text[-limit:]
    space = tail.find(" ")
    return tail[space + 1 :] if 0 <= space < len(tail) - 1 and text[-limit - 1] != " " else tail


def _nearest_period(text: str, raw: Raw, same: list[tuple[int, int, Period]],
                    next_figure: int) -> tuple[int, int, Period]:
    """The period of a figure among those of its sentence: one stated after it in the same clause and
    before the next figure ("12% in H1 2024 and 8% in H2 2023"), else the nearest one before it, else
    the nearest one."""
    for f in same:
        if raw.end <= f[1] < next_figure and _CLAUSE_RE.search(text, raw.end, f[1]) is None:
            return f
    before = [f for f in same if f[1] < raw.start]
    if before:
        return before[-1]
    return min(same, key=lambda f: abs(f[1] - raw.start))


_RANGE_JOINERS = {"و", "الي", "حتي", "and", "to", "until", "through", "-"}
_JOINER_GAP_MAX = 48  # characters between two dates joined by at most two joiners, spacing included


def _date_ranges(lex: Lexicon, text: str, raws: list[Raw], starts: list[int],
                 quote: Quote) -> list[tuple[int, int, Period]]:
    """"من 1 كانون الثاني إلى 30 حزيران 2024", "between 1 January and 30 June 2024": one period."""
    out: list[tuple[int, int, Period]] = []
    dates = [r for r in raws if r.kind is Kind.DATE and r.date]
    for a, b in pairwise(dates):
        if b.start - a.end > _JOINER_GAP_MAX:
            continue  # more than a joiner or two apart: not one range (and no need to tokenise it)
        between = [t.text for t in tokenize(text, a.end, b.start)]
        joined = all(strip_clitics(t)[-1] in _RANGE_JOINERS or t in _RANGE_JOINERS for t in between)
        if not between or len(between) > 2 or not joined:
            continue
        end = _parse_iso(b.date or "", None)
        start = _parse_iso(a.date or "", end.year if end else None)
        if start and end and start <= end:
            s = bisect_right(starts, a.start) - 1
            out.append((s, a.start, Period(start=start, end=end, text=quote(a.start, b.end))))
    return out


def _claim_sentences(raws: list[Raw], starts: list[int]) -> list[int]:
    """The indexes of the sentences that hold a claim, in order, each once."""
    return list(dict.fromkeys(bisect_right(starts, raw.start) - 1 for raw in raws))


def _named_periods(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
                   starts: list[int], published: dt.date | None,
                   quote: Quote) -> list[tuple[int, int, Period]]:
    """Periods named in words, in one scan of each sentence that holds a claim:
    - "العام الماضي", "last year", "this month": resolved against the publication date;
    - "between January and June [2024]", "من كانون الثاني إلى حزيران": those months of the stated year,
      or of the publication year when none is stated;
    - "in June", "خلال شهر حزيران" with no year: that month, the last one up to the publication date
      (June 2024 for an article of July 2024; "in December" then is December 2023)."""
    pattern = _named_pattern(lex.lang)
    out: list[tuple[int, int, Period]] = []
    for s in _claim_sentences(raws, starts):
        for m in pattern.finditer(text, *bounds[s]):
            try:
                span = _named_span(lex, m, published)
            except (ValueError, OverflowError):  # "في تموز" seen from 0001-01-01: before the calendar
                span = None
            if span is not None:
                out.append((s, m.start(), Period(start=span[0], end=span[1], text=quote(*m.span()))))
    return out


def _named_span(lex: Lexicon, m: re.Match[str], published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    def month(group: str) -> int | None:
        return lex.months.get(" ".join(TOKEN_RE.findall(m[group])))

    relative = m.groupdict().get("relative")  # (no such group when the language lists no phrase)
    if relative is not None:
        key = " ".join(TOKEN_RE.findall(relative))
        return _relative_span(lex, key, published) if published is not None else None
    if m["one"] is not None:
        single = month("one")
        if single is None or published is None:
            return None
        year = published.year if single <= published.month else published.year - 1
        return dt.date(year, single, 1), _year_span(year, single, 1)[1]
    first, last = month("a"), month("b")
    stated = int(m["year"]) if m["year"] else (published.year if published else None)
    if first is None or last is None or stated is None or last < first:
        return None
    return dt.date(stated, first, 1), _year_span(stated, last, 1)[1]


@cache
def _named_pattern(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    # Possessive quantifiers throughout: a run of white space is read once, never split two ways, so a
    # sentence with 100,000 spaces after "في حزيران" costs one pass, not a quadratic search.
    names = "|".join(r"\s*+".join(re.escape(t) for t in m.split(" "))
                     for m in sorted(lex.months, key=len, reverse=True))
    opener = "between|from" if lang == "en" else "بين|ما بين|من|منذ"
    joiner = r"\s++(?:and|to|until|through)\s++" if lang == "en" else r"\s++(?:و\s*+|الي\s++|حتي\s++)"
    single = "in|during" if lang == "en" else "في|خلال"
    month = rf"(?:شهر\s++)?(?P<{{}}>{names})(?:\s*+/\s*+(?:{names}))?"
    ranged = (rf"(?:{opener})\s++{month.format('a')}{joiner}{month.format('b')}"
              rf"(?:(?:\s*+,)?\s++(?:(?:من\s++)?(?:ال)?عام\s++)?(?P<year>[0-9]{{4}}))?(?![^\W\d_])")
    # A month alone: a year or a day after it makes a date (read elsewhere), a joiner a range.
    alone = (rf"(?:{single})\s++{month.format('one')}(?![^\W\d_])(?!(?:\s*+,)?\s*+[0-9])"
             rf"(?!{joiner}(?:شهر\s++)?(?:{names}))")
    phrases = [phrase for key in ("last_year", "this_year", "last_month", "this_month")
               for phrase in _vocab(lex, key)]
    relative = "|".join(r"\s*+".join(re.escape(t) for t in p.split(" "))
                        for p in sorted(phrases, key=len, reverse=True))
    if relative:  # "العام الماضي", "last year"
        alone += rf"|(?P<relative>{relative})(?![^\W\d_])"
    return re.compile(rf"(?<![^\W\d_])(?:{ranged}|{alone})")


def _parse_iso(iso: str, year: int | None) -> dt.date | None:
    parts = iso.lstrip("-").split("-")
    try:
        if iso.startswith("--") and year is not None:
            return dt.date(year, int(parts[0]), int(parts[1]))
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def _period_of_date(lex: Lexicon, texts: list[str], iso: str,
                    published: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    parts = [int(p) for p in iso.split("-")]
    if _behind(lex, _vocab(lex, "since"), texts, _skip(lex, texts, len(texts), ("month_word",))):
        day = dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        return day, published
    if len(parts) == 2 and _behind(lex, _vocab(lex, "in"), texts,
                                   _skip(lex, texts, len(texts), ("month_word",))):
        return _year_span(parts[0], parts[1], 1)
    return None


def _period_of_duration(lex: Lexicon, text: str, raw: Raw, texts: list[str],
                        published: dt.date) -> tuple[dt.date | None, dt.date | None] | None:
    past = _vocab(lex, "past")
    after = [t.text for t in tokenize(text, raw.end, min(len(text), raw.end + 40))][:5]
    n = int(raw.value) if raw.value is not None else 0
    first = _vocab(lex, "first")
    says_first = bool(after[:1] and after[0] in first) or bool(texts[-1:] and texts[-1] in first)
    if raw.unit == "month" and 1 <= n <= 12 and says_first:
        # "الأشهر الستة الأولى من العام", "the first six months of the year [2024]"
        year = next((int(t) for t in after if t.isdigit() and len(t) == 4), published.year)
        return _year_span(year, 1, n)
    if not (any(t in past for t in after[:1]) or any(t in past for t in texts[-2:])):
        return None
    months = {"month": n, "year": 12 * n, "decade": 120 * n, "century": 1200 * n}.get(raw.unit)
    if months is not None:
        return _months_back(published, months), published
    # "the past 24 hours": whole days back from the publication date (periods are spans of days)
    days = {"day": n, "week": 7 * n, "hour": -(-n // 24), "minute": 0, "second": 0}.get(raw.unit)
    if days is not None:
        return _days_back(published, days), published
    return None


def _relative_span(lex: Lexicon, key: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The year or month that "last year", "هذا الشهر" and the like name, seen from ``published``."""
    if key in _vocab(lex, "last_year"):
        return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31)
    if key in _vocab(lex, "this_year"):
        return dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    month = published.replace(day=1)
    if key in _vocab(lex, "last_month"):
        month = _add_months(month, -1)
    elif key not in _vocab(lex, "this_month"):
        return None
    return month, _add_months(month, 1) - dt.timedelta(days=1)


def assign_context(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
                   published: dt.date | None, quote: Quote | None = None) -> None:
    """Fill concept, counted, place and period of every raw claim, in place.

    ``quote(start, end)`` gives the words of a folded span as the article writes them (a period's
    text is shown to the user); by default the folded text itself.
    """
    def folded(start: int, end: int) -> str:  # (not a redefinition of quote: mypyc rejects that)
        return text[start:end]

    _concepts(lex, text, raws, bounds)
    _inherit(raws, bounds)
    _places(lex, text, raws, bounds)
    _periods(lex, text, raws, bounds, published, quote or folded)


def describe_phrase(lex: Lexicon, phrase: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Concept, counted and places named anywhere in a short phrase."""
    from factcheck.textnorm import fold

    folded = fold(phrase).text
    texts = [t.text for t in tokenize(folded, 0, len(folded))]
    concept = counted = None
    places: list[str] = []
    for k in range(len(texts)):
        c = _find(lex, lex.concepts, texts, k)
        if c is not None and concept is None:
            concept = c[0]
        n = _find(lex, lex.counted, texts, k)
        if n is not None and counted is None:
            counted = n[0]
        p = _find(lex, lex.places, texts, k)
        if p is not None and p[0] and p[0] not in places:
            places.append(p[0])
    return concept, counted, tuple(places)
