"""SentenceTokens (issue 12): a span's tokens sliced from its sentence's are the tokens that tokenising
the span itself gives, with a token cut by either edge cut the same way and the first gap counted from
the span's start. The extractor's windows, verb look-backs and clause rows rely on it."""

from __future__ import annotations

from fuzzgen import texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.numerals import Tok
from factcheck.scan import SentenceTokens, tokenize
from factcheck.textnorm import fold

_SETTINGS = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fields(toks: list[Tok]) -> list[tuple[str, int, int, int]]:
    return [(t.text, t.start, t.end, t.gap) for t in toks]


@_SETTINGS
@given(raw=texts, data=st.data())
def test_span_is_tokenize(raw: str, data: st.DataObject) -> None:
    text = fold(raw).text  # the extractor tokenises folded text
    cache = SentenceTokens(text)
    s_start = data.draw(st.integers(0, len(text)))
    s_end = data.draw(st.integers(s_start, len(text)))
    for _ in range(3):
        lo = data.draw(st.integers(s_start, s_end))
        hi = data.draw(st.integers(lo, s_end))
        toks, texts_, first = cache.span(lo, hi, s_start, s_end)
        assert _fields(toks) == _fields(tokenize(text, lo, hi))
        assert texts_ == [t.text for t in toks]
        whole = cache.sentence(s_start, s_end)[0]
        assert [t.start for t in toks[1:]] == [t.start for t in whole[first + 1 : first + len(toks)]]


def test_cut_tokens_and_gaps() -> None:
    text = "  الاقتصاد نما 5.2 بالمئة   في 2024"
    cache = SentenceTokens(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert _fields(cache.span(lo, hi, 0, len(text))[0]) == _fields(tokenize(text, lo, hi))


@_SETTINGS
@given(raw=texts)
def test_sentence_lists_are_its_tokens(raw: str) -> None:
    """SentenceTokens.sentence makes the tokens and their texts, starts and ends in one loop."""
    text = fold(raw).text
    toks, texts_, starts, ends = SentenceTokens(text).sentence(0, len(text))
    assert _fields(toks) == _fields(tokenize(text, 0, len(text)))
    assert (texts_, starts, ends) == ([t.text for t in toks], [t.start for t in toks], [t.end for t in toks])


def _rows_agree(text: str) -> int:
    """Compare clauses._row's two ways of building a sentence's row over the claims of ``text``; the
    number of sentences the slices built."""
    from factcheck.clauses import _Marker, _row_by_slices, _row_by_tokens
    from factcheck.extract import Extractor

    ex = Extractor("ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en")
    raws, bounds = ex.raw_claims(text)
    built = 0
    for s_start, s_end in bounds:
        members = [r for r in raws if s_start <= r.start < s_end]
        _, texts_, starts, ends = ex.tokens.sentence(s_start, s_end)
        got = _row_by_slices(text, texts_, starts, ends, members)
        if got is None:
            continue
        built += 1
        want = _row_by_tokens(text, s_start, s_end, members, ex.tokens)
        flat = [[i.raw if isinstance(i, _Marker) else i for i in row] for row in (got[0], want[0])]
        assert flat[0] == flat[1] and got[1] == want[1]
    return built


def test_clause_rows_by_slices_are_rows_by_tokens() -> None:
    """The row of words and claim markers (factcheck.clauses) copied a slice at a time is the row read
    token by token: over the corpus articles, spaced dashes and unit words inside a claim."""
    from pathlib import Path

    from factcheck.documents import iter_paths, load_document

    root = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    built = sum(_rows_agree(fold(load_document(p).prose).text) for p in iter_paths([str(root)], []))
    built += _rows_agree(fold("Output fell to 3 million barrels a day - 177 people aboard - and 5% more.\n"
                              "قتل 12 شخصا – وأصيب 30 آخرون – في 2024.").text)
    assert built > 100


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _phrase_scans_agree(text: str, spans: list[tuple[int, int]]) -> None:
    """PhraseScan gives the place regex's own matches over ``spans`` (and each sentence whole)."""
    from factcheck.extract import _sentences
    from factcheck.scan import PhraseScan, scanner

    bounds = _sentences(text)
    for lang in ("ar", "en"):
        sc = scanner(lang)
        assert sc.places is not None and sc.place_runs is not None
        scan = PhraseScan(sc.places, sc.place_runs, SentenceTokens(text), bounds)
        for lo, hi in [*spans, *bounds]:
            assert _spans(scan.matches(lo, hi)) == _spans(sc.places.finditer(text, lo, hi)), (lang, lo, hi)


@_SETTINGS
@given(raw=texts, data=st.data())
def test_phrase_scan_is_the_regex(raw: str, data: st.DataObject) -> None:
    text = fold(raw).text
    spans = []
    for _ in range(4):
        lo = data.draw(st.integers(0, len(text)))
        spans.append((lo, data.draw(st.integers(lo, len(text)))))
    _phrase_scans_agree(text, spans)


def test_phrase_scan_reads_clitics_spacing_and_cut_words() -> None:
    """Places with clitics, spelled with any spacing between their words or none, a name cut by the
    span's end (every span of a text), and the corpus articles over random spans of their sentences."""
    import random
    from pathlib import Path

    from factcheck.documents import iter_paths, load_document
    from factcheck.extract import _sentences

    text = fold("وللعراق والعراقية في ابو  ظبي وابوظبي، بالاردن ولبنان. u.s. troops in new  york and newyork;"
                " new york's\nفي سوريا").text
    every = [(lo, hi) for lo in range(len(text) + 1) for hi in range(lo, len(text) + 1)]
    _phrase_scans_agree(text, every)
    rng = random.Random(12)
    root = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    for path in iter_paths([str(root)], []):
        article = fold(load_document(path).prose).text
        spans = []
        for s_start, s_end in _sentences(article):
            lo = rng.randint(s_start, s_end)
            spans += [(lo, rng.randint(lo, s_end)), (s_start, s_end)]
        _phrase_scans_agree(article, spans)


def _anchors_hold(text: str) -> int:
    """Every match of context._named_pattern in a sentence of ``text`` holds one of _named_anchors as a
    whole token of the sentence (_named_periods skips a sentence with none); the matches seen."""
    from factcheck.context import _named_anchors, _named_pattern
    from factcheck.extract import _sentences

    tokens = SentenceTokens(text)
    seen = 0
    for lang in ("ar", "en"):
        pattern, anchors = _named_pattern(lang), _named_anchors(lang)
        if anchors is None:
            continue  # (English: "a year ago" opens with the article, and no sentence is skipped)
        for s_start, s_end in _sentences(text):
            words = tokens.sentence(s_start, s_end)[1]
            found = list(pattern.finditer(text, s_start, s_end))
            assert not found or not anchors.isdisjoint(words), (lang, text[s_start:s_end])
            seen += len(found)
    return seen


@_SETTINGS
@given(raw=texts)
def test_named_periods_hold_an_anchor(raw: str) -> None:
    _anchors_hold(fold(raw).text)


def test_named_periods_hold_an_anchor_in_the_corpus() -> None:
    from pathlib import Path

    from factcheck.documents import iter_paths, load_document

    root = Path(__file__).resolve().parent.parent / "corpus" / "articles"
    seen = sum(_anchors_hold(fold(load_document(p).prose).text) for p in iter_paths([str(root)], []))
    seen += _anchors_hold(fold("قتل 5 في كانون  الثاني وفي كانونالثاني، منذ مطلع العام، خلال الربع الثالث. "
                               "From January to June 2024, 12 died; a year earlier, in the past week 3").text)
    assert seen > 10
