"""What each figure counts: the concept and counted noun that govern it in its own clause.

A sentence is read once as a row of words and claim markers. A figure looks for its concept (an event
noun or verb: مقتل، killed, operations) and its counted noun (عنصرا، leaders) among the words of its own
clause only:

- to the right, up to the next figure, a clause mark (، , ; :) or a conjunction that opens a new event
  ("مقتل 12 واعتقال 85": واعتقال starts the next figure's clause; "40 were killed and 61 detained"),
  or a pluperfect clause that tells the noun's past ("عن 131 صيادا كانت قد احتجزتهم", "who had been
  detained");
- to the left, back to the previous figure, or to a conjunction once an earlier figure stands in the
  sentence; an embedded relative clause (", which parliament approved on 12 January 2025 ,") is
  stepped over whole, and dates and years inside the clause never cut it.

The nearest word wins, the right side on a tie; an Arabic construct (مقتل 44) and an English
participle on either side (44 killed, killed 44) are both the nearest word of their figure.
Lexicon entries match their inflected forms (Lexicon.lemmas).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck.claims import K_COUNT, K_DURATION, K_MONEY, K_PERCENT
from factcheck.lexicon import Lexicon, strip_clitics
from factcheck.raw import DUAL_NOTE, Raw
from factcheck.scan import tokenize
from factcheck.textnorm import fold_word

QUANTITY = (K_COUNT, K_MONEY, K_PERCENT, K_DURATION)
_WINDOW = 8
_HARD_STOPS = frozenset({".", ";", ":", "؛", "!", "?", "؟", "(", ")", "[", "]"})
_COMMAS = frozenset({",", "،"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})  # hyphen-minus, en dash, em dash
_LOOKAHEAD = 3  # words after a conjunction that may show it opens a new event


class _Marker:
    """A claim's place in the row of words of its sentence."""

    __slots__ = ("quantity", "raw")

    def __init__(self, raw: Raw) -> None:
        self.raw = raw
        self.quantity = raw.kind in QUANTITY


Item = str | _Marker

if TYPE_CHECKING:
    from factcheck.scan import SentenceTokens


def find(lex: Lexicon, table: dict[str, str], texts: list[str], k: int) -> tuple[str, int] | None:
    """The id of the entry of ``table`` at ``texts[k]`` and the number of its tokens."""
    hit = lex.lookup(table, texts, k)
    if hit is None:
        return None
    return table[hit[0]], hit[1]


def nearest(lex: Lexicon, table: dict[str, str], left: list[str],
            right: list[str]) -> tuple[str, int] | None:
    """The entry of ``table`` nearest the figure: (id, distance); right wins a tie."""
    best: tuple[str, int] | None = None
    memo = lex._opens.get(id(table))  # (opens' own memo, read here without a call for each word)
    if memo is None:
        memo = {}
    for d, word in enumerate(right):
        opens = memo.get(word)
        if (lex.opens(table, word) if opens is None else opens) is False \
                or (table is lex.concepts and lex.has_form(lex.before_only, word)):
            continue
        hit = _hit_at(lex, table, right, d)
        if hit is not None:
            best = (hit[0], d)
            break
    for d, k in enumerate(range(len(left) - 1, -1, -1)):
        if best is not None and d >= best[1]:
            break
        opens = memo.get(left[k])
        if (lex.opens(table, left[k]) if opens is None else opens) is False:
            continue
        hit = _hit_at(lex, table, left, k)
        if hit is not None:
            return hit[0], d
    return best


def _hit_at(lex: Lexicon, table: dict[str, str], texts: list[str], k: int) -> tuple[str, int] | None:
    """The entry of ``table`` at ``texts[k]``, unless a longer phrase covers it: of another table
    ("الولايات المتحدة" is a country, not states), or of the same one, which is then found where it
    starts ("سعر برميل النفط" is a price, though "برميل" alone counts barrels)."""
    hit = find(lex, table, texts, k)
    if hit is None:
        return None
    for other in (lex.places, lex.concepts, lex.counted):
        if lex.covers(other, texts, k, longer_than=hit[1]):
            return None
    if lex.place_titles and _titles_place(lex, texts, k, hit[1]):
        return None  # "التابعة لمحافظة أسيوط": the province's name, not the provinces a figure counts
    return hit


_TITLE_LINKS = frozenset({"of", "the"})


def _titles_place(lex: Lexicon, texts: list[str], k: int, n: int) -> bool:
    """Whether the word at ``texts[k]`` (``n`` tokens) is a place title (concepts.yaml place_titles)
    right before a place's name ("محافظة أسيوط", "the province of Hubei")."""
    if n != 1 or not isinstance(texts[k], str) or lex.place_titles.isdisjoint(strip_clitics(texts[k])):
        return False
    j = k + 1
    while j < len(texts) and texts[j] in _TITLE_LINKS:
        j += 1
    return j < len(texts) and isinstance(texts[j], str) and find(lex, lex.places, texts, j) is not None


def hyphened(text: str, end: int) -> bool:
    """Whether a hyphen joins the figure ending at ``end`` to the word after it ("six-storey",
    "three-party", "a 38-game season"): a compound modifier, whose noun is that word."""
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def _row(text: str, start: int, end: int, members: list[Raw],
         tokens: SentenceTokens | None = None) -> tuple[list[Item], list[int]]:
    """The sentence as words and claim markers, and the row position of each member (the sentence's
    tokens from ``tokens`` when given, the extractor's, else tokenised here)."""
    if tokens is not None:
        _, texts, starts, ends = tokens.sentence(start, end)
        got = _row_by_slices(text, texts, starts, ends, members)
        if got is not None:
            return got
    return _row_by_tokens(text, start, end, members, tokens)


def _row_by_slices(text: str, texts: list[str], starts: list[int], ends: list[int],
                   members: list[Raw]) -> tuple[list[Item], list[int]] | None:
    """``_row_by_tokens`` when every member has tokens of its own and no token is shared by two
    members (None otherwise): the words between the members are copied a slice at a time, a slice
    read word by word only when it holds a dash."""
    row: list[Item] = []
    where: list[int] = []
    done = 0  # the tokens before this one are in the row
    for raw in members:
        m_start, m_end = raw.start, raw.end
        a = bisect_right(ends, m_start)  # the first token that ends after the member starts
        b = bisect_left(starts, m_end, a)  # the first token that starts at or after its end
        if a >= b or a < done:
            return None  # a member with no token of its own, or a token shared with the one before
        _words(text, texts, starts, ends, done, a, row)
        where.append(len(row))
        row.append(_Marker(raw))
        unit_at = raw.unit_at
        if unit_at >= 0:
            for k in range(a, b):
                if unit_at <= starts[k]:
                    row.append(texts[k])  # "3 million barrels a day": the unit words are words of the clause
        done = b
    _words(text, texts, starts, ends, done, len(texts), row)
    return row, where


def _words(text: str, texts: list[str], starts: list[int], ends: list[int], a: int, b: int,
           row: list[Item]) -> None:
    """Add the words ``texts[a:b]`` to ``row``, a spaced dash as a stop (see _row_by_tokens)."""
    chunk = texts[a:b]
    if _DASHES.isdisjoint(chunk):
        row += chunk
        return
    for k in range(a, b):
        word = texts[k]
        if word in _DASHES and text[starts[k] - 1 : starts[k]].isspace() \
                and text[ends[k] : ends[k] + 1].isspace():
            row.append(";")
        else:
            row.append(word)


def _row_by_tokens(text: str, start: int, end: int, members: list[Raw],
                   tokens: SentenceTokens | None = None) -> tuple[list[Item], list[int]]:
    """``_row`` read token by token."""
    row: list[Item] = []
    where: list[int] = []
    n = 0
    count = len(members)
    # the span of members[n] (the claim the walk has reached), kept in locals: read for every token
    m_start, m_end = (members[0].start, members[0].end) if count else (0, 0)
    for tok in tokenize(text, start, end) if tokens is None else tokens.sentence(start, end)[0]:
        t_start = tok.start
        while n < count and m_end <= t_start:
            n += 1  # (a claim with no token of its own: none in practice)
            if n < count:
                m_start, m_end = members[n].start, members[n].end
        # a token that overlaps the claim is its own, the claim starting inside it or not ("الخمسة":
        # the figure's text leaves the article out)
        if n < count and t_start < m_end and m_start < tok.end:
            if len(where) <= n:
                where.append(len(row))
                row.append(_Marker(members[n]))
            if 0 <= members[n].unit_at <= t_start:
                row.append(tok.text)  # "3 million barrels a day": the unit words are words of the clause
            continue
        word = tok.text
        if word in _DASHES and text[t_start - 1 : t_start].isspace() \
                and text[tok.end : tok.end + 1].isspace():
            row.append(";")  # a spaced dash opens or closes an aside ("177 people aboard - 171 ..."): a stop
            continue
        row.append(word)
    while len(where) < len(members):  # keep the positions aligned with the members
        where.append(len(row))
        row.append(_Marker(members[len(where) - 1]))
    return row, where


# A conjunction written onto an Arabic word. _opens_event is True only for a word of the clause breaks
# or one that starts with these letters: the walks test that before calling it for each word.
_CONJUNCTION_LETTERS = frozenset({"و", "ف"})


def _opens_event(lex: Lexicon, row: list[Item], k: int) -> bool:
    """Whether the word at ``row[k]`` opens a new clause: a conjunction followed closely by a figure or
    an event word, or (Arabic) an event word with the conjunction و/ف attached (واعتقال)."""
    word = row[k]
    if isinstance(word, _Marker):
        return False
    if word in lex.clause_breaks:
        for item in row[k + 1 : k + 1 + _LOOKAHEAD]:
            if isinstance(item, _Marker):
                if item.quantity:
                    return True
                continue
            if item in _HARD_STOPS or item in _COMMAS:
                return False
            if lex.has_form(lex.concepts, item):
                return True
        return False
    if lex.lang == "ar" and len(word) > 3 and word[0] in _CONJUNCTION_LETTERS:
        return word not in lex.concepts and lex.has_form(lex.concepts, word[1:])
    return False


def _right(lex: Lexicon, row: list[Item], p: int) -> tuple[list[str], str | None]:
    """The words of the figure's clause after it, and the concept of an event word coordinated with
    the last one ("42 قياديا بين قتيل ومعتقل": killed and detained), if any."""
    out: list[str] = []
    for k in range(p + 1, len(row)):
        item = row[k]
        if isinstance(item, _Marker):
            if item.quantity:
                if out and row[k - 1] == out[-1] and _event_at(lex, row, k - 1) is not None \
                        and (len(out) > 1 or _adjectival(lex, row[p])):
                    # "2481 حادثا أسفرت عن إصابة 2156 شخصا": إصابة heads the 2156; not the figure's own
                    # noun right after it ("79 قتيلا وأكثر من 800 جريح"), unless the figure is a number
                    # that follows its noun ("صوتا واحدا لمرشح واحد": لمرشح is the second one's)
                    out.pop()
                break
            continue  # a date or a year inside the clause
        if item in _HARD_STOPS or item in _COMMAS \
                or ((item in lex.adjuncts or item[:1] in _ADJUNCT_FIRST) and _adjunct(lex, item)):
            break
        if out and item in _BACKGROUND_OPENERS and _background(row, k):
            break  # "عن 131 صيادا كانت قد احتجزتهم", "fishermen who had been held": the noun's past
        if (item in lex.clause_breaks or item[:1] in _CONJUNCTION_LETTERS) and _opens_event(lex, row, k):
            if out and _event_at(lex, row, k - 1) is not None and not _figure_near(row, k + 1, 1):
                if item in lex.clause_breaks:
                    return out, _event_at(lex, row, k + 1) if k + 1 < len(row) else None
                return out, _event_at(lex, [item[1:]], 0)  # ومعتقل -> detained
            break
        out.append(item)
        if len(out) >= _WINDOW:
            break
    return out, None


def _adjectival(lex: Lexicon, item: Item) -> bool:
    """Whether the figure at ``item`` is an Arabic one or two, which follow their noun as adjectives
    ("صوتا واحدا"): the word after them is no noun of theirs."""
    return lex.lang == "ar" and isinstance(item, _Marker) and item.raw.value in _ONE_TWO


_ONE_TWO = frozenset({Decimal(1), Decimal(2)})
_PLUPERFECT_AR = frozenset({"كان", "كانت", "كانوا", "كانتا", "وكان", "وكانت", "وكانوا"})
_RELATIVE_HAD = frozenset({"who", "which", "that"})
_BACKGROUND_OPENERS = _PLUPERFECT_AR | _RELATIVE_HAD  # the words _background may start at
_ADJUNCT_PREFIXES = ("ب", "وب", "فب")  # an Arabic preposition written onto the adjunct's noun
_ADJUNCT_FIRST = frozenset(prefix[0] for prefix in _ADJUNCT_PREFIXES)  # (the walks' test before _adjunct)


def _background(row: list[Item], k: int) -> bool:
    """Whether a pluperfect clause opens at ``k`` after the figure's noun ("كانت قد احتجزتهم", "who had
    been detained"), or a form of كان and a preposition of place ("كانوا في المبنى"): it tells the
    noun's past or where it was, not what the figure counts."""
    item, after = row[k], row[k + 1] if k + 1 < len(row) else None
    if not isinstance(item, str) or not isinstance(after, str):
        return False
    return (item in _PLUPERFECT_AR and (after == "قد" or after in _WHERE_AR)) \
        or (item in _RELATIVE_HAD and after == "had")


# Prepositions of place after a form of كان: "و4 مدنيين كانوا في المبنى", "كانوا على متن الطائرة":
# where the noun's people were, not what the figure counts.
_WHERE_AR = frozenset({"في", "على", "داخل", "بداخل", "ضمن", "قرب", "عند", "بين"})


def _adjunct(lex: Lexicon, word: str) -> bool:
    """A preposition that opens an adjunct after the figure ("153 billion dollars at the official
    exchange rate", "بسعر الصرف"): what follows is not what the figure counts."""
    if word in lex.adjuncts:
        return True
    if lex.lang != "ar" or not word.startswith(_ADJUNCT_PREFIXES):
        return False
    rest = word[word.index("ب") + 1 :]
    rest = rest[2:] if rest.startswith("ال") else rest
    return len(rest) >= 3 and lex.has_form(lex.concepts, rest)


def _left(lex: Lexicon, row: list[Item], p: int, earlier: bool,
          window: int = _WINDOW, through: bool = False) -> tuple[list[str], str | None]:
    """The words of the figure's clause before it, and the concept of an event word coordinated with
    the clause's own ("قتلوا أو اعتقلوا 210", "killed or detained: 210"), if any. ``earlier``: a
    figure stands before it in the sentence. ``through``: walk past other figures (the change and the
    basis of a figure reached "to": "Exports grew 5.9% last year to $3.58 trillion")."""
    out: list[str] = []
    coordinated: str | None = None
    passed = crossed = False  # walked past another figure; past a comma
    breaks = lex.clause_breaks
    arabic = lex.lang == "ar"
    k = p - 1
    while k >= 0 and len(out) < window:
        item = row[k]
        if isinstance(item, _Marker):
            if item.quantity and not (through and not crossed and _change_or_basis(row, k)):
                break  # (past a comma, a change figure is another clause's)
            passed = passed or item.quantity
            k -= 1
            continue
        if item in _HARD_STOPS:
            break
        if item in _COMMAS:
            if passed:
                break  # past another figure, the walk stays in that figure's clause
            crossed = True
            if _attribution_before(lex, row, k):
                # "بحسب المفوضية ... لشؤون اللاجئين، حاول 3 آلاف": a source's name, no event of the figure
                break
            skipped = _skip_relative(lex, row, k)
            if skipped == k - 1:
                out.append(item)  # a comma counts as a word: the other side wins a tie across it
            k = skipped
            continue
        if item in breaks and out and k > 0 and not _figure_near(row, k - 2, -1):
            coordinated = _event_at(lex, row, k - 1)
            if coordinated is not None:
                break
        if arabic and item[:1] == "و" and k > 0 and isinstance(row[k - 1], str):
            # "القتلى والجرحى 250", "بين قتيل وجريح بلغ 250": two event nouns joined by an attached و
            mine = lex.word_concept(item)
            theirs = _event_at(lex, row, k - 1) if mine is not None else None
            if mine is not None and theirs is not None and mine != theirs \
                    and not (earlier and _opens_event(lex, row, k)):
                out.append(item)
                coordinated = theirs
                break
        if earlier and (item in breaks or item[:1] in _CONJUNCTION_LETTERS) \
                and _opens_event(lex, row, k):
            if item not in breaks:
                out.append(item)  # "وأصيب 12": the event word with و attached opens this figure's clause
                near = k == 0 or _figure_near(row, k - 2, -1)
                coordinated = None if near else _event_at(lex, row, k - 1)
            break
        out.append(item)
        k -= 1
    out.reverse()
    return out, coordinated


# (folded, as the row holds them)
_BASIS_WORDS = frozenset(fold_word(w) for w in ("from", "by", "من", "بنسبة", "بمقدار"))


def _change_or_basis(row: list[Item], k: int) -> bool:
    """Whether the figure at ``row[k]`` is a change in percent or a figure after "from"/"by" ("grew
    5.9% last year to", "rose from 12 to", "ارتفعت بنسبة 13% إلى"): the change of a figure reached
    "to" later in its clause, which shares its subject."""
    item = row[k]
    if not isinstance(item, _Marker):
        return False
    before = row[k - 1] if k > 0 else None
    return item.raw.kind is K_PERCENT or (isinstance(before, str) and before in _BASIS_WORDS)


_SUBJECT_WINDOW = 24  # words back to the head of a subject before its verb (through a relative clause)


def _subject_head(lex: Lexicon, left: list[str]) -> tuple[str, int] | None:
    """"نسبة المشاركة في انتخابات مجالس المحافظات ... بلغت 45": after a verb that states a subject's
    value, the concept is the subject's head, the first concept word of the clause (Arabic heads come
    first), when the clause's first concept word stands before the verb."""
    if not left or left[-1] not in lex.predicates:
        return None
    # The subject starts after the complementizer (أن، إن) that opens its clause; without one, the
    # first concept may be the object of an earlier verb ("أقر مشروع ... بمصروفات تبلغ").
    opener = _opener(lex, left)
    if opener is None and lex.lang != "ar":
        opener = -1  # an English subject opens its clause, before its verb ("The number of ... has reached")
    return None if opener is None else _first_concept(lex, left, opener + 1)


_ARTICLES = frozenset({"the", "ال"})  # (folded: "الـ73" leaves "ال" before the figure)


def _a_whole(lex: Lexicon, row: list[Item], p: int) -> bool:
    """Whether words that make the figure at ``row[p]`` a whole stand right before it (concepts.yaml
    whole_openers: "the victims among the 73 people aboard", "من بين الركاب الـ73"): the concept words
    before them are some of it, not its own."""
    if not lex.whole_openers:
        return False
    k = p - 1
    while k >= 0 and isinstance(row[k], str) and row[k] in _ARTICLES:
        k -= 1
    if k < 0 or not isinstance(row[k], str) or row[k] not in lex.whole_last:
        return False  # (the common case, read at once: no opener ends right before the figure)
    words = [w for w in row[max(0, k - 2) : k + 1] if isinstance(w, str)]
    return any(tuple(words[-len(o):]) == o for o in lex.whole_openers if len(o) <= len(words))


def _opener(lex: Lexicon, left: list[str]) -> int | None:
    """Where the complementizer (أن، إن) that opens the figure's clause stands, if any."""
    return next((k for k in range(len(left) - 2, -1, -1) if left[k] in lex.complementizers), None)


def _first_concept(lex: Lexicon, left: list[str], start: int) -> tuple[str, int] | None:
    """The first concept word of ``left`` from ``start`` (the subject's head), with its distance."""
    for k in range(start, len(left) - 1):
        if lex.opens(lex.concepts, left[k]) is False:
            continue
        hit = _hit_at(lex, lex.concepts, left, k)
        if hit is not None:
            return hit[0], len(left) - k
    return None


_CHANGE_NEAR = 2  # words from the figure within which a concept word is its own, whatever the subject
_COUNTED_AHEAD = 6  # words after a figure where its counted noun may stand (up to a preposition of place)
TO_WORDS = frozenset({"to", "الي"})  # "إلى" as the folded text writes it


def _head_noun(lex: Lexicon, left: list[str], found: tuple[str, int]) -> tuple[str, int]:
    """The concept of the head noun when the concept word found before the figure opens a modifier of
    it (morphology.yaml modifier_prepositions): "عجز في الميزانية يناهز 6170": the deficit's, not the
    budget's. ``found``: nearest()'s concept and distance (from the figure, on the left)."""
    k = len(left) - 1 - found[1]
    if k < 2 or _hit_at(lex, lex.concepts, left, k) is None or left[k - 1] not in lex.modifier_prepositions:
        return found
    for j in (k - 2, k - 3):
        hit = _hit_at(lex, lex.concepts, left, j) if j >= 0 else None
        if hit is not None:
            return hit[0], len(left) - 1 - j
    return found


def _changed_subject(lex: Lexicon, left: list[str]) -> tuple[str, int] | None:
    """"ارتفع عدد الوفيات جراء التسمم بالميثانول في الأردن إلى 9", "The death toll from methanol
    poisoning in Jordan rose to 9": after "to" and a verb of change in the clause, with no concept word
    near the figure, the concept is the first concept word of the clause (the subject's head, before
    the verb in English, after it in Arabic)."""
    if not lex.change_verbs or not any(f in lex.change_verbs for w in left[:-1] for f in lex.stripped(w)):
        return None
    opener = _opener(lex, left)
    return _first_concept(lex, left, 0 if opener is None else opener + 1)


def _figure_near(row: list[Item], k: int, step: int) -> bool:
    """Whether a figure stands within _LOOKAHEAD items of ``row[k]`` in the direction ``step``: two
    event words with a figure beside them are two clauses, not one coordinated event."""
    for _ in range(_LOOKAHEAD):
        if not 0 <= k < len(row):
            return False
        item = row[k]
        if isinstance(item, _Marker) and item.quantity:
            return True
        if isinstance(item, str) and (item in _COMMAS or item in _HARD_STOPS):
            return False
        k += step
    return False


def _last_event(lex: Lexicon, words: list[str]) -> str | None:
    """The concept of the last word of ``words``, if it is an event word."""
    return _event_at(lex, list(words[-1:]), 0) if words else None


def _event_at(lex: Lexicon, row: list[Item] | list[str], k: int) -> str | None:
    """The concept of the event word at ``row[k]``, if it is one."""
    item = row[k]
    if isinstance(item, _Marker):
        return None
    return lex.word_concept(item)


def _attribution_before(lex: Lexicon, row: list[Item], comma: int) -> bool:
    """Whether the words before a comma, back to the clause's start, open with an attribution
    (places.yaml attribution_words: "According to the UN refugee agency,", "بحسب المفوضية ...،")."""
    k = comma - 1
    while k >= 0 and isinstance(row[k], str) and row[k] not in _COMMAS and row[k] not in _HARD_STOPS:
        k -= 1
    words = [w for w in row[k + 1 : k + 3] if isinstance(w, str)]
    if not words:
        return False
    return any(f in lex.attributions for f in strip_clitics(words[0])) \
        or " ".join(words) in lex.attributions


def _skip_relative(lex: Lexicon, row: list[Item], comma: int) -> int:
    """From a comma right of an embedded relative clause (", which ... ,"), the position left of the
    comma that opens it; from any other comma, the word before it."""
    k = comma - 1
    while k >= 0:
        item = row[k]
        if isinstance(item, str) and (item in _COMMAS or item in _HARD_STOPS):
            break
        k -= 1
    if k >= 0 and row[k] in _COMMAS and k + 1 < comma:
        opener = row[k + 1]
        if isinstance(opener, str) and any(f in lex.relatives for f in strip_clitics(opener)):
            return k - 1
    return comma - 1


def _opening_basis(lex: Lexicon, row: list[Item], first: int) -> str | None:
    """The basis of a rate that a sentence's opening phrase, set off by a comma before its first
    figure, gives all of them ("On a monthly basis, urban prices rose 2.0% after 1.6%", "وعلى أساس
    سنوي، ..."): a counted id ending in _rate, or None."""
    comma = next((k for k in range(first) if row[k] in (",", "،")), None)
    if comma is None:
        return None
    words = [w for w in row[:comma] if isinstance(w, str)]
    found = nearest(lex, lex.counted, words, [])
    return found[0] if found is not None and found[0].endswith("_rate") else None


_COUNTED_BEHIND = 4  # words before a figure where its counted noun may stand ("8 قادة", "the leaders' 8")


def _beside_concept(lex: Lexicon, left: list[str], concept: tuple[str, int]) -> tuple[str, int] | None:
    """The basis of a rate (a counted id ending in _rate) that modifies the concept word found left of
    the figure, right after it or right before it ("التضخم السنوي في المدن المصرية هبط إلى 12", "annual
    inflation in Egypt's cities slowed to 12%"): beyond _COUNTED_BEHIND, but part of the concept's own
    noun phrase. (Other counted words beside a concept word are as often its adjectives: "المهمة
    العسكرية" is no count of soldiers.)"""
    at = None
    opens = lex._opens.get(id(lex.concepts))  # (as nearest: a word that opens no concept is passed over)
    for j in range(len(left) - 1, -1, -1):
        got = None if opens is None else opens.get(left[j])
        if (lex.opens(lex.concepts, left[j]) if got is None else got) is False:
            continue
        hit = _hit_at(lex, lex.concepts, left, j)
        if hit is not None and hit[0] == concept[0]:
            at = (j, hit[1])
            break
    if at is None:
        return None  # the concept stands right of the figure
    k, length = at
    for j in (k + length, k - 1):
        if 0 <= j < len(left) - _COUNTED_BEHIND:
            found = _hit_at(lex, lex.counted, left, j)
            if found is not None and found[0].endswith("_rate"):
                return found[0], len(left) - 1 - j
    return None


_MARBUTA = ("ت", "ة")  # a feminine noun's ت before its dual ending is the ة of its singular


def _own_noun(lex: Lexicon, word: str, concept: tuple[str, int] | None
              ) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    """The concept and counted noun of a dual noun read as a count of two: the noun itself is what
    is counted ("مقتل طفلين": children; "انقلاب قاربين": the boats, not the children of the clause
    before it). A noun of the concepts names the concept ("هجومين": attacks); a noun of neither table
    is counted as itself, so that no neighbour's counted noun is taken for it."""
    folded = fold_word(word)
    own = find(lex, lex.counted, [folded], 0)
    if own is not None:
        return concept, (own[0], 0)
    named = find(lex, lex.concepts, [folded], 0)
    if named is not None:
        return (named[0], 0), None
    # its singular where the endings give one (قاربين, قاربان: قارب), so both cases are one noun,
    # spelled as written where folding kept the letters in place (مرحلتين: مرحلة, not folded مرحله)
    singular = next((lemma for lemma in lex.lemmas(folded) if lemma[:1] == folded[:1]), folded)
    if len(folded) == len(word) and singular != folded:
        n = len(singular)
        last = _MARBUTA[1] if singular[-1] == fold_word(_MARBUTA[1]) and word[n - 1] == _MARBUTA[0] \
            else word[n - 1]
        singular = word[: n - 1] + last
    return concept, (singular, 0)


# Words that end the noun phrase before a definite figure: what stands past them is no part of it.
_PHRASE_OPENERS = frozenset({"من", "في", "علي", "الي", "عن", "مع", "بين", "ان", "الذي", "التي", "الذين"})


def _definite_head(lex: Lexicon, text: str, raw: Raw, left: list[str],
                   right: list[str]) -> tuple[tuple[str, int] | None, tuple[str, int] | None] | None:
    """A figure written with the article (الـ16, العشرة) after a definite noun counts that noun: Arabic
    puts a definite numeral after the noun it counts ("جثامين الضحايا الـ16", "المتهمين العشرة", "مصافي
    الكويت الثلاث"). The concept and counted noun of the two words before it, the nearer first, else
    the concept of the words after it ("الجنود الـ28 الذين لقوا حتفهم"); None for any other figure,
    whose clause decides."""
    if lex.lang != "ar" or raw.start < 2 or text[raw.start - 2 : raw.start] != "ال":
        return None
    words = left[-3:]
    if words and words[-1] == "ال":
        words = words[:-1]
    if not words or not words[-1].isalpha() \
            or not any(f.startswith("ال") for f in (words[-1], *strip_clitics(words[-1]))):
        return None  # ("في نسخته الـ35": its 35th edition, an ordinal of a possessed noun)
    chain = words[-2:] if len(words) > 1 and words[-2].isalpha() and words[-2] not in _PHRASE_OPENERS \
        else words[-1:]
    found: list[tuple[str, int] | None] = []
    for table in (lex.concepts, lex.counted):
        hit = next((h for h in (_hit_at(lex, table, chain, k) for k in range(len(chain) - 1, -1, -1))
                    if h is not None), None)
        found.append(None if hit is None else (hit[0], 0))
    return found[0] or nearest(lex, lex.concepts, [], right), found[1]


def assign_concepts(lex: Lexicon, text: str, raws: list[Raw], bounds: list[tuple[int, int]],
                    tokens: SentenceTokens | None = None) -> None:
    """Fill concept and counted of every quantity claim from the words of its own clause (the
    sentences' tokens from ``tokens`` when given)."""
    if tokens is not None and tokens.text is not text:
        tokens = None
    starts = [b[0] for b in bounds]
    by_sentence: dict[int, list[Raw]] = {}
    for raw in raws:
        by_sentence.setdefault(bisect_right(starts, raw.start) - 1, []).append(raw)
    for s, members in by_sentence.items():
        if not any(raw.kind in QUANTITY for raw in members):
            continue
        row, where = _row(text, bounds[s][0], bounds[s][1], members, tokens)
        first = next((p for raw, p in zip(members, where, strict=True) if raw.kind in QUANTITY), len(row))
        basis = _opening_basis(lex, row, first)
        phrase_ends, speech_verbs = lex.phrase_ends, lex.speech_verbs
        for raw, p in zip(members, where, strict=True):
            if raw.kind not in QUANTITY:
                continue
            left, coordinated = _left(lex, row, p, p > first)
            right, co_right = _right(lex, row, p)
            subject = None
            if p > 0 and row[p - 1] in lex.predicates and not (
                    lex.lang != "ar" and right and _hit_at(lex, lex.concepts, right, 0) is not None):
                # (an English verb's own object right after the figure is the figure's: "Aid reached 2
                # million beneficiaries")
                subject = _subject_head(lex, _left(lex, row, p, p > first, _SUBJECT_WINDOW)[0])
            concept = subject or nearest(lex, lex.concepts, [] if _a_whole(lex, row, p) else left, right)
            if concept is not None and subject is None and lex.modifier_prepositions:
                concept = _head_noun(lex, left, concept)
            if (concept is None or concept[1] > _CHANGE_NEAR) and p > 1 and row[p - 1] in TO_WORDS:
                # "ارتفع عدد الوفيات جراء انهيار المبنى ... إلى 17": the subject's head, not the
                # nearer word of an adjunct, unless a concept word stands right beside the figure
                # (through the change and the basis the clause states first: "grew 5.9% ... to")
                walk = _left(lex, row, p, p > first, _SUBJECT_WINDOW, through=True)[0]
                concept = _changed_subject(lex, walk) or concept
            ahead = right[:_COUNTED_AHEAD]
            for d, t in enumerate(ahead):
                if t in phrase_ends:
                    ahead = ahead[:d]
                    break
            if hyphened(text, raw.end):
                ahead = ahead[:1]  # "a six-storey building housing workers": the storeys' figure
            near = left[-_COUNTED_BEHIND:]
            said = -1
            for k, w in enumerate(near):
                if w in speech_verbs:
                    said = k
            counted = nearest(lex, lex.counted, near[said + 1 :], ahead)  # not the speaker of "said"
            if counted is None and concept is not None:
                counted = _beside_concept(lex, left, concept)
            if concept is not None and co_right is not None and _last_event(lex, right) == concept[0]:
                coordinated = co_right
            elif coordinated is not None and (concept is None or len(left) - concept[1] > 2):
                coordinated = None
            if concept is not None and coordinated is not None and coordinated != concept[0]:
                # Two coordinated events govern the figure: a combined total, its own quantity.
                both = "+".join(sorted({concept[0], *coordinated.split("+")}))
                concept = (both, concept[1])
            if DUAL_NOTE in raw.evidence:
                concept, counted = _own_noun(lex, text[raw.start : raw.end], concept)
            head = _definite_head(lex, text, raw, left, right)
            if head is not None:
                concept, counted = head
            if concept is not None:
                raw.concept = concept[0]
                raw.evidence.append(f"concept {concept[0]}")
            if counted is not None:
                raw.counted = counted[0]
            elif basis is not None:
                raw.counted = basis  # "On a monthly basis, prices rose 2.0%"
            for t in right[:2]:
                if lex.has_form(lex.anaphora, t):
                    raw.evidence.append("anaphora")
                    break
