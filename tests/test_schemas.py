"""The JSON Schemas in docs/schemas: generated from the models, committed as generated, documented field by
field, and met by what factcheck really writes and reads (the corpus run, the bundled references, the
documented configuration)."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from factcheck import schemas
from factcheck.cli import main
from factcheck.config import Settings
from factcheck.references import CSV_COLUMNS, load_reference
from factcheck.rules import FINDING_KINDS

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "docs" / "schemas"
PAGES = {
    "extract-v1.schema.json": "extract.md",
    "check-v1.schema.json": "check.md",
    "reference.schema.json": "reference.md",
    "config.schema.json": "config.md",
}
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def committed(name: str) -> dict[str, Any]:
    data = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = committed(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def problems(name: str, instance: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in sorted(validator(name).iter_errors(instance), key=str)]


def cli_json(*args: str) -> Any:
    done = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert done.exit_code in (0, 1), done.output
    return json.loads(done.stdout)


# --- generated, committed, documented -----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(schemas.SCHEMAS))
def test_committed_schema_is_the_generated_one(name: str) -> None:
    assert (SCHEMAS / name).is_file(), f"docs/schemas/{name} is missing; run python -m factcheck.schemas"
    assert (SCHEMAS / name).read_text(encoding="utf-8") == schemas.schema_text(name), (
        f"docs/schemas/{name} is out of date; run python -m factcheck.schemas and review the diff")


def test_docs_schemas_holds_exactly_the_generated_files() -> None:
    assert {p.name for p in SCHEMAS.glob("*.json")} == set(schemas.SCHEMAS)


def test_the_check_option_reports_a_stale_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert schemas.main(["--out", str(tmp_path)]) == 0
    assert schemas.main(["--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "check-v1.schema.json").write_text("{}\n", encoding="utf-8")
    assert schemas.main(["--out", str(tmp_path), "--check"]) == 1
    assert "check-v1.schema.json: out of date" in capsys.readouterr().out


def properties(node: Any, path: str = "") -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, name, schema) of every property declared anywhere in ``node``."""
    if isinstance(node, dict):
        for name, value in (node.get("properties") or {}).items():
            yield path, name, value
        for key, value in node.items():
            yield from properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for value in node:
            yield from properties(value, path)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_field_is_described_and_explained_on_its_page(name: str) -> None:
    page = (SCHEMAS / PAGES[name]).read_text(encoding="utf-8")
    for where, field, value in properties(committed(name)):
        assert value.get("description") or "$ref" in value, f"{name}{where}: {field} has no description"
        assert f"`{field}`" in page, f"docs/schemas/{PAGES[name]} does not explain `{field}`"


def test_readme_and_docs_link_the_contract_pages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    index = (SCHEMAS / "README.md").read_text(encoding="utf-8")
    assert "docs/schemas/README.md" in readme
    for name, page in PAGES.items():
        assert f"({page})" in index and f"({name})" in index


def test_nothing_points_outside_the_repository() -> None:
    """A clone holds its own contracts: no README, docs or test sends a reader to ../shared."""
    files = [ROOT / "README.md", *ROOT.glob("docs/**/*.md"), *ROOT.glob("tests/**/*.py")]
    offenders = [str(p.relative_to(ROOT)) for p in files if p != Path(__file__)
                 and re.search(r"\.\./shared|/work/shared|parents\[2\] / \"shared\"", p.read_text("utf-8"))]
    assert not offenders


def test_finding_kinds_are_the_rules_kinds() -> None:
    enum = committed("check-v1.schema.json")["$defs"]["Finding"]["properties"]["kind"]["enum"]
    assert tuple(enum) == FINDING_KINDS


def test_config_schema_has_every_setting_in_both_spellings() -> None:
    keys = set(committed("config.schema.json")["properties"])
    for field in Settings.model_fields:
        if field != "source":
            assert field in keys and field.replace("_", "-") in keys


# --- what factcheck writes ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extract_output() -> Any:
    return cli_json("extract", str(ROOT / "corpus" / "articles"), "--format", "json", "--no-cache")


@pytest.fixture(scope="module")
def check_output() -> Any:
    corpus = ROOT / "corpus"
    return cli_json("check", str(corpus / "articles"), "--reference", str(corpus / "references"),
                    "--format", "json", "--no-cache")


def test_extract_output_on_the_corpus_meets_its_schema(extract_output: Any) -> None:
    assert extract_output["schema"] == "factcheck/extract/v1"
    assert len(extract_output["documents"]) >= 10
    assert sum(len(d["claims"]) for d in extract_output["documents"]) > 100
    assert not problems("extract-v1.schema.json", extract_output)
    schemas.ExtractOutput.model_validate(extract_output)  # and the model it was generated from


def test_check_output_on_the_corpus_meets_its_schema(check_output: Any) -> None:
    assert check_output["schema"] == "factcheck/check/v1"
    assert check_output["findings"] and check_output["verified"]
    assert {f["against"] is None for f in check_output["findings"]} == {True, False}
    assert not problems("check-v1.schema.json", check_output)
    schemas.CheckOutput.model_validate(check_output)


def test_the_schema_rejects_a_renamed_or_missing_field(check_output: Any) -> None:
    claim = check_output["findings"][0]["claim"]
    renamed = {("values" if k == "value" else k): v for k, v in claim.items()}
    finding = {**check_output["findings"][0], "claim": renamed}
    broken = {**check_output, "findings": [finding]}
    assert any("values" in p for p in problems("check-v1.schema.json", broken))
    assert any("'value' is a required property" in p for p in problems("check-v1.schema.json", broken))
    float_value = {**check_output, "findings": [{**check_output["findings"][0],
                                                 "claim": {**claim, "value": 44.0}}]}
    assert problems("check-v1.schema.json", float_value)  # numbers are decimal strings, never floats


# --- what factcheck reads -------------------------------------------------------------------------------


def test_the_bundled_reference_files_meet_the_reference_schema() -> None:
    files = sorted((ROOT / "corpus" / "references").glob("*.yaml")) + sorted(
        (ROOT / "corpus" / "references").glob("*.json"))
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.suffix == ".yaml" else \
            json.loads(path.read_text(encoding="utf-8"))
        assert not problems("reference.schema.json", json.loads(json.dumps(data, default=str))), path


def test_csv_rows_are_facts_of_the_reference_schema() -> None:
    """A CSV row has the same names: with period_start/period_end as a period and the source columns
    lifted out, each row is a fact of the schema."""
    for path in (ROOT / "corpus" / "references").glob("*.csv"):
        rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
        assert set(rows[0]) <= set(CSV_COLUMNS)
        facts = []
        for row in rows:
            fact: dict[str, Any] = {k: v for k, v in row.items() if v and k not in (
                "source", "url", "published", "period_start", "period_end")}
            if row.get("period_start") or row.get("period_end"):
                fact["period"] = {k: row[f"period_{k}"] for k in ("start", "end") if row.get(f"period_{k}")}
            facts.append(fact)
        assert not problems("reference.schema.json", {"source": "csv", "facts": facts}), path


@pytest.mark.parametrize(("fact", "wrong"), [
    ({"what": "killed", "value": "44", "units": "count"}, "units"),
    ({"what": "killed", "value": "44", "qualifier": "roughly"}, "roughly"),
    ({"value": "44"}, "what"),
    ({"what": "killed", "value": True}, "True"),
])
def test_a_fact_factcheck_refuses_the_schema_refuses_too(tmp_path: Path, fact: dict[str, Any],
                                                        wrong: str) -> None:
    from factcheck.errors import FactcheckError

    path = tmp_path / "ref.json"
    path.write_text(json.dumps({"source": "test", "facts": [fact]}), encoding="utf-8")
    with pytest.raises(FactcheckError):
        load_reference(path)
    assert any(wrong in p for p in problems("reference.schema.json", {"source": "test", "facts": [fact]}))


def test_the_reference_page_example_loads_and_meets_the_schema(tmp_path: Path) -> None:
    page = (SCHEMAS / "reference.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(.*?)```", page, flags=re.DOTALL)
    assert block is not None
    path = tmp_path / "ref.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    facts = load_reference(path)[0].facts
    assert [(f.concept, f.place) for f in facts][:1] == [("killed", ("Iraq", "Syria"))]
    data = json.loads(json.dumps(yaml.safe_load(block.group(1)), default=str))
    assert not problems("reference.schema.json", data)


def test_the_documented_configuration_meets_the_config_schema() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", page, flags=re.DOTALL)
    tables = [tomllib.loads(block).get("tool", {}).get("factcheck") for block in blocks]
    tables = [t for t in tables if t]
    assert tables
    for table in tables:
        assert not problems("config.schema.json", table)
        Settings.model_validate({k.replace("-", "_"): v for k, v in table.items()})
    assert problems("config.schema.json", {"fail-on": "fatal"})
    assert problems("config.schema.json", {"refrences": ["a.yaml"]})
