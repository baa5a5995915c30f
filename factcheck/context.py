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
from collections.abc import Callable, Iterable, Set
from functools import cache
from itertools import islice, pairwise
from typing import Any

from factcheck.align import counted_concepts
from factcheck.claims import K_COUNT, K_DATE, K_DURATION, K_MONEY, K_PERCENT, K_YEAR, Period
from factcheck.clauses import QUANTITY, TO_WORDS, assign_concepts, find
from factcheck.dates import ANNIVERSARY_NOTE, DATE_PLACE_NOTE, EARLIER_EVENT_NOTE, date_parts, last_such_day
from factcheck.lexicon import (
    TOKEN_RE,
    Lexicon,
    first_guard,
    load_lexicon,
    lone_clitic,
    phrase_key,
    strip_clitics,
)
from factcheck.lexmatch import partitive_gap
from factcheck.numerals import Tok
from factcheck.raw import AGE_NOTE, ASIDE_NOTE, DUAL_NOTE, Raw
from factcheck.scan import PARAGRAPH_RE, PhraseScan, SentenceTokens, first_runs, scanner, tokenize
from factcheck.textnorm import SHADDA, Folded, fold, fold_vocalized, fold_word

Quote = Callable[[int, int], str]
_QUANTITY = QUANTITY
_CLAUSE_RE = re.compile(r"[،,;:؛]")


# What may follow a figure that leaves its unit to the figure before it ("148.3 تريليون دينار، منها
# 131.6 تريليون من صادرات النفط", "18.68 billion dinars, 16.19 billion of them from oil"): a mark or a
# preposition, not a noun of its own.
_ELLIPSIS_NEXT = frozenset({",", "،", ".", ";", "؛", ")", "of", "from", "for", "in", "on", "to", "and", "من",
                            "في", "علي", "الي", "و"})


def _carries_unit(text: str, raw: Raw, prev: Raw, cues: frozenset[str] | set[str] = frozenset()) -> bool:
    """A bare scaled figure after a sum of money (or a measure) is in the same currency or unit (unit
    ellipsis)."""
    if raw.kind is not K_COUNT or raw.unit != "count" or raw.grain < 3:
        return False
    if prev.kind is not K_MONEY and not (prev.kind is K_COUNT and prev.unit not in ("count", "point")):
        return False  # a sum of money, or a measure ("1.6 million barrels ... a draw of 1.1 million")
    if raw.counted is not None:
        return False
    if raw.concept is not None and counted_concepts().issuperset(raw.concept.split("+")):
        return False  # "يحتاج اللاجئون الـ102 ألف": its own noun counts people, no sum of money
    if cues and any(f in cues for t in TOKEN_RE.findall(text, prev.end, raw.start) for f in strip_clitics(t)):
        return False  # "ويبلغ عدد مشتركيها نحو 2.1 مليون": a number of something, not of the currency
    word = _next_word(text, raw) or "."
    # a definite word ("250 مليارا العام الماضي") is no noun of the figure's own: Arabic counts indefinitely
    return word in _ELLIPSIS_NEXT or (len(word) > 2 and (word[0] in "لب" or word.startswith("ال"))
                                      and word[1:] not in _ELLIPSIS_NEXT)


_RESTATE_GAP = 40  # characters between a figure and its restatement ("، أي ما يعادل ")
# ... and between a figure and a restatement in another unit that follows the rest of its clause after
# a comma ("حصل على 540405 أصوات في الانتخابات التي جرت في 7 سبتمبر، أي ما نسبته 8.3 في المئة").
_RESTATE_REACH = 160
_SENTENCE_BREAK = re.compile(r"[.!?؟;؛]\s|\n")


def _restated(lex: Lexicon, text: str, raws: list[Raw]) -> None:
    """"عجزا قدره 79 مليار ريال، يعادل 2.9 في المئة": a figure that restates the one before it in
    another unit (a share of GDP, a currency) takes its concept. The restating words may stand after the
    comma that ends the first figure's clause ("540,405 votes in the September election, or 8.3
    percent"), when the restatement is in another unit and no sentence ends between them."""
    if not lex.restatements:
        return
    prev: Raw | None = None
    for raw in raws:
        if raw.kind not in _QUANTITY:
            continue
        if prev is not None and raw.concept is None and prev.concept is not None \
                and _restates(lex, text, prev, raw):
            raw.concept = prev.concept
            raw.evidence.append(f"concept {prev.concept} of the figure it restates")
        prev = raw


def _restates(lex: Lexicon, text: str, prev: Raw, raw: Raw) -> bool:
    """Whether restating words stand right before ``raw``: the whole gap after ``prev``, or, in another
    unit within the sentence, the words after the gap's last comma."""
    gap = raw.start - prev.end
    if gap <= 0 or gap > _RESTATE_REACH:
        return False
    between = text[prev.end : raw.start]
    if gap <= _RESTATE_GAP and _restating(lex, between):
        return True
    comma = max(between.rfind(","), between.rfind("،"))
    return comma >= 0 and raw.unit != prev.unit and not _SENTENCE_BREAK.search(between) \
        and _restating(lex, between[comma + 1 :])


def _restating(lex: Lexicon, between: str) -> bool:
    key = phrase_key(between.strip(" \t,،(-\u2013\u2014"))
    return key in lex.restatements or (key[:2] == "و " and key[2:] in lex.restatements)


def _next_word(text: str, raw: Raw) -> str:
    """The token right after a figure, as tokenize gives it ("" at the text's end)."""
    after = TOKEN_RE.findall(text, raw.end, min(len(text), raw.end + 24))
    return after[0] if after else ""


def _own_nouns(lex: Lexicon, text: str, prev: Raw, raw: Raw) -> bool:
    """Whether two figures each have a noun of their own right after them, the first one's naming its
    concept: "نحو 40 ألف نسمة و1500 شركة", "about 40,000 residents and 1,500 companies" count two
    things, and the second is no ellipsis of the first ("مقتل 3 أطفال و2 من النساء" is: the event word
    before the first figure governs both)."""
    mine = _next_word(text, raw).lower()
    if not mine or not mine[0].isalpha() or mine in _ELLIPSIS_NEXT or lex.has_form(lex.anaphora, mine):
        return False
    return lex.word_concept(_next_word(text, prev).lower()) == prev.concept


# "a town of 20,000", "a fleet of 30": an indefinite noun and "of" right before a figure (English)
_NOUN_OF_RE = re.compile(r"\b(?:an?|one)\s+(?P<noun>[^\W\d_]+)\s+of\s+$", re.IGNORECASE)


def _noun_of(lex: Lexicon, text: str, raw: Raw, prev: Raw) -> bool:
    """Whether the figure measures a noun of its own written before it ("a town of 20,000"), one of the
    counted nouns the lexicon knows and not the one before's: an aside, which neither takes the concept
    of the figure before nor lends its own to the next."""
    if lex.lang != "en" or raw.counted is None or raw.counted == prev.counted:
        return False
    m = _NOUN_OF_RE.search(text, max(0, raw.start - 40), raw.start)
    return m is not None and m.end() == raw.start \
        and lex.lookup(lex.counted, [m["noun"].lower()], 0) is not None


def _inherit(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
             cues: frozenset[str] | set[str] = frozenset()) -> None:
    """Elliptical figures take the unit, concept (and counted) of their neighbour in the sentence."""
    starts = [b[0] for b in bounds]
    prev: Raw | None = None
    prev_sentence = -1
    unit_source: Raw | None = None  # the sentence's last sum of money or measure, past any percentage
    head: Raw | None = None
    for raw in raws:
        s = bisect_right(starts, raw.start) - 1
        if raw.kind not in _QUANTITY:
            continue
        if prev is not None and s == prev_sentence and _noun_of(lex, text, raw, prev):
            raw.evidence.append(ASIDE_NOTE)
            continue  # "2,800 were in Choloma, a town of 20,000 near ..., 3,100 in": an aside of its own
        if s != prev_sentence:
            unit_source = None
        # "handled 10.7 million TEUs in 2021, 13% more than a year earlier, while Long Beach handled
        # 9.83 million": a percentage between them does not stop the unit
        source = unit_source if prev is not None and prev.kind is K_PERCENT else prev
        if source is not None and s == prev_sentence and _carries_unit(text, raw, source, cues):
            raw.kind, raw.unit = source.kind, source.unit
            raw.evidence.append(f"unit {source.unit} from the neighbouring figure")
        if raw.kind is K_MONEY or (raw.kind is K_COUNT and raw.unit not in ("count", "point")):
            unit_source = raw
        elif raw.kind is not K_PERCENT:
            unit_source = None
        if prev is not None and s == prev_sentence and prev.kind == raw.kind and prev.unit == raw.unit:
            if raw.concept is None and prev.concept is not None and not _own_nouns(lex, text, prev, raw):
                raw.concept = prev.concept
                raw.evidence.append(f"concept {prev.concept} from the neighbouring figure")
                if raw.counted is None and DUAL_NOTE not in raw.evidence:
                    raw.counted = prev.counted
            elif raw.counted is None and prev.counted is not None and DUAL_NOTE not in raw.evidence and (
                    "anaphora" in raw.evidence or raw.concept != prev.concept):
                # "killing 35 people, including two children, and wounding 112 others": the others
                # are other people, the counted noun of the run of figures the one before heads
                raw.counted = (head or prev).counted if "anaphora" in raw.evidence else prev.counted
        if head is None or s != prev_sentence or prev is None or (raw.kind, raw.unit, raw.concept) \
                != (prev.kind, prev.unit, prev.concept) or head.counted is None:
            head = raw  # the first figure of a run of one concept (a later one is most often a part)
        prev, prev_sentence = raw, s


_DATELINE_RE = re.compile(r"[^\n]{0,80}?(?:\s[-\u2013\u2014]\s|\)\s*[-\u2013\u2014:])")


def dateline_end(text: str, m_start: int, m_end: int) -> int | None:
    """Where the dateline ends when the place at text[m_start:m_end] opens a line as a dateline does
    ("BAGHDAD, July 17 (Reuters) -", "بغداد (رويترز) -"): the place of the dispatch, not of a figure."""
    line = text.rfind("\n", 0, m_start) + 1
    if text[line:m_start].strip(" \t\u202f*_>#"):
        return None
    tail = _DATELINE_RE.match(text, m_end)
    if tail is None or len(tail.group().split()) > 10:
        return None
    return tail.end()


_DATELINE_REACH = 4000  # datelines are looked for in the first characters of the text
_LINE_LEAD = frozenset(" \t\u202f*_>#")  # what may stand before a dateline's place on its line


def _may_open_dateline(pattern: re.Pattern[str], text: str, firsts: frozenset[str] | None = None) -> bool:
    """Whether a place match that ``dateline_end`` accepts may start on one of the text's first lines:
    False means scanning them for datelines finds none, so the scan is spared (it tries the place
    pattern at every position, several per cent of extraction on long articles).

    A dateline's place starts a line, after nothing but _LINE_LEAD. The scan finds a match there only
    as the pattern matches from that position (the scan may find none there, its previous match running
    over it; never another one), so trying each such position of each line decides it. With ``firsts``,
    the letters the pattern's matches open with (Scanner.place_firsts), it is tried only at one of them
    (a blank line's break or a line's first mark opens no match).
    """
    end = min(len(text), _DATELINE_REACH)
    line = 0
    while line < end:
        k = line
        while True:
            m = pattern.match(text, k, end) if firsts is None or (k < end and text[k] in firsts) else None
            if m is not None and dateline_end(text, m.start(), m.end()) is not None:
                return True
            if k >= end or text[k] not in _LINE_LEAD:
                break
            k += 1
        nl = text.find("\n", line, end)
        if nl < 0:
            break
        line = nl + 1
    return False


def _after_origin(lex: Lexicon, text: str, start: int) -> bool:
    """Whether an origin word ("from", "القادمة من") ends right before ``start``."""
    if not lex.origins:
        return False
    before = TOKEN_RE.findall(text[max(0, start - 40) : start].lower())
    return any(" ".join(before[-n:]) in lex.origins for n in (1, 2, 3) if len(before) >= n)


def _before_suffix(lex: Lexicon, text: str, end: int) -> bool:
    """Whether an origin suffix ("-bound": "the London-bound flight") is written right after a place
    ending at ``end``: the place is where the flight was going, not where the figure is."""
    return any(text[end : end + len(s)].lower() == s for s in lex.origin_suffixes)


_INSTITUTION_BACK = 2  # words before an Arabic place where its institution's noun may stand
# ("مستشفيي الثورة والكويت")


def _names_institution(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the place named at ``text[start:end]`` is part of an institution's name (places.yaml
    institution_words): right after the noun in Arabic ("مستشفى الكويت", or a name joined by و after
    another, "مستشفيي الثورة والكويت"), right before it in English ("Kuwait Hospital")."""
    if not lex.institutions and not lex.speakers:
        return False
    if lex.lang == "ar":
        words = TOKEN_RE.findall(text[max(0, start - 60) : start])
        before = [fold_word(w) for w in words[-_INSTITUTION_BACK:]]
        if before and any(f in lex.institutions or f in lex.speakers for f in strip_clitics(before[-1])):
            return True  # ... or the speaker after its verb: "وأعلنت فرنسا"
        joined = text[start : start + 1] == "و" and len(before) == _INSTITUTION_BACK \
            and phrase_key(text[start:end]) not in lex.places  # (واغادوغو: a name, no و joining it)
        return joined and any(f in lex.institutions for f in strip_clitics(before[0]))
    after = TOKEN_RE.findall(text[end : end + 30])[:1]
    return bool(after) and (after[0].lower() in lex.institutions or after[0].lower() in lex.speakers)


def _places(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
            headline: str | None, tokens: SentenceTokens | None = None, quote: Quote | None = None) -> None:
    sc = scanner(lex.lang)
    pattern = sc.places
    if pattern is None:
        return
    title = fold(headline) if headline else None
    # (the place matches of a span of a sentence, read from its tokens: the same as the regex's)
    finder = PhraseScan(pattern, sc.place_runs, tokens, bounds) \
        if sc.place_runs is not None and tokens is not None and tokens.text is text else None
    starts = [b[0] for b in bounds]
    datelines: list[tuple[int, int]] = []
    # Per place match of the text (the clauses of neighbouring figures read the same matches): whether
    # it names an institution, and the lexicon key of the place it names (None: none).
    matched: dict[tuple[int, int], tuple[bool, str | None]] = {}
    senses: dict[str, str] = {}  # a shared spelling's place in this article (places.yaml senses)

    def sense_of(key: str) -> str:
        """The place a spelling two places share names in this article: the other place when the
        article names one of its cue words ("عمان" in a story that names Jordan is Amman)."""
        got = senses.get(key)
        if got is None:
            other, cues = lex.senses[key]
            named = any(not cues.isdisjoint(strip_clitics(t)) for t in TOKEN_RE.findall(text))
            got = senses[key] = other if named else key
        return got

    def place_of(source: str, m: re.Match[str]) -> tuple[bool, str | None]:
        span = m.span()
        got = matched.get(span) if source is text else None
        if got is None:
            # "deir ez-zor" -> "deir ez - zor", as the lexicon stores it (phrase_key)
            key = next((k for form in strip_clitics(m.group().replace("\u202f", " "))
                        if (k := phrase_key(form)) in lex.places), None)
            if key is not None and key in lex.senses:
                key = sense_of(key)
            if lex.vocalized:
                written = (quote(*span) if quote is not None else "") if source is text \
                    else _title_words(headline, title, span) if title is not None and source is title.text \
                    else ""
                if SHADDA in written:  # "عمّان": Amman, where bare عمان is Oman
                    key = next((lex.vocalized[f] for f in strip_clitics(fold_vocalized(written))
                                if f in lex.vocalized), key)
            got = (_names_institution(lex, source, span[0], span[1]), key)
            if source is text:
                matched[span] = got
        return got

    origin_before: dict[int, bool] = {}  # per place match of the text: whether an origin word ends before it
    scans: dict[tuple[int, int], list[re.Match[str]]] = {}  # the place matches of a span of the text

    def after_origin(source: str, start: int) -> bool:
        if source is not text:
            return _after_origin(lex, source, start)
        got = origin_before.get(start)
        if got is None:
            got = origin_before[start] = _after_origin(lex, source, start)
        return got

    def names_in(source: str, lo: int, hi: int, before_figure: int | None = None,
                 skip_datelines: bool = True, origins: list[str] | None = None,
                 after_figure: bool = False, skip_speakers: bool = False) -> tuple[str, ...]:
        """The places named in ``source[lo:hi]``; with ``origins``, a place named after an origin
        word ("a shipment from Ecuador", "القادمة من") goes there instead: where the goods or people
        came from, not where the figure is; with ``after_figure`` (``lo`` ends a figure), a name right
        after it is what it counts ("115 صوماليا و135 إثيوبيا": Ethiopians), no place of it."""
        names: list[str] = []
        if source is text:
            # (a span between two figures is read after the first and then before the second)
            matches = scans.get((lo, hi))
            if matches is None:
                matches = scans[lo, hi] = finder.matches(lo, hi) if finder is not None \
                    else list(pattern.finditer(text, lo, hi))
        else:
            matches = list(pattern.finditer(source, lo, hi))
        for m in matches:
            if before_figure is not None and _links_figure(lex, source, m.end(), before_figure):
                continue  # "والأردن 650 ألفا": a place right before the next figure is that figure's
                # (so is one a link word alone parts from it: "the United States at 3.38%")
            if after_figure and not source[lo : m.start()].strip() \
                    and phrase_key(m.group().replace("\u202f", " ")) in lex.places:
                continue  # (with a preposition on it, "و3 بسوريا", it is a place)
            if skip_datelines and datelines and _inside(m.start(), datelines):
                continue
            if skip_speakers and speakers and _inside(m.start(), speakers):
                continue  # (a figure's own clause or scene; the article's default place keeps them)
            institution, key = place_of(source, m)
            if institution:
                continue  # "نقل الجرحى إلى مستشفى الكويت": a hospital's name, not where they are
            if key is not None:
                into = origins if origins is not None and (
                    after_origin(source, m.start()) or _before_suffix(lex, source, m.end())) else names
                if lex.places[key] and lex.places[key] not in into:
                    into.append(lex.places[key])
        return tuple(names)

    if _may_open_dateline(pattern, text, sc.place_firsts):
        for m in pattern.finditer(text, 0, min(len(text), _DATELINE_REACH)):  # datelines open the lead
            end = dateline_end(text, m.start(), m.end())
            if end is not None:
                datelines.append((m.start(), end))
    datelines += _attributions(lex, text, [r.start for r in raws])
    speakers = _speaker_spans(lex, text)

    origins: list[str] = []

    def found(lo: int, hi: int, before_figure: int | None = None,
              after_figure: bool = False) -> tuple[str, ...]:
        return names_in(text, lo, hi, before_figure, origins=origins, after_figure=after_figure,
                        skip_speakers=True)

    default = _default_places(lex, text, bounds, title.text if title is not None else "", names_in)
    quantities = [r for r in raws if r.kind in _QUANTITY]
    scenes: dict[int, tuple[str, ...]] = {}  # per sentence: the places before its first figure
    for n, raw in enumerate(quantities):  # by index, so a line of 100,000 figures stays linear
        sentence = bisect_right(starts, raw.start) - 1
        s_start, s_end = bounds[sentence]
        origins.clear()
        nxt = quantities[n + 1].start if n + 1 < len(quantities) else s_end
        # (a duration before it is an adjunct, "على مدى نحو عام بتصدير 33 مليون طن": the place named
        # before the duration is still this figure's clause's)
        k = n - 1
        while k >= 0 and quantities[k].kind is K_DURATION and quantities[k].end > s_start:
            k -= 1
        prv = quantities[k].end if k >= 0 and quantities[k].end > s_start else s_start
        # The clause after the figure ends at the next figure or at a clause mark (، , ; :).
        right_end = nxt if nxt < s_end else s_end
        clause = _CLAUSE_RE.search(text, raw.end, right_end)
        place = found(raw.end, clause.start() if clause else right_end, nxt if nxt < s_end else None, True)
        if not place:
            left = prv if prv > s_start else s_start
            marks = [m.end() for m in _CLAUSE_RE.finditer(text, left, raw.start)]
            place = found(marks[-1] if marks else left, raw.start)
        own_origins = tuple(origins)
        if not place and n and quantities[n - 1].kind is K_PERCENT and quantities[n - 1].start >= s_start \
                and _reached_to(text, quantities[n - 1].end, raw.start):
            place = quantities[n - 1].place  # "قفز إنفاق إسرائيل 24 في المئة إلى 27.5": the change's place
        if sentence not in scenes:
            # The sentence's own scene, stated before its first figure ("In Libya, where the storm
            # made landfall in April 2024, the floods killed 34 people"), not in a relative clause set
            # off by a comma, which tells of its noun ("Maroc Telecom, which also owns operators in
            # Mauritania and Mali, had revenue of 29.1 billion dirhams").
            scene_end = _aside_opens(lex, text, s_start, raw.start)
            scenes[sentence] = names_in(text, s_start, scene_end, origins=[],  # (origins left out)
                                        skip_speakers=True)
        if not place:
            place = scenes[sentence]
        if place:
            raw.place = place
            raw.evidence.append("place " + ", ".join(place))
        elif default[0]:
            raw.place = default[0]
            raw.evidence.append(f"place {', '.join(default[0])} from the {default[1]} (assumed)")
        elif own_origins:
            raw.place = own_origins
            raw.evidence.append(f"place {', '.join(own_origins)} named as an origin (assumed)")
    openers = frozenset(_vocab(lex, "relative_openers"))
    for n, raw in enumerate(raws):
        if raw.kind is not K_DATE:
            continue
        # A date's clause may name where its event was, after it ("the Aug. 17 quake in northwestern
        # Turkey"): up to the next figure or clause mark. The date keeps no place of its own (it names
        # a day, whatever the place); the note only tells another place's event apart.
        s_end = bounds[bisect_right(starts, raw.start) - 1][1]
        nxt = raws[n + 1].start if n + 1 < len(raws) and raws[n + 1].start < s_end else s_end
        clause = _CLAUSE_RE.search(text, raw.end, nxt)
        stop = clause.start() if clause else nxt
        words = list(islice(TOKEN_RE.finditer(text, raw.end, stop), _DATE_PLACE_WORDS))
        named: tuple[str, ...] = ()
        if words:
            stop = words[-1].end()
            folded = [fold_word(w.group()).lower() for w in words]
            if not lex.clock_words.isdisjoint(folded):
                continue  # "16 نوفمبر بتوقيت الدوحة", "Doha time": the clock's place, not the event's
            aside = next((w.start() for w, f in zip(words, folded, strict=True)
                          if not openers.isdisjoint(strip_clitics(f))), stop)
            named = names_in(text, raw.end, aside, origins=[])
        if not named:
            # ... or right before it, "in" a place "on" the day ("won on penalties in Donetsk on
            # Wednesday, June 27", "في دونيتسك يوم الأربعاء 27 يونيو")
            s_start = bounds[bisect_right(starts, raw.start) - 1][0]
            lo = max(s_start, raw.start - _DATE_PLACE_BEFORE)
            opened = _in_place_on(lex.lang).search(text, lo, raw.start)
            if opened is not None:
                named = names_in(text, opened.start("place"), opened.end("place"), origins=[])
        if named:
            raw.evidence.append(DATE_PLACE_NOTE + ", ".join(named))


_DATE_PLACE_BEFORE = 60  # characters before a date where "in <place> on" may stand


@cache
def _in_place_on(lang: str) -> re.Pattern[str]:
    """"in <place> on" ("في <place> يوم") ending right where a date starts (the end of the searched
    span): the place of the date's event."""
    if lang == "en":
        return re.compile(r"(?<!\w)in\s+(?P<place>[^\W\d_][^,.;:()\n]{0,40}?)\s*,?\s+on\s+\Z")
    return re.compile(r"(?<!\w)[وف]?في\s+(?P<place>[^\W\d_][^،,.;:()\n]{0,40}?)\s*،?\s+يوم\s+\Z")


_DATE_PLACE_WORDS = 5  # words after a date where the place of its event may stand ("quake in
# northwestern Turkey"), short of a relative clause ("التي وقعها ... في الرياض": the clause's own place)


def _links_figure(lex: Lexicon, text: str, lo: int, hi: int) -> bool:
    """Whether nothing stands between a place ending at ``lo`` and the figure at ``hi`` but space and at
    most one of places.yaml place_links ("at", "with", "بـ")."""
    words = TOKEN_RE.findall(text, lo, hi)
    return not words or (len(words) == 1 and fold_word(words[0]).lower() in lex.place_links)


_ASIDE_OPENER = re.compile(r"[,،]\s*(\w+)")


def _aside_opens(lex: Lexicon, text: str, lo: int, hi: int) -> int:
    """Where the first relative clause set off by a comma (periods.yaml relative_openers after a comma:
    ", which", "، الذي") opens in ``text[lo:hi]``; ``hi`` when none does."""
    openers = _vocab(lex, "relative_openers")
    if openers:
        for m in _ASIDE_OPENER.finditer(text, lo, hi):
            if not openers.keys().isdisjoint(strip_clitics(fold_word(m.group(1)).lower())):
                return m.start()
    return hi


def _title_words(headline: str | None, title: Folded, span: tuple[int, int]) -> str:
    """The headline's own words for a span of its folded text ``title`` (_default_places reads it
    folded)."""
    return headline[title.orig(span[0]) : title.orig_end(span[1])] if headline else ""


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans``."""
    return any(a <= position < b for a, b in spans)


_ATTRIBUTION_REACH = 80  # characters an attribution phrase runs at most ("وبحسب بيانات مركز ... في إسطنبول")
_ATTRIBUTION_END = re.compile(r"[،,;:؛.!?\n]")  # a clause mark or the sentence's end closes it


def _attributions(lex: Lexicon, text: str, figures: list[int]) -> list[tuple[int, int]]:
    """The spans of the attribution phrases of ``text`` (places.yaml attribution_words: "according to
    the centre in Istanbul", "وبحسب بيانات مركز التنسيق في إسطنبول"), each up to the next clause mark or
    figure: a place named there is where the source is, not where its figures are."""
    pattern = _attribution_pattern(lex.lang)
    if pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        stop = min(len(text), m.end() + _ATTRIBUTION_REACH)
        mark = _ATTRIBUTION_END.search(text, m.end(), stop)
        if mark is not None:
            stop = mark.start()
        after = bisect_right(figures, m.end())
        if after < len(figures) and figures[after] < stop:
            stop = figures[after]
        spans.append((m.start(), stop))
    return spans


def _speaker_spans(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    """"وقال الناطق باسم المكتب في إسلام آباد إن أكثر من 900 أصيبوا": the speaker's words between a verb
    of saying and the complementizer that opens what was said; a place there is where the speaker is,
    not where the figures said are (it may still be the article's own place, read from its lead)."""
    speaker = _speaker_pattern(lex.lang)
    return [] if speaker is None else [(m.end("verb"), m.start("comp")) for m in speaker.finditer(text)]


@cache
def _speaker_pattern(lang: str) -> re.Pattern[str] | None:
    """A verb of saying (places.yaml speaker_words) and the complementizer (concepts.yaml) after it in
    its clause, within _ATTRIBUTION_REACH: for a language whose verb comes before its speaker."""
    lex = load_lexicon(lang)
    if not lex.speakers or not lex.complementizers:
        return None
    verbs = _alternation(lex.speakers)
    comps = _alternation(fold_word(w).lower() for w in lex.complementizers)
    return re.compile(rf"(?<!\w)[وف]?(?P<verb>{verbs})(?!\w)"
                      rf"[^،,;:؛.!?\n]{{0,{_ATTRIBUTION_REACH}}}?(?<!\w)(?P<comp>{comps})(?!\w)")


@cache
def _attribution_pattern(lang: str) -> re.Pattern[str] | None:
    words = sorted(load_lexicon(lang).attributions, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    guard = first_guard(["و", *words])  # (a class of first letters: case-insensitive as the words are)
    return re.compile(rf"(?<!\w){guard}و?(?:{body})(?!\w)", re.IGNORECASE)  # (not ف: "فحسب" is "only")


def _reached_to(text: str, lo: int, hi: int) -> bool:
    """Whether the words between a change and the next figure end with "to" ("grew 5.9% last year to
    $3.58 trillion", "زاد 9 في المئة إلى نحو 200"), with no clause mark between them."""
    if _CLAUSE_RE.search(text, lo, hi):
        return False
    words = TOKEN_RE.findall(text, lo, hi)
    return bool(words) and fold_word(words[-1]).lower() in TO_WORDS


def _default_places(lex: Lexicon, text: str, bounds: list[tuple[int, int]], title: str,
                    names_in: Callable[..., tuple[str, ...]]) -> tuple[tuple[str, ...], str]:
    """The article's place: named in its headline, else in its lead sentence (not its dateline); a
    place named as an origin ("cocaine from Ecuador") is not the article's."""
    if title:
        places = names_in(title, 0, len(title), None, False, [])  # (origins left out)
        if places:
            return places, "headline"
    title = title.strip()
    for lo, hi in bounds[:64]:  # (front matter and headings are blank or short lines before the lead)
        sentence = text[lo:hi].strip()
        if not sentence or (title and title in sentence) or len(sentence) < 24:
            continue
        places = names_in(text, lo, hi, origins=[])
        return (places, "lead") if places else ((), "")
    return (), ""


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


def _part_of_year(lex: Lexicon, texts: list[str], k: int, year: int) -> tuple[dt.date, dt.date] | None:
    """The half, quarter or first months of ``year`` named just before ``texts[k]``."""
    for key, months in (("halves", 6), ("quarters", 3)):
        table = _vocab(lex, key)
        hit = lex.lookback(table, texts, k)  # "النصف الأول من", "the second quarter of"
        if hit is not None:
            return _year_span(year, (table[hit[0]] - 1) * months + 1, months)
    first_months = _first_months(lex, texts, k)
    if first_months:
        return _year_span(year, 1, first_months)
    return None


def _period_of_year(lex: Lexicon, texts: list[str], end: int, year: int,
                    published: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    k = _skip(lex, texts, end, ("year_word", "of"))
    after_in = _behind(lex, _vocab(lex, "in"), texts, k)
    if _dated_thing(lex, texts, k - after_in):
        return None  # "قانون الجنسية الصادر عام 1959", "founded in 1998": a thing's date, no figure's period
    if _compared_year(lex, texts, k - after_in):
        return None  # "ارتفعت بنسبة 52 في المئة مقارنة بعام 2019": the basis of a change, not its period
    part = _part_of_year(lex, texts, k, year)
    if part is not None:
        return part
    after_since = _behind(lex, _vocab(lex, "since"), texts, k)
    if after_since:
        at: int | None = k - after_since
    elif as_of := _behind(lex, _vocab(lex, "as_of"), texts, end):  # "as of 2023" as "since 2023": a
        at = end - as_of  # year is no tally's day (read before the "of" that _skip steps over)
    else:
        at = _since_near(lex, texts, end)
    if at is not None:  # "since the start of 2024"
        if _record_before(lex, texts, at):
            return None  # "the highest level since 2016": a record's comparison, not the figure's period
        return dt.date(year, 1, 1), published
    if after_in or _behind(lex, _vocab(lex, "year_of"), texts, k) or k < end:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def _compared_year(lex: Lexicon, texts: list[str], at: int) -> bool:
    """Whether the year whose words start at ``texts[at]`` is the basis of a change: a word of
    periods.yaml's compared_with right before it, or compared_after_change after a figure or a verb of
    change ("بزيادة 13.6 في المئة على عام 2024"); either also before a noun of year_of ("تزيد بنسبة
    13.6 في المئة على ميزانية عام 2024", "up 9% from the 2024 budget")."""
    starts = [at]
    noun = _behind(lex, _vocab(lex, "year_of"), texts, at)
    if noun:
        starts.append(at - noun)
    for start in starts:
        if _behind(lex, _vocab(lex, "compared_with"), texts, start):
            return True
        word = _behind(lex, _vocab(lex, "compared_after_change"), texts, start)
        if word and any(t[:1].isdigit() or not lex.change_verbs.isdisjoint(lex.stripped(t))
                        for t in texts[max(0, start - word - _CHANGED_REACH) : start - word]):
            return True
    return False


_DATED_GAP = 4  # words between a word that dates a thing and the year ("signed between the two countries in")


def _dated_thing(lex: Lexicon, texts: list[str], at: int) -> bool:
    """Whether a word of periods.yaml's dated_by ends right before ``texts[at]`` or at most _DATED_GAP
    words before it, no mark or figure between ("الاتفاقية الموقعة بين البلدين عام 1973", "the treaty
    signed by both sides in 1973"): the year dates that thing."""
    return _in_clause_behind(lex, _vocab(lex, "dated_by"), texts, at, _DATED_GAP)


def _in_clause_behind(lex: Lexicon, table: dict[str, Any], texts: list[str], at: int, gap: int) -> bool:
    """Whether a phrase of ``table`` ends right before ``texts[at]`` or at most ``gap`` words before it,
    no mark or figure between."""
    for j in range(at, max(0, at - gap) - 1, -1):
        if _behind(lex, table, texts, j):
            return True
        if j > 0 and not texts[j - 1][:1].isalpha():
            return False  # a mark or a figure: the words before it are another clause's
    return False


_PART_GAP = 2  # words between a part word and the figure ("معظم الوفيات الـ212": a noun and "الـ")


def _whole_of_part(lex: Lexicon, raw: Raw, bounds: list[tuple[int, int]], starts: list[int],
                   tokens: SentenceTokens) -> bool:
    """Whether a word of periods.yaml's part_of_whole stands right before the figure or at most
    _PART_GAP words before it, no mark between ("معظم الوفيات الـ212 سجلت منذ مطلع تموز", "most of the
    212 deaths were recorded since July"): the figure is the whole, the period its sentence states is
    of the part, so the figure takes none from it."""
    table = _vocab(lex, "part_of_whole")
    if not table:
        return False
    s_start, s_end = bounds[bisect_right(starts, raw.start) - 1]
    texts, _ = tokens.words(max(s_start, raw.start - _PERIOD_REACH), raw.start, s_start, s_end)
    return _in_clause_behind(lex, table, texts, len(texts), _PART_GAP)


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


# Characters before a year, date or duration read for the words that make it a period: a "since" six
# words back and a superlative eight words before that ("the largest single wildfire recorded in the
# European Union since the bloc began collecting data in 2000": a record's comparison).
_PERIOD_REACH = 140


def _periods(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
             published: dt.date | None, quote: Quote, tokens: SentenceTokens) -> None:
    starts = [b[0] for b in bounds]
    found: list[tuple[int, int, Period]] = []  # (sentence, position, period)
    whens: set[int] = set()  # the positions of the periods of a when-clause: only for figures after them
    for raw in raws:
        if raw.kind not in (K_YEAR, K_DATE, K_DURATION):
            continue
        s = bisect_right(starts, raw.start) - 1
        s_start, s_end = bounds[s]
        # (the words span would give, and where the first of them starts: no tokens are made)
        texts, first = tokens.words(max(s_start, raw.start - _PERIOD_REACH), raw.start, s_start, s_end)
        span = _span_of(lex, text, raw, texts, published)
        if raw.kind is K_DATE:
            _date_notes(lex, raw, texts)
        elif raw.kind is K_YEAR and _record_event_year(lex, texts):
            raw.evidence.append(EARLIER_EVENT_NOTE)
        if raw.kind is K_YEAR and raw.value is not None and (
                _when_follows(lex, text, raw.end)
                or (span is None and _relative_follows(lex, text, raw.end) and _basis_year(lex, texts))):
            # "since 1995, when more than 300 were killed": the figures after it are of 1995 (those
            # before it keep what the year states for them: "killed 300 since 2014, when ..."); so are
            # those of a relative clause right after the year a change is measured against
            # ("بمقدار 8 نقاط مقارنة بدورة عام 2009 التي سجلوا فيها 368 نقطة")
            year = int(raw.value)
            whens.add(raw.end)
            found.append((s, raw.end, Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31),
                                             text=_last_words(quote(raw.start, raw.end), 60))))
        if raw.kind is K_DATE and span is not None and span[0] is not None and span[1] == published \
                and _when_follows(lex, text, raw.end):
            # "since March 3, when the dollar was worth 880 lira": the figures after it are of that
            # day (of that month, for a month alone), as after a year
            whens.add(raw.end)
            found.append((s, raw.end, Period(start=span[0], end=_since_point_end(raw.date, span[0]),
                                             text=_last_words(quote(raw.start, raw.end), 60))))
        if span is not None:
            lo = first if texts else raw.start
            found.append((s, raw.start, Period(start=span[0], end=span[1],
                                               text=_last_words(quote(lo, raw.end), 60))))
    found += _date_ranges(lex, text, raws, starts, quote)
    found += _named_periods(lex, text, raws, bounds, starts, published, quote, tokens, whens)
    found = _ending_periods(lex, text, raws, bounds, starts, published, quote, found)
    found = _anaphoric_periods(lex, text, starts, found, published, quote)
    if not found:
        return
    # "اعتبارا من أول مارس 2025", "as of March 1" in an article of February: a span from a day after
    # publication, not one up to it (which would end before it starts)
    found = [(s, at, p.model_copy(update={"end": None}) if p.start and p.end and p.end < p.start else p)
             for s, at, p in found]
    found.sort(key=lambda f: f[1])
    # A period inside a relative clause ("James, who filed the lawsuit in September 2022, had asked
    # ... $380 million", "اللقب الذي أحرزته عام 1963") dates what that clause tells of, not the
    # figures outside it: it stays only for a figure within the clause or just before its opener.
    # A span running up to publication too ("the 2024/2025 fiscal year, which began on April 1",
    # "Rybakina, who has represented Kazakhstan since 2018, is ranked 23rd"); the toll of the event
    # the clause dates ("the fires, which broke out on Monday, have killed 90") is left to be assumed.
    embedded = _embedded_periods(lex, text, found, bounds, tokens)
    found_all = found
    found = [f for f in found if f[1] not in embedded]
    positions = [f[1] for f in found]
    by_sentence: dict[int, list[tuple[int, int, Period]]] = {}
    for f in found_all:  # grouped once, so a text of many figures and periods stays linear
        by_sentence.setdefault(f[0], []).append(f)
    quantities = [r for r in raws if r.kind in _QUANTITY]
    # The next figure of each: a duration that states a period ("خلال الشهرين الماضيين") is that
    # period, not a figure of its own clause.
    def states_period(raw: Raw) -> bool:  # "six months" in "the first six months of 2024"
        k = bisect_left(positions, raw.start)
        return raw.kind is K_DURATION and k < len(positions) and positions[k] <= raw.end + 25

    nexts: list[int] = []
    upcoming = len(text)
    for raw in reversed(quantities):
        nexts.append(upcoming)
        if not states_period(raw):
            upcoming = raw.start
    nexts.reverse()
    own: list[tuple[int, int, Period] | None] = []  # each figure's period from its own sentence
    wholes: list[bool] = []  # each figure: whether it is the whole a part word takes some of (_whole_of_part)
    basis, surpassing = _comparison_words(lex.lang), surpassing_words(lex.lang)
    bases: dict[int, bool] = {}  # whether a period is a changed figure's basis (asked once, where used)

    def of_change(f: tuple[int, int, Period]) -> bool:
        if f[1] not in bases:
            bases[f[1]] = basis_of_change(text, f[1], lex.lang, changed=True)
        return bases[f[1]]

    ends = [r.end for r in quantities]
    figure_bases: dict[int, bool] = {}  # whether a figure is the basis of a change, by its start

    def figure_basis(start: int) -> bool:
        got = figure_bases.get(start)
        if got is None:
            got = figure_bases[start] = basis_of_change(text, start, lex.lang)
        return got

    def of_basis(f: tuple[int, int, Period]) -> bool:
        """Whether the period trails, in one clause, a figure that is the basis of a change
        ("مقارنة بـ1420 عملية في 2023"): the basis's period."""
        k = bisect_right(ends, f[1]) - 1
        return k >= 0 and _CLAUSE_RE.search(text, ends[k], f[1]) is None \
            and figure_basis(quantities[k].start)

    def of_earlier(f: tuple[int, int, Period]) -> bool:  # an earlier figure's own period
        return of_change(f) or of_basis(f)

    breaks = frozenset(lex.clause_breaks)
    for raw, next_figure in zip(quantities, nexts, strict=True):
        same = by_sentence.get(bisect_right(starts, raw.start) - 1)
        if same and (embedded or whens):
            # a relative clause's period only for a figure in it or right before its opener; a
            # when-clause's year ("ارتفعت بنسبة 52 في المئة مقارنة بعام 2019، حين لم يتجاوز ... 17.5
            # مليون") only for the figures after it (17.5 million), none before
            same = [f for f in same if (f[1] not in embedded or _within(text, raw, embedded[f[1]]))
                    and (f[1] not in whens or f[1] <= raw.start)]
        # (asked only of a figure whose sentence states a period: no other takes one from its sentence)
        whole = bool(same) and _whole_of_part(lex, raw, bounds, starts, tokens)
        wholes.append(whole)
        own.append(_nearest_period(text, raw, same, next_figure, published, basis, of_earlier, breaks,
                                   surpassing) if same and not whole else None)
    # The article's period: the one the lead states for its first figure that has one and says what
    # it counts (a score "3-1 ... to retain the title they first won in 2019" sets nothing).
    lead_end = _lead_end(text)
    # the periods figures state of their own, less a basis of change's ("down from the 303 in 2019"):
    # those are neither the article's nor their sentence's main period
    # (asked only where the answer is used: basis_of_change reads the words before each figure)
    def leading(n: int) -> tuple[int, int, Period] | None:
        p = own[n]
        return p if p is not None and not figure_basis(quantities[n].start) else None

    default = next((p for n, raw in enumerate(quantities)
                    if raw.start < lead_end and raw.concept is not None and (p := leading(n)) is not None),
                   None)
    paragraphs = [m.end() for m in PARAGRAPH_RE.finditer(text)]
    # Per sentence, the period of its first figure that has one: the sentence's main period.
    main: dict[int, tuple[int, int, Period]] = {}
    for n, raw in enumerate(quantities):
        if own[n] is not None:
            s = bisect_right(starts, raw.start) - 1
            if s not in main and (p := leading(n)) is not None:
                main[s] = p
    dated = _dated_sentences(raws, starts, published)
    present = _present_sentences(lex.lang, text, starts)
    for raw, best, whole in zip(quantities, own, wholes, strict=True):
        if best is None:
            if bisect_right(starts, raw.start) - 1 in dated:
                continue  # "launched on Sunday, July 6 a programme of $60 million": its own time, unknown
            if bisect_right(starts, raw.start) - 1 in present:
                continue  # "India now has 3.45 million active cases": the present, no earlier period
            if figure_basis(raw.start):
                # "مقارنة بـ230 مليارا في الميزانية المقدرة": what a figure is compared with is of
                # another time than its sentence's, which the lead's or an earlier sentence's is not
                continue
            para = bisect_right(paragraphs, raw.start)
            para_start = paragraphs[para - 1] if para else 0
            last = bisect_left(positions, raw.start) - 1  # the last period stated before the figure
            # A sentence before it: its main figure's period, not the last one it states ("8.7
            # million visitors last year, down from 8.9 million in 2023. About 69 percent of them":
            # last year's); none when only the basis of a change had one ("down from the 303 it took
            # in 2019. Its alliance secured 293 seats").
            earlier = last >= 0 and found[last][0] != bisect_right(starts, raw.start) - 1
            if last < 0 or positions[last] < para_start or (earlier and found[last][0] not in main) \
                    or (whole and not earlier):  # (a period before it in its sentence is a part's)
                if default is None:
                    continue
                raw.period = default[2]  # the article's period, stated in its lead
                raw.evidence.append(f"{_period_note(default[2])} from the lead (assumed)")
                continue
            best = main[found[last][0]] if earlier else found[last]
        raw.period = best[2]
        raw.evidence.append(_period_note(best[2]))


_ATTACHED_WORDS = 3  # words between a figure and the relative clause of its noun ("44 people who died")
_RELATIVE_REACH = 240  # characters a relative clause may run before its period, and after it


_OPENERS_KEPT = 200_000  # words _embedded_periods remembers (the memo is emptied when it holds this many)


def _embedded_periods(lex: Lexicon, text: str, found: list[tuple[int, int, Period]],
                      bounds: list[tuple[int, int]], tokens: SentenceTokens) -> dict[int, tuple[int, int]]:
    """The periods stated inside a relative clause (periods.yaml relative_openers: "who", "الذي"), by
    position: the span of that clause, from its opener to the clause mark after the period (or the
    sentence's end, within ``_RELATIVE_REACH``). The opener stands before the period in its sentence, no
    clause mark between."""
    openers = _vocab(lex, "relative_openers")
    out: dict[int, tuple[int, int]] = {}
    if not openers:
        return out
    is_opener = lex.walks.get("relative_openers")  # whether a word is an opener, remembered per lexicon
    if is_opener is None or len(is_opener) >= _OPENERS_KEPT:
        is_opener = lex.walks["relative_openers"] = {}
    for s, at, _ in found:
        lo = max(bounds[s][0], at - _RELATIVE_REACH)
        for mark in _CLAUSE_RE.finditer(text, lo, at):
            lo = mark.end()
        opener = None
        toks = tokens.span(lo, at, *bounds[s])[0]  # (the sentence's tokens, read once)
        for tok in toks:
            known = is_opener.get(tok.text)
            if known is None:
                known = is_opener[tok.text] = \
                    not openers.keys().isdisjoint(strip_clitics(fold_word(tok.text).lower()))
            if known:
                opener = tok.start
        if opener is None and toks and _since_after_definite(lex, text, toks[-1], at):
            opener = toks[-1].start
        if opener is None:
            continue
        end = min(bounds[s + 1][0] if s + 1 < len(bounds) else len(text), at + _RELATIVE_REACH)
        close = _CLAUSE_RE.search(text, at, end)
        out[at] = (opener, close.start() if close is not None else end)
    return out


def _since_after_definite(lex: Lexicon, text: str, before: Tok, at: int) -> bool:
    """Whether a "since" period follows an Arabic definite word right before it, an adjective or
    participle of the noun before ("المسجون منذ أوائل سبتمبر"، "الحرب الدائرة منذ منتصف أبريل"): a
    relative clause without its pronoun, which dates that noun, not the figures outside it."""
    if lex.lang != "ar" or not any(form.startswith("ال") for form in strip_clitics(fold_word(before.text))):
        return False
    head = TOKEN_RE.match(text, at)
    since = _vocab(lex, "since")
    return head is not None and any(form in since for form in strip_clitics(fold_word(head.group())))


def _within(text: str, raw: Raw, clause: tuple[int, int]) -> bool:
    """Whether a figure stands in a relative clause, or just before its opener, a noun or two between
    and no clause mark ("44 people who died in 2023"): the clause's period may be the figure's."""
    opener, end = clause
    if opener <= raw.start < end:
        return True
    return raw.end <= opener <= raw.end + _RELATIVE_REACH \
        and _CLAUSE_RE.search(text, raw.end, opener) is None \
        and len(TOKEN_RE.findall(text, raw.end, opener)) <= _ATTACHED_WORDS


_SAYING_DAYS = 1  # a date this close to publication is most often when something was said, not done


def _dated_sentences(raws: list[Raw], starts: list[int], published: dt.date | None) -> set[int]:
    """The sentences that name a day other than the publication's ("on Sunday, July 6", "في 3 آذار"):
    a figure there happened that day, so it takes no period from the lead or an earlier sentence (a
    day beside publication is most often when something was said: "said on Tuesday")."""
    out: set[int] = set()
    for raw in raws:
        if raw.kind is not K_DATE or not raw.date:
            continue
        try:
            year, month, day = date_parts(raw.date)
        except ValueError:
            continue
        if month is None or day is None:
            continue  # a month or a year names no day
        if published is not None:
            try:
                when = dt.date(published.year if year is None else year, month, day)
            except ValueError:
                continue
            if abs((published - when).days) <= _SAYING_DAYS:
                continue
        out.add(bisect_right(starts, raw.start) - 1)
    return out


def _period_note(period: Period) -> str:
    return f"period {period.start or '…'}..{period.end or '…'}"


def _lead_end(text: str) -> int:
    """Where the lead ends: the end of the first paragraph of body text after the headline."""
    pos = 0
    for m in PARAGRAPH_RE.finditer(text):
        chunk = text[pos : m.start()].strip()
        if len(chunk) >= 80 or (chunk and chunk[-1:] in ".؟?!"):
            return m.start()
        pos = m.end()
    return len(text)


def _anaphoric_periods(lex: Lexicon, text: str, starts: list[int], found: list[tuple[int, int, Period]],
                       published: dt.date | None, quote: Quote) -> list[tuple[int, int, Period]]:
    """``found`` with the periods named by reference to an earlier one: "the same period [last
    year]", "الفترة نفسها [من العام الماضي]", "since then", "منذ ذلك الحين", "the previous year",
    "العام السابق" — the last period stated before the phrase, a year earlier, or from its start up
    to publication; "the previous election", "الدورة الماضية" (previous_occurrence): any time before
    the article's occasion, up to the day before the period it follows. ("last year" inside such a
    phrase is part of it, not a period of its own; "the previous year" with no period before it is the
    year before publication.)"""
    pattern = _anaphora_pattern(lex.lang)
    if pattern is None or (not found and published is None) or not _may_hold(text, _anaphora_words(lex.lang)):
        return found
    matches = list(pattern.finditer(text))
    if not matches:
        return found
    span_starts = [m.start() for m in matches]

    def inside_a_phrase(position: int) -> bool:  # (by bisection: linear in periods and phrases)
        k = bisect_right(span_starts, position) - 1
        return k >= 0 and position < matches[k].end()

    base = sorted((f for f in found if not inside_a_phrase(f[1])), key=lambda f: f[1])
    positions = [f[1] for f in base]
    out: list[tuple[int, int, Period]] = list(base)
    basis = _comparison_words(lex.lang)
    lead_end = _lead_end(text)
    first_of: dict[int, int] = {}  # per sentence, the index in base of the first period it states
    for n, f in enumerate(base):
        first_of.setdefault(f[0], n)
    for m in matches:
        if m["prior"] is not None and _before_a_number(text, m.end()):
            continue  # "قبل عام 2011": before the year 2011, no year before another period
        k = bisect_left(positions, m.start()) - 1
        s = bisect_right(starts, m.start()) - 1
        if m["occasion"] is not None:
            k = _followed(base, first_of, k, s, min(lead_end, m.start()))
            first = base[k][2].start if k >= 0 else None
            if first is None:
                continue
            day_before = first - dt.timedelta(days=1)
            out.append((s, m.start(), Period(start=None, end=day_before, text=quote(*m.span()))))
            continue
        if m["prior"] is not None:
            if _word_before(text, m.start()) in basis or _level_basis(lex, text, m.start(), basis):
                continue  # "rose 76.3% from a year earlier": the basis of a change, not its period
            k = _followed(base, first_of, k, s, min(lead_end, m.start()))
        if k < 0 or base[k][2].start is None:
            if m["prior"] is None:
                continue
            # no period before it: "the previous year" seen from publication (its "year" read as the
            # year before it), "A year ago, drivers were paying $3.17" the calendar year before it
            inside = [f for f in found if m.start() <= f[1] < m.end()]
            out += inside
            if inside or published is None:
                continue
            period = Period(start=published, end=published)
        else:
            period = base[k][2]
        span: tuple[dt.date | None, dt.date | None]
        if m["prior"] is not None:
            try:
                span = _year_before(period)
            except (ValueError, OverflowError):  # "the previous year" of year 1: before the calendar
                continue
        elif m["then"] is not None:
            if period.start is None:
                continue
            span = (period.start, published)
        elif m["earlier"] is not None:
            if period.start is None or period.end is None:
                continue
            span = (_add_months(period.start, -12), _add_months(period.end, -12))
        else:
            span = (period.start, period.end)
        out.append((s, m.start(), Period(start=span[0], end=span[1], text=quote(*m.span()))))
    return out


def _before_a_number(text: str, end: int) -> bool:
    """Whether a number (digits of any script) follows ``end`` after white space alone."""
    rest = text[end : end + _NUMBER_REACH].lstrip()
    return rest[:1].isdigit()


_NUMBER_REACH = 8  # characters of white space a number may stand after a phrase


@cache
def _comparison_words(lang: str) -> frozenset[str]:
    """The last words of "compared with", "from", "عن": before "the previous year" they make it the
    basis of a change; and the verbs of surpassing (periods.yaml compared_verbs: "الضحايا الـ1003 ...
    يفوقون بكثير حصيلة العام الماضي"), after which a period is the surpassed quantity's."""
    lex = load_lexicon(lang)
    return frozenset([*(p.split(" ")[-1] for p in _vocab(lex, "compared_with")), *surpassing_words(lang)])


@cache
def surpassing_words(lang: str) -> frozenset[str]:
    """periods.yaml compared_verbs, folded: verbs of surpassing ("يفوقون", "exceeds")."""
    return frozenset(fold_word(w).lower() for w in _vocab(load_lexicon(lang), "compared_verbs"))


def surpassing_between(text: str, lo: int, hi: int, words: frozenset[str]) -> bool:
    """Whether a verb of surpassing stands in text[lo:hi]: a period after it is the surpassed
    quantity's ("الضحايا الـ1003 ... يفوقون بكثير حصيلة العام الماضي")."""
    return bool(words) and not words.isdisjoint(fold_word(t).lower() for t in TOKEN_RE.findall(text, lo, hi))


_ARTICLES = frozenset({"the", "a", "an"})
_BASIS_REACH = 4  # words before a figure that may hold its basis phrase and an article
_CHANGED_REACH = 5  # tokens before a basis phrase where the changed figure or a verb of change stands


@cache
def _basis_phrases(lang: str, changed: bool = False) -> frozenset[tuple[str, ...]]:
    lex = load_lexicon(lang)
    phrases = [*_vocab(lex, "compared_with"), *(_vocab(lex, "compared_after_change") if changed else ())]
    return frozenset(tuple(fold_word(w).lower() for w in p.split()) for p in phrases)


def basis_of_change(text: str, start: int, lang: str, *, changed: bool = False) -> bool:
    """Whether the figure at ``start`` is the basis of a change: a phrase of periods.yaml's
    compared_with right before it, or before an article ("240 seats, down sharply from the 303",
    "مقارنة مع 52"): its period is its own, not its sentence's main one nor the article's. With
    ``changed``, only after the changed figure or a verb of change a few words before ("to $130.5
    billion from $60.9 billion"; not "the jury heard from 22 witnesses"): no part of a breakdown; then
    periods.yaml's compared_after_change count too ("بزيادة 4.2 في المئة على الفترة نفسها")."""
    lex = load_lexicon(lang)
    most = _BASIS_REACH + _CHANGED_REACH + 1
    # The last words within 120 characters: read from the last 60 first, which most often hold them
    # (the words after the first one read there, which may be cut, are those the longer reach reads).
    tail = TOKEN_RE.findall(text[max(0, start - 60) : start])
    if len(tail) <= most and start > 60:
        tail = TOKEN_RE.findall(text[max(0, start - 120) : start])
    tail = tail[-most:]
    determiners = _ARTICLES if changed else _LEVEL_ARTICLES
    # Only the words a phrase may end with are folded first (the longest phrase's, and the two that
    # _basis_words may drop): most figures have no phrase before them, whose last word tells.
    words = _basis_words(tail[-(_basis_longest(lang, changed) + 2) :], determiners)
    if not words or words[-1] not in _basis_last_words(lang, changed):
        return False
    for phrase in _basis_phrases(lang, changed):
        n = len(phrase)
        if n <= len(words) and tuple(words[-n:]) == phrase:
            if not changed:
                return True
            words = _basis_words(tail, determiners)  # now with the words before the phrase
            before = words[max(0, len(words) - n - _CHANGED_REACH) : len(words) - n]
            return any((w[:1].isdigit() and not _day_of_month(before, k, lex))
                       or not lex.change_verbs.isdisjoint(lex.stripped(w)) for k, w in enumerate(before))
    return False


def _day_of_month(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the number ``words[k]`` is the day of a date, a month name beside it ("imposed on Sept.
    1 on about $120 billion", "في 15 مارس مقابل"): no figure a change is measured for."""
    before = [w for w in words[max(0, k - 3) : k] if w[:1].isalnum()]
    after = words[k + 1 : k + 3]
    return any(" ".join(ws) in lex.months for ws in (before[-1:], before[-2:], after[:1], after[:2]) if ws)


def _basis_words(tail: list[str], determiners: frozenset[str]) -> list[str]:
    """The folded words of ``tail`` that may end a basis phrase: less a mark after them ("from $60.9
    billion") and then a determiner or a lone clitic ("down sharply from the 303"; for a period,
    "roughly double its 10.4% of 2021" too, not for a sum's parts: "four points from its nine
    matches" is no change)."""
    words = [fold_word(w).lower() for w in tail]
    if words and not words[-1][:1].isalnum():
        words.pop()
    if words and (words[-1] in determiners or lone_clitic(words[-1])):
        words.pop()
    return words


@cache
def _basis_longest(lang: str, changed: bool) -> int:
    """The most words of a basis phrase (basis_of_change)."""
    return max((len(phrase) for phrase in _basis_phrases(lang, changed)), default=0)


@cache
def _basis_last_words(lang: str, changed: bool) -> frozenset[str]:
    """The last words of the basis phrases (basis_of_change)."""
    return frozenset(phrase[-1] for phrase in _basis_phrases(lang, changed) if phrase)


def _word_before(text: str, position: int) -> str:
    """The word of (folded) ``text`` that ends just before ``position``, white space between, or ""."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalnum() and end - start <= 40:
        start -= 1
    return text[start:end].lower()


_LEVEL_ARTICLES = _ARTICLES | {"its", "their"}  # "from its level in the previous year", "double its 10.4%"


def _level_basis(lex: Lexicon, text: str, position: int, basis: frozenset[str]) -> bool:
    """Whether a comparison word and a word of level stand right before ``position``, "in" between or
    not ("بتراجع طفيف عن مستواها في العام السابق", "down from its level in the previous year")."""
    levels = _vocab(lex, "basis_level")
    if not levels:
        return False
    words = [fold_word(w).lower() for w in TOKEN_RE.findall(text[max(0, position - 60) : position])][-4:]
    if words and words[-1] in _vocab(lex, "in"):
        words.pop()
    if len(words) >= 2 and words[-1] in levels and words[-2] in _LEVEL_ARTICLES:
        words.pop(-2)  # "from its level"
    return len(words) >= 2 and words[-1] in levels and any(f in basis for f in strip_clitics(words[-2]))


_PRIOR_REACH = 3  # sentences back where "the previous year" looks for the period it follows


def _prior_base(base: list[tuple[int, int, Period]], first_of: dict[int, int], k: int, sentence: int) -> int:
    """The period "the previous year" follows: the last one stated before it in its own sentence, else
    the first one (the main one) of the nearest sentence before that states one, a few sentences back
    ("Dengue killed 1,705 people this year, the most since records began in 2000. ... 281 the previous
    year": this year's); -1 for none (the year before publication)."""
    if k < 0:
        return -1
    if base[k][0] == sentence:
        return k
    if sentence - base[k][0] > _PRIOR_REACH:
        return -1
    return first_of[base[k][0]]


def _followed(base: list[tuple[int, int, Period]], first_of: dict[int, int], k: int, sentence: int,
              lead_before: int) -> int:
    """The period "the previous year" or "the previous election" follows (_prior_base); with none a
    few sentences back, the lead's first when it stands before ``lead_before``: the article's own."""
    k = _prior_base(base, first_of, k, sentence)
    return 0 if k < 0 and base and base[0][1] < lead_before else k


def _year_before(period: Period) -> tuple[dt.date | None, dt.date | None]:
    """The span "the previous year" names after ``period``: that span a year earlier when it covers
    a month or more ("in 2024 ..., against 743,000 the previous year": 2023; the first half of 2024:
    that of 2023), else the calendar year before its start (a single day)."""
    start, end = period.start, period.end
    assert start is not None
    if end is not None and (end - start).days >= 27:
        return _add_months(start, -12), _add_months(end, -12)
    return dt.date(start.year - 1, 1, 1), dt.date(start.year - 1, 12, 31)


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, any run of white space between their
    words (possessive: read once)."""
    return "|".join(r"\s*+".join(re.escape(t) for t in p.split(" "))
                    for p in sorted(phrases, key=len, reverse=True))


def _present_sentences(lang: str, text: str, starts: list[int]) -> set[int]:
    """The sentences that state the present of their figures (periods.yaml's present: "now",
    "currently", "حاليا"): a stock at publication, of no period an earlier sentence or the lead states."""
    pattern = _present_pattern(lang)
    if pattern is None:
        return set()
    return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)}


def _word_start_alternation(phrases: Iterable[str]) -> str:
    r"""``_alternation`` of ``phrases`` for a phrase that starts a word: each branch opens with a first
    character and then asks that no letter stand before it, ``(?<![^\W\d_].)`` (what
    ``(?<![^\W\d_])`` before the alternation asks), the phrases that follow one another in
    _alternation's order (longest first) with one first character sharing a branch. The same matches,
    in the same order; an alternation whose every branch opens with a character lets the engine skip
    to the characters that may start one (when it is not case-insensitive on a cased letter)."""
    groups: list[tuple[str, list[str]]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = phrase.split(" ")
        rest = re.escape(words[0][1:]) + "".join(r"\s*+" + re.escape(w) for w in words[1:])
        if groups and groups[-1][0] == phrase[0]:
            groups[-1][1].append(rest)
        else:
            groups.append((phrase[0], [rest]))
    return "|".join(f"{re.escape(first)}(?<![^\\W\\d_].)(?:{'|'.join(rests)})" for first, rests in groups)


@cache
def _present_pattern(lang: str) -> re.Pattern[str] | None:
    words = _word_start_alternation(_vocab(load_lexicon(lang), "present"))
    return re.compile(rf"(?:{words})(?![^\W\d_])", re.IGNORECASE) if words else None


_ANAPHORA_KEYS = ("same_period", "since_then", "previous_year", "previous_occurrence")


@cache
def _anaphora_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase a match of _anaphora_pattern holds one of (the pattern's alternatives,
    "the same period" or "since then" first, each word written as it is)."""
    lex = load_lexicon(lang)
    return tuple(tuple(phrase.split(" ")) for key in _ANAPHORA_KEYS for phrase in _vocab(lex, key))


def _may_hold(text: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every word of one of ``phrases`` stands somewhere in ``text``: when none does, a
    case-sensitive pattern that must match one of them whole finds nothing, and its scan (tried at
    every position of the text) is spared."""
    for words in phrases:
        for word in words:
            if word not in text:
                break
        else:
            return True
    return False


@cache
def _anaphora_pattern(lang: str) -> re.Pattern[str] | None:
    lex = load_lexicon(lang)

    def alternation(key: str) -> str:
        return _alternation(_vocab(lex, key))

    same, then, earlier = alternation("same_period"), alternation("since_then"), alternation("year_earlier")
    prior, occasion = alternation("previous_year"), alternation("previous_occurrence")
    if not same and not then and not prior and not occasion:
        return None
    parts = []
    if same:
        if earlier:  # one word may join them: "the same period of last year", "الفترة نفسها من العام الماضي"
            parts.append(rf"(?:{same})(?:\s++(?P<earlier>(?:[^\W\d_]+\s+)?(?:{earlier})))?")
        else:
            parts.append(rf"(?:{same})(?P<earlier>(?!))?")
    if then:
        parts.append(rf"(?P<then>{then})")
    else:
        parts.append("(?P<then>(?!))")
    parts.append(rf"(?P<prior>{prior})" if prior else "(?P<prior>(?!))")
    parts.append(rf"(?P<occasion>{occasion})" if occasion else "(?P<occasion>(?!))")
    clitic = "(?:[وف])?" if lang == "ar" else ""  # "ومنذ ذلك الحين"
    firsts = [*("وف" if clitic else ()), *(phrase for key in _ANAPHORA_KEYS for phrase in _vocab(lex, key))]
    return re.compile(rf"(?<![^\W\d_]){first_guard(firsts)}{clitic}(?:{'|'.join(parts)})(?![^\W\d_])")


def _span_of(lex: Lexicon, text: str, raw: Raw, texts: list[str],
             published: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    """The period a year, date or duration states (``texts``: the words before it), or None.

    A span that would leave the calendar (year 1 to 9999: "last year" seen from 0001-01-01, "the first
    six months of 9999") is no period rather than an error; "the past 125,000 years" is open-ended
    (_months_back)."""
    try:
        if raw.kind is K_YEAR and raw.value is not None:
            span = _period_of_year(lex, texts, len(texts), int(raw.value), published)
            if span is not None and text[raw.start : raw.end].endswith(tuple(lex.hijri_marks)):
                return _hijri_year_span(span, int(raw.value))
            return span
        if raw.kind is K_DATE and raw.date:
            return _period_of_date(lex, texts, raw.date, published)
        if raw.kind is K_DURATION and published is not None and raw.value is not None:
            return _period_of_duration(lex, text, raw, texts, published)
    except (ValueError, OverflowError):
        return None
    return None


def _hijri_year_span(span: tuple[dt.date | None, dt.date | None],
                     year: int) -> tuple[dt.date | None, dt.date | None] | None:
    """The Gregorian days of a Hijri year ("في عام 1432هـ": 7 December 2010 to 25 November 2011) where
    _period_of_year read the year as Gregorian: the whole year, or from its start up to the publication
    ("منذ 1445هـ"). A part of it (a Gregorian half or quarter) or a year outside the calendar's range
    gives no period."""
    from factcheck.hijri import to_gregorian

    first, following = to_gregorian(year, 1, 1), to_gregorian(year + 1, 1, 1)
    start, end = span
    if first is None or following is None or start != dt.date(year, 1, 1):
        return None
    if end == dt.date(year, 12, 31):
        return first, following - dt.timedelta(days=1)
    return first, end


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


def new_clause(text: str, lo: int, hi: int, breaks: Set[str]) -> bool:
    """Whether a clause mark followed by a conjunction that opens a clause (concepts.yaml clause_breaks:
    "، لكنها توقعت ... في 2025", ", but"), alone or a one-letter one written on the clause's first word
    ("، وهي أدنى من انتخابات 2019"), stands in text[lo:hi]."""
    for mark in _CLAUSE_RE.finditer(text, lo, hi):
        word = TOKEN_RE.search(text, mark.end(), hi)
        if word is None:
            continue
        folded = fold_word(word.group()).lower()
        forms = strip_clitics(folded)
        if not breaks.isdisjoint(forms) or (folded[:1] in breaks and folded[1:] in forms[1:]):
            return True  # a conjunction alone, or one written on the clause's first word ("، وهي أدنى")
    return False


def _nearest_period(text: str, raw: Raw, same: list[tuple[int, int, Period]], next_figure: int,
                    published: dt.date | None, basis: frozenset[str],
                    of_change: Callable[[tuple[int, int, Period]], bool],
                    breaks: frozenset[str], surpassing: frozenset[str] = frozenset()
                    ) -> tuple[int, int, Period] | None:
    """The period of a figure among those of its sentence: one stated after it in the same clause and
    before the next figure ("12% in H1 2024 and 8% in H2 2023"), else the nearest one before it, else
    one stated after it before the next figure (not past a clause mark and a conjunction that opens a
    clause: "بلغ 124.2 مليون دولار، ... لكنها توقعت أن تنخفض ... في 2025"); one stated after the next
    figure is that figure's ("Turnout stood at 76%, down from 84.67% in the 2019 polls": 2019 is not
    the 76%'s) unless it runs
    up to the publication ("since 2021", "so far this year"): a running total's span is its whole
    clause's ("استخدمت نحو 1.2 مليون جرعة في 35 دولة منذ عام 2021"), when no clause mark or comparison
    word ("down from", "مقابل") stands between. A period before it that is an earlier figure's basis
    of change (``of_change``), a clause mark between them, is that figure's, not this one's ("بزيادة 4.2
    في المئة على الفترة نفسها من العام الماضي، فيما بلغ عدد الرحلات 113600"; not "على العام السابق الذي
    سجل 49.1 مليون": the basis's own figure)."""
    for f in same:
        if raw.end <= f[1] < next_figure and _one_clause(text, raw.end, f[1], basis):
            return f  # (not a basis after a comparison word: "بارتفاع 30 في المئة مقارنة بعام 2022")
    for f in reversed(same):  # the last one before it (read from the end: the nearest is most often it)
        if f[1] < raw.start and not (of_change(f) and _CLAUSE_RE.search(text, f[1], raw.start) is not None):
            return f
    after = [f for f in same
             if raw.end <= f[1] < next_figure and not new_clause(text, raw.end, f[1], breaks)
             and not surpassing_between(text, raw.end, f[1], surpassing)]
    if after:
        return after[0]
    for f in same:
        if f[1] < next_figure:
            continue
        running = f[2].start is not None and (f[2].end is None or f[2].end == published)
        return f if running and _one_clause(text, raw.end, f[1], basis) else None
    return None


def _one_clause(text: str, lo: int, hi: int, basis: frozenset[str]) -> bool:
    """Whether no clause mark and no comparison word (``basis``: "down from", "مقابل") stand in
    text[lo:hi]: a period there is the figure's own."""
    return _CLAUSE_RE.search(text, lo, hi) is None \
        and basis.isdisjoint(fold_word(t).lower() for t in TOKEN_RE.findall(text, lo, hi))


_RANGE_JOINERS = {"و", "الي", "حتي", "and", "to", "until", "through", "-"}
_JOINER_GAP_MAX = 48  # characters between two dates joined by at most two joiners, spacing included


def _date_ranges(lex: Lexicon, text: str, raws: list[Raw], starts: list[int],
                 quote: Quote) -> list[tuple[int, int, Period]]:
    """"من 1 كانون الثاني إلى 30 حزيران 2024", "between 1 January and 30 June 2024": one period."""
    out: list[tuple[int, int, Period]] = []
    dates = [r for r in raws if r.kind is K_DATE and r.date]
    for a, b in pairwise(dates):
        if b.start - a.end > _JOINER_GAP_MAX:
            continue  # more than a joiner or two apart: not one range (and no need to tokenise it)
        between = TOKEN_RE.findall(text, a.end, b.start)  # (the texts tokenize gives)
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
    return list(dict.fromkeys([bisect_right(starts, raw.start) - 1 for raw in raws]))


def _since_point_end(iso: str | None, start: dt.date) -> dt.date:
    """The last day of the day or month a "since" date names (its start): the day itself when the
    date states one, else the month's last day."""
    if iso is not None and iso.count("-") - (2 if iso.startswith("--") else 0) >= 2:
        return start
    return _year_span(start.year, start.month, 1)[1]


def _named_periods(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
                   starts: list[int], published: dt.date | None, quote: Quote,
                   tokens: SentenceTokens | None = None,
                   whens: set[int] | None = None) -> list[tuple[int, int, Period]]:
    """Periods named in words, in one scan of each sentence that holds a claim:
    - "العام الماضي", "last year", "this month": resolved against the publication date;
    - "between January and June [2024]", "من كانون الثاني إلى حزيران": those months of the stated year,
      or of the publication year when none is stated;
    - "in June", "خلال شهر حزيران" with no year: that month, the last one up to the publication date
      (June 2024 for an article of July 2024; "in December" then is December 2023);
    - "since the start of the year, when", "منذ مطلع العام، حين": the running span for the figures
      before the when-clause, its first month for those after it (their positions go into ``whens``).
    A sentence whose tokens (made already by the extractor) hold none of _named_anchors is not
    scanned: the pattern matches nothing there."""
    pattern = _named_pattern(lex.lang)
    anchors = _named_anchors(lex.lang)
    if tokens is not None and tokens.text is not text:
        tokens = None
    out: list[tuple[int, int, Period]] = []
    for s in _claim_sentences(raws, starts):
        if tokens is not None and anchors is not None:
            words = tokens.kept(bounds[s][0], bounds[s][1])
            if words is not None and anchors.isdisjoint(words):
                continue
        for m in pattern.finditer(text, *bounds[s]):
            try:
                span = _named_span(lex, m, published)
            except (ValueError, OverflowError):  # "في تموز" seen from 0001-01-01: before the calendar
                span = None
            if span is None:
                continue
            shown = m.start()
            relative = m.groupdict().get("relative")
            running = relative is not None \
                and _relative_key(lex, relative) in _vocab(lex, "since_year_start")
            if running or m.groupdict().get("since_one") is not None:
                # "أعنف الهجمات التي تشهدها العاصمة منذ مطلع العام", "the deadliest attack since the
                # start of the year": a record's comparison, not a figure's period
                toks = tokenize(text, max(bounds[s][0], m.start() - _PERIOD_REACH), m.start())
                if _record_before(lex, [t.text for t in toks], len(toks)):
                    continue
                # "منذ مطلع العام وحتى نهاية حزيران/يونيو", "since the start of the year through the end
                # of May": the running span closes with that month
                until = _until_month(lex, text, m.end(), span[0])
                if until is not None:
                    out.append((s, m.start(), Period(start=span[0], end=until[0],
                                                     text=quote(shown, until[1]))))
                    continue
            if m["one"] is not None and published is not None:
                # "منذ ظهور المرض في أغسطس", "since the outbreak began in August": from that month on
                toks = tokenize(text, max(bounds[s][0], m.start() - 70), m.start())
                if _since_near(lex, [t.text for t in toks], len(toks)) is not None:
                    span, running = (span[0], published), True
            if running and whens is not None and _when_follows(lex, text, m.end()):
                # "since the start of the year, when the dollar was worth 880 lira": its first month
                whens.add(m.end())
                first_month = _year_span(span[0].year, span[0].month, 1)
                out.append((s, m.end(), Period(start=first_month[0], end=first_month[1],
                                               text=quote(shown, m.end()))))
            if span[0].month == 1 and span[1].month == 12 and span[0].year == span[1].year:
                # "النصف الأول من العام الجاري", "the first quarter of this year": part of that year
                toks = tokenize(text, max(bounds[s][0], m.start() - 60), m.start())
                texts = [t.text for t in toks]
                part = _part_of_year(lex, texts, _skip(lex, texts, len(texts), ("of",)), span[0].year)
                if part is not None:
                    span, shown = part, toks[max(0, len(toks) - 4)].start
            out.append((s, m.start(), Period(start=span[0], end=span[1], text=quote(shown, m.end()))))
    return out


def _until_month(lex: Lexicon, text: str, at: int, start: dt.date) -> tuple[dt.date, int] | None:
    """The last day of the month named right after a running span's start by "until", "through", "حتى"
    ("وحتى نهاية حزيران/يونيو", "through the end of May 2024"; its middle: the 15th), in the year
    stated, else the first such month from ``start``; with where the phrase ends. None when no such
    phrase follows."""
    m = _until_pattern(lex.lang).match(text, at)
    if m is None:
        return None
    month = lex.months.get(" ".join(TOKEN_RE.findall(m["month"])))
    if month is None:
        return None
    year = int(m["year"]) if m["year"] else start.year + (month < start.month)
    try:
        end = dt.date(year, month, 15) if m["mid"] else _year_span(year, month, 1)[1]
    except ValueError:
        return None
    return (end, m.end()) if end >= start else None


@cache
def _until_pattern(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    names = _alternation(lex.months)
    if lang == "en":
        until = r"\s*+,?\s*+(?:and\s++)?(?:through|to|until|till)\s++"
        part = (r"(?:(?:the\s++)?(?:end|start|beginning)\s++of\s++"
                r"|(?P<mid>mid\s*+-\s*+|the\s++middle\s++of\s++))?")
    else:  # (folded text: حتى is written حتي, إلى الي, نهاية نهايه)
        until = r"\s*+،?\s*+(?:و\s*+)?(?:حتي|الي)\s++"
        part = r"(?:(?:نهايه|اواخر|مطلع|بدايه)\s++|(?P<mid>منتصف)\s++)?(?:شهر\s++)?"
    return re.compile(rf"{until}{part}(?P<month>{names})(?![^\W\d_])(?:\s*+/\s*+(?:{names}))?"
                      rf"(?:\s*+,?\s*+(?P<year>[0-9]{{4}}))?")


def _named_span(lex: Lexicon, m: re.Match[str], published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    def month(group: str) -> int | None:
        return lex.months.get(" ".join(TOKEN_RE.findall(m[group])))

    groups = m.groupdict()
    if groups.get("hijri") is not None:
        number = lex.hijri_months.get(" ".join(TOKEN_RE.findall(groups["hijri"])))
        if number is None or published is None:
            return None
        from factcheck.hijri import latest_month

        return latest_month(number, published, 1 if groups.get("hijri_last") is not None else 0)
    quarter = groups.get("quarter")
    if quarter is not None:
        number = _vocab(lex, "quarters").get(" ".join(TOKEN_RE.findall(quarter)))
        if number is None or published is None:
            return None
        first = 3 * (number - 1) + 1  # the last such quarter begun by the publication date
        return _year_span(_last_such_month(first, published), first, 3)
    # (no such group when the language lists no phrase)
    relative = groups.get("relative") or groups.get("past_week")
    if relative is not None:
        key = _relative_key(lex, relative)
        return _relative_span(lex, key, published) if published is not None else None
    if m["one"] is not None:
        single = month("one")
        if single is None or published is None:
            return None
        named = groups.get("one_year")
        if named is None:
            year = _last_such_month(single, published)
        else:  # "in March last year", "في آذار/مارس من العام الجاري"
            key = " ".join(TOKEN_RE.findall(named))
            year = published.year - 1 if key in _vocab(lex, "last_year") else published.year
        if groups.get("since_one") is not None:  # "since April": from that month up to publication
            return (dt.date(year, single, 1), published) if dt.date(year, single, 1) <= published else None
        return dt.date(year, single, 1), _year_span(year, single, 1)[1]
    first, last = month("a"), month("b")
    stated = int(m["year"]) if m["year"] else (published.year if published else None)
    if first is None or last is None or stated is None or last < first:
        return None
    return dt.date(stated, first, 1), _year_span(stated, last, 1)[1]


_RELATIVE_PERIODS = ("since_year_start", "last_year", "this_year", "year_end", "last_year_end", "last_month",
                     "this_month", "last_week")


@cache
def _named_anchors(lang: str) -> frozenset[str] | None:
    """Runs of letters one of which every match of _named_pattern holds as a whole token of its
    sentence (scan.first_runs of its month names, Hijri months, relative periods, past weeks and
    quarters): each stands after white space or opens the match, and ends before a mark, white space
    or the match's end. None when some phrase opens with no letter, or with a word of one letter (the
    English "a year ago": the article stands in nearly every sentence, which the test then never skips)."""
    lex = load_lexicon(lang)
    keys = ("past_week", "quarters")
    phrases = [*lex.months, *lex.hijri_months, *_relative_phrases(lex),
               *(phrase for key in keys for phrase in _vocab(lex, key))]
    runs = first_runs(phrases, False)
    return None if runs is None or any(len(run) == 1 for run in runs) else runs


@cache
def _named_pattern(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    # Possessive quantifiers throughout: a run of white space is read once, never split two ways, so a
    # sentence with 100,000 spaces after "في حزيران" costs one pass, not a quadratic search.
    names = _alternation(lex.months)
    # (an Arabic preposition may carry و or ف: "وفي مارس، ضرب زلزال"; "last March" is the last one)
    opener = "between|from" if lang == "en" else "[وف]?(?:بين|ما بين|من|منذ)"
    joiner = r"\s++(?:and|to|until|through)\s++" if lang == "en" else r"\s++(?:و\s*+|الي\s++|حتي\s++)"
    single = "in|during|last" if lang == "en" else "[وف]?(?:في|خلال)"
    # the first letters of opener and single, the words each may open with
    firsts = ["between", "from", "in", "during", "last"] if lang == "en" \
        else ["و", "ف", "بين", "ما بين", "من", "في", "خلال"]
    month = rf"(?:شهر\s++)?(?P<{{}}>{names})(?:\s*+/\s*+(?:{names}))?"
    ranged = (rf"(?:{opener})\s++{month.format('a')}{joiner}{month.format('b')}"
              rf"(?:(?:\s*+,)?\s++(?:(?:من\s++)?(?:ال)?عام\s++)?(?P<year>[0-9]{{4}}))?(?![^\W\d_])")
    # A month alone: a year or a day after it makes a date (read elsewhere), a joiner a range.
    # ... or "since" it ("منذ آذار/مارس", "since April"); and "of last year" or "this year" after it
    # names the year ("in March last year", "منذ نيسان/أبريل من العام الماضي")
    since = "since" if lang == "en" else "[وف]?منذ"
    of_year = "of" if lang == "en" else "من"
    years = _alternation([*_vocab(lex, "last_year"), *_vocab(lex, "this_year")]) or "(?!)"
    # ... with a part of it between ("since mid-June", "منذ منتصف حزيران/يونيو"): the month
    part = _alternation(_vocab(lex, "month_part"))
    part = rf"(?:(?:{part})(?:\s*+-\s*+|\s++))?" if part else ""
    alone = (rf"(?:{single}|(?P<since_one>{since}))\s++{part}{month.format('one')}(?![^\W\d_])"
             rf"(?!(?:\s*+,)?\s*+[0-9])(?!{joiner}(?:شهر\s++)?(?:{names}))"
             rf"(?:\s++(?:{of_year}\s++)?(?P<one_year>{years})(?![^\W\d_]))?")
    firsts += ["since", "منذ"]
    phrases = _relative_phrases(lex)
    past_week = _alternation(list(_vocab(lex, "past_week")))
    hijri = _alternation(lex.hijri_months)
    if hijri:  # "خلال شهر رمضان [من العام الماضي]", "during Ramadan [last year]": with no year or day
        last = _alternation(_vocab(lex, "last_year")) or "(?!)"
        alone += (rf"|(?:{single})\s++(?:شهر\s++)?(?P<hijri>{hijri})(?![^\W\d_])(?!\s*+[0-9])"
                  rf"(?:\s++(?:من\s++)?(?P<hijri_last>{last})(?![^\W\d_]))?")
    # "العام الماضي", "last year"; the end of the year, not when it is a deadline ("قبل نهاية العام الجاري",
    # "before the end of the year": what happens by then, no period of a figure)
    ends = {*_vocab(lex, "year_end"), *_vocab(lex, "last_year_end")}
    forms = _relative_forms(lang)
    plain = _alternation(form for form, key in forms.items() if key not in ends)
    ending = _alternation(form for form, key in forms.items() if key in ends)
    ending = rf"(?<!قبل )(?<!before )(?:{ending})" if ending else ""
    relative = "|".join(p for p in (plain, ending) if p)
    if relative:
        alone += rf"|(?P<relative>{relative})(?![^\W\d_])"
    if past_week:  # "over the past week"; not "during the last week of June"
        of_word = "of" if lang == "en" else "من"
        alone += rf"|(?P<past_week>{past_week})(?![^\W\d_])(?!\s++{of_word}(?![^\W\d_]))"
    quarters = _alternation(_vocab(lex, "quarters"))
    firsts += [*phrases, *_vocab(lex, "past_week"), *_vocab(lex, "quarters")]
    if quarters:  # "أرباح الربع الثالث", "in the third quarter": with no year, nor "of"/"من" a year
        # (but "من" before a figure that is no year opens the basis of a change: "إلى 6.8 في المئة في
        # الربع الثالث من 7.1 في المئة")
        of = "of|in" if lang == "en" else "من|في|عام|العام|لعام"
        figure = r"[0-9]{1,3}(?![0-9])|[0-9]++[.,][0-9]"
        alone += rf"|(?P<quarter>{quarters})(?![^\W\d_])(?!\s*+,?\s*+(?:(?:{of})\s++(?!{figure})|[0-9]))"
    return re.compile(rf"(?<![^\W\d_]){first_guard(firsts)}(?:{ranged}|{alone})")


@cache
def _relative_forms(lang: str) -> dict[str, str]:
    """The relative periods' phrases ("العام الماضي", "last year"), and in Arabic each with the
    proclitic preposition it takes ("للعام الحالي", "بالعام الماضي", "لهذا العام", و/ف before it), which
    a phrase's first word carries attached: each form to the phrase it stands for."""
    lex = load_lexicon(lang)
    phrases = [phrase for key in _RELATIVE_PERIODS for phrase in _vocab(lex, key)]
    forms = dict(zip(phrases, phrases, strict=True))
    if lang == "ar":
        for phrase in phrases:
            for form in (f"ل{phrase[1:]}" if phrase.startswith("ال") else f"ل{phrase}", f"ب{phrase}"):
                forms.update({form: phrase, f"و{form}": phrase, f"ف{form}": phrase})
    return forms


def _relative_phrases(lex: Lexicon) -> list[str]:
    """Every form of the relative periods' phrases (_relative_forms)."""
    return list(_relative_forms(lex.lang))


def _relative_key(lex: Lexicon, matched: str) -> str:
    """The vocabulary phrase a match of a relative period stands for, its proclitic left aside
    ("للعام الحالي" -> "العام الحالي"); a match of another group (past_week) as it is."""
    key = " ".join(TOKEN_RE.findall(matched))
    return _relative_forms(lex.lang).get(key, key)


def _last_such_month(month: int, published: dt.date) -> int:
    """The year of the last such month up to the publication date ("in June" seen from July 2024 is
    June 2024; "in December" is December 2023)."""
    return published.year if month <= published.month else published.year - 1


def _ending_periods(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
                    starts: list[int], published: dt.date | None, quote: Quote,
                    found: list[tuple[int, int, Period]]) -> list[tuple[int, int, Period]]:
    """``found`` with the spans named by their length and last month: "the (fiscal) year to March
    2025", "the three months ended Sept. 30", "السنة المالية المنتهية في مارس 2024" — the months up to
    the end of that month (of the year stated, else the last such month up to publication). A month or
    date inside such a phrase is part of it, not a period of its own."""
    pattern = _ending_pattern(lex.lang)
    if pattern is None:
        return found
    spans, day_spans = _vocab(lex, "span_months"), _vocab(lex, "span_days")
    out: list[tuple[int, int, Period]] = []
    phrases: list[tuple[int, int]] = []
    for s in _claim_sentences(raws, starts):
        for m in pattern.finditer(text, *bounds[s]):
            name = " ".join(TOKEN_RE.findall(m["span"]))
            months, days = spans.get(name), day_spans.get(name)
            month = lex.months.get(" ".join(TOKEN_RE.findall(m["month"])))
            day = m["d1"] or m["d2"]
            if month is None:
                continue
            if m["year"]:
                year = int(m["year"])
            elif published is not None:
                year = _last_such_month(month, published)
            else:
                continue
            try:
                if days is not None and day is not None:  # "the week to May 11": the days up to that day
                    end = dt.date(year, month, int(day))
                    start = end - dt.timedelta(days=int(days) - 1)
                elif months is not None:
                    end = _year_span(year, month, 1)[1]
                    start = _add_months(dt.date(year, month, 1), 1 - int(months))
                else:
                    continue
            except (ValueError, OverflowError):
                continue
            phrases.append(m.span())
            out.append((s, m.start(), Period(start=start, end=end, text=quote(*m.span()))))
    if not out:
        return found
    opens = [a for a, _ in phrases]  # in text order, none overlapping: bisection keeps this linear

    def inside(position: int) -> bool:
        k = bisect_right(opens, position) - 1
        return k >= 0 and position < phrases[k][1]

    return [f for f in found if not inside(f[1])] + out


@cache
def _ending_pattern(lang: str) -> re.Pattern[str] | None:
    lex = load_lexicon(lang)
    spans = _word_start_alternation({**_vocab(lex, "span_months"), **_vocab(lex, "span_days")})
    ending = _alternation(_vocab(lex, "span_ending"))
    if not spans or not ending:
        return None
    names = _alternation(lex.months)

    def day(group: str) -> str:  # a day of the month before its name (d1) or after it (d2)
        return rf"(?P<{group}>[0-9]{{1,2}})(?![0-9])(?:st|nd|rd|th)?"

    return re.compile(
        rf"(?P<span>{spans})\s++(?:{ending})\s++(?:{day('d1')}\s*+)?"  # (spans start a word)
        rf"(?P<month>{names})(?:\s*+/\s*+(?:{names}))?"
        rf"(?:\s++{day('d2')})?(?:\s*+,)?(?:\s++(?P<year>[0-9]{{4}}))?(?![^\W\d_])")


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


_SINCE_REACH = 6  # words between "since" and its date: "since the outbreak was declared on 12 August"
# ... after a record's superlative, whose earlier event may take more words to tell ("the deadliest
# attack on a civilian airliner since a Soviet fighter shot down a Korean Air Lines jumbo jet in
# September 1983")
_RECORD_SINCE_REACH = 14


_JOINERS = frozenset({"-", "\u2010", "\u2011"})  # hyphens inside a compound word
_RECORD_REACH = 8  # words before "since" where a superlative makes it a record's comparison


def _when_follows(lex: Lexicon, text: str, end: int) -> bool:
    """Whether a comma and a "when" word follow a year ("منذ عام 1995، حين قتل", "in 1995, when"): the
    clause it opens tells what happened in that year."""
    return _word_follows(lex, text, end, "when_clause", comma=True)


def _relative_follows(lex: Lexicon, text: str, end: int) -> bool:
    """Whether a relative opener (periods.yaml relative_openers: التي, which) follows a year, a comma
    between or not ("عام 2009 التي سجلوا فيها", "2019, which saw")."""
    return _word_follows(lex, text, end, "relative_openers", comma=False)


def _word_follows(lex: Lexicon, text: str, end: int, key: str, *, comma: bool) -> bool:
    """Whether a word of the period vocabulary ``key`` follows ``end``, after a comma (which ``comma``
    requires, and which may otherwise stand there or not)."""
    words = _vocab(lex, key)
    toks = TOKEN_RE.findall(text, end, min(len(text), end + 24))[:2]  # (the texts tokenize gives)
    if toks and toks[0] in ",،":
        toks = toks[1:]
    elif comma:
        return False
    return bool(words) and bool(toks) and fold_word(toks[0]).lower() in words


def _basis_year(lex: Lexicon, texts: list[str]) -> bool:
    """Whether the year after ``texts`` (the words before it) is the basis of a change
    (_compared_year)."""
    k = _skip(lex, texts, len(texts), ("year_word", "of"))
    return _compared_year(lex, texts, k - _behind(lex, _vocab(lex, "in"), texts, k))


def _record_before(lex: Lexicon, texts: list[str], end: int) -> bool:
    """Whether a superlative or "first time" stands a few words before ``texts[end]``, no figure or
    clause mark between ("the biggest fall since 1987", "أعلى مستوى شهري منذ عام 2016", "لأول مرة
    منذ")."""
    records = _vocab(lex, "record_words")
    if not records:
        return False
    endings = lex.superlative_endings
    words = 0
    j = end
    while j > 0 and words < _RECORD_REACH:
        j -= 1
        t = texts[j]
        if (t == "." and j and len(texts[j - 1]) == 1 and texts[j - 1].isalpha()) or t in _JOINERS:
            continue  # an abbreviation's dot ("the U.S. mainland"), a compound's hyphen ("one-day")
        if not t.isalpha():
            return False  # a figure or a clause mark between: the superlative is another's
        words += 1
        folded = t.lower()
        if any(f in records for f in strip_clitics(folded)) or (
                endings and folded.endswith(endings) and len(folded) > 6):
            return True
    return False


def _date_notes(lex: Lexicon, raw: Raw, texts: list[str]) -> None:
    """Mark a date whose words before it (``texts``, in its sentence) make it another event's: one a
    record is measured from (a superlative before "since": EARLIER_EVENT_NOTE), or an anniversary's
    (periods.yaml anniversary: ANNIVERSARY_NOTE)."""
    k = _skip(lex, texts, len(texts), ("month_word",))
    at = _since_near(lex, texts, k, _RECORD_SINCE_REACH)
    if at is not None and _record_before(lex, texts, at):
        raw.evidence.append(EARLIER_EVENT_NOTE)
    anniversary = _vocab(lex, "anniversary")
    if anniversary and any(f in anniversary for t in texts for f in strip_clitics(t.lower())):
        raw.evidence.append(ANNIVERSARY_NOTE)


_FIGURE_TOKENS = frozenset("$€£.,%")  # the marks a figure's tokens may hold ("$81 billion", "4.5%")


def _record_event_year(lex: Lexicon, texts: list[str]) -> bool:
    """Whether a year closes the telling of an earlier event a record is measured from, a figure of
    that event between "since" and it ("the largest for Exxon since its $81 billion merger with Mobil
    in 1999"): a superlative before "since", only words and figures between them and the year. (Not
    _since_near's walk: that one takes the first of two "since" phrases and steps over apostrophes.)"""
    since = _vocab(lex, "since")
    figure = False
    for j in range(len(texts), max(0, len(texts) - _RECORD_SINCE_REACH) - 1, -1):
        n = _behind(lex, since, texts, j)
        if n:
            return figure and _record_before(lex, texts, j - n)
        if j and not texts[j - 1].isalpha():
            if not (texts[j - 1][:1].isdigit() or texts[j - 1] in _FIGURE_TOKENS):
                return False  # a clause mark: the year is its own clause's
            figure = figure or texts[j - 1][:1].isdigit()
    return False


def _since_near(lex: Lexicon, texts: list[str], end: int, reach: int = 0) -> int | None:
    """Where a "since" phrase starts a few words before ``texts[end]`` in the same clause ("since the
    war broke out in April 2023", "منذ إعلان تفشي الوباء في 12 آب"); None when there is none."""
    since = _vocab(lex, "since")
    found = None  # the first of them, when two stand there ("since the bloc began collecting data in")
    for j in range(end, max(0, end - (reach or _SINCE_REACH)) - 1, -1):
        n = _behind(lex, since, texts, j)
        if n:
            found = j - n
        if j and not texts[j - 1].isalpha() and texts[j - 1] not in APOSTROPHES:
            break  # (a possessive's apostrophe is inside the phrase: "since his father's ouster in 1986")
    return found


APOSTROPHES = frozenset({"'", "\u2019"})


def _period_of_date(lex: Lexicon, texts: list[str], iso: str,
                    published: dt.date | None) -> tuple[dt.date | None, dt.date | None] | None:
    k = _skip(lex, texts, len(texts), ("month_word",))
    at = _since_near(lex, texts, k)
    tally = at is None and bool(_behind(lex, _vocab(lex, "as_of"), texts, k))
    if iso.startswith("--"):  # a day without its year: the last such day up to the publication
        if published is None:
            return None
        day = last_such_day(iso, published)
        if day is None:
            return None
        iso = day.isoformat()
        if at is None and not tally:
            return None  # a day alone is an event's date, not a figure's period
    parts = [int(p) for p in iso.split("-")]
    if tally and len(parts) > 2:  # "as of Sept. 1": that day's tally; a day to come starts a span
        first = dt.date(parts[0], parts[1], parts[2])
        return (first, first) if published is None or first <= published else (first, published)
    if at is not None:
        if _record_before(lex, texts, at):
            return None  # "the wettest month since March 2020": a record's comparison
        first = dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
        return first, published
    after_in = _behind(lex, _vocab(lex, "in"), texts, k) if len(parts) == 2 else 0
    if after_in and not _dated_thing(lex, texts, k - after_in):  # not "founded in February 2005"
        return _year_span(parts[0], parts[1], 1)
    return None


def _period_of_duration(lex: Lexicon, text: str, raw: Raw, texts: list[str],
                        published: dt.date) -> tuple[dt.date | None, dt.date | None] | None:
    past = _vocab(lex, "past")
    after = TOKEN_RE.findall(text, raw.end, min(len(text), raw.end + 40))[:5]  # (tokenize's texts)
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
    """The year, month or week that "last year", "هذا الشهر", "الأسبوع السابق" and the like name, seen
    from ``published``."""
    if key in _vocab(lex, "since_year_start"):  # "since the start of the year", "منذ مطلع العام"
        return dt.date(published.year, 1, 1), published
    if key in _vocab(lex, "last_year"):
        return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31)
    if key in _vocab(lex, "this_year"):
        return dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    if key in _vocab(lex, "year_end") or key in _vocab(lex, "last_year_end"):  # "بنهاية العام الجاري"
        year = published.year - (key in _vocab(lex, "last_year_end"))
        return dt.date(year, 12, 1), dt.date(year, 12, 31)
    if key in _vocab(lex, "last_week"):  # the Monday-to-Sunday week before the publication's
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if key in _vocab(lex, "past_week"):  # the seven days up to the publication date
        start = _days_back(published, 7)
        return (start, published) if start is not None else None
    month = published.replace(day=1)
    if key in _vocab(lex, "last_month"):
        month = _add_months(month, -1)
    elif key not in _vocab(lex, "this_month"):
        return None
    return month, _add_months(month, 1) - dt.timedelta(days=1)


def _parts_of_wholes(lex: Lexicon, text: str, raws: list[Raw]) -> None:
    """A count written with no noun of its own right before a partitive link and its whole ("won 68 of
    the 128 seats", "بـ71 من أصل 128 مقعدا") counts what the whole counts: it takes the whole's concept.
    (Not its counted noun: "القاصرون ... 17,319 من أصل 155,652 مهاجرا" are minors, some of the migrants.)"""
    for part, whole in pairwise(raws):
        if part.kind is not K_COUNT or whole.kind is not K_COUNT or part.unit != "count" \
                or whole.unit != "count" or part.concept is not None or part.counted is not None \
                or whole.concept is None:
            continue
        gap = partitive_gap(lex.lang, False)
        if gap is None or gap.fullmatch(text, part.end, whole.start) is None:
            continue
        part.concept = whole.concept
        part.evidence += [f"concept {whole.concept}", "identity some of the whole after it"]


def assign_context(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
                   published: dt.date | None, quote: Quote | None = None,
                   headline: str | None = None, tokens: SentenceTokens | None = None) -> None:
    """Fill concept, counted, place and period of every raw claim, in place.

    ``quote(start, end)`` gives the words of a folded span as the article writes them (a period's
    text is shown to the user); by default the folded text itself. ``headline`` (the article's title)
    sets the default place of figures that state none. ``tokens`` holds the tokens of the text's
    sentences when the caller has them (the extractor's), else they are made here.
    """
    def folded(start: int, end: int) -> str:  # (not a redefinition of quote: mypyc rejects that)
        return text[start:end]

    if tokens is None or tokens.text is not text:
        tokens = SentenceTokens(text)
    assign_concepts(lex, text, raws, bounds, tokens)
    _parts_of_wholes(lex, text, raws)
    _restated(lex, text, raws)
    _inherit(lex, text, raws, bounds, lex.count_cues)
    _ages(raws)
    _places(lex, text, raws, bounds, headline, tokens, quote)
    _periods(lex, text, raws, bounds, published, quote or folded, tokens)
    _converted(text, raws)


def _ages(raws: list[Raw]) -> None:
    """A person's age ("Ronald Biggs, 34, a carpenter", "مبارك (85 عاما)") counts no concept of its
    clause: "jailed for 30 years included Biggs, 34" gives 34 no prison term, nor does the 30 years
    before it lend 34 its concept."""
    for raw in raws:
        if AGE_NOTE in raw.evidence and raw.concept is not None:
            raw.drop_concept()


def _converted(text: str, raws: list[Raw]) -> None:
    """An amount or a measure converted in parentheses right after another ("7.5 billion dirhams ($2.04
    billion)", "114 mph (183 km/h)") states the same quantity: both take the concept, counted noun,
    period and place the one converted has, or else the conversion has, whatever words stand nearer."""
    for first, raw in pairwise(raws):
        if raw.kind is not first.kind or raw.kind not in (K_MONEY, K_COUNT) or raw.unit == first.unit \
                or (raw.kind is K_COUNT and "count" in (raw.unit, first.unit)) \
                or not first.converted_by(text, raw):
            continue
        concept, counted = first.concept or raw.concept, first.counted or raw.counted
        period, place = first.period or raw.period, first.place or raw.place
        notes = [f"concept {concept}"] if concept else []
        notes += [f"counted {counted}"] if counted else []
        notes += [f"place {', '.join(place)}"] if place else []
        notes += [_period_note(period)] if period else []
        for one, why in ((first, "one with the conversion after it"), (raw, "of the amount it converts")):
            one.concept, one.counted, one.period, one.place = concept, counted, period, place
            one.evidence = [e for e in one.evidence if not e.startswith(_IDENTITY_NOTES)]
            one.evidence += [*notes, f"identity {why}"]


_IDENTITY_NOTES = ("concept ", "counted ", "period ", "place ")  # evidence of a figure's identity fields


# English noun phrases put their head last and attach the rest after a preposition or a relative
# word ("projected budget deficit for fiscal 2024": deficit); Arabic puts the head first.
_EN_PHRASE_BREAKS = frozenset({"in", "of", "for", "by", "from", "during", "on", "at", "to", "since",
                               "between", "among", "per", "after", "over", "under", "with", "who", "that",
                               "which", ",", "(", ")", ";", ":", "-"})


def describe_phrase(lex: Lexicon, phrase: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Concept, counted and places of a short phrase (a reference fact's ``what``).

    The concept is the phrase's head: in Arabic the first concept word ("الإيرادات المتحققة من
    صادرات النفط": revenue); in English the last concept word of the first stretch before a
    preposition that has one, a participle after the head aside ("projected budget deficit for 2024":
    deficit; "share of the vote": votes; "farmers served by the project": farmers).
    """
    from factcheck.textnorm import fold

    folded = fold(phrase).text
    texts = [t.text for t in tokenize(folded, 0, len(folded))]
    concepts: list[tuple[int, str, bool]] = []  # (stretch, id, a participle: killed, served)
    spans: list[tuple[int, int, str]] = []  # (first token, tokens, id) of each concept word
    counted = None
    places: list[str] = []
    stretch = 0
    placed = [find(lex, lex.places, texts, k) for k in range(len(texts))]
    # the tokens of a place's name ("الولايات المتحدة" holds no provinces)
    named = {n for k, p in enumerate(placed) if p is not None and p[0] for n in range(k, k + p[1])}
    for k in range(len(texts)):
        c = find(lex, lex.concepts, texts, k) if k not in named else None  # (a phrase may open with a
        # break word: "of the vote")
        if c is not None and lex.has_form(lex.before_only, texts[k]) and find(lex, lex.counted, texts, k):
            # a verb only before a figure, else a counted noun ("الأسر المتضررة": the families, not
            # the captured): a what states no figure
            c = None
        if lex.lang == "en" and texts[k] in _EN_PHRASE_BREAKS:
            stretch += 1
            if c is None:
                continue
        if c is not None:
            concepts.append((stretch, c[0], texts[k].endswith(("ed", "ing"))))
            spans.append((k, c[1], c[0]))
        n = find(lex, lex.counted, texts, k)
        if n is not None and counted is None:
            counted = n[0]
        p = placed[k]
        if p is not None and p[0] and p[0] not in places:
            places.append(p[0])
    concept = None
    if concepts and lex.lang != "en":
        concept = concepts[0][1]
    elif concepts:  # the head noun: a participle after it ("farmers served by") only modifies it
        stretch_words = [c for c in concepts if c[0] == concepts[0][0]]
        nouns = [c for c in stretch_words if not c[2]]
        concept = (nouns or stretch_words)[-1][1]
    if concept is not None:
        concept = _coordinated(lex, texts, spans, concept)
    return concept, counted, tuple(places)


CONNECTORS = frozenset({"and", "or", "و", "او"})  # the folded words that join two items


def _coordinated(lex: Lexicon, texts: list[str], spans: list[tuple[int, int, str]], concept: str) -> str:
    """"migrants dead or missing", "القتلى والمفقودون": two coordinated concept words name one combined
    quantity ("killed+missing"), as a figure's clause does (factcheck.clauses)."""
    at = next(n for n, s in enumerate(spans) if s[2] == concept)
    for a, b in ((at - 1, at), (at, at + 1)):
        if a < 0 or b >= len(spans) or spans[a][2] == spans[b][2]:
            continue
        end, start = spans[a][0] + spans[a][1], spans[b][0]
        joined = (start == end + 1 and texts[end] in CONNECTORS) or (
            lex.lang == "ar" and start == end and texts[start][:1] == "و")
        if joined:
            return "+".join(sorted({*spans[a][2].split("+"), *spans[b][2].split("+")}))
    return concept
