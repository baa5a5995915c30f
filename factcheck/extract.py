"""Extraction: every numeric claim of a document, typed, bounded and placed in the original file.

Pipeline per document: fold the prose once; a compiled scanner finds where figures may start; at each
start a small window is tokenised and parsed (numeral -> scale -> money / percent / date / duration /
year / count -> range -> qualifier); then the context pass gives each claim its concept, period and
place. Only windows around figures are tokenised in Python, which keeps extraction near regex speed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from decimal import Context, Decimal
from typing import Any

from factcheck.align import counted_concepts, currency_families, from_default, measure_concepts, measure_units
from factcheck.claims import (
    K_COUNT,
    K_DATE,
    K_DURATION,
    K_MONEY,
    K_ORDINAL,
    K_PERCENT,
    K_YEAR,
    Q_APPROX,
    Q_AT_LEAST,
    Q_AT_MOST,
    Q_EXACT,
    Q_LESS_THAN,
    Q_MORE_THAN,
    Q_RANGE,
    Claim,
    Kind,
    Qualifier,
)
from factcheck.context import APOSTROPHES, assign_context
from factcheck.currency import DEFAULT_DOLLAR, code_then
from factcheck.currency import resolve as resolve_currency
from factcheck.dates import ordinal_date, pair_note, paired_years, parse_date
from factcheck.documents import Document, detect_language
from factcheck.lexicon import Lexicon, load_lexicon, phrase_key, strip_clitics
from factcheck.markup import widen_to_references
from factcheck.numerals import Numeral, NumeralParser, Tok, stated_grain
from factcheck.raw import AGE_NOTE, BELOW_NOTE, BIRTHDAY_NOTE, DUAL_NOTE, Raw, Window
from factcheck.scan import SENTENCE_END_RE, Scanner, SentenceTokens, scanner, tokenize
from factcheck.textnorm import Folded, fold

_WINDOW_BEFORE = 48
_WINDOW_AFTER = 72
_WINDOW_MAX = 4608  # a longer run of number words is noise, not a figure
_VERB_REACH_CHARS = 112  # how far back a verb of bound before its subject is looked for
_LEVEL_RATIO = 10  # how far apart a bare figure and the level after it may lie for it to take its unit
_WORD_TAIL = re.compile(r"\w*")
_NAME_REACH = 40  # names with digits are shorter than this on either side of the digits
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
# Arabic proclitics written apart from the digits they attach to (بـ20 folds to ب + 20).
_CLITIC_TOKENS = {"ال", "ب", "و", "ل", "بال", "وب", "لل", "ك", "وال", "ف", "ولل", "وبال"}
_TIME_SEPARATORS = {":"}
# Ten or more digit groups joined by single symbols ("1,1,1,1,...", "1.2.3.4.5.6.7.8.9.10"): longer than
# any figure, date, phone number or version (24 digits are at most 8 groups of three). Skipped as one
# candidate, as a long digit run is, instead of parsing a window at each of its groups.
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]{4}")
_SEPARATED_RUN = re.compile(r"[0-9]++(?:[^\w\s][0-9]++){9,}")
_PHONE_PREFIX = {"+"}


_COARSE_RATIO = 10  # the largest whole of a ratio read to the nearest ten points ("one in five")
_QUALIFIERS = {q.value: q for q in Qualifier}


def _qualifier(name: str) -> Qualifier:
    """``Qualifier(name)``, read from a dict (an enum's call costs a microsecond)."""
    got = _QUALIFIERS.get(name)
    return got if got is not None else Qualifier(name)


_FIRST_YEAR, _LAST_YEAR = 1900, 2100  # the years a bare four-digit figure may be


def _year_like(value: Decimal | int) -> bool:
    """Whether a number lies among the years a bare four-digit figure may be."""
    return _FIRST_YEAR <= value <= _LAST_YEAR


def _bare_year(w: Window, num: Numeral) -> bool:
    """Whether a number is four plain digits of a year's value ("2019")."""
    return num.plain_digits and len(w.texts[num.first]) == 4 and _year_like(num.value)


class Extractor:
    """Extracts claims from one document's folded prose."""

    def __init__(self, lang: str) -> None:
        self.sc: Scanner = scanner(lang)
        self.lex = self.sc.lex
        self.floor = 0  # where the previous claim ended: a qualifier before it belongs to that claim
        self._after_money = False  # the previous claim is an amount of money ("$6.23 a dozen")
        self._sentence: tuple[str, int] = ("", 0)  # the text and where the current sentence starts
        self._sentence_end = 0
        self._prose_of: tuple[tuple[int, int], bool] = ((-1, -1), True)  # reset for each text
        self._range_joiners: frozenset[str] = frozenset().union(*self.lex.ranges.values())
        # the words before a range opener that end _after_change's walk back: a joiner or a clause mark
        self._change_stops = self._range_joiners | _CLAUSE_MARKS
        # the tables _unit_after reads at the token after a figure
        lex = self.lex
        self._unit_tables = (lex.basis_point, lex.percent_point, lex.percent, lex.cur_after, lex.duration,
                             lex.measures)
        self.tokens = SentenceTokens("")  # the tokens of the text's sentences (set for each text)
        # The unfolded text and its offset map, where letter case matters ("49.6 C" is not 49.6 cents).
        self.source: tuple[str, Folded] | None = None
        self._names_of: str | None = None  # the text _names_in_text was asked of
        self._names_in_text = False  # whether the parts of some name stand in that text (_in_name)

    # -- scanning -----------------------------------------------------------------------------
    def raw_claims(self, text: str) -> tuple[list[Raw], list[tuple[int, int]]]:
        self._prose_of = ((-1, -1), True)
        if self.tokens.text is not text:
            self.tokens = SentenceTokens(text)
        bounds = _sentences(text)
        raws: list[Raw] = []
        consumed = 0
        starts = [b[0] for b in bounds]
        spans, month_spans = self.sc.candidates(text)
        for pos, m_end in spans:
            if pos < consumed or self._in_name(text, pos, m_end):
                continue
            run = _SEPARATED_RUN.match(text, pos)
            if run is not None:
                consumed = run.end()
                continue
            if pos and text[pos - 1].isalpha() and self._glued_to_word(text, pos):
                consumed = m_end  # "aGVsbG8x12": checked before tokenising, as data blobs have many
                continue
            s_start, s_end = bounds[bisect_right(starts, pos) - 1]
            self.floor = raws[-1].end if raws else 0
            self._after_money = bool(raws) and raws[-1].kind is K_MONEY
            raw = self._parse_window(text, pos, m_end, s_start, s_end)
            if raw is None:
                consumed = m_end
                continue
            if raws and raw.start < raws[-1].end:
                raw.start = raws[-1].end
                while raw.start < raw.end and text[raw.start].isspace():
                    raw.start += 1
            if raws and ((raw.kind is K_MONEY and raws[-1].kind is K_MONEY) or (
                    raw.kind is K_COUNT and raws[-1].kind is K_COUNT
                    and "count" not in (raw.unit, raws[-1].unit))):
                _conversion(text, raws[-1], raw)  # "$5 (4.6 euros)", "up to 114 mph (183 km/h)"
            raws.append(raw)
            consumed = raw.end
        months = self._bare_months(text, raws, month_spans)
        if months:
            raws = sorted(raws + months, key=lambda r: r.start)
        return raws, bounds

    def _bare_months(self, text: str, raws: list[Raw], spans: list[tuple[int, int]]) -> list[Raw]:
        """A month named alone after a word that makes it a time ("in March", "since January", "end of
        June", "خلال فبراير", "مطلع أغسطس") is a date without a year (--MM); one inside a claim already
        (a full date) is not. An English month is written with its capital ("to may" is a verb)."""
        starts = [r.start for r in raws]
        out: list[Raw] = []
        paired = -1  # the end of the second name of the last pair read ("تشرين الأول/أغسطس")
        for j, (a, b) in enumerate(spans):
            if a < paired:
                continue
            n = bisect_right(starts, a) - 1
            if (n >= 0 and raws[n].end > a) or (n + 1 < len(raws) and raws[n + 1].start < b):
                continue
            before = _PREV_WORD.search(text, max(0, a - 40), a)
            if before is None or not any(f in self.lex.month_cues for f in strip_clitics(before.group(1))):
                continue
            if self.lex.lang == "en" and self.source is not None:
                orig, folded = self.source
                if not orig[folded.orig(a) : folded.orig(a) + 1].isupper():
                    continue
            month = self.lex.months.get(phrase_key(text[a:b]))
            if month is None:
                continue
            raw = Raw(a, b, K_DATE, "date", None, None, None, Q_EXACT, 0, f"--{month:02d}")
            if j + 1 < len(spans) and text[b : spans[j + 1][0]].strip() == "/":
                # the month named in both calendars ("آذار/مارس"); two months when they differ
                other = self.lex.months.get(phrase_key(text[spans[j + 1][0] : spans[j + 1][1]]))
                if other is not None:
                    raw.end = paired = spans[j + 1][1]
                    if other != month:
                        raw.evidence.append(pair_note(month, other))
            out.append(raw)
        return out

    def _in_name(self, text: str, pos: int, end: int) -> bool:
        """A figure inside a name with digits (COVID-19, G20, الحرب العالمية الثانية) is no figure."""
        names = self.sc.names
        if names is None:
            return False
        if not self.lex.has_form(self.sc.name_words, text[pos:end]):
            return False  # no name has this word: spare the search
        if self._names_of is not text:  # whether any name may stand in this text, asked once per text
            self._names_of = text
            self._names_in_text = any(all(part in text for part in parts) for parts in self.sc.name_parts)
        if not self._names_in_text:
            return False  # no name can match anywhere in the text: spare the search
        return any(m.start() <= pos < m.end() and self._named(m)
                   for m in names.finditer(text, max(0, pos - _NAME_REACH), pos + _NAME_REACH))

    def _named(self, found: re.Match[str]) -> bool:
        """Whether a name found in the folded text is one as written: a name of
        ``capitalised_names`` only with its capital ("Group of Seven", not "a group of seven men")."""
        if not self.lex.capitalised_names or self.source is None \
                or phrase_key(found.group()) not in self.lex.capitalised_names:
            return True
        orig, folded = self.source
        return orig[folded.orig(found.start()) : folded.orig(found.start()) + 1].isupper()

    def _glued_to_word(self, text: str, pos: int) -> bool:
        """Digits right after a word that is neither a clitic nor a currency (G20, MH17) name something."""
        k = pos
        while k > max(0, pos - 32) and text[k - 1].isalpha():
            k -= 1
        word = text[k:pos]
        return not self._clitic(word) and word not in self.lex.cur_before

    def _parse_window(self, text: str, pos: int, end: int, s_start: int,
                      s_end: int) -> Raw | None:
        """Parse the candidate at ``pos`` in a window of its sentence; a claim that runs to the end of
        the window may go on past it ("nine hundred ninety-nine million ... ninety-nine"), so the
        window then grows, up to _WINDOW_MAX characters."""
        after = _WINDOW_AFTER
        while True:
            # (max and min of two ints written out: this runs for every candidate)
            lo = pos - _WINDOW_BEFORE if pos - _WINDOW_BEFORE > s_start else s_start
            hi = end + after if end + after < s_end else s_end
            tail = _WORD_TAIL.match(text, hi, hi + 64)  # never cut the last word in two
            tail_end = tail.end() if tail is not None else hi
            hi = tail_end if tail_end < s_end else s_end
            got = self._window_tokens(text, lo, pos, hi, s_start, s_end)
            if got is None:
                return None
            toks, texts, i0 = got
            self._sentence = (text, s_start)
            self._sentence_end = s_end
            raw = self.parse_at(Window(self.lex, toks, texts), i0, text)
            if raw is None or hi >= s_end or raw.end < toks[-1].end or after >= _WINDOW_MAX:
                return raw
            after *= 4

    def _window_tokens(self, text: str, lo: int, pos: int, hi: int, s_start: int,
                       s_end: int) -> tuple[list[Tok], list[str], int] | None:
        """The tokens of ``text[lo:hi]``, their texts and the index of the one at ``pos`` (None when
        none starts in ``[pos, hi)``), sliced from the tokens of the sentence (SentenceTokens)."""
        sentence = self.tokens.sentence(s_start, s_end)
        toks, texts, a = self.tokens.span_in(sentence, lo, hi)
        i0 = bisect_left(sentence[2], pos, a) - a
        return None if i0 >= len(toks) else (toks, texts, i0)

    # -- one claim ----------------------------------------------------------------------------
    def parse_at(self, w: Window, i: int, text: str) -> Raw | None:
        toks = w.toks
        tok = toks[i]
        if not tok.text.isdigit():
            if self._weekday_name(tok.text) or self._in_percent_word(w, i) or self._named_day(w, i):
                return None
            with_fraction = self._unit_and_fraction(w, i)
            if with_fraction is not None:
                return with_fraction
            dual = next((f for f in strip_clitics(tok.text) if f in self.lex.duration_dual), None)
            if dual is not None:  # "شهرين": two months in one word ("ساعتين ونصف": two and a half hours)
                unit = self.lex.duration_dual[dual]
                half = self._unit_fraction(w, i + 1, unit)
                if half is not None:
                    return self._duration_of(w, i, half[1], unit, 2 + half[0])
                more = self._compound_duration(w, i + 1, unit)
                if more is not None:  # "ساعتين و30 دقيقة": 150 minutes
                    raw = self._duration_of(w, i, more[4], more[3], 2 * more[0] + more[1])
                    raw.grain = min(0, more[2])
                    return raw
                raw = Raw(tok.start, tok.end, K_DURATION, unit, Decimal(2), words_after=i + 1)
                # "ما بين يومين وأربعة أيام": the dual opens a range
                raw = self._range(w, raw, i, Numeral(Decimal(2), 0, i, i + 1, True, False, False), i + 1)
                self._qualify(w, raw, i)  # "لأكثر من ساعتين", "دون الشهرين"
                if raw.qualifier is not Q_RANGE:
                    _set_bounds(raw)
                return raw
            two = self._counted_dual(w, i)
            if two is not None:
                return two
            share = self._share(w, i)
            if share is not None:
                return share
            day = ordinal_date(self.lex, w, i)  # "السابع من أكتوبر 2023", "غرة جانفي"
            if day is not None:
                return day
            start = self._article_start(w, i)
            if self._ordinal_at(w, i) and not self._definite_tens(w, i):
                num = w.parser.parse(start)
                if num is None and start < i:
                    return None  # "a third of voters": a fraction of nothing stated
                if num is None or not num.scaled:  # "a third of a million" is a fraction, not a rank
                    return self._ordinal_age(w, i) or self._ordinal_word(w, i)
            i = start
        elif i > 0 and toks[i - 1].text == "." and tok.gap == 0 and (i == 1 or toks[i - 1].gap > 0) \
                and not (i > 1 and toks[i - 2].text.isdigit()):
            i -= 1
        if self._is_identifier(w, i):
            return None
        date = self._date(w, i)
        if date is not None:
            return date
        race = self._race_time(w, i)
        if race is not None:
            return race
        num = w.parser.parse(i)
        if num is not None and i > 0 and w.texts[i - 1] in self.lex.decimal_point and not num.words \
                and num.plain_digits and not (i > 1 and w.texts[i - 2].isdigit()):
            frac = Decimal("0." + w.texts[i])  # "point 77"
            num = w.parser.scale_tail(frac, -len(w.texts[i]), i - 1, i + 1, words=False, plain=False)
        if num is None:
            return self._bare_scale(w, i) or self._fraction_of_unit(w, i) or self._bounded_one(w, i)
        if not num.words and self._not_a_figure(w, num):
            return None
        if num.words and num.value == 0 and self._nil_of_score(w, num):
            return None
        if num.words and num.value == 1 and num.stop == num.first + 1 and (
                w.behind(self.lex.one_not_before, num.first) is not None
                or w.ahead(self.lex.one_not_after, num.stop) is not None):
            return None  # "one of the worst", "all but one": a pronoun, no count
        if num.words and num.stop < len(w.toks) and w.texts[num.stop][:1].isalpha() \
                and " ".join(w.texts[num.first : num.stop]) in self.lex.adjective_numbers:
            return None  # "a single tree": an adjective
        if self.lex.lang == "en" and self._name_number(w, num):
            return None  # "the Ariane 6 rocket", "the Three Gorges Dam": a name with a number
        at = w.toks[num.first].start
        if num.words and w.texts[num.first] in ("a", "an") and self._after_money and at > self.floor \
                and text[self.floor : at].isspace():
            return None  # "$6.23 a dozen", "$40 a hundred": the amount's per-unit part, no count
        if self.lex.multipliers and w.ahead(self.lex.multipliers, num.stop) is not None:
            return None  # "six times those of 2022", "ثلاثة أضعاف": a multiplier, not a count
        if num.plain_digits and len(w.texts[num.first]) == 4 and 1300 <= num.value <= 1500 \
                and (mark := w.ahead(self.lex.hijri_marks, num.stop)) is not None:
            raw = Raw(w.toks[num.first].start, w.toks[num.stop + mark[1] - 1].end, K_YEAR, "year",
                      num.value, num.value, num.value)  # "1446 هـ": a Hijri year, as written
            raw.evidence.append(f"Hijri year {num.value} AH, as written")
            return raw
        if num.words and num.stop == num.first + 1 and self.lex.has_form(self.lex.adjectives,
                                                                          w.texts[num.first]):
            return None  # "للبرميل الواحد": per barrel
        if num.words and num.value == 1 and num.stop == num.first + 1 and self.lex.lang == "ar":
            one = self._one_after_unit(w, num)
            if one is not None:
                return one
        if self.lex.rank_nouns and self._ranked(w, num):
            return None  # "للمرة الـ45": the 45th time
        if self.lex.position_nouns and self._positioned(w, num):
            return None  # "في المرتبة 56 من 57": the 56th place
        return self._figure(w, num)

    def _ranked(self, w: Window, num: Numeral) -> bool:
        """"للمرة الـ45", "الطائرة الإغاثية الـ15", "الذكرى السبعين": digits written with the article, or a
        definite number word, after a singular noun that takes a rank (definite adjectives between), with
        no unit after them, are an ordinal."""
        i, lex = num.first, self.lex
        # ... and a number word with the article of its own ("الذكرى السبعين": the 70th anniversary)
        worded = num.words and num.stop == i + 1 and i >= 1 and w.texts[i].startswith("ال")
        if not worded and (not num.plain_digits or i < 2 or w.texts[i - 1] != "ال" or w.toks[i].gap):
            return False
        if any(w.ahead(table, num.stop) is not None
               for table in (lex.scales, lex.measures, lex.cur_after, lex.percent, lex.duration)):
            return False
        for k in range(i - 1 if worded else i - 2, max(-1, i - 5), -1):
            forms = strip_clitics(w.texts[k])
            if any(f in lex.rank_nouns or (f.startswith("ال") and f[2:] in lex.rank_nouns) for f in forms):
                return True
            if not any(f.startswith("ال") for f in forms):
                return False
        return False

    def _positioned(self, w: Window, num: Numeral) -> bool:
        """"حلت في المرتبة 56 من 57", "احتل المركز الـ12": digits right after a definite noun of place in
        a ranking (ordinals.yaml position_nouns), with no unit after them, are an ordinal."""
        i, lex = num.first, self.lex
        k = i - 2 if i >= 2 and w.texts[i - 1] == "ال" else i - 1
        if not num.plain_digits or k < 0 or not any(
                f.startswith("ال") and f[2:] in lex.position_nouns for f in strip_clitics(w.texts[k])):
            return False
        return not any(w.ahead(table, num.stop) is not None for table in (
            lex.scales, lex.measures, lex.cur_after, lex.percent, lex.duration))

    def _one_after_unit(self, w: Window, num: Numeral) -> Raw | None:
        """"خلال شهر واحد", "أسبوع واحد", "دينار واحد": Arabic puts the number one after its noun; a
        duration or a currency before it is the claim's unit."""
        lex, i = self.lex, num.first
        dur = w.behind(lex.duration, i)
        if dur is not None:
            return self._duration_of(w, i - dur[1], num.stop, lex.duration[dur[0]], Decimal(1))
        cur = w.behind(lex.cur_after, i)
        if cur is None:
            return None
        raw = Raw(w.toks[i - cur[1]].start, w.toks[num.stop - 1].end, K_MONEY, lex.cur_after[cur[0]],
                  Decimal(1), words_after=num.stop)
        self._qualify(w, raw, i - cur[1])
        _set_bounds(raw)
        return raw

    def _counted_dual(self, w: Window, i: int) -> Raw | None:
        """"انهيار سدين", "أسقطت صاروخين", "على بعد كيلومترين": an indefinite dual counts two of its
        noun (a measure's dual is 2 of that unit). A definite dual (الطرفين) names two things already
        known and counts nothing; the article is never stripped to find one."""
        text = w.texts[i]
        form = next((f for f in strip_clitics(text) if f in self.lex.counted_dual), None)
        if form is None:
            return None
        clitics = text[: len(text) - len(form)]
        if "ال" in clitics or clitics.endswith("لل") or w.ahead(self.lex.dual_scores, i + 1) is not None:
            return None
        raw = Raw(w.toks[i].start + len(text) - len(form), w.toks[i].end, K_COUNT,
                  self.lex.counted_dual[form], Decimal(2), words_after=i + 1)
        if raw.unit == "count":
            raw.evidence.append(DUAL_NOTE)
        self._qualify(w, raw, i)  # "مادتين كحد أقصى", "لأكثر من ساعتين"
        _set_bounds(raw)
        return raw

    def _weekday_name(self, text: str) -> bool:
        """"الاثنين" is Monday: a weekday spelled unlike any number word, though a clitic form of one."""
        return any(f in self.lex.weekdays and f not in self.lex.numbers for f in strip_clitics(text))

    def _named_day(self, w: Window, i: int) -> bool:
        """"يوم اثنين": after a word for day, a weekday name spelled like a number is the day."""
        lex = self.lex
        return i > 0 and w.texts[i - 1] in lex.day_words and lex.has_form(lex.weekdays, w.texts[i])

    def _in_percent_word(self, w: Window, i: int) -> bool:
        """"بالمئة", "في المئة" without a number: the مئة of a percent word is not a hundred."""
        return self.lex.covers(self.lex.percent, w.texts, i)

    def _ordinal_at(self, w: Window, i: int) -> bool:
        tok = w.texts[i]
        # strip_clitics gives the token itself first; "الحادي عشر" is looked up before "حادي عشر" (11).
        return (any(f in self.lex.ordinals for f in strip_clitics(tok))
                or w.ahead(self.lex.ordinals, i) is not None)

    def _definite_tens(self, w: Window, i: int) -> bool:
        """"القتلى العشرين", "الدول العشرين": a tens word with the article (العشرين, also the ordinal
        "twentieth") right after a definite noun the lexicon counts (a counted or concept word, no
        rank noun: "الدورة العشرين", and no other noun: "القرن العشرين") is its number, a cardinal."""
        lex = self.lex
        if i == 0 or w.toks[i].gap == 0 or lex.ordinals.get(w.texts[i]) not in _TENS \
                or not w.texts[i].startswith("ال"):
            return False
        before = w.texts[i - 1]
        if not before.startswith("ال") or before[2:] in lex.rank_nouns:
            return False
        return lex.word_concept(before) is not None or lex.has_form(lex.counted, before)

    def _article_start(self, w: Window, i: int) -> int:
        """English "a dozen", "a million", "half a million": start at the article."""
        if i > 0 and w.texts[i - 1] in ("a", "an"):
            key = f"{w.texts[i - 1]} {w.texts[i]}"
            if key in self.lex.numbers or key in self.lex.fractions or w.texts[i] in self.lex.scales:
                return i - 1
        return i

    def _bare_scale(self, w: Window, i: int) -> Raw | None:
        """"a million dollars", "a dollar": an article standing for one before a scale or currency."""
        if w.texts[i] in ("a", "an") and i + 1 < len(w.toks):
            sc = w.parser.scale_at(i + 1)
            if sc is not None and sc[1] == "singular":
                num = Numeral(Decimal(10) ** sc[0], sc[0], i, i + 1 + sc[2], True, True, False, sc[0])
                return self._figure(w, w.parser.fraction_tail(num))  # "a million and a half"
            cur = w.ahead(self.lex.cur_after, i + 1)
            if cur is not None and cur[1] == 1 and w.texts[i + 1] in self.lex.one_of:
                return self._figure(w, Numeral(Decimal(1), 0, i, i + 1, True, False, False))
        return None

    def _bounded_one(self, w: Window, i: int) -> Raw | None:
        """"more than a week", "about a month", "لأكثر من أسبوع", "نحو شهر واحد": one time unit with a
        bound before it is a duration of one (a bare "a week" or "over a year" states none)."""
        lex = self.lex
        if w.texts[i] in ("a", "an"):
            first, k = i, i + 1
        else:  # the candidate is the bound's last word, the unit after it
            first = k = i + 1 if w.ahead(lex.bounded_one, i) is None else i
        hit = w.ahead(lex.bounded_one, k) if k < len(w.toks) else None
        if hit is None:
            return None
        qual = w.behind(lex.qual_before, first)
        if qual is None or qual[0] in lex.spans or qual[0] in lex.year_until \
                or w.toks[first - qual[1]].start < self.floor:
            return None  # "حتى يوم الخميس": until a day, no bound
        stop = k + hit[1]
        if stop < len(w.toks) and (w.texts[stop][:1].isdigit() or (
                w.texts[stop] in _RELATIVE_AFTER and w.texts[stop] != "ago") or any(
                w.ahead(table, stop) is not None for table in (lex.weekdays, lex.months))):
            return None  # "أكثر من يوم 5 مايو": a date; "30 cents more than a year earlier": a comparison
        one = w.parser.parse(stop) if stop < len(w.toks) else None
        if one is not None and one.words and one.value == 1:
            stop = one.stop  # "شهر واحد"
        name, value = lex.bounded_one[hit[0]], Decimal(1)
        if name in _IN_YEARS:  # "more than a century", "أكثر من عقد": 100 and 10 years, as "ربع قرن"
            name, value = "year", Decimal(_IN_YEARS[name])
        return self._duration_of(w, first, stop, name, value)

    def _share(self, w: Window, i: int) -> Raw | None:
        """"two-thirds of voters", "أكثر من نصف السكان": a part of a whole, a percent claim (66.67%).

        English needs "of" and a noun after the share; Arabic a definite noun in construct, and no
        article on the share itself (النصف الأول is a period). A scale, a number, a duration, a month
        or an ordinal after it makes it something else (a third of a million, نصف ساعة, نصف العام)."""
        lex, texts = self.lex, w.texts
        first = i - 1 if i > 0 and texts[i - 1] in ("a", "an") and lex.lang == "en" else i
        hit = w.ahead(lex.shares, first)
        if hit is None:
            return None
        stop = first + hit[1]
        determined = False  # "two-thirds of the 1.2 million people": a share of a stated whole
        if lex.lang == "ar":
            head = texts[first]
            marked = self._damma(w, first)  # خُمس، عُشر: a fraction, not the number
            if not marked and any(hit[0].startswith(m) for m in lex.share_marked):
                return None  # ثمن الوقود: the price of fuel
            noun = stop
            if head not in lex.shares and "ال" in head[: max(0, len(head) - len(hit[0].split(" ")[0]))]:
                if first == 0 or not any(f in lex.share_cues for f in strip_clitics(texts[first - 1])) or (
                        stop < len(texts) and texts[stop].startswith("ال")):
                    return None  # النصف, بالنصف: "the half", a period or a semi-final
                noun = -1  # "بمقدار الخمس", "إلى النصف": a share standing alone
            elif hit[0] in lex.share_pronoun:
                noun = -1  # نصفها: the whole is the suffix
            elif noun < len(texts) and not texts[noun][:1].isalnum() and hit[0] not in lex.numbers \
                    and first > 0 and w.behind(lex.qual_before, first) is not None:
                noun = -1  # "يشكل الذكور منهم ما يقارب ثلاثة أرباع.": the whole said before
            elif noun >= len(texts) or texts[noun] in lex.share_blockers:
                return None
            elif not texts[noun].startswith("ال") and not marked and (
                    hit[0] in lex.numbers or noun + 1 >= len(texts) or not texts[noun + 1].startswith("ال")):
                return None  # خمس دول: five countries; ثلث إنتاج الكهرباء is a construct chain
        else:
            if first > 0 and (texts[first - 1] in lex.ordinals or texts[first - 1] == "the"):
                return None  # "the first half of 2024", "in the half to June": a period
            if stop < len(texts) and texts[stop] in ("the", "its", "their") and hit[0] == "half":
                noun = stop  # "half the population"
            elif stop < len(texts) and texts[stop] != "of" and (
                    texts[stop] in lex.share_after or not (texts[stop][:1].isalnum() or texts[stop] == "-")):
                noun = -1  # "cut by a quarter.", "up about a third from 2022": the whole left unsaid
            elif stop >= len(texts) or texts[stop] != "of":
                return None  # "a half" alone, "a third term": no share
            else:
                noun = stop + 1
            while noun > 0 and noun < len(texts) and texts[noun] in (
                    "the", "its", "their", "all", "his", "her", "our"):
                noun += 1
                determined = True
            if noun > 0 and noun < len(texts) and texts[noun] in ("a", "an"):
                return None
        if noun != -1 and (noun >= len(texts) or (texts[noun].isdigit() and not determined)
                           or w.parser.word_at(noun) is not None
                           or w.parser.scale_at(noun) is not None or any(
                               w.ahead(table, noun) is not None
                               for table in (lex.duration, lex.months, lex.ordinals, lex.percent,
                                             lex.year_words))):
            return None
        raw = Raw(w.toks[first].start, w.toks[stop - 1].end, K_PERCENT, "percent",
                  _share_value(lex.shares[hit[0]]), grain=0)
        raw.words_after = stop
        self._qualify(w, raw, first)
        if raw.qualifier is Q_EXACT and noun != -1:
            self._qualifier_after_whole(w, raw, noun)
        if raw.start == w.toks[first].start:
            raw.start += self._clitic_len(texts[first])  # "وثلثا" -> "ثلثا"
        _set_bounds(raw)
        return raw

    def _qualifier_after_whole(self, w: Window, raw: Raw, noun: int) -> None:
        """"نصف رواد السينما تقريبا", "ربع صادرات البلاد تقريبا": a qualifier after the share's whole
        (a few words, no mark, figure or connector between) bounds the share; its span is kept."""
        for k in range(noun, min(len(w.toks), noun + _CUE_REACH + 1)):
            hit = w.ahead(self.lex.qual_after, k)
            if hit is not None and k > noun:
                raw.qualifier = _qualifier(self.lex.qual_after[hit[0]])
                return
            t = w.texts[k]
            if not t[:1].isalpha() or t in self.lex.connectors or w.parser.word_at(k) is not None:
                return

    def _ratio(self, w: Window, num: Numeral) -> Raw | None:
        """"one in five children", "واحد من كل خمسة": a share stated as a ratio (20%)."""
        hit = w.ahead(self.lex.ratio, num.stop)
        if hit is None or num.value < 1 or num.value != num.value.to_integral_value() or num.scaled:
            return None
        k = num.stop + hit[1]
        whole = w.parser.parse(k) if k < len(w.toks) else None
        if whole is None or whole.scaled or not num.value < whole.value <= 1000 \
                or whole.value != whole.value.to_integral_value() \
                or (num.plain_digits and not whole.plain_digits):
            return None
        if whole.stop < len(w.toks) and any(w.ahead(table, whole.stop) is not None for table in (
                self.lex.percent, self.lex.duration, self.lex.cur_after, self.lex.scales)):
            return None
        # (a ratio of small numbers states its share to the nearest ten points or so: "three in every
        # four" is 75%, give or take five points)
        raw = Raw(w.toks[num.first].start, w.toks[whole.stop - 1].end, K_PERCENT, "percent",
                  _share_value(num.value / whole.value), grain=1 if whole.value <= _COARSE_RATIO else 0)
        raw.words_after = whole.stop
        self._qualify(w, raw, num.first)
        if num.words and raw.start == w.toks[num.first].start:
            raw.start += self._clitic_len(w.texts[num.first])
        _set_bounds(raw)
        return raw

    def _fraction_of_unit(self, w: Window, i: int) -> Raw | None:
        """"نصف ساعة", "half an hour", "ربع قرن": a fraction of one duration unit."""
        hit = w.ahead(self.lex.fractions, i)
        if hit is None:
            return None
        k = i + hit[1]
        if k < len(w.toks) and w.texts[k] in ("a", "an"):
            k += 1
        unit = w.ahead(self.lex.duration, k)
        if unit is None:
            return self._fraction_of_point(w, i, k, self.lex.fractions[hit[0]])
        name, part = self.lex.duration[unit[0]], self.lex.fractions[hit[0]]
        if name in _IN_YEARS:  # "ربع قرن", "a quarter of a century": 25 years, not 0.25 century
            name, part = "year", part * _IN_YEARS[name]
        return self._duration_of(w, i, k + unit[1], name, part)

    def _fraction_of_point(self, w: Window, i: int, k: int, part: Decimal) -> Raw | None:
        """"a quarter point", "half a percentage point", "بربع نقطة مئوية": a fraction of one percentage
        point (a bare "point" after a fraction is one: an index moves by whole points)."""
        lex = self.lex
        hit = w.ahead(lex.percent_point, k)
        if hit is None:
            point = w.ahead(lex.measures, k)
            if point is None or lex.measures[point[0]] != _POINT:
                return None
            hit = point
        raw = Raw(w.toks[i].start, w.toks[k + hit[1] - 1].end, K_PERCENT, "percentage_point", part,
                  grain=min(stated_grain(part), 0))
        raw.words_after = k + hit[1]
        self._qualify(w, raw, i)
        if raw.start == w.toks[i].start:
            raw.start += self._clitic_len(w.texts[i])
        _set_bounds(raw)
        return raw

    def _unit_and_fraction(self, w: Window, i: int) -> Raw | None:
        """"ساعة ونصف", "an hour and a half": one duration unit and a fraction of it (1.5 hours); the
        candidate at i is the fraction (or its article)."""
        texts, connectors = w.texts, self.lex.connectors
        j = i - 1 if i > 0 and texts[i - 1] in ("a", "an") else i
        if j > 0 and texts[j - 1] in connectors:
            c = j - 1
        elif self.lex.lang == "ar" and texts[i][:1] in connectors and len(texts[i]) > 1:
            c = i
        else:
            return None
        unit = w.behind(self.lex.duration, c)
        if unit is None:
            return None
        got = self._unit_fraction(w, c, self.lex.duration[unit[0]])
        if got is None or got[1] <= i:
            return None
        first = c - unit[1]
        if first > 0 and (texts[first - 1].isdigit() or w.parser.word_at(first - 1) is not None):
            return None  # "ثلاث سنوات ونصف" is read from its number
        if first > 0 and texts[first - 1] in ("a", "an"):
            first -= 1
        return self._duration_of(w, first, got[1], self.lex.duration[unit[0]], 1 + got[0])

    def _unit_fraction(self, w: Window, j: int, unit: str) -> tuple[Decimal, int] | None:
        """"ونصف" after a duration (with its unit again: "ساعة ونصف الساعة"): the fraction, the end."""
        got = w.parser.and_fraction(j)
        if got is None:
            return None
        again = w.ahead(self.lex.duration, got[1])
        if again is not None and self.lex.duration[again[0]] == unit:
            return got[0], got[1] + again[1]
        return got if again is None else None

    def _duration_of(self, w: Window, first: int, stop: int, unit: str, value: Decimal) -> Raw:
        """A duration stated without digits over tokens [first, stop), with its qualifier."""
        raw = Raw(w.toks[first].start, w.toks[stop - 1].end, K_DURATION, unit, value,
                  grain=min(stated_grain(value), 0))
        raw.words_after = stop
        self._qualify(w, raw, first)
        _set_bounds(raw)
        return raw

    def _is_identifier(self, w: Window, i: int) -> bool:
        texts = w.texts
        hit = w.behind(self.lex.ident_before, i)
        if hit is not None:
            return True
        if i > 1 and texts[i - 1] in self.lex.ranges and w.behind(self.lex.ident_before, i - 1) is not None:
            return True  # "الآيات من 183 إلى 187", "pages from 10 to 12"
        if i > 2 and texts[i - 1] in self.lex.ident_year_links and texts[i - 2].isdigit() \
                and w.behind(self.lex.ident_before, i - 2) is not None:
            return True  # "القانون رقم 53 لسنة 1966", "Law No. 12 of 2018": the year is the law's
        if i > 3 and texts[i - 2].isdigit() and any(texts[i - 1] in joiners and texts[i - 3] == opener
                                                   for opener, joiners in self.lex.ranges.items()) \
                and w.behind(self.lex.ident_before, i - 3) is not None:
            return True  # the end of "الآيات من 183 إلى 187"
        return i > 0 and texts[i - 1] == "#" and w.toks[i].gap == 0

    def _score(self, w: Window, num: Numeral, j: int) -> bool:
        """Whether the number and the one after its hyphen (token ``j``) are a score or a tally: the second
        lower ("won 3-1", "passed 341-82", "فاز 5-صفر"), the first nil ("lost 0-2", "صفر-1"), or either way
        beside a score word: a few words before ("lost 1-3 in Jeddah", "خسر في جدة 1-3"), or right after
        ("a 2-3 loss")."""
        first = w.texts[num.first] if num.plain_digits \
            else "0" if num.stop - num.first == 1 and self._nil(w.texts[num.first]) else ""
        second = w.texts[j + 1]
        if not second.isdigit():
            second = "0" if self._nil(second) else ""
        if not first or not second or len(first) > 3:
            return False
        if int(second) < int(first) or self._from_nil(w, first, j):
            return True
        after = w.texts[j + 2] if j + 2 < len(w.texts) else "."
        if len(first) <= 2 and len(second) <= 2 and after in self.lex.score_words:
            return True  # "a 2-3 loss", "a 1-4 victory"
        if len(first) > 2 or len(second) > 2 or (len(first) + len(second) > 2 and after[:1].isalpha()
                                                 and len(after) > 3 and after not in self.lex.function_words):
            return False  # "lost 10-15 jobs": a range of a noun of its own (not "lost 1-3 in Jeddah")
        return any(not self.lex.score_words.isdisjoint(strip_clitics(t))
                   for t in w.texts[max(0, num.first - 4) : num.first])

    def _nil(self, token: str) -> bool:
        """Whether a token is a number word for zero (صفر, nil)."""
        word = self.lex.numbers.get(token)
        return word is not None and word.value == 0

    def _nil_of_score(self, w: Window, num: Numeral) -> bool:
        """A zero word joined by a hyphen to a number: "5-صفر" (after it, the rest of "5"'s score) or
        "صفر-1" (before it, a score from nil)."""
        toks, i, j = w.toks, num.first, num.stop
        if i > 1 and toks[i - 1].text == "-" and not toks[i - 1].gap and not toks[i].gap \
                and toks[i - 2].text.isdigit():
            return True
        return j + 1 < len(toks) and toks[j].text == "-" and not toks[j].gap and not toks[j + 1].gap \
            and self._score(w, num, j)

    def _from_nil(self, w: Window, first: str, j: int) -> bool:
        """"lost 0-2": a pair from nil, its second number of one or two digits and no unit of time after
        it ("aged 0-5 years" is a range), is a score."""
        second = j + 1
        return first == "0" and len(w.texts[second]) <= 2 \
            and not (second + 1 < len(w.texts) and self.lex.has_form(self.lex.duration, w.texts[second + 1]))

    @staticmethod
    def _plus_joined(toks: list[Tok], i: int, j: int) -> bool:
        """Whether the digits of tokens i..j are joined by a plus sign to digits on either side, no space
        between ("90+3", "45+6"): a notation, never a sum a reader should check."""
        after = j + 1 < len(toks) and toks[j].text == "+" and not toks[j].gap and not toks[j + 1].gap \
            and toks[j + 1].text.isdigit()
        before = i > 1 and toks[i - 1].text == "+" and not toks[i - 1].gap and not toks[i].gap \
            and toks[i - 2].text.isdigit()
        return after or before

    def _not_a_figure(self, w: Window, num: Numeral) -> bool:
        """Phone numbers, codes, times of day, versions and names with digits are not figures."""
        toks, i, j = w.toks, num.first, num.stop
        first = toks[i].text
        if i > 0:
            prev = toks[i - 1]
            if toks[i].gap == 0 and prev.text.isalpha() and not self._clitic(prev.text) \
                    and prev.text not in self.lex.cur_before:
                return True  # G20, MH17 (but USD3.14, Rs20)
            if prev.text in _PHONE_PREFIX and toks[i].gap == 0:
                return True
            if prev.text in ("-", "/", ".", ":") and toks[i].gap == 0 and i > 1 and toks[i - 1].gap == 0 \
                    and (toks[i - 2].text.isalpha() or toks[i - 2].text.isdigit()) \
                    and not (prev.text == "-" and w.texts[i - 2] in self.lex.year_hyphen and len(first) == 4):
                return True  # COVID-19, 1.2.3, 10:30 (second half); but "late-2022", "mid-2023" are years
        if num.plain_digits and len(first) >= 3 and first.startswith("0"):
            return True
        if num.plain_digits and self._plus_joined(toks, i, j):
            return True  # "الدقيقة 90+3", "(45+6)": a minute of added time, a notation, no figure
        if j < len(toks) and num.plain_digits and w.texts[j] in self.lex.times_of_day and int(first) <= 24:
            return True  # "من الساعة ٩ صباحا حتى ١٠ مساء": times of day
        if j < len(toks) and self._race(w, j):
            return True  # "the 100m final", "4×400 متر تتابع": a race named by its distance
        if num.plain_digits and j < len(toks) and self._grade(w, j):
            return True  # "البنزين ٩٢ أوكتين", "95-octane petrol": a grade named by its number
        if num.plain_digits and j + 3 < len(toks) and w.texts[j] == w.texts[j + 2] == "-" \
                and all(toks[k].gap == 0 for k in range(j, j + 4)) \
                and w.texts[j + 1].isdigit() and w.texts[j + 3].isdigit():
            return True  # "1-800-621-3362": a phone number in groups
        if num.plain_digits and len(first) <= 4 and i > 0 and toks[i].gap and self._code_before(w, i, j):
            return True  # "IA 2705", "flight EK 201": an airline's code and the flight number
        if num.plain_digits and self._in_title(w, i, j):
            return True  # «خرمشهر ۴», "Inside Out 2": a number that ends a quoted name
        if num.plain_digits and len(first) == 4 and i > 1 and self._named_year(w, i):
            return True  # "Hajj 2025 drew", "the Living Planet Report 2024": a year in a name
        if num.plain_digits and self._phone_group(w, i):
            return True
        if num.plain_digits and len(first) >= 16:
            return True
        if j < len(toks):
            nxt = toks[j]
            if j + 2 < len(toks) and nxt.text in ("a", "p") and toks[j + 1].text == "." \
                    and toks[j + 2].text == "m" and not toks[j + 1].gap:
                return True  # "10 a.m.", "11 p.m.": a time of day
            if nxt.text == "-" and not nxt.gap and j + 1 < len(toks) and not toks[j + 1].gap \
                    and not (j + 2 < len(toks) and toks[j + 2].text == "-") and self._score(w, num, j):
                return True  # "won 3-1", "passed 341-82", "lost 0-2", "lost 1-3": a score or a tally
            if nxt.text in _TIME_SEPARATORS and nxt.gap == 0 and j + 1 < len(toks) \
                    and toks[j + 1].text.isdigit():
                return True
            if nxt.text == "." and nxt.gap == 0 and j + 1 < len(toks) and toks[j + 1].text.isdigit() \
                    and toks[j + 1].gap == 0:
                return True  # 1.2.3
            if nxt.gap == 0 and nxt.text.isalpha() and not self._suffix_ok(w, j):
                return True  # 5G, 3D, 4x4
            # digit groups separated by spaces or dashes: 0770 123 4567, 555-1234
            if num.plain_digits and j + 1 < len(toks) and toks[j + 1].text.isdigit() and \
                    nxt.text == "-" and nxt.gap == 0 and toks[j + 1].gap == 0 and len(toks[j + 1].text) >= 3 \
                    and len(first) >= 3 and not _year_span_text(first, toks[j + 1].text):
                return True
        return False

    def _race_time(self, w: Window, i: int) -> Raw | None:
        """A race time: "3:15.27" (minutes, seconds and hundredths) or "2:09:56" (hours, minutes and
        seconds), a duration in seconds; a clock time ("10:42", "10:42 a.m.") has neither."""
        toks, texts = w.toks, w.texts
        if i + 4 >= len(toks) or not texts[i].isdigit() or len(texts[i]) > 2 or texts[i + 1] != ":" \
                or not (texts[i + 2].isdigit() and len(texts[i + 2]) == 2 and int(texts[i + 2]) < 60) \
                or not texts[i + 4].isdigit() or any(toks[k].gap for k in range(i + 1, i + 5)):
            return None
        if i > 0 and texts[i - 1] in (":", ".") and not toks[i].gap:
            return None
        if texts[i + 3] == ".":  # m:ss.ff
            value = int(texts[i]) * 60 + int(texts[i + 2]) + Decimal("0." + texts[i + 4])
            grain, stop = -len(texts[i + 4]), i + 5
        elif texts[i + 3] == ":" and len(texts[i + 4]) == 2 and int(texts[i + 4]) < 60:  # h:mm:ss
            value = Decimal(int(texts[i]) * 3600 + int(texts[i + 2]) * 60 + int(texts[i + 4]))
            grain, stop = 0, i + 5
        else:
            return None
        if stop < len(toks) and ((texts[stop] in (":", ".") and not toks[stop].gap)
                                 or texts[stop] in ("a", "p", "am", "pm", "gmt", "utc")):
            return None  # "10:42:05 a.m.", a longer run of digits
        raw = Raw(toks[i].start, toks[stop - 1].end, K_DURATION, "second", value, grain=grain)
        raw.words_after = stop
        _set_bounds(raw)
        return raw

    def _race(self, w: Window, j: int) -> bool:
        """A distance, then a word that makes it a race ("100m final", "400 متر تتابع"): the figure
        (ending before j) has a unit of length written out or glued to it ("100m")."""
        toks = w.toks
        if self.lex.ident_after.isdisjoint(w.texts[j : j + 4]):
            return False  # no race word near: the lookups are spared
        if toks[j].gap and w.ahead(self.lex.ident_bare_after, j) is not None:
            return True  # "the 100 butterfly", "the 400 hurdles": a swimming or hurdles race, unit unsaid
        unit = w.ahead(self.lex.measures, j)
        if unit is not None:
            k = j + unit[1]
        elif toks[j - 1].text.isalpha() and toks[j - 1].gap == 0:
            k = j  # "100m": the m read as a scale
        else:
            return False
        return k < len(toks) and w.ahead(self.lex.ident_after, k) is not None

    def _grade(self, w: Window, j: int) -> bool:
        """A word of identifiers.yaml grades right after the number (ending before j), or after a hyphen
        glued to it: the number names a grade ("92 أوكتان", "95-octane")."""
        if w.texts[j] == "-" and not w.toks[j].gap and j + 1 < len(w.toks):
            j += 1
        return w.ahead(self.lex.grades, j) is not None

    def _code_before(self, w: Window, i: int, j: int) -> bool:
        """The token before i is a code of two or three Latin capitals (an airline's: IA, EK, TOM) that
        names no currency or unit, and no unit follows the number ("CPI 3%" is a figure)."""
        lex = self.lex
        prev = w.texts[i - 1]
        if not (2 <= len(prev) <= 3 and prev.isascii() and prev.isalpha()) or prev in self.lex.cur_before:
            return False  # (the cheap test first: most figures have no such code before them)
        if j < len(w.toks) and (w.texts[j] == "%" or any(w.ahead(table, j) is not None for table in (
                lex.percent, lex.cur_after, lex.measures, lex.scales, lex.duration))):
            return False
        if any(w.ahead(table, i - 1) is not None
               for table in (self.lex.cur_after, self.lex.measures, self.lex.percent)):
            return False
        if i >= 3 and w.texts[i - 2] == "the" and (w.texts[i - 3] in self.lex.connectors
                                                   or w.texts[i - 3] in _CLAUSE_MARKS):
            return False  # "The AfD gets 152 seats, the SPD 120": a list's item, its verb left out
        return self._original(w, i - 1).isupper()

    def _in_title(self, w: Window, i: int, j: int) -> bool:
        """The number ends a short quoted name: a word before it, a closing quote (or the colon of a
        subtitle) after it, and the opening quote at most four words back («قائم ۱۰۰», "Welad Rizk 3")."""
        texts = w.texts
        if j >= len(texts) or i == 0 or not texts[i - 1][:1].isalpha():
            return False
        if texts[j] not in _CLOSING_QUOTES and texts[j] != ":":
            return False
        if self.lex.lang == "en" and not self._original(w, i - 1)[:1].isupper():
            return False  # '"We lost 5", he said': a quote, not a title
        for k in range(i - 1, max(-1, i - 6), -1):
            t = texts[k]
            if t in _OPENING_QUOTES:
                return True
            if not t[:1].isalpha():
                return False
        return False

    def _named_year(self, w: Window, i: int) -> bool:
        """English: a year right after a capitalised word inside a sentence ("Hajj 2025", "Vision
        2030", "World Cup 2022"): the year is part of a name. Months, weekdays and words that open a
        sentence are not names."""
        lex = self.lex
        if lex.event_names and _year_like(int(w.texts[i])) and (
                w.behind(lex.event_names, i) is not None or w.behind(lex.event_names, i - 1) is not None):
            return True  # "كأس العالم 2022", "أولمبياد باريس 2024": an event's name, with its place
        if lex.lang != "en" or not _year_like(int(w.texts[i])) or not w.texts[i - 1].isalpha():
            return False
        prev = self._original(w, i - 1)
        if not (prev[:1].isupper() and prev[1:].islower()) or w.texts[i - 2] in (".", "!", "?", ":", '"'):
            return False
        return not any(w.behind(table, i) is not None
                       for table in (lex.months, lex.weekdays, lex.year_words, lex.qual_before, lex.ranges))

    def _original(self, w: Window, j: int) -> str:
        """The token at j as the original text writes it (letter case, marks)."""
        if self.source is None:
            return w.texts[j]
        text, folded = self.source
        return text[folded.orig(w.toks[j].start) : folded.orig_end(w.toks[j].end)]

    def _phone_group(self, w: Window, i: int) -> bool:
        """A later group of "+964 770 123 4567" or "0770 123 4567": groups after a + or a leading 0."""
        toks = w.toks
        k = i
        while k > 0 and toks[k - 1].text.isdigit() and toks[k].gap == 1:
            k -= 1
        if k == i:
            return False
        head = toks[k]
        return (head.text.startswith("0") and len(head.text) >= 3) or (
            k > 0 and toks[k - 1].text in _PHONE_PREFIX and head.gap == 0)

    def _clitic(self, text: str) -> bool:
        return self.lex.lang == "ar" and text in _CLITIC_TOKENS

    def _scale_ordinal(self, w: Window, j: int) -> tuple[int, int] | None:
        """The value and token of an ordinal of a power of ten a hundred or more ("millionth") right after
        a number, past a hyphen ("one-millionth"); None when there is none."""
        if j < len(w.toks) and w.texts[j] == "-" and w.toks[j].gap == 0:
            j += 1
        if j >= len(w.toks):
            return None
        value = self.lex.ordinals.get(w.texts[j])
        return (value, j) if value is not None and value >= 100 and str(value).rstrip("0") == "1" else None

    def _suffix_ok(self, w: Window, j: int) -> bool:
        t = w.texts[j]
        if t in _ORDINAL_SUFFIXES or t == "s":
            return True
        if any(w.ahead(tab, j) is not None for tab in (
                self.lex.scales, self.lex.cur_after, self.lex.percent, self.lex.subunits, self.lex.numbers,
                self.lex.months, self.lex.duration)):
            return True
        # Arabic typing often drops the space between a figure and its noun ("20عملية"); a Latin
        # letter glued to digits is a code or a name (5G, 3D) in either language.
        return self.lex.lang == "ar" and "\u0600" <= t[0] <= "\u06ff"

    # -- kinds --------------------------------------------------------------------------------
    def _figure(self, w: Window, num: Numeral) -> Raw | None:
        toks = w.toks
        i, j = num.first, num.stop
        if j < len(toks) and toks[j].gap == 0 and w.texts[j] in _ORDINAL_SUFFIXES and not num.words:
            return Raw(toks[i].start, toks[j].end, K_ORDINAL, "ordinal", num.value, num.value, num.value,
                       grain=0)
        scale_rank = self._scale_ordinal(w, j)
        if scale_rank is not None:  # "its 100 millionth iPod", "the one-millionth visitor": a rank
            rank, last = num.value * scale_rank[0], toks[scale_rank[1]]
            return Raw(toks[i].start, last.end, K_ORDINAL, "ordinal", rank, rank, rank, grain=0)
        ratio = self._ratio(w, num)
        if ratio is not None:
            return ratio
        start_i = i
        unit, kind = "count", K_COUNT
        value, grain = num.value, num.grain
        # Negative: "-1.2" attached, or "minus", "سالب".
        attached_minus = (i > 0 and w.texts[i - 1] == "-" and toks[i].gap == 0
                          and (i == 1 or toks[i - 1].gap > 0))
        if attached_minus or (i > 0 and w.texts[i - 1] in self.lex.negative):
            value, start_i = -value, i - 1
        # Currency before the number ($10, US$ 4.7 billion, EUR 20).
        cur = w.behind(self.lex.cur_before, start_i)
        if cur is not None and cur[1] > 1 and (w.texts[start_i - cur[1]] in ("a", "an")
                                               or len(w.texts[start_i - cur[1]]) == 1) \
                and toks[start_i - cur[1] + 1].gap > 0:
            # "a $300 million", "Aramco's $12bn": the article or letter written apart is not the A of A$
            rest = " ".join(w.texts[start_i - cur[1] + 1 : start_i])
            cur = (rest, cur[1] - 1) if rest in self.lex.cur_before else None
        if cur is not None and (toks[start_i].gap <= 1):
            unit, kind, start_i = self.lex.cur_before[cur[0]], K_MONEY, start_i - cur[1]
            if start_i > 0 and w.texts[start_i - 1] in ("a", "an"):
                start_i -= 1  # "a US$4.7 billion"
        elif start_i > 0 and w.texts[start_i - 1] == "%" and toks[start_i].gap == 0:
            unit, kind, start_i = "percent", K_PERCENT, start_i - 1  # "٪12": typed before, shown after
        end_j = j
        unit_j = end_j
        bare_unit, bare_kind = unit, kind
        unit, kind, end_j = self._unit_after(w, end_j, unit, kind)
        if end_j > unit_j and self.lex.unit_ceilings and (top := self.lex.unit_ceilings.get(
                " ".join(w.texts[unit_j:end_j]))) is not None and value > top:
            unit, kind, end_j = bare_unit, bare_kind, unit_j  # "4118 عقد زواج": contracts, not knots
        if kind is K_COUNT and unit == "count" and end_j == j and not num.scaled:
            unit, kind = self._pair_unit(w, num, start_i)  # "لأجل 5 و10 سنوات": 5 years
        minor_alone = unit in _MINOR_ALONE
        unit, value, grain = self._major(unit, value, grain)
        if minor_alone:
            pass  # "98 cents", "25 فلسا": in the major unit now, no sub-unit after it
        elif kind is K_MONEY:
            # "20 دولار و43 سنت"; but "بين 60 دينارا و150" is a range, not 60.150 dinars
            value, grain, end_j = self._subunit(w, end_j, value, grain, self.lex.minor_units.get(unit, 100),
                                                bare=w.behind(self.lex.ranges, start_i) is None)
        elif kind is K_COUNT and (lead := self._leading_noun(w, num)) is not None:
            kind, unit, start_i = K_DURATION, self.lex.duration[lead[0]], i - lead[1]
        elif kind is K_COUNT and unit == "count" \
                and (lead := self._leading_noun(w, num, self.lex.measures)) is not None \
                and self.lex.measures[lead[0]] != _POINT:
            # "الأطنان الـ2.4 مليون", "الأفدنة الـ13 ألفا": a definite measure noun before a definite figure
            unit, start_i = self.lex.measures[lead[0]], i - lead[1]
        if kind is K_COUNT:
            unit, kind, start_i = self._measure_before(w, unit, start_i, value)
        if kind is K_DURATION and (half := self._unit_fraction(w, end_j, unit)) is not None:
            value, end_j = value + half[0], half[1]  # "ثلاث سنوات ونصف": 3.5 years
            grain = min(grain, stated_grain(half[0]))
        elif kind is K_DURATION and (more := self._compound_duration(w, end_j, unit)) is not None:
            per, part, part_grain, unit, end_j = more  # "8 دقائق و6.05 ثانية": 486.05 s, the smaller unit
            value, grain = value * per + part, min(grain, part_grain)
        raw = Raw(toks[start_i].start, toks[end_j - 1].end, kind, unit, value, grain=grain)
        raw.words_after = end_j
        if minor_alone and unit.islower():
            raw.evidence.append(_MINOR_NOTE)
        named = " ".join(w.texts[start_i:i])
        if named in self.lex.measures_before:  # "magnitude 7.5": the unit word is also what is measured
            raw.concept = self.lex.concepts.get(named)
        if unit in self.lex.measure_units and end_j > unit_j:
            raw.unit_at = toks[unit_j].start
        raw = self._range(w, raw, start_i, num, end_j)
        self._qualify(w, raw, start_i)
        if raw.kind is K_COUNT and raw.unit == "count" and raw.qualifier is Q_AT_MOST \
                and self._year_until(w, num, start_i, end_j):
            raw.kind, raw.unit, raw.qualifier = K_YEAR, "year", Q_EXACT  # "حتى 2030": a year
            raw.start = toks[num.first].start
        # "about 2000", "over 2000": a bound is put on a count; years are stated plainly or as a range.
        if raw.kind is K_COUNT and raw.unit == "count" \
                and raw.qualifier in (Q_EXACT, Q_RANGE) \
                and self._is_year(w, num, start_i, end_j):
            raw.kind, raw.unit = K_YEAR, "year"
        if raw.kind is K_COUNT and raw.unit == "count" and self._age(w, raw, start_i, num):
            raw.kind, raw.unit = K_DURATION, "year"
            raw.evidence.append(AGE_NOTE)
            if self.lex.age_birthday and w.behind(self.lex.age_birthday, _first_token(w, raw, start_i)):
                raw.evidence.append(BIRTHDAY_NOTE)
        elif raw.kind is K_DURATION and raw.unit == "year" and self._years_of_age(w, raw, start_i):
            raw.evidence.append(AGE_NOTE)
        self._paren_duplicate(w, raw)
        if raw.qualifier is not Q_RANGE and raw.value is not None:
            _set_bounds(raw)
        if num.words and raw.start == toks[num.first].start:
            raw.start += self._clitic_len(w.texts[num.first])  # "بمليون دولار" -> "مليون دولار", as "بـ20"
        return raw

    def _clitic_len(self, text: str) -> int:
        """The length of the proclitics (و ب ل) before a number word, which are not part of the figure."""
        lex = self.lex
        tables = (lex.numbers, lex.scales, lex.fractions, lex.shares)
        if lex.lang != "ar" or any(text in table for table in tables):
            return 0
        for form in strip_clitics(text)[1:]:
            if text.endswith(form) and any(form in table for table in tables):
                return len(text) - len(form)
        return 0

    def _unit_after(self, w: Window, j: int, unit: str, kind: Kind) -> tuple[str, Kind, int]:
        lex = self.lex
        if self._conjoined(w, j):
            return unit, kind, j  # "2019 وعام 2020": the و starts the next phrase, its noun is no unit
        # Whether a phrase of any of these tables may start at j: most often none does (a noun), and
        # their look-ups at j are spared.
        here = j < len(w.toks) and not lex.starts_none("unit_after", self._unit_tables, w.texts[j])
        if kind is not K_MONEY:
            hit = w.ahead(lex.basis_point, j) if here else None
            if hit is not None:
                return "basis_point", K_PERCENT, j + hit[1]  # made percentage points by _figure
            for table, k in ((lex.percent_point, K_PERCENT), (lex.percent, K_PERCENT)):
                hit = w.ahead(table, j) if here else None
                if hit is not None:
                    return ("percentage_point" if table is lex.percent_point else "percent"), k, j + hit[1]
            if j > 0 and w.toks[j - 1].text == "%":
                return "percent", K_PERCENT, j
        hit = w.ahead(lex.cur_after, j) if here else None
        if hit is not None and len(hit[0]) == 1 and hit[0].isascii() and self._capital(w, j):
            hit = None  # "49.6 C", "topped 50C" are temperatures; a cent is "98c" or "10 c"
        if hit is not None and hit[0] in _ATTACHED_ONLY and w.toks[j].gap:
            hit = None  # pence are "132.1p", written on the figure: "30 p" is no money
        if hit is not None and kind is not K_MONEY:
            return lex.cur_after[hit[0]], K_MONEY, j + hit[1]
        if hit is not None and kind is K_MONEY and lex.cur_after[hit[0]] == unit:
            return unit, kind, j + hit[1]
        if kind is K_COUNT:
            dur = w.ahead(lex.duration, j) if here else None
            if dur is not None and not self._definite(w, j, dur[0]):
                return lex.duration[dur[0]], K_DURATION, j + dur[1]
            if j + 1 < len(w.toks) and w.texts[j] in lex.duration_gap \
                    and (dur := w.ahead(lex.duration, j + 1)) is not None:
                return lex.duration[dur[0]], K_DURATION, j + 1 + dur[1]  # "18 consecutive months"
            hyphen = self._hyphen_duration(w, j)
            if hyphen is not None:
                return hyphen
            measure = w.ahead(lex.measures, j) if here else None
            if measure is not None and j + measure[1] < len(w.toks) and " a " in measure[0] \
                    and w.texts[j + measure[1]] in _RELATIVE_AFTER:
                shorter = " ".join(w.texts[j : j + measure[1] - 2])  # "201 tonnes a year earlier": tonnes
                measure = (shorter, measure[1] - 2) if shorter in lex.measures else None
            if measure is not None and measure[0] in lex.measures_before and j + measure[1] < len(w.toks) \
                    and w.texts[j + measure[1]][:1].isdigit():
                measure = None  # "four magnitude 6.3 quakes": the unit names the next figure
            if measure is not None and not self._longer_noun(w, j, measure[1]) \
                    and not self._definite(w, j, measure[0]):
                return lex.measures[measure[0]], kind, j + measure[1]
        hyphened = self._hyphen_unit(w, j, kind)
        if hyphened is not None:
            return hyphened
        return unit, kind, j

    def _definite(self, w: Window, j: int, key: str) -> bool:
        """Arabic: the unit word at j was found without its article ("بنحو 470 مليونا اليوم": today,
        "250 مليارا العام الماضي", "800 ألف للدرجة الثانية"). A number's own noun is indefinite, so a
        definite word after it starts another phrase."""
        if self.lex.lang != "ar":
            return False
        t = w.texts[j]
        head = t[: max(0, len(t) - len(key.split(" ")[0]))]
        return not key.startswith("ال") and ("ال" in head or head.endswith("لل"))

    def _hyphen_unit(self, w: Window, j: int, kind: Kind) -> tuple[str, Kind, int] | None:
        """"a 400-metre ship", "a 12-nautical-mile zone", "a 960 billion-rupee reserve": a unit or a
        currency joined to its figure by hyphens, as an adjective. Its words are read with the hyphens
        between them taken as spaces (the lexicon's "nautical mile")."""
        toks, texts = w.toks, w.texts
        if j + 1 >= len(toks) or texts[j] != "-" or toks[j].gap or toks[j + 1].gap \
                or not texts[j + 1][:1].isalpha():
            return None
        words: list[str] = []
        ends: list[int] = []
        k = j + 1
        while k < len(toks) and len(words) < 4 and texts[k][:1].isalpha():
            words.append(texts[k])
            ends.append(k + 1)
            if k + 2 < len(toks) and texts[k + 1] == "-" and not toks[k + 1].gap and not toks[k + 2].gap:
                k += 2
            else:
                break
        lex = self.lex
        tables: tuple[tuple[dict[str, str], Kind], ...] = ((lex.measures, K_COUNT),)
        if kind is K_COUNT:
            tables = ((lex.measures, K_COUNT), (lex.cur_after, K_MONEY))
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            for table, got in tables:
                if key in table and not (got is K_MONEY and len(key) == 1):
                    return table[key], got, ends[n - 1]
        return None

    def _pair_unit(self, w: Window, num: Numeral, start_i: int) -> tuple[str, Kind]:
        """A bare number joined by "و" / "and" to a second one that names its unit ("لأجل 5 و10 سنوات",
        "بهامش 40 و60 نقطة أساس", "aged 5 and 10 years"): the pair shares the unit, the first keeping
        its own span. Not after a range opener (that is a range) nor before a scale of the second."""
        toks, j = w.toks, num.stop
        if j + 1 >= len(toks) or w.texts[j] not in self.lex.connectors or w.behind(self.lex.ranges, start_i):
            return "count", K_COUNT
        second = w.parser.parse(j + 1)
        if second is None or second.scaled or not (second.plain_digits and num.plain_digits) \
                or _bare_year(w, num):
            return "count", K_COUNT  # "2019 و2020", "in H1 2024 and 8%": a year
        unit, kind, end = self._unit_after(w, second.stop, "count", K_COUNT)
        if end == second.stop or kind is K_MONEY or unit in (_POINT, _DEGREE):
            return "count", K_COUNT
        return unit, kind

    def _compound_duration(self, w: Window, j: int,
                           unit: str) -> tuple[Decimal, Decimal, int, str, int] | None:
        """A smaller unit joined to a duration ("three hours and seventeen minutes", "8 دقائق و6.05
        ثانية", "ثلاث سنوات وستة أشهر", and a third "ساعتين و4 دقائق و35 ثانية"): how many of the
        smallest unit make the first, the rest in that unit, its grain, the unit and where it ends."""
        lex = self.lex
        if j >= len(w.toks):
            return None
        juxtaposed = False
        if w.texts[j] in lex.connectors and j + 1 < len(w.toks):
            part = w.parser.parse(j + 1)
        elif lex.lang == "ar" and w.texts[j][:1] in lex.connectors and len(w.texts[j]) > 2:
            part = w.parser.parse(j)  # "وستة أشهر": the و written on the number word
            if part is not None and not part.words:
                part = None
        else:  # "two hours three minutes 59 seconds": the smaller unit right after, under one of the larger
            part = w.parser.parse(j)
            juxtaposed = True
        if part is None or part.scaled:
            return None
        dur = w.ahead(lex.duration, part.stop)
        if dur is None:
            return None
        smaller = lex.duration[dur[0]]
        ratio = _UNIT_RATIO.get((unit, smaller))
        if ratio is None or (juxtaposed and not 0 < part.value < ratio):
            return None
        end = part.stop + dur[1]
        more = self._compound_duration(w, end, smaller)
        if more is None:
            per, rest, grain = ratio, part.value, part.grain
        else:
            per, rest, grain, smaller, end = more  # "و4 دقائق و35 ثانية": on to the smallest unit
            per, rest, grain = ratio * per, part.value * per + rest, min(part.grain, grain)
        if smaller == "minute":  # hours and minutes are stated in seconds, as hours, minutes and seconds
            per, rest, smaller = per * 60, rest * 60, "second"
        return per, rest, grain, smaller, end

    def _age(self, w: Window, raw: Raw, start_i: int, num: Numeral) -> bool:
        """The figure is an age in years: "aged 15", "aged 11 to 18", "younger than 12", "under the age
        of 80", "65 or older", "children under five"."""
        lex = self.lex
        top = raw.upper if raw.upper is not None else raw.value
        if top is None or not 0 < top <= _OLDEST or num.scaled:
            return False
        first = _first_token(w, raw, start_i)
        if w.behind(lex.age_before, first) is not None:
            return True
        if first > 2 and w.texts[first - 1] in lex.connectors and w.texts[first - 2].isdigit() \
                and w.behind(lex.age_before, first - 2) is not None:
            return True  # the 16 of "aged 15 and 16"
        if self._apposed_age(w, first, num):
            return True
        after = w.texts[num.stop : num.stop + 3]
        if lex.age_after and any(" ".join(after[:k]) in lex.age_after for k in (1, 2, 3)):
            return True  # "في الـ3 من عمره"
        bound = " ".join(w.texts[first:start_i])
        tail = w.texts[num.stop : raw.words_after]
        if bound in lex.age_bounds or any(" ".join(tail[-k:]) in lex.age_bounds for k in (1, 2, 3)):
            return True
        if bool(bound) and bound in lex.qual_before and w.behind(lex.age_people, first) is not None:
            return True
        return not bound and not num.words and self._age_noun_before(w, first)

    def _years_of_age(self, w: Window, raw: Raw, start_i: int) -> bool:
        """A figure in years that is an age: after units.yaml ages.years_before ("الكاتب البالغ 80 عاما",
        "البالغ من العمر 80 عاما", "aged 80 years"), before ages.years_after ("80 years old",
        "80-year-old"), or alone in brackets after a word ("مبارك (85 عاما)", "Mubarak (84 years)")."""
        lex = self.lex
        first = _first_token(w, raw, start_i)
        if lex.age_years_before and w.behind(lex.age_years_before, first) is not None:
            return True
        if first > 1 and w.texts[first - 1] == "(" and w.texts[first - 2][:1].isalpha() \
                and raw.words_after < len(w.texts) and w.texts[raw.words_after] == ")":
            return True  # "ونقل مبارك (٨٥ عاما) إلى المستشفى": years alone in brackets after a name
        return bool(lex.age_years_after) and any(  # its own words and the one right after it
            w.texts[j] in lex.age_years_after for j in range(first, len(w.toks))
            if w.toks[j].start <= raw.end + _AGE_AFTER)

    def _age_noun_before(self, w: Window, first: int) -> bool:
        """"raised the retirement age to 64 from 62", "the median age at first marriage reached 30.2",
        "رفع سن التقاعد إلى 63": a bare figure after a link word (to, from, reached, إلى) with an age noun
        a few words before it in its sentence (other bare figures of the same change may stand between:
        "to 63 from 60 for men, and to 55"). When the window cuts those words, they are read from the
        sentence itself."""
        lex = self.lex
        if not lex.age_nouns or first == 0 or w.texts[first - 1] not in lex.age_links:
            return False
        toks, end = w.toks, first - 1
        text, lo = self._sentence  # words only read, so an earlier claim's words may be read again
        if end < _AGE_REACH and toks[0].start > lo:
            toks = tokenize(text, max(lo, w.toks[end].start - _VERB_REACH_CHARS), w.toks[end].start)
            if toks and toks[0].start > lo and text[toks[0].start - 1].isalnum():
                toks = toks[1:]  # a word cut short ("image" read as "age")
            end = len(toks)
        texts = [t.text for t in toks]
        for k in range(end - 1, max(-1, end - 1 - _AGE_REACH), -1):
            t = texts[k]
            inside = 0 < k < len(texts) - 1 and not toks[k].gap and not toks[k + 1].gap \
                and texts[k - 1][:1].isdigit() and texts[k + 1][:1].isdigit()  # the point of "64.8"
            if (t in _SENTENCE_STOPS and not inside) or t in lex.percent or t in lex.cur_before \
                    or t in lex.cur_after:
                return False
            if t in lex.age_nouns:
                return True
            if t[:1].isdigit():
                m = k  # the figure's first token ("64.8" is three)
                while m > 0 and not toks[m].gap and (texts[m - 1][:1].isdigit() or texts[m - 1] in ".,٫٬"):
                    m -= 1
                if m == 0 or texts[m - 1] not in lex.age_links:
                    return False  # "passed with 100 votes to 50": another figure, not the same age's
        return False

    def _damma(self, w: Window, j: int) -> bool:
        """The token at j is written with a damma in the original text (خُمس, a fifth, not خمس, five)."""
        if self.source is None:
            return False
        text, folded = self.source
        return "\u064f" in text[folded.orig(w.toks[j].start) : folded.orig_end(w.toks[j].end)]

    def _apposed_age(self, w: Window, first: int, num: Numeral) -> bool:
        """English: a bare whole number between commas right after a name ("Claudia Sheinbaum, 61,
        became", "Pope Francis, 87, presided") is the person's age."""
        texts = w.texts
        if self.lex.lang != "en" or not num.plain_digits or first < 2 or texts[first - 1] != ",":
            return False
        if num.stop >= len(texts) or texts[num.stop] not in (",", ";") or not texts[first - 2].isalpha():
            return False
        name = self._original(w, first - 2)
        return name[:1].isupper() and not any(
            w.behind(table, first - 1) is not None for table in (self.lex.months, self.lex.weekdays))

    def _name_number(self, w: Window, num: Numeral) -> bool:
        """English names with a number, in prose (not a title-case headline): a capitalised word that is
        no month, place, unit or word of the lexicon, right before a small plain number with no unit and
        no capitalised word after it ("the Ariane 6 rocket", "FV Ocean 7 sank", "Hall 3 of"); a number
        word written with a capital inside a sentence before a capitalised word ("Three Gorges Dam",
        "the Three-North belt"); a house number before a capitalised street name ("48 Harbour Street")."""
        lex, toks, texts = self.lex, w.toks, w.texts
        i, j = num.first, num.stop
        if num.words:
            if self._opens_sentence(toks[i].start) or not self._original(w, i)[:1].isupper():
                return False
            k = j + 1 if j + 1 < len(toks) and texts[j] == "-" and not toks[j].gap else j
            return k < len(toks) and texts[k][:1].isalpha() and self._original(w, k)[:1].isupper() \
                and w.parser.scale_at(k) is None and self._prose()
        if not num.plain_digits or len(texts[i]) > 4:
            return False
        if self._street_after(w, j):
            return True
        if i == 0 or self._opens_sentence(toks[i - 1].start) or not texts[i - 1].isalpha() \
                or len(texts[i - 1]) < 3 or texts[i - 1] in lex.function_words \
                or (i > 1 and texts[i - 2] in (".", "!", "?", ":", '"', "“", "(")) \
                or (i > 1 and texts[i - 2] in ("-", "—", "–") and toks[i - 2].gap and toks[i - 1].gap):
            # the word opens a sentence ("Another 166 were detained", "KABUL (AP) - The 13 service
            # members"), or is no name at all ("The"), not a name
            return False
        prev = self._original(w, i - 1)
        k = i - 2  # the words of the name, and "the", back to what stands before them
        while k >= 0 and k > i - 6 and ((texts[k].isalpha() and (
                texts[k] == "the" or self._original(w, k)[:1].isupper()))
                or (texts[k] in APOSTROPHES and k > 0 and texts[k - 1][-1:] == "s")):
            k -= 1  # (a plural possessive's apostrophe is the name's: "and the Workers' Party 17")
        if k >= 0 and (texts[k] in lex.connectors or texts[k] in _CLAUSE_MARKS):
            return False  # "Boeing delivered 528 and Airbus 735", "and the Paris Club 22": a verb left out
        if not prev[:1].isupper() or prev.isupper() or any(
                w.ahead(table, i - 1) is not None for table in (
                    lex.months, lex.weekdays, lex.places, lex.concepts, lex.counted, lex.qual_before,
                    lex.cur_before, lex.cur_after, lex.measures, lex.duration, lex.ident_before, lex.change)):
            return False
        if j < len(toks) and (texts[j] in ("%", "-", ".", ":", "/") or any(
                w.ahead(table, j) is not None for table in (
                    lex.percent, lex.cur_after, lex.measures, lex.scales, lex.duration, lex.months))):
            return False
        if j < len(toks) and texts[j][:1].isalpha() and self._original(w, j)[:1].isupper():
            return False  # "Kills 45 In Gaza": a headline, or a name after the number
        return self._prose()

    def _opens_sentence(self, at: int) -> bool:
        """Only white space stands between the sentence's start and ``at``."""
        text, s_start = self._sentence
        return at <= s_start or text[s_start:at].isspace()

    def _street_after(self, w: Window, j: int) -> bool:
        """Up to three capitalised words and a street word after a number: an address."""
        for k in range(j, min(len(w.toks), j + 4)):
            if k > j and w.ahead(self.lex.streets, k) is not None:
                return True
            if not (w.texts[k].isalpha() and self._original(w, k)[:1].isupper()):
                return False
        return False

    def _prose(self) -> bool:
        """The current sentence is prose, not a title-case headline: it has a lowercase word of four
        letters or more."""
        if self.source is None:
            return True
        text, folded = self.source
        s_start, s_end = self._sentence[1], self._sentence_end
        key = (s_start, s_end)
        if self._prose_of[0] != key:  # once a sentence: a long one is searched once, not once a figure
            found = _LOWER_WORD.search(text, folded.orig(s_start), folded.orig_end(s_end)) is not None
            self._prose_of = (key, found)
        return self._prose_of[1]

    def _capital(self, w: Window, j: int) -> bool:
        """The token at j is written in capitals in the original text."""
        if self.source is None:
            return False
        text, folded = self.source
        at = folded.orig(w.toks[j].start)
        return text[at : at + 1].isupper()

    def _longer_noun(self, w: Window, j: int, n: int) -> bool:
        """A counted noun that starts with the unit word and goes on ("نقطة تفتيش": checkpoints)."""
        lex = self.lex
        return any((hit := w.ahead(table, j)) is not None and hit[1] > n
                   for table in (lex.concepts, lex.counted))

    def _measure_before(self, w: Window, unit: str, start_i: int, value: Decimal) -> tuple[str, Kind, int]:
        """A measure named before the figure ("magnitude 7.5", in the claim) or decided by a cue a few
        words before it ("بقوة 6.8 درجة", "بلغت قوة أعنفها 6.3 درجة": a magnitude); a bare degree is
        otherwise Celsius, and points beside a percent are percentage points ("fell 2 points to 45%").
        A bare figure takes a cue only right after it and below 10, as a magnitude is ("بقوة 300 جندي"
        is a force of 300). The unit, the kind and the claim's first token."""
        lex = self.lex
        if unit == _POINT:
            lo, hi = start_i, start_i
            while lo > 0 and not _clause_mark(w, lo - 1):
                lo -= 1
            while hi < len(w.texts) and not _clause_mark(w, hi):
                hi += 1
            if any(w.ahead(lex.percent, k) is not None for k in range(lo, hi)):
                return "percentage_point", K_PERCENT, start_i  # in the same clause as a percent
            return unit, K_COUNT, start_i
        if unit not in ("count", _DEGREE):
            return unit, K_COUNT, start_i
        hit = w.behind(lex.measures_before, start_i)
        if hit is not None:
            return lex.measures_before[hit[0]], K_COUNT, start_i - hit[1]
        # (a bare figure reads only the cue right before it, and only below 10: no other is looked up)
        reach = _CUE_REACH if unit == _DEGREE else 1 if abs(value) < 10 else 0
        for k in range(start_i, max(0, start_i - reach), -1):
            if not w.texts[k - 1][:1].isalpha():
                break
            cue = w.behind(lex.measure_cues, k)
            if cue is not None and (unit == _DEGREE or (k == start_i and abs(value) < 10)):
                return lex.measure_cues[cue[0]], K_COUNT, start_i
        return ("degree_celsius" if unit == _DEGREE else unit), K_COUNT, start_i

    def _hyphen_duration(self, w: Window, j: int) -> tuple[str, Kind, int] | None:
        """"a 10-year plan", "a 53-day strike", "a 17-year-old": a duration written as an adjective."""
        toks, texts = w.toks, w.texts
        if j + 1 >= len(toks) or texts[j] != "-" or toks[j].gap or toks[j + 1].gap:
            return None
        dur = w.ahead(self.lex.duration, j + 1)
        if dur is None:
            return None
        end = j + 1 + dur[1]
        if end + 1 < len(toks) and texts[end] == "-" and texts[end + 1] == "old" and not toks[end].gap:
            end += 2  # "17-year-old"
        return self.lex.duration[dur[0]], K_DURATION, end

    def _conjoined(self, w: Window, j: int) -> bool:
        """The token at j is "و" + a unit word (وعام, ودولار), which a number never takes as its unit."""
        if self.lex.lang != "ar" or j >= len(w.toks):
            return False
        t = w.texts[j]
        lex = self.lex
        return t.startswith("و") and len(t) > 2 and not any(
            t in table
            for table in (lex.percent, lex.cur_after, lex.duration, lex.percent_point, lex.measures))

    def _subunit(self, w: Window, j: int, value: Decimal, grain: int, per: int,
                 bare: bool = True) -> tuple[Decimal, int, int]:
        """"20 دولار و43 سنت", "$20 and 43c", "3 dinars 500 fils" (``per`` sub-units to the unit); a
        sub-unit left unnamed ("3 دنانير و500،") only when ``bare`` (not after a range opener)."""
        toks = w.toks
        k = j
        if k < len(toks) and (w.texts[k] in self.lex.connectors):
            k += 1
        if k >= len(toks) or not (toks[k].text.isdigit() or w.parser.word_at(k)):
            return value, grain, j
        sub = w.parser.parse(k)
        if sub is None or sub.value >= per or sub.scaled:
            return value, grain, j
        sub_grain = -(len(str(per)) - 1)
        after = w.ahead(self.lex.subunits, sub.stop)
        if after is not None:
            return value + sub.value / per, sub_grain, sub.stop + after[1]
        at_end = sub.stop >= len(toks) or w.texts[sub.stop] in (".", ",", "،", ")", ";")
        if bare and at_end and value == value.to_integral_value():
            return value + sub.value / per, sub_grain, sub.stop
        return value, grain, j

    def _leading_noun(self, w: Window, num: Numeral,
                      table: dict[str, str] | None = None) -> tuple[str, int] | None:
        """"الأشهر الستة الماضية", "الساعات الـ24 الماضية": a definite duration noun (or a noun of
        ``table``) before a definite number (a number word with its article, or digits after an article
        written apart); the noun's lexicon key and its length in tokens, the article's too."""
        nouns = self.lex.duration if table is None else table
        i = num.first
        if num.words:
            if i == 0 or not w.texts[i].startswith("ال"):
                return None
            found = w.behind(nouns, i)
            if found is None and table is None and i >= 2 and w.texts[i - 1].startswith("ال"):
                # "أيام الحداد الخمسة": the duration noun in construct with a definite noun before it
                lead = w.behind(nouns, i - 1)
                found = (lead[0], lead[1] + 1) if lead is not None else None
            return found
        if i < 2 or w.texts[i - 1] != "ال" or w.toks[i].gap != 0:
            return None
        lead = w.behind(nouns, i - 1)
        return (lead[0], lead[1] + 1) if lead is not None else None

    def _range(self, w: Window, raw: Raw, start_i: int, num: Numeral, end_j: int) -> Raw:
        """"10-20", "between 10 and 20 dollars", "من 10 إلى 20 دولار", "من عشرة لعشرين دولار"."""
        toks = w.toks
        opener = w.behind(self.lex.ranges, start_i)
        k = start_i - opener[1] if opener is not None else start_i
        # "rose by 15 to 20%", "fell by 5% to 15%": a change by an amount whose first end has no unit,
        # or a percent to a percent, is a range of the amount (of one order: "by 3 to 45" is a level)
        j = end_j
        if j >= len(toks):
            return raw
        t = w.texts[j]
        span = self._year_span(w, num, j) or self._dual_years(w, num, start_i, j)
        if span is not None:
            return replace(raw, end=w.toks[j + 1].end, kind=K_YEAR, unit="year", value=None,
                           lower=num.value, upper=span, qualifier=Q_RANGE, words_after=j + 2)
        if opener is None and t != "-" and t not in self.lex.bare_joiners:
            return raw  # without an opener, only "-" or a bare joiner may open a range (whatever by_amount)
        by_amount = opener is None and self._by_amount(w, start_i)
        by_range = by_amount and ((end_j == num.stop and raw.kind is K_COUNT) or raw.kind is K_PERCENT)
        if opener is not None:
            joiners = self.lex.ranges.get(opener[0], set())
        elif not by_range and (end_j > num.stop or raw.kind is K_MONEY) and by_amount:  # (opener is None)
            # "raised the price by $2 to $17.99", "تراجع بنحو 15.1 مليار دولار إلى 152.9 مليار دولار": an
            # amount with its own unit, then the level (but "rose by 10 to 20 percent" is a range)
            joiners = set()
        else:
            joiners = self.lex.bare_joiners  # "10 to 20 people" (not "rose 2 points to 45%")
        if t != "-" and t not in joiners and not (opener is not None and self.lex.lang == "ar" and any(
                len(jn) == 1 and t.startswith(jn) and len(t) > 1 for jn in joiners)):
            # No range follows, whatever a word of change before the opener would make of it (it leaves
            # no opener and no joiner but "-"): that walk back is spared.
            return raw
        if not by_range and self._after_change(w, k) \
                and (opener is None or self.lex.ranges.get(opener[0], set()) & self.lex.bare_joiners):
            # "rose from 14.5% to 16.5%": a before and an after (but "rose by between 10 and 20%",
            # "ارتفعت بنسبة تراوحت بين 10 و20 في المئة" is a range: between never states a before)
            if opener is not None and t in joiners:
                raw = self._before_level(w, raw, num, end_j)
            opener, joiners = None, set()
        if t == "-" or t in joiners:
            k = j + 1
            cur = w.ahead(self.lex.cur_before, k)
            if cur is not None and raw.kind is K_MONEY:
                k += cur[1]
            second = w.parser.parse(k) if k < len(toks) else None
            if second is None or (t == "-" and not num.words and second.words) \
                    or (by_range and second.value > 4 * num.value):
                return raw
            if opener is None and end_j > num.stop and t != "-" and not self._same_unit(w, raw, second.stop):
                return raw  # "500 نقطة أساس إلى 50 بالمئة", "6.8 درجة إلى 2946 قتيلا": a figure, then another
            return self._finish_range(w, raw, start_i, opener, num, second)
        if opener is not None and self.lex.lang == "ar":
            for jn in joiners:
                if len(jn) == 1 and t.startswith(jn) and len(t) > 1:
                    sub = NumeralParser(self.lex, [Tok(t[1:], toks[j].start + 1, toks[j].end, 0)]).parse(0)
                    if sub is not None:
                        second = Numeral(sub.value, sub.grain, j, j + 1, True, sub.scaled, False, sub.exp)
                        return self._finish_range(w, raw, start_i, opener, num, second)
        return raw

    def _before_level(self, w: Window, raw: Raw, num: Numeral, end_j: int) -> Raw:
        """"ارتفع من 515 إلى 685 فلسا", "rose from 1.2 to 1.5 million barrels a day": the figure before the
        level reached, written bare, takes the scale and the unit the level states (as the first end
        of a range does, _finish_range), when that leaves the two within a factor of ten ("from 500 to
        1.2 million" is no 500 million)."""
        toks = w.toks
        if raw.kind is not K_COUNT or raw.unit != "count" or end_j != num.stop or raw.value is None \
                or end_j + 1 >= len(toks):
            return raw
        k = end_j + 1
        cur = w.ahead(self.lex.cur_before, k)
        if cur is not None:
            k += cur[1]
        second = w.parser.parse(k) if k < len(toks) else None
        if second is None:
            return raw
        value, grain = raw.value, raw.grain
        if second.exp and not num.scaled:
            value, grain = value * Decimal(10) ** second.exp, grain + second.exp
        if not second.value / _LEVEL_RATIO <= value <= second.value * _LEVEL_RATIO:
            return raw
        if cur is not None:
            unit, kind = self.lex.cur_before[cur[0]], K_MONEY
        else:
            unit, kind, end = self._unit_after(w, second.stop, "count", K_COUNT)
            if end == second.stop:
                unit, kind = "count", K_COUNT
        if unit == _DEGREE:
            unit = "degree_celsius"
        unit, value, grain = self._major(unit, value, grain)  # "من 515 إلى 685 فلسا": 0.515 of a dinar
        if value == raw.value and unit == "count":
            return raw
        raw = replace(raw, value=value, grain=grain, kind=kind, unit=unit)
        raw.evidence.append(f"{'unit ' + unit if unit != 'count' else 'scale'} from the level after it")
        return raw

    def _major(self, unit: str, value: Decimal, grain: int) -> tuple[str, Decimal, int]:
        """A figure in basis points as percentage points ("75 basis points": 0.75), one in a minor unit
        alone in the major unit ("98 cents": 0.98 of a dollar; "25 فلسا": 0.025 of a dinar), its unit,
        value and grain; any other as it is."""
        if unit == "basis_point":
            return "percentage_point", value / 100, grain - 2
        if unit in _MINOR_ALONE:
            unit = _MINOR_ALONE[unit]
            minor = self.lex.minor_units.get(unit, 100)
            return unit, value / minor, grain - (len(str(minor)) - 1)
        return unit, value, grain

    def _by_amount(self, w: Window, start_i: int) -> bool:
        """The figure is the amount of a change ("by $2", "بنحو 15.1 مليار", "بـ5%"): a figure after "to"
        / "إلى" is the level reached, not the other end of a range."""
        k = start_i
        q = w.behind(self.lex.qual_before, k)
        if q is not None:
            k -= q[1]
            if self.lex.lang == "ar" and w.texts[k].startswith("ب") and not q[0].startswith("ب"):
                return True  # بنحو: ب + نحو
        return k > 0 and w.texts[k - 1] in ("by", "ب")

    def _same_unit(self, w: Window, raw: Raw, k: int) -> bool:
        """The words after a second figure (at k) name the first one's unit again ("5 km to 10 km")."""
        if raw.kind is K_MONEY:
            return w.ahead(self.lex.cur_after, k) is not None
        unit, _, end = self._unit_after(w, k, "count", K_COUNT)
        if unit == "basis_point":
            unit = "percentage_point"
        return end > k and (unit == raw.unit or (unit == _DEGREE and raw.unit in self.lex.measure_units))

    def _dual_years(self, w: Window, num: Numeral, start_i: int, j: int) -> Decimal | None:
        """"خلال عامي 2025 و2026": two years after a dual year noun are one span; the last year."""
        if not self.lex.year_duals or start_i == 0 or j + 1 >= len(w.toks) or w.texts[j] != "و" \
                or not any(f in self.lex.year_duals for f in strip_clitics(w.texts[start_i - 1])) \
                or not _bare_year(w, num):
            return None
        second = w.texts[j + 1]
        if not second.isdigit() or len(second) != 4 or not num.value < int(second) <= num.value + 10 \
                or (j + 2 < len(w.toks) and w.texts[j + 2][:1].isdigit()):
            return None
        return Decimal(second)

    def _year_span(self, w: Window, num: Numeral, j: int) -> Decimal | None:
        """"2024/2025", "2024/25", "2023-24": a fiscal or season year span; the last year."""
        toks = w.toks
        if not _bare_year(w, num) \
                or j + 1 >= len(toks) or w.texts[j] not in ("/", "-") or toks[j].gap or toks[j + 1].gap:
            return None
        second = w.texts[j + 1]
        if not second.isdigit() or (j + 2 < len(toks) and w.texts[j + 2] in ("/", "-")
                                    and not toks[j + 2].gap):
            return None
        if len(second) == 2:
            last = num.value - num.value % 100 + int(second)
            return last if last == num.value + 1 else None
        return Decimal(second) if len(second) == 4 and num.value < int(second) <= num.value + 1 else None

    def _after_change(self, w: Window, k: int) -> bool:
        """A word of change (ارتفعت, rose) shortly before the range opener at k ("rose sharply from"),
        with no range joiner between them ("rose to between 10 and 20" is still a range)."""
        change = self.lex.change
        stops = self._change_stops
        # "raising forest cover in the region from 5% to 9%": the verb, its object, then the range
        reach = _CHANGE_REACH_AR if self.lex.lang == "ar" else _CHANGE_REACH
        texts = w.texts[max(0, k - reach) : k]
        s_start = self._sentence[1]
        lo = max(s_start, self.floor)
        if k < reach and k < len(w.toks) and w.toks[0].start > lo:
            # the window cuts the clause: read the words before the opener from the sentence itself
            texts = self.tokens.words(max(lo, w.toks[k].start - _VERB_REACH_CHARS), w.toks[k].start, s_start,
                                      self._sentence_end)[0][-reach:]
        classes = _word_classes(self.lex, "after_change")
        for t in reversed(texts):
            c = classes.get(t)
            if c is None:
                # a range joiner or a clause mark ends the walk; a word of change (or a form of one
                # without proclitics) is found
                c = classes[t] = _STOP if t in stops \
                    else _FOUND if t in change or self.lex.has_form(change, t) else _NONE
            if c == _STOP:
                return False
            if c == _FOUND:
                return True
        return False

    def _finish_range(self, w: Window, raw: Raw, start_i: int, opener: tuple[str, int] | None,
                      first: Numeral, second: Numeral) -> Raw:
        lower, upper = raw.value, second.value
        if lower is None:
            return raw
        if second.exp and not first.scaled and raw.words_after <= first.stop:
            lower = lower * Decimal(10) ** second.exp  # "7-9 مليون": the scale applies to both
            # (not across a unit of the first: "بين 1500 ريال و9 آلاف" is 1,500 to 9,000)
        if raw.kind is K_MONEY and first.value > 0 and raw.value is not None and raw.value != first.value \
                and second.exp == first.exp:
            upper = upper * raw.value / first.value  # "من 5 قروش إلى 20 قرشا": both ends in the major unit
        if upper <= lower:
            return raw
        unit, kind, end = raw.unit, raw.kind, second.stop
        unit_at = raw.unit_at
        if kind is K_COUNT:
            unit_j = end
            unit, kind, end = self._unit_after(w, end, unit, kind)
            if unit == _DEGREE:
                unit = "degree_celsius"
            if unit in self.lex.measure_units and end > unit_j:
                unit_at = w.toks[unit_j].start
            # "بين 5 و20 قرشا", "between 25 and 50 basis points": both ends in the major unit
            upper = self._major(unit, upper, 0)[1]
            unit, lower, _ = self._major(unit, lower, 0)
        else:
            table = self.lex.cur_after if kind is K_MONEY else (
                self.lex.duration if kind is K_DURATION else self.lex.percent)
            hit = w.ahead(table, end)
            if hit is not None:
                end += hit[1]
        first_i = start_i - opener[1] if opener else start_i
        return replace(raw, start=w.toks[first_i].start, end=w.toks[end - 1].end, kind=kind, unit=unit,
                       value=None, lower=lower, upper=upper, qualifier=Q_RANGE,
                       grain=min(raw.grain, second.grain), words_after=end, unit_at=unit_at)

    def _qualify(self, w: Window, raw: Raw, start_i: int) -> None:
        toks = w.toks
        first_i = start_i  # the first token at or after raw.start: usually start_i itself
        if not (toks[start_i].start >= raw.start and (start_i == 0 or toks[start_i - 1].start < raw.start)):
            first_i = next((k for k, t in enumerate(toks) if t.start >= raw.start), start_i)
        if first_i > 1 and self._clitic(w.texts[first_i - 1]) and toks[first_i].gap == 0 \
                and w.texts[first_i].isdigit():
            first_i -= 1  # "نحو الـ3000", "بأكثر من الـ200": the qualifier stands before the article
        hit = w.behind(self.lex.qual_before, first_i)
        if hit is not None and raw.kind is K_DURATION and hit[0] in self.lex.spans:
            return  # "over five years": during five years, not more than five
        if hit is not None and toks[first_i - hit[1]].start < self.floor:
            hit = None  # "قتل 5 على الأقل 8 منهم": the previous figure took it as its own
        if hit is not None and hit[0] in self.lex.prepositions and w.texts[first_i] in ("a", "an") \
                and first_i + 1 < len(toks) and toks[first_i + 1].gap > 0 \
                and not w.texts[first_i + 1][:1].isalpha():
            raw.start = toks[first_i + 1].start  # "under a $7 billion loan": a preposition, no bound
            hit = None
        if hit is not None:
            q = _qualifier(self.lex.qual_before[hit[0]])
            verb = first_i - hit[1] - 1
            if hit[0] in self.lex.change_particles and verb >= 0 and w.texts[verb] in self.lex.change \
                    and (w.texts[verb].endswith("ed") or w.texts[verb] in ("rose", "grew")):
                q = Q_EXACT  # "edged up to 4.2%", "shot up to $90": where it went, no cap
            if raw.qualifier is not Q_RANGE:
                raw.qualifier = q
                if q is Q_APPROX and hit[0] in self.lex.approx_below:
                    raw.evidence.append(f"{BELOW_NOTE} ({hit[0]}): not above its value")
            raw.start = w.toks[first_i - hit[1]].start
            return
        after = w.ahead(self.lex.qual_after, raw.words_after)
        k = raw.words_after
        if after is not None and after[1] > 1 and after[0] not in self.lex.qual_before \
                and w.texts[k + after[1] - 1] in self.lex.qual_before and k + after[1] < len(toks) \
                and (w.texts[k + after[1]][:1].isdigit() or w.parser.word_at(k + after[1]) is not None):
            after = None  # "in 2024 and over 5,900 deaths": the "over" opens the next figure
        if after is None and raw.unit == "count" and raw.qualifier is Q_EXACT \
                and k + 1 < len(toks) and w.texts[k][:1].isalpha() and w.texts[k] not in self.lex.connectors \
                and not self._conjoined(w, k) and w.parser.word_at(k) is None \
                and (after := w.ahead(self.lex.qual_after, k + 1)) is not None:
            nxt = k + 1 + after[1]  # "قتل 5 أشخاص على الأقل", "30 people at least": after the noun,
            opens = w.ahead(self.lex.qual_before, k + 1)  # "3823 شهيدا وأكثر من 16 ألف جريح"
            if opens is not None and opens[1] > after[1]:
                nxt = k + 1 + opens[1]
            elif after[1] > 1 and (opens := w.ahead(self.lex.qual_before, k + after[1])) is not None:
                nxt = k + after[1] + opens[1]  # "300 dead and more than 1,000 wounded": "more than" opens
            if nxt < len(toks) and w.texts[nxt] in ("a", "an"):
                nxt += 1  # "and more than a thousand wounded"
            if nxt < len(toks) and (w.texts[nxt][:1].isdigit() or w.parser.word_at(nxt) is not None
                                    or w.ahead(self.lex.scales, nxt) is not None):
                after = None  # unless it opens the next figure ("5 people, at least 8 of them"; "وأكثر
                # من ألف جريح", a scale word alone its number)
            else:
                raw.words_after = k + 1
        if after is not None and raw.qualifier is not Q_RANGE:
            raw.qualifier = _qualifier(self.lex.qual_after[after[0]])
            raw.end = w.toks[raw.words_after + after[1] - 1].end
            raw.words_after += after[1]
        elif after is None and raw.qualifier is Q_EXACT:
            self._distant_verb(w, raw, first_i)

    def _distant_verb(self, w: Window, raw: Raw, first_i: int) -> None:
        """A verb of bound that opens the figure's clause with its subject between them ("وتجاوزت
        نسبة النجاح العامة 70 بالمئة"): the figure's qualifier, the claim's span left as it is. The
        words are read from the sentence itself, not the window, which may cut the verb's negation."""
        if not self.lex.qual_reach:
            return
        text, s_start = self._sentence
        at = w.toks[first_i].start
        lo = self.floor if self.floor > s_start else s_start
        reach = at - _VERB_REACH_CHARS if at - _VERB_REACH_CHARS > lo else lo
        texts, first = self.tokens.words(reach, at, s_start, self._sentence_end)
        # the first word may be cut short, or the verb's own first word lie before the reach (a space
        # after the previous figure cuts nothing)
        cut = bool(texts) and not text[lo:first].isspace() and first > lo
        time_words = self.lex.periods.get("in")
        if texts and time_words and raw.unit == "count" and raw.value is not None \
                and raw.value == raw.value.to_integral_value() and _year_like(raw.value) \
                and self.lex.lookback(time_words, texts, len(texts)) is not None:
            return  # "ويتجاوز الرقم القياسي المسجل في 2011": a year after "في", no object of the verb
        last_words, stops = self.lex.qual_distant_last, self.lex.qual_distant_stops
        if texts and self.lex.qual_split and self.lex.has_form(self.lex.qual_split_last, texts[-1]) \
                and self._split_verb(raw, texts, cut):
            return
        classes = _word_classes(self.lex, "distant_verb")
        last = len(texts) - 1 - self.lex.qual_reach
        for k in range(len(texts) - 1, last if last > -1 else -1, -1):
            t = texts[k]
            c = classes.get(t)
            if c is None:
                c = classes[t] = _MARK if not t[:1].isalpha() else _STOP if self.lex.has_form(stops, t) \
                    else _FOUND if self.lex.has_form(last_words, t) else _NONE
            if c == _MARK:
                return  # a mark or a digit: the clause ends
            if k == 0 and cut:
                return  # the reach is cut: the verb's own first word may lie before it
            if c == _STOP:
                return  # "تجاوز ... الحصيلة السابقة البالغة 196": the figure is the object's amount
            if c == _NONE:
                continue  # no verb of bound ends here: the lookup is spared
            hit = self.lex.lookback(self.lex.qual_before, texts, k + 1)
            if hit is not None and hit[0] in self.lex.qual_distant:
                if k - hit[1] + 1 == 0 and cut:
                    return
                raw.qualifier = _qualifier(self.lex.qual_before[hit[0]])
                raw.evidence.append(
                    f"qualifier {raw.qualifier.value} from the verb {hit[0]!r} before the subject")
                return

    def _split_verb(self, raw: Raw, texts: list[str], cut: bool) -> bool:
        """A verb of bound and its preposition right before the figure with the subject between them
        ("إذ يقل إنتاجها الفعلي حاليا عن 7.5 مليون برميل"; negated: "لا يزيد عددهم على 40"): the
        figure's qualifier. Whether one was found."""
        stops = self.lex.qual_distant_stops
        last = len(texts) - 2 - self.lex.qual_reach
        for k in range(len(texts) - 2, last if last > -1 else -1, -1):
            t = texts[k]
            if not t[:1].isalpha() or self.lex.has_form(stops, t) or (k == 0 and cut):
                return False  # the clause ends, the figure is an amount's, or the verb may be cut
            hit = self.lex.lookback(self.lex.qual_before, [*texts[: k + 1], texts[-1]], k + 2)
            if hit is not None and any(hit[0] == e or hit[0].endswith(" " + e) for e in self.lex.qual_split):
                raw.qualifier = _qualifier(self.lex.qual_before[hit[0]])
                raw.evidence.append(
                    f"qualifier {raw.qualifier.value} from the verb {hit[0]!r} before the subject")
                return True
        return False

    def _year_until(self, w: Window, num: Numeral, start_i: int, end_j: int) -> bool:
        """"حتى 2030،": a year after a word of "until" that ends its clause is the year, not a ceiling
        ("حتى 2000 زائر" stays one)."""
        hit = w.behind(self.lex.year_until, start_i)
        return hit is not None and num.plain_digits and len(w.texts[num.first]) == 4 \
            and _year_like(num.value) and (end_j >= len(w.toks) or not w.texts[end_j][:1].isalpha())

    def _is_year(self, w: Window, num: Numeral, start_i: int, end_j: int) -> bool:
        if not _bare_year(w, num):
            return False
        if w.behind(self.lex.year_words, start_i) is not None:
            return True
        nxt = w.ahead(self.lex.concepts, end_j) or w.ahead(self.lex.counted, end_j)
        if nxt is not None and self.lex.lang == "ar" and end_j < len(w.texts) \
                and w.texts[end_j][:1] in _PREPOSITION_CLITICS and w.texts[end_j] not in self.lex.concepts \
                and w.texts[end_j] not in self.lex.counted:
            return True  # "في 2023 لهجوم": a noun after a preposition is counted by no figure
        return nxt is None and not self._accusative_noun(w, end_j)

    def _accusative_noun(self, w: Window, k: int) -> bool:
        """Whether ``w.texts[k]`` is an Arabic indefinite accusative noun, the counted noun that a figure
        of eleven and more takes ("في 1954 مركزا امتحانيا") and a year never does; not an adverb of that
        form (function words, "سنويا", "يوميا": a relative adjective's ending)."""
        if self.lex.lang != "ar" or k >= len(w.texts):
            return False
        word = w.texts[k]  # (window texts are folded already)
        return len(word) >= _ACCUSATIVE_MIN and word.isalpha() and word.endswith("ا") \
            and not word.endswith(("يا", "ها")) and not word.startswith("ال") \
            and not any(f in self.lex.function_words for f in strip_clitics(word)) \
            and w.ahead(self.lex.qual_after, k) is None

    def _paren_duplicate(self, w: Window, raw: Raw) -> None:
        """"خمسة آلاف (5000)", "forty-five (45)": one claim covering both."""
        k = raw.words_after
        if k + 1 < len(w.toks) and w.texts[k] == "(":
            inner = w.parser.parse(k + 1)
            if inner is not None and inner.stop < len(w.toks) and w.texts[inner.stop] == ")" \
                    and inner.value == raw.value:
                raw.end = w.toks[inner.stop].end
                raw.words_after = inner.stop + 1

    # -- dates --------------------------------------------------------------------------------
    def _date(self, w: Window, i: int) -> Raw | None:
        return parse_date(self.lex, w.toks, w.texts, i, w)

    def _ordinal_age(self, w: Window, i: int) -> Raw | None:
        """"سن العاشرة", "دون سن الرابعة": an ordinal after a word of age is an age in years."""
        hit = w.behind(self.lex.age_before, i)
        if hit is None:
            return None
        found = w.ahead(self.lex.ordinals, i)
        forms = strip_clitics(w.texts[i])
        key = found[0] if found else next((f for f in forms if f in self.lex.ordinals), None)
        if key is None:
            return None
        return self._duration_of(w, i - hit[1], i + (found[1] if found else 1), "year",
                                 Decimal(self.lex.ordinals[key]))

    def _ordinal_word(self, w: Window, i: int) -> Raw | None:
        hit = w.ahead(self.lex.ordinals, i)
        key = hit[0] if hit else next(f for f in strip_clitics(w.texts[i]) if f in self.lex.ordinals)
        n = hit[1] if hit else 1
        if i > 0 and (phrase_key(w.texts[i - 1]) in _ORDINAL_BLOCKERS or w.parser.word_at(i - 1) is not None):
            return None  # a month name, a period ("الأشهر الستة الأولى") or a name
        if self.lex.covers(self.lex.ordinals, w.texts, i, before=True):
            return None  # the "fifth" of "the twenty-fifth", whose start was not reported
        if w.behind(self.lex.ident_before, i) is not None:
            return None  # "الفصل السابع", "المادة الثانية": a chapter or an article named by its rank
        value = Decimal(self.lex.ordinals[key])
        return Raw(w.toks[i].start, w.toks[i + n - 1].end, K_ORDINAL, "ordinal", value, value, value)


_TENS = frozenset(range(20, 100, 10))  # the tens, whose ordinal with the article is the cardinal's word

# Points (an index's, a league's) are percentage points beside a percent; a cue before the figure
# decides a bare degree's measure (degrees are otherwise Celsius), and right before it a bare figure's.
_POINT = "point"
_DEGREE = "degree"
_CUE_REACH = 4  # words between a cue and its figure
_IN_YEARS = {"century": 100, "decade": 10}  # a fraction of these is stated in years
# What a word is to a walk back over the words before a figure (_after_change, _distant_verb), per
# lexicon and walk: remembered for every word met, as the tables behind it are fixed once loaded.
_NONE, _STOP, _FOUND, _MARK = 0, 1, 2, 3
_WORD_CLASSES_MAX = 200_000  # words remembered per walk; the memo is emptied when it holds this many


def _word_classes(lex: Lexicon, walk: str) -> dict[str, int]:
    memo = lex.walks.get(walk)
    if memo is None:
        memo = lex.walks[walk] = {}
    elif len(memo) >= _WORD_CLASSES_MAX:
        memo.clear()
    return memo


_CHANGE_REACH = 7  # words between a verb of change and "from X to Y"
# Arabic puts the verb before its subject and object ("ورفعت الولايات المتحدة الرسوم الجمركية على واردات
# الصلب من 25% إلى 50%"): more words stand between.
_CHANGE_REACH_AR = 10
_OLDEST = 130  # an age above this is no age
_AGE_REACH = 14  # words back from a link word to an age noun ("age ... to 64")
_SENTENCE_STOPS = {".", ";", "؛", ":", "?", "!", "؟"}
# How many of a smaller time unit make a larger one, for compound durations.
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_UNIT_RATIO = {(a, b): Decimal(_SECONDS[a] // _SECONDS[b]) for a in _SECONDS for b in _SECONDS
               if _SECONDS[a] > _SECONDS[b]}
_UNIT_RATIO[("year", "month")] = Decimal(12)
_CLAUSE_MARKS = {",", "،", ";", "؛", ".", "(", ")"}
# After "a year", "a day": the time word dates the figure ("a year earlier"), it is no rate of its unit.
_RELATIVE_AFTER = {"earlier", "ago", "before", "later", "after", "previously"}
_OPENING_QUOTES = {"«", "“", '"', "‘"}
_CLOSING_QUOTES = {"»", "”", '"', "’"}


def _clause_mark(w: Window, k: int) -> bool:
    """A mark that ends a clause: not the point or comma inside a number ("13.7", "1,200")."""
    return w.texts[k] in _CLAUSE_MARKS and (k + 1 >= len(w.toks) or w.toks[k + 1].gap > 0)

# A minor unit stated alone is a hundredth of its major unit.
# penny: "pence" (US pennies are cents); piastre: قرش, a hundredth of the Egyptian pound or the Jordanian
# dinar (the family piastre resolves by place); fils and millime: a thousandth of a dinar (minor_units);
# us_cent: "U.S. cents", a hundredth of the US dollar; centime: سنتيم, of the dirham (MAD) or dinar (DZD).
_MINOR_NOTE = "a minor unit alone, in its major unit"
_ATTACHED_ONLY = {"p"}  # currency forms that count only written on their figure
_MINOR_ALONE = {"cent": "dollar", "penny": "GBP", "piastre": "piastre", "fils": "dinar", "millime": "dinar",
                "us_cent": "USD", "centime": "centime"}

# Words before an ordinal that make it part of a month name or a period, not a rank.
_ORDINAL_BLOCKERS = {"كانون", "تشرين", "النصف", "الربع", "نصف", "ربع", "half", "quarter", "العالميه", "war",
                     "الاشهر", "الايام", "الاسابيع", "world", "the"}


def _conversion(text: str, first: Raw, raw: Raw) -> None:
    """"about 6 billion rupees ($75 million)", "above A$50 (US$33)", "up to 114 mph (183 km/h)": an
    amount or a measure converted in parentheses right after another is bounded as the one it converts."""
    if raw.qualifier is not Q_EXACT or first.qualifier in (Q_EXACT, Q_RANGE) \
            or first.unit == raw.unit or not first.converted_by(text, raw):
        return
    raw.qualifier = first.qualifier
    raw.evidence.append(f"qualifier {raw.qualifier.value} from the amount it converts")
    _set_bounds(raw)


def _share_value(part: Decimal) -> Decimal:
    """A share as a percent, to six decimals when it does not end (a third: 33.333333)."""
    value = part * 100
    return value if value == value.quantize(Decimal("0.000001")) else value.quantize(Decimal("0.000001"))


_PREPOSITION_CLITICS = frozenset("لبك")  # an Arabic noun led by one of these is a preposition's object
_ACCUSATIVE_MIN = 4  # letters of an indefinite accusative counted noun ("مركزا"), its alif included


def _year_span_text(a: str, b: str) -> bool:
    """"2014-2020": two years in order, a span rather than a phone number."""
    return len(a) == len(b) == 4 and _FIRST_YEAR <= int(a) < int(b) <= _LAST_YEAR


_AGE_AFTER = 5  # characters after a figure in years within which "old" makes it an age ("80 years old")


def _first_token(w: Window, raw: Raw, start_i: int) -> int:
    """The index of the window's first token of the claim (its qualifier or clitic included)."""
    first = start_i
    while first > 0 and w.toks[first - 1].start >= raw.start:
        first -= 1
    return first


def _set_bounds(raw: Raw) -> None:
    v = raw.value
    q = raw.qualifier
    if raw.kind in (K_ORDINAL,):
        return
    # (Compared by identity, not looked up in a dict: an enum member's hash is a Python-level call.)
    if q is Q_APPROX:
        raw.lower, raw.upper = None, None
    elif q is Q_MORE_THAN or q is Q_AT_LEAST:
        raw.lower, raw.upper = v, None
    elif q is Q_LESS_THAN or q is Q_AT_MOST:
        raw.lower, raw.upper = None, v
    else:
        raw.lower, raw.upper = v, v


_PREV_WORD = re.compile(r"(\w+)[^\w.!?؟]{1,3}\Z")
def _sentences(text: str) -> list[tuple[int, int]]:
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text)]
    return list(zip([0, *ends], [*ends, len(text)], strict=True))


# -- public API --------------------------------------------------------------------------------
def extract_document(doc: Document, *, locale: str | None = None) -> list[Claim]:
    """Every numeric claim of ``doc``, in document order, offsets into ``doc.text``."""
    loc = locale or (doc.meta.get("locale") if isinstance(doc.meta.get("locale"), str) else None)
    fc = doc.meta.get("factcheck")
    if isinstance(fc, dict) and isinstance(fc.get("locale"), str):
        loc = fc["locale"]
    lang = doc.lang if doc.lang in ("ar", "en") else "en"
    folded = fold(doc.prose)
    ex = Extractor(lang)
    ex.source = (doc.prose, folded)
    raws, bounds = ex.raw_claims(folded.text)
    if not raws:
        return []
    paired_years(ex.lex, folded.text, raws)
    assign_context(ex.lex, folded.text, raws, bounds, doc.published, _quoter(doc, folded), doc.title,
                   ex.tokens)
    _currencies(ex.sc, folded.text, bounds, raws, loc, doc.published)
    for raw in raws:  # "ليرة تركية" in 1976: the lira of then, TRL
        if raw.kind is K_MONEY and raw.unit.isupper():
            raw.unit = code_then(raw.unit, doc.published)
    _measured_counts(raws)
    return _to_claims(doc, folded, raws, lang)


def _measured_counts(raws: list[Raw]) -> None:
    """A figure in a measure unit drops a concept that counts people or events (units.yaml
    counted_concepts), which its clause lent it: "was at about 4,200 metres when it was hit" is an
    altitude, no count of the injured; and a count of a noun of its own one that only a measure states
    (measure_concepts: "بـ5 آلاف جندي" of "قوة الأمم المتحدة" is no magnitude)."""
    measures, counted, measured = measure_units(), counted_concepts(), measure_concepts()
    for raw in raws:
        if raw.concept is not None and raw.unit in measures and counted.issuperset(raw.concept.split("+")):
            raw.drop_concept()
        elif raw.concept in measured and raw.counted is not None and raw.unit not in measures:
            raw.drop_concept()  # "بـ5 آلاف جندي" of the UN force: troops, no magnitude


def _currencies(sc: Scanner, text: str, bounds: list[tuple[int, int]], raws: list[Raw],
                locale: str | None, published: dt.date | None = None) -> None:
    """Money stated by its family word alone gets the ISO code the places in scope (its own, its
    sentence's adjectives of nationality, then the article's; on the article's date), the locale or the
    dollar's default give it (factcheck.currency), with the reason in its evidence."""
    if not any(raw.kind is K_MONEY and raw.unit.islower() for raw in raws):
        return
    starts = [b[0] for b in bounds]
    found = _demonyms(sc, text)  # (offset, country), in text order
    at = [f[0] for f in found]
    article: list[str] = []
    stated: list[str] = []  # ... of those, the places a figure's own sentence names
    for raw in raws:
        article.extend(p for p in raw.place if p not in article)
        if not from_default(raw.evidence, "place"):
            stated.extend(p for p in raw.place if p not in stated)
    article.extend(p for _, p in found if p not in article)
    stated.extend(p for _, p in found if p not in stated)
    written_before: set[str] = set()  # the codes written out so far, in text order
    for n, raw in enumerate(raws):
        if raw.kind is K_MONEY and not raw.unit.islower():
            written_before.add(raw.unit)  # (a family word turns into a code only at its own turn below)
        elif raw.kind is K_MONEY:
            lo, hi = bounds[bisect_right(starts, raw.start) - 1]
            # A bare "$" is the U.S. dollar in English wire style, which writes others A$, S$, C$: only
            # a place its own sentence names may make it another dollar, not one the figure inherits
            # from the lead or one named elsewhere in the article.
            sign = sc.lex.lang == "en" and raw.unit == "dollar" and "$" in text[raw.start : raw.end]
            # "دولار" alone in Arabic news is another dollar only by a place a sentence of the article
            # names (دولار كندي، دولار هونغ كونغ are written out): a place the figure took from the
            # headline alone does not make it Hong Kong's
            usd = sc.lex.lang == "ar" and raw.unit == "dollar"
            own = [] if (sign or (usd and from_default(raw.evidence, "place"))) and (
                sc.places is None or sc.places.search(text, lo, hi) is None) else list(raw.place)
            if sign and n and _converts_other_dollar(text, raws[n - 1], raw):
                # "A$23.23 ($15.30)": a bare "$" converting another dollar is the U.S. dollar
                raw.unit = DEFAULT_DOLLAR
                raw.evidence.append(f"dollar -> {DEFAULT_DOLLAR}: the conversion of {raws[n - 1].unit}")
                continue
            in_sentence = found[bisect_right(at, lo - 1) : bisect_right(at, hi - 1)]
            own.extend(p for _, p in in_sentence if p not in own)
            if _MINOR_NOTE in raw.evidence and _minor_of_earlier(sc, text, raws, n, lo):
                continue
            named = written_before & currency_families().get(raw.unit, frozenset())
            code = named.pop() if len(named) == 1 and not sign else None
            if code is not None and not in_sentence and from_default(raw.evidence, "place"):
                own = []  # places the figure took from the lead: the article's, after the one it named
            got = resolve_currency(raw.unit, own, () if sign else stated if usd else article, locale,
                                   sc.lex.cur_defaults,
                                   published, code)
            if got is not None:
                raw.unit = got[0]
                raw.evidence.append(got[1])


def _converts_other_dollar(text: str, first: Raw, raw: Raw) -> bool:
    """Whether ``raw`` stands in parentheses right after an amount in a dollar other than the U.S.
    one, written with its own code ("A$23.23 ($15.30)", "C$1.2 billion ($880 million)")."""
    return first.kind is K_MONEY and first.unit != DEFAULT_DOLLAR \
        and first.unit in currency_families().get("dollar", frozenset()) \
        and first.converted_by(text, raw)


def _minor_of_earlier(sc: Scanner, text: str, raws: list[Raw], n: int, s_start: int) -> bool:
    """"7.23 euros, 11 cents higher": a minor unit alone is of the currency of the nearest earlier
    amount of its sentence when that currency divides the same way and no place is named between
    them ("1,180 euros, while U.S. ethylene settled at 27 cents" stays a dollar's)."""
    minor = sc.lex.minor_units
    raw = raws[n]
    for prev in (raws[k] for k in range(n - 1, -1, -1)):
        if prev.end <= s_start:
            return False
        if prev.kind is K_MONEY and _MINOR_NOTE not in prev.evidence:
            between = text[prev.end : raw.start]
            if any(rx is not None and rx.search(between) for rx in (sc.places, sc.demonyms)):
                return False
            if prev.unit.isupper() and minor.get(prev.unit, 100) == minor.get(raw.unit, 100):
                raw.evidence.append(f"currency {prev.unit} of the amount before it")
                raw.unit = prev.unit
                return True
            return False
    return False


def _demonyms(sc: Scanner, text: str) -> list[tuple[int, str]]:
    """Where adjectives of nationality stand in the text, and the country each names ("الكويتية")."""
    out: list[tuple[int, str]] = []
    if sc.demonyms is None:
        return out
    table = sc.lex.demonyms
    for m in sc.demonyms.finditer(text):
        word = m.group()
        for form in strip_clitics(word):
            place = table.get(form)
            if place is not None:
                break
        else:
            place = table.get(phrase_key(word))  # "u.s." is stored "u . s ."
        if place is not None:
            out.append((m.start(), place))
    return out


def _quoter(doc: Document, folded: Folded) -> Callable[[int, int], str]:
    """The article's own words for a folded span (markup blanked, white space collapsed)."""

    def quote(start: int, end: int) -> str:
        return " ".join(doc.prose[folded.orig(start) : folded.orig_end(end)].split())

    return quote


# The claims are built from fields the extractor has already typed (its Raw, mypy-checked, and the
# offsets computed here), the way pydantic's model_construct builds a model: the instance's __dict__ in
# the order of the model's fields, every field in model_fields_set, no extra and no private values.
# Validation (TypeAdapter(list[Claim]).validate_python) gave the same instances and cost 3 us a claim;
# tests/test_extract.py checks that validating the fields gives back an equal claim.
_CLAIM_FIELDS = tuple(Claim.model_fields)
_set_attribute = object.__setattr__


def _claim(fields: dict[str, Any]) -> Claim:
    """A Claim of ``fields`` (every field, in the model's order, of the model's types), unvalidated."""
    claim = Claim.__new__(Claim)
    _set_attribute(claim, "__dict__", fields)
    _set_attribute(claim, "__pydantic_fields_set__", set(_CLAIM_FIELDS))
    _set_attribute(claim, "__pydantic_extra__", None)
    _set_attribute(claim, "__pydantic_private__", None)
    return claim


def _to_claims(doc: Document, folded: Folded, raws: list[Raw], lang: str) -> list[Claim]:
    text, prose = doc.text, doc.prose  # (read once: a pydantic model's attribute is a slow read)
    line_starts = _line_starts(text)
    claims: list[Claim] = []
    for raw in raws:
        start, end = folded.orig(raw.start), _with_marks(text, folded.orig_end(raw.end))
        start, end = widen_to_references(text, prose, start, end)  # "&#1633;&#1638;" whole
        line = bisect_right(line_starts, start)
        column = start - line_starts[line - 1] + 1
        # (a bound that is the value itself, as _set_bounds leaves it, is cleaned once)
        value = _clean(raw.value)
        lower = value if raw.lower is raw.value else _clean(raw.lower)
        upper = value if raw.upper is raw.value else lower if raw.upper is raw.lower else _clean(raw.upper)
        claims.append(_claim({
            "id": f"L{line}C{column}", "kind": raw.kind, "text": text[start:end], "start": start,
            "end": end, "line": line, "column": column, "value": None if raw.kind is K_DATE else value,
            "lower": lower, "upper": upper, "qualifier": raw.qualifier, "unit": raw.unit,
            "concept": raw.concept, "counted": raw.counted, "period": raw.period,
            "place": raw.place, "grain": raw.grain, "date": raw.date, "weekday": raw.weekday, "lang": lang,
            "evidence": tuple(raw.evidence),
        }))
    return claims


def _with_marks(text: str, end: int) -> int:
    """Extend a span end over the combining marks and the tatweel of its last letter (ثمانٍ keeps its
    tanween, 1445هـ its tatweel)."""
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == "\u0640"):
        end += 1
    return end


_ONE = Decimal(1)
_WIDE = Context(prec=120)


def _clean(v: Decimal | None) -> Decimal | None:
    """Drop a fractional zero tail that scaling left behind (1.5 * 10^6 -> 1500000)."""
    if v is None:
        return None
    if v != v.to_integral_value():
        return v.normalize()
    # Integral: all its digits, in a context wide enough for any figure the parser builds (24 digits
    # and scale words: "10000000000000000000billion" has 29), and beyond that as it is.
    return v.quantize(_ONE, context=_WIDE) if v.adjusted() < _WIDE.prec else v


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def detect_lang(text: str) -> str:
    """"ar" when Arabic letters make up more than 30% of the letters, else "en" (the same rule that
    reads an article without a declared language)."""
    return detect_language(text)


def extract_text(text: str, lang: str | None = None, *, published: dt.date | None = None,
                 path: str = "<text>", locale: str | None = None) -> list[Claim]:
    """Claims of a plain text (all of it prose)."""
    doc = Document(path=path, text=text, prose=text, lang=lang or detect_lang(text), published=published)
    return extract_document(doc, locale=locale)


def describe(phrase: str, lang: str | None = None) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Concept, counted and places of a short phrase (a reference fact's ``what``)."""
    from factcheck.context import describe_phrase

    return describe_phrase(load_lexicon(lang or detect_lang(phrase)), phrase)
