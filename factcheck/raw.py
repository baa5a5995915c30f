"""The claim under construction, shared by the extraction stages (extract, dates, context)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.claims import Kind, Period, Qualifier
from factcheck.lexicon import Lexicon, Table
from factcheck.numerals import NumeralParser, Tok

# The evidence of an approximation from below ("nearly 40 million": close to 40 million and not above
# it; qualifiers.yaml approx_below). The claim keeps no bound, as every approximation; compare reads this.
BELOW_NOTE = "approximation from below"
# The evidence of an Arabic dual noun read as a count of two ("انقلاب قاربين", "مقتل طفلين"): the noun
# is what the figure counts, never a neighbour's counted noun (clauses.assign_concepts).
DUAL_NOTE = "dual noun: two of its own noun"
# The evidence of a figure in years that is a person's age ("aged 15", "الكاتب البالغ 80 عاما"): it is
# checked only against a fact that names an age.
AGE_NOTE = "years of age"
# The evidence of a count of a noun written before it, in an aside ("Choloma, a town of 20,000"): it
# takes no neighbour's concept and is no part of its sentence's breakdown (context._noun_of).
ASIDE_NOTE = "the count of the noun before it, an aside"
BIRTHDAY_NOTE = "an age reached on a birthday"  # "who turns 23 on Friday": of that day, not the article's


@dataclass(init=False)
class Raw:
    """A claim while it is being assembled, in folded offsets.

    A dataclass for ``replace`` and its repr, with a hand-written ``__init__``: mypyc compiles that
    one, while a generated ``__init__`` stays interpreted in the compiled build.
    """

    start: int
    end: int
    kind: Kind
    unit: str
    value: Decimal | None
    lower: Decimal | None
    upper: Decimal | None
    qualifier: Qualifier
    grain: int
    date: str | None
    weekday: str | None
    words_after: int  # folded offset where the counted noun may start
    concept: str | None
    counted: str | None
    period: Period | None
    place: tuple[str, ...]
    evidence: list[str]
    unit_at: int  # folded offset where a measure's unit words start inside the claim (-1: none)

    def __init__(self, start: int, end: int, kind: Kind, unit: str, value: Decimal | None,
                 lower: Decimal | None = None, upper: Decimal | None = None,
                 qualifier: Qualifier = Qualifier.EXACT, grain: int = 0, date: str | None = None,
                 weekday: str | None = None, words_after: int = 0, concept: str | None = None,
                 counted: str | None = None, period: Period | None = None, place: tuple[str, ...] = (),
                 evidence: list[str] | None = None, unit_at: int = -1) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.unit = unit
        self.value = value
        self.lower = lower
        self.upper = upper
        self.qualifier = qualifier
        self.grain = grain
        self.date = date
        self.weekday = weekday
        self.words_after = words_after
        self.concept = concept
        self.counted = counted
        self.period = period
        self.place = place
        self.evidence = [] if evidence is None else evidence
        self.unit_at = unit_at

    def drop_concept(self) -> None:
        """Forget the concept the figure's clause lent it, and the evidence that says so."""
        self.concept = None
        self.evidence[:] = [e for e in self.evidence if not e.startswith("concept ")]

    def converted_by(self, text: str, other: Raw) -> bool:
        """Whether ``other`` stands alone in parentheses right after this figure ("7.5 billion dirhams
        ($2.04 billion)", "A$23.23 ($15.30)"): most often its conversion."""
        return text[self.end : other.start].strip() == "(" and text[other.end : other.end + 1] == ")"


class Window:
    """One tokenised window around a candidate, with phrase look-ups in both directions."""

    def __init__(self, lex: Lexicon, toks: list[Tok], texts: list[str] | None = None) -> None:
        self.lex = lex
        self.toks = toks
        self.size = len(toks)
        self.parser = NumeralParser(lex, toks, texts)
        self.texts = self.parser.texts
        self._starts = lex._starts  # lookup's and lookback's memos (read on every ahead and behind)
        self._ends = lex._ends

    def ahead(self, table: Table, i: int) -> tuple[str, int] | None:
        if i >= self.size:
            return None
        # Most tokens open no phrase of the table, or only a one-token entry: lookup's own memo answers
        # those without the call.
        memo = self._starts.get(id(table))
        got = None if memo is None else memo.get(self.texts[i])
        if got is False:
            return None
        if isinstance(got, str):
            return got, 1
        return self.lex.lookup(table, self.texts, i)

    def behind(self, table: Table, end: int) -> tuple[str, int] | None:
        """Longest phrase of ``table`` ending just before token ``end``."""
        if end <= 0:
            return None
        memo = self._ends.get(id(table))  # (lookback's memo, as in ahead)
        got = None if memo is None else memo.get(self.texts[end - 1])
        if got is False:
            return None
        if isinstance(got, str):
            return got, 1
        return self.lex.lookback(table, self.texts, end)
