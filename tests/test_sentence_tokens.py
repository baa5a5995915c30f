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
