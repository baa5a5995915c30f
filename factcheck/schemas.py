"""JSON Schemas of factcheck's four contracts, generated from pydantic models.

``python -m factcheck.schemas`` writes them into ``docs/schemas/`` (``--check`` only compares, for CI);
``tests/test_schemas.py`` fails when a committed schema differs from the generated one, and validates the
real output of ``extract`` and ``check`` on the bundled corpus against them. Each contract has a page
in ``docs/schemas/`` explaining every field.

- ``factcheck/extract/v1`` and ``factcheck/check/v1``: the JSON outputs. The models below mirror what
  ``factcheck.report.contract`` / ``json`` / ``extract_json`` write; every field is always present
  (``null`` or ``[]`` when the text does not say), so every field is required, and no other field is
  allowed: the schema of a release describes that release's output exactly. v1 only ever gains fields.
- The reference file (YAML or JSON; a CSV row has the same names): the validation models of
  ``factcheck.references``, with the input forms their validators also accept.
- The configuration (``.factcheck.toml`` or ``[tool.factcheck]``): ``factcheck.config.Settings``, with
  both spellings of a key (``fail-on`` and ``fail_on``) as the reader accepts.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from factcheck.claims import Kind, Qualifier
from factcheck.findings import Severity
from factcheck.generated import main as generated_main
from factcheck.generated import stale_files, write_files
from factcheck.report.contract import CHECK_SCHEMA, EXTRACT_SCHEMA
from factcheck.rules import FINDING_KINDS

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
DECIMAL_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"
# ISO 8601 as claims state dates: a day, a month, or a day or a month without a year ("--07-05", "--07").
DATE_PATTERN = r"^([0-9]{4}-[0-9]{2}(-[0-9]{2})?|--[0-9]{2}(-[0-9]{2})?)$"

DecimalString = Annotated[str, StringConstraints(pattern=DECIMAL_PATTERN)]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- factcheck/extract/v1 and factcheck/check/v1 -------------------------------------------------------


class Period(_Out):
    """The time span a claim is about; an open end is null ("since 2014": end null)."""

    start: dt.date | None = Field(description="First day of the span (ISO 8601), or null when open.")
    end: dt.date | None = Field(description="Last day of the span (ISO 8601), or null when open.")


class Claim(_Out):
    """One numeric claim and where it stands in the original file."""

    id: str = Field(description="Stable id within the document (L<line>C<column>).")
    kind: Kind = Field(description="What sort of quantity the claim states.")
    text: str = Field(description="The whole expression as written: qualifier, number, scale word, unit.")
    start: int = Field(ge=0, description="Offset of the first character, in Unicode code points.")
    end: int = Field(ge=0, description="Offset just past the last character (exclusive).")
    line: int = Field(ge=1, description="1-based line of the first character.")
    column: int = Field(ge=1, description="1-based column of the first character, in code points.")
    value: Annotated[str, StringConstraints(pattern=f"{DECIMAL_PATTERN}|{DATE_PATTERN}")] | None = Field(
        description="The stated number as a decimal string; for kind date an ISO 8601 date; null for a "
                    "range.")
    lower: DecimalString | None = Field(description="Lower bound the claim implies, or null when open.")
    upper: DecimalString | None = Field(description="Upper bound the claim implies, or null when open.")
    qualifier: Qualifier = Field(description="How the stated number relates to the true quantity.")
    unit: str = Field(description="count, percent, percentage_point, an ISO 4217 code or currency family, "
                                  "a duration unit, date, year or ordinal.")
    concept: str | None = Field(description="What is counted, as a language-independent id (killed, "
                                            "operations), or null.")
    period: Period | None = Field(description="The time span the figure is about, or null.")
    place: list[str] = Field(description="Places the figure is about, in English; [] when unstated.")
    counted: str | None = Field(description="Who or what is counted when the lexicon names it (leaders).")
    grain: int = Field(description="Power of ten of the last stated digit (\"2.5 million\" -> 5).")
    weekday: str | None = Field(description="Weekday stated beside a date (tuesday), or null.")
    lang: str = Field(description="Language of the text the claim was read from (ar, en).")
    evidence: list[str] = Field(description="The context that gave concept, period and place, in words.")


class ExtractDocument(_Out):
    """One article and every claim read from it."""

    path: str = Field(description="The file as named on the command line or found in a folder.")
    lang: str = Field(description="The article's language (front matter, page, or detected).")
    published: dt.date | None = Field(description="Publication date from the front matter or page.")
    title: str | None = Field(description="The article's title, or null.")
    claims: list[Claim] = Field(description="Every claim, in reading order.")


class ExtractOutput(_Out):
    """`factcheck extract --format json`."""

    model_config = ConfigDict(title="factcheck/extract/v1")

    schema_: Literal["factcheck/extract/v1"] = Field(alias="schema", description="The contract's name.")
    documents: list[ExtractDocument] = Field(description="One entry per article read.")


class Against(_Out):
    """The other side of a comparison: a claim of another article, or a fact of a reference."""

    path: str = Field(description="The other article or the reference file.")
    claim: Claim = Field(description="Its claim; for a reference fact, text is the fact's what phrase.")
    source: str | None = Field(description="Who states it (the reference's source), or null.")
    url: str | None = Field(description="The reference's url, or null.")
    is_reference: bool = Field(description="True for a reference fact, false for another article.")


class Finding(_Out):
    """One discrepancy, or an unsupported claim at level info."""

    rule: str = Field(pattern=r"^FC[0-9]{3}$", description="Stable rule code (docs/rules/).")
    kind: str = Field(description="The check that found it.",
                      json_schema_extra={"enum": list(FINDING_KINDS)})  # the rules' kinds, whatever they are
    severity: Severity = Field(description="error, warning or info.")
    path: str = Field(description="The article holding the claim.")
    claim: Claim = Field(description="The claim found wrong or unsupported.")
    against: Against | None = Field(description="The counterpart it disagrees with; null for FC900 and "
                                                "checks within one claim (a weekday).")
    message: str = Field(description="One sentence for a reader.")
    name: str = Field(description="The rule's dotted name (value.mismatch).")
    evidence: list[str] = Field(description="Why the two sides were taken as one quantity.")
    related: list[Against] = Field(description="Further claims involved (the parts of a sum).")


class Verified(_Out):
    """A claim that matched a counterpart and agrees with it."""

    path: str = Field(description="The article holding the claim.")
    claim: Claim = Field(description="The claim.")
    against: Against = Field(description="The counterpart that agrees.")
    evidence: list[str] = Field(description="Why the two sides were taken as one quantity.")


class Summary(_Out):
    """Counts for the whole run."""

    documents: int = Field(ge=0, description="Articles checked.")
    claims: int = Field(ge=0, description="Claims extracted from them.")
    findings: int = Field(ge=0, description="Findings reported (after suppressions and the baseline).")
    errors: int = Field(ge=0, description="Findings at level error.")
    warnings: int = Field(ge=0, description="Findings at level warning.")
    infos: int = Field(ge=0, description="Findings at level info.")
    verified: int = Field(ge=0, description="Claims verified against a counterpart.")
    suppressed: int = Field(ge=0, description="Findings silenced by a suppression or the baseline.")


class CheckDocument(_Out):
    """One checked article."""

    path: str = Field(description="The article.")
    lang: str = Field(description="Its language.")
    published: dt.date | None = Field(description="Its publication date, or null.")
    title: str | None = Field(description="Its title, or null.")
    claims: int = Field(ge=0, description="How many claims were extracted from it.")


class CheckOutput(_Out):
    """`factcheck check --format json`."""

    model_config = ConfigDict(title="factcheck/check/v1")

    schema_: Literal["factcheck/check/v1"] = Field(alias="schema", description="The contract's name.")
    findings: list[Finding] = Field(description="Findings in reading order (file, position, rule).")
    verified: list[Verified] = Field(description="Verified claims in reading order.")
    summary: Summary = Field(description="Counts for the run.")
    documents: list[CheckDocument] = Field(description="Every article checked.")
    references: list[str] = Field(description="Every reference file read.")
    input_errors: list[str] = Field(description="One line per unreadable input: path:line: message.")


# --- generation ----------------------------------------------------------------------------------------


def extract_schema() -> dict[str, Any]:
    return _finish(ExtractOutput.model_json_schema(by_alias=True), EXTRACT_SCHEMA,
                   "The JSON output of `factcheck extract --format json` (docs/schemas/extract.md).")


def check_schema() -> dict[str, Any]:
    return _finish(CheckOutput.model_json_schema(by_alias=True), CHECK_SCHEMA,
                   "The JSON output of `factcheck check --format json` (docs/schemas/check.md).")


def reference_schema() -> dict[str, Any]:
    from factcheck.references import _FactSpec, _FileSpec

    class Fact(_FactSpec):
        """One fact: a quantity the source states (or a date, with kind: date)."""

    class ReferenceFile(_FileSpec):
        """Who states the facts, and the facts."""

        facts: list[Fact]

    schema = _renamed(ReferenceFile.model_json_schema(), {"_PeriodSpec": "Period"})
    _describe(schema["properties"], REFERENCE_FIELDS)
    fact = schema["$defs"]["Fact"]["properties"]
    _describe(fact, FACT_FIELDS)
    schema["$defs"]["Period"]["description"] = "The span the figure is about; either end may be left out."
    _describe(schema["$defs"]["Period"]["properties"], PERIOD_FIELDS)
    # Either end may be a year or a month too ({start: 2025, end: 2028}).
    end = {"type": "string", "pattern": r"^\d{4}(-\d{2})?$"}
    for name in ("start", "end"):
        field = schema["$defs"]["Period"]["properties"][name]
        field["anyOf"] = [*field["anyOf"][:-1], end, {"type": "integer"}, field["anyOf"][-1]]
    # The validators also take one place as a string ("Iraq; Syria", as a CSV cell holds it).
    fact["place"] = {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"},
                               {"type": "null"}], "description": fact["place"]["description"]}
    # ... and a period as one day, month or year, or an ISO interval ("2024-03-06", "2024-03", 2024,
    # "2024-01-01/2024-06-30").
    short = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?((/|\.\.)\d{4}(-\d{2}(-\d{2})?)?)?$"}
    fact["period"] = {"anyOf": [{"$ref": "#/$defs/Period"}, short, {"type": "integer"}, {"type": "null"}],
                      "default": None, "description": fact["period"]["description"]
                      + " Or one day (2024-03-06), month (2024-03) or year (2024), or an ISO interval "
                        "(2024-01-01/2024-06-30)."}
    return _finish(schema, "factcheck reference file",
                   "A reference file of facts (YAML or JSON; a CSV row has the same column names): "
                   "docs/schemas/reference.md.")


def config_schema() -> dict[str, Any]:
    from factcheck.config import Settings

    schema = Settings.model_json_schema()
    properties = schema["properties"]
    properties.pop("source", None)  # where the settings came from: not a key a user writes
    _describe(properties, CONFIG_FIELDS)
    spelled: dict[str, Any] = {}
    for key, value in properties.items():
        spelled[key.replace("_", "-")] = value
        if "_" in key:  # the reader takes both spellings
            spelled[key] = {"$ref": f"#/properties/{key.replace('_', '-')}"}
    schema["properties"] = spelled
    return _finish(schema, "factcheck configuration",
                   "The [tool.factcheck] table of pyproject.toml, or .factcheck.toml: "
                   "docs/schemas/config.md and docs/configuration.md.")


# Descriptions of the input models' fields, which carry none of their own (the validation models serve
# the readers, and their messages already say what is expected).
REFERENCE_FIELDS = {
    "source": "Who states the facts (an agency, a ministry); default: the file's name.",
    "url": "Where the statement can be read; an http(s) address becomes a link in reports.",
    "published": "When the source published it (ISO 8601 date).",
    "lang": "Language of the what phrases when all are in one language (ar, en); default: detected.",
    "facts": "The facts the source states.",
}
FACT_FIELDS = {
    "what": "The quantity in a short phrase, English or Arabic, or a list of phrases; its concept, what "
            "is counted and its places are read from it with the articles' lexicons.",
    "value": "The stated number: a decimal string (\"196\", \"2.5e6\", \"20,000,000,000\", Arabic-Indic "
             "digits) or a number; for kind: date an ISO 8601 date (2024-07-16, 2024-07, --07-16).",
    "lower": "Lower bound of a range or bound (with upper, or alone for at_least).",
    "upper": "Upper bound of a range or bound (with lower, or alone for at_most).",
    "qualifier": "How the value relates to the true quantity; default exact (or range / at_least / "
                 "at_most from the bounds given).",
    "unit": "count (default), percent, percentage_point, a duration (day, month, year, ...), an ISO 4217 "
            "code (USD, IQD) or a currency family (dollar, dinar); person and people are counts of "
            "people. The list: rules/consistency/units.yaml.",
    "kind": "date for a date fact; otherwise left out (read from the unit).",
    "period": "The span the figure is about.",
    "place": "Places the figure is about (English names, or a string \"Iraq; Syria\"); default: read "
             "from what.",
    "concept": "Overrides the concept read from what (a concept id of rules/<lang>/concepts.yaml).",
    "counted": "Overrides who or what is counted, as read from what (leaders, members, people).",
}
PERIOD_FIELDS = {
    "start": "First day (ISO 8601), or a year or month, read from its first day; left out for an open start.",
    "end": "Last day (ISO 8601), or a year or month, read to its last day; left out for an open end "
           "(\"since 2014\").",
    "text": "The words that state the period, kept as evidence.",
}
CONFIG_FIELDS = {
    "references": "Reference files or folders, relative to the configuration file.",
    "fail_on": "The lowest level that makes check exit 1.",
    "format": "The report format when neither --format nor the suffix of -o decides.",
    "locale": "Resolves ambiguous currencies (ar-IQ: dinar is IQD).",
    "lang": "Skip language detection: every article is in this language.",
    "jobs": "Extraction processes; 0 means one per CPU.",
    "ignore": "Rules not to run: codes (FC104), dotted names (qualifier.mismatch) or finding kinds.",
    "select": "Rules to run, all others off (empty: every rule): codes, dotted names or finding kinds.",
    "tolerances": "Relative tolerance per claim kind, on top of the stated precision (money = 0.01).",
    "baseline": "The baseline file, relative to the configuration file.",
    "exclude": "Globs of articles not to check, relative to the configuration file's folder.",
}


SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "extract-v1.schema.json": extract_schema,
    "check-v1.schema.json": check_schema,
    "reference.schema.json": reference_schema,
    "config.schema.json": config_schema,
}


def _describe(properties: dict[str, Any], descriptions: dict[str, str]) -> None:
    """Set the description of every property that has one here (a new field is left without, and the
    tests ask for one)."""
    for key, value in properties.items():
        if key in descriptions:
            value["description"] = descriptions[key]


def _renamed(schema: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    """``schema`` with the definitions ``names`` renamed, and every reference to them."""
    text = json.dumps(schema)
    for old, new in names.items():
        text = text.replace(f'"#/$defs/{old}"', f'"#/$defs/{new}"')
    renamed: dict[str, Any] = json.loads(text)
    renamed["$defs"] = {names.get(key, key): value for key, value in renamed["$defs"].items()}
    for new in names.values():
        renamed["$defs"][new]["title"] = new
    return renamed


def _finish(schema: dict[str, Any], title: str, description: str) -> dict[str, Any]:
    """The dialect, title and description first; generated property titles dropped (they only repeat
    the key)."""
    body = _untitled(copy.deepcopy(schema))
    body.pop("title", None)
    body.pop("description", None)
    return {"$schema": JSON_SCHEMA_DIALECT, "title": title, "description": description, **body}


def _untitled(node: Any) -> Any:
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            for value in properties.values():
                if isinstance(value, dict):
                    value.pop("title", None)
        for value in node.values():
            _untitled(value)
    elif isinstance(node, list):
        for value in node:
            _untitled(value)
    return node


def schema_text(name: str) -> str:
    """The schema file ``name`` as it is committed: indented JSON, non-ASCII kept, a final newline."""
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=2) + "\n"


def schema_texts() -> dict[str, str]:
    """File name -> text of every schema."""
    return {name: schema_text(name) for name in SCHEMAS}


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into ``out``; returns the files written."""
    return write_files(out, schema_texts())


def stale_schemas(out: Path) -> list[Path]:
    """The schema files under ``out`` that are missing, differ from the generated ones, or name none."""
    return stale_files(out, schema_texts(), "*.json")


def main(argv: Sequence[str] | None = None) -> int:
    return generated_main(argv, command="python -m factcheck.schemas", default_out=Path("docs/schemas"),
                          description="Write the JSON Schemas of factcheck's contracts.", texts=schema_texts,
                          strays="*.json")


if __name__ == "__main__":
    raise SystemExit(main())
