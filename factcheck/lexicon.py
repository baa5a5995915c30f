"""Language data from rules/<lang>/*.yaml, folded once and indexed for matching.

Every phrase is stored as its folded tokens joined by single spaces, exactly as ``tokens`` splits a
text, so a lexicon entry and a text match whatever their spelling variants, spacing or case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from factcheck import yamlfast
from factcheck.errors import RulesError
from factcheck.textnorm import fold_vocalized, fold_word

# A phrase table: a dict keyed by phrase or a set of phrases.
Table = Collection[str]
V = TypeVar("V")
K = TypeVar("K")
T = TypeVar("T")

# A token: a run of letters, a run of ASCII digits, or one other non-space character.
TOKEN_RE = re.compile(r"[^\W\d_]+|[0-9]+|[^\w\s]|_")
LANGS = ("ar", "en")
# Arabic proclitics that attach to any word (و ف ب ل ك, the article ال, and their combinations).
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "فب", "فل", "وك",
                "و", "ف", "ب", "ل", "ك")


def rules_dir() -> Path:
    """The rules/ directory: packaged inside the wheel, or beside the package in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulesError(str(here / "rules"), "rules directory not found (broken installation)")


@lru_cache(maxsize=1 << 16)
def phrase_key(phrase: str) -> str:
    """The folded token form of a phrase ("U.S. Dollars" -> "u . s . dollars")."""
    return " ".join(TOKEN_RE.findall(fold_word(phrase)))


@lru_cache(maxsize=1 << 16)
def strip_clitics(token: str) -> tuple[str, ...]:
    """A token and its forms without Arabic proclitics (بالعراق -> العراق, للعراق -> العراق).

    The token comes first, then the forms that strip least: a word with its article is looked up before
    the bare word, whatever clitic precedes the article (والجنين: الجنين, the fetus, before جنين, Jenin).
    """
    if len(token) < 3 or token[0] not in "وفبلكا":
        return (token,)
    forms: dict[str, None] = {}
    for prefix in _AR_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            rest = token[len(prefix) :]
            forms[rest] = None
            if prefix.endswith("لل"):  # ل + ال is written لل, and ل + الل (اللاذقية) too
                forms["ال" + rest] = None
                forms["الل" + rest] = None
    return (token, *sorted(forms, key=len, reverse=True))


def _without_article(token: str) -> str:
    """An Arabic word without its definite article (الشغل -> شغل); a token of four letters or fewer
    keeps them (الدم, الف): too short to be the article and a word of three letters."""
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


def lone_clitic(token: str) -> bool:
    """Whether a token is an Arabic proclitic preposition written apart from its figure ("بـ44.5",
    "ب 44.5"): a word of the figure's, not one before it."""
    return len(token) == 1 and token in "بلك"


@dataclass(frozen=True)
class NumWord:
    value: Decimal
    role: str  # unit | compound_only | teen | ten | tens | hundred | word | multiplier


@dataclass(frozen=True)
class ScaleWord:
    exponent: int
    form: str  # singular | plural | dual


# What a phrase look-up (or look-back) found over a run of tokens: (entry, tokens) or None.
RunMemo = dict[tuple[str, ...], tuple[str, int] | None]


@dataclass
class Lexicon:
    """All words of one language, folded and keyed by phrase."""

    lang: str
    numbers: dict[str, NumWord] = field(default_factory=dict)
    scales: dict[str, ScaleWord] = field(default_factory=dict)
    fractions: dict[str, Decimal] = field(default_factory=dict)
    shares: dict[str, Decimal] = field(default_factory=dict)  # "two-thirds (of)", "ثلثا": a part of a whole
    ratio: set[str] = field(default_factory=set)  # "one in five": the words between part and whole
    share_blockers: set[str] = field(default_factory=set)  # نصف النهائي: a name, not a share
    share_pronoun: set[str] = field(default_factory=set)  # نصفها: a share with its whole as a suffix
    share_marked: set[str] = field(default_factory=set)  # ثمن: a share only when its damma is written (ثُمن)
    share_cues: set[str] = field(default_factory=set)  # بمقدار, by: a share standing alone may follow
    share_after: set[str] = field(default_factory=set)  # "a third from 2022": words after a lone share
    one_not_before: set[str] = field(default_factory=set)  # "all but one": "one" is no count after these
    one_not_after: set[str] = field(default_factory=set)  # "one of the": nor before these
    adjective_numbers: set[str] = field(default_factory=set)  # "a single tree": an adjective, no count
    demonyms: dict[str, str] = field(default_factory=dict)  # "الكويتية" -> Kuwait, for currencies
    decimal_point: set[str] = field(default_factory=set)
    negative: set[str] = field(default_factory=set)
    connectors: set[str] = field(default_factory=set)
    qual_before: dict[str, str] = field(default_factory=dict)
    # approximations from below ("nearly 40 million": at most 40 million, close to it)
    approx_below: set[str] = field(default_factory=set)
    qual_after: dict[str, str] = field(default_factory=dict)
    # Entries of qual_before that are verbs and may stand before the figure's subject (VSO: "تجاوزت نسبة
    # النجاح 70 بالمئة"), up to qual_reach words away.
    qual_distant: set[str] = field(default_factory=set)
    qual_distant_last: set[str] = field(default_factory=set)  # the last word of each of them
    # words of amount between such a verb and a figure ("البالغة 196"): the figure is its noun's value
    qual_distant_stops: set[str] = field(default_factory=set)
    qual_reach: int = 0
    # Verbs of bound whose preposition stays with the figure, the subject between them ("يقل إنتاجها
    # الفعلي عن 7.5 مليون برميل"): entries of before, each a verb and its preposition.
    qual_split: set[str] = field(default_factory=set)
    qual_split_last: set[str] = field(default_factory=set)  # their prepositions
    ranges: dict[str, set[str]] = field(default_factory=dict)  # opener -> joiners
    spans: set[str] = field(default_factory=set)  # qualifiers that before a duration state its span
    prepositions: set[str] = field(default_factory=set)  # bounds that before an article bound nothing
    change_particles: set[str] = field(default_factory=set)  # "edged up to 4.2%": a result, not a cap
    bare_joiners: set[str] = field(default_factory=set)  # joiners of a range without an opener
    change: set[str] = field(default_factory=set)  # "rose" before "from X to Y": two figures, no range
    cur_after: dict[str, str] = field(default_factory=dict)
    cur_before: dict[str, str] = field(default_factory=dict)
    subunits: set[str] = field(default_factory=set)
    minor_units: dict[str, int] = field(default_factory=dict)  # sub-units per unit where not 100
    cur_defaults: dict[str, str] = field(default_factory=dict)  # riyal -> SAR when nothing in scope says
    percent: set[str] = field(default_factory=set)
    percent_point: set[str] = field(default_factory=set)
    basis_point: set[str] = field(default_factory=set)  # hundredths of a percentage point
    measures: dict[str, str] = field(default_factory=dict)  # "tonnes" -> tonne
    measure_units: frozenset[str] = frozenset()  # the unit names of ``measures``
    # Words before a figure that make it a measure ("magnitude 7.5", part of the claim) or that decide
    # the measure of a bare or degree figure ("بقوة 6.8 درجة": magnitude, not a temperature).
    measures_before: dict[str, str] = field(default_factory=dict)
    measure_cues: dict[str, str] = field(default_factory=dict)
    # A unit word that is also a common noun (عقد: a knot, a decade, a contract) names its unit only up
    # to a plausible figure; above it the figure counts the noun ("4118 عقد زواج").
    unit_ceilings: dict[str, Decimal] = field(default_factory=dict)
    # Ages: a figure with no unit is years of age after age_before ("aged 15", "سن العاشرة"), with a bound
    # of age_bounds ("younger than 12", "65 or older"), or after a noun of age_people and a bound
    # ("children under five").
    age_before: set[str] = field(default_factory=set)
    age_birthday: set[str] = field(default_factory=set)  # "turns 23": an age reached on a day of its own
    age_bounds: set[str] = field(default_factory=set)
    age_people: set[str] = field(default_factory=set)
    # Words right after a bare figure that make it an age ("في الـ3 من عمره": three years old).
    age_after: set[str] = field(default_factory=set)
    # A figure after age_links with an age noun shortly before it in its sentence ("raised the retirement
    # age to 64 from 62", "رفع سن التقاعد إلى 63"): years of age.
    age_nouns: set[str] = field(default_factory=set)
    # words right before a figure in years that make it an age ("الكاتب البالغ 80 عاما", "aged 80 years")
    # and words right after it ("80 years old", "80-year-old")
    age_years_before: set[str] = field(default_factory=set)
    age_years_after: set[str] = field(default_factory=set)
    age_links: set[str] = field(default_factory=set)
    duration: dict[str, str] = field(default_factory=dict)
    duration_dual: dict[str, str] = field(default_factory=dict)
    duration_heads: dict[str, str] = field(default_factory=dict)  # "hours of deliberation": a what's unit
    head_steps: frozenset[str] = frozenset()  # words before a what's head ("the number of")
    bounded_one: dict[str, str] = field(default_factory=dict)  # "more than a week": one unit, when bounded
    duration_gap: set[str] = field(default_factory=set)  # "five more years": between a number and its unit
    count_cues: set[str] = field(default_factory=set)  # عدد, number: a count follows, not money
    counted_dual: dict[str, str] = field(default_factory=dict)  # سدين: two of a thing (unit: count, km, ...)
    dual_scores: set[str] = field(default_factory=set)  # "بهدفين دون رد": after a dual, a score, not a count
    score_words: set[str] = field(default_factory=set)  # "lost 1-3", "خسر 1-3": a pair after them is a score
    months: dict[str, int] = field(default_factory=dict)
    hijri_months: dict[str, int] = field(default_factory=dict)
    hijri_marks: set[str] = field(default_factory=set)  # هـ, AH: the era after a Hijri year
    weekdays: dict[str, str] = field(default_factory=dict)
    year_words: set[str] = field(default_factory=set)
    year_hyphen: set[str] = field(default_factory=set)  # "late-2022": a year joined to a part of it
    year_until: set[str] = field(default_factory=set)  # "حتى 2030": a year, not a ceiling, at a clause's end
    day_words: set[str] = field(default_factory=set)  # "يوم": a weekday name follows, not a number
    day_links: set[str] = field(default_factory=set)  # "السابع من أكتوبر": ordinal day, link, month
    weekday_after: set[str] = field(default_factory=set)  # "الخميس الماضي (13 يونيو)": last, next
    first_day: set[str] = field(default_factory=set)  # "غرة جانفي": a word for the first day of a month
    rank_nouns: set[str] = field(default_factory=set)  # "للمرة الـ45": a singular noun ranked by الـN
    position_nouns: set[str] = field(default_factory=set)  # "في المرتبة 56": a place in a ranking
    year_duals: set[str] = field(default_factory=set)  # "خلال عامي 2025 و2026": the two years, one span
    month_cues: set[str] = field(default_factory=set)  # "in March", "مطلع أغسطس": a month alone is a date
    concepts: dict[str, str] = field(default_factory=dict)
    counted: dict[str, str] = field(default_factory=dict)
    anaphora: set[str] = field(default_factory=set)
    clause_breaks: set[str] = field(default_factory=set)  # conjunctions that may open a new clause
    speech_verbs: set[str] = field(default_factory=set)  # "officials said 52": no counted noun before
    restatements: set[str] = field(default_factory=set)  # "، يعادل", ", or": the same quantity again
    # "محافظة أسيوط", "province of Hubei": a concept word that, before a place's name, is part of its title
    place_titles: set[str] = field(default_factory=set)
    complementizers: set[str] = field(default_factory=set)  # أن: opens the clause of a predicate's subject
    predicates: set[str] = field(default_factory=set)  # بلغت: the figure after it is the subject's value
    change_verbs: set[str] = field(default_factory=set)  # rose, ارتفع: "X rose to N", N is X's value
    relatives: set[str] = field(default_factory=set)  # which, الذي: an embedded clause after a comma
    adjuncts: set[str] = field(default_factory=set)  # at, by: after a figure, an adjunct follows
    whole_openers: set[tuple[str, ...]] = field(default_factory=set)  # among, من بين: the figure is a whole
    whole_last: set[str] = field(default_factory=set)  # the last word of each of whole_openers
    one_of: set[str] = field(default_factory=set)  # currency words that "a"/"an" makes one of
    adjectives: set[str] = field(default_factory=set)  # number words that alone qualify a noun
    before_only: set[str] = field(default_factory=set)  # concept words read only before the figure
    places: dict[str, str] = field(default_factory=dict)
    # A name as written with its shadda, which tells it apart from a place that folds alike (عمّان,
    # Amman; bare عمان is Oman): the form folded with its shadda kept (fold_vocalized), and a key of
    # ``places`` that names the same place (places.yaml vocalized).
    vocalized: dict[str, str] = field(default_factory=dict)
    # A shared spelling's other place, in an article that names one of its cue words (places.yaml
    # senses: عمان is Amman where the article names Jordan): the spelling's key -> (the other place's
    # key, the cue words folded).
    senses: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    origins: set[str] = field(default_factory=set)  # "from", "القادمة من": a place after it is an origin
    origin_suffixes: tuple[str, ...] = ()  # "-bound": a place right before it is a destination, no scene
    # "according to", "بحسب": a place in the phrase they open is where the source is, not the figure
    attributions: set[str] = field(default_factory=set)
    # "مستشفى الكويت", "Kuwait Hospital": a place that names an institution, not where a figure is
    institutions: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)  # places.yaml speaker_words
    # "at", "بـ": a place with one of them alone before the next figure is that figure's ("Estonia at
    # 3.43% and the United States at 3.38%"), folded
    place_links: set[str] = field(default_factory=set)
    clock_words: set[str] = field(default_factory=set)  # places.yaml clock_words: "Doha time", "بتوقيت"
    rates: set[str] = field(default_factory=set)  # "per", "لكل": "45 per 100,000" is a rate, not two counts
    multipliers: set[str] = field(default_factory=set)  # "times faster", "أضعاف": a multiplier, no count
    ident_before: set[str] = field(default_factory=set)
    ident_after: set[str] = field(default_factory=set)  # "100m hurdles": a race named by its distance
    ident_bare_after: set[str] = field(default_factory=set)  # "the 100 butterfly": a race, its unit unsaid
    grades: set[str] = field(default_factory=set)  # "92 أوكتان", "95-octane": a grade named by its number
    streets: set[str] = field(default_factory=set)  # "48 Harbour Street": a house number before these
    event_names: set[str] = field(default_factory=set)  # "كأس العالم 2022": a year that names an event
    times_of_day: set[str] = field(default_factory=set)  # "٩ صباحا": a clock time, not a figure
    ident_year_links: set[str] = field(default_factory=set)  # "لسنة", "of": an identifier's year follows
    names: set[str] = field(default_factory=set)
    # names only when written with a capital: "the first Group of Seven economy", not "a group of seven men"
    capitalised_names: set[str] = field(default_factory=set)
    ordinals: dict[str, int] = field(default_factory=dict)
    periods: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_words: int = 1
    # Inflectional endings (rules/<lang>/morphology.yaml): (ending, replacement), tried on a word that
    # no entry of a concept or counted table spells, so that an entry covers its inflected forms.
    endings: tuple[tuple[str, str], ...] = ()
    min_stem: int = 3
    max_strips: int = 1
    undouble: bool = False
    not_inflected: frozenset[str] = frozenset()  # words whose endings are not inflections ("projected")
    # Forms no ending makes, read by lexical identity as their base (morphology.yaml broken_plurals,
    # irregular_verbs): قضاة -> (قاض, قاضي), children -> (child,), paid -> (pay,).
    irregular_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Derivational endings lexical identity also reads a word without ("valuation" as valu, as
    # "valuing" is): never the concept tables, which stay exact about what an entry names.
    derivations: tuple[tuple[str, str], ...] = ()
    compound_heads: tuple[str, ...] = ()  # "earth" of earthquake: the word also read as its tail (quake)
    # A word's consonant skeleton (morphology.yaml root_skeleton): endings and pattern prefixes off, long
    # vowels out, a doubled letter once; lexical identity reads words of one skeleton as akin, at a
    # lower weight (مضبوطة and ضبط, هاتفيا and الهاتفية).
    skeleton_endings: tuple[str, ...] = ()
    skeleton_prefixes: tuple[tuple[str, int], ...] = ()  # (prefix, least length of the word it comes off)
    skeleton_vowels: str = ""
    # Endings that make a superlative ("deadliest"): before "since", a record's comparison (context.py).
    superlative_endings: tuple[str, ...] = ()
    # Starts of the verbal nouns of derived verbs (انطلاق، استخدام): read also without the ا before
    # their last letter, as their verb (انطلق، استخدم), in lexical identity.
    verbal_noun_starts: tuple[str, ...] = ()
    participle_starts: tuple[tuple[str, str], ...] = ()  # (participle's start, its verb's: ? any letter)
    # Present-tense prefixes that agree with the subject (تتوزع, يتوزع), the conjunctions written onto
    # such a verb, and the endings of a past-tense verb, whose first letter is no prefix (توزعت).
    agreement_prefixes: tuple[str, ...] = ()
    agreement_conjunctions: tuple[str, ...] = ()
    agreement_past_endings: tuple[str, ...] = ()
    verb_entry_prefix: str = ""  # the agreement prefix verbs are written with in the lexicons
    future_prefix: str = ""  # the particle of the future on a present-tense verb (سترتفع: ترتفع)
    # Words that never tell two quantities apart (factcheck.lexmatch).
    function_words: frozenset[str] = frozenset()
    # Words that join two figures' clauses or items ("and", "و", "فيما"): a figure's own words start
    # after the last one before it (morphology.yaml joining_words; factcheck.lexmatch).
    joining_words: frozenset[str] = frozenset()
    joining_prefix: str = ""  # ... and how a definite noun begins with the conjunction on it ("والجرحى")
    # ... of those, the ones that open a clause ("while", "فيما"): a figure's own words end before the
    # first one after it (morphology.yaml clause_joining_words).
    clause_joining_words: frozenset[str] = frozenset()
    # Words that tie a figure to the noun right before them ("a pension deficit of 600 million"): with
    # a joining word between the figure before and them, the words after the joining word are the
    # next figure's, none of the one before it (morphology.yaml figure_links; factcheck.lexmatch).
    figure_links: frozenset[str] = frozenset()
    # Words that name a figure's opponent after it ("against", "في مواجهة"): a figure's own words end
    # before the first one after it, another figure after it or none (morphology.yaml opposing_words).
    opposing_words: frozenset[str] = frozenset()
    # Relative pronouns ("which", "التي"): a clause they open between two commas before a figure is
    # stepped over, however long, its words no farther from the figure (morphology.yaml).
    relative_pronouns: frozenset[str] = frozenset()
    # Words between a figure and the whole it is some of ("of", "out of", "من أصل"), as written, and an
    # article written apart from a number ("الـ18"): factcheck.compare.some_of (morphology.yaml).
    partitive_links: tuple[str, ...] = ()
    detached_articles: tuple[str, ...] = ()
    # Pronouns written onto a noun's end ("وزنه"): after a one-word restating word ("البالغ وزنه 600")
    # the noun still leaves the figure marked as a restatement (morphology.yaml attached_pronouns).
    attached_pronouns: tuple[str, ...] = ()
    # Prepositions of place (morphology.yaml's locative_words: "in", "في") and words that attach another
    # noun to a figure's noun (linking_words: "cases involving child labour", "قضية تتعلق بعمالة
    # الأطفال"): the noun phrase of a figure ends before one, and the noun after it is not what the
    # figure counts ("و32 آخرين في بلدة أوكيجا": not towns).
    phrase_ends: frozenset[str] = frozenset()
    # Prepositions that open a modifier of the noun before them (morphology.yaml modifier_prepositions:
    # "عجز في الميزانية"): the noun before names what a figure after them counts (factcheck.clauses).
    modifier_prepositions: frozenset[str] = frozenset()
    _morph_tables: set[int] = field(default_factory=set, repr=False)
    _lemmas: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _firsts: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _lasts: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _opens: dict[int, dict[str, bool | str]] = field(default_factory=dict, repr=False)
    _closes: dict[int, dict[str, bool | str]] = field(default_factory=dict, repr=False)
    _forms: dict[int, dict[str, bool]] = field(default_factory=dict, repr=False)
    # Per table: the most tokens of a phrase by its first and by its last token; per table and token,
    # the most tokens a phrase starting at that token (or at a form of it without proclitics) may have.
    _lens: dict[int, tuple[dict[str, int], dict[str, int]]] = field(default_factory=dict, repr=False)
    _spans: dict[int, dict[str, int]] = field(default_factory=dict, repr=False)
    _starts: dict[int, dict[str, bool | str | int]] = field(default_factory=dict, repr=False)
    _ends: dict[int, dict[str, bool | str | int]] = field(default_factory=dict, repr=False)
    _none_start: dict[str, dict[str, bool]] = field(default_factory=dict, repr=False)  # starts_none's
    # Per walk of the extractor over the words before a figure: what each word met is to it (a class,
    # or whether it is one sort of word)
    walks: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    # Per table: what lookup (and lookback) found over a run of tokens that may hold a phrase of
    # several tokens, keyed by that run (the answer depends on those tokens alone).
    _found: dict[int, RunMemo] = field(default_factory=dict, repr=False)
    _found_back: dict[int, RunMemo] = field(default_factory=dict, repr=False)
    # Per word: the concept it names standing alone (the entry of ``concepts`` that lookup finds over
    # that one token), or None; factcheck.clauses reads it for every word of a figure's clause.
    _word_concepts: dict[str, str | None] = field(default_factory=dict, repr=False)

    def firsts(self, table: Table) -> frozenset[str]:
        """The first tokens of the phrases of ``table`` (a quick way to rule a position out).

        Tables are fixed once loaded, so the sets are computed once per table.
        """
        got = self._firsts.get(id(table))
        if got is None:
            got = self._firsts[id(table)] = frozenset(k.split(" ")[0] for k in table)
            self._lasts[id(table)] = frozenset(k.split(" ")[-1] for k in table)
        return got

    def lasts(self, table: Table) -> frozenset[str]:
        """The last tokens of the phrases of ``table``."""
        self.firsts(table)
        return self._lasts[id(table)]

    def _phrase_lens(self, table: Table) -> tuple[dict[str, int], dict[str, int]]:
        """The most tokens of a phrase of ``table`` by its first token, and by its last (computed once
        per table)."""
        got = self._lens.get(id(table))
        if got is None:
            firsts: dict[str, int] = {}
            lasts: dict[str, int] = {}
            for key in table:
                words = key.split(" ")
                n = len(words)
                if firsts.get(words[0], 0) < n:
                    firsts[words[0]] = n
                if lasts.get(words[-1], 0) < n:
                    lasts[words[-1]] = n
            got = self._lens[id(table)] = (firsts, lasts)
        return got

    def _span(self, table: Table, first: str) -> int:
        """The most tokens a phrase of ``table`` read from the token ``first`` may have (at least 1):
        looking further cannot find one. Memoised per table."""
        return _memoised(self._spans, id(table), table, first, self._span_of)

    def _span_of(self, table: Table, first: str) -> int:
        firsts = self._phrase_lens(table)[0]
        forms = strip_clitics(first) if self.lang == "ar" else (first,)
        return max([1, *(firsts.get(f, 0) for f in forms)])

    def _start(self, table: Table, first: str) -> bool | str | int:
        """What lookup needs to know of ``first``: False when no phrase of ``table`` starts with it, the
        entry lookup finds when that depends on this token alone (only a form without proclitics is one,
        as opens, or no phrase starting there has two tokens), else the most tokens a phrase starting
        there may have (an int above 1, never True). Memoised per table."""
        return _memoised(self._starts, id(table), table, first, self._start_of)

    def _start_of(self, table: Table, first: str) -> bool | str | int:
        opens = self.opens(table, first)
        if opens is not True:
            return opens
        span = self._span(table, first)
        if span == 1:
            # No phrase starting here has two tokens: what lookup finds depends on this token alone
            # (the token itself, else the entry it is a form of), so it is remembered as the answer.
            return first if first in table else self._single(table, first) or False
        return span

    def _end(self, table: Table, last: str) -> bool | str | int:
        """What lookback needs to know of ``last``: False, the entry (as closes, or ``last`` itself when
        no phrase of two tokens or more ends with it), else the most tokens a phrase ending with it may
        have: a phrase of two tokens or more ends with this very token (only a first token loses
        proclitics), so it is read from the phrases' last tokens. Memoised per table."""
        return _memoised(self._ends, id(table), table, last, self._end_of)

    def _end_of(self, table: Table, last: str) -> bool | str | int:
        closes = self.closes(table, last)
        if closes is not True:
            return closes
        longest = self._phrase_lens(table)[1].get(last, 1)
        # Only the token itself ends a phrase here: it is the entry lookback finds, remembered as such.
        return last if longest == 1 else longest

    def opens(self, table: Table, first: str) -> bool | str:
        """Whether a phrase of ``table`` may start with the token ``first``: False (none can), the
        entry itself when only a form without proclitics is one ("بالعراق" -> "العراق"), else True.
        Memoised per table: the same words come back in every article."""
        memo = self._opens.get(id(table))
        got = None if memo is None else memo.get(first)
        return _memoised(self._opens, id(table), table, first, self._opens_phrase) if got is None else got

    def closes(self, table: Table, last: str) -> bool | str:
        """Whether a phrase of ``table`` may end with the token ``last``: False, the entry itself when
        only a form without proclitics is one, else True (memoised like ``opens``)."""
        return _memoised(self._closes, id(table), table, last, self._closes_phrase)

    def has_form(self, table: Table, word: str) -> bool:
        """Whether ``word`` or one of its forms without proclitics (or, in a concept or counted table,
        without its inflectional endings) is an entry of ``table``."""
        memo = self._forms.get(id(table))
        got = None if memo is None else memo.get(word)
        return _memoised(self._forms, id(table), table, word, self._has_form) if got is None else got

    def _has_form(self, table: Table, word: str) -> bool:
        return any(f in table for f in self.stripped(word)) or self._lemma_in(table, word) is not None

    def stripped(self, word: str) -> tuple[str, ...]:
        """strip_clitics' forms of ``word``, and after them those forms of a present-tense verb without
        the particle of the future (morphology.yaml future_prefix: وسترتفع -> سترتفع -> ترتفع)."""
        forms = strip_clitics(word)
        future = self.future_prefix
        if not future or future not in word:
            return forms
        n = len(future)
        bare = tuple(f[n:] for f in forms if f.startswith(future) and len(f) - n >= AGREEING_VERB
                     and f[n] in self.agreement_prefixes)
        return (*forms, *bare) if bare else forms

    def starts_none(self, group: str, tables: tuple[Table, ...], word: str) -> bool:
        """Whether no phrase of any of ``tables`` may start with the token ``word``: lookup then finds
        nothing there in any of them. Memoised per ``group``, the name the caller gives those tables."""
        return _memoised(self._none_start, group, tables, word, self._starts_none_of)

    def _starts_none_of(self, tables: tuple[Table, ...], word: str) -> bool:
        return all(self._start(table, word) is False for table in tables)

    def word_concept(self, word: str) -> str | None:
        """The concept the word ``word`` names alone: ``concepts[lookup(concepts, [word], 0)]``, or
        None (memoised: the answer depends on the word alone)."""
        memo = self._word_concepts
        if word in memo:
            return memo[word]
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        hit = self.lookup(self.concepts, [word], 0)
        got = memo[word] = self.concepts[hit[0]] if hit is not None else None
        return got

    def lookup(self, table: Table, tokens: list[str], start: int) -> tuple[str, int] | None:
        """Longest phrase of ``table`` starting at ``tokens[start]``: (key, number of tokens)."""
        memo = self._starts.get(id(table))  # the hottest look-up: opens() and _span() in one memo
        got = None if memo is None else memo.get(tokens[start])
        if got is None:
            got = self._start(table, tokens[start])
        if got is False:
            return None
        if isinstance(got, str):
            return got, 1
        # (min and max of two ints are written out on the hot paths: each builtin call costs about as much
        # as the rest of a memo hit)
        stop = start + (got if got < self.max_words else self.max_words)
        if stop > len(tokens):
            stop = len(tokens)
        run = tuple(tokens[start:stop])
        found = _run_memo(self._found, table)
        if run in found:
            return found[run]
        best = found[run] = self._longest(table, tokens, start, stop)
        return best

    def _longest(self, table: Table, tokens: list[str], start: int, stop: int) -> tuple[str, int] | None:
        """Longest phrase of ``table`` over ``tokens[start:stop]`` starting at ``tokens[start]``."""
        best: tuple[str, int] | None = None
        for end in range(start + 1, stop + 1):
            key = " ".join(tokens[start:end])
            if key in table:
                best = (key, end - start)
            elif end > start + 1 and self.lang == "ar":
                # A phrase whose first word carries a proclitic ("والدين العام", "بالناتج المحلي"), or
                # whose later words carry the article that makes a construct definite: "مناصب الشغل"
                # is the entry "مناصب شغل", "فرص العمل" is "فرص عمل".
                rest = " ".join(tokens[start + 1 : end])
                bare = " ".join(_without_article(t) for t in tokens[start + 1 : end])
                hit = next((f"{first} {tail}" for tail in dict.fromkeys((rest, bare))
                            for first in strip_clitics(tokens[start]) if f"{first} {tail}" in table), None)
                if hit is not None:
                    best = (hit, end - start)
            elif end == start + 1:
                single = self._single(table, tokens[start])
                if single is not None:
                    best = (single, 1)
        return best

    def _single(self, table: Table, token: str) -> str | None:
        """The one-word entry ``token`` is a form of: without proclitics, else without endings."""
        if self.lang == "ar":
            for form in strip_clitics(token)[1:]:
                # (a currency word of two letters is read only as a whole token: بين is "between", no
                # ب before ين, the yen)
                if form in table and (len(form) > 2 or table is not self.cur_after):
                    return form
        return self._lemma_in(table, token)

    def covers(self, table: Table, tokens: list[str], k: int, *, longer_than: int = 0,
               before: bool = False) -> bool:
        """Whether a phrase of ``table`` of more than ``longer_than`` tokens covers ``tokens[k]``,
        starting at it or before it (strictly before, with ``before``)."""
        # What lookup would read first (its memo): none starts here, a one-token entry, or the most
        # tokens one may have; a start whose phrases cannot reach k or are too short is passed over.
        memo = self._starts.get(id(table))  # (fetched again only when _start may have made it)
        first = k - self.max_words + 1
        for j in range(first if first > 0 else 0, k if before else k + 1):
            got = None if memo is None else memo.get(tokens[j])
            if got is None:
                got = self._start(table, tokens[j])
                memo = self._starts.get(id(table))
            if got is False:
                continue
            need = k - j + 1 if k - j >= longer_than else longer_than + 1
            if isinstance(got, str):
                if need <= 1:
                    return True
                continue
            if got < need:
                continue
            hit = self.lookup(table, tokens, j)
            if hit is not None and j + hit[1] > k and hit[1] > longer_than:
                return True
        return False

    def lookback(self, table: Table, tokens: list[str], end: int) -> tuple[str, int] | None:
        """Longest phrase of ``table`` ending just before ``tokens[end]``: (key, number of tokens)."""
        if end <= 0:
            return None
        memo = self._ends.get(id(table))  # closes() and the longest phrase ending here, in one memo
        got = None if memo is None else memo.get(tokens[end - 1])
        if got is None:
            got = self._end(table, tokens[end - 1])
        if got is False:
            return None
        if isinstance(got, str):
            return got, 1
        most = min(self.max_words, end, got)
        run = tuple(tokens[end - most : end])
        found = _run_memo(self._found_back, table)
        if run in found:
            return found[run]
        hit = found[run] = self._longest_back(table, tokens, end, most)
        return hit

    def _longest_back(self, table: Table, tokens: list[str], end: int, most: int) -> tuple[str, int] | None:
        """Longest phrase of ``table`` of at most ``most`` tokens ending just before ``tokens[end]``."""
        for n in range(most, 0, -1):
            key = " ".join(tokens[end - n : end])
            if key in table:
                return key, n
            if self.lang == "ar":
                rest = tokens[end - n + 1 : end]
                for form in strip_clitics(tokens[end - n])[1:]:
                    k2 = " ".join([form, *rest])
                    if k2 in table:
                        return k2, n
        return None

    def _opens_phrase(self, table: Table, first: str) -> bool | str:
        """Whether a phrase of ``table`` may start with the token ``first``: False (none can), the
        entry itself when only a form without proclitics is one ("بالعراق" -> "العراق"), else True."""
        firsts = self.firsts(table)
        if first in firsts:
            return True
        if self.lang != "ar":
            return self._lemma_in(table, first) or False
        forms = strip_clitics(first)
        longer = self._phrase_lens(table)[0]
        for form in forms[1:]:
            if form in table:
                # the entry, unless a longer phrase starts with it ("للتضخم الأساسي": core inflation)
                return True if longer.get(form, 1) > 1 else form
        return any(f in firsts for f in forms[1:]) or self._lemma_in(table, first) or False

    def lemmas(self, word: str) -> tuple[str, ...]:
        """The forms of ``word`` without its inflectional endings (and, in Arabic, its proclitics):
        "killings" -> killing, kill; "والاعتقالات" -> اعتقال, اعتقاله. The word itself is not listed."""
        got = self._lemmas.get(word)
        if got is None:
            if len(self._lemmas) >= _MEMO_MAX:
                self._lemmas.clear()
            got = self._lemmas[word] = self._compute_lemmas(word)
        return got

    def _compute_lemmas(self, word: str) -> tuple[str, ...]:
        if not self.endings or not word.isalpha():
            return ()
        frontier = list(self.stripped(word)) if self.lang == "ar" else [word]  # the word itself first
        if any(f in self.not_inflected for f in frontier):
            return ()  # "projected"; "والدولية": its proclitics off, a word whose endings are no inflection
        found: list[str] = []
        # A present-tense verb agrees with its subject by its prefix (تستفيد، يستفيد): an entry is
        # written with morphology.yaml's verb_entry_prefix, and a word with another of its
        # agreement_prefixes is read as that form too.
        entry = self.verb_entry_prefix
        if entry:
            frontier += [entry + form[1:] for form in frontier if len(form) >= AGREEING_VERB
                         and form[0] != entry and form[0] in self.agreement_prefixes]
        seen = set(frontier)
        found += frontier[1:]
        for _ in range(self.max_strips):
            following: list[str] = []
            for form in frontier:
                for ending, replacement in self.endings:
                    if not form.endswith(ending) or len(form) - len(ending) < self.min_stem:
                        continue
                    stem = form[: len(form) - len(ending)]
                    candidates = [stem + replacement]
                    if self.undouble and not replacement and len(stem) > self.min_stem \
                            and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                        candidates.append(stem[:-1])  # "shipped" -> shipp -> ship
                    for lemma in candidates:
                        if lemma not in seen:
                            seen.add(lemma)
                            following.append(lemma)
            found += following
            frontier = following
        return tuple(found)

    def _lemma_in(self, table: Table, word: str) -> str | None:
        """The entry of a morphological table (concepts, counted) that ``word`` inflects, if any."""
        if id(table) not in self._morph_tables:
            return None
        if any(f in other for other in (self.concepts, self.counted) for f in strip_clitics(word)):
            return None  # spelled out in a table: "أسرة" is a family (counted), not the verb أسر
        for lemma in self.lemmas(word):
            if lemma in table:
                return lemma
        return None

    def _closes_phrase(self, table: Table, last: str) -> bool | str:
        if last in self.lasts(table):
            return True
        if self.lang != "ar":
            return self._lemma_in(table, last) or False
        form = next((f for f in strip_clitics(last)[1:] if f in table), None)
        return form or self._lemma_in(table, last) or False


AGREEING_VERB = 4  # letters of a present-tense verb with its prefix (تتوزع; تضم is too short to tell)

# Per-table memo of what a token is to a table; cleared when it grows past this many tokens.
_MEMO_MAX = 200_000
_FOUND_MAX = 8_192  # runs of tokens whose phrase lookup and lookback remember, per table (cleared when full)


def _memoised(store: dict[K, dict[str, V]], key: K, table: T, word: str, compute: Callable[[T, str], V]) -> V:
    """``compute(table, word)``, remembered under ``key`` (the table's id: tables are fixed once loaded;
    or a name the caller gives a group of tables)."""
    memo = store.get(key)
    if memo is None:
        memo = store[key] = {}
    got = memo.get(word)
    if got is None:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        got = memo[word] = compute(table, word)
    return got


def _run_memo(store: dict[int, RunMemo], table: Table) -> RunMemo:
    """The per-table memo of phrase look-ups over runs of tokens, emptied when it holds _FOUND_MAX."""
    memo = store.get(id(table))
    if memo is None:
        memo = store[id(table)] = {}
    elif len(memo) >= _FOUND_MAX:
        memo.clear()
    return memo


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yamlfast.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise RulesError(str(path), f"invalid YAML: {getattr(exc, 'problem', exc)}", line) from None
    except OSError as exc:
        raise RulesError(str(path), f"cannot read: {exc.strerror}") from None
    if not isinstance(data, dict):
        raise RulesError(str(path), "expected a mapping at the top level")
    return data


def _words(value: Any, path: Path, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(w, str | int) for w in value):
        raise RulesError(str(path), f"{where}: expected a list of words")
    return [phrase_key(str(w)) for w in value]


def _as_written(value: Any, path: Path, where: str) -> tuple[str, ...]:
    """A list of words kept as written (matched against the original text, not the folded view)."""
    _words(value, path, where)  # (the same checks)
    return tuple(str(w) for w in value or ())


def _keyed(section: Any, path: Path, where: str) -> list[tuple[str, list[str]]]:
    if section is None:
        return []
    if not isinstance(section, dict):
        raise RulesError(str(path), f"{where}: expected a mapping")
    return [(str(k), _words(v, path, f"{where}.{k}")) for k, v in section.items()]


def _index(section: Any, path: Path, where: str, convert: Callable[[str], V], *,
           first_wins: bool = False) -> dict[str, V]:
    """{word: convert(key)} for a section keyed by value; a word listed twice keeps the last key
    (or the first, with ``first_wins``)."""
    out: dict[str, V] = {}
    for key, words in _keyed(section, path, where):
        value = convert(key)
        for word in words:
            if not (first_wins and word in out):
                out[word] = value
    return out


def _fraction(text: str) -> Decimal:
    num, _, den = text.partition("/")
    return Decimal(num) / Decimal(den) if den else Decimal(num)


def _load_numerals(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    for role in ("units", "compound_only", "teens", "tens", "hundreds", "words", "multipliers"):
        name = {"units": "unit", "teens": "teen", "hundreds": "hundred", "words": "word",
                "multipliers": "multiplier"}.get(role, role)
        for value, words in _keyed(data.get(role), path, role):
            for w in words:
                lex.numbers.setdefault(w, NumWord(Decimal(value), name))
    for w in _words(data.get("ten"), path, "ten"):
        lex.numbers.setdefault(w, NumWord(Decimal(10), "ten"))
    for value, words in _keyed(data.get("fractions"), path, "fractions"):
        for w in words:
            lex.fractions[w] = _fraction(value)
    for value, words in _keyed(data.get("shares"), path, "shares"):
        for w in words:
            lex.shares[w] = _fraction(value)
            if lex.lang == "ar" and " " not in w:
                for suffix in ("ها", "هم", "هما", "هن"):  # نصفها: half of it, a share of a whole just named
                    lex.shares.setdefault(w + suffix, _fraction(value))
                    lex.share_pronoun.add(w + suffix)
    lex.ratio.update(_words(data.get("ratio"), path, "ratio"))
    lex.share_blockers.update(_words(data.get("share_blockers"), path, "share_blockers"))
    lex.share_marked.update(_words(data.get("share_marked"), path, "share_marked"))
    lex.share_cues.update(_words(data.get("share_cues"), path, "share_cues"))
    lex.share_after.update(_words(data.get("share_after"), path, "share_after"))
    lex.one_not_before.update(_words(data.get("one_not_before"), path, "one_not_before"))
    lex.one_not_after.update(_words(data.get("one_not_after"), path, "one_not_after"))
    lex.adjective_numbers.update(_words(data.get("adjective_numbers"), path, "adjective_numbers"))
    lex.decimal_point.update(_words(data.get("decimal_point"), path, "decimal_point"))
    lex.negative.update(_words(data.get("negative"), path, "negative"))
    lex.connectors.update(_words(data.get("connectors"), path, "connectors"))
    lex.adjectives.update(_words(data.get("adjectives"), path, "adjectives"))


def _load_scales(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    for exponent, forms in (data.get("scales") or {}).items():
        for form in ("singular", "plural", "dual"):
            for w in _words((forms or {}).get(form), path, f"scales.{exponent}.{form}"):
                lex.scales[w] = ScaleWord(int(exponent), form)


def _load_qualifiers(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.qual_before.update(_index(data.get("before"), path, "before", str))
    lex.qual_after.update(_index(data.get("after"), path, "after", str))
    lex.approx_below.update(_words(data.get("approx_below"), path, "approx_below"))
    stray = sorted(w for w in lex.approx_below if lex.qual_before.get(w) != "approx")
    if stray:
        raise RulesError(str(path), f"approx_below: {stray[0]!r} is no approximation of before.approx")
    distant = data.get("verbs_before_subject") or {}
    if not isinstance(distant, dict):
        raise RulesError(str(path), "verbs_before_subject: expected a mapping (reach, words)")
    lex.qual_distant.update(_words(distant.get("words"), path, "verbs_before_subject.words"))
    lex.qual_distant_last.update(w.split(" ")[-1] for w in lex.qual_distant)
    lex.qual_distant_stops.update(_words(distant.get("stops"), path, "verbs_before_subject.stops"))
    unknown = sorted(w for w in lex.qual_distant if w not in lex.qual_before)
    if unknown:
        raise RulesError(str(path),
                         f"verbs_before_subject.words: not an entry of before: {', '.join(unknown)}")
    reach = distant.get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        raise RulesError(str(path), "verbs_before_subject.reach: expected a whole number of words")
    lex.qual_reach = reach
    lex.qual_split.update(_words(distant.get("split"), path, "verbs_before_subject.split"))
    lex.qual_split_last.update(w.split(" ")[-1] for w in lex.qual_split)
    unknown = sorted(w for w in lex.qual_split if w not in lex.qual_before or " " not in w)
    if unknown:
        raise RulesError(str(path), "verbs_before_subject.split: not an entry of before of a verb and its "
                                    f"preposition: {', '.join(unknown)}")
    for pair in data.get("ranges") or []:
        opener, joiner = (phrase_key(str(w)) for w in pair)
        lex.ranges.setdefault(opener, set()).add(joiner)
    lex.bare_joiners.update(_words(data.get("bare_joiners"), path, "bare_joiners"))
    lex.spans.update(_words(data.get("spans"), path, "spans"))
    lex.prepositions.update(_words(data.get("prepositions"), path, "prepositions"))
    lex.change_particles.update(_words(data.get("change_particles"), path, "change_particles"))
    lex.change.update(_words(data.get("change"), path, "change"))
    lex.year_until.update(_words(data.get("year_until"), path, "year_until"))


def _load_currencies(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    # The first code listing a word keeps it ("$" stays a dollar even if a later code lists it).
    lex.cur_after.update(_index(data.get("after"), path, "after", str, first_wins=True))
    lex.cur_before.update(_index(data.get("before"), path, "before", str, first_wins=True))
    lex.subunits.update(_words(data.get("subunits"), path, "subunits"))
    lex.one_of.update(_words(data.get("one_of"), path, "one_of"))
    lex.minor_units.update({str(code): int(per) for code, per in (data.get("minor_units") or {}).items()})
    lex.cur_defaults.update({str(fam): str(code) for fam, code in (data.get("defaults") or {}).items()})
    for place, words in _keyed(data.get("demonyms"), path, "demonyms"):
        for w in words:
            # Arabic nisba: the feminine (ة, folded to ه), the plurals (ين، ون) and the feminine plural.
            forms = [w, w + "ه", w + "ين", w + "ون", w + "ات"] if lex.lang == "ar" else [w]
            for form in forms:
                lex.demonyms.setdefault(form, place)


def _load_units(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.percent.update(_words(data.get("percent"), path, "percent"))
    lex.percent_point.update(_words(data.get("percent_point"), path, "percent_point"))
    lex.basis_point.update(_words(data.get("basis_point"), path, "basis_point"))
    lex.measures.update(_index(data.get("measures"), path, "measures", str))
    lex.measures_before.update(_index(data.get("measures_before"), path, "measures_before", str))
    lex.measure_cues.update(_index(data.get("measure_cues"), path, "measure_cues", str))
    lex.unit_ceilings.update(_index(data.get("unit_ceilings"), path, "unit_ceilings", Decimal))
    lex.measure_units = frozenset([*lex.measures.values(), *lex.measures_before.values()])
    ages = data.get("ages") or {}
    lex.age_before.update(_words(ages.get("before"), path, "ages.before"))
    lex.age_bounds.update(_words(ages.get("bounds"), path, "ages.bounds"))
    lex.age_birthday.update(_words(ages.get("birthday"), path, "ages.birthday"))
    lex.age_people.update(_words(ages.get("people"), path, "ages.people"))
    lex.age_after.update(_words(ages.get("after"), path, "ages.after"))
    lex.age_nouns.update(_words(ages.get("nouns"), path, "ages.nouns"))
    lex.age_links.update(_words(ages.get("links"), path, "ages.links"))
    lex.age_years_before.update(_words(ages.get("years_before"), path, "ages.years_before"))
    lex.age_years_after.update(_words(ages.get("years_after"), path, "ages.years_after"))
    lex.duration.update(_index(data.get("duration"), path, "duration", str))
    lex.duration_dual.update(_index(data.get("duration_dual"), path, "duration_dual", str))
    lex.duration_heads.update(_index(data.get("duration_heads"), path, "duration_heads", str))
    lex.head_steps = frozenset(phrase_key(w) for w in _words(data.get("head_steps"), path, "head_steps"))
    lex.bounded_one.update(_index(data.get("bounded_one"), path, "bounded_one", str))
    lex.rates.update(_words(data.get("rate_words"), path, "rate_words"))
    lex.multipliers.update(_words(data.get("multipliers"), path, "multipliers"))
    lex.counted_dual.update(_index(data.get("counted_dual"), path, "counted_dual", str))
    lex.duration_gap.update(_words(data.get("duration_gap"), path, "duration_gap"))
    lex.count_cues.update(_words(data.get("count_cues"), path, "count_cues"))
    lex.dual_scores.update(_words(data.get("dual_scores"), path, "dual_scores"))
    lex.score_words.update(_words(data.get("score_words"), path, "score_words"))


def _load_calendar(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.months.update(_index(data.get("months"), path, "months", int))
    lex.hijri_months.update(_index(data.get("hijri_months"), path, "hijri_months", int))
    lex.hijri_marks.update(_words(data.get("hijri_marks"), path, "hijri_marks"))
    lex.weekdays.update(_index(data.get("weekdays"), path, "weekdays", str))
    lex.year_words.update(_words(data.get("year_words"), path, "year_words"))
    lex.year_hyphen.update(_words(data.get("year_hyphen"), path, "year_hyphen"))
    lex.day_words.update(_words(data.get("day_words"), path, "day_words"))
    lex.day_links.update(_words(data.get("day_links"), path, "day_links"))
    lex.weekday_after.update(_words(data.get("weekday_after"), path, "weekday_after"))
    lex.first_day.update(_words(data.get("first_day"), path, "first_day"))
    lex.month_cues.update(_words(data.get("month_cues"), path, "month_cues"))
    lex.year_duals.update(_words(data.get("year_duals"), path, "year_duals"))


def _load_concepts(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.concepts.update(_index(data.get("concepts"), path, "concepts", str))
    lex.counted.update(_index(data.get("counted"), path, "counted", str))
    lex.anaphora.update(_words(data.get("anaphora"), path, "anaphora"))
    lex.clause_breaks.update(_words(data.get("clause_breaks"), path, "clause_breaks"))
    speech = _words(data.get("speech_verbs"), path, "speech_verbs")
    lex.speech_verbs.update(fold_word(w).lower() for w in speech)
    lex.relatives.update(_words(data.get("relatives"), path, "relatives"))
    lex.predicates.update(_words(data.get("predicates"), path, "predicates"))
    lex.change_verbs.update(_words(data.get("change_verbs"), path, "change_verbs"))
    lex.complementizers.update(_words(data.get("complementizers"), path, "complementizers"))
    lex.restatements.update(_words(data.get("restatements"), path, "restatements"))
    lex.place_titles.update(_words(data.get("place_titles"), path, "place_titles"))
    lex.adjuncts.update(_words(data.get("adjuncts"), path, "adjuncts"))
    wholes = _words(data.get("whole_openers"), path, "whole_openers")
    lex.whole_openers.update(tuple(fold_word(t).lower() for t in w.split()) for w in wholes)
    lex.whole_last.update(o[-1] for o in lex.whole_openers if o)
    lex.before_only.update(_words(data.get("before_only"), path, "before_only"))


def _load_places(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.places.update(_index(data.get("places"), path, "places", str))
    # An empty place: the phrase is matched (so its place word is not) and gives no place.
    lex.places.update(dict.fromkeys(_words(data.get("not_places"), path, "not_places"), ""))
    for place, _ in _keyed(data.get("vocalized"), path, "vocalized"):
        key = next((k for k, name in lex.places.items() if name == place), None)
        if key is None:
            raise RulesError(str(path), f"vocalized: {place} has no spelling under places")
        for form in _as_written(data["vocalized"][place], path, f"vocalized.{place}"):
            lex.vocalized[fold_vocalized(form)] = key  # (read as written: folding drops the shadda)
    senses = data.get("senses") or {}
    if not isinstance(senses, dict):
        raise RulesError(str(path), "senses: expected a mapping")
    for place, entry in senses.items():
        key = next((k for k, name in lex.places.items() if name == place), None) \
            if isinstance(entry, dict) else None
        if key is None:
            raise RulesError(str(path), f"senses: {place} needs 'spelled', 'cues' and a name under places")
        cues = frozenset(fold_word(w) for w in _words(entry.get("cues"), path, f"senses.{place}.cues"))
        if not cues:
            raise RulesError(str(path), f"senses: {place} names no cue words")
        for spelled in _words(entry.get("spelled"), path, f"senses.{place}.spelled"):
            if spelled not in lex.places:
                raise RulesError(str(path), f"senses: {place}: {spelled} is no spelling under places")
            lex.senses[spelled] = (key, cues)
    lex.origins.update(_words(data.get("origin_words"), path, "origin_words"))
    lex.origin_suffixes = tuple(w.lower() for w in _as_written(
        data.get("origin_suffixes"), path, "origin_suffixes"))
    lex.attributions.update(_words(data.get("attribution_words"), path, "attribution_words"))
    institutions = _words(data.get("institution_words"), path, "institution_words")
    lex.institutions.update(w.lower() for w in institutions)
    speakers = _words(data.get("speaker_words"), path, "speaker_words")
    lex.speakers.update(fold_word(w).lower() for w in speakers)
    links = _words(data.get("place_links"), path, "place_links")
    lex.place_links.update(fold_word(w).lower() for w in links)
    clocks = _words(data.get("clock_words"), path, "clock_words")
    lex.clock_words.update(fold_word(w).lower() for w in clocks)


def _load_identifiers(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.ident_before.update(_words(data.get("before"), path, "before"))
    lex.ident_after.update(_words(data.get("after"), path, "after"))
    lex.ident_bare_after.update(_words(data.get("bare_after"), path, "bare_after"))
    lex.grades.update(_words(data.get("grades"), path, "grades"))
    lex.streets.update(_words(data.get("streets"), path, "streets"))
    lex.event_names.update(_words(data.get("event_names"), path, "event_names"))
    lex.times_of_day.update(_words(data.get("times_of_day"), path, "times_of_day"))
    lex.ident_year_links.update(_words(data.get("year_links"), path, "year_links"))
    lex.names.update(_words(data.get("names"), path, "names"))
    capitalised = _words(data.get("capitalised_names"), path, "capitalised_names")
    lex.names.update(capitalised)
    lex.capitalised_names.update(capitalised)


def _load_ordinals(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    lex.ordinals.update(_index(data.get("ordinals"), path, "ordinals", int))
    lex.ordinals.update(_compound_ordinals(data, lex.ordinals, path))
    lex.rank_nouns.update(_words(data.get("rank_nouns"), path, "rank_nouns"))
    lex.position_nouns.update(_words(data.get("position_nouns"), path, "position_nouns"))


def _compound_ordinals(data: dict[str, Any], ordinals: dict[str, int], path: Path) -> dict[str, int]:
    """Ordinals of a tens word and a unit ordinal: "twenty-fifth" (tens first), "الخامس والعشرين"
    (unit first), each joined by every listed joiner; the unit ordinals are those of 1-9 plus any
    forms used only in compounds (الحادي for 1)."""
    tens = _index(data.get("compound_tens"), path, "compound_tens", int)
    if not tens:
        return {}
    units = {w: v for w, v in ordinals.items() if 1 <= v <= 9 and " " not in w}
    units.update(_index(data.get("compound_units"), path, "compound_units", int))
    joiners = data.get("compound_joiners")
    if not isinstance(joiners, list) or not joiners or not all(isinstance(j, str) for j in joiners):
        raise RulesError(str(path), "compound_joiners: expected a list of strings")
    tens_first = data.get("compound_tens_first") is True
    out: dict[str, int] = {}
    for t, tv in tens.items():
        for u, uv in units.items():
            for j in joiners:
                out[phrase_key(t + j + u if tens_first else u + j + t)] = tv + uv
    return out


def _load_morphology(lex: Lexicon, path: Path) -> None:
    """Inflectional endings for the concept and counted tables (not a word list: no examples file)."""
    lex._morph_tables = {id(lex.concepts), id(lex.counted)}
    if not path.exists():
        return
    data = _read(path)
    endings = _pairs(data.get("endings"), path, "endings")
    lex.endings = tuple(endings)
    lex.derivations = tuple(_pairs(data.get("derivations"), path, "derivations"))
    lex.compound_heads = tuple(w.lower() for w in _words(data.get("compound_heads"), path, "compound_heads"))
    for key in ("min_stem", "max_strips"):
        value = data.get(key, getattr(lex, key))
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise RulesError(str(path), f"{key}: expected a positive integer")
        setattr(lex, key, value)
    lex.undouble = data.get("undouble") is True
    _load_skeleton(lex, data.get("root_skeleton"), path)
    superlatives = _words(data.get("superlative_endings"), path, "superlative_endings")
    lex.superlative_endings = tuple(fold_word(w).lower() for w in superlatives)
    lex.not_inflected = frozenset(_words(data.get("not_inflected"), path, "not_inflected"))
    lex.verbal_noun_starts = tuple(fold_word(w) for w in _words(data.get("verbal_noun_starts"), path,
                                                                 "verbal_noun_starts"))
    lex.participle_starts = tuple(_pairs(data.get("participle_starts"), path, "participle_starts"))
    for name in ("agreement_prefixes", "agreement_conjunctions", "agreement_past_endings"):
        setattr(lex, name, tuple(fold_word(w) for w in _words(data.get(name), path, name)))
    entry = data.get("verb_entry_prefix", "")
    if not isinstance(entry, str) or (entry and fold_word(entry) not in lex.agreement_prefixes):
        raise RulesError(str(path), "verb_entry_prefix: expected one of agreement_prefixes")
    lex.verb_entry_prefix = fold_word(entry) if entry else ""
    future = data.get("future_prefix", "")
    if not isinstance(future, str):
        raise RulesError(str(path), "future_prefix: expected a string")
    lex.future_prefix = fold_word(future) if future else ""
    words = _words(data.get("function_words"), path, "function_words")
    lex.function_words = frozenset(w.lower() for w in words)
    lex.joining_words = frozenset(fold_word(w).lower() for w in _words(data.get("joining_words"), path,
                                                                        "joining_words"))
    lex.clause_joining_words = frozenset(fold_word(w).lower() for w in _words(
        data.get("clause_joining_words"), path, "clause_joining_words"))
    lex.opposing_words = frozenset(fold_word(w).lower() for w in _words(
        data.get("opposing_words"), path, "opposing_words"))
    lex.figure_links = frozenset(fold_word(w).lower() for w in _words(
        data.get("figure_links"), path, "figure_links"))
    lex.relative_pronouns = frozenset(fold_word(w).lower() for w in _words(
        data.get("relative_pronouns"), path, "relative_pronouns"))
    lex.partitive_links = _as_written(data.get("partitive_links"), path, "partitive_links")
    lex.detached_articles = _as_written(data.get("detached_articles"), path, "detached_articles")
    lex.attached_pronouns = tuple(fold_word(w).lower() for w in _words(
        data.get("attached_pronouns"), path, "attached_pronouns"))
    prefix = data.get("joining_prefix", "")
    if not isinstance(prefix, str):
        raise RulesError(str(path), "joining_prefix: expected a string")
    lex.joining_prefix = fold_word(prefix)
    ends = (*_words(data.get("locative_words"), path, "locative_words"),
            *_words(data.get("linking_words"), path, "linking_words"))
    lex.phrase_ends = frozenset(fold_word(w).lower() for w in ends)
    modifiers = _words(data.get("modifier_prepositions"), path, "modifier_prepositions")
    lex.modifier_prepositions = frozenset(fold_word(w).lower() for w in modifiers)
    irregular = (("broken_plurals", "a singular to its plurals"), ("irregular_verbs", "a verb to its forms"))
    for table, of in irregular:
        bases = data.get(table) or {}
        if not isinstance(bases, dict):
            raise RulesError(str(path), f"{table}: expected a mapping of {of}")
        for base, forms in bases.items():
            for form in _words(forms, path, f"{table}.{base}"):
                folded = fold_word(form)
                lex.irregular_forms[folded] = (*lex.irregular_forms.get(folded, ()), fold_word(str(base)))


def _load_skeleton(lex: Lexicon, data: Any, path: Path) -> None:
    if data is None:
        return
    if not isinstance(data, dict):
        raise RulesError(str(path), "root_skeleton: expected a mapping of endings, prefixes and vowels")
    endings = _words(data.get("endings"), path, "root_skeleton.endings")
    lex.skeleton_endings = tuple(sorted((fold_word(e) for e in endings), key=len, reverse=True))
    prefixes: list[tuple[str, int]] = []
    for n, pair in enumerate(data.get("prefixes") or []):
        if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], str) \
                or not isinstance(pair[1], int) or isinstance(pair[1], bool):
            raise RulesError(str(path), f"root_skeleton.prefixes[{n}]: expected [prefix, least length]")
        prefixes.append((fold_word(pair[0]), pair[1]))
    lex.skeleton_prefixes = tuple(prefixes)
    vowels = data.get("vowels", "")
    if not isinstance(vowels, str):
        raise RulesError(str(path), "root_skeleton.vowels: expected the letters as one string")
    lex.skeleton_vowels = fold_word(vowels)


def _pairs(items: Any, path: Path, key: str) -> list[tuple[str, str]]:
    """A list of [ending, replacement] pairs, folded."""
    out: list[tuple[str, str]] = []
    for n, pair in enumerate(items or []):
        if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(p, str) for p in pair):
            raise RulesError(str(path), f"{key}[{n}]: expected [ending, replacement]")
        out.append((fold_word(pair[0]), fold_word(pair[1])))
    return out


def _load_periods(lex: Lexicon, data: dict[str, Any], path: Path) -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            lex.periods[key] = _index(value, path, key, int)
        else:
            lex.periods[key] = dict.fromkeys(_words(value, path, key), 0)


LOADERS = {
    "numerals.yaml": _load_numerals,
    "scales.yaml": _load_scales,
    "qualifiers.yaml": _load_qualifiers,
    "currencies.yaml": _load_currencies,
    "units.yaml": _load_units,
    "calendar.yaml": _load_calendar,
    "concepts.yaml": _load_concepts,
    "places.yaml": _load_places,
    "identifiers.yaml": _load_identifiers,
    "ordinals.yaml": _load_ordinals,
    "periods.yaml": _load_periods,
}


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` ("ar" or "en"), read once per process."""
    base = rules_dir() / lang
    lex = Lexicon(lang)
    for name, loader in LOADERS.items():
        path = base / name
        if path.exists():
            try:
                loader(lex, _read(path), path)
            except (TypeError, ValueError, ArithmeticError, AttributeError) as exc:
                raise RulesError(str(path), f"invalid entry: {exc}") from None
    _load_morphology(lex, base / "morphology.yaml")
    lex.max_words = max(
        (len(k.split(" ")) for table in _phrase_tables(lex) for k in table), default=1
    )
    return lex


def _phrase_tables(lex: Lexicon) -> list[dict[str, Any] | set[str]]:
    return [lex.numbers, lex.scales, lex.fractions, lex.shares, lex.ratio, lex.qual_before, lex.qual_after,
            lex.cur_after, lex.cur_before, lex.percent, lex.percent_point, lex.basis_point, lex.measures,
            lex.measures_before, lex.measure_cues, lex.age_before, lex.age_birthday, lex.age_people,
            lex.age_nouns, lex.age_after, lex.age_links,
            lex.duration, lex.duration_dual, lex.bounded_one, lex.counted_dual, lex.dual_scores,
            lex.score_words, lex.duration_gap,
            lex.count_cues, lex.year_until, lex.year_hyphen, lex.one_not_before, lex.one_not_after,
            lex.adjective_numbers,
            lex.months, lex.hijri_months, lex.hijri_marks, lex.weekdays,
            lex.concepts, lex.counted, lex.places, lex.ident_before, lex.ident_after, lex.ident_bare_after,
            lex.grades, lex.streets,
            lex.event_names,
            lex.multipliers,
            lex.times_of_day, lex.names, lex.capitalised_names, lex.ordinals]


@cache
def locales() -> dict[str, dict[str, str]]:
    """Locale overlays: family word -> ISO code, per locale tag."""
    data = _read(rules_dir() / "locales.yaml")
    return {str(k): {str(f): str(c) for f, c in (v or {}).items()} for k, v in data.items()}


def first_guard(firsts: Iterable[str]) -> str:
    """A look-ahead that the character at the position is one of the first characters of ``firsts``
    (each string's own: a phrase, or a class of those a pattern may open with). Put before an
    alternation that can only start with one of them, it changes none of its matches; a pattern that
    opens with a look-behind (tried at every position of the text) then skips the rest of the
    alternation at a word that starts otherwise in one test."""
    chars = sorted({f[0] for f in firsts if f})
    return f"(?=[{''.join(re.escape(c) for c in chars)}])" if chars else ""


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so matching never retries shared prefixes."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    optional = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return f"(?:{body})?"
    return body
