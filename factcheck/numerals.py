"""Numerals: digits in every script and number words, composed with scale words.

Works on a window of folded tokens. A parse keeps the value (Decimal) and the grain: the power of ten
of the last stated digit ("2.5 million" -> 5), so comparisons can honour the stated precision.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from factcheck.lexicon import Lexicon, strip_clitics

MAX_DIGITS = 24  # longer digit runs are identifiers or noise, never figures
# The tokens that may join digits into one number (thousands groups, a decimal point or comma).
_DIGIT_JOINERS = frozenset({",", "\u202f", "'", "."})


class Tok:
    """One token of a parse window: its text, offsets and the gap before it (0 = attached).

    A plain class, not a dataclass: hundreds of thousands are made, and an explicit ``__init__`` is
    compiled by mypyc in the compiled build (a dataclass's generated one stays interpreted).
    """

    __slots__ = ("end", "gap", "start", "text")

    def __init__(self, text: str, start: int, end: int, gap: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.gap = gap

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end}, {self.gap})"


class Numeral:
    """A parsed number over tokens [first, stop) (a plain class for the reason given on Tok)."""

    __slots__ = ("exp", "first", "grain", "plain_digits", "scaled", "stop", "value", "words")

    def __init__(self, value: Decimal, grain: int, first: int, stop: int, words: bool, scaled: bool,
                 plain_digits: bool, exp: int = 0) -> None:
        self.value = value
        self.grain = grain
        self.first = first  # index of the first token
        self.stop = stop  # index after the last token
        self.words = words  # written with number words
        self.scaled = scaled  # a scale word was applied
        self.plain_digits = plain_digits  # digits only, no separator, no decimal point
        self.exp = exp  # the power of ten that scale words applied

    def __repr__(self) -> str:
        return (f"Numeral({self.value!r}, grain={self.grain}, tokens={self.first}..{self.stop}, "
                f"words={self.words}, scaled={self.scaled}, plain={self.plain_digits}, exp={self.exp})")


def digit_grain(text: str) -> int:
    """Power of ten of the last stated digit of a digit string ("2.50" -> -2, "196" -> 0)."""
    _, dot, frac = text.partition(".")
    return -len(frac) if dot else 0


def _to_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


class NumeralParser:
    """Parses one numeral expression starting at a token index."""

    def __init__(self, lex: Lexicon, toks: list[Tok], texts: list[str] | None = None) -> None:
        self.lex = lex
        self.toks = toks
        self.texts = [t.text for t in toks] if texts is None else texts  # the tokens' texts, when known

    # -- digits ---------------------------------------------------------------------------------
    def digits(self, i: int) -> tuple[str, int] | None:
        """A digit number at token i: (canonical string, index after it), separators decided by context."""
        toks = self.toks
        first = toks[i].text
        if len(first) > MAX_DIGITS:
            return None
        j = i + 1
        if j >= len(toks) or toks[j].text not in _DIGIT_JOINERS:
            return first, j  # no separator, decimal point or comma follows: the digits alone
        parts = [first]
        grouped = False
        # Thousands groups: 1,234,567 / 1 234 567 / 1.234.567 (dots only with two or more groups).
        for sep in (",", "\u202f", "'"):
            k = j
            while (k + 1 < len(toks) and toks[k].text == sep and toks[k].gap == 0 and toks[k + 1].gap == 0
                   and len(toks[k + 1].text) == 3 and toks[k + 1].text.isdigit() and len(first) <= 3):
                k += 2
            if k > j:
                parts += [toks[m].text for m in range(j + 1, k, 2)]
                j = k
                grouped = True
                break
        if not grouped and len(first) <= 3:
            k = j
            while (k + 1 < len(toks) and toks[k].text == "." and toks[k].gap == 0 and toks[k + 1].gap == 0
                   and len(toks[k + 1].text) == 3 and toks[k + 1].text.isdigit()):
                k += 2
            digit_follows = k + 1 < len(toks) and toks[k + 1].text.isdigit() and toks[k + 1].gap == 0
            if (k - j) // 2 >= 2 and not digit_follows:
                parts += [toks[m].text for m in range(j + 1, k, 2)]
                j = k
        whole = "".join(parts)
        if len(whole) > MAX_DIGITS:
            return None
        # Decimal part: "." then digits, attached on both sides (a sentence-final stop is not one).
        if (j + 1 < len(toks) and toks[j].text == "." and toks[j].gap == 0 and toks[j + 1].gap == 0
                and toks[j + 1].text.isdigit()):
            return f"{whole}.{toks[j + 1].text}", j + 2
        # Decimal comma ("2,5 مليار", "79,5 في المئة", "1507,5 ليرات"): only when one or two digits
        # follow and a scale word, a percent, a currency or a measure comes next (no thousands group is
        # that short).
        if (j + 1 < len(toks) and toks[j].text == "," and toks[j].gap == 0 and toks[j + 1].gap == 0
                and toks[j + 1].text.isdigit() and len(toks[j + 1].text) <= 2 and not grouped
                and j + 2 < len(toks) and self._unit_word_at(j + 2)):
            return f"{whole}.{toks[j + 1].text}", j + 2
        return whole, j

    def _unit_word_at(self, i: int) -> bool:
        """Whether a scale word, a percent, a currency or a measure stands at token i."""
        lex, texts = self.lex, self.texts
        return self.scale_at(i) is not None or any(
            lex.lookup(table, texts, i) is not None for table in (lex.percent, lex.cur_after, lex.measures))

    # -- words ----------------------------------------------------------------------------------
    def word_at(self, i: int) -> tuple[str, bool, int] | None:
        """The number word (or phrase) at token i: (key, joined by a clitic و, tokens used)."""
        if i >= len(self.toks):
            return None
        hit = self.lex.lookup(self.lex.numbers, self.texts, i)
        if hit is not None:
            text = self.toks[i].text
            return hit[0], hit[1] == 1 and hit[0] != text and text.startswith("و"), hit[1]
        return None

    def scale_at(self, i: int) -> tuple[int, str, int] | None:
        """A scale word at token i: (exponent, form, tokens used)."""
        hit = self.lex.lookup(self.lex.scales, self.texts, i) if i < len(self.toks) else None
        if hit is None:
            return None
        s = self.lex.scales[hit[0]]
        return s.exponent, s.form, hit[1]

    def parse(self, i: int) -> Numeral | None:
        """The longest numeral expression starting at token i."""
        toks = self.toks
        if i >= len(toks):
            return None
        tok = toks[i]
        if tok.text.isdigit() or (tok.text == "." and i + 1 < len(toks) and toks[i + 1].text.isdigit()
                                  and toks[i + 1].gap == 0):
            num = self._parse_digits(i)
        else:
            num = self._parse_words(i)
        return self.fraction_tail(num) if num is not None else None

    def and_fraction(self, j: int) -> tuple[Decimal, int] | None:
        """A fraction joined by a connector at token j ("ونصف", "و نصف", "and a half"): the fraction
        and the index after it; not when it is a fraction of something ("and a third of the budget",
        "ونصف الميزانية")."""
        lex, texts = self.lex, self.texts
        if j >= len(texts):
            return None
        t = texts[j]
        if t in lex.connectors:
            hit = lex.lookup(lex.fractions, texts, j + 1) if j + 1 < len(texts) else None
            frac, k = (lex.fractions[hit[0]], j + 1 + hit[1]) if hit is not None else (None, j)
        elif lex.lang == "ar" and t[:1] in lex.connectors and t[1:] in lex.fractions:
            frac, k = lex.fractions[t[1:]], j + 1
        else:
            return None
        if frac is None or texts[k - 1] in ("a", "an", "of"):
            return None  # "half a", "quarter of a": the fraction of a following noun
        if k < len(texts) and (texts[k] in ("of", "the", "من") or (texts[k].startswith("ال") and not any(
                f in lex.scales or f in lex.duration for f in strip_clitics(texts[k])))):
            return None  # "ونصف الميزانية": half of the budget (but "ونصف المليون", "ونصف الساعة")
        return frac, k

    def fraction_tail(self, num: Numeral) -> Numeral:
        """A number with "and a half" after it: "مليون ونصف [المليون]" (1.5 million), "a million and a
        half", "two and a half million", "three and a half" (3.5)."""
        got = self.and_fraction(num.stop)
        if got is None:
            return num
        frac, k = got
        grain = stated_grain(frac)
        if num.scaled:
            sc = self.scale_at(k)
            if sc is not None:
                if sc[0] != num.exp:
                    return num  # "مليون ونصف ألف": not one figure
                k += sc[2]
            return Numeral(num.value + frac * Decimal(10) ** num.exp, min(num.grain, num.exp + grain),
                           num.first, k, num.words, True, False, num.exp)
        return self.scale_tail(num.value + frac, min(num.grain, grain), num.first, k, words=num.words,
                               plain=False)

    def _parse_digits(self, i: int) -> Numeral | None:
        toks = self.toks
        if toks[i].text == ".":
            dec = _to_decimal("0." + toks[i + 1].text)
            text, j = "0." + toks[i + 1].text, i + 2
        else:
            got = self.digits(i)
            if got is None:
                return None
            text, j = got
            dec = _to_decimal(text)
        if dec is None:
            return None
        plain = j == i + 1
        grain = digit_grain(text)
        # "1 فاصلة 5", "1 point 1"
        if j + 1 < len(toks) and toks[j].text in self.lex.decimal_point and toks[j + 1].text.isdigit():
            frac = toks[j + 1].text
            dec = Decimal(f"{text}.{frac}")
            grain, j, plain = -len(frac), j + 2, False
        # A fraction written with a slash: 3/4 (a date has a second slash and is read elsewhere).
        if (j + 1 < len(toks) and toks[j].text == "/" and toks[j].gap == 0 and toks[j + 1].gap == 0
                and toks[j + 1].text.isdigit() and plain and len(text) <= 3
                and not (j + 2 < len(toks) and toks[j + 2].text == "/")):
            den = Decimal(toks[j + 1].text)
            if den != 0 and len(toks[j + 1].text) <= 4:
                q = dec / den
                return Numeral(q, _fraction_grain(q), i, j + 2, False, False, False)
        return self.scale_tail(dec, grain, i, j, words=False, plain=plain)

    def scale_tail(self, dec: Decimal, grain: int, first: int, j: int, *, words: bool,
                    plain: bool) -> Numeral:
        """Apply scale words and multipliers after a number (5 آلاف, 1.5 million, 100k, two dozen)."""
        scaled = hundred = False
        last_exp = 99
        total_exp = 0
        while True:
            sc = self.scale_at(j)
            mult = self.toks[j].text if j < len(self.toks) else ""
            if sc is None and mult == "-" and self._hyphen_scale(j):
                j += 1  # "a 250-million-euro plan": the scale joined by a hyphen
                sc = self.scale_at(j)
                mult = self.toks[j].text
            if sc is not None:
                exp, form, used = sc
                if mult.startswith("و") and mult not in self.lex.scales:
                    break  # "واحد وآلاف": a conjunction, the scale word starts a new phrase
                if form == "plural" and words and self.lex.lang == "ar" and not 3 <= dec <= 10:
                    break
                if form == "dual" and self.lex.lang == "ar":
                    form = "singular"  # after a number a dual spelling is an accusative singular
                if exp >= last_exp and not (scaled and exp > last_exp):
                    break
                dec, grain = dec * (Decimal(10) ** exp), grain + exp
                scaled, last_exp, j, plain = True, exp, j + used, False
                total_exp += exp
                continue
            nw = self.lex.numbers.get(mult)
            if nw is not None and nw.role == "multiplier":
                dec, j, plain = dec * nw.value, j + 1, False
                continue
            if nw is not None and nw.role == "hundred" and nw.value == 100 and not words and last_exp == 99 \
                    and grain == 0 and 1 <= dec < 100 and not hundred:
                # "3 hundred": the word multiplies the digits (and a scale may follow: 3 hundred thousand)
                dec, grain, j, plain, hundred = dec * 100, 2, j + 1, False, True
                continue
            break
        num = Numeral(dec, grain, first, j, words, scaled, plain, total_exp)
        return self.joined_tail(num, last_exp) if scaled else num

    def _hyphen_scale(self, j: int) -> bool:
        """A hyphen at j joined on both sides to a scale word of at least three letters after it
        ("250-million-euro", "380-billion-naira"; not "5-m", a measure)."""
        toks = self.toks
        if j + 1 >= len(toks) or toks[j].gap or toks[j + 1].gap or len(toks[j + 1].text) < 3:
            return False
        return self.scale_at(j + 1) is not None

    def joined_smaller(self, j: int, exp: int) -> Numeral | None:
        """The number joined at token j by a connector that continues a figure whose last scale word
        is 10^exp: "20 مليار و500 مليون", "95 ألفا و374", "3 ملايين ومئتي ألف" (smaller than 10^exp)."""
        toks, lex = self.toks, self.lex
        if j >= len(toks):
            return None
        if toks[j].text in lex.connectors:
            k = j + 1
        else:
            w = self.word_at(j)
            if w is None or not w[1]:
                return None
            k = j  # "ومئتي": the connector is a clitic of the number word
        nxt = self.parse(k) if k < len(toks) else None
        if nxt is None or not 0 < nxt.value < Decimal(10) ** exp:
            return None
        if nxt.scaled:
            return nxt
        # A bare number after "and" is another figure in English ("2 million and 300 were hurt");
        # Arabic states 95,374 as "95 ألفا و374". Not when "others" follows a round one ("20 ألفا
        # و500 آخرين": a second group; "35 ألفا و748 آخرون" is 35,748 others) or a percent sign does
        # (a figure of another kind).
        if lex.lang != "ar" or (nxt.stop < len(toks) and (
                (lex.has_form(lex.anaphora, toks[nxt.stop].text) and not nxt.value % 100)
                or lex.lookup(lex.percent, self.texts, nxt.stop) is not None)):
            return None
        return nxt

    def joined_tail(self, num: Numeral, exp: int) -> Numeral:
        """``num`` (its last scale word 10^exp) with the smaller number joined after it, if any."""
        nxt = self.joined_smaller(num.stop, exp)
        if nxt is None:
            return num
        return Numeral(num.value + nxt.value, min(num.grain, nxt.grain), num.first, nxt.stop, num.words,
                       True, False, num.exp)

    def _parse_words(self, i: int) -> Numeral | None:
        lex, toks = self.lex, self.toks
        # Fractions combine only with a scale word (نصف مليون, half a million).
        frac = lex.lookup(lex.fractions, [t.text for t in toks], i)
        if frac is not None and self.scale_at(i + frac[1]) is not None:
            value = lex.fractions[frac[0]]
            num = self.scale_tail(value, _fraction_grain(value), i, i + frac[1], words=True, plain=False)
            return num if num.scaled else None
        return _WordState(self).run(i)


def stated_grain(value: Decimal) -> int:
    """The precision of a value stated with a fraction word ("and a half", "نصف"): 1.5 -> -1,
    0.25 -> -2; a third, which has no last digit, counts as -2."""
    exponent = value.normalize().as_tuple().exponent
    return max(exponent, -2) if isinstance(exponent, int) else 0


def _fraction_grain(q: Decimal) -> int:
    """A fraction states its value to one significant digit (half -> 10^-1)."""
    if q == 0:
        return 0
    return q.adjusted()


class _WordState:
    """Composes number words: hundreds, units, tens, teens, scales (Arabic and English order)."""

    def __init__(self, p: NumeralParser) -> None:
        self.p = p
        self.total = Decimal(0)
        self.group = Decimal(0)
        self.slots: set[str] = set()
        self.grain = 99  # grain of the current group
        self.total_grain = 99  # grain of the groups already multiplied by a scale
        self.last_scale = 99
        self.any = False

    def _add(self, value: Decimal, slot: str, grain: int) -> bool:
        if slot in self.slots or (slot in ("unit", "tens") and "teen" in self.slots):
            return False
        if slot == "teen" and self.slots & {"unit", "tens"}:
            return False
        self.group += value
        self.slots.add(slot)
        self.grain = min(self.grain, grain)
        return True

    def _term(self, word: str, j: int) -> int | None:
        """Consume the word at token j; returns the next index, or None when it does not fit."""
        p = self.p
        nw = p.lex.numbers[word]
        role, v = nw.role, nw.value
        n = p.word_at(j)
        used = n[2] if n else 1
        if role == "compound_only":
            nxt = p.word_at(j + 1)
            if nxt is not None and nxt[1] and p.lex.numbers[nxt[0]].role == "tens" \
                    and p.lex.numbers[nxt[0]].value >= 20 and p.toks[j].text == word:
                return j + 1 if self._add(v, "unit", 0) else None  # "إحدى وعشرون": 21
            if nxt is None or p.lex.numbers[nxt[0]].role not in ("ten", "tens") or nxt[1] \
                    or p.lex.numbers[nxt[0]].value != 10:
                return None
            return j + 2 if self._add(v + 10, "teen", 0) else None
        if role == "unit" and not self.slots - {"hundred"} and v > 0:  # "مائة وخمسة عشر": 115
            nxt = p.word_at(j + 1)
            if nxt is not None and not nxt[1] and p.lex.numbers[nxt[0]].value == 10 \
                    and p.lex.numbers[nxt[0]].role in ("ten", "tens") and p.lex.lang == "ar":
                return j + 2 if self._add(v + 10, "teen", 0) else None
        if role in ("unit",):
            return j + 1 if self._add(v, "unit", 0) else None
        if role in ("tens", "ten"):
            slot = "teen" if v == 10 else "tens"
            return j + 1 if self._add(v, slot, 1) else None
        if role == "teen":
            return j + 1 if self._add(v, "teen", 0) else None
        if role == "hundred":
            # "three hundred", "thirty-five hundred" (3,500), "nineteen hundred": the word multiplies a
            # number below a hundred written straight before it, never one joined by a connector
            # ("واحد وعشرين ومئة" is not 2,100).
            if v == 100 and self.slots and not self.slots - {"unit", "tens", "teen"} and self.group >= 1 \
                    and (self.slots == {"unit"} or (p.toks[j].text == word and j > 0
                         and p.toks[j - 1].text not in p.lex.connectors)):
                self.group *= 100
                self.slots = {"hundred"}
                self.grain = 2
                return j + 1
            if "hundred" in self.slots or self.slots:
                return None
            return j + used if self._add(v, "hundred", 2) else None
        if role == "word":
            if self.slots or self.any:
                return None
            return j + used if self._add(v, "word", 0) else None
        if role == "multiplier":
            if not self.slots:
                return None
            self.group *= v
            return j + 1
        return None

    def _decimal_words(self, k: int, whole: Decimal) -> tuple[Decimal, int, int] | None:
        """"two point two", "واحد فاصلة واحد": a decimal point written as a word."""
        toks, p = self.p.toks, self.p
        if self.total or k + 1 >= len(toks) or toks[k].text not in p.lex.decimal_point:
            return None
        digits: list[str] = []
        j = k + 1
        while j < len(toks):
            w = p.word_at(j)
            if w is None or p.lex.numbers[w[0]].role != "unit":
                break
            digits.append(str(p.lex.numbers[w[0]].value))
            j += w[2]
        if not digits:
            return None
        return Decimal(f"{whole}.{''.join(digits)}"), j, -len(digits)

    def _joined(self, j: int) -> bool:
        """The scale word at j is joined by a connector ("وألف", "و ألف"): "خمسة ملايين وألف"."""
        toks, lex = self.p.toks, self.p.lex
        return (toks[j].text not in lex.scales and toks[j].text.startswith(tuple(lex.connectors))) or (
            j > 0 and toks[j - 1].text in lex.connectors)

    def _scale_again(self, j: int, exp: int, form: str) -> bool:
        """"مائة ألف وألف" (101000): one or two more of the last scale, joined to round hundreds of it."""
        return (self._joined(j) and exp == self.last_scale and self.group == 0 and form != "plural"
                and (self.total // Decimal(10) ** exp) % 100 == 0)

    def run(self, i: int) -> Numeral | None:
        p = self.p
        toks = p.toks
        j = i
        stop = i
        while j < len(toks):
            w = p.word_at(j)
            if w is not None:
                nxt = self._term(w[0], j)
                if nxt is None:
                    break
                j = stop = nxt
                self.any = True
                continue
            sc = p.scale_at(j)
            if sc is not None:
                exp, form, used = sc
                if exp >= self.last_scale and not self._scale_again(j, exp, form):
                    break
                if self.group == 0:
                    if form == "plural" or (self.any and not self._joined(j)):
                        break  # "آلاف الأشخاص", "thousands of": vague, not a figure
                    if len(toks[j].text) < 3:
                        break  # an abbreviation (m, k, bn) is a scale only after a number: "10:30 a.m."
                    dual = form == "dual" and not self._accusative_singular(j, exp, used)
                    self.group = Decimal(2) if dual else Decimal(1)
                    self.grain = 0
                elif form == "plural" and p.lex.lang == "ar" and not 3 <= self.group % 100 <= 10:
                    break  # Arabic uses the plural (آلاف) only after 3 to 10 ("مائة وثلاثة آلاف")
                self.total += self.group * (Decimal(10) ** exp)
                self.total_grain = min(self.total_grain, (0 if self.grain == 99 else self.grain) + exp)
                self.group, self.slots, self.last_scale, self.grain = Decimal(0), set(), exp, 99
                j = stop = j + used
                self.any = True
                continue
            # A connector ("و", "and", a hyphen inside "twenty-one") joins two number words.
            joins = toks[j].text in p.lex.connectors or (toks[j].text == "-" and toks[j].gap == 0)
            if joins and self.any and p.word_at(j + 1) is not None:
                j += 1
                continue
            break
        if not self.any:
            return None
        value = self.total + self.group
        if self.group == 0 and self.total == 0 and "unit" not in self.slots:
            return None
        point = self._decimal_words(stop, value)
        if point is not None:
            value, stop, self.grain = point
            self.group = value
        grain = min(self.total_grain, self.grain if self.group else 99)
        grain = 0 if grain == 99 else grain
        num = Numeral(value, grain, i, stop, True, self.last_scale != 99, False,
                      0 if self.last_scale == 99 else self.last_scale)
        if stop < len(toks):
            tail = p.scale_tail(value, grain, i, stop, words=True, plain=False)
            if tail.stop > stop:
                return tail
        if self.group == 0 and self.last_scale != 99:
            return p.joined_tail(num, self.last_scale)  # "ثلاثة ملايين و200 ألف", "مليونا و250 ألف"
        return num

    def _accusative_singular(self, j: int, exp: int, used: int) -> bool:
        """"مليوناً و250 ألف": a dual spelled as its singular plus alif is also the singular in the
        accusative (the tanween is folded away). Joined by و to a smaller number it is that singular:
        the dual in this spelling is a construct, which its noun follows ("مليونا دولار")."""
        p = self.p
        text = p.toks[j].text
        if used != 1 or p.lex.lang != "ar" or not text.endswith("ا"):
            return False
        single = p.lex.scales.get(text[:-1])
        return (single is not None and single.exponent == exp and single.form == "singular"
                and p.joined_smaller(j + 1, exp) is not None)
