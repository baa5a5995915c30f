"""Per-language scanners: compiled patterns that find where figures may start, built from the lexicon."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import TOKEN_RE, Lexicon, first_guard, load_lexicon, trie_pattern
from factcheck.numerals import Tok

# Arabic proclitics ([وف]?[بلك]?(?:ال)?) spelled out: a trie over every clitic + word form never
# backtracks over optional groups, which matters at the start of nearly every Arabic word.
_AR_CLITIC_FORMS = tuple(a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال"))
_DIGITS_RE = re.compile(r"[0-9]+")
# Sentence ends: a stop, question or exclamation mark before a space or the end, or a line break. A stop
# followed by a figure ends an abbreviation ("Rs. 20", "No. 5"), not a sentence; so does a stop after a
# single letter that follows a stop or a space ("U.S. dollars", "ج.م."), and so does "St." (St. Petersburg,
# St. Louis: in news far more often Saint than a street that ends a sentence), and so do "Mr.", "Mrs.",
# "Dr.", "Gen." (a person's title before the name it belongs with). Not a company's "Co.", "Corp.",
# which end a sentence often enough ("... said Ford Motor Co.") to cost more than they mend.
# (Written to start with one character class, which lets the engine skip ahead fast.)
SENTENCE_END_RE = re.compile(
    r"[.!?؟\n](?:(?<=\.)(?<![\s.][^\W\d_]\.)(?<!^[^\W\d_]\.)(?<![\s(][Ss][Tt]\.)(?<!^[Ss][Tt]\.)"
    r"(?<![\s(][Mm][Rr]\.)(?<![\s(][Dd][Rr]\.)(?<![\s(][Mm][Rr][Ss]\.)(?<![\s(][Gg][Ee][Nn]\.)"
    r"(?=\s+(?![0-9$€£])|\s*$)|(?<=[!?؟\n]))")
PARAGRAPH_RE = re.compile(r"\n[ \t\u202f]*\n")


@dataclass(frozen=True)
class Scanner:
    lex: Lexicon
    words: re.Pattern[str]  # a number word (group 1) or a month (group 2) after a non-letter
    first_word: re.Pattern[str]  # the same at the start of the text
    names: re.Pattern[str] | None
    places: re.Pattern[str] | None
    name_words: frozenset[str] = frozenset()  # every token of every name with digits
    # per name with digits, text that any match of it holds (its tokens, see _name_parts)
    name_parts: tuple[tuple[str, ...], ...] = ()
    demonyms: re.Pattern[str] | None = None  # adjectives of nationality (currency scope)
    # the letter runs a match of ``places`` may open with (first_runs; None: read the text with the regex)
    place_runs: frozenset[str] | None = None
    place_firsts: frozenset[str] | None = None  # the first letters of those runs

    def candidates(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Spans where a figure may start, in text order (digit runs and number words), and the spans of
        month names standing as words (a month alone may be a date: "in March").

        Two passes, each of which the regex engine runs fast: digits, and words matched from the
        non-letter before them (a pattern that opens with a character class is searched with a quick
        skip; one that opens with a look-behind is tried at every position). Months ride on the word
        pass: a second scan of the text for them alone cost 2% of extraction.
        """
        spans = [m.span() for m in _DIGITS_RE.finditer(text)]
        first = self.first_word.match(text)
        if first is not None:
            spans.append(first.span())
        months: list[tuple[int, int]] = []
        for m in self.words.finditer(text):
            if m.group(1) is not None:
                spans.append(m.span(1))
            else:
                months.append(m.span(2))
        spans.sort()
        return spans, months


def _words_body(words: set[str], clitics: bool) -> str:
    if clitics:
        words = {c + w for c in _AR_CLITIC_FORMS for w in words}
    return trie_pattern(sorted(words))


def _phrase_regex(phrases: list[str], clitics: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    names = {p for p in phrases if p}
    body = _clitic_body(names) if clitics else trie_pattern(sorted(names))
    # Phrases are stored token-joined ("u . s ."); allow any spacing between tokens in the text.
    body = body.replace("\\ ", "\\s*+")
    # (a match opens with a name's first letter, or in Arabic with a clitic or the article that
    # _clitic_body puts before a name: و ف ب ل ك ا)
    guard = first_guard([*names, *("وفبلكا" if clitics else ())])
    return re.compile(rf"(?<![^\W\d_]){guard}(?:{body})(?![^\W\d_])")


def _clitic_body(names: set[str]) -> str:
    """Arabic proclitics, then a name: و ف, then ب ل ك, stand once in front of the name trie.

    Spelling every clitic form out (24 per name) made the place trie cost over a second a process to
    build. The groups stay linear: at a word start at most four prefixes fit the text ("", و, وب, ولل),
    and after each the name trie fails within a few letters. The article is spelled out in the trie (a
    bare name also with it), so that the most common prefix costs no retry. ل before the article is
    written لل (للعراق): after [وف]?لل come the names without their article.
    """
    with_article = names | {"ال" + n for n in names if not n.startswith("ال")}
    after_lam_lam = {_after_lam_lam(n) for n in names}
    return f"[وف]?(?:لل{trie_pattern(sorted(after_lam_lam))}|[بلك]?{trie_pattern(sorted(with_article))})"


def _after_lam_lam(name: str) -> str:
    """What follows لل when ل comes before ``name``: العراق -> عراق, اللاذقية -> اذقية (two lams, not
    three), a name without the article taking it: بغداد -> بغداد."""
    if name.startswith("الل") and len(name) > 4:
        return name[3:]
    return name[2:] if name.startswith("ال") and len(name) > 3 else name


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def first_runs(phrases: list[str], clitics: bool) -> frozenset[str] | None:
    """Every run of letters that a match of ``_phrase_regex(phrases, clitics)`` may open with, or None
    when a match may open with something else than a letter.

    The regex matches a phrase's tokens, any white space between them (none too), after the clitic
    forms _clitic_body writes before it; a match opens where no letter stands before it and ends where
    none follows. So the run of letters a match opens with in the text is the phrase with its clitics,
    its first tokens written together up to one that is no run of letters: a letter token of the text
    that is none of these runs opens no match (PhraseScan reads only the others).
    """
    names = {p for p in phrases if p}
    if any(p != " ".join(p.split()) for p in names):
        return None  # (white space other than single spaces between tokens: not read here)
    bodies = names
    if clitics:  # as _clitic_body: [وف]?(?:لل<after_lam_lam>|[بلك]?<names, each also with ال>)
        with_article = names | {"ال" + n for n in names if not n.startswith("ال")}
        inner = {"لل" + _after_lam_lam(n) for n in names} | {c + n for c in ("", "ب", "ل", "ك")
                                                              for n in with_article}
        bodies = inner | {c + b for c in ("و", "ف") for b in inner}
    runs: set[str] = set()
    for body in bodies:
        run = ""
        for token in body.split(" "):
            if _LETTER_RUN.fullmatch(token) is None:
                break
            run += token
            runs.add(run)
        if not run:
            return None
    return frozenset(runs)


class PhraseScan:
    """``pattern.finditer(text, lo, hi)`` for the phrase regexes of ``Scanner`` (places), read from the
    tokens of the text's sentences: the same matches, in the same order, with the regex tried only at
    the tokens that open with one of ``runs`` (first_runs), not at every position of the span.

    A match opens where no letter stands before it, with a letter: at the start of a token of letters
    of its sentence, whose text (cut by ``hi`` as the regex sees it) is the run it opens with. A span
    that is not inside one sentence is read with the regex itself.
    """

    def __init__(self, pattern: re.Pattern[str], runs: frozenset[str], tokens: SentenceTokens,
                 bounds: list[tuple[int, int]]) -> None:
        self.pattern = pattern
        self.runs = runs
        self.tokens = tokens
        self.bounds = bounds
        self._starts = [b[0] for b in bounds]
        self._opening: dict[int, tuple[list[int], list[int]]] = {}  # per sentence: its run tokens

    def matches(self, lo: int, hi: int) -> list[re.Match[str]]:
        text, pattern, runs = self.tokens.text, self.pattern, self.runs
        if lo >= hi:
            return list(pattern.finditer(text, lo, hi))
        s = bisect_right(self._starts, lo) - 1
        s_start, s_end = self.bounds[s] if s >= 0 else (0, -1)
        if hi > s_end:
            return list(pattern.finditer(text, lo, hi))
        _, texts, starts, ends = self.tokens.sentence(s_start, s_end)
        opening = self._opening.get(s)
        if opening is None:
            ks = [k for k, t in enumerate(texts) if t in runs]
            opening = self._opening[s] = ([starts[k] for k in ks], [ends[k] for k in ks])
        o_starts, o_ends = opening
        out: list[re.Match[str]] = []
        last = lo  # where the previous match ended: the next one starts there or after
        for n in range(bisect_left(o_starts, lo), len(o_starts)):
            at = o_starts[n]
            if at >= hi:
                break
            if at >= last and o_ends[n] <= hi:
                m = pattern.match(text, at, hi)
                if m is not None:
                    out.append(m)
                    last = m.end()
        # the token that ``hi`` cuts: the regex sees only its letters before hi
        k = bisect_left(starts, hi) - 1
        if k >= 0 and ends[k] > hi and starts[k] >= last and text[starts[k] : hi] in runs:
            m = pattern.match(text, starts[k], hi)
            if m is not None:
                out.append(m)
        return out


@cache
def scanner(lang: str) -> Scanner:
    """The compiled scanner of one language (built once per process)."""
    lex = load_lexicon(lang)
    ar = lang == "ar"
    starts: set[str] = set()
    for table in (lex.numbers, lex.scales, lex.fractions, lex.shares, lex.ordinals, lex.duration_dual,
                  lex.first_day, lex.counted_dual):
        for key in table:
            words = key.split(" ")
            first = words[1] if words[0] in ("a", "an") and len(words) > 1 else words[0]
            if first.isalpha():
                starts.add(first)
    starts.update(f"{article} {word}" for word in lex.one_of for article in ("a", "an"))  # "a dollar"
    # "more than a week", "أكثر من أسبوع": the unit after the last word of a bound (a bare unit, frequent
    # in Arabic, is no candidate)
    lasts = {q.split(" ")[-1] for q in lex.qual_before}
    for key in lex.bounded_one:
        starts.update((f"a {key}", f"an {key}") if lang == "en" else (f"{q} {key}" for q in lasts))
    body = _words_body(starts, ar)
    place_runs = first_runs(sorted(lex.places), ar)
    months = _month_names(lex)
    month_body = f"|({trie_pattern(months)})" if months else ""
    return Scanner(
        lex=lex,
        # (the look-ahead of first letters spares the trie at most word starts)
        words=re.compile(rf"[\W\d_]{first_guard([*starts, *months, *(_AR_CLITIC_FORMS if ar else ())])}"
                         rf"(?:({body}){month_body})(?![^\W\d_])"),
        first_word=re.compile(rf"({body})(?![^\W\d_])"),
        names=_phrase_regex(sorted(lex.names), ar),
        name_words=frozenset(t for name in lex.names for t in TOKEN_RE.findall(name)),
        name_parts=tuple(_name_parts(name, ar) for name in sorted(lex.names) if name),
        places=_phrase_regex(sorted(lex.places), ar),
        demonyms=_phrase_regex(sorted(lex.demonyms), ar),
        place_runs=place_runs,
        place_firsts=None if place_runs is None else frozenset(run[0] for run in place_runs),
    )


def _name_parts(name: str, clitics: bool) -> tuple[str, ...]:
    """Strings that every match of ``name`` by ``_phrase_regex`` holds: its tokens, written as they are
    with any white space between them; in Arabic the first one may lose its article after لل
    (_after_lam_lam), so only what follows its first three letters is sure to stand there."""
    tokens = TOKEN_RE.findall(name)
    if clitics and tokens and tokens[0].startswith("ال"):
        tokens[0] = tokens[0][3:]
    return tuple(t for t in tokens if t)


def _month_names(lex: Lexicon) -> list[str]:
    """The full month names a month standing alone may be written with: no abbreviation ("mar", "dec"
    are English words; so are the short names but "may", "june", "july"), none with a clitic. None in a
    language without words that make a month a time ("in", "خلال")."""
    if not lex.month_cues:
        return []
    return sorted(k for k in lex.months if "." not in k and (
        lex.lang != "en" or len(k) >= 5 or k in ("may", "june", "july")))


# A token with the white space before it; findall over this is faster than finditer + span. White space
# is possessive and may end the window (an empty token): trailing spaces are read once, not retried
# from every one of their positions (which made a window ending in 4,000 spaces quadratic).
_SPACED_TOKEN_RE = re.compile(r"(\s*+)([^\W\d_]+|[0-9]+|[^\w\s]|_|\Z)")


def tokenize(text: str, start: int, end: int, prev: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets and the gap before each.

    ``prev`` is where the text before ``start`` ended (the gap of the first token counts from it).
    """
    toks: list[Tok] = []
    append = toks.append
    pos = start
    last = start if prev is None else prev
    for space, word in _SPACED_TOKEN_RE.findall(text, start, end):
        if not word:
            break  # white space up to the end of the window
        s = pos + len(space)
        pos = s + len(word)
        append(Tok(word, s, pos, s - last))
        last = pos
    return toks


def _sentence_tokens(text: str, start: int,
                     end: int) -> tuple[list[Tok], list[str], list[int], list[int]]:
    """``tokenize(text, start, end)`` and the tokens' texts, starts and ends, made in one loop."""
    toks: list[Tok] = []
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = last = start
    for space, word in _SPACED_TOKEN_RE.findall(text, start, end):
        if not word:
            break  # white space up to the end of the window
        s = pos + len(space)
        pos = s + len(word)
        toks.append(Tok(word, s, pos, s - last))
        texts.append(word)
        starts.append(s)
        ends.append(pos)
        last = pos
    return toks, texts, starts, ends


_SENTENCES_KEPT = 512  # sentences whose tokens SentenceTokens keeps at once


class SentenceTokens:
    """The tokens of one text's sentences, each sentence tokenised once and shared by every look at it.

    ``span(lo, hi, s_start, s_end)`` gives exactly what ``tokenize(text, lo, hi)`` gives for a span
    inside the sentence ``[s_start, s_end)``: the tokens are contiguous and the same from wherever
    tokenising starts, so a span's tokens are a slice of its sentence's, with a token cut by either
    edge cut the same way and the first token's gap counted from ``lo``.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # sentence start -> (its end, (tokens, their texts, starts, ends))
        self._by_start: dict[int, tuple[int, tuple[list[Tok], list[str], list[int], list[int]]]] = {}

    def sentence(self, s_start: int, s_end: int) -> tuple[list[Tok], list[str], list[int], list[int]]:
        """The sentence's tokens, their texts, starts and ends (not to be changed by the caller)."""
        got = self._by_start.get(s_start)
        if got is None or got[0] != s_end:
            if len(self._by_start) >= _SENTENCES_KEPT:
                self._by_start.clear()  # memory stays bounded on a huge text; a sentence is tokenised again
            got = self._by_start[s_start] = (s_end, _sentence_tokens(self.text, s_start, s_end))
        return got[1]

    def kept(self, s_start: int, s_end: int) -> list[str] | None:
        """The texts of the sentence's tokens when they are made already, else None (nothing is made)."""
        got = self._by_start.get(s_start)
        return got[1][1] if got is not None and got[0] == s_end else None

    def words(self, lo: int, hi: int, s_start: int, s_end: int) -> tuple[list[str], int]:
        """The texts ``span`` gives for ``text[lo:hi]`` (a new list) and where the first of those tokens
        starts (-1: none), without making the tokens themselves."""
        _, all_texts, starts, ends = self.sentence(s_start, s_end)
        a = bisect_right(ends, lo)
        b = bisect_left(starts, hi, a) if hi > lo else a
        texts = all_texts[a:b]
        if not texts:
            return texts, -1
        first = starts[a]
        if first < lo:  # a token cut by either edge is cut the same way as in span
            first = lo
            texts[0] = self.text[lo : ends[a]]
        if ends[b - 1] > hi:
            texts[-1] = self.text[(first if b - 1 == a else starts[b - 1]) : hi]
        return texts, first

    def span(self, lo: int, hi: int, s_start: int, s_end: int) -> tuple[list[Tok], list[str], int]:
        """The tokens of ``text[lo:hi]`` (new lists), their texts, and the index in the sentence's tokens
        of the first of them."""
        return self.span_in(self.sentence(s_start, s_end), lo, hi)

    def span_in(self, sentence: tuple[list[Tok], list[str], list[int], list[int]], lo: int,
                hi: int) -> tuple[list[Tok], list[str], int]:
        """``span`` over the tokens of a sentence that ``sentence`` gave."""
        all_toks, all_texts, starts, ends = sentence
        a = bisect_right(ends, lo)
        b = bisect_left(starts, hi, a) if hi > lo else a  # (an empty span inside a token has none)
        toks = all_toks[a:b]
        texts = all_texts[a:b]
        if toks:
            first = toks[0]
            if first.start < lo:
                toks[0] = first = Tok(self.text[lo : first.end], lo, first.end, 0)
                texts[0] = first.text
            elif first.start - lo < first.gap:
                toks[0] = first = Tok(first.text, first.start, first.end, first.start - lo)
            last = toks[-1]
            if last.end > hi:
                toks[-1] = Tok(self.text[last.start : hi], last.start, hi, last.gap)
                texts[-1] = toks[-1].text
        return toks, texts, a
