"""Reference files that crashed or were accepted silently (issue 10, issue 8 section 7): each is one
error naming the file and the line, and the other files are still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.claims import Kind
from factcheck.errors import ReferenceFileError
from factcheck.references import load_reference, load_references

FACT = """\
source: S
published: {published}
facts:
  - what: ISIS operatives killed in Iraq and Syria
    value: {value}
    unit: {unit}
    period: {{start: 2024-01-01, end: {end}}}
"""


def _yaml(tmp_path: Path, published: str = "2024-07-16", value: str = '"44"', unit: str = "count",
          end: str = "2024-06-30") -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(FACT.format(published=published, value=value, unit=unit, end=end), encoding="utf-8")
    return path


def _error(path: Path) -> str:
    with pytest.raises(ReferenceFileError) as caught:
        load_reference(path)
    return str(caught.value)


@pytest.mark.parametrize(("published", "words"), [
    ("2024-02-30", "day is out of range"), ("2024-13-01", "month must be in 1..12"),
    ("0000-01-01", "year 0 is out of range")])
def test_an_impossible_publication_date_is_an_error_at_its_line(tmp_path: Path, published: str,
                                                                 words: str) -> None:
    path = _yaml(tmp_path, published=published)
    message = _error(path)
    assert message.startswith(f"{path}:2: "), message
    assert published in message and words in message


def test_an_impossible_period_date_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = _yaml(tmp_path, end="2024-02-30")
    message = _error(path)
    assert message.startswith(f"{path}:7: "), message
    assert "2024-02-30" in message


def test_a_period_that_ends_before_it_starts_is_an_error(tmp_path: Path) -> None:
    path = _yaml(tmp_path, end="2023-06-30")
    message = _error(path)
    assert message.startswith(f"{path}:7: "), message
    assert "ends" in message and "before" in message


@pytest.mark.parametrize(("char", "shown"), [("\x7f", "#x007f"), ("\x00", "#x0000"), ("\x1b", "#x001b")])
def test_a_control_character_in_yaml_is_an_error_at_its_line(tmp_path: Path, char: str, shown: str) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(f"source: S\npublished: 2024-07-16\nfacts:\n  - what: killed{char}\n    value: 4\n",
                    encoding="utf-8")
    message = _error(path)
    assert message.startswith(f"{path}:4: "), message
    assert shown in message and "\n" not in message and char not in message


@pytest.mark.parametrize("value", ["4" * 5000, '"1e999999"', '"1e-999999"', '"10e10000000000"', '"1e31"',
                                   '"-1e31"', '"1e-13"', ".inf", ".nan", '"NaN"', '"Infinity"'])
def test_a_value_beyond_what_news_states_is_an_error_at_its_line(tmp_path: Path, value: str) -> None:
    path = _yaml(tmp_path, value=value)
    message = _error(path)
    assert message.startswith(f"{path}:5: "), message
    assert len(message) - len(str(path)) < 160


@pytest.mark.parametrize("value", ['"1e30"', '"1e-12"', '"0"', '"-5"', '"0.5"'])
def test_values_within_what_news_states_are_read(tmp_path: Path, value: str) -> None:
    [ref] = load_reference(_yaml(tmp_path, value=value))
    assert ref.facts[0].value is not None


@pytest.mark.parametrize("text", ['{"facts": [{"what": "killed", "value": 1' + "0" * 5000 + "}]}",
                                  '{"facts": [{"what": "killed", "value": 1e999999}]}',
                                  '{"published": "2024-02-30", "facts": []}'])
def test_json_values_beyond_range_are_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "facts.json"
    path.write_text(text, encoding="utf-8")
    assert _error(path).startswith(f"{path}:1: ")


@pytest.mark.parametrize(("unit", "suggestion"), [("cnt", "count"), ("USDD", "USD"), ("precent", "percent"),
                                                   ("dollars", "dollar"), ("XYZ", None)])
def test_an_unknown_unit_is_an_error_with_a_suggestion(tmp_path: Path, unit: str,
                                                       suggestion: str | None) -> None:
    path = _yaml(tmp_path, unit=unit)
    message = _error(path)
    assert message.startswith(f"{path}:6: "), message
    assert f"unknown unit {unit!r}" in message
    if suggestion:
        assert "did you mean " in message and repr(suggestion) in message.partition("did you mean ")[2]
    else:
        assert "did you mean" not in message


@pytest.mark.parametrize("unit", ["count", "percent", "percentage_point", "USD", "IQD", "EUR", "dinar",
                                  "dollar", "day", "year", "CHF", "BRL", "DEM", "FRF", "ITL", "NLG"])
def test_known_units_are_read(tmp_path: Path, unit: str) -> None:
    [ref] = load_reference(_yaml(tmp_path, unit=unit))
    assert ref.facts[0].unit == unit


@pytest.mark.parametrize("unit", ["person", "people"])
def test_person_and_people_are_counts_of_people(tmp_path: Path, unit: str) -> None:
    [ref] = load_reference(_yaml(tmp_path, unit=unit))
    fact = ref.facts[0]
    assert (fact.kind, fact.unit, fact.counted) == (Kind.COUNT, "count", "people")


def test_csv_units_and_periods_are_checked_too(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("what,value,unit,period_start,period_end\nkilled,4,count,2024-01-01,2024-06-30\n"
                    "detained,5,cnt,,\n", encoding="utf-8")
    assert _error(path).startswith(f"{path}:3: ")
    path.write_text("what,value,period_start,period_end\nkilled,4,2024-06-30,2024-01-01\n", encoding="utf-8")
    assert _error(path).startswith(f"{path}:2: ")


def test_the_other_files_are_still_read(tmp_path: Path) -> None:
    bad = _yaml(tmp_path, published="2024-02-30")
    good = tmp_path / "good.yaml"
    good.write_text(FACT.format(published="2024-07-16", value='"44"', unit="count", end="2024-06-30"),
                    encoding="utf-8")
    errors: list[str] = []
    refs = load_references([str(bad), str(good)], errors)
    assert [Path(r.path).name for r in refs] == ["good.yaml"]
    assert len(errors) == 1 and errors[0].startswith(f"{bad}:2: ")


def test_every_unit_the_extractor_gives_is_a_known_unit() -> None:
    from factcheck.align import known_units
    from factcheck.lexicon import load_lexicon, locales

    units: set[str] = set()
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        units |= set(lex.cur_before.values()) | set(lex.cur_after.values()) | set(lex.duration.values())
    units |= {code for mapping in locales().values() for code in mapping.values()}
    assert units - known_units() == set()


def test_a_tag_the_safe_loader_refuses_is_an_error_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("source: S\nfacts:\n  - what: killed\n    value: !!python/object:os.system 4\n",
                    encoding="utf-8")
    message = _error(path)
    assert message.startswith(f"{path}:4: ") and "not valid YAML" in message, message


def test_a_bad_published_cell_in_csv_is_reported_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("what,value,published\nkilled,4,2024-07-16\ndetained,5,2024-02-30\n", encoding="utf-8")
    message = _error(path)
    assert message.startswith(f"{path}:3: "), message


@pytest.mark.parametrize(("period", "start", "end"), [
    ("2024-03-06", "2024-03-06", "2024-03-06"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2024", "2024-01-01", "2024-12-31"), ('"2024"', "2024-01-01", "2024-12-31"),
    ("2024-01-01/2024-06-30", "2024-01-01", "2024-06-30"), ("2023..2024-06", "2023-01-01", "2024-06-30")])
def test_a_period_may_be_one_day_month_year_or_an_interval(tmp_path: Path, period: str, start: str,
                                                           end: str) -> None:
    import datetime as dt

    path = tmp_path / "facts.yaml"
    path.write_text(f"source: S\nfacts:\n  - what: killed\n    value: 4\n    period: {period}\n",
                    encoding="utf-8")
    fact = load_reference(path)[0].facts[0]
    assert fact.period is not None
    assert (fact.period.start, fact.period.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize("period", ["last year", "2024-13", "2024-06-30/2024-01-01", "true"])
def test_another_period_form_is_an_error_at_its_line(tmp_path: Path, period: str) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(f"source: S\nfacts:\n  - what: killed\n    value: 4\n    period: {period}\n",
                    encoding="utf-8")
    message = _error(path)
    assert message.startswith(f"{path}:5: "), message
