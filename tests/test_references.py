"""Reference files: facts with their lines, concepts read from `what`, and errors a user can act on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.claims import Kind, Qualifier
from factcheck.errors import ReferenceFileError
from factcheck.references import load_reference, load_references

DATA = Path(__file__).parent / "data" / "references"


def test_yaml_facts_keep_their_line_span_and_meaning() -> None:
    [ref] = load_reference(DATA / "facts.yaml")
    assert ref.source == "U.S. Central Command"
    assert ref.published == dt.date(2024, 7, 16)
    killed, money, date, attacks = ref.facts
    text = (DATA / "facts.yaml").read_text(encoding="utf-8")
    assert killed.line == 5
    assert text[killed.start:killed.end] == "ISIS operatives killed"
    assert (killed.concept, killed.counted, killed.value) == ("killed", "members", Decimal(44))
    assert killed.place == ("Iraq", "Syria")
    assert killed.period is not None and killed.period.end == dt.date(2024, 6, 30)
    assert money.kind is Kind.MONEY and money.qualifier is Qualifier.MORE_THAN
    assert money.lower == Decimal("2E+10") and money.upper is None and money.grain == 9
    assert date.kind is Kind.DATE and date.date == "2024-07-16" and date.value is None
    assert attacks.qualifier is Qualifier.RANGE and (attacks.lower, attacks.upper) == (150, 160)


def test_json_facts_find_their_lines() -> None:
    [ref] = load_reference(DATA / "facts.json")
    spending, deficit = ref.facts
    text = (DATA / "facts.json").read_text(encoding="utf-8")
    assert spending.line == 5 and deficit.line == 7  # where each object opens
    assert text[deficit.start:deficit.end] == "planned budget deficit"
    assert spending.unit == "IQD" and spending.kind is Kind.MONEY
    assert deficit.qualifier is Qualifier.APPROX


def test_csv_rows_are_facts_grouped_by_source() -> None:
    refs = load_reference(DATA / "facts.csv")
    assert [r.source for r in refs] == ["IHEC", "Another source"]
    turnout, seats = refs[0].facts
    assert turnout.kind is Kind.PERCENT and turnout.line == 2 and turnout.lang == "ar"
    assert turnout.concept == "turnout"
    assert seats.line == 3 and seats.value == 329
    [date] = refs[1].facts
    assert date.kind is Kind.DATE and date.date == "2021-10-10" and date.line == 4


def test_a_reference_document_gives_its_claims_as_facts() -> None:
    [ref] = load_reference(DATA / "release.md")
    assert ref.source == "Central Command half-year release"
    assert any(f.value == 196 and f.concept == "operations" for f in ref.facts)
    assert ref.text is not None


@pytest.mark.parametrize(("name", "line", "words"), [
    ("bad-value.yaml", 6, "value"),
    ("unknown-key.yaml", 5, "colour"),
    ("syntax.yaml", 5, "YAML"),
    ("syntax.json", 4, "JSON"),
    ("no-what.json", 5, "what"),
    ("columns.csv", 1, "colour"),
    ("row.csv", 3, "value"),
])
def test_a_malformed_file_is_reported_at_its_line(name: str, line: int, words: str) -> None:
    path = DATA / "bad" / name
    with pytest.raises(ReferenceFileError) as caught:
        load_reference(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message


def test_load_references_collects_errors_and_keeps_the_good_files() -> None:
    errors: list[str] = []
    refs = load_references([str(DATA / "facts.yaml"), str(DATA / "bad" / "row.csv"), "missing.yaml"], errors)
    assert [r.source for r in refs] == ["U.S. Central Command"]
    assert sorted(errors) == [f"{DATA / 'bad' / 'row.csv'}:3: fact 2: value: expected a number or an ISO "
                              "date, got 'many'", "missing.yaml: no such file or directory"]


def test_a_directory_is_walked() -> None:
    errors: list[str] = []
    refs = load_references([str(DATA)], errors)
    assert {Path(r.path).name for r in refs} >= {"facts.yaml", "facts.json", "facts.csv", "release.md"}
    assert len(errors) == 7  # every file under bad/


@pytest.mark.parametrize(("name", "text"), [
    ("deep.yaml", "facts: " + "[" * 50_000 + "]" * 50_000 + "\n"),
    ("deep.json", '{"facts": ' + "[" * 50_000 + "]" * 50_000 + "}\n"),
])
def test_a_reference_nested_too_deeply_is_one_clear_error(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceFileError, match="nested too deeply"):
        load_reference(path)


def test_a_long_bad_value_is_shortened_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "facts.csv"
    path.write_text("what,value\nkilled," + "9x" * 5_000 + "\n", encoding="utf-8")
    with pytest.raises(ReferenceFileError) as caught:
        load_reference(path)
    assert len(str(caught.value)) < 200 and str(caught.value).endswith("…")


def test_a_period_mapping_may_give_years_or_months(tmp_path: Path) -> None:
    """{start: 2025, end: 2028} runs from the first day of 2025 to the last of 2028, {start: 2022-07,
    end: 2023-05} from 1 July 2022 to 31 May 2023: YAML reads the first as numbers, which are no dates."""
    path = tmp_path / "facts.yaml"
    path.write_text("source: Ministry\nfacts:\n"
                    "  - {what: energy purchases, value: \"750\", unit: count,\n"
                    "     period: {start: 2025, end: 2028}}\n"
                    "  - {what: average inflation, value: \"29.2\", unit: percent,\n"
                    "     period: {start: 2022-07, end: 2023-05}}\n", encoding="utf-8")
    [ref] = load_reference(path)
    years, months = (f.period for f in ref.facts)
    assert years is not None and (years.start, years.end) == (dt.date(2025, 1, 1), dt.date(2028, 12, 31))
    assert months is not None and (months.start, months.end) == (dt.date(2022, 7, 1), dt.date(2023, 5, 31))
    path.write_text("source: Ministry\nfacts:\n"
                    "  - {what: purchases, value: \"750\", unit: count, period: {start: 2028, end: 2025}}\n",
                    encoding="utf-8")
    with pytest.raises(ReferenceFileError, match=r"facts\.yaml:3.*ends"):
        load_reference(path)
