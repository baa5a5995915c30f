"""The shared presentation helpers every format relies on."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from test_report_fixtures import AR_TEXT, REF_PATH, ar_claims, ref, ref_facts, sample_result

from factcheck.claims import Kind, Qualifier
from factcheck.findings import Against
from factcheck.report import formats


@pytest.mark.parametrize(("path", "root", "shown"), [
    ("corpus/articles/en/a.md", None, "corpus/articles/en/a.md"),
    ("corpus/articles/en/a.md", Path("corpus"), "articles/en/a.md"),
    ("corpus/articles/en/a.md", "corpus/articles/", "en/a.md"),
    ("/srv/news/ar/مقال.md", Path("/srv/news"), "ar/مقال.md"),
    ("/srv/news/a.md", Path("/elsewhere"), "/srv/news/a.md"),  # not below root: unchanged
    ("corpus/a.md", Path("/srv"), "corpus/a.md"),  # relative path, absolute root: unchanged
    ("corpus/a.md", Path("."), "corpus/a.md"),
])
def test_display_path(path: str, root: formats.Root, shown: str) -> None:
    assert formats.display_path(path, root) == shown


def test_display_error_strips_the_root_prefix_only() -> None:
    assert formats.display_error("corpus/a.md:3: bad", Path("corpus")) == "a.md:3: bad"
    assert formats.display_error("other/a.md:3: bad", Path("corpus")) == "other/a.md:3: bad"
    assert formats.display_error("corpus/a.md:3: bad", Path(".")) == "corpus/a.md:3: bad"


def test_end_position_counts_code_points_and_lines() -> None:
    pledged = ar_claims()["pledged"]
    assert formats.end_position(pledged) == (pledged.line, pledged.column + len("أكثر من 20 مليار دولار"))
    two_lines = pledged.model_copy(update={"text": "أكثر من 20\nمليار دولار"})
    assert formats.end_position(two_lines) == (pledged.line + 1, len("مليار دولار") + 1)
    assert AR_TEXT[pledged.start:pledged.end] == pledged.text


@pytest.mark.parametrize(("update", "said"), [
    ({}, "44"),
    ({"value": Decimal("20000000000"), "unit": "USD", "qualifier": Qualifier.MORE_THAN},
     "more than 20,000,000,000 USD"),
    ({"value": Decimal("12.5"), "unit": "percent", "qualifier": Qualifier.APPROX}, "about 12.5%"),
    ({"value": None, "lower": Decimal(10), "upper": Decimal(20), "qualifier": Qualifier.RANGE}, "10–20"),
    ({"value": None, "lower": Decimal(1500), "upper": None, "qualifier": Qualifier.AT_LEAST},
     "at least 1,500"),
    ({"kind": Kind.DATE, "value": None, "date": "2024-07-16", "unit": "day"}, "2024-07-16"),
])
def test_stated_value_reads_like_a_sentence(update: dict[str, object], said: str) -> None:
    assert formats.stated_value(ref_facts()["killed"].model_copy(update=update)) == said


def test_counterpart_text_adds_what_a_reference_fact_is() -> None:
    killed = ref(ref_facts()["killed"])
    assert formats.counterpart_text(killed) == "44 (ISIS operatives killed in Iraq and Syria)"
    article_side = Against(path="corpus/articles/ar/coalition.md", claim=ar_claims()["attacks"])
    assert formats.counterpart_text(article_side) == "١٥٣ هجوما"


def test_source_label_prefers_the_source_then_the_title() -> None:
    titles = formats.document_titles(sample_result())
    assert formats.source_label(ref(ref_facts()["killed"])) == "U.S. Central Command"
    assert formats.source_label(Against(path=REF_PATH, claim=ref_facts()["killed"], is_reference=True)) \
        == "reference"
    article_side = Against(path="corpus/articles/ar/coalition.md", claim=ar_claims()["attacks"])
    assert formats.source_label(article_side, titles) == "article “حصيلة عمليات التحالف”"
    assert formats.source_label(article_side) == "article"


def test_relevance_order_puts_errors_first() -> None:
    ordered = formats.by_relevance(sample_result().findings)
    assert [f.rule for f in ordered] == ["FC101", "FC102", "FC104", "FC103", "FC900"]
    assert formats.worst(sample_result().findings) is not None
    assert formats.worst(()) is None


def test_every_registered_format_renders_the_sample() -> None:
    assert set(formats.FORMATS) == {"terminal", "json", "sarif", "github", "markdown", "junit", "html"}
    for name in formats.FORMATS:
        text = formats.render(name, sample_result(), root=Path("corpus"))
        assert text.endswith("\n") and "strikes.md" in text, name


def test_quoted_arabic_in_a_message_is_cut_out_for_isolation() -> None:
    message = "'أكثر من 20 مليون دولار' states 20,000,000, but 'the reference' gives more"
    assert formats.quoted_rtl_segments(message) == [
        ("'أكثر من 20 مليون دولار'", True),
        (" states 20,000,000, but 'the reference' gives more", False),
    ]
    assert formats.quoted_rtl_segments("no quotes") == [("no quotes", False)]
    assert formats.quoted_rtl_segments("") == []
