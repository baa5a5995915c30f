"""Hostile generated text through the extractor (issue 10): no exception, and every claim is its own
text in the original, inside its bounds, apart from the others, without white space at its edges.

The generators are tests/fuzzgen.py's, which bench/fuzz.py runs a million times; here a few thousand
examples keep CI under a minute.
"""

from __future__ import annotations

import datetime as dt

from fuzzgen import FORMS, PUBLISHED, claim_problems, document, extract, texts
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.errors import FactcheckError

_SETTINGS = settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(text=texts, form=st.sampled_from(FORMS), published=st.sampled_from(PUBLISHED))
@example(text="1/²", form="txt", published=None)
@example(text="July was the warmest month in the past 125,000 years.", form="txt",
         published=dt.date(2024, 7, 16))
@example(text="Model ＸＹ１２３ sold about 3 million units", form="txt", published=None)
@example(text="قتل 5 على الأقل 8 منهم أطفال", form="txt", published=None)
@example(text="قتل 5 في تموز العام الماضي", form="md", published=dt.date(1, 1, 1))
def test_hostile_text_keeps_every_invariant(text: str, form: str, published: dt.date | None) -> None:
    try:
        claims = extract(text, form, published)
    except FactcheckError:
        return  # a front matter that cannot be read: an input error, named as such, is the right answer
    assert claim_problems(document(text, form).text, claims) == []


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(["1", "٢", "۳", "12", "1,234", "٫", "٬", ",", ".", "،", "’",
                                       "\u00a0", "\u2009", " ", "²", "１", "-", "/"]), max_size=60))
def test_digits_and_separators_in_any_order(parts: list[str]) -> None:
    text = "".join(parts)
    assert claim_problems(text, extract(text, "txt")) == []
