"""Checking: every article claim against the references, then against the other articles.

A reference wins over an article: a claim with a reference counterpart is judged by it alone, and
article claims that a reference refutes are never used as counterparts. Article-vs-article pairs are
reported once, on the later-published article. Sums are checked inside each article and against the
references, repeated figures inside one article against each other, and every quantity with a concept
and no counterpart is reported as unsupported (level info). Figures for different periods or places
are different quantities and never meet (see align.py).
"""

from __future__ import annotations

import calendar
import datetime as dt
import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

import regex

from factcheck import lexmatch
from factcheck.align import (
    GENERIC_COUNTED,
    LEVEL_BEFORE_NOTE,
    LEVEL_LEFT_NOTE,
    LEXICAL_MIN,
    Aligner,
    Alignment,
    Index,
    Side,
    context_words,
    date_point,
    loose_identity,
    measure_units,
    names_age,
    same_order,
    sentence_words,
    stated,
    too_short_for_slip,
    unit_block,
    units_compatible,
    whose_age,
)
from factcheck.claims import Claim, Kind, Qualifier, in_common_unit, significant_digits, ten_power_apart
from factcheck.clauses import find, hyphened
from factcheck.compare import (
    AND_WORDS,
    BOUNDS,
    RuleBook,
    SumGap,
    Verdict,
    beside,
    beside_forms,
    expected_weekday,
    find_marker,
    folded_words,
    judge,
    last_digit,
    one_digit_apart,
    said_otherwise,
    scale_exponent,
    scope_marks,
    sentence_span,
    some_of,
    sum_gaps,
    value_text,
    within,
    worded_count,
)
from factcheck.context import basis_of_change, dateline_end, new_clause, surpassing_between, surpassing_words
from factcheck.dates import EARLIER_EVENT_NOTE, HIJRI_NOTE, PAIR_NOTE, last_such_day
from factcheck.documents import Document
from factcheck.errors import FactcheckError
from factcheck.findings import Against, CheckResult, DocumentResult, Finding, Severity, Summary, Verified
from factcheck.lexicon import TOKEN_RE, load_lexicon, phrase_key, strip_clitics
from factcheck.raw import AGE_NOTE, BIRTHDAY_NOTE
from factcheck.references import Reference, load_references
from factcheck.rules import (
    CheckOptions,
    HijriPairParams,
    InternalParams,
    Rule,
    ScaleParams,
    SumParams,
    ValueParams,
    load_rules,
    render_message,
)
from factcheck.textnorm import fold_word

__all__ = ["CheckOptions", "check_documents", "check_paths", "load_references"]


DEFAULT_OPTIONS = CheckOptions()


def check_paths(paths: Sequence[str], reference_paths: Sequence[str], options: CheckOptions = DEFAULT_OPTIONS,
                *, locale: str | None = None) -> CheckResult:
    """Load, extract and check articles; unreadable inputs become ``input_errors`` instead of raising."""
    from factcheck.documents import iter_paths, load_document
    from factcheck.extract import extract_document

    errors: list[str] = []
    docs: list[DocumentResult] = []
    for path in iter_paths(list(paths), errors):
        try:
            doc = load_document(path)
        except FactcheckError as exc:
            errors.append(str(exc))
            continue
        docs.append(DocumentResult(document=doc, claims=tuple(extract_document(doc, locale=locale))))
    references = load_references(reference_paths, errors)
    return check_documents(docs, references, options, input_errors=errors)


def check_documents(docs: Sequence[DocumentResult], references: Sequence[Reference],
                    options: CheckOptions = DEFAULT_OPTIONS, *,
                    input_errors: Sequence[str] = ()) -> CheckResult:
    """Check extracted articles against references and against each other."""
    # The inputs are many small long-lived objects; left in the collector's generations, every full
    # collection walks them again and the cost per article grows with the corpus.
    # A caller that froze objects itself (a fork server) keeps its freeze untouched.
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    try:
        return _check(docs, references, options, input_errors)
    finally:
        if ours:
            gc.unfreeze()


def _check(docs: Sequence[DocumentResult], references: Sequence[Reference], options: CheckOptions,
           input_errors: Sequence[str]) -> CheckResult:
    book = RuleBook(load_rules(), options)
    ordered = sorted(docs, key=lambda d: (d.document.published or dt.date.max, d.document.path))
    report = Report(book)
    places = unknown_places(references)
    parts = part_words(book)
    ref_sides = [side for ref in references for side in _reference_sides(ref)]
    heard = lexmatch.heard(side.what for side in ref_sides)
    sides = [_article_sides(doc, order, places, parts, heard) for order, doc in enumerate(ordered)]
    ref_index = Index(ref_sides)
    ref_aligner = Aligner(ref_index, book, min_similarity=options.min_similarity)
    for doc, doc_sides in zip(ordered, sides, strict=True):
        dates_of(doc, report)
        _against_references(doc_sides, ref_aligner, report, doc)
    _against_articles(sides, book, options, report)
    for doc, doc_sides in zip(ordered, sides, strict=True):
        _sums(doc, doc_sides, ref_index, report)
        _internal(doc, doc_sides, report)
        _headline(doc, doc_sides, report, ref_index)
        _unsupported(doc_sides, book, report)
    return _result(ordered, references, report, input_errors)


# --- sides -------------------------------------------------------------------------------------------


def unknown_places(references: Sequence[Reference]) -> dict[str, frozenset[str]]:
    """The places reference facts name that no lexicon knows ("Long Beach", "Bucha"), each with the
    places the facts name beside it: an article naming one in a figure's clause puts the figure there
    (see _named_place), and keeps of its other places only those ("Egypt's Suez Canal" of a fact of
    the Suez Canal and Egypt; not Australia in "Australia's Great Barrier Reef" of a fact of the reef
    alone, which no article place could then match)."""
    known = {name for lang in ("ar", "en") for name in load_lexicon(lang).places.values()}
    beside: dict[str, set[str]] = {}
    for ref in references:
        for fact in ref.facts:
            for place in fact.place:
                if place not in known and len(place) >= _PLACE_MIN:
                    beside.setdefault(place, set()).update(p for p in fact.place if p != place)
    return {place: frozenset(beside[place]) for place in sorted(beside)}


_PLACE_MIN = 3  # characters: shorter names are too often parts of words
_PLACE_AFTER = 60  # characters after a figure within which "in Long Beach" still starts in its clause


def _named_place(text: str, claim: Claim, opens: int, closes: int, places: Sequence[str]) -> str | None:
    """The reference place no lexicon knows that the figure's clause names: before the figure, from
    where its clause opens (the previous figure or the sentence start), or just after it ("killed 12
    in Bucha") before a dash or parenthesis that closes an aside; the nearest one."""
    best: tuple[int, str] | None = None
    ends = _ASIDE_END.search(text, claim.end, closes)
    aside = ends.start() if ends is not None else closes  # "seven crew members - returned to Portland"
    for place in places:
        pattern = _place_pattern(place)
        before = [m.start() for m in pattern.finditer(text, opens, claim.start)]
        after = pattern.search(text, claim.end, min(closes, aside))  # (a name that starts close by)
        hits = [claim.start - before[-1]] if before else []
        hits += [after.start() - claim.end] if after is not None \
            and after.start() - claim.end <= _PLACE_AFTER else []
        if hits and (best is None or min(hits) < best[0]):
            best = (min(hits), place)
    return best[1] if best else None


_BESIDE_GAP = 4  # characters between two place names that locate one by the other ("Australia's Reef")


def _located_places(document: Document, unknown: Sequence[str], known: Sequence[str]) -> dict[str, list[str]]:
    """The reference places no lexicon knows that the article (its headline too) locates right beside a
    place a figure of it names ("Avalanche kills 11 in Pakistan's Gilgit-Baltistan"): by that place."""
    if not unknown or not known:
        return {}
    texts = [t for t in (document.title, document.prose or document.text) if t]
    found: dict[str, list[str]] = {}
    for name in unknown:
        for text in texts:
            spans = [(m.start(), m.end()) for m in _place_pattern(name).finditer(text)]
            for place in dict.fromkeys(known) if spans else ():
                if place != name and name not in found.get(place, ()) \
                        and _locates(text, place, spans, document.lang):
                    found.setdefault(place, []).append(name)
    return found


def _names_in(document: Document, unknown: Sequence[str]) -> frozenset[str]:
    """The reference places no lexicon knows that the article names, in its headline or its text, in
    any case; not in its dateline ("ORLANDO, Florida (Reuters) -": where the dispatch was filed)."""
    texts = [t for t in (document.title, document.prose or document.text) if t]
    return frozenset(name for name in unknown if any(
        dateline_end(text, m.start(), m.end()) is None
        for text in texts for m in _place_pattern(name, any_case=True).finditer(text)))


def _within_known(claim: Claim, located: Mapping[str, list[str]]) -> Claim:
    """The claim with the one unknown reference place its article locates in the claim's one place as
    its place, an assumption ("in northern Pakistan" in an article on "Pakistan's Gilgit-Baltistan":
    Gilgit-Baltistan)."""
    inner = [name for place in claim.place for name in located.get(place, ()) if name not in claim.place]
    if len(set(inner)) != 1 or len(claim.place) != 1:
        return claim
    note = f"place {inner[0]}: a reference's place the article locates in {claim.place[0]} (assumed)"
    return claim.model_copy(update={"place": (inner[0],), "evidence": (*claim.evidence, note)})


def _locates(text: str, place: str, spans: Sequence[tuple[int, int]], lang: str) -> bool:
    """Whether ``place`` is named right before or after one of ``spans`` (a few characters apart:
    "Australia's Great Barrier Reef", "Suez Canal, Egypt", "طابا (مصر)"), by its name or by a
    spelling of it in the article's language (_names_of)."""
    named = _names_of(text, place, lang)
    for start, end in spans:
        # (a name that ends or starts at most _BESIDE_GAP characters from the span, with no sentence end
        # between: "the highest ratio in the world. Germany received" locates nothing)
        if any((start - _BESIDE_GAP <= b <= start and _SENTENCE_GAP.search(text, b, start) is None)
               or (end <= a <= end + _BESIDE_GAP and _SENTENCE_GAP.search(text, end, a) is None)
               for a, b in named):
            return True
    return False


@lru_cache(maxsize=256)
def _names_of(text: str, place: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Where the text names a gazetteer place: by its name ("Egypt"), or by a word the lexicon of its
    language spells it with, a proclitic left aside ("مصر", "بمصر"). (Read once per text and place:
    every figure of an article that names a reference's unknown place asks it again.)"""
    found = [(m.start(), m.end()) for m in _place_pattern(place).finditer(text)]
    spellings = _spellings(lang).get(place)
    if spellings:
        for m in lexmatch.WORD_RE.finditer(text):
            if not spellings.isdisjoint(strip_clitics(fold_word(m.group()).lower())):
                found.append((m.start(), m.end()))
    return tuple(found)


@lru_cache(maxsize=4)
def _spellings(lang: str) -> dict[str, frozenset[str]]:
    """The one-word spellings of each gazetteer place in a language's lexicon (places.yaml)."""
    out: dict[str, set[str]] = {}
    for spelled, place in load_lexicon(lang).places.items():
        if place and " " not in spelled:
            out.setdefault(place, set()).add(spelled)
    return {place: frozenset(words) for place, words in out.items()}


_SENTENCE_GAP = re.compile(r"[.!?؟\n]")


# A dash or a closing parenthesis after a figure ends the aside it stands in: a place after it is the
# sentence's ("with 177 people aboard - 171 passengers and seven crew members - returned to Portland").
_ASIDE_END = re.compile(r"\s[-\u2013\u2014]\s|[)\u2014]")


@lru_cache(maxsize=256)
def _place_pattern(place: str, any_case: bool = False) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(place)}(?!\w)", re.IGNORECASE if any_case else 0)


def _article_sides(doc: DocumentResult, order: int, places: Mapping[str, frozenset[str]] | None = None,
                   parts: PartWords | None = None, heard: frozenset[str] = frozenset()) -> list[Side]:
    """The article's claims as sides; ``places``: the references' unknown places (``unknown_places``);
    ``parts``: FC101's part words by language (``part_words``); ``heard``: the languages whose figures
    need the sounds of their names (lexmatch.heard of the reference facts)."""
    text = doc.document.prose or doc.document.text
    published = doc.document.published
    sentences = scope_marks(text, "sentence")
    words: dict[int, frozenset[str]] = {}

    def sentence_of(claim: Claim) -> frozenset[str]:
        index = bisect_right(sentences, claim.start)
        if index not in words:
            words[index] = sentence_words(text[slice(*sentence_span(text, sentences, index))])
        return words[index]

    quantities = [c for c in doc.claims if c.is_quantity]
    before_change = _levels_before(text, quantities)  # id of the figure after "to" -> the one after "from"
    # ... and the basis a change is measured from ("rose to 54, up from 38 reported on Monday")
    levels_left = {id(c) for c in before_change.values()}
    levels_before = levels_left | {id(c) for c in quantities
                                   if basis_of_change(text, c.start, c.lang, changed=True)}
    changed_to = _changed_to(text, quantities)  # id of the level -> the percent change before it

    def near(claim: Claim) -> dict[str, float]:
        if claim.is_quantity or claim.kind is Kind.DATE:  # a date is named by its event's words too
            # ("rose from 76 lira to 105 lira": the words before "from" are 105's too)
            # ... and a percent change before the level it reaches shares its words ("Outlays jumped
            # 47.3% to $6.75 trillion")
            skip = [c for c in (before_change.get(id(claim)), changed_to.get(id(claim))) if c is not None]
            return _figure_words(text, sentences, claim, quantities, names=claim.lang in heard, skip=skip)
        return {}

    def marked(claim: Claim) -> Claim:
        if id(claim) not in levels_before:
            return claim
        notes = (LEVEL_BEFORE_NOTE, LEVEL_LEFT_NOTE) if id(claim) in levels_left else (LEVEL_BEFORE_NOTE,)
        return claim.model_copy(update={"evidence": (*claim.evidence, *notes)})

    rates = _rate_figures(doc.claims, text)
    starts = [q.start for q in quantities]

    names = tuple(places or ())
    located = _located_places(doc.document, names, [p for c in doc.claims for p in c.place])

    def placed(claim: Claim) -> Claim:
        """The claim with the reference place its clause names, if any."""
        if not places or not claim.is_quantity:
            return claim
        claim = _within_known(claim, located)
        opens, closes = sentence_span(text, sentences, bisect_right(sentences, claim.start))
        k = bisect_left(starts, claim.start)  # the figures before it end before it starts
        if k and opens <= quantities[k - 1].end <= claim.start:
            opens = quantities[k - 1].end
        k = bisect_left(starts, claim.end)
        if k < len(quantities) and quantities[k].start <= closes:
            closes = quantities[k].start
        name = _named_place(text, claim, opens, closes, names)
        if name is None or name in claim.place:
            return claim
        # places the clause also names stay ("Egypt's Suez Canal earned $9.4 million"), but one right
        # beside the name that no fact names with it: it only locates the place ("Australia's Great
        # Barrier Reef" of a fact of the reef alone). The others were the sentence's or the
        # article's ("Los Angeles handled 10.7 million ..., while Long Beach handled 9.83 million").
        spans = [(m.start(), m.end()) for m in _place_pattern(name).finditer(text, opens, closes)]
        kept = tuple(p for p in claim.place if (p in places[name] or not _locates(text, p, spans, claim.lang))
                     and _place_pattern(p).search(text, opens, closes))
        return claim.model_copy(update={"place": (*kept, name), "evidence": (
            *claim.evidence, f"place {name}: a reference's place named in its clause")})

    named = _names_in(doc.document, names)
    home = _home_places(doc.claims)
    sides = [Side(path=doc.document.path, claim=marked(placed(claim)), order=order, published=published,
                  context=((claim.lang, context_words(text, claim.start, claim.end)),),
                  words=sentence_of(claim), near=near(claim),
                  whole=_whole_words(text, claim, parts or {}, sentences), names=named, home=home)
             for claim in doc.claims if not _is_dateline(claim, published, text)
             and (not _is_determiner(claim) or _listed(text, claim, quantities, starts))
             and claim.id not in rates]
    # A figure of a sentence about another time ("since a Soviet fighter shot down a Korean Air Lines
    # jumbo jet in September 1983, killing 269 people") is marked (Side.other_time): it states none of
    # the news, so it restates none of the article's figures and meets no other article's.
    long_ago = _long_ago_sentences(sides, sentences, text)

    def of_other_time(claim: Claim) -> bool:
        return bool(long_ago) and claim.start >= long_ago.get(bisect_right(sentences, claim.start), len(text))
    return [side.model_copy(update={"other_time": True}) if of_other_time(side.claim) else side
            for side in sides]


def _home_places(claims: Sequence[Claim]) -> frozenset[str]:
    """The place the article's headline or lead gives the figures that name none (their evidence
    "place ... from the headline (assumed)"), or none."""
    for claim in claims:
        if "place" in dict(_inherited(claim)):
            return frozenset(claim.place)
    return frozenset()


def _levels_before(text: str, quantities: Sequence[Claim]) -> dict[int, Claim]:
    """The figures a change leaves ("rose from 76 lira to 105 lira", "ارتفعت من 76 ليرة إلى 105
    ليرات"), by the id of the figure it reaches: two figures of one kind that the extractor did not
    join into a range (a word of change stands before them), the first right after a range opener of
    the lexicon ("from", "من"), the second right after its joiner ("to", "إلى")."""
    out: dict[int, Claim] = {}
    for a, b in pairwise(quantities):
        if a.kind is not b.kind or b.start - a.end > _JOINER_GAP:
            continue
        ranges = load_lexicon(a.lang).ranges
        between = TOKEN_RE.findall(text, a.end, b.start)
        before = TOKEN_RE.findall(text, max(0, a.start - _JOINER_GAP), a.start)
        opener = fold_word(before[-1]).lower() if before else ""
        if len(between) == 1 and fold_word(between[0]).lower() in ranges.get(opener, ()):
            out[id(b)] = a
    return out


_JOINER_GAP = 12  # characters a range opener or joiner may take beside its figures


def _changed_to(text: str, quantities: Sequence[Claim]) -> dict[int, Claim]:
    """The percent change before the level it reaches ("Outlays jumped 47.3% to $6.75 trillion",
    "ارتفعت بنسبة 5% إلى 3.4 مليار"), by the id of the level: a percent, then a figure of another kind
    right after a range joiner of the lexicon ("to", "إلى"). The change shares the level's subject."""
    out: dict[int, Claim] = {}
    for a, b in pairwise(quantities):
        if a.kind is not Kind.PERCENT or b.kind is Kind.PERCENT or b.start - a.end > _JOINER_GAP:
            continue
        between = TOKEN_RE.findall(text, a.end, b.start)
        if len(between) == 1 and fold_word(between[0]).lower() in _range_joiners(a.lang):
            out[id(b)] = a
    return out


@lru_cache(maxsize=8)
def _range_joiners(lang: str) -> frozenset[str]:
    """The lexicon's range joiners ("to", "إلى"), whatever opener they follow."""
    return frozenset(j for js in load_lexicon(lang).ranges.values() for j in js)


def _rate_figures(claims: Sequence[Claim], text: str) -> set[str]:
    """The ids of figures that make a rate with the next one ("45 homicides per 100,000 people", "لكل
    100 ألف نسمة"): a rate is neither of its counts, so neither is checked as one."""
    out: set[str] = set()
    ordered = sorted((c for c in claims if c.kind is Kind.COUNT), key=lambda c: c.start)
    for a, b in pairwise(ordered):
        rates = load_lexicon(a.lang).rates
        words = [fold_word(w).lower() for w in text[a.end : b.start].split()]
        if rates and 1 <= len(words) <= 4 and any(
                " ".join(words[-n:]) in rates for n in (1, 2) if len(words) >= n):
            out.update((a.id, b.id))
    return out


def _figure_words(text: str, sentences: Sequence[int], claim: Claim, figures: Sequence[Claim], *,
                  next_words: int = lexmatch.NEXT_WORDS, decay: float = lexmatch.DISTANCE_DECAY,
                  names: bool = False, skip: Sequence[Claim] = ()) -> dict[str, float]:
    """The weighted words near a figure (lexmatch.figure_words), its stretch closed by the other
    ``figures`` (sorted by start) of its sentence, less those of ``skip``. A year before the figure
    does not close its stretch ("Health spending, which parliament cut in 2024, will reach 4.6
    billion": the subject is the figure's); one after it does ("harvested 5,100 tonnes of wheat in
    2024 and sold 2,900 tonnes": "sold" is not 5,100's)."""
    span = sentence_span(text, sentences, bisect_right(sentences, claim.start))
    lo = bisect_left(figures, span[0], key=lambda c: c.start)
    hi = bisect_left(figures, span[1], key=lambda c: c.start)
    neighbours = [(c.start, c.end) for c in figures[lo:hi]
                  if c is not claim and all(c is not k for k in skip)
                  and (c.kind is not Kind.YEAR or c.start > claim.start)]
    return lexmatch.figure_words(text, (claim.start, claim.end), span, neighbours, claim.lang,
                                 next_words=next_words, decay=decay, names=names)


def _is_determiner(claim: Claim) -> bool:
    """"one farmer said", "مزارع واحد": the word for one is a determiner, not a figure to check."""
    return (claim.kind is Kind.COUNT and claim.value == 1 and claim.qualifier is Qualifier.EXACT
            and not any(ch.isdigit() for ch in claim.text))


_LIST_GAP = 48  # characters between two items of a list of figures ("10 Marines, one Navy corpsman")


def _listed(text: str, claim: Claim, quantities: Sequence[Claim], starts: Sequence[int]) -> bool:
    """Whether a word for one is an item of a list of figures, not a determiner: the figure before it
    ends just before it with a comma or "and" after its noun ("10 Marines, one Navy corpsman and one
    Army soldier", "قتل 3 جنود وواحد من المدنيين")."""
    at = bisect_right(starts, claim.start) - 1  # (``starts``: the quantities' starts, read once)
    if at <= 0:
        return False
    before = quantities[at - 1]
    if before.kind is not claim.kind or claim.start - before.end > _LIST_GAP:
        return False
    if _joined(text[before.end : claim.start], claim):
        return True  # "... and one Army soldier", "وواحد"
    # after a comma, one of a list that goes on ("10 Marines, one Navy corpsman and one ..."), not "...,
    # one official said"
    after = quantities[at + 1] if at + 1 < len(quantities) else None
    if after is None or after.start - claim.end > _LIST_GAP:
        return False
    gap, rest = text[before.end : claim.start].rstrip(), text[claim.end : after.start]
    # ... or the first item after a colon, the next after a comma ("all seven charges he faced: one
    # count of abuse of power, three counts of ...")
    return (gap.endswith((",", "،")) and _joined(rest, after)) \
        or (gap.endswith(":") and (_joined(rest, after) or rest.rstrip().endswith((",", "،"))))


def _joined(gap: str, figure: Claim) -> bool:
    """Whether ``figure`` follows ``gap`` as the next item of a list: after "and" or "و"."""
    return bool(AND_WORDS & set(gap.split()[-1:])) \
        or fold_word(figure.text.split()[0]).lower().startswith("و")


_DATELINE_COLUMNS = 60  # a dateline opens its line ("CAIRO, May 14 (Reuters) -", "بيروت 14 أيار (رويترز)")


def _is_dateline(claim: Claim, published: dt.date | None, text: str) -> bool:
    """A date equal to the publication date (with or without its year) at the start of a line is the
    article's own dateline, not an event date; further into the text it may date an event ("دخلت
    المحطة الخدمة رسميا يوم الأربعاء 14 مايو"), and is checked as one, and so is one a lower-case word
    follows ("The Oct. 9 shootings"): an agency, a dash or the line's end follows a dateline's date."""
    if not (claim.kind is Kind.DATE and published is not None and claim.date in (
            published.isoformat(), published.strftime("--%m-%d")) and claim.column <= _DATELINE_COLUMNS):
        return False
    after = text[claim.end : claim.end + 2].lstrip(" \t\u202f")
    return not after.islower()  # (no case in Arabic: "6 رمضان 1444 هـ الموافق 28 مارس 2023 م (واس)")


def _reference_sides(ref: Reference) -> list[Side]:
    sides: list[Side] = []
    for fact in ref.facts:
        context: tuple[tuple[str, str], ...]
        if ref.text is not None:
            context = ((fact.lang, context_words(ref.text, fact.start, fact.end)),)
        else:  # a fact file: its what phrases, each in its own language
            phrases = fact.evidence or (fact.text,)
            context = tuple((lexmatch.phrase_lang(p), context_words(p, 0, len(p), 0)) for p in phrases)
        what = " ".join(fact.evidence or (fact.text,)) if ref.text is None else ""
        sides.append(Side(path=ref.path, claim=fact, order=-1, context=context, source=ref.source,
                          url=ref.url, is_reference=True, published=ref.published,
                          words=sentence_words(what), what=lexmatch.phrase_words(what) if what else {}))
    return sides


def _weak_keys(sides: list[Side]) -> Counter[tuple[object, ...]]:
    return Counter(_weak_key(s) for s in sides)


def _weak_key(side: Side) -> tuple[object, ...]:
    return (side.claim.kind, side.claim.unit, side.claim.concept, *side.variant[:3])


# --- passes ------------------------------------------------------------------------------------------


def dates_of(doc: DocumentResult, report: Report) -> None:
    """The article's own date checks, which need no other document: weekdays (FC106), paired month
    names (FC109) and Hijri dates beside Gregorian ones (FC110); the in-memory check and the archive
    (factcheck.archive) both run them through this one call."""
    _weekdays(doc, report)
    _month_pairs(doc, report)
    _hijri_pairs(doc, report)


def _month_pairs(doc: DocumentResult, report: Report) -> None:
    """FC109: a paired month name ("آذار/يونيو") that names two different months."""
    rule = report.book.rule("date_month_pair")
    if rule is None:
        return
    for claim in doc.claims:
        note = next((e for e in claim.evidence if e.startswith(PAIR_NOTE)), None)
        if claim.kind is Kind.DATE and note is not None and rule.scope.covers(claim):
            first, _, second = note.rpartition(": ")[2].partition(" and ")
            report.finding(rule, doc.document.path, claim, None, {
                "date": f"{calendar.month_name[int(first)]} and {calendar.month_name[int(second)]}"},
                (note, "identity: the two month names of one date, nothing matched with another figure"))


_GAP_MARKS = " \t\n,،()[]-\u2013\u2014"  # what may stand around the words between paired dates


def _hijri_pairs(doc: DocumentResult, report: Report) -> None:
    """FC110: a Hijri date next to a Gregorian date that is not its day."""
    rule = report.book.rule("date_hijri_pair")
    if rule is None:
        return
    params: HijriPairParams = report.book.params(rule)
    words = {phrase_key(w) for ws in params.correspond_words.values() for w in ws}
    text = doc.document.text
    dates = [c for c in doc.claims if c.kind is Kind.DATE and c.date]
    for a, b in pairwise(dates):
        hijri = [c for c in (a, b) if any(e.startswith(HIJRI_NOTE) for e in c.evidence)]
        if len(hijri) != 1:
            continue
        gap = text[a.end : b.start]
        between = phrase_key(gap.strip(_GAP_MARKS)) if len(gap) <= params.max_gap else None
        if between is None or (between and between not in words):
            continue
        h = hijri[0]
        g = b if h is a else a
        day = dt.date.fromisoformat(h.date or "")
        given = g.date or ""
        if given.startswith("--"):
            given = f"{day.year}{given[1:]}"
        try:
            apart = abs((dt.date.fromisoformat(given) - day).days)
        except ValueError:  # a month or a year alone, or 29 February of a year without it
            continue
        if apart <= params.tolerance_days or not rule.scope.covers(h):
            continue
        note = next(e for e in h.evidence if e.startswith(HIJRI_NOTE))
        report.finding(rule, doc.document.path, h, None, {"date": day.isoformat(), "against": given},
                       (note, f"the Gregorian date beside it: {g.text!r}",
                        "identity: the two dates stated side by side as one day, nothing assumed"))


def _weekdays(doc: DocumentResult, report: Report) -> None:
    rule = report.book.rule("date_weekday")
    for claim in doc.claims:
        actual = expected_weekday(claim, doc.document.published)
        if actual is not None and rule is not None and rule.scope.covers(claim):
            year = ("; year assumed: the last such day up to the publication date"
                    if (claim.date or "").startswith("--") else "")
            report.finding(rule, doc.document.path, claim, None, {
                "date": claim.date or "", "weekday": (claim.weekday or "").capitalize(),
                "expected_weekday": actual.capitalize()}, (
                "the weekday and the date stated together in one phrase",
                f"identity: one phrase of the article, nothing matched with another figure{year}"))


def _close_bound(claim: Claim, fact: Claim) -> bool:
    """Whether a figure that agrees with a fact states it: an exact figure, and a bound or approximation
    within a unit of its last digit ("more than 400,000" of 412,000; not "more than 100,000" of 339,617
    nor "about 89%" of 96%, which another quantity may as well satisfy). A range states a fact only when
    each end lies within a unit of its last digit of it ("between 3 and 5 million" cases worldwide does
    not state a country's 3.42 million vaccinated)."""
    if claim.qualifier is Qualifier.RANGE or (claim.value is None and claim.lower is not None
                                               and claim.upper is not None):
        other = stated(fact)
        ends = [e for e in (claim.lower, claim.upper) if e is not None]
        return other is None or all(abs(other - e) < Decimal(1).scaleb(last_digit(e)) for e in ends)
    if claim.qualifier not in BOUNDS and claim.qualifier is not Qualifier.APPROX:
        if fact.qualifier in BOUNDS or fact.qualifier is Qualifier.APPROX:
            return _close_bound(fact, claim)  # 530,000 residents meet "more than 1,000" injured, far off
        return True
    value, other = stated(claim), stated(fact)
    if value is None or other is None:
        return True
    return abs(other - value) < Decimal(1).scaleb(last_digit(value))


def _against_references(sides: list[Side], aligner: Aligner, report: Report, doc: DocumentResult) -> None:
    """Every claim against its reference counterpart. A fact that one figure of the article states
    correctly does not contradict another figure of it aligned only by assumption (a field stated on
    one side only): the article has the fact right, so the other figure is another quantity — a
    breakdown, an earlier toll, another period — not a wrong statement of it."""
    counts = _weak_keys(sides)
    alignments: list[Alignment] = []
    confirmed: dict[tuple[str, str], Side] = {}  # fact key -> the first figure stating it rightly
    text = doc.document.prose or doc.document.text
    sentences = scope_marks(text, "sentence")
    changes = _changes(sides, text, sentences, report.book)
    aligner.prepare_lexical(sides, changes)
    for side in sides:
        alignment = aligner.align(side, unique_in_document=counts[_weak_key(side)] == 1)
        if alignment is None:
            continue
        alignments.append(alignment)
        if report.book.agrees(side.claim, alignment.counterpart.claim) \
                and _close_bound(side.claim, alignment.counterpart.claim):
            confirmed.setdefault(_key(alignment.counterpart), side)
    groups = _by_fact_and_sentence(alignments, sentences)
    quantities = sorted((c for c in doc.claims if c.is_quantity), key=lambda c: c.start)
    earlier, readings = _earlier_readings(alignments, text, sentences, report.book, quantities)
    broken = _breakdown_parts(alignments, report.book)
    parts = broken | _listed_parts(groups, report.book, readings, text, broken, aligner) \
        | _coordinated_parts(alignments, sides, text, sentences)
    accounts = _other_accounts(groups, text, sentences, report.book)
    facts_of = {_key(a.claim): _key(a.counterpart) for a in alignments}
    dated_before = _dated_before(sides, sentences, days=0)  # (any earlier day: the fact's period tells)
    years_before = _years_by_sentence(doc.claims, sentences)
    for alignment in alignments:
        side = alignment.claim
        day = _earliest_before(dated_before, sentences, side.claim.start)
        fact_period = alignment.counterpart.variant[0]
        if day is None and AGE_NOTE in side.claim.evidence:
            # an age in a sentence of an earlier year ("Ken Rosewall triumphed in Melbourne in 1972 at
            # the age of 37"): that year's person, not the fact's, whose age is of its own day
            day = _earliest_before(years_before, sentences, side.claim.start)
        if day is not None and fact_period is not None and fact_period[0] is not None \
                and day < fact_period[0] and side.variant[0] is None \
                and side.claim.kind is not Kind.DATE:
            # "the Tan-Tan crash of 10 April 2015, which killed more than 30": a sentence dated before
            # the figure and the fact's period tells of an earlier event (a date in it still states its
            # own day, a fact's date wrongly or not; not "closed at 1,783.74,
            # nearly doubling the fall of Oct. 28, 1929": that date is of what it is compared with)
            report.matched.add(_key(side))
            continue
        total = changes.get(_key(side))
        if total is not None and facts_of.get(total) == _key(alignment.counterpart):
            report.matched.add(_key(side))  # the change toward the total that states the fact
            continue
        if _key(side) in accounts or _key(side) in earlier:
            # another source's account of the fact, an earlier reading or an increment: not the
            # article's statement of it
            report.matched.add(_key(side))
            continue
        if _key(side) in parts:
            report.matched.add(_key(side))  # a part of the fact's total, not the fact stated wrongly
            continue
        if LEVEL_BEFORE_NOTE in side.claim.evidence and any(
                LEVEL_BEFORE_NOTE not in a.claim.claim.evidence for a in groups.get(
                    (_key(alignment.counterpart), bisect_right(sentences, side.claim.start)), ())):
            # "rose to 54, up from 38": the fact is the level reached, which 54 states; 38 is before it
            report.matched.add(_key(side))
            continue
        agrees = report.book.agrees(side.claim, alignment.counterpart.claim)
        fact = alignment.counterpart
        if AGE_NOTE in side.claim.evidence and (not names_age(fact) or (
                not agrees and alignment.lexical is not None and not whose_age(side, fact))
                or (not agrees and BIRTHDAY_NOTE in side.claim.evidence)):
            # "الكاتب البالغ 80 عاما": a person's age, not the prison term; "طفلا في الـ3 من عمره" near
            # no word of "عمر المدان" but the age noun: another person's age; "who turns 23 on Friday":
            # the age from that day on, no statement of the age the fact gives for its own day
            report.matched.add(_key(side))
            continue
        if not agrees and _definite(text, side.claim) and _surpassed(text, sentence_span(
                text, sentences, bisect_right(sentences, side.claim.start))[0], side.claim):
            report.matched.add(_key(side))  # "imposed a maximum well beyond the 125 years prosecutors
            continue  # had requested": the quantity surpassed, not the one the fact gives (not a bound:
            # "exports exceeded $5 billion" states the exports)
        if not agrees and _hypothetical(text, sentences, side.claim, report.book) \
                and not _scale_word_apart(side.claim, fact.claim, report.book):
            report.matched.add(_key(side))  # "could rise to $12.35 billion if ...": a possibility; not
            continue  # one a scale word away from the fact ("قد ترفع إنتاجها الذي يبلغ حاليا نحو ٨٫٦ ألف
            # برميل يوميا إذا": the present output of 8.6 million misread): no possibility is a thousandfold
        if not agrees and _forecast(text, sentences, side.claim, quantities, report.book) \
                and not (_slip_of(side.claim, fact.claim, report.book)
                         or _scale_word_apart(side.claim, fact.claim, report.book)):
            # "analysts had expected 14.5%": a forecast of the figure; not one a scale word away from
            # it, whatever its digits ("analysts estimated that IBM has committed about $5 million" of
            # $5 billion): no forecast misses by a factor of a thousand
            report.matched.add(_key(side))
            continue
        if not agrees and _a_threshold(side, alignment.counterpart, report.book, text):
            report.matched.add(_key(side))  # "the 200 votes it needed": a threshold, not the votes cast
            continue
        if not agrees and _states_named_fact(side, alignment.counterpart, aligner):
            report.matched.add(_key(side))  # "totalling 1,021 flight hours": the flight hours' fact
            continue
        slip = not agrees and _slip_of(side.claim, alignment.counterpart.claim, report.book)
        # ... or, where every field of identity is stated alike, one digit off it (13 for 15)
        pen = slip or (not agrees and not alignment.assumed and _two_digits(side.claim)
                       and one_digit_apart(side.claim, alignment.counterpart.claim))
        stating = confirmed.get(_key(alignment.counterpart)) if pen and not alignment.candidates \
            and not _scale_slip(side.claim, alignment.counterpart.claim, report.book) else None
        if stating is not None and _swapped(side, stating, alignment, report):
            continue
        if not alignment.assumed and not agrees and not slip and _key(alignment.counterpart) in confirmed:
            if not _restated_otherwise(side, confirmed[_key(alignment.counterpart)], alignment, report, text,
                                       sentences, quantities):
                report.matched.add(_key(side))
            continue
        if alignment.assumed and not agrees and not slip:
            others = [c for c in alignment.candidates or (alignment.counterpart,) if _key(c) not in confirmed]
            if not others and _rounded_wrongly(side, alignment, confirmed):
                others = [alignment.counterpart]
            if not others:
                if not _restated_otherwise(side, confirmed[_key(alignment.counterpart)], alignment, report,
                                           text, sentences, quantities):
                    report.matched.add(_key(side))
                continue
            if alignment.candidates and len(others) < len(alignment.candidates):
                alignment = alignment.model_copy(update={
                    "counterpart": others[0], "candidates": tuple(others) if len(others) > 1 else ()})
        report.reference_match[_key(side)] = alignment
        _judge(alignment, report)


def _restated_otherwise(side: Side, stating: Side, alignment: Alignment, report: Report, text: str,
                        sentences: Sequence[int], quantities: Sequence[Claim]) -> bool:
    """A figure marked as a restatement (FC105's restating_words: "الضحايا الـ1003", "the 1,003 dead")
    of a fact another figure of the article states rightly ("إلى 1033 قتيلا"), near its value: the
    article contradicts itself, reported as such against that figure (FC105), naming the fact. False
    when the figure is no marked restatement, is far from it, or the rule is off."""
    rule = report.book.rule("internal_inconsistency", side.claim)
    if rule is None or stating is side or stating.claim.start >= side.claim.start:
        return False
    params: InternalParams = report.book.params(rule)
    claim, lang = side.claim, side.claim.lang
    markers = params.restating_words.get(lang, ())
    pronouns = load_lexicon(lang).attached_pronouns
    if not markers or _restating_marker(text, claim.start, markers, pronouns) is None \
            or not (within(claim, stating.claim, params.plausible_difference)
                    or _scale_word_apart(claim, stating.claim, report.book)):
        return False
    # as the article's own restatements are read (_restatements, _internal): no threshold ("short of the
    # 367 that would allow"), forecast ("the 3.5% economists had forecast"), whole of a part before it
    # ("36 of Indonesia's 38 provinces") or part after a breakdown word ("including the 18 migrants")
    if _threshold_at(text, claim, *_thresholds(params, lang)) \
            or _forecast(text, sentences, claim, quantities, report.book):
        return False
    k = bisect_left(quantities, claim.start, key=lambda c: c.start)
    if k and some_of(text, quantities[k - 1], claim):
        return False
    opens = sentence_span(text, sentences, bisect_right(sentences, claim.start))[0]
    breakdown = _breakdown_words(report.book, lang)
    if breakdown and find_marker(text, opens, claim.start, breakdown) is not None:
        return False
    updates = params.update_words.get(lang, ())
    if updates and find_marker(text, opens, claim.start, updates) is not None:
        return False  # "الرقم القياسي السابق البالغ 171": another reading than the one the fact states
    verdict = judge(side.claim, stating.claim, report.book)
    fact = alignment.counterpart.claim
    if verdict is not None and verdict.agrees and stating.claim.qualifier in BOUNDS \
            and stated(stating.claim) == stated(fact):
        # "At least 72 people were killed", then "each of the 77 dead", beside the fact's 72: the bound
        # the fact pins at its value stated it; the restatement is judged as against that value
        verdict = judge(side.claim, fact, report.book)
    if verdict is None or verdict.agrees:
        return False
    _against_stating(rule, side, stating, alignment, report, verdict,
                     "a restatement of the figure that states the fact rightly earlier in the article",
                     partial=bool(alignment.assumed))
    return True


def _rounded_wrongly(side: Side, alignment: Alignment, confirmed: dict[tuple[str, str], Side]) -> bool:
    """"more than 2.8 million votes" of a fact another figure of the article states exactly ("2777931
    صوتا"): a bound within a twentieth of that value, not at it, is the same quantity rounded the wrong
    way, no other quantity the right figure leaves aside (a bound at it, "more than a dozen" beside 12,
    is a loose restatement; a figure beside another bound is left to that bound's reading)."""
    fact = alignment.counterpart
    stating = confirmed.get(_key(fact))
    return stating is not None and stating.claim.qualifier is Qualifier.EXACT \
        and side.claim.qualifier in BOUNDS and not alignment.candidates \
        and side.claim.value != fact.claim.value and within(side.claim, fact.claim, _BOUND_ROUNDING)


_BOUND_ROUNDING = Decimal("0.05")


def _changes(sides: Sequence[Side], text: str, sentences: Sequence[int],
             book: RuleBook) -> dict[tuple[str, str], tuple[str, str]]:
    """Figures that state a change, each with the figure of the total it results in: the next figure
    of its sentence, of its unit, after one of FC101's result_words ("hired 300 workers, bringing its
    workforce to 2,100", "افتتحت 11 مكتبا جديدا ليرتفع عدد المكاتب إلى 64")."""
    rule = book.rule("value_mismatch")
    params: ValueParams | None = book.params(rule) if rule else None
    quantities = sorted((s for s in sides if s.claim.is_quantity), key=lambda s: s.claim.start)
    words = params.result_words.get(quantities[0].claim.lang, ()) if params and quantities else ()
    found: dict[tuple[str, str], tuple[str, str]] = {}
    if not words:
        return found
    for side, after in pairwise(quantities):
        if bisect_right(sentences, side.claim.start) != bisect_right(sentences, after.claim.start) \
                or not units_compatible(side.claim.unit, after.claim.unit):
            continue
        if find_marker(text, side.claim.end, after.claim.start, words) is not None:
            found[_key(side)] = _key(after)
    return found


def _swapped(side: Side, stating: Side, alignment: Alignment, report: Report) -> bool:
    """Two digits swapped of a fact that another figure of the article states rightly ("أصيب 73" then
    "الجرحى الـ37"), or one digit off it on full identity: the article contradicts itself; reported as
    such against that figure (FC105), naming the fact. (A scale word slip stays the fact's
    scale_mismatch: the wrong word is the finding.) False when the rule is off or the figures agree."""
    rule = report.book.rule("internal_inconsistency", side.claim)
    verdict = judge(side.claim, stating.claim, report.book)
    if rule is None or verdict is None or verdict.agrees:
        return False
    slip = "two digits swapped of" if report.book.slipped(side.claim, stating.claim) else "one digit off"
    _against_stating(rule, side, stating, alignment, report, verdict,
                     f"{slip} the figure that states the fact rightly elsewhere in the article",
                     partial=bool(alignment.assumed))
    return True


def _against_stating(rule: Rule, side: Side, stating: Side, alignment: Alignment, report: Report,
                     verdict: Verdict, how: str, *, partial: bool) -> None:
    """Report a figure that states its fact otherwise than ``stating``, the figure of the article that
    states it rightly, as the article contradicting itself (FC105 against that figure), naming the fact
    (``how``: in what way it states it otherwise)."""
    report.matched.update({_key(side), _key(stating)})
    report.reference_match[_key(side)] = alignment
    report.finding(rule, side.path, side.claim, stating, verdict.details, (
        how, f"that fact: {_against_text(alignment.counterpart)}", *alignment.evidence,
        *_identity_note(alignment)), partial=partial)


SentenceGroups = dict[tuple[tuple[str, str], int], list[Alignment]]


def _by_fact_and_sentence(alignments: Sequence[Alignment], sentences: Sequence[int]) -> SentenceGroups:
    """The alignments of one article grouped by their fact and the sentence of their figure (key: the
    fact's key and the sentence's index among ``sentences``, the article's sentence ends), each group
    in text order."""
    groups: SentenceGroups = {}
    for alignment in sorted(alignments, key=lambda a: a.claim.claim.start):
        sentence = bisect_right(sentences, alignment.claim.claim.start)
        groups.setdefault((_key(alignment.counterpart), sentence), []).append(alignment)
    return groups


def _states_named_fact(side: Side, counterpart: Side, aligner: Aligner) -> bool:
    """Whether the figure states exactly the value of another reference fact its nearby words name
    ("more than 350 missions, totalling 1,021 flight hours" beside the facts "cloud seeding missions:
    312" and "cloud seeding flight hours: 1021"): it is that fact's statement, rightly, whatever its
    concept joined it to; its words, not the concept, tell which."""
    claim = side.claim
    value = stated(claim)
    if value is None or claim.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT):
        return False
    for fact in aligner.index.named(side, lexmatch.CLOSE)[:_NAMED_FACTS]:
        if fact is counterpart or fact.path == side.path or stated(fact.claim) != value \
                or not units_compatible(claim.unit, fact.claim.unit):
            continue
        if loose_identity(side, fact, counted=False) is not None:
            return True
    return False


_NAMED_FACTS = 8  # facts named by a figure's words that may show it states one of them exactly


def _earlier_readings(alignments: Sequence[Alignment], text: str, sentences: Sequence[int],
                      book: RuleBook, quantities: Sequence[Claim]) \
        -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Figures that disagree with their fact but are not its statement: below it and met by assumption,
    some of a whole ("3 of its lines", "ثلاثة من خطوطه") or the first part of one whose next figure in
    the sentence is an increment of it ("88 died at the ground and four more in hospitals"); a count that
    is an increment (FC101's increment_words: "two more people died"), or, below the fact, an earlier
    reading of the tally (earlier_words: "وكانت الحصيلة قد توقفت عند 7 وفيات" beside a toll of 9). All of
    them, and the earlier readings alone."""
    rule = book.rule("value_mismatch")
    params: ValueParams | None = book.params(rule) if rule else None
    found: set[tuple[str, str]] = set()
    readings: set[tuple[str, str]] = set()
    for alignment in alignments:
        claim, fact = alignment.claim.claim, alignment.counterpart.claim
        if params is None or claim.value is None or fact.value is None or book.agrees(claim, fact):
            continue
        if claim.value < fact.value and claim.kind in (Kind.COUNT, Kind.MONEY) \
                and ((alignment.assumed and _PARTITIVE_RE.match(text, claim.end))
                     or _part_of_fact(alignment.claim, alignment.counterpart)) \
                and not _scale_slip(claim, fact, book):
            found.add(_key(alignment.claim))  # "ثلاثة من خطوطه": some of the lines, not their number
            continue
        if claim.kind not in (Kind.COUNT, Kind.MONEY):
            continue
        increments = folded_words(params.increment_words.get(claim.lang, ()))
        if increments and claim.unit == "count" and _increment(text, claim, increments):
            found.add(_key(alignment.claim))  # "two more people died": not the toll
            continue
        if "anaphora" in claim.evidence and claim.unit == "count" \
                and Decimal(0) < fact.value - claim.value <= _NAMED_OTHERS \
                and not _count_before(text, sentences, claim, quantities):
            found.add(_key(alignment.claim))  # "مقتل الرئيس و95 آخرين": the others, the named ones beside
            continue
        both = _increment_follows(text, sentences, claim, quantities, increments) \
            if increments and alignment.assumed and claim.unit == "count" else None
        if both is not None and both <= fact.value:
            found.add(_key(alignment.claim))  # "88 victims died at the ground and four more in
            continue  # hospitals": the toll's first part, the rest told next
        words = params.earlier_words.get(claim.lang, ())
        if not words:
            continue
        opens = sentence_span(text, sentences, bisect_right(sentences, claim.start))[0]
        # right before the figure ("بعدما كان 700 ليرة", "بدلا من 3000"), the value before the change,
        # whichever way it went (a toll only grows: one above the fact is still wrong); elsewhere before
        # it in its sentence, a tally below the fact
        below = claim.value < fact.value
        right_before = find_marker(text, max(opens, claim.start - _EARLIER_REACH), claim.start, words)
        if (right_before is not None and (below or not book.grows(claim, fact))) \
                or (below and find_marker(text, opens, claim.start, words, gap=True) is not None):
            found.add(_key(alignment.claim))
            readings.add(_key(alignment.claim))
    return found, readings


# "مقتل الرئيس و95 آخرين", "killing his daughter and seven others": the others of a toll whose first
# members are named before them, no count in their sentence before; the toll is this many more at most.
_NAMED_OTHERS = 3


def _count_before(text: str, sentences: Sequence[int], claim: Claim, quantities: Sequence[Claim]) -> bool:
    """Whether a count stands before the figure in its sentence."""
    opens = sentence_span(text, sentences, bisect_right(sentences, claim.start))[0]
    at = bisect_left(quantities, claim.start, key=lambda c: c.start)
    first = bisect_left(quantities, opens, key=lambda c: c.start)
    return any(q.kind is Kind.COUNT for q in quantities[first:at])


_EARLIER_REACH = 16  # characters before a figure where an earlier word makes it the value before


# A figure followed by "of its", "out of", "من خطوطه", "من أصل": some of a whole its words name ("3 of
# its six lines", "ثلاثة من خطوطه").
_PARTITIVE_RE = re.compile(r"\s+(?:of\s+(?:its|their)\b|out\s+of\b|من\s+أصل\b|من\s+\w+?(?:ه|ها|هم)(?!\w))",
                           re.IGNORECASE)


_PART_REACH = 4  # words between a figure and "of"/"من" when one is a part word ("تمثل الدفعة الأولى من")
_PART_NOUN = 6  # words after "من"/"of" that may name the whole (its clause ends it first)
_CLAUSE_END = re.compile(r"[.,،;؛:!?()\n0-9\u0660-\u0669\u06f0-\u06f9]")


PartWords = dict[str, tuple[frozenset[str], frozenset[str]]]  # by language: (part words, "of" words)


def part_words(book: RuleBook) -> PartWords:
    """FC101's part words and the words that open a whole (``part_words``, ``part_of_words``), folded,
    by language."""
    rule = book.rule("value_mismatch")
    params: ValueParams | None = book.params(rule) if rule else None
    if params is None:
        return {}
    return {lang: (folded_words(params.part_words.get(lang, ())),
                   folded_words(params.part_of_words.get(lang, ())))
            for lang in {*params.part_words, *params.part_of_words}}


def _whole_words(text: str, claim: Claim, parts: PartWords,
                 sentences: Sequence[int]) -> tuple[str, ...]:
    """The words that name a whole a plain count or an amount is some of: those after "من"/"of" right
    after it, or after a few words one of which is a part word ("5 مليارات دولار أخرى من الودائع
    الإماراتية", "10 مليارات دولار تمثل الدفعة الأولى من صفقة", "174 من الضحايا"). None when the word
    after "of" is the figure's counted noun ("44 of the militants" counts militants), and for a
    measure, whose "of" names its substance ("11 tonnes of cocaine")."""
    ours, opening = parts.get(claim.lang, (frozenset(), frozenset()))
    if not opening or not (claim.kind is Kind.MONEY or claim.unit == "count"):
        return ()
    before = _opening_whole(text, claim, opening, sentences)
    if before:
        return before
    rest = text[claim.end : claim.end + 160].lstrip()
    apposed = rest[:1] in (",", "،")  # "$820 million, the second tranche of the loan"
    rest = rest[1:] if apposed else rest
    cut = _CLAUSE_END.search(rest)
    words = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(rest[: cut.start() if cut else None])]
    at = next((k for k, w in enumerate(words[: _PART_REACH + 1]) if w in opening), None)
    if at is None:
        return ()
    if (at or apposed) and not any(f in ours for w in words[:at] for f in strip_clitics(w)):
        return ()
    whole = tuple(w for w in words[at + 1 : at + 1 + _PART_NOUN] if w != "the")
    if claim.counted is not None and whole:
        lex = load_lexicon(claim.lang)
        hit = find(lex, lex.counted, list(whole[:1]), 0)
        if hit is not None and hit[0] == claim.counted:
            return ()  # "44 of the militants": what the figure counts, not a whole it is some of
    return whole


def _opening_whole(text: str, claim: Claim, opening: frozenset[str],
                   sentences: Sequence[int]) -> tuple[str, ...]:
    """The whole a sentence opens with before its first figure, a comma closing it ("Of the refugees,
    20.4 million fall under UNHCR's mandate", "ومن بين الجرحى، 12 في حالة خطرة"): the figure is some of
    it. Empty when the figure is not the first thing after that comma."""
    opens = sentence_span(text, sentences, bisect_right(sentences, claim.start))[0]
    if claim.start - opens > _OPENING_REACH:
        return ()
    head = text[opens : claim.start].strip()
    if not head or head[-1] not in ",،":
        return ()
    words = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(head[:-1])]
    if not words or len(words) > _PART_NOUN + 2 or not (
            words[0] in opening or any(f in opening for f in strip_clitics(words[0]))):
        return ()
    return tuple(w for w in words[1:] if w != "the")


_OPENING_REACH = 80  # characters before a figure that may hold its sentence's opening whole


def _part_of_fact(side: Side, fact: Side) -> bool:
    """Whether a figure is some of its fact's quantity: the whole its words name (``Side.whole``) holds
    a word of the fact's what ("من الودائع الإماراتية" beside the deposits' fact) or, first, a word of
    the figure's own concept ("174 من الضحايا" beside a toll of 179). Not when the figure's own words
    name what the whole lacks of the fact: then it is that kind of the whole ("الإيرادات النفطية تشكل
    13.5 مليار دينار من إجمالي الإيرادات")."""
    claim = side.claim
    if not side.whole:
        return False
    what = fact.what.get(claim.lang, ())
    named = {f for w in side.whole for f in lexmatch.forms(claim.lang, w)}
    lex = load_lexicon(claim.lang)
    # the whole's first word names the figure's own concept ("174 من الضحايا"): some of that event's toll
    of_own = claim.concept is not None and lex.word_concept(side.whole[0]) == claim.concept
    if any(word & named for word in what):
        lacking = [word for word in what if not word & named]
        if claim.concept is not None and not of_own \
                and any(lex.word_concept(f) == claim.concept for word in lacking for f in word):
            # "60 من رجال الشرطة أصيبوا" of the policemen injured: the whole is who the figure counts,
            # and its own concept (its verb) names the rest of the fact: the fact itself (not "174 من
            # ضحايا الطائرة" of the crash's dead: the whole names the figure's concept, the victims)
            return False
        return not any(side.near.get(f, 0.0) >= lexmatch.CLOSE for word in lacking for f in word)
    return of_own


def threshold_table(book: RuleBook, lang: str) -> tuple[lexmatch.Word, ...]:
    """FC105's threshold words (targets, thresholds, limits, capacities) as content words."""
    rule = book.rule("internal_inconsistency")
    params: InternalParams | None = book.params(rule) if rule else None
    return _phrase_table(params.threshold_words.get(lang, ()), lang) if params else ()


@lru_cache(maxsize=16)
def _phrase_table(words: tuple[str, ...], lang: str) -> tuple[lexmatch.Word, ...]:
    """A table of phrases as the content words a figure's nearby words are matched against."""
    return lexmatch.phrase_words(" ".join(words)).get(lang, ())


@lru_cache(maxsize=16)
def _phrase_tuples(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Each phrase as its folded words."""
    return frozenset(tuple(fold_word(w).lower() for w in phrase.split()) for phrase in words)


_THRESHOLD_AFTER = 3  # words after a figure in its clause where a threshold word heads it ("votes it needed")


def _threshold_at(text: str, claim: Claim, phrases: frozenset[tuple[str, ...]],
                  links: frozenset[str], results: frozenset[tuple[str, ...]]) -> bool:
    """Whether a threshold phrase heads the figure: in the few words after it in its clause ("the 200
    votes it needed", "165 مقعدا اللازمة"), or right before it, or before a link word (FC105's
    threshold_links) right before it ("a capacity of 60,000", "طاقة استيعابية تبلغ 60 ألفا"); not
    one of ``results`` right before it, which states what was reached ("بأغلبية 93 صوتا", "by a
    majority of 93")."""
    after = text[claim.end : claim.end + 80]
    cut = _CLAUSE_END.search(after)
    words = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(after[: cut.start() if cut else None])]
    before = text[max(0, claim.start - 60) : claim.start]
    cut_before = max(before.rfind(c) for c in ",،;؛.:\n")
    left = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(before[cut_before + 1 :])]
    if left and not links.isdisjoint(strip_clitics(left[-1])):
        left = left[:-1]
    if any(tuple(left[len(left) - len(result):]) == result for result in results):
        return False

    def at(row: list[str], k: int, phrase: tuple[str, ...]) -> bool:
        return k >= 0 and k + len(phrase) <= len(row) and all(
            p in strip_clitics(w) or (p.startswith("ال") and p[2:] in strip_clitics(w))
            for p, w in zip(phrase, row[k : k + len(phrase)], strict=True))

    for phrase in phrases:
        n = len(phrase)
        if any(at(words, k, phrase) for k in range(_THRESHOLD_AFTER)) or at(left, len(left) - n, phrase):
            return True
    return False


# FC105's threshold phrases, threshold links and threshold results, folded (_thresholds)
Thresholds = tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[tuple[str, ...]]]


def _thresholds(params: InternalParams, lang: str) -> Thresholds:
    """FC105's threshold phrases as folded words, its threshold links folded, and its threshold results
    as folded words."""
    return (_phrase_tuples(params.threshold_words.get(lang, ())),
            folded_words(params.threshold_links.get(lang, ())),
            _phrase_tuples(params.threshold_results.get(lang, ())))


def _a_threshold(side: Side, fact: Side, book: RuleBook, text: str) -> bool:
    """Whether a figure is a target, threshold, limit or capacity (FC105's threshold_words heading it)
    that its fact is not ("short of the 200 votes it needed" beside the votes cast; "a capacity of
    60,000" beside the attendance): another quantity. A reference fact is one when its what names such
    a word."""
    claim = side.claim
    rule = book.rule("internal_inconsistency")
    params: InternalParams | None = book.params(rule) if rule else None
    if params is None or claim.kind is Kind.DATE or not fact.is_reference:
        return False
    phrases, links, results = _thresholds(params, claim.lang)
    if not phrases or not _threshold_at(text, claim, phrases, links, results):
        return False
    what = fact.what.get(claim.lang, ())
    return not any(word & named for word in threshold_table(book, claim.lang) for named in what)


_MODAL_REACH = 8  # words before a figure, in its sentence, among which its modal word stands
_IMPERFECT = ("ي", "ت", "ن")  # the prefixes of an Arabic imperfect verb (FC101's imperfect_modals)


def _hypothetical(text: str, sentences: Sequence[int], claim: Claim, book: RuleBook) -> bool:
    """Whether a figure is a possibility (FC101's modal_words shortly before it, condition_words in its
    sentence): "could rise to $12.35 billion if the banks exercise the option", "وقد يرتفع إلى 12.35
    مليار دولار إذا". Arabic قد is modal only before an imperfect verb ("قد ارتفع": has risen)."""
    rule = book.rule("value_mismatch")
    params: ValueParams | None = book.params(rule) if rule else None
    if params is None:
        return False
    modals = _phrase_tuples(params.modal_words.get(claim.lang, ()))
    imperfect = _phrase_tuples(params.imperfect_modals.get(claim.lang, ()))
    conditions = params.condition_words.get(claim.lang, ())
    if not modals or not conditions:
        return False
    opens, closes = sentence_span(text, sentences, bisect_right(sentences, claim.start))
    before = lexmatch.WORD_RE.findall(text[opens : claim.start])[-_MODAL_REACH:]
    words = [fold_word(w).lower() for w in before]
    for k in range(len(words)):
        for modal in modals:
            row = words[k : k + len(modal)]
            if len(row) != len(modal) or modal[0] not in strip_clitics(row[0]) or tuple(row[1:]) != modal[1:]:
                continue
            if modal in imperfect and not (k + 1 < len(words) and words[k + 1].startswith(_IMPERFECT)):
                continue  # "قد ارتفع": has risen
            return find_marker(text, opens, closes, conditions) is not None
    return False


_FORECASTER_AFTER = 3  # words after a figure where its forecaster may stand ("2.9% forecast by economists")


def _forecast(text: str, sentences: Sequence[int], claim: Claim, quantities: Sequence[Claim],
              book: RuleBook) -> bool:
    """Whether a figure is a forecast of the quantity, not a statement of it: one of FC101's
    forecaster_words stands in its own stretch of its sentence, before it back to the figure before
    ("economists polled by Reuters had expected 2.9%", "متوسط توقعات 13 محللا يشير إلى تضخم عند 14.5
    في المئة") or right after it, before any comma ("a 2.9% forecast in a Reuters poll").
    ``quantities``: the document's quantity claims sorted by start (the neighbours are found by
    bisection, so a document of many figures stays linear)."""
    rule = book.rule("value_mismatch")
    params: ValueParams | None = book.params(rule) if rule else None
    forecasters = _forecaster_forms(params.forecaster_words.get(claim.lang, ())) if params else frozenset()
    if not forecasters or not claim.is_quantity:
        return False
    internal = book.rule("internal_inconsistency")
    restating = book.params(internal).restating_words.get(claim.lang, ()) if internal else ()
    pronouns = load_lexicon(claim.lang).attached_pronouns
    if restating and _restating_marker(text, claim.start, restating, pronouns) is not None:
        return False  # "ويرى محللون أن وصول النواب الجدد الـ30": a known quantity restated, no forecast
    opens, closes = sentence_span(text, sentences, bisect_right(sentences, claim.start))
    at = bisect_left(quantities, claim.start, key=lambda c: c.start)
    if at and quantities[at - 1].end > opens:
        opens = min(quantities[at - 1].end, claim.start)
    after_claim = bisect_left(quantities, claim.end, key=lambda c: c.start)
    if after_claim < len(quantities) and quantities[after_claim].start < closes:
        closes = quantities[after_claim].start
    before = lexmatch.WORD_RE.findall(text[opens : claim.start])[-_MODAL_REACH:]
    after_text = text[claim.end : closes]
    comma = min((k for k in (after_text.find(","), after_text.find("،"), after_text.find(";")) if k >= 0),
                default=len(after_text))
    after = lexmatch.WORD_RE.findall(after_text[:comma])[:_FORECASTER_AFTER]
    return any(form in forecasters for w in (*before, *after) for form in strip_clitics(fold_word(w).lower()))


@lru_cache(maxsize=8)
def _forecaster_forms(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold_word(w).lower() for w in words)


def _increment_follows(text: str, sentences: Sequence[int], claim: Claim, quantities: Sequence[Claim],
                       words: frozenset[str]) -> Decimal | None:
    """The figure and the increment after it, when the next count of its sentence, of its concept or
    none, is one ("88 victims died at the ground and four more in hospitals": 92); else None."""
    at = bisect_right(quantities, claim.start, key=lambda c: c.start)
    if at >= len(quantities) or claim.value is None:
        return None
    after = quantities[at]
    if bisect_right(sentences, after.start) != bisect_right(sentences, claim.start) \
            or after.kind is not Kind.COUNT or after.concept not in (None, claim.concept) \
            or after.value is None or not _increment(text, after, words):
        return None
    return claim.value + after.value


def _increment(text: str, claim: Claim, words: frozenset[str]) -> bool:
    """Whether an increment word stands right beside the figure ("two more people", "5 وفيات إضافية");
    "more" only after it ("more than 5" is a bound)."""
    before, after = beside_forms(text, claim)
    return not (after | (before - {"more"})).isdisjoint(words)


def _other_accounts(groups: SentenceGroups, text: str, sentences: Sequence[int],
                    book: RuleBook) -> set[tuple[str, str]]:
    """Figures that give another source's account of a fact that a figure of their sentence states
    ("the ministry put turnout at 48%, while the union said it topped 95%"; FC101's contrast_words and
    saying_words): the account after the contrast, unless its words name the reference's source and
    the first account's do not ("the union said 95%, while the ministry put it at 48%")."""
    rule = book.rule("value_mismatch")
    params: ValueParams | None = book.params(rule) if rule else None
    if params is None:
        return set()
    found: set[tuple[str, str]] = set()
    for (_, sentence), members in groups.items():
        group = [a for a in members if a.claim.claim.kind is not Kind.DATE]
        lang = group[0].claim.claim.lang if group else ""
        contrasts, sayings = params.contrast_words.get(lang, ()), params.saying_words.get(lang, ())
        if not contrasts or not sayings:
            continue
        opens = sentence_span(text, sentences, sentence)[0]
        for first, second in pairwise(group):
            lo, hi = first.claim.claim.end, second.claim.claim.start
            contrast = find_marker(text, lo, hi, contrasts)
            if contrast is None or find_marker(text, contrast, hi, sayings) is None:
                continue
            source = _source_words(second.counterpart.source)
            names = bool(source & sentence_words(text[contrast:hi]))
            named_first = bool(source & sentence_words(text[opens : first.claim.claim.start]))
            found.add(_key(first.claim) if names and not named_first else _key(second.claim))
    return found


def _listed_parts(groups: SentenceGroups, book: RuleBook, readings: Collection[tuple[str, str]] = (),
                  text: str = "", broken: Collection[tuple[str, str]] = (),
                  aligner: Aligner | None = None) -> set[tuple[str, str]]:
    """Two or more figures of one sentence met with one fact only by assumption, each below it and none
    agreeing with it ("120 million euros for cycle lanes, 60 million for parking and 40 million for
    bridges" beside the plan's 250 million): they cannot all be the fact; they list its parts or
    other quantities, and none is checked against it. An earlier reading (``readings``: "ارتفعت الحصيلة
    إلى 2746 قتيلا، بعدما كانت 2901") is no item of a list: the figure beside it is the fact's; nor is
    a whole that a later figure refers back to ("بلغ 6152 شخصا، ... فيما لا يزال 870 منهم": the 870
    are some of the 6152, which states the fact), the nearest earlier figure that is no part after a
    breakdown word (``broken``: "بلغ 112 شخصا، بينهم 36 طفلا، ... فيما لا يزال 19 منهم": of the 112)."""
    found: set[tuple[str, str]] = set()
    rule = book.rule("sum_mismatch")
    params: SumParams | None = book.params(rule) if rule else None
    for members in groups.values():
        group = [a for a in members if a.assumed and a.claim.claim.kind in (Kind.COUNT, Kind.MONEY)
                 and _key(a.claim) not in readings]
        if params is not None and len(group) >= 2:
            pronouns = params.pronoun_words.get(group[0].claim.claim.lang, ())
            group.sort(key=lambda a: a.claim.claim.start)
            wholes: set[int] = set()
            for k in range(1, len(group)):
                if _refers_back(text, group[k].claim.claim, pronouns):
                    earlier = [a for a in group[:k] if _key(a.claim) not in broken]
                    wholes.add(id(earlier[-1] if earlier else group[k - 1]))
            group = [a for a in group if id(a) not in wholes]
        fact = stated(group[0].counterpart.claim) if group else None
        if len(group) < 2 or fact is None:
            continue
        values = [stated(a.claim.claim) for a in group]
        if all(v is not None and v < fact for v in values) \
                and not any(book.agrees(a.claim.claim, a.counterpart.claim) for a in group):
            stating = _naming(group, aligner)
            found.update(_key(a.claim) for a in group if a is not stating)
    return found


def _naming(group: Sequence[Alignment], aligner: Aligner | None) -> Alignment | None:
    """The one figure of a sentence's list whose words name its fact best of all the facts ("فيما بلغت
    النفقات الفعلية ٢١٢ مليار ريال" beside "قدرت النفقات بـ١٨١ مليارا" and the fact "النفقات الفعلية"):
    the fact's statement, no item of the list; None when no one figure does."""
    if aligner is None:
        return None
    naming = [a for a in group if (top := aligner.index.named(a.claim, lexmatch.CLOSE)[:1])
              and top[0] is a.counterpart and _names_every_word(a.claim, a.counterpart)]
    return naming[0] if len(naming) == 1 else None


def _names_every_word(side: Side, fact: Side) -> bool:
    """Whether the figure's close words (lexmatch.CLOSE) hold every content word of the fact's what in
    the figure's language ("النفقات الفعلية" beside "بلغت النفقات الفعلية ٢١٢ مليار ريال")."""
    what = fact.what.get(side.claim.lang)
    close = {f: w for f, w in side.near.items() if w >= lexmatch.CLOSE}
    return what is not None and bool(what) and lexmatch.score(what, close, {})[0] >= 1.0


def _refers_back(text: str, claim: Claim, pronouns: Sequence[str]) -> bool:
    """Whether a word that refers back to a whole (FC104 pronoun_words: "of them", "منهم") follows the
    figure at once ("870 منهم")."""
    at = find_marker(text, claim.end, claim.end + _BACK_REACH, pronouns) if pronouns else None
    return at is not None and not any(ch.isalnum() for ch in text[claim.end : at])


_BACK_REACH = 16  # characters after a figure where its "of them" may stand


_COORDINATED_WORDS = 4  # words between two coordinated figures of one event ("two students and two")


def _coordinated_parts(alignments: Sequence[Alignment], sides: Sequence[Side], text: str,
                       sentences: Sequence[int]) -> set[tuple[str, str]]:
    """Counts of one event coordinated in one clause ("killing two students and two teachers", "مقتل 3
    أطفال و2 من النساء"), met with a fact only by assumption and below it: each lists who was hit, a
    part of the toll, not the toll stated wrongly."""
    found: set[tuple[str, str]] = set()
    ordered = sorted((s.claim for s in sides if s.claim.kind is Kind.COUNT and s.claim.concept),
                     key=lambda c: c.start)
    joined: set[str] = set()
    by_place: set[str] = set()  # figures whose coordinated partner names another place
    # (a place another figure of its concept in the sentence shares is no sure sign of the split: "South
    # Carolina has reported 39 deaths, Georgia 25 and Florida 19" gives 25 the sentence's place)
    places = {c.id: (bisect_right(sentences, c.start), c.concept, c.place) for c in ordered}
    shared = Counter(places.values())
    together: dict[str, Decimal] = {}  # figure id -> the sum of the coordinated figures it stands among
    run: list[Claim] = []
    for a, b in pairwise(ordered):
        if a.concept != b.concept or places[a.id][0] != places[b.id][0]:
            run = []
            continue
        words = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(text, a.end, b.start)]
        if 0 < len(words) <= _COORDINATED_WORDS and (AND_WORDS & set(words)
                                                      or text[b.start - 1 : b.start] == "و"):
            joined.update((a.id, b.id))
            run = (run if run and run[-1] is a else [a]) + [b]
            total = sum((v for c in run if (v := stated(c)) is not None), Decimal(0))
            if len({c.place for c in run}) == 1:  # (a toll split by place is a part whatever the sum)
                together.update((c.id, total) for c in run)
            if a.place and b.place and a.place != b.place:
                by_place.update(c.id for c in (a, b) if shared[places[c.id]] == 1)
    for alignment in alignments:
        claim, fact = alignment.claim.claim, alignment.counterpart.claim
        value, whole = stated(claim), stated(fact)
        if claim.id in joined and alignment.assumed and value is not None and whole is not None \
                and together.get(claim.id, value) <= whole and value < whole \
                and not (claim.counted is not None and claim.counted == fact.counted) \
                and not (claim.id in by_place and "place" not in alignment.assumed
                         and claim.place == fact.place):
            # (a figure counting what the fact counts, "38 مقعدا للنساء" of the seats reserved for women,
            # is its statement, not a part of it; so is one of a toll split by place that names the
            # fact's own place: "North Rhine-Westphalia has reported 43 deaths, and one person died in
            # Bavaria" beside the state's toll of 46; and the coordinated figures are parts of a whole
            # that holds them all: "ثمانية مقاعد للمسيحيين وستة مقاعد لدوائر البدو" beside nine seats
            # for Christians, 14 in all, is no part of those nine)
            found.add(_key(alignment.claim))
    return found


def _source_words(source: str | None) -> frozenset[str]:
    """The folded words of a reference's source long enough to name it ("ministry", "وزارة")."""
    return frozenset(w for w in sentence_words(source or "") if len(w) >= 4)


def _breakdown_parts(alignments: Sequence[Alignment], book: RuleBook) -> set[tuple[str, str]]:
    """Figures that a breakdown word makes parts of an earlier figure of their sentence aligned with the
    same fact ("21 million dinars, of which 14.2 million zakat and 6.8 million donations"): the total
    is the fact's quantity, the parts are not."""
    rule = book.rule("sum_mismatch")
    params: SumParams | None = book.params(rule) if rule else None
    if params is None or not params.breakdown_words:
        return set()
    groups: dict[tuple[str, tuple[str, str], frozenset[str]], list[Side]] = {}
    for alignment in alignments:
        side = alignment.claim
        table = _phrase_sets(params.breakdown_words.get(side.claim.lang, ()))
        if side.words and any(w <= side.words for w in table):
            groups.setdefault((side.path, _key(alignment.counterpart), side.words), []).append(side)
    parts: set[tuple[str, str]] = set()
    for members in groups.values():
        if len(members) > 1:
            first = min(members, key=lambda s: s.claim.start)
            parts.update(_key(s) for s in members if s is not first)
    return parts


def _against_articles(sides: list[list[Side]], book: RuleBook, options: CheckOptions,
                      report: Report) -> None:
    pool: list[Side] = []
    for doc_sides in sides:
        for side in doc_sides:
            if _key(side) in report.refuted:
                continue
            trusted = _key(side) in report.reference_match
            pool.append(side.model_copy(update={"trusted": trusted}) if trusted else side)
    aligner = Aligner(Index(pool), book, min_similarity=options.min_similarity, peers=True)
    for doc_sides in sides:
        counts = _weak_keys(doc_sides)
        for side in doc_sides:
            if _key(side) in report.reference_match or side.other_time:
                continue
            alignment = aligner.align(side, unique_in_document=counts[_weak_key(side)] == 1)
            if alignment is None:
                continue
            _judge(alignment, report, may_report=peer_may_report(alignment, book))


def peer_may_report(alignment: Alignment, book: RuleBook) -> bool:
    """Whether a figure that disagrees with another article's may be reported: only against an earlier
    article's figure that tells of the news (no Side.other_time), and not when its sentence announces a
    new figure ("The death toll has risen to 20" after an earlier 18: FC105's update_words)."""
    side = alignment.claim
    if alignment.counterpart.order >= side.order or alignment.counterpart.other_time:
        return False
    value, other = stated(side.claim), stated(alignment.counterpart.claim)
    if value is not None and other is not None and value < other \
            and _part_of_fact(side, alignment.counterpart):
        return False  # "174 من الضحايا" after a toll of 179: some of the victims
    rule = book.rule("internal_inconsistency")
    params: InternalParams | None = book.params(rule) if rule else None
    if params is None or not side.words:
        return True
    words = _phrase_sets(params.update_words.get(side.claim.lang, ()))
    return not any(w <= side.words for w in words)


@lru_cache(maxsize=64)
def _phrase_sets(phrases: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each phrase's folded words (and their forms without proclitics), computed once per table."""
    return tuple(sentence_words(p) for p in phrases)


def _judge(alignment: Alignment, report: Report, *, may_report: bool = True) -> None:
    side, other = alignment.claim, alignment.counterpart
    verdict = judge(side.claim, other.claim, report.book)
    if verdict is None:
        report.matched.add(_key(side))
        return
    report.matched.add(_key(side))
    if verdict.agrees:
        report.verified.append(Verified(path=side.path, claim=side.claim, against=against(other),
                                        evidence=alignment.evidence))
        return
    if not alignment.can_contradict or not may_report or verdict.rule is None:
        return
    if other.is_reference:
        report.refuted.add(_key(side))
    details = verdict.details
    if alignment.candidates:
        values = " / ".join(value_text(c.claim) for c in alignment.candidates)
        details = {**details, "expected": values, "against": values,
                   "difference": f"matches none of {values}"}
    far = _far_on_partial(alignment, verdict.rule, report.book)
    note = (f"the figures are more than {far} times apart on partial identity with no counted noun: "
            "perhaps two quantities (info, not a warning)",) if far else ()
    if not far:
        far = _far_apart(alignment, verdict.rule, report.book)
        note = (f"the figures are more than {far} times apart and no slip of each other: most likely two "
                "quantities (info, not a warning)",) if far else ()
    report.finding(verdict.rule, side.path, side.claim, other, details,
                   (*alignment.evidence, *_identity_note(alignment), *note), partial=bool(alignment.assumed),
                   related=tuple(against(c) for c in alignment.candidates if c is not other), info=bool(far))


def _far_on_partial(alignment: Alignment, rule: Rule, book: RuleBook) -> Decimal | None:
    """FC101's far_partial_ratio when a value contradiction rests on partial identity, names no counted
    noun on either side and sets figures further apart than it; None otherwise."""
    side, other = alignment.claim, alignment.counterpart
    if rule.kind != "value_mismatch" or not alignment.assumed or alignment.candidates \
            or side.variant[2] or other.variant[2]:
        return None
    params: ValueParams = book.params(rule)
    far = _apart_beyond(side.claim, other.claim, params.far_partial_ratio)
    return params.far_partial_ratio if far else None


def _far_apart(alignment: Alignment, rule: Rule, book: RuleBook) -> Decimal | None:
    """FC101's far_ratio when a value contradiction, whatever its identity, sets figures further apart
    than it that no scale word or swapped digits join (389 yuan for a seat against the 33 billion
    yuan a railway cost); None otherwise."""
    side, other = alignment.claim, alignment.counterpart
    if rule.kind != "value_mismatch":
        return None
    params: ValueParams = book.params(rule)
    if not params.far_ratio or not _apart_beyond(side.claim, other.claim, params.far_ratio) \
            or book.related(side.claim, other.claim):
        return None
    return params.far_ratio


def _apart_beyond(claim: Claim, other: Claim, ratio: Decimal) -> bool:
    """Whether the two figures' stated numbers (both non-zero) lie more than ``ratio`` times apart, and
    not the same digits a power of ten apart (494,000 of 49,400: a slip, one quantity)."""
    a, b = stated(claim), stated(other)
    if a is None or b is None or not a or not b:
        return False
    low, high = sorted((abs(a), abs(b)))
    return not ten_power_apart(high, low) and high > low * ratio


def _identity_note(alignment: Alignment) -> tuple[str, ...]:
    """One line saying which identity fields matched, which came from the article's headline or lead,
    and which were assumed (stated on one side only)."""
    claim, other = alignment.claim, alignment.counterpart
    if claim.claim.kind is Kind.DATE:
        how = "the date's concept" if alignment.strength == "strong" else "the only reference date near it"
        return (f"identity: {how} (no other field applies to a date)",)
    if alignment.strength == "weak":
        return ("identity: concept assumed (weak match); the other fields as listed",)
    fields: list[str] = [f"concept {claim.claim.concept!r} matched"] if claim.claim.concept else []
    inherited = {name: where for name, where in _inherited(claim.claim)}
    for name, mine, theirs in (("period", claim.variant[0], other.variant[0]),
                               ("place", claim.variant[1], other.variant[1]),
                               ("counted", claim.variant[2], other.variant[2])):
        if name in alignment.assumed:
            fields.append(f"{name} assumed (stated on one side only, or one inside the other)")
        elif mine:
            fields.append(f"{name} matched" + (f" (the article's, from its {inherited[name]})"
                                               if name in inherited else ""))
        elif not theirs:
            fields.append(f"{name} stated on neither side")
    if "which fact" in alignment.assumed:
        fields.append("which of the competing facts: unknown")
    level = " (a warning, not an error)" if alignment.assumed else ""
    return ("identity: " + "; ".join(fields) + level,)


def _inherited(claim: Claim) -> list[tuple[str, str]]:
    """The identity fields a claim took from its article's headline or lead ("place Libya from the
    headline (assumed)")."""
    out: list[tuple[str, str]] = []
    for note in claim.evidence:
        if note.endswith("(assumed)") and " from the " in note:
            name = note.split(" ", 1)[0]
            where = "headline" if "from the headline" in note else "lead"
            out.append((name, where))
    return out


# --- the headline ------------------------------------------------------------------------------------

_TITLE_LINE = re.compile(r"^title:[ \t]*+(?P<value>[^\n]*?)[ \t]*+$", re.MULTILINE)


def headline_claims(doc: DocumentResult, found: tuple[int, int] | None) -> list[Claim]:
    """The claims of the article's front matter title (``found``: its span, ``_title_span``), offsets
    into the file ("title: ..." line).

    A headline is not prose the body checks read: it restates the body's figures in few words, with no
    period or clause around them. The claims are extracted from the title alone for ``_headline``."""
    if found is None:
        return []
    from factcheck.extract import extract_document

    start, end = found
    text = doc.document.text
    prose = "".join(ch if ch == "\n" else " " for ch in text[:start]) + text[start:end]
    return extract_document(doc.document.model_copy(update={"prose": prose}))


def _title_span(doc: DocumentResult) -> tuple[int, int] | None:
    """Where the front matter's title value stands in the file, quotes left out; None when there is
    none, or when YAML escapes or folds it (its offsets could not be told)."""
    document = doc.document
    text = document.text
    if document.title is None or not text.lstrip("\ufeff").startswith("---"):
        return None
    closing = text.find("\n---", 3)
    found = _TITLE_LINE.search(text, 0, closing if closing > 0 else len(text))
    if found is None:
        return None
    start, end = found.span("value")
    if end - start >= 2 and text[start] in "'\"" and text[end - 1] == text[start]:
        start, end = start + 1, end - 1
    return (start, end) if " ".join(text[start:end].split()) == document.title else None


def _headline(doc: DocumentResult, sides: list[Side], report: Report, refs: Index) -> None:
    """The headline's figures against the body's.

    A headline figure that restates a body figure (same kind, unit, value and qualifier) repeats that
    figure's findings against the references and within the article ("البصرة تسجل 52.1 درجة" above a
    body's 52.1 that the met office gives as 51.2). One that no body figure states, of the unit of the
    one body figure whose words it shares and near its value, is that figure stated otherwise (FC105:
    "EV sales jump 26%" above "registrations rose 24%"). Any other headline figure is left alone: few
    words cannot tell its quantity."""
    span = _title_span(doc)
    claims = headline_claims(doc, span)
    if span is None or not claims:
        return
    path = doc.document.path
    mine = [f for f in report.findings.values() if f.path == path and f.kind != "sum_mismatch"
            and (f.against is None or f.against.is_reference or f.against.path == path)]
    verified = {v.claim.id for v in report.verified if v.path == path and v.against.is_reference}
    by_claim: dict[str, list[Finding]] = {}
    for f in mine:
        by_claim.setdefault(f.claim.id, []).append(f)
    for claim in claims:
        if not any(ch.isdigit() for ch in claim.text):
            continue  # "a million", "مليون": too little to tell one figure from another
        same = [s for s in sides if _restates(claim, s.claim)]
        restating = {id(s) for s in same}
        near = _headline_words(doc, span, claim, claims) if same else {}
        if same and not any(_shares_words(near, claim, s) for s in same) \
                and any(_shares_words(near, claim, s) for s in sides
                        if s.claim.kind is claim.kind and s.near and id(s) not in restating):
            # "نسبة نجاح تتجاوز 80%" above "أكثر من 80% من الأسئلة" and "بلغت نسبة النجاح 79.9%": the same
            # figure of another quantity; the headline is read as the one its words name
            same = []
        if not same:
            if claim.id not in verified:  # a headline a reference confirms is not the one stated wrongly
                _headline_restated(doc, span, claim, claims, sides, report, refs)
            continue
        if any(c.claim.id in verified for c in same):
            continue
        flagged = next((c.claim for c in same if c.claim.id in by_claim), None)
        if flagged is None:
            continue
        note = f"the headline restates the body's {flagged.text!r} (line {flagged.line})"
        for f in by_claim[flagged.id]:
            key = (path, claim.id, f.rule)
            if key not in report.findings:
                report.flagged.add((path, claim.id))
                report.findings[key] = f.model_copy(update={
                    "claim": claim, "evidence": (note, *f.evidence),
                    "message": f.message.replace(repr(flagged.text), repr(claim.text), 1)})


def _headline_restated(doc: DocumentResult, span: tuple[int, int], claim: Claim, claims: list[Claim],
                       sides: list[Side], report: Report, refs: Index) -> None:
    """FC105 on a headline figure that states the one body figure sharing its words otherwise; but
    where the headline states a reference fact rightly and the body figure is a slip of it, the body's
    slip against the fact."""
    rule = report.book.rule("internal_inconsistency", claim)
    if rule is None or not claim.is_quantity or claim.kind is Kind.YEAR:
        return  # (a year in a headline names the period of its figures: another year, another period)
    if "anaphora" in claim.evidence:
        return  # "مقتل الرئيس و95 آخرين": the others, more of the quantity, no statement of a body total
    params: InternalParams = report.book.params(rule)
    near = _headline_words(doc, span, claim, claims)
    head = Side(path=doc.document.path, claim=claim, order=0, published=doc.document.published, near=near)
    own = lexmatch.own_forms(claim.text, claim.lang)
    # Every body figure of its kind is ranked by the words it shares, whatever its value and unit: the
    # figure the headline names best is the one it states ("23 Indian fishermen" above "arrested 32
    # Indian fishermen", not the "27 trawlers" nearer its value; "took 47 minutes" above "47 minutes
    # and 26 seconds", not a later "49 minutes"). Only that one, if near its value, is compared.
    scored: list[tuple[float, list[str], Side]] = []
    for side in sides:
        other = side.claim
        if other.kind is not claim.kind or not other.is_quantity or not side.near \
                or (claim.unit != other.unit and "count" in (claim.unit, other.unit)):
            continue  # "3.7 GW" is no statement of "four" plants: a measure is not a bare count
        comparable = units_compatible(claim.unit, other.unit)
        if comparable and claim.qualifier not in BOUNDS \
                and (report.book.agrees(claim, other) or _cut_short(claim, other)):
            return  # the headline states a body figure rightly ("11 million" of 11.8): its quantity
        placeless = loose_identity(head, side, counted=False) is None
        if placeless and loose_identity(head, side, counted=False, places=False) is None:
            continue
        shared, words = lexmatch.shared(near, side.near, own | lexmatch.own_forms(other.text, other.lang))
        # a headline's place is terse ("عشق آباد: ... عبر آسيا الوسطى" above "من تركمانستان إلى الصين"):
        # where it differs, only more shared words join the two, as for a restatement in another place
        if shared >= (_RESTATE_PLACELESS if placeless else _RESTATE_MIN):
            scored.append((shared, words, side))
    if not scored:
        return
    scored.sort(key=lambda t: -t[0])
    shared, words, body = scored[0]
    if len(scored) > 1 and scored[1][0] > shared - _RESTATE_LEAD:
        return
    if report.book.agrees(claim, body.claim) or _cut_short(claim, body.claim):
        return  # a bound ("more than 130 dead") holds of many figures: of the one it names, rightly
    if not units_compatible(claim.unit, body.claim.unit) or (
            not within(claim, body.claim, params.plausible_difference)
            and not report.book.related(claim, body.claim)):
        return
    named = (f"the headline's figure against the body's {body.claim.text!r} (line {body.claim.line}), "
             f"the one figure of its unit that shares its words {', '.join(words)}")
    confirmed = report.reference_match.get(_key(body))
    if confirmed is not None:
        # The body's figure states a reference fact: the headline is checked against the fact itself,
        # by the rule that explains the difference ("more than 130 dead" above "killed 121", which the
        # state government gives: a contradicted bound). A headline that states the fact rightly above
        # a body that does not ("113 fishermen" above "131", of the 113 freed) is not the wrong one:
        # the body's own finding tells it.
        fact = confirmed.counterpart
        rightly = report.book.agrees(body.claim, fact.claim)
        verdict = judge(claim, fact.claim, report.book)
        if verdict is not None and not verdict.agrees and verdict.rule is not None:
            report.finding(verdict.rule, head.path, claim, fact, verdict.details, (
                named, f"which states {_against_text(fact)} {'rightly' if rightly else 'otherwise'}",
                "identity: the body figure's, through its nearby words"), partial=bool(confirmed.assumed))
        return
    verdict = judge(claim, body.claim, report.book)
    if verdict is None or verdict.agrees:
        return
    stated_fact = _stated_by_headline(head, body, refs, report.book)
    if stated_fact is not None:
        # "أرامكو تبدأ تطوير حقل الجافورة باستثمارات 110 مليارات دولار" above "بنحو 110 ملايين دولار":
        # the reference gives the headline's figure; the body's, a scale word away, is the wrong one
        slipped = judge(body.claim, stated_fact.claim, report.book)
        if slipped is not None and not slipped.agrees and slipped.rule is not None:
            report.finding(slipped.rule, body.path, body.claim, stated_fact, slipped.details, (
                f"the headline's {claim.text!r} (line {claim.line}) states {_against_text(stated_fact)} "
                "rightly; this figure, which shares its words, is a slip of it",
                "identity: the headline figure's, through its nearby words and the fact's"), partial=True)
        return
    report.finding(rule, head.path, claim, body, verdict.details, (
        named, "identity: unit and nearby words matched, concept assumed"))


def _headline_words(doc: DocumentResult, span: tuple[int, int], claim: Claim,
                    claims: list[Claim]) -> dict[str, float]:
    """The words near a headline figure, by weight (lexmatch.figure_words over the headline)."""
    return lexmatch.figure_words(doc.document.text, (claim.start, claim.end), span,
                                 [(c.start, c.end) for c in claims if c is not claim and c.is_quantity],
                                 claim.lang)


def _shares_words(near: Mapping[str, float], claim: Claim, body: Side) -> bool:
    """Whether a headline figure (``near``: its words, _headline_words) and a body figure share a close
    word beyond their own (a body figure with no words read shares by default)."""
    if not body.near:
        return True
    own = lexmatch.own_forms(claim.text, claim.lang) | lexmatch.own_forms(body.claim.text, body.claim.lang)
    return lexmatch.shared(near, body.near, own)[0] > 0


def _stated_by_headline(head: Side, body: Side, refs: Index, book: RuleBook) -> Side | None:
    """The one reference fact that the headline's figure states rightly, whose what its words name
    (LEXICAL_MIN), and that the body's figure is a slip of (a scale word, two digits swapped)."""
    found = [fact for fact in refs.worded(head.claim)
             if units_compatible(head.claim.unit, fact.claim.unit) and fact.what.get(head.claim.lang)
             and book.agrees(head.claim, fact.claim) and book.related(body.claim, fact.claim)
             and lexmatch.score(fact.what[head.claim.lang], head.near, {})[0] >= LEXICAL_MIN]
    return found[0] if len(found) == 1 else None


def _cut_short(headline: Claim, body: Claim) -> bool:
    """A headline's figure that is the body's with its last digits cut off ("11 million" for 11.8; "47
    minutes" for 47 minutes and 26 seconds, in the headline's unit)."""
    headline, body = in_common_unit(headline, body)
    value, other = stated(headline), stated(body)
    if value is None or other is None or not value:
        return False
    unit = Decimal(1).scaleb(last_digit(value))
    return value <= other < value + unit if value > 0 else value - unit < other <= value


def _restates(headline: Claim, body: Claim) -> bool:
    if headline.kind is not body.kind or headline.qualifier is not body.qualifier:
        return False
    if headline.kind is Kind.DATE:
        return headline.date is not None and headline.date == body.date
    return (headline.value, headline.lower, headline.upper) == (body.value, body.lower, body.upper) \
        and headline.value is not None and units_compatible(headline.unit, body.unit)


_RESTATE_WINDOW = 16  # earlier statements of one block a figure is compared with


def _internal(doc: DocumentResult, sides: list[Side], report: Report) -> None:
    """A quantity stated twice in one article with two values (see FC105's description)."""
    rule = report.book.rule("internal_inconsistency")
    if rule is None:
        return
    params: InternalParams = report.book.params(rule)
    text = doc.document.prose or doc.document.text
    lang = sides[0].claim.lang if sides else ""
    updates = params.update_words.get(lang, ())
    periodic = frozenset(params.period_words.get(lang, ()))
    sentences = scope_marks(text, "sentence")
    breakdown = _breakdown_words(report.book, lang)
    partitive = _breakdown_words(report.book, lang, partitive_only=True)
    value_rule = report.book.rule("value_mismatch")
    value_params: ValueParams | None = report.book.params(value_rule) if value_rule else None
    earlier_words = value_params.earlier_words.get(lang, ()) if value_params else ()
    increments = folded_words(value_params.increment_words.get(lang, ()) if value_params else ())
    thresholds, links, results = _thresholds(params, lang)
    blocks: dict[tuple[object, ...], list[Side]] = {}
    listed: set[tuple[str, str]] = set()  # figures listed after a breakdown word
    quantities = sorted((s.claim for s in sides if s.claim.is_quantity), key=lambda c: c.start)
    figures = ([q.start for q in quantities], quantities)
    sayings = folded_words(value_params.saying_words.get(lang, ()) if value_params else ())
    ends = folded_words(value_params.speaker_ends.get(lang, ()) if value_params else ())
    said: dict[int, frozenset[str]] = {}
    confirmed: set[tuple[str, str]] = set()
    rising, falling = (frozenset(fold_word(w).lower() for w in table.get(lang, ()))
                       for table in (params.rising_words, params.falling_words))
    directions: dict[int, int] = {}

    def direction(claim: Claim) -> int:
        """(read once per figure: each is asked about beside every later one of its block)"""
        if id(claim) not in directions:
            directions[id(claim)] = _direction(text, claim, rising, falling)
        return directions[id(claim)]

    def accounts(sentence: int) -> frozenset[str]:
        """The words naming who the sentence's figures are attributed to (read once per sentence)."""
        if sentence not in said:
            before = bool(value_params and value_params.speaker_before.get(lang))
            said[sentence] = _attributed_to(text, sentence_span(text, sentences, sentence), sayings, ends,
                                            lang, before)
        return said[sentence]
    items = _list_items(sides, sentences, report.book)
    restating = params.restating_words.get(lang, ())
    pronouns = load_lexicon(lang).attached_pronouns if lang else ()
    names: frozenset[str] | None = None
    excluded = frozenset((*_NAME_EXCLUDED, *load_lexicon(lang).months)) if lang == "en" else frozenset()

    def holder(claim: Claim, opens: int) -> frozenset[str]:
        """The proper names of an English figure's sentence before it (see _holder_names); the
        article's names read once."""
        nonlocal names
        if names is None:
            names = _proper_names(text)
        return _holder_names(text, claim, opens, names, excluded)
    for side in sorted(sides, key=lambda s: s.claim.start):
        claim = side.claim
        if claim.concept is None or not claim.is_quantity:
            continue
        block = blocks.setdefault((claim.kind, unit_block(claim), claim.concept), [])
        checked = report.reference_match.get(_key(side))
        if checked is not None and report.book.agrees(claim, checked.counterpart.claim):
            block.append(side)  # a statement the reference confirms: what later ones restate
            confirmed.add(_key(side))
            continue
        if checked is not None and checked.can_contradict:
            continue  # the reference may contradict it: it settles it (_settled, the agreeing case above)
        if side.other_time:
            continue  # "the deadliest since the bombings of 11 April, which killed 33": that event's toll
        sentence = bisect_right(sentences, claim.start)
        opens = sentence_span(text, sentences, sentence)[0]
        parted = find_marker(text, opens, claim.start, breakdown) if breakdown else None
        if parted is None and partitive:  # "52 of the dead were in the port city": the first part
            after = find_marker(text, claim.end, min(len(text), claim.end + _PARTITIVE_AFTER), partitive)
            parted = after if after is not None and not text[claim.end : after].strip() else None
        if parted is None and increments and claim.unit == "count" \
                and _increment_follows(text, sentences, claim, quantities, increments) is not None:
            parted = claim.end  # "88 victims died at the ground and four more in hospitals": a first part
        if parted is not None:
            listed.add(_key(side))
        if "anaphora" in claim.evidence:
            block.append(side)  # "28 more seats", "166 others": more of the quantity, no restatement
            continue
        for earlier in reversed(block[-_RESTATE_WINDOW:]):
            if bisect_right(sentences, earlier.claim.start) == sentence:
                continue
            if _key(side) in items and _key(earlier) in items:
                continue  # two items of lists of like quantities (two parties' seats): two holders
            found = loose_identity(side, earlier)
            if found is None or not units_compatible(claim.unit, earlier.claim.unit):
                continue
            if _key(earlier) in confirmed and not one_digit_apart(claim, earlier.claim) \
                    and not _slip_of(claim, earlier.claim, report.book):
                continue  # beside a statement the reference confirms, only a slip of it is the same one
            if claim.kind is Kind.PERCENT and "period" not in found[0] and not _rate_restated(side, earlier):
                continue  # two rates of one concept, of no one stated period, that share few words: two
            if "period" in found[1] and _long_past(side, earlier, doc.document.published):
                continue  # "in 1995, when more than 300 died" beside the day's toll: another event
            if parted is not None and claim.value is not None and earlier.claim.value is not None \
                    and claim.value < earlier.claim.value:
                continue  # listed after a breakdown word ("the dead included 112 women"): a part of it
            if _key(earlier) in listed and claim.value is not None and earlier.claim.value is not None \
                    and claim.value > earlier.claim.value:
                continue  # "Of those detained, 96 were Saudi nationals": a part, no antecedent of a total
            if _key(earlier) in listed and earlier.claim.counted is not None \
                    and claim.counted != earlier.claim.counted:
                continue  # "44 شخصا، هم 40 راكبا وأفراد الطاقم الأربعة" then "38 جثة": a part is named by
                # what it counts (the passengers); a figure that names none of it restates the whole
            if "place" in found[1] and set(claim.place) - set(earlier.claim.place):
                continue  # a later figure that names a place the earlier did not, or another one inside
                # it: another scene ("In Bucha, near Kyiv, the bodies of 458 people" after "most of the
                # 437 bodies" in Ukraine); not one of the earlier's own places ("The toll of 28 dead makes
                # Omagh ..." after "all 29 people killed by Saturday's car bomb in ... Omagh")
            if not within(claim, earlier.claim, params.plausible_difference) \
                    and not report.book.related(claim, earlier.claim):
                continue
            if thresholds and any(_threshold_at(text, c, thresholds, links, results)
                                  for c in (claim, earlier.claim)):
                continue  # "well short of the 272 needed for a majority": a threshold, not the seats won
            if direction(claim) * direction(earlier.claim) < 0:
                continue  # "chip exports jumped 21.8% in the month" and "slumped 23.7% for the year"
            if earlier_words and claim.value is not None and earlier.claim.value is not None \
                    and claim.value < earlier.claim.value \
                    and find_marker(text, opens, claim.start, earlier_words) is not None:
                report.matched.update({_key(side), _key(earlier)})
                break  # "وكانت الحصيلة قد توقفت عند 133" after a toll of 137: the tally before it grew
            verdict = judge(claim, earlier.claim, report.book)
            report.matched.update({_key(side), _key(earlier)})
            if verdict is None or verdict.agrees:
                break
            if lang == "en" and _restating_marker(text, claim.start, restating, pronouns) is None:
                own, other = holder(claim, opens), holder(earlier.claim, sentence_span(
                    text, sentences, bisect_right(sentences, earlier.claim.start))[0])
                if own - other and other - own:
                    break  # "Goffer was sentenced to 10 years" and "Rajaratnam's 11 years": two holders
            mine, theirs = accounts(sentence), accounts(bisect_right(sentences, earlier.claim.start))
            if mine and theirs and mine.isdisjoint(theirs) \
                    and _restating_marker(text, claim.start, restating, pronouns) is None:
                break  # "قال مدير منظمة الصحة العالمية ... 70" and "قالت وزارة الخارجية ... 67": two accounts
                # (not "للمصابين الـ97", which restates the one quantity, whoever mentions it)
            excuses = _same_period_excuse(updates, periodic, side, earlier, found[0])
            if _announces_update(text, sentences, sentence, excuses, claim, figures, earlier.claim) \
                    and not _against_direction(text, sentences, sentence, claim, earlier.claim, report.book):
                break
            scoped = report.book.rule("internal_inconsistency", claim)
            if scoped is not None:
                matched, assumed = found
                report.finding(scoped, side.path, claim, earlier, verdict.details, (
                    "the same quantity stated twice in one article",
                    f"identity: concept {claim.concept!r} and unit matched"
                    + (f"; {', '.join(matched)} matched" if matched else "")
                    + (f"; {', '.join(assumed)} assumed (stated once)" if assumed else "")))
            break
        block.append(side)
    _ages_restated(text, sentences, sides, report)
    markers = params.restating_words.get(lang, ())
    if markers:
        parts = folded_words(params.remainder_words.get(lang, ()))
        _restatements(text, sentences, sides, markers, (updates, periodic), (thresholds, links, results),
                      parts, report, params.plausible_difference, items)


_NAME_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_NAME_MID = re.compile(r"[a-z,][ \t]+([A-Z][a-z]+)")  # a capital word after a lower-case word or a comma
# Capitalised words that name no holder: days, titles and the words of agencies' datelines.
_NAME_EXCLUDED = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs",
                  "ms", "dr", "reuters", "ap", "afp", "the", "a", "an")


def _proper_names(text: str) -> frozenset[str]:
    """The capitalised words an English article writes with a capital inside a sentence (after a
    lower-case word or a comma): names, not words capitalised only as a sentence's first."""
    return frozenset(m.group(1) for m in _NAME_MID.finditer(text))


def _holder_names(text: str, claim: Claim, opens: int, names: frozenset[str],
                  excluded: frozenset[str]) -> frozenset[str]:
    """The proper names (``names``, no place, month or day) of a figure's sentence before it: whose
    figure it is ("a former Galleon trader, Zvi Goffer, was sentenced to 10 years")."""
    words = _NAME_WORDS.findall(text, opens, claim.start)
    places = load_lexicon("en").places
    out = set()
    for word in words:
        bare = word.removesuffix("'s").removesuffix("\u2019s")
        if bare in names and bare.lower() not in excluded and fold_word(bare).lower() not in places:
            out.add(bare)
    return frozenset(out)


_CAPITAL_WORD = r"[A-Z][\w&.-]*"  # a word of a name: "Analog", "Corp.", "AT&T"
_POSSESSOR_RE = re.compile(rf"((?:{_CAPITAL_WORD}\s+){{0,3}}{_CAPITAL_WORD})['\u2019]s\s+$")


def _possessor(text: str, start: int) -> tuple[str, ...]:
    """The capitalised words of a name whose possessive stands right before the figure at ``start``
    ("Analog Devices Inc's $21 billion deal": Analog, Devices, Inc); none after a common noun ("the
    company's")."""
    m = _POSSESSOR_RE.search(text, max(0, start - 60), start)
    return tuple(m.group(1).split()) if m is not None else ()


_NAMED_AFTER_RE = re.compile(rf"\s+((?:{_CAPITAL_WORD}\s+){{1,4}}{_CAPITAL_WORD})")


def _named_after(text: str, claim: Claim) -> tuple[str, ...]:
    """The capitalised words of a name that an English sum of money stands before as its attribute
    ("the $6 million Dubai Sheema Classic": Dubai, Sheema, Classic): the prize, deal or fund it is;
    two words at least, so a people's name alone ("the 45 Palestinians") is none."""
    if claim.kind is not Kind.MONEY or claim.lang != "en":
        return ()
    m = _NAMED_AFTER_RE.match(text, claim.end)
    return tuple(m.group(1).split()) if m is not None else ()


_COMPOUND_REACH = 3  # words after an earlier figure where the noun of a compound's restatement stands


def _compound_noun(text: str, claim: Claim) -> str:
    """The noun a hyphen joins a plain count to ("the 11-storey building": storey), folded and without a
    plural "s"; empty when none does."""
    if claim.kind is not Kind.COUNT or claim.unit != "count" or not hyphened(text, claim.end):
        return ""  # (a unit's compound, "the 12-day truce", "2,000-meter", is told by its unit)
    m = lexmatch.WORD_RE.search(text, claim.end + 1, claim.end + 40)
    return _noun_form(m.group()) if m is not None else ""


def _noun_form(word: str) -> str:
    """A word folded, lower-cased and without a plural "s" ("Storeys" -> "storey")."""
    return fold_word(word).lower().removesuffix("s")


def _counts_noun(text: str, claim: Claim, noun: str) -> bool:
    """Whether one of the few words on either side of ``claim`` is ``noun`` (a plural "s" aside): the
    figure a compound's restatement may restate ("an 11-storey tower", "a tower of 11 storeys" for "the
    12-storey tower")."""
    words = lexmatch.WORD_RE.findall(text, claim.end, claim.end + 60)[:_COMPOUND_REACH] \
        + lexmatch.WORD_RE.findall(text, max(0, claim.start - 60), claim.start)[-_COMPOUND_REACH:]
    return any(_noun_form(w) == noun for w in words)


def _names_all(text: str, sentences: Sequence[int], claim: Claim, words: Sequence[str]) -> bool:
    """Whether the sentence of ``claim`` names every one of ``words`` (the possessor's name)."""
    opens, ends = sentence_span(text, sentences, bisect_right(sentences, claim.start))
    named = {w.removesuffix("'s").removesuffix("\u2019s") for w in _NAME_WORDS.findall(text, opens, ends)}
    return all(w in named or w.rstrip(".") in named for w in words)


def _rate_restated(side: Side, earlier: Side) -> bool:
    """Whether a percentage shares enough close words with an earlier one of its concept to restate it
    ("Inflation eased to 7.1%" and "Core inflation, which strips out food and energy, stood at 6.9%"
    name one concept but two rates): an article names many rates of one concept (by month, by item, by
    measure). Two that state one period are one rate whatever their words (_internal asks this only of
    the others)."""
    leave = lexmatch.own_forms(side.claim.text, side.claim.lang) | lexmatch.own_forms(
        earlier.claim.text, earlier.claim.lang)
    return lexmatch.shared(side.near, earlier.near, leave)[0] >= _RATE_RESTATED


_RATE_RESTATED = 2.0  # close words two percentages must share (summed weights) to restate one rate


def _list_items(sides: Sequence[Side], sentences: Sequence[int], book: RuleBook) -> set[tuple[str, str]]:
    """The figures that are one item of a list of like quantities: their sentence states another
    figure of their kind, unit and concept within a factor of ten of it ("منحت الأحرار 97 مقعدا
    والأصالة والمعاصرة 82 مقعدا"), not a total beside a small part or a determiner ("all 67 people
    aboard the two aircraft"). Two such items in two sentences are most often two holders' figures
    (two parties' seats), not one quantity stated twice."""
    groups: dict[tuple[object, ...], list[Side]] = {}
    for side in sides:
        claim = side.claim
        if claim.is_quantity:
            key = (claim.kind, unit_block(claim), claim.concept, bisect_right(sentences, claim.start))
            groups.setdefault(key, []).append(side)
    return {_key(side) for group in groups.values() if len(group) > 1 for side in group
            if any(other is not side and same_order(side.claim, other.claim, book) for other in group)}


def _breakdown_words(book: RuleBook, lang: str, partitive_only: bool = False) -> tuple[str, ...]:
    """FC104's words that open a list of parts, whole or partial ("of which", "including", "منها", and
    the partitive after its first part: "52 of the dead"); or only the partitives."""
    sums = book.rule("sum_mismatch")
    params: SumParams | None = book.params(sums) if sums else None
    tables = () if params is None else (params.partitive_words,) if partitive_only \
        else (params.breakdown_words, params.partial_words, params.partitive_words)
    return tuple(w for table in tables for w in table.get(lang, ()))


_PARTITIVE_AFTER = 24  # characters after a figure where its partitive ("of the dead") may stand


_PAST_DAYS = 90  # a period ending longer than this before publication is history, not the news


def _long_past(side: Side, other: Side, published: dt.date | None) -> bool:
    """Whether one of two figures states a period that ended over a year before the article was
    published while the other states none: history beside the news, two quantities."""
    if published is None:
        return False
    periods = [s.claim.period for s in (side, other) if s.claim.period is not None]
    return len(periods) == 1 and periods[0].end is not None \
        and (published - periods[0].end).days > _PAST_DAYS


_RESTATE_MIN = 0.5  # shared nearby words (weight products) a restatement needs with its antecedent
_RESTATE_PLACELESS = 1.0  # ... one whose sentence names another place than its antecedent's
_RESTATE_BACK = 64  # earlier figures a restatement is compared with (an article states far fewer)
_RESTATE_LEAD = 0.15  # ... and its lead over the next earlier figure


_SURPASSED_REACH = 3  # words before a figure where a verb of surpassing makes it the surpassed quantity


def _definite(text: str, claim: Claim) -> bool:
    """Whether the figure is definite: "the" right before it, or the Arabic article on it or right
    before it ("الـ193", "الـ 193"): a quantity named as known, not a bound ("exceeded $5 billion")."""
    before = text[max(0, claim.start - 6) : claim.start].rstrip().lower()
    return before.endswith((" the", "\nthe")) or before == "the" or fold_word(claim.text).startswith("ال") \
        or before.endswith(("الـ", "ال"))


def _surpassed(text: str, opens: int, claim: Claim) -> bool:
    """Whether a verb of surpassing (periods.yaml compared_verbs) stands among the few words before the
    figure in its sentence ("far exceeding the 193 deaths", "يفوق الـ193"): the figure is the quantity
    surpassed, another event's or period's, no restatement of the article's own."""
    before = list(TOKEN_RE.finditer(text, opens, claim.start))[-_SURPASSED_REACH:]
    return bool(before) and surpassing_between(text, before[0].start(), claim.start,
                                               surpassing_words(claim.lang))


def _restatements(text: str, sentences: Sequence[int], sides: list[Side], markers: Sequence[str],
                  update_words: tuple[Sequence[str], frozenset[str]],
                  thresholds: Thresholds,
                  remainders: frozenset[str], report: Report, close: Decimal,
                  items: set[tuple[str, str]]) -> None:
    """A figure marked as a restatement ("the 124 unidentified bodies", "الوحدات الـ14 ألفا") against
    the earlier figure of its unit whose nearby words it shares most (see FC105's description);
    ``update_words``: FC105's update words and those of them that name another period; ``items``:
    the figures that are items of lists of like quantities (_list_items), which an unmarked slip joins
    to no other such item. A figure of a sentence about another time (Side.other_time) restates
    none."""
    updates, periodic = update_words
    # a year ("the 2030 tournament") names an edition or an event, no quantity to restate
    ordered = sorted((s for s in sides if s.claim.is_quantity and s.claim.kind is not Kind.YEAR and s.near),
                     key=lambda s: s.claim.start)
    figures = [s.claim for s in ordered]
    starts = [f.start for f in figures]
    breakdown = _breakdown_words(report.book, ordered[0].claim.lang if ordered else "")
    pronouns = load_lexicon(ordered[0].claim.lang).attached_pronouns if ordered else ()

    # the whole a figure is some of ("في 11 ولاية من ولايات البلاد الـ18"): all of a scope, not the
    # quantity a later figure of its words restates ("الولايات الـ12 المتأثرة": the 11)
    wholes = {id(ordered[k]) for k in range(1, len(ordered))
              if some_of(text, figures[k - 1], figures[k], noun=True)}
    remaining: dict[int, bool] = {}

    def remainder(side: Side) -> bool:
        """(read once per figure: each is asked about as the earlier figure of every later one)"""
        if id(side) not in remaining:
            remaining[id(side)] = bool(remainders) and not remainders.isdisjoint(beside(text, side.claim))
        return remaining[id(side)]

    for n, side in enumerate(ordered):
        claim = side.claim
        if _settled(report, side) or (side.path, claim.id) in report.flagged:
            continue
        opens = sentence_span(text, sentences, bisect_right(sentences, claim.start))[0]
        listed = find_marker(text, opens, claim.start, breakdown) if breakdown else None
        marker = _restating_marker(text, claim.start, markers, pronouns)
        holder = _possessor(text, claim.start) if marker is not None and marker[0] in "'\u2019" else ()
        if marker is not None and not holder:
            holder = _named_after(text, claim)  # "the $6 million Dubai Sheema Classic": its own prize
        if listed is not None and any(listed < f.start and f.end <= claim.start and f.unit == claim.unit
                                      and (marker is None or not _clause_apart(text, f, claim))
                                      for f in figures):
            # a later item of a list after "comprise", "منها" ("the 1,100 MW plant"): a part; but a
            # marked restatement a clause after the list ("وتوزعت المباريات على أربع صالات ...، وخضع
            # أفراد المنتخبات الـ34") names a quantity again
            continue
        digit = next((k for k, ch in enumerate(claim.text) if ch.isdigit()), 0)
        if marker is None and digit:  # "السنوات الـ27": a duration's noun read into the claim before it
            marker = _restating_marker(text, claim.start + digit, markers, pronouns)
        if marker is None and _spelled_span(claim) and not digit:
            marker = _attached_inside(claim.text, markers)  # "أيام الحداد الخمسة"
        # Unmarked, a figure may still restate an earlier one it is a slip of (two digits swapped, a
        # scale word) and whose words it shares ("arrivals ... rose to 108,000 tons" after "delivered
        # about 180,000 tons ... since the season began"); not one listed after a breakdown word ("the
        # dead included 112 women" after "killed 121 people"): a part of it.
        slip_only = marker is None
        worded = not slip_only and not any(ch.isdigit() for ch in claim.text)  # "the five", "الخمسة"
        if slip_only and (listed is not None or too_short_for_slip(claim)):
            # (a count or share of two significant digits is too often another quantity to be a slip
            # of one, as the aligner holds: "about 75,000 boat people" in Malaysia after "Nearly 57,000"
            # reached the region's shores)
            continue
        if _threshold_at(text, claim, *thresholds) or remainder(side):
            continue  # a target, threshold or capacity; a remainder ("the other three"): another quantity
        if n and some_of(text, figures[n - 1], claim):
            continue  # "41 of the state's 60 seats": the whole of the figure before it, a scope of its own
        if side.other_time:
            continue  # "China, which became the 143rd member on 11 December 2001": another time's figure
        if _surpassed(text, opens, claim):
            continue  # "far exceeding the 193 deaths when the Herald ... capsized": what it is compared with
        sentence = bisect_right(sentences, claim.start)
        # (a duration's words between its unit and its number word are what it lasts, not its own:
        # "أيام الحداد الخمسة" shares الحداد with "الحداد الوطني سبعة أيام")
        ends = claim.text.split()
        own = lexmatch.own_forms(f"{ends[0]} {ends[-1]}" if _spelled_span(claim) else claim.text, claim.lang)
        # the noun right beside a restatement weighs most ("وأكدت الوزارة أن الوحدات الـ9 آلاف": the
        # units, not the ministry)
        near = _figure_words(text, sentences, claim, figures, next_words=_HEAD_WORDS, decay=_HEAD_DECAY)
        scored: list[tuple[float, list[str], Side]] = []
        nearby: list[Side] = []  # earlier figures of its unit within a factor of two
        compound = _compound_noun(text, claim)
        for earlier in ordered[max(0, n - _RESTATE_BACK) : n]:  # (bounded: linear in the figures)
            other = earlier.claim
            if holder and not _names_all(text, sentences, other, holder):
                continue  # "Nvidia Corp's $40 billion agreement" after AMD's "$35 billion deal": its own
            if compound and not _counts_noun(text, other, compound):
                continue  # "the 11-storey bank building" after "20 more bodies ... from the bank": storeys
            if (bisect_right(sentences, other.start) == sentence
                    and (marker is None or not marker.endswith("-") or worded
                         or not _clause_apart(text, other, claim))) \
                    or unit_block(other) != unit_block(claim) \
                    or other.kind is not claim.kind or not units_compatible(claim.unit, other.unit):
                continue
            # A marked restatement in a sentence about another place ("The 670 cancelled flights" in a
            # sentence on London, after "about 700 flights" in Canada) may still restate the figure
            # its words name: the place is then left aside, and only shared words join them.
            placeless = loose_identity(side, earlier, counted=False) is None
            unjoined = placeless and (
                slip_only or loose_identity(side, earlier, counted=False, places=False) is None)
            if unjoined or not same_order(claim, other, report.book) or remainder(earlier):
                continue
            if id(earlier) in wholes and not _slip_of(claim, other, report.book) \
                    and claim.value != other.value:
                continue  # (a whole stated again at its value is restated: "three of the four bombers
                # ... The four bombers")
            if slip_only and (not _slip_of(claim, other, report.book) or _other_nouns(text, claim, other)
                              or (_key(side) in items and _key(earlier) in items)
                              or _made_with_another(claim, other, figures, sentences)):
                continue
            if not slip_only and not _under_twice(claim, other) and not _slip_of(claim, other, report.book):
                # "المحافظات الثلاث في الإقليم" after "18 محافظة": a part of it, or another set; "the
                # 15-year rate" after "the 30-year rate": another instrument
                continue
            leave = own | lexmatch.own_forms(other.text, other.lang)
            shared, words = lexmatch.shared(near, earlier.near, leave)
            if placeless:
                if shared >= _RESTATE_PLACELESS:
                    scored.append((shared, words, earlier))
                continue
            if within(claim, other, _TWICE):
                nearby.append(earlier)
            if shared < _RESTATE_MIN and claim.concept is not None and other.concept is not None \
                    and claim.concept in other.concept.split("+") \
                    and (worded or (claim.counted is not None and claim.counted == other.counted)
                         or (claim.counted is None and other.counted == GENERIC_COUNTED)):
                # "المصابون الخمسة" after "وأصيب 7 آخرون": a definite number word names the event an
                # earlier figure counts, in other words; so does a restatement of its event and counted
                # noun ("الجنود الـ28 الذين لقوا حتفهم" after "90 قتيلا، بينهم 33 عسكريا")
                shared, words = _RESTATE_MIN, [f"concept {claim.concept}"] if worded \
                    else [f"concept {claim.concept}", f"counted {claim.counted}"]
            if shared >= _RESTATE_MIN:
                scored.append((shared, words, earlier))
        # (a measure's unit is evidence of its own: the one earlier figure in kilograms within a factor
        # of two, "القمر البالغ وزنه ٦٠٠ كيلوغرام" after "يزن نحو ٧٥٠ كيلوغراما")
        closest = nearby if claim.unit in measure_units() \
            else [e for e in nearby if within(claim, e.claim, close)]
        if len(closest) > 1:  # of those, the one whose identity the figure shares fully, if only one does
            shared_fully = [e for e in closest if _fully(side, e)]
            closest = shared_fully if len(shared_fully) == 1 else closest
        if not scored and not slip_only and len(closest) == 1 \
                and claim.kind in (Kind.COUNT, Kind.MONEY, Kind.DURATION) \
                and (claim.kind is not Kind.COUNT
                     or (claim.value is not None and claim.value >= _CLOSEST_MIN)):
            # No words shared, but the one earlier figure of its unit near its value ("the $7.5 billion
            # programme" after "a $7 billion loan" and "$4 billion in grants", "sales over the 11 days"
            # after "ran for 12 days"): the quantity it restates.
            scored.append((0.0, [], closest[0]))
        if not scored:
            continue
        scored.sort(key=lambda t: -t[0])
        shared, words, earlier = scored[0]
        if claim.concept is not None and len(scored) > 1:
            # "the 53 victims" after "51 people killed" and "More than 50 people were pulled alive": of
            # the earlier figures its words name, those of its own concept, when there are some
            own_concept = [t for t in scored if t[2].claim.concept is not None
                           and claim.concept in t[2].claim.concept.split("+")]
            scored = own_concept or scored
            shared, words, earlier = scored[0]
        if len(scored) > 1 and scored[1][0] > shared - _RESTATE_LEAD:
            # Named about as well: the one within a factor of two of it, if only one is ("الكوادر
            # الصحية الـ21 ألفا" after "2350 مركزا صحيا" and "18 ألف ممارس صحي": the 18,000).
            close_by = {id(e) for e in nearby}
            tied = [t for t in scored if t[0] > shared - _RESTATE_LEAD and id(t[2]) in close_by]
            if len(tied) > 1:
                # of those, the one whose identity the figure shares fully, if only one does (this
                # year's 14.9 billion, not the previous edition's 14 billion, period assumed)
                full = [t for t in tied if _fully(side, t[2])]
                tied = full if len(full) == 1 else tied
            if len(tied) > 1:
                # of those, the one whose shared words hold every other's and more ("The 40-point slide
                # in verbal scores": the verbal scores' fall, not the mathematics scores' beside it)
                widest = [t for t in tied if all(set(u[1]) < set(t[1]) for u in tied if u is not t)]
                tied = widest or tied
            if len(tied) != 1:
                continue
            shared, words, earlier = tied[0]
        # "المتهمون العشرة", "the five wounded": a definite number word restating a count names it
        # exactly, not to the ten; so does one restated ("the ten cases", then "the 11 cases")
        stating = worded_count(claim) if worded else claim
        verdict = judge(stating, worded_count(earlier.claim), report.book)
        if verdict is not None and verdict.agrees:
            # a figure restated in other digits at their common precision ("the 250,000 deaths" after
            # "about 260,000"): a source's tolerance of either is no licence to restate it otherwise
            otherwise = said_otherwise(claim, earlier.claim)
            if otherwise is not None:
                verdict = Verdict(report.book.rule("internal_inconsistency", claim), otherwise)
        report.matched.update({_key(side), _key(earlier)})
        matched, assumed = loose_identity(side, earlier, counted=False) or ((), ())
        excuses = _same_period_excuse(updates, periodic, side, earlier, matched)
        if verdict is None or verdict.agrees or (
                _announces_update(text, sentences, sentence, excuses, claim, (starts, figures), earlier.claim)
                and not _against_direction(text, sentences, sentence, claim, earlier.claim, report.book)):
            continue
        scoped = report.book.rule("internal_inconsistency", claim)
        if scoped is not None:
            why = (f"the earlier figure that shares its words {', '.join(words)}" if words else
                   "the only earlier figure of its unit within a factor of two of it")
            how = (f"a restatement ({marker.rstrip('-')!r} before the figure)" if marker is not None
                   else "a slip (swapped digits or a scale word)")
            report.finding(scoped, side.path, claim, earlier, verdict.details, (
                f"{how} of {why}",
                "identity: unit and nearby words matched, concept assumed"
                + (f"; {', '.join(matched)} matched" if matched else "")
                + (f"; {', '.join(assumed)} assumed (stated once)" if assumed else "")))


# A person's name right before an age: "Vishwash Kumar Ramesh, 40," (capitalised words and a comma)
# or "محمد عادل (21 عاما)" (one or two words and a parenthesis).
_AGE_HOLDER = (regex.compile(r"((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+),\s*$"),
               regex.compile(r"((?:\p{Arabic}+\s+){1,2})\(\s*$"))
_AGE_NAME_REACH = 48  # characters before an age where its holder's name is read
_NAME_MIN = 3  # letters of a name word (not an initial)


def _age_holder(text: str, claim: Claim) -> frozenset[str]:
    """The words of the name an age is given for ("Ramesh, 38," -> Ramesh), if any."""
    before = text[max(0, claim.start - _AGE_NAME_REACH) : claim.start]
    for pattern in _AGE_HOLDER:
        found = pattern.search(before)
        if found is not None:
            return frozenset(w for w in found.group(1).split() if len(w) >= _NAME_MIN)
    return frozenset()


def _ages_restated(text: str, sentences: Sequence[int], sides: Sequence[Side], report: Report) -> None:
    """One person's age given twice, with two values ("Vishwash Kumar Ramesh, 40" and later "Ramesh,
    38"): the later name is the earlier one or part of it (a surname alone), so brothers and two
    presidents named in one story ("Saeed Bouteflika (61)", "Abdelaziz Bouteflika (82)") are two
    people. An age already reported (against a reference) is not reported again."""
    ages = [(side, names) for side in sides if AGE_NOTE in side.claim.evidence and BIRTHDAY_NOTE
            not in side.claim.evidence and side.claim.value is not None
            and (names := _age_holder(text, side.claim))]
    for k, (side, names) in enumerate(ages):
        for earlier, known in ages[max(0, k - _RESTATE_BACK) : k]:  # (bounded: linear in the ages)
            if not (names <= known or known <= names) or earlier.claim.value == side.claim.value \
                    or _key(side) in report.flagged \
                    or bisect_right(sentences, earlier.claim.start) \
                    == bisect_right(sentences, side.claim.start):
                continue
            verdict = judge(side.claim, earlier.claim, report.book)
            if verdict is None or verdict.agrees:
                continue
            report.matched.update({_key(side), _key(earlier)})
            scoped = report.book.rule("internal_inconsistency", side.claim)
            if scoped is not None:  # (a rule whose scope leaves the age out reports nothing, as elsewhere)
                report.finding(scoped, side.path, side.claim, earlier, verdict.details, (
                    f"one person's age stated twice: {' '.join(sorted(names))} named before both",
                    "identity: the person's name matched"))
            break


_CLOSEST_MIN = 10  # a count below this restates no earlier one by its value alone: small counts abound


_CLAUSE_APART = 60  # characters between a figure and a restatement of it in its own sentence


def _clause_apart(text: str, earlier: Claim, claim: Claim) -> bool:
    """Whether a marked restatement stands in a later clause of the earlier figure's sentence, a comma
    and some distance between ("أخمد بمشاركة 12 فرقة من فرق الإطفاء ...، وأشادت بسرعة استجابة فرق
    الإطفاء الـ14"): the same quantity named again, not an item of a list beside it."""
    between = text[earlier.end : claim.start]
    return len(between) >= _CLAUSE_APART and any(mark in between for mark in ",،")


_LONG_AGO_DAYS = 365


def _long_ago_sentences(sides: Sequence[Side], sentences: Sequence[int], text: str) -> dict[int, int]:
    """The sentences that state a full date (a day of a year) more than a year before the article's
    publication, or the date of an earlier event a record is measured from ("the deadliest since the
    bombings of 11 April, which killed 33"): what they tell of happened then, so their figures
    restate none of the article's. Each with where that telling starts: the sentence's start, or for
    a record the "since" before its event's date; the figure before it is the news the record is
    claimed for ("وتعد حصيلة ضحايا درنكة الـ450 الأعلى ... منذ زلزال أكتوبر 1992")."""
    found = {sentence: sentence_span(text, sentences, sentence)[0]
             for sentence in _dated_before(sides, sentences)}
    for sentence, at in _dated_relatives(sides, sentences, text).items():
        found[sentence] = min(found.get(sentence, at), at)
    for side in sides:
        claim = side.claim
        if claim.kind in (Kind.DATE, Kind.YEAR) and EARLIER_EVENT_NOTE in claim.evidence:
            sentence = bisect_right(sentences, claim.start)
            at = _since_before(text, sentence_span(text, sentences, sentence)[0], claim.start, claim.lang)
            found[sentence] = min(found.get(sentence, at), at)
    return found


_EARLIER_DAYS = 30  # days before publication from which a dated event with a relative clause is another's
_RELATIVE_REACH = 3  # words after such a date where its relative pronoun may stand ("الماضي الذي")
_RELATIVE_CHARS = 40  # ... read from this many characters after it


def _dated_relatives(sides: Sequence[Side], sentences: Sequence[int], text: str) -> dict[int, int]:
    """The sentences that tell of an earlier event by its date and a relative clause on it, more than
    _EARLIER_DAYS before publication ("زلزال 17 آب/أغسطس الماضي الذي بلغت قوته 7,4 درجات" in an article
    of November; "the Aug. 17 quake, which measured 7.4"): what the clause tells is of that event, so
    its figures restate none of the news. Each with where that telling starts: the date."""
    out: dict[int, int] = {}
    for side in sides:
        claim, published = side.claim, side.published
        if claim.kind is not Kind.DATE or published is None or not claim.date:
            continue
        day = date_point(claim.date) if not claim.date.startswith("--") else (
            last_such_day(claim.date, published) if len(claim.date) == 7 else None)
        if day is None or (published - day).days <= _EARLIER_DAYS:
            continue
        relatives = load_lexicon(claim.lang).relative_pronouns
        after = TOKEN_RE.findall(text, claim.end, min(len(text), claim.end + _RELATIVE_CHARS))
        words = [fold_word(w).lower() for w in after]
        words = [w for w in words if w not in (",", "،")][:_RELATIVE_REACH]
        if not relatives.isdisjoint(words):
            sentence = bisect_right(sentences, claim.start)
            out[sentence] = min(out.get(sentence, claim.start), claim.start)
    return out


def _since_before(text: str, start: int, end: int, lang: str) -> int:
    """Where the last word of "since" (periods.yaml since: "since", "منذ") between ``start`` and ``end``
    starts; ``start`` when there is none."""
    words = _since_words(lang)
    found = start
    for m in TOKEN_RE.finditer(text, start, end):
        if not words.isdisjoint(strip_clitics(fold_word(m.group()).lower())):
            found = m.start()
    return found


@lru_cache(maxsize=8)
def _since_words(lang: str) -> frozenset[str]:
    return frozenset(w for w in load_lexicon(lang).periods.get("since") or () if " " not in w)


def _years_by_sentence(claims: Sequence[Claim],
                       sentences: Sequence[int]) -> dict[int, list[tuple[int, dt.date]]]:
    """Per sentence, the years it states, each as its last day with where it starts (as _dated_before
    gives its dates)."""
    out: dict[int, list[tuple[int, dt.date]]] = {}
    for c in claims:
        if c.kind is Kind.YEAR and c.value is not None and 1 <= c.value <= 9999:
            day = dt.date(int(c.value), 12, 31)
            out.setdefault(bisect_right(sentences, c.start), []).append((c.start, day))
    return out


def _earliest_before(days: Mapping[int, list[tuple[int, dt.date]]], sentences: Sequence[int],
                     start: int) -> dt.date | None:
    """The earliest of the days ``days`` gives for the sentence of the figure at ``start``, of those
    stated before it; None when there is none."""
    return min((d for at, d in days.get(bisect_right(sentences, start), ()) if at < start), default=None)


def _dated_before(sides: Sequence[Side], sentences: Sequence[int],
                  days: int = _LONG_AGO_DAYS) -> dict[int, list[tuple[int, dt.date]]]:
    """Per sentence, the full dates it states more than ``days`` days (by default a year) before the
    article's publication, each with where it starts."""
    out: dict[int, list[tuple[int, dt.date]]] = {}
    for side in sides:
        claim, published = side.claim, side.published
        if claim.kind is not Kind.DATE or published is None or not claim.date:
            continue
        day = date_point(claim.date)
        if day is not None and (published - day).days > days:
            out.setdefault(bisect_right(sentences, claim.start), []).append((claim.start, day))
    return out


def _settled(report: Report, side: Side) -> bool:
    """Whether a reference fact settles the figure: it confirms it, or it may contradict it. A tally
    read before or after the fact's closing day (Aligner.align: it may only confirm the fact) is
    settled only when it agrees, and is otherwise left to the article's own figures ("The 24 bodies
    recovered so far" after "A total of 22 people were killed", the fact's toll a later one)."""
    checked = report.reference_match.get(_key(side))
    return checked is not None and (checked.can_contradict
                                    or report.book.agrees(side.claim, checked.counterpart.claim))


def _fully(side: Side, earlier: Side) -> bool:
    """Whether a figure shares every identity field of an earlier one, none of them assumed."""
    found = loose_identity(side, earlier, counted=False)
    return found is not None and not found[1]


_NOUN_REACH = 24  # characters after a figure where the noun it counts stands


def _head_noun(text: str, claim: Claim) -> frozenset[str]:
    """The forms of the word right after a figure when it is a content word ("26,000 schools": school;
    "reached 206,000 in the quarter": none, the noun stands elsewhere)."""
    after = text[claim.end : claim.end + _NOUN_REACH]
    words = lexmatch.WORD_RE.findall(after)
    if not words or after[: after.find(words[0])].strip():
        return frozenset()  # punctuation first: no noun of the figure's own right after it
    return lexmatch.forms(claim.lang, fold_word(words[0]).lower())


_GENERIC_NOUNS = frozenset({"people", "person", "persons", "individual", "individuals", "شخص", "اشخاص"})


def _other_nouns(text: str, claim: Claim, other: Claim) -> bool:
    """Whether two plain counts count different nouns ("more than 26,000 schools", "26.2 million
    children"): digits alike make no slip of one another then. A generic noun (people, أشخاص) names
    any count; a unit or a percentage is compared as such."""
    if claim.unit != "count" or other.unit != "count":
        return False
    mine, theirs = _head_noun(text, claim), _head_noun(text, other)
    if not mine or not theirs or not (mine | theirs).isdisjoint(_GENERIC_NOUNS):
        return False
    return mine.isdisjoint(theirs)


def _two_digits(claim: Claim) -> bool:
    """Whether a figure has two significant digits or more ("3" beside "30 million": a single digit is
    too often another figure to be a slip of one)."""
    return len(significant_digits(claim.value)) >= 2


def _scale_slip(claim: Claim, fact: Claim, book: RuleBook) -> bool:
    """The fact's own digits of two significant digits or more under another scale word ("2.4 million
    pounds" for the 2.4 billion another sentence states rightly): a slip of the fact, not another
    quantity, even where the article also has the fact right."""
    return _two_digits(claim) and _scale_word_apart(claim, fact, book)


def _scale_word_apart(claim: Claim, other: Claim, book: RuleBook) -> bool:
    """The other figure's digits under another scale word, however few ("the $7 million scheme" after
    "a $7 billion Ponzi scheme"): for a marked restatement of a figure that states the fact, a slip."""
    scale = book.rule("scale_mismatch", claim)
    return scale_exponent(claim, other, book.params(scale) if scale else ScaleParams()) is not None


def _slip_of(claim: Claim, other: Claim, book: RuleBook) -> bool:
    """Two digits swapped (of two or more) or a scale word apart: a slip, within one article, of a
    figure of two significant digits or more."""
    return _two_digits(claim) and book.slipped(claim, other)


_TWICE = Decimal("0.5")  # two figures within a factor of two of each other differ by at most half the larger


def _under_twice(claim: Claim, other: Claim) -> bool:
    """Whether two stated figures lie less than a factor of two apart (true when one has none)."""
    a, b = stated(claim), stated(other)
    return a is None or b is None or 2 * abs(a - b) < max(abs(a), abs(b))

_HEAD_WORDS = 1  # a restatement's own noun stands right beside it ("الوحدات الـ14 ألفا", "the 124 bodies")
_HEAD_DECAY = 0.8


_NOUN_STEM = 3  # letters of a noun left once its attached pronoun is off ("وزنه" -> "وزن")


def _restating_marker(text: str, start: int, markers: Sequence[str],
                      pronouns: Sequence[str] = ()) -> str | None:
    """The restating word right before the figure at ``start``, if any; a one-word one may stand before
    a noun ending in one of ``pronouns`` (morphology.yaml attached_pronouns: "البالغ وزنه")."""
    window = text[max(0, start - 48) : start]
    if not window:
        return None
    words = [fold_word(w).lower() for w in lexmatch.WORD_RE.findall(window)]
    spaced = window[-1].isspace()
    for marker in markers:
        if marker.endswith("-"):  # attached: الـ73
            bare = marker[:-1]
            if window.endswith(bare) and (len(window) == len(bare) or not window[-len(bare) - 1].isalpha()):
                return marker
        elif marker[0] in "'’":  # a possessive: Ford's $1.3 billion
            if spaced and window.rstrip().endswith(marker):
                return marker
        elif spaced:
            want = _marker_words(marker)
            if tuple(words[-len(want):]) == want:
                return marker
            if len(want) == 1 and len(words) >= 2 and words[-2] == want[0] and any(
                    words[-1].endswith(p) and len(words[-1]) - len(p) >= _NOUN_STEM for p in pronouns):
                return marker  # "البالغ وزنه 600": the restating word, then a noun with its pronoun
    return None


def _spelled_span(claim: Claim) -> bool:
    """Whether a duration's text holds words between its unit and its number, three words or more
    ("أيام الحداد الخمسة"); a unit and its number word alone ("السنوات الثلاث المقبلة") name a new
    span as often as they restate one."""
    return claim.kind is Kind.DURATION and len(claim.text.split()) > 2


def _attached_inside(text: str, markers: Sequence[str]) -> str | None:
    """An attached restating marker (restating_words ending in "-": "ال-") that opens a word of a
    duration's text after its first, the number word of "أيام الحداد الخمسة": that word restates."""
    words = text.split()[1:]
    for marker in markers:
        bare = marker[:-1]
        if marker.endswith("-") and any(w.startswith(bare) and len(w) > len(bare) + 1 for w in words):
            return marker
    return None


@lru_cache(maxsize=256)
def _marker_words(marker: str) -> tuple[str, ...]:
    """A restating marker's folded words, folded once."""
    return tuple(fold_word(w).lower() for w in marker.split())


_SOURCE_WORDS = 4  # words beside a saying word that may name who is speaking
_SPEAKER_TOKEN = re.compile(r"[^\W\d_]+|[,،:]")  # a word or a clause mark
_SPEAKER_MARKS = frozenset({",", "،", ":"})


def _attributed_to(text: str, span: tuple[int, int], sayings: frozenset[str],
                   ends: frozenset[str], lang: str, before: bool = False) -> frozenset[str]:
    """The words that name a sentence's source: after its saying word (FC101's saying_words, with or
    without a proclitic: "وقالت") up to a clause mark or one of FC101's speaker_ends ("قالت وزارة
    الخارجية السودانية في بيان إن"), else before it back to a clause mark ("the foreign ministry
    said"); with ``before`` (FC101's speaker_before: English), a saying verb's speaker is looked for
    before it first. Words of four letters or more; empty when it names none."""
    if not sayings:
        return frozenset()
    tokens = _SPEAKER_TOKEN.findall(text, *span)
    folded = [fold_word(w).lower() for w in tokens]

    def phrase(k: int) -> bool:  # a saying phrase of two words opens at k ("according to")
        return k + 1 < len(folded) and f"{folded[k]} {folded[k + 1]}" in sayings

    at = next((k for k, w in enumerate(folded) if not sayings.isdisjoint(strip_clitics(w)) or phrase(k)),
              None)
    if at is None:
        return frozenset()
    named: list[str] = []
    if phrase(at) or not before:  # the speaker after the saying word ("قالت وزارة ...", "according to")
        first = at + (2 if phrase(at) else 1)
        for k in range(first, min(len(tokens), first + _SOURCE_WORDS)):
            if folded[k] in _SPEAKER_MARKS or folded[k] in ends:
                break
            named.append(tokens[k])
    if not named:  # an English subject stands before its verb ("the ministry said")
        for k in range(at - 1, max(-1, at - 1 - _SOURCE_WORDS), -1):
            if folded[k] in _SPEAKER_MARKS:
                break
            named.append(tokens[k])
    words = frozenset(w for w in sentence_words(" ".join(named)) if len(w) >= 4)
    # "the province, which has claimed more than 3,200 lives": function words alone name no source
    return words if words - load_lexicon(lang).function_words else frozenset()


def _made_with_another(claim: Claim, whole: Claim, figures: Sequence[Claim],
                       sentences: Sequence[int]) -> bool:
    """Whether ``claim`` and another figure of its sentence in its unit add up to ``whole`` exactly
    ("176 people on board" and "167 passengers and 9 crew"): a part of it, no slip of it."""
    if claim.value is None or whole.value is None:
        return False
    sentence = bisect_right(sentences, claim.start)
    return any(f is not claim and f.unit == claim.unit and f.value is not None
               and bisect_right(sentences, f.start) == sentence and claim.value + f.value == whole.value
               for f in figures)


def _same_period_excuse(updates: Sequence[str], periodic: frozenset[str], side: Side, earlier: Side,
                        matched: Sequence[str]) -> Sequence[str]:
    """The update words that may excuse two figures' difference: not those that name another period
    ("العام الماضي", "last year") when both figures state the same period themselves (``matched``: the
    identity fields both state alike; a period taken from the lead is no statement of it)."""
    alike = "period" in matched and not side.defaults[1] and not earlier.defaults[1]
    return [w for w in updates if w not in periodic] if alike else updates


def _announces_update(text: str, sentences: Sequence[int], index: int, words: Sequence[str], claim: Claim,
                      figures: tuple[Sequence[int], Sequence[Claim]], earlier: Claim) -> bool:
    """Whether the sentence at ``index`` holds a word that announces a new or other figure than
    ``earlier`` (``figures``: the quantities' starts and the quantities, sorted): before ``claim`` ("the
    toll rose to 52"), or after it when the figure it leads to restates the earlier one ("52 have died,
    up from 44"; "The 52 dead include 10 children, up from 44"), or no figure follows the claim. One
    that leads to another figure is that figure's ("Most of the 754 violations ..., compared with 651
    violations last year" after 734 violations); one past a clause mark and a conjunction that opens
    a new clause is that clause's ("الطلاب الـ760 ألفا ... خضعوا لمنظومة جديدة، وأن عدد حالات الغش
    تراجع")."""
    if not words:
        return False
    opens, closes = sentence_span(text, sentences, index)
    starts, quantities = figures
    if find_marker(text, opens, claim.start, words) is not None:
        return True
    at = find_marker(text, claim.end, closes, words)
    if at is None or new_clause(text, claim.end, at, load_lexicon(claim.lang).clause_breaks):
        return False  # (past a new clause: "، وأن عدد حالات الغش تراجع" tells of another subject)
    if surpassing_between(text, claim.end, at, surpassing_words(claim.lang)):
        return False  # "الضحايا الـ1003 ... يفوقون حصيلة العام الماضي": the surpassed toll's year, no update
    # the word leads to the figure after it: an update when that figure restates the earlier one ("The
    # 52 dead include 10 children, up from 44 on Monday"), or when none follows in the sentence and none
    # stands between ("52 have died, the toll still rising")
    k = bisect_right(starts, at)
    if k < len(starts) and starts[k] < closes:
        return stated(quantities[k]) == stated(earlier)
    return bisect_right(starts, claim.start) == k


_DIRECTION_WORDS = 5  # words before a change where the verb that gives its direction stands (Arabic:
# verb, then subject, then the figure: "هبطت صادرات الرقائق 23.7 في المئة")


def _direction(text: str, claim: Claim, rising: frozenset[str], falling: frozenset[str]) -> int:
    """+1 when a rising word of FC105 (folded: ``rising``) stands right before a percentage ("jumped
    21.8%"), -1 when a falling one does ("slumped 23.7%"), else 0: two changes of opposite directions
    are two quantities."""
    if claim.kind is not Kind.PERCENT:
        return 0
    tokens = lexmatch.WORD_RE.findall(text, max(0, claim.start - 80), claim.start)[-_DIRECTION_WORDS:]
    forms = {f for w in tokens for f in strip_clitics(fold_word(w).lower())}
    words = f" {' '.join(fold_word(w).lower() for w in tokens)} "

    def said(table: frozenset[str]) -> bool:
        return any(w in forms or f" {w} " in words for w in table)

    up, down = said(rising), said(falling)
    return 0 if up == down else 1 if up else -1


def _against_direction(text: str, sentences: Sequence[int], index: int, claim: Claim, earlier: Claim,
                       book: RuleBook) -> bool:
    """Whether the update the sentence at ``index`` announces goes against the figures: words of one
    direction only ("rose", "ارتفع") while the figure, a slip (swapped digits, a scale word) of the
    earlier one, went the other way ("arrivals rose to 108,000 tons" after "180,000 tons")."""
    rule = book.rule("internal_inconsistency", claim)
    params: InternalParams | None = book.params(rule) if rule else None
    if params is None or claim.value is None or earlier.value is None or claim.value == earlier.value \
            or not _slip_of(claim, earlier, book):
        return False
    span = sentence_span(text, sentences, index)

    def said(words: Sequence[str]) -> bool:  # (an empty list would match everywhere)
        return bool(words) and find_marker(text, *span, words) is not None

    rising = said(params.rising_words.get(claim.lang, ()))
    falling = said(params.falling_words.get(claim.lang, ()))
    if rising == falling:
        return False
    return rising == (claim.value < earlier.value)


def _sums(doc: DocumentResult, sides: list[Side], refs: Index, report: Report) -> None:
    text = doc.document.prose or doc.document.text
    for gap in sum_gaps(sides, text, refs, report.book, report.reference_match.keys()):
        rule = report.book.rule("sum_mismatch", gap.claim.claim)
        if rule is None:
            continue
        report.matched.update(_key(part) for part in gap.parts if not part.is_reference)
        report.matched.add(_key(gap.claim))
        why = "parts and total of one concept, period and unit"
        if gap.inferred:
            why = ("parts and total of one unit, read as a breakdown with no word marking it: the parts "
                   "add up to nearly the total (assumed)")
        elif gap.shares:
            why = ("the parts are shares of the total after a breakdown word: they add up to "
                   f"{gap.total:f}%, not 100%")
        report.finding(rule, gap.claim.path, gap.claim.claim, gap.against, _sum_fields(gap),
                       (why, _sum_identity(gap)),
                       related=tuple(against(p) for p in gap.parts if p is not gap.against),
                       partial=gap.inferred)


def _sum_identity(gap: SumGap) -> str:
    """Which identity fields the total and its parts state alike (matched), which only some of them
    state (assumed), and where the parts' places or periods lie within the total's."""
    total = gap.against if gap.claim in gap.parts else gap.claim
    parts = [p for p in gap.parts if p is not total]
    matched: list[str] = []
    assumed: list[str] = []
    fields: tuple[tuple[str, Callable[[Side], object], object], ...] = (
        ("concept", lambda s: s.claim.concept, None), ("counted", lambda s: s.variant[2], None),
        ("period", lambda s: s.variant[0], None), ("place", lambda s: s.variant[1], frozenset()))
    for name, get, empty in fields:
        whole, values = get(total), [get(p) for p in parts]
        if whole == empty and all(v == empty for v in values):
            continue
        if whole != empty and all(v == whole for v in values):
            matched.append(name)
        elif whole == empty or any(v == empty for v in values):
            assumed.append(f"{name} (stated on {'the parts' if whole == empty else 'the total'} only)")
        elif name == "place" and frozenset(p for v in values for p in _places_of(v)) == whole:
            matched.append("place (the total's is the union of the parts')")
        elif name in ("period", "place"):
            assumed.append(f"{name} (the parts' within the total's)")
        else:
            shown = ", ".join(sorted({str(v) for v in values}))
            assumed.append(f"{name} (the parts' {shown}, the total's {whole})")
    units = {p.claim.unit for p in parts}
    if gap.shares:
        matched.append("unit (the parts are percentages of the total)")
    else:
        matched.append("unit" if units == {total.claim.unit} else "unit (parts that leave it to the total)")
    if gap.inferred:
        assumed.append("the breakdown itself")
    return "identity: " + ", ".join(matched) + " matched" \
        + (f"; {', '.join(assumed)} assumed" if assumed else "")


def _places_of(value: object) -> frozenset[str]:
    """A variant's places (a frozenset of names), typed as such."""
    return frozenset(str(p) for p in value) if isinstance(value, frozenset) else frozenset()


def _sum_fields(gap: SumGap) -> dict[str, str]:
    parts = " + ".join(value_text(p.claim) for p in gap.parts)
    total = f"{gap.total:,f}" if gap.total is not None else "?"
    return {"parts": parts, "total": f"{total}%" if gap.shares else total}


def _unsupported(sides: list[Side], book: RuleBook, report: Report) -> None:
    rule = book.rule("unsupported")
    kinds = book.unsupported_kinds()
    for side in sides:
        claim = side.claim
        if rule is None or claim.kind not in kinds or claim.concept is None or _is_determiner(claim):
            continue  # (a word for one, listed among figures, is no figure worth reporting unsupported)
        if _key(side) not in report.matched and rule.scope.covers(claim):
            report.finding(rule, side.path, claim, None, {}, (
                f"identity: concept {claim.concept!r} stated; no reference fact or other article's figure "
                "of its concept, unit, period and place to match it with",))


def _key(side: Side) -> tuple[str, str]:
    return side.path, side.claim.id


# --- the result --------------------------------------------------------------------------------------


def _result(ordered: list[DocumentResult], references: Sequence[Reference], report: Report,
            input_errors: Sequence[str]) -> CheckResult:
    findings = tuple(report.sorted_findings())
    count = Counter(f.severity for f in findings)
    summary = Summary(documents=len(ordered), claims=sum(len(d.claims) for d in ordered),
                      findings=len(findings), errors=count[Severity.ERROR], warnings=count[Severity.WARNING],
                      infos=count[Severity.INFO], verified=len(report.verified))
    paths = tuple(dict.fromkeys(ref.path for ref in references))
    return CheckResult(documents=tuple(ordered), findings=findings, verified=tuple(report.verified),
                       summary=summary, references=paths, input_errors=tuple(input_errors))



# --- collecting findings -----------------------------------------------------------------------------


def against(side: Side) -> Against:
    """The other side of a comparison as the contract shows it."""
    return Against(path=side.path, claim=side.claim, source=side.source, url=side.url,
                   is_reference=side.is_reference)


class Report:
    """Findings and verified claims as the passes produce them; one finding per claim and rule."""

    def __init__(self, book: RuleBook) -> None:
        self.book = book
        self.findings: dict[tuple[str, str, str], Finding] = {}
        self.verified: list[Verified] = []
        self.reference_match: dict[tuple[str, str], Alignment] = {}
        self.refuted: set[tuple[str, str]] = set()
        self.matched: set[tuple[str, str]] = set()
        self.flagged: set[tuple[str, str]] = set()  # (path, claim id) of every claim with a finding

    def finding(self, rule: Rule, path: str, claim: Claim, other: Side | None, details: dict[str, str],
                evidence: tuple[str, ...] = (), related: tuple[Against, ...] = (), *,
                partial: bool = False, info: bool = False) -> None:
        """Record a finding; ``partial`` (identity assumed for some field) makes an error a warning,
        ``info`` any level info."""
        key = (path, claim.id, rule.code)
        if key in self.findings:
            return
        fields = {"claim": claim.text, "value": value_text(claim), "concept": claim.concept or "", **details}
        if other is not None:
            fields.setdefault("expected", value_text(other.claim))
            fields.setdefault("against", _against_text(other))
            fields["source"] = other.source or other.path
        self.flagged.add((path, claim.id))
        severity = self.book.options.level(rule)
        if partial and severity is Severity.ERROR:
            severity = Severity.WARNING
        if info:
            severity = Severity.INFO
        self.findings[key] = Finding(
            rule=rule.code, name=rule.name, kind=rule.kind, severity=severity, path=path,
            claim=claim, against=against(other) if other is not None else None, related=related,
            message=render_message(rule, fields), evidence=evidence)

    def sorted_findings(self) -> list[Finding]:
        return sorted(self.findings.values(), key=lambda f: (f.path, f.claim.start, f.rule))


def _against_text(side: Side) -> str:
    if side.is_reference:
        return f"{value_text(side.claim)} ({side.claim.text})"
    return side.claim.text
