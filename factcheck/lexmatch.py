"""Lexical identity: which reference fact a figure states, read from the words around it.

A concept id (killed, budget, arrivals) is a closed vocabulary; a reference fact's ``what`` ("stolen
cars", "new generating capacity added to the grid", "قيمة عقود التمويل العقاري المدعوم") and the prose
of an article are open. When no concept joins a figure to a fact, the words can: the fact's content
words, each reduced to a stem (proclitics and inflectional endings off, rules/<lang>/morphology.yaml),
are looked for among the words of the figure's sentence, the nearer the figure the more they weigh.

- Words of the figure's own stretch (back to the previous figure, or to the word that joins the two:
  "$209 billion in assets and $161.5 billion in deposits", "assets" is the 209's; on to the next,
  within the sentence) weigh 1, less for each comma between them and the figure (an appositive between two
  commas is stepped over) and for each word beyond the first three; words of the rest of the
  sentence weigh ``SENTENCE_WEIGHT``. The figure's own words ("مليون قنطار", "megawatts") weigh 1.
- A fact word shared by every candidate fact tells none apart: each word is weighted by its inverse
  frequency among the candidates (``idf``).
- ``score`` is the weighted share of the fact's content words that the figure's words hold (0..1);
  ``shared`` is how much the close words of two figures overlap (a restatement and what it restates).

Function words (rules/<lang>/morphology.yaml ``function_words``) and place names (an identity field
of their own) never count, nor words shorter than three letters, but for an Arabic word of two
letters as written (سد, a dam).

Across languages: a fact written in one language is also read in the other through the glossary
(rules/consistency/glossary.yaml: news words, English and Arabic, one meaning an entry). Each content
word of the what becomes the other language's words of its entry; a word the glossary lacks stays,
as a word no text holds, so that a what read in part weighs as little as it was read ("area treated
against desert locust": مساحة/معالجة/صحراء/جراد). A name the glossary lacks (an English word with a
capital, any Arabic word) is heard instead: the consonants it is written with in either script
(glossary.yaml ``sounds``) join "Pezeshkian's share" to بزشكيان near a figure, at ``SOUND_WEIGHT``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import regex

from factcheck.lexicon import load_lexicon, strip_clitics
from factcheck.textnorm import fold_word

WORD_RE = regex.compile(r"[\p{L}\p{M}\p{Cf}]+")  # a word of any script (digits left out)
_COMMAS = frozenset({",", "،", ";", "؛", ":", "(", ")", "\u2013", "\u2014"})
# A content word: letters, and digits inside a name that starts with a letter ("A320neo", "G20",
# "H5N1": a model or a body tells facts apart), never a number alone.
# A prefix joined by a hyphen makes one word with what follows ("semi-final" is no final, "non-oil
# revenue" no oil, "vice-president" no president), and so does an Arabic fraction before "final" ("نصف
# النهائي", the semi-final). Tried only at a word's end, after lookaheads that fail at once for most words.
_CONTENT = (r"[\p{L}\p{M}\p{Cf}]+(?:\p{Nd}+[\p{L}\p{M}\p{Cf}]*)*"
            r"(?:(?=-\p{L})(?<=(?<![\p{L}\p{M}])(?i:semi|quarter|non|vice|ex|pre|post|anti|sub|co))"
            r"-[\p{L}\p{M}\p{Cf}]+"
            r"|(?=\s+(?:ال)?نهائ)(?<=(?<![\p{L}\p{M}])[وفبل]?(?:نصف|ربع))\s+(?:ال)?نهائ[يى][ةه]?"
            r"(?![\p{L}\p{M}]))?")
CONTENT_RE = regex.compile(_CONTENT)
_MARKS = regex.compile(_CONTENT + r"|[,،;؛:()\u2013\u2014]")
SENTENCE_WEIGHT = 0.35  # a word of the sentence outside the figure's own stretch
COMMA_DECAY = 0.7  # each comma between a word and the figure
DISTANCE_DECAY = 0.92  # each word between them beyond the first NEXT_WORDS
NEXT_WORDS = 3
MIN_STEM = 3
_DERIVED_STEM = 4  # letters a stem keeps without a derivational ending
SHORT_WORD = 2  # an Arabic word this short as written is still a word (سد, a dam)
PARENTHESIS_WORDS = 6  # words between two commas that an appositive may hold
RELATIVE_WORDS = 16  # ... and a relative clause ("which set minimum pay for ...")
CLOSE = 0.5  # a word this near the figure (its own stretch, a comma or so away)


Word = frozenset[str]  # the forms of one content word: itself, without clitics, without endings


@lru_cache(maxsize=65536)
def forms(lang: str, word: str) -> Word:
    """The forms of a folded word (without proclitics, without inflectional endings, Arabic without
    its article) of at least three letters; empty for a function word (as written or without its
    proclitics), a short word or digits. An Arabic word of two letters as written (سد, حج) is a word
    of its own, no form of it stripped."""
    if not word.isalpha():
        if "-" in word and word.replace("-", "").isalpha():
            return frozenset({word, word.replace("-", "")})  # "semi-final", as one word (semifinal)
        parts = word.split()
        if len(parts) > 1 and all(p.isalpha() for p in parts):
            # "نصف النهائي" as one word, with or without the article ("نصف نهائي")
            head = parts[0][1:] if len(parts[0]) == 4 and parts[0][0] in "وفبل" else parts[0]
            return frozenset({head + "".join(p[2:] if p.startswith("ال") else p for p in parts[1:])})
        # a name with digits inside ("a320neo", "g20"): a word of its own, as written
        return frozenset({word}) if word.isalnum() and word[0].isalpha() and len(word) >= MIN_STEM \
            else frozenset()
    if len(word) < (SHORT_WORD if lang == "ar" else MIN_STEM):
        return frozenset()
    lex = load_lexicon(lang)
    bare = strip_clitics(word)
    if any(f in lex.function_words or f in lex.places for f in bare):
        return frozenset()  # a function word, or a place (an identity field of its own)
    if len(word) < MIN_STEM:
        return frozenset({word})
    found = [f for f in (*bare, *lex.lemmas(word)) if len(f) >= MIN_STEM and f not in lex.function_words]
    if lang == "ar":
        found += [f[2:] for f in found if f.startswith("ال") and len(f) - 2 >= MIN_STEM]
        # a verbal noun as its verb: انطلاق -> انطلق
        found += [f[:-2] + f[-1] for f in found if len(f) >= 5 and f[-2] == "ا"
                  and f.startswith(lex.verbal_noun_starts) and lex.verbal_noun_starts]
        # a participle as its verb's skeleton (ROOT_WEIGHT; morphology.yaml participle_starts): متراجعا
        # as تراجع (a verb with no skeleton, ارتفع of مرتفع, gives none); at full weight an agent noun
        # (متبرع, a donor) would be its act (تبرع, a donation)
        verbs = [verb for f in found if len(f) >= _PARTICIPLE_MIN and not f.startswith("ال")
                 for start, put in lex.participle_starts if (verb := _as_verb(f, start, put))]
        # a sound plural in construct drops its ن (موظفو التعليم: موظفون)
        found += [f[:-1] for f in found if f.endswith("و") and len(f) - 1 >= MIN_STEM + 1]
    # a closed compound as its tail (earthquake: quake, airstrike: strike; morphology.yaml compound_heads)
    found += [f[len(head):] for f in found for head in lex.compound_heads
              if f.startswith(head) and len(f) - len(head) >= _DERIVED_STEM]
    # without a derivational ending (valuation: valu, as valuing; morphology.yaml derivations)
    found += [f[: len(f) - len(end)] + put for f in found for end, put in lex.derivations
              if f.endswith(end) and len(f) - len(end) + len(put) >= _DERIVED_STEM]
    # a plural or a verb form no ending makes as its base (القضاة: قاض; children: child; paid: pay;
    # morphology.yaml broken_plurals, irregular_verbs)
    found += [one for f in found for one in lex.irregular_forms.get(f, ())]
    if lex.skeleton_vowels:
        found += [ROOT + sk for f in found if not f.startswith("ال") and (sk := skeleton(lang, f))]
    if lang == "ar":
        found += [ROOT + sk for verb in verbs if (sk := skeleton(lang, verb))]
    return frozenset(found)


_PARTICIPLE_MIN = 5  # letters of a participle read as its verb (not مثل، منح)
_FEMININE = "\u0629"  # ة, dropped from a participle before it is read as its verb (منخفضة)


def _as_verb(word: str, start: str, put: str) -> str | None:
    """The verb of a participle that opens with ``start`` ("?" any letter), its start replaced by
    ``put`` (the same letter at its "?"), a feminine ending dropped; None when it opens otherwise."""
    stem = word.removesuffix(_FEMININE)
    if len(stem) < len(start) + 2 or any(c != "?" and stem[k] != c for k, c in enumerate(start)):
        return None
    return "".join(stem[start.index("?")] if c == "?" else c for c in put) + stem[len(start):]


ROOT = "\x01"  # starts a skeleton form: it matches only another word's skeleton, at ROOT_WEIGHT
ROOT_WEIGHT = 0.6
_ROOT_LETTERS = (3, 4)  # a skeleton of fewer letters names too many words; more, no root


@lru_cache(maxsize=65536)
def skeleton(lang: str, word: str) -> str | None:
    """The consonant skeleton of a word without clitics or article (morphology.yaml root_skeleton): up
    to two endings off (هاتفيا: the tanween, then the nisba), one pattern prefix off, the long vowels
    out after the first letter, a doubled letter once; None unless 3 or 4 letters are left."""
    lex = load_lexicon(lang)
    stem = word
    for _ in range(2):
        end = next((e for e in lex.skeleton_endings if stem.endswith(e) and len(stem) - len(e) >= 3), None)
        if end is None:
            break
        stem = stem[: len(stem) - len(end)]
    for prefix, least in lex.skeleton_prefixes:
        if stem.startswith(prefix) and len(stem) >= least:
            stem = stem[len(prefix) :]
            break
    letters = stem[:1] + "".join(c for c in stem[1:] if c not in lex.skeleton_vowels)
    out: list[str] = []
    for c in letters:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out) if _ROOT_LETTERS[0] <= len(out) <= _ROOT_LETTERS[1] else None


def phrase_lang(text: str) -> str:
    """The language of a phrase by its script: Arabic if it holds an Arabic letter, else English."""
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def _folded(word: str) -> str:
    return fold_word(word).lower()


def phrase_words(phrase: str) -> dict[str, tuple[Word, ...]]:
    """The content words of a phrase (a fact's ``what``) as their forms, each word once, by language;
    a language the phrase is not written in gets them through the glossary (``translated``), and its
    names by their sound (``sounds``: an English word written with a capital, any Arabic word)."""
    capitals = {_folded(w) for w in CONTENT_RE.findall(phrase) if w[:1].isupper()}
    out: dict[str, dict[str, Word]] = {}
    names: dict[str, dict[str, frozenset[str]]] = {}
    for w in CONTENT_RE.findall(_without_places(_folded(phrase))):
        folded = _folded(w)
        lang = phrase_lang(folded)
        found = forms(lang, folded) if folded else frozenset()
        if found:
            out.setdefault(lang, {}).setdefault(key(found), found)
            if lang == "ar" or folded in capitals:
                names.setdefault(lang, {}).setdefault(key(found), sounds(lang, folded))
    words = {lang: tuple(found.values()) for lang, found in out.items()}
    for lang, other in (("en", "ar"), ("ar", "en")):
        if lang in words and other not in words:
            words[other] = translated(words[lang], lang, names.get(lang, {}))
    return words


def _without_places(folded: str) -> str:
    """A folded phrase with the place names of either language blanked: a place is an identity field
    of its own, and the words of a name ("the United States") would name facts by their place."""
    from factcheck.scan import scanner

    for lang in ("en", "ar"):
        places = scanner(lang).places
        if places is not None:
            folded = places.sub(" ", folded)
    return folded


UNREAD = "\x00"  # starts a form no text holds: a word the glossary does not translate


def translated(words: tuple[Word, ...], lang: str,
               names: Mapping[str, frozenset[str]] | None = None) -> tuple[Word, ...]:
    """``words`` (of ``lang``) in the other language: each word's glossary entry, as one word of the
    forms of all its equivalents; a word without an entry as an unread word (it counts, never matches)
    but for its sound, when ``names`` (by the word's key) gives it one: a name heard the same way."""
    table = _glossary(lang)
    out: dict[str, Word] = {}
    for word in words:
        found = next((table[f] for f in sorted(word) if f in table), None)
        if found is None:
            found = frozenset({UNREAD + key(word), *(names or {}).get(key(word), ())})
        out.setdefault(key(found), found)
    return tuple(out.values())


@lru_cache(maxsize=1)
def _glossary_file() -> dict[str, Any]:
    from factcheck import yamlfast
    from factcheck.rules import rules_dir

    path = rules_dir() / "glossary.yaml"
    data = yamlfast.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=2)
def _glossary(lang: str) -> dict[str, Word]:
    """Each form of a ``lang`` word of the glossary, mapped to the forms of its other-language words."""
    other = "ar" if lang == "en" else "en"
    table: dict[str, set[str]] = {}
    for entry in _glossary_file().get("entries") or ():
        theirs: set[str] = set()
        for word in entry.get(other) or ():
            theirs |= forms(other, _folded(str(word)))
        if not theirs:
            continue
        for word in entry.get(lang) or ():
            for form in forms(lang, _folded(str(word))):
                if not form.startswith(ROOT):  # (a word's skeleton is akin to it, no translation of it)
                    table.setdefault(form, set()).update(theirs)
    return {form: frozenset(theirs) for form, theirs in table.items()}


SOUND = "\x02"  # starts a name's sound: it matches only the sound of a name of the other script
SOUND_WEIGHT = 0.8  # a word's weight when it names a fact by its sound alone
SOUND_LETTERS = 3  # a name heard by fewer consonants sounds like too many words


@lru_cache(maxsize=1)
def _sound_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """glossary.yaml ``sounds``: two Latin letters of one sound, Latin letters and Arabic letters,
    each to its class of consonant."""
    data = _glossary_file().get("sounds") or {}

    def table(part: str) -> dict[str, str]:
        return {str(k): str(v) for k, v in (data.get(part) or {}).items()}

    return table("latin_pairs"), table("latin"), table("arabic")


@lru_cache(maxsize=65536)
def sound(word: str) -> str | None:
    """The consonants a folded name is heard by (glossary.yaml ``sounds``): a letter of no class (a
    vowel, a long vowel, ع) is a gap, the same class twice without a gap is one (a doubled letter), a
    final h or ة is dropped; None under ``SOUND_LETTERS`` consonants."""
    pairs, latin, arabic = _sound_table()
    letters = arabic if phrase_lang(word) == "ar" else latin
    out: list[str] = []
    gap = True
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        voiced = False  # a pair that ends in a vowel (ce, ci: a soft c) leaves a gap after it
        if pair in pairs and letters is latin:
            found: str | None = pairs[pair]
            voiced = pair[1] not in letters
            i += 2
        else:
            found = letters.get(word[i])
            i += 1
        if found is None:
            gap = True
            continue
        if found == "h" and i == len(word):
            break  # a final h (ة folds to ه): Fatah, Khalifa
        for c in found:
            if gap or not out or out[-1] != c:
                out.append(c)
            gap = False
        gap = voiced
    return "".join(out) if len(out) >= SOUND_LETTERS else None


@lru_cache(maxsize=65536)
def sounds(lang: str, word: str) -> frozenset[str]:
    """The sound forms of a folded word read as a name: an Arabic word also without its proclitics and
    its article (لبزشكيان, السيسي)."""
    bare = {word}
    if lang == "ar":
        bare.update(strip_clitics(word))
        bare.update(f[2:] for f in list(bare) if f.startswith("ال"))
    return frozenset(SOUND + s for f in bare if (s := sound(f)) is not None)


def heard(whats: Iterable[Mapping[str, tuple[Word, ...]]]) -> frozenset[str]:
    """The languages in which some fact's what (``phrase_words``) holds a name by its sound: only a
    figure of those languages needs the sounds of its own words (``figure_words``'s ``names``)."""
    return frozenset(lang for what in whats for lang, words in what.items()
                     if any(f.startswith(SOUND) for word in words for f in word))


def figure_words(text: str, span: tuple[int, int], sentence: tuple[int, int],
                 neighbours: Sequence[tuple[int, int]], lang: str, *, next_words: int = NEXT_WORDS,
                 decay: float = DISTANCE_DECAY, names: bool = False) -> dict[str, float]:
    """Each form of the content words of the figure's sentence with its weight for the figure at ``span``.

    ``neighbours``: the spans of the other quantity figures of the sentence, which close the figure's
    own stretch on either side; ``next_words`` words on either side keep their full weight, and each
    further word weighs ``decay`` times less. ``names``: also the sounds of its names (an Arabic word,
    an English word with a capital), when a fact of the other script names one (``heard``)."""
    # (a figure in parentheses before it, "تبون (74 عاما) نال", is an aside: it closes no stretch; one
    # after it, "55 million dirhams ($15 million) at a charity auction", is most often its conversion)
    # ... nor does one inside a relative clause between two commas before it ("إجمالي ما صرف في إطار
    # البرنامج، البالغة قيمته 1.2 مليار دولار على مدى أربع سنوات، إلى أكثر من 400 مليون دولار")
    # (the neighbours are in text order: the last one before the figure that closes it is the nearest)
    relatives = load_lexicon(lang).relative_pronouns
    lo = next((e for s, e in reversed(neighbours) if e <= span[0] and not _in_parentheses(text, s, e)
               and not _in_relative_aside(text, s, e, span[0], sentence[0], relatives)), sentence[0])
    hi = min([s for s, e in neighbours if s >= span[1]], default=sentence[1])
    if lo > sentence[0]:
        # "$209 billion in assets and $161.5 billion in deposits": the words after the figure before
        # it, up to the word that joins the two, are that figure's (its noun), no word of this one
        lo = _joined_after(text, lo, span[0], lang)
    if hi < sentence[1]:
        # "took 24, while the New Social Contract party ... won 20": the words after a clause's
        # joining word are the next figure's, no word of this one
        hi = _joined_before(text, span[1], hi, lang)
        # "received 777,525 votes to Ortega's 579,886": a possessive right before the next figure
        # names that figure's holder
        hi = _owner_before(text, span[1], hi)
        # "debts of around 900 million pounds and a pension deficit of more than 600 million": the
        # noun a link word ties to the next figure, after a joining word, is that figure's
        hi = _linked_before(text, span[1], hi, lang)
    # "حصد أكثر من 2.8 مليون صوت في مواجهة ... نبيل القروي": the words after the opponent's word name
    # the other side, no word of this figure
    hi = _opposed_before(text, span[1], hi, lang)
    out: dict[str, float] = {}

    def put(word: str, weight: float) -> None:
        folded = _folded(word)
        found = forms(lang, folded) if folded else ()
        for f in found:
            got = weight * ROOT_WEIGHT if f.startswith(ROOT) else weight
            if got > out.get(f, 0.0):
                out[f] = got
        if names and found and (lang == "ar" or word[:1].isupper()):  # a name, heard
            for f in sounds(lang, folded):
                if weight * SOUND_WEIGHT > out.get(f, 0.0):
                    out[f] = weight * SOUND_WEIGHT

    for w in CONTENT_RE.findall(text, span[0], span[1]):
        put(w, 1.0)
    for step, (a, b) in ((1, (span[1], hi)), (-1, (lo, span[0]))):
        tokens = _MARKS.findall(text, a, b)
        ordered = tokens if step == 1 else tokens[::-1]
        weight = 1.0
        closing = -1  # the comma that closes an appositive (", أكبر سدود المملكة،"): on past it as before
        skipped = 0  # words of an appositive or a relative clause stepped over: no distance from the figure
        for distance, tok in enumerate(ordered):
            if distance == closing:
                weight /= COMMA_DECAY
                continue
            if tok in _COMMAS:
                weight *= COMMA_DECAY
                if distance > closing:
                    reach = min(len(ordered), distance + 2 + PARENTHESIS_WORDS)
                    closing = next((k for k in range(distance + 2, reach) if ordered[k] in _COMMAS), -1)
                    if closing > 0 and step == -1:
                        # "Arrivals from China, once the largest source market, came to just 3.2
                        # million": the appositive puts no distance between the subject and the figure
                        skipped = closing - distance - 1
                    if closing < 0 and step == -1:
                        # "Award wages, which set minimum pay for different industries and occupations,
                        # will rise by 5.25%": a relative clause between two commas before the figure,
                        # however long, is stepped over, its subject as near as the verb
                        reach = min(len(ordered), distance + 2 + RELATIVE_WORDS)
                        k = next((k for k in range(distance + 2, reach) if ordered[k] in _COMMAS), -1)
                        if k > 0 and _folded(ordered[k - 1]) in relatives:
                            closing, skipped = k, k - distance - 1
                continue
            put(tok, weight * decay ** max(0, distance - next_words - (skipped if distance > closing >= 0
                                                                       else 0)))
    for w in CONTENT_RE.findall(text, sentence[0], lo):
        put(w, SENTENCE_WEIGHT)
    for w in CONTENT_RE.findall(text, hi, sentence[1]):
        put(w, SENTENCE_WEIGHT)
    return out


def in_stretch(weight: float) -> bool:
    """Whether a word of figure_words' weight ``weight`` stands in the figure's own stretch (between the
    figures before and after it): a word of the rest of the sentence weighs SENTENCE_WEIGHT exactly."""
    return weight > 0.0 and abs(weight - SENTENCE_WEIGHT) > 1e-9


def _joined_after(text: str, lo: int, hi: int, lang: str) -> int:
    """Where the words of a figure start after the figure before it (at ``lo``): past the last word
    that joins two clauses or items between them (morphology.yaml joining_words: "and", "و", "فيما"),
    or at a definite noun with the joining prefix on it ("والجرحى"); else ``lo``."""
    lex = load_lexicon(lang)
    joiners, prefix = lex.joining_words, lex.joining_prefix
    if not joiners and not prefix:
        return lo
    at = lo
    for m in CONTENT_RE.finditer(text, lo, hi):
        word = _folded(m.group())
        if word in joiners:
            at = m.end()
        elif prefix and word.startswith(prefix) and len(word) > len(prefix) + 1:
            at = m.start()
    return at


def _owner_before(text: str, lo: int, hi: int) -> int:
    """Where the words of a figure end before the figure after it (at ``hi``): at a possessive right
    before that figure ("votes to Ortega's 579,886", "the Sandinistas' 579,886"), which names its
    holder; else ``hi``."""
    end = len(text[lo:hi].rstrip()) + lo
    if end - lo >= 2 and text[end - 1] in "sS" and text[end - 2] in "'\u2019":
        end -= 2  # Ortega's
    elif end - lo >= 1 and text[end - 1] in "'\u2019":
        end -= 1  # the Sandinistas'
    else:
        return hi
    start = end
    while start > lo and WORD_RE.match(text[start - 1]):
        start -= 1  # back over the owner's word
    return start if start < end else hi


def _joined_before(text: str, lo: int, hi: int, lang: str) -> int:
    """Where the words of a figure end before the figure after it (at ``hi``): at the first word
    between them that joins two clauses (morphology.yaml clause_joining_words: "while", "فيما");
    else ``hi``."""
    return _first_word(text, lo, hi, load_lexicon(lang).clause_joining_words)


def _linked_before(text: str, lo: int, hi: int, lang: str) -> int:
    """Where the words of a figure end before the figure after it (at ``hi``) when the last word
    between them ties that figure to its noun (morphology.yaml figure_links: "of") and a joining word
    stands before that noun ("and a pension deficit of"): at the last such joining word; else ``hi``."""
    lex = load_lexicon(lang)
    if not lex.figure_links:
        return hi
    words = list(CONTENT_RE.finditer(text, lo, hi))
    if len(words) < 3 or _folded(words[-1].group()) not in lex.figure_links:
        return hi
    for m in reversed(words[:-2]):  # a noun between the joining word and the link
        if _folded(m.group()) in lex.joining_words:
            at: int = m.start()
            return at
    return hi


def _opposed_before(text: str, lo: int, hi: int, lang: str) -> int:
    """Where the words of a figure end after it: at the first word between ``lo`` and ``hi`` that names
    the figure's opponent (morphology.yaml opposing_words: "against", "مواجهة"); else ``hi``."""
    return _first_word(text, lo, hi, load_lexicon(lang).opposing_words)


def _first_word(text: str, lo: int, hi: int, words: frozenset[str]) -> int:
    """Where the first content word of ``text[lo:hi]`` that is one of ``words`` (folded) starts; else
    ``hi``."""
    if words:
        for m in CONTENT_RE.finditer(text, lo, hi):
            if _folded(m.group()) in words:
                at: int = m.start()
                return at
    return hi


_ASIDE_COMMAS = (",", "،")


def _in_relative_aside(text: str, start: int, end: int, figure: int, floor: int,
                       relatives: frozenset[str]) -> bool:
    """Whether the figure at ``text[start:end]`` stands in a clause that a comma and a relative pronoun
    open after ``floor`` and a comma closes before ``figure``: an aside of the noun before it."""
    opened = max(text.rfind(c, floor, start) for c in _ASIDE_COMMAS)  # (read back from the figure)
    if opened < 0 or not any(c in text[end:figure] for c in _ASIDE_COMMAS):
        return False
    first = CONTENT_RE.search(text, opened + 1, start)
    return first is not None and _folded(first.group()) in relatives


_ASIDE_REACH = 24  # characters a parenthesis may hold besides its figure ("(74 عاما)", "(about $9)")


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` stands alone in parentheses with a few words."""
    opened = text.rfind("(", max(0, start - _ASIDE_REACH), start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end, end + _ASIDE_REACH)
    return closed >= 0 and "(" not in text[end:closed]


@lru_cache(maxsize=65536)
def key(word: Word) -> str:
    """One name for a word's forms (its shortest, a skeleton only when it has no other)."""
    return min(word, key=lambda f: (f.startswith((ROOT, SOUND)), len(f), f))


def shown(hits: Iterable[str]) -> str:
    """Word keys as the evidence shows them: a name the glossary lacks as written (its key is marked as
    unread, and it was met by its sound)."""
    return ", ".join(h.lstrip(UNREAD) for h in hits)


def idf(facts: Iterable[tuple[Word, ...]]) -> dict[str, float]:
    """Inverse frequency of each content word among the candidate facts' words."""
    df: dict[str, int] = {}
    n = 0
    for words in facts:
        n += 1
        for w in {key(w) for w in words}:
            df[w] = df.get(w, 0) + 1
    return {w: math.log(1 + n / d) for w, d in df.items()}


def score(fact: tuple[Word, ...], words: Mapping[str, float],
          weights: Mapping[str, float]) -> tuple[float, list[str]]:
    """The weighted share of the fact's content words that the figure's words hold, and those held."""
    total = 0.0
    got = 0.0
    hits: list[str] = []
    for word in fact:
        weight = weights.get(key(word), 1.0)
        total += weight
        held = max((words.get(f, 0.0) for f in word), default=0.0)
        if held:
            got += weight * held
            hits.append(key(word))
    return (got / total if total else 0.0), sorted(hits)


def own_forms(text: str, lang: str) -> frozenset[str]:
    """The forms of a figure's own words ("million tons"): shared by every figure of its unit, they
    tell no two apart."""
    out: set[str] = set()
    for w in CONTENT_RE.findall(text):
        folded = _folded(w)
        if folded:
            out.update(forms(lang, folded))
    return frozenset(out)


def shared(a: Mapping[str, float], b: Mapping[str, float], leave: frozenset[str]) -> tuple[float, list[str]]:
    """How much two figures' close words (weight at least ``CLOSE``) overlap: the sum over shared words
    of the product of their weights; ``leave``: forms that do not count. The forms of one word come
    together (a word and its stripped forms), so a word counts once, by the shortest shared form."""
    common = sorted((f for f, w in a.items() if w >= CLOSE and b.get(f, 0.0) >= CLOSE and f not in leave
                     and not f.startswith(SOUND)),  # (a word's sound: the word again, for another script)
                    key=lambda f: (len(f), f))
    kept: list[str] = []
    for form in common:
        if not any(k in form for k in kept):
            kept.append(form)
    return sum(a[k] * b[k] for k in kept), kept


@lru_cache(maxsize=8)
def partitive_gap(lang: str, noun: bool) -> regex.Pattern[str] | None:
    """"37 of Uttar Pradesh's 80 seats", "3 من أصل 12": a figure, one of the language's partitive
    links (morphology.yaml partitive_links) and a few words, then its whole; with ``noun``, the part's
    noun may stand before the link and an article written apart before the whole ("11 ولاية من ولايات
    البلاد الـ18": morphology.yaml detached_articles)."""
    lex = load_lexicon(lang)
    if not lex.partitive_links:
        return None
    links = "|".join(r"\s+".join(map(regex.escape, link.split()))
                     for link in sorted(lex.partitive_links, key=len, reverse=True))
    head = r"(?:[\p{L}\p{M}]+\s+)?" if noun else ""
    article = "|".join(map(regex.escape, sorted(lex.detached_articles, key=len, reverse=True)))
    tail = f"(?:{article})?" if noun and article else ""
    words = r"(?:[\p{L}\p{M}'’]+\s+){0,3}"
    return regex.compile(rf"\s+{head}(?:{links})\s+{words}{tail}$", regex.IGNORECASE)
