"""One folded view of a text, with a map back to offsets in the original.

Folding is done once, here, so lexicons list each word in one spelling: hamza forms of alef, taa
marbuta, alef maqsura, Persian yeh/kaf, Arabic-Indic and Persian digits, the Arabic decimal and
thousands separators, the Arabic percent sign and ASCII case; digits and numerals of any other script fold
to one symbol that is never a digit. Those are one-to-one replacements.
Tatweel, diacritics, bidi controls and zero-width joiners are removed; only when a text contains them
is an offset map built (most texts keep the identity map, which costs nothing).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for base in (0x0660, 0x06F0):  # Arabic-Indic and Persian digits
        for i in range(10):
            table[base + i] = str(i)
    table.update({ord(c): "ا" for c in "أإآٱ"})
    table.update({ord("ة"): "ه", ord("ى"): "ي", ord("ی"): "ي", ord("ک"): "ك", ord("ۀ"): "ه"})
    table.update({0x066B: ".", 0x066C: ",", 0x066A: "%", ord("٭"): "*"})
    # Dashes and minus signs all read as a hyphen: ranges are written with any of them.
    table.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"})
    # Thin, narrow no-break and no-break spaces: one code point, which may group digits ("5 000").
    table.update({ord(c): "\u202f" for c in "\u2009\u00a0\u2007"})
    table.update({ord(c): chr(ord(c) + 32) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    table[ord("\u2019")] = "'"
    return table


FOLD_TABLE = _table()
# The same one-to-one replacements as (old, new) pairs. Replacing each character that occurs with
# str.replace is several times faster than str.translate on non-ASCII text, which looks every
# character up in the table; the number of passes is bounded by the table size.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in FOLD_TABLE.items())
# Code points that carry no letter: removed from the folded view.
_REMOVABLE = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\u00ad\ufeff"
# A word split by tatweel and spaces to dodge matching ("عمـ ـلية") is joined again: the spaces between
# two tatweels go with them. (Possessive, so a long run of spaces is read once.) A run of removable
# characters, each a tatweel with such spaces after it or any other: written to open with the character
# class, which lets the engine skip to the next removable character instead of trying every position
# (the same matches as "(?:\u0640[ \t\u00a0]++(?=\u0640)|[...])+", several times faster).
_REMOVABLE_ONE = f"[{_REMOVABLE}](?:(?<=\u0640)[ \t\u00a0]++(?=\u0640))?"
_REMOVABLE_RE = re.compile(f"{_REMOVABLE_ONE}(?:{_REMOVABLE_ONE})*")
# Digits and numerals of other scripts (fullwidth, Devanagari, superscripts, fractions, Roman numerals,
# mathematical digits): never part of a number, yet Python's \d, isdigit() or \w take some of them for
# one. Each folds to one symbol, so tokens stay contiguous (offsets hold) and no digit test sees them.
OTHER_DIGIT = "\ufffd"
_OURS = frozenset("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                  "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")
_ASTRAL = 0x10000
_NUMERAL_END = 0x20000  # no numeral that is not a letter lies beyond (tests/test_textnorm.py)


def _numeral_class(lo: int, hi: int) -> str:
    """A character class of the numerals in [lo, hi) that are not letters and not our digits."""
    ranges: list[tuple[int, int]] = []
    for cp in range(lo, hi):
        ch = chr(cp)
        if ch.isalnum() and not ch.isalpha() and ch not in _OURS:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


# Two classes: the engine tests a class of astral ranges slowly, so that one runs only on texts that
# hold an astral character at all.
_OTHER_DIGIT_RE = re.compile(f"[{_numeral_class(0x80, _ASTRAL)}]")
_OTHER_ASTRAL_DIGIT_RE = re.compile(f"[{_numeral_class(_ASTRAL, _NUMERAL_END)}]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def _other_digits(text: str) -> str:
    if _OTHER_DIGIT_RE.search(text) is not None:
        text = _OTHER_DIGIT_RE.sub(OTHER_DIGIT, text)
    if _ASTRAL_RE.search(text) is not None:  # (as max(text) >= U+10000, without a Python-level pass)
        text = _OTHER_ASTRAL_DIGIT_RE.sub(OTHER_DIGIT, text)
    return text


@dataclass(frozen=True)
class Folded:
    """The folded text and a map from its offsets to offsets in the original."""

    text: str
    _marks: tuple[int, ...] = field(default=())  # folded offsets where the shift grows
    _shifts: tuple[int, ...] = field(default=())  # cumulative removed count at each mark

    def orig(self, i: int) -> int:
        """The original offset of folded offset ``i`` (``len`` maps to the original's end)."""
        if not self._marks:
            return i
        k = bisect_right(self._marks, i)
        return i + (self._shifts[k - 1] if k else 0)

    def orig_end(self, i: int) -> int:
        """The original end offset for a span ending at folded ``i`` (exclusive, not past removed marks)."""
        if i == 0:
            return 0
        return self.orig(i - 1) + 1


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """Fold a lexicon entry exactly as texts are folded."""
    return _REMOVABLE_RE.sub("", word.translate(FOLD_TABLE)).strip()


SHADDA = "\u0651"
_KEPT = "\x02"  # stands for the shadda while the other marks are removed


def fold_vocalized(word: str) -> str:
    """A word folded as texts are, its shadda kept: the one mark that tells apart two names that fold
    alike (عمّان, Amman; عمان, Oman)."""
    return fold_word(word.replace(SHADDA, _KEPT)).replace(_KEPT, SHADDA)


def _map(text: str) -> str:
    if text.isascii():
        return text.translate(FOLD_TABLE)  # ASCII has a fast path in translate
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return _other_digits(text)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; offsets map back with ``Folded.orig``."""
    mapped = _map(text)
    if _REMOVABLE_RE.search(mapped) is None:
        return Folded(mapped)
    marks: list[int] = []
    shifts: list[int] = []
    parts: list[str] = []
    removed = 0
    last = 0
    for m in _REMOVABLE_RE.finditer(mapped):
        parts.append(mapped[last : m.start()])
        removed += m.end() - m.start()
        marks.append(m.start() - (removed - (m.end() - m.start())))
        shifts.append(removed)
        last = m.end()
    parts.append(mapped[last:])
    return Folded("".join(parts), tuple(marks), tuple(shifts))
