"""Fill sentence templates with random figures written in every form news text uses.

One ``Filler`` per article: it keeps the article's preferred digit script (Western, Arabic-Indic or
Persian, with an occasional switch, as real outlets mix them) and counts the figures it writes, so the
article builder can hold the density of numbers at a realistic level.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

import _lang_ar as AR
import _lang_en as EN
from _numwords import arabic_words, english_words, grouped, in_script

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
PLAIN_SLOTS = {"place", "city", "org", "headline"}
WORD_SLOTS = {"say", "speaker", "org_cap"}  # filled with words, never a figure
# the largest plausible count of each counted thing; scale words appear only above 20,000
NOUN_CAPS = {"attack": 2_000, "operation": 3_000, "school": 4_000, "village": 600, "truck": 3_000,
             "drone": 400, "country": 120, "project": 1_500, "soldier": 60_000, "fighter": 40_000,
             "member": 20_000, "detainee": 20_000, "house": 90_000, "family": 400_000,
             "patient": 900_000, "person": 5_000_000, "refugee": 5_000_000, "barrel": 4_000_000,
             "ton": 2_000_000, "job": 500_000, "student": 900_000, "civilian": 90_000, "child": 900_000}


def magnitude(rng: random.Random, low: int = 3, high: int = 250_000) -> int:
    """A count between low and high spread evenly over orders of magnitude, as figures in news are."""
    return round(10 ** rng.uniform(math.log10(low), math.log10(high)))


def decimal_text(rng: random.Random) -> str:
    whole = rng.choice((1, 1, 2, 2, 3, 4, 5, 7, 12, 15, 20, 45, 150, 300, 750))
    return f"{whole}.{rng.randint(1, 9)}" if rng.random() < 0.45 else str(whole)


class Filler:
    """Renders the slots of one language's templates; ``figures`` counts the numbers written so far."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.data = AR if lang == "ar" else EN
        self.script = "latin" if lang == "en" else rng.choices(("latin", "arabic", "persian"), (70, 26, 4))[0]
        self.figures = 0
        self._slots: dict[str, Callable[[str | None], str]] = (
            _ArSlots(self).table() if lang == "ar" else _EnSlots(self).table())

    def fill(self, template: str) -> str:
        """The template with every slot replaced."""
        return SLOT.sub(self._one, template)

    def _one(self, match: re.Match[str]) -> str:
        name, arg = match.group(1), match.group(2)
        if name not in PLAIN_SLOTS | WORD_SLOTS:
            self.figures += 1
        if name in PLAIN_SLOTS:
            pool: tuple[str, ...] = {"place": self.data.PLACES, "city": self.data.CITIES,
                                     "org": self.data.ORGS, "headline": self.data.HEADLINES}[name]
            return self.rng.choice(pool)
        return self._slots[name](arg)

    def digits(self, text: str) -> str:
        """Western digits in this article's script (now and then in the other one)."""
        if self.lang == "en":
            return text
        script = self.script if self.rng.random() < 0.88 else self.rng.choice(("latin", "arabic"))
        return in_script(text, script)

    def number(self, n: int) -> str:
        return self.digits(grouped(str(n)) if n >= 1000 and self.rng.random() < 0.6 else str(n))

    def scaled(self, n: int, million: str, thousand: str) -> str:
        """n written with a scale word, at the precision news uses ("1.2 مليون", "340 ألف")."""
        if n >= 1_000_000:
            return f"{self.digits(str(round(n / 1_000_000, 1)).removesuffix('.0'))} {million}"
        return f"{self.digits(str(round(n / 1000)))} {thousand}"

    def maybe(self, probability: float) -> bool:
        return self.rng.random() < probability


class _ArSlots:
    def __init__(self, f: Filler) -> None:
        self.f, self.rng = f, f.rng

    def table(self) -> dict[str, Callable[[str | None], str]]:
        return {"count": self.count, "range": self.range_, "money": self.money, "pct": self.pct,
                "date": self.date, "month": self.month, "year": self.year, "year_plain": self.year_plain,
                "ordf": self.ordf, "ordm": self.ordm, "dur": self.dur, "dur_plain": self.dur_plain,
                "say": self.say}

    def _qualified(self, text: str, probability: float = 0.3) -> str:
        return f"{self.rng.choice(AR.QUALIFIERS)} {text}" if self.f.maybe(probability) else text

    @staticmethod
    def noun_form(n: int, noun: str) -> str:
        singular, plural, accusative = AR.NOUNS[noun]
        rest = n % 100
        if rest == 0 or rest in (1, 2):
            return singular
        return plural if rest <= 10 else accusative

    def count(self, noun: str | None) -> str:
        assert noun is not None
        n = magnitude(self.rng, 3, NOUN_CAPS.get(noun, 250_000))
        if n >= 20_000 and self.f.maybe(0.5):
            scaled = self.f.scaled(n, AR.SCALES[6][0], AR.SCALES[3][0])
            return self._qualified(f"{scaled} {AR.NOUNS[noun][0]}")
        if (n <= 99 or (n < 1000 and n % 100 == 0)) and self.f.maybe(0.35):
            return self._qualified(f"{arabic_words(n, oblique=self.f.maybe(0.5))} {self.noun_form(n, noun)}")
        return self._qualified(f"{self.f.number(n)} {self.noun_form(n, noun)}")

    def range_(self, noun: str | None) -> str:
        assert noun is not None
        low = magnitude(self.rng, 10, NOUN_CAPS.get(noun, 250_000) // 2)
        high = low + magnitude(self.rng, 5, low)
        form = self.rng.choice(AR.RANGE_FORMS)
        return form.format(a=self.f.number(low), b=self.f.number(high)) + f" {self.noun_form(high, noun)}"

    def money(self, _: str | None) -> str:
        currency, roll = self.rng.choice(AR.CURRENCIES), self.rng.random()
        exponent = self.rng.choice((3, 6, 6, 9, 9))
        singular, plural, dual = AR.SCALES[exponent]
        if roll < 0.5:
            amount = str(self.rng.randint(10, 900)) if exponent == 3 else decimal_text(self.rng)
            scale = plural if amount.isdigit() and 3 <= int(amount) <= 10 else singular
            text = f"{self.f.digits(amount)} {scale} {currency}"
        elif roll < 0.7:
            n = self.rng.randint(1, 10)
            words = {1: singular, 2: dual}.get(n) or f"{arabic_words(n)} {plural}"
            text = f"{words} {currency}"
        elif roll < 0.9:
            text = f"{self.f.number(magnitude(self.rng, 50, 900_000))} {currency}"
        else:
            low = self.rng.randint(2, 40)
            form = self.rng.choice(AR.RANGE_FORMS)
            bounds = form.format(a=self.f.digits(str(low)), b=self.f.digits(str(low + 5)))
            return f"{bounds} {singular} {currency}"
        return self._qualified(text)

    def pct(self, _: str | None) -> str:
        if self.f.maybe(0.12):
            n = self.rng.randint(3, 99)
            return self._qualified(f"{arabic_words(n, oblique=True)} في المئة", 0.2)
        value = f"{self.rng.randint(1, 95)}" + (f".{self.rng.randint(1, 9)}" if self.f.maybe(0.4) else "")
        form = self.rng.choice(AR.PERCENT_FORMS)
        return self._qualified(self.f.digits(form.format(n=value)), 0.2)

    def _month_name(self, month: int) -> str:
        style = self.rng.random()
        if style < 0.55:
            return AR.MONTHS_EG[month - 1]
        if style < 0.8:
            return AR.MONTHS_LEV[month - 1]
        return f"{AR.MONTHS_LEV[month - 1]}/{AR.MONTHS_EG[month - 1]}"

    def date(self, _: str | None) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2019, 2025)
        roll = self.rng.random()
        if roll < 0.5:
            return f"{self.f.digits(str(day))} {self._month_name(month)} {self.f.digits(str(year))}"
        if roll < 0.75:
            return f"{self.rng.choice(AR.WEEKDAYS)} {self.f.digits(str(day))} {self._month_name(month)}"
        if roll < 0.9:
            return f"{self.f.digits(str(day))} {self._month_name(month)} الماضي"
        return self.f.digits(f"{day}/{month}/{year}")

    def month(self, _: str | None) -> str:
        month = self.rng.randint(1, 12)
        if self.f.maybe(0.3):
            return f"{self._month_name(month)} الماضي"
        return f"{self._month_name(month)} {self.f.digits(str(self.rng.randint(2019, 2025)))}"

    def year(self, _: str | None) -> str:
        return self.rng.choice(AR.YEAR_FORMS).format(y=self.year_plain(None))

    def year_plain(self, _: str | None) -> str:
        return self.f.digits(str(self.rng.randint(1990, 2025)))

    def _ordinal(self, words: tuple[str, ...]) -> str:
        if self.f.maybe(0.7):
            return self.rng.choice(words[1:])
        return f"الـ{self.f.digits(str(self.rng.randint(11, 60)))}"

    def ordf(self, _: str | None) -> str:
        return self._ordinal(AR.ORDINALS_F)

    def ordm(self, _: str | None) -> str:
        return self._ordinal(AR.ORDINALS)

    def dur_plain(self, _: str | None) -> str:
        _, plural, accusative, dual = self.rng.choice(AR.DURATION_UNITS)
        n = self.rng.choice((2, 2, 3, 4, 5, 6, 7, 10, 12, 15, 18, 24, 30, 48))
        if n == 2:
            return dual
        if n <= 10:
            if self.f.maybe(0.5):
                return f"{arabic_words(n)} {plural}"
            return f"{self.f.digits(str(n))} {plural}"
        return f"{self.f.digits(str(n))} {accusative}"

    def dur(self, _: str | None) -> str:
        return self.rng.choice(AR.DURATION_FORMS).format(d=self.dur_plain(None))

    def say(self, _: str | None) -> str:
        speaker, gender = self.rng.choice(AR.SPEAKERS)
        masculine, feminine, that = self.rng.choice(AR.SAY_VERBS)
        verb = masculine if gender == "m" else feminine
        return f"{'و' if self.f.maybe(0.5) else ''}{verb} {speaker} {that}"


class _EnSlots:
    def __init__(self, f: Filler) -> None:
        self.f, self.rng = f, f.rng

    def table(self) -> dict[str, Callable[[str | None], str]]:
        return {"count": self.count, "count_cap": self.count_cap, "range": self.range_, "money": self.money,
                "pct": self.pct, "date": self.date, "month": self.month, "year": self.year,
                "year_plain": self.year_plain, "ord": self.ord, "dur": self.dur, "speaker": self.speaker,
                "org_cap": self.org_cap}

    def _qualified(self, text: str, probability: float = 0.3) -> str:
        return f"{self.rng.choice(EN.QUALIFIERS)} {text}" if self.f.maybe(probability) else text

    def count(self, noun: str | None) -> str:
        assert noun is not None
        n = magnitude(self.rng, 3, NOUN_CAPS.get(noun, 250_000))
        singular, plural = EN.NOUNS[noun]
        if n >= 20_000 and self.f.maybe(0.5):
            return self._qualified(f"{self.f.scaled(n, 'million', 'thousand')} {plural}")
        if n < 100 and self.f.maybe(0.3):
            return self._qualified(f"{english_words(n)} {plural}")
        return self._qualified(f"{self.f.number(n)} {plural if n != 1 else singular}")

    def count_cap(self, noun: str | None) -> str:
        text = self.count(noun)
        return text[0].upper() + text[1:]

    def range_(self, noun: str | None) -> str:
        assert noun is not None
        low = magnitude(self.rng, 10, NOUN_CAPS.get(noun, 250_000) // 2)
        high = low + magnitude(self.rng, 5, low)
        return (self.rng.choice(EN.RANGE_FORMS).format(a=self.f.number(low), b=self.f.number(high))
                + f" {EN.NOUNS[noun][1]}")

    def money(self, _: str | None) -> str:
        symbol, place = self.rng.choice(EN.CURRENCIES)
        scale = self.rng.choice(("", "thousand", "million", "million", "billion", "billion"))
        amount = decimal_text(self.rng) if scale else grouped(str(magnitude(self.rng, 50, 900_000)))
        figure = self.f.digits(amount) + (f" {scale}" if scale else "")
        if place == "prefix":
            joiner = " " if symbol.isalpha() and len(symbol) == 3 else ""
            return self._qualified(f"{symbol}{joiner}{figure}")
        return self._qualified(f"{figure} {symbol}")

    def pct(self, _: str | None) -> str:
        value = f"{self.rng.randint(1, 95)}" + (f".{self.rng.randint(1, 9)}" if self.f.maybe(0.4) else "")
        return self._qualified(self.f.digits(self.rng.choice(EN.PERCENT_FORMS).format(n=value)), 0.2)

    def date(self, _: str | None) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.choice(EN.MONTHS), self.rng.randint(2019, 2025)
        roll = self.rng.random()
        if roll < 0.4:
            return f"{month} {self.f.digits(str(day))}, {self.f.digits(str(year))}"
        if roll < 0.7:
            return f"{self.f.digits(str(day))} {month} {self.f.digits(str(year))}"
        return f"{self.rng.choice(EN.WEEKDAYS)}, {month} {self.f.digits(str(day))}"

    def month(self, _: str | None) -> str:
        return f"{self.rng.choice(EN.MONTHS)} {self.f.digits(str(self.rng.randint(2019, 2025)))}"

    def year(self, _: str | None) -> str:
        return self.rng.choice(EN.YEAR_FORMS).format(y=self.year_plain(None))

    def year_plain(self, _: str | None) -> str:
        return self.f.digits(str(self.rng.randint(1990, 2025)))

    def ord(self, _: str | None) -> str:
        return self.rng.choice(EN.ORDINALS[1:])

    def dur(self, _: str | None) -> str:
        _, plural = self.rng.choice(EN.DURATION_UNITS)
        n = self.rng.choice((2, 3, 4, 6, 10, 12, 18, 24, 48))
        words = english_words(n) if n <= 12 and self.f.maybe(0.5) else None
        text = f"{words or self.f.digits(str(n))} {plural}"
        return self.rng.choice(EN.DURATION_FORMS).format(d=text)

    def speaker(self, _: str | None) -> str:
        return self.rng.choice(EN.SPEAKERS)[0]

    def org_cap(self, _: str | None) -> str:
        org = self.rng.choice(EN.ORGS)
        return org[0].upper() + org[1:]
