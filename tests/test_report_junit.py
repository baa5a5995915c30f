"""JUnit XML: parses, counts match the summary, and each claim's outcome is the one a CI chart shows."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from test_report_fixtures import AR_PATH, EN_PATH, hostile_result, sample_result

from factcheck.report import junit


def parse(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


def cases(root: ET.Element, suite: str) -> dict[str, ET.Element]:
    found = root.find(f"testsuite[@name='{suite}']")
    assert found is not None, suite
    return {case.attrib["name"]: case for case in found.findall("testcase")}


def test_one_suite_per_article_and_one_case_per_claim() -> None:
    root = parse(junit.render(sample_result()))
    names = [suite.attrib["name"] for suite in root.findall("testsuite")]
    assert names == [AR_PATH, EN_PATH, "input errors"]
    articles = [s for s in root.findall("testsuite") if s.attrib["name"] != "input errors"]
    claims = sum(int(s.attrib["tests"]) for s in articles)
    assert claims == sample_result().summary.claims
    assert root.attrib == {"name": "factcheck", "tests": "15", "failures": "4", "errors": "1", "skipped": "5"}


def test_discrepancies_fail_with_the_finding_and_both_sides() -> None:
    english = cases(parse(junit.render(sample_result())), EN_PATH)
    failure = english["7:43 45"].find("failure")
    assert failure is not None
    assert failure.attrib["type"] == "value_mismatch"
    assert failure.attrib["message"] == "FC101 value.mismatch: 45 ISIS operatives killed here; " \
                                        "U.S. Central Command says 44."
    assert failure.text is not None
    assert ("against: 44 (ISIS operatives killed in Iraq and Syria) — U.S. Central Command, "
            "corpus/references/centcom.yaml:5:11") in failure.text
    arabic_side = english["11:40 2 billion dollars"].find("failure")
    assert arabic_side is not None and arabic_side.text is not None
    assert "against: أكثر من 20 مليار دولار — article, corpus/articles/ar/coalition.md:8:76" \
        in arabic_side.text
    assert english["7:43 45"].attrib["file"] == EN_PATH and english["7:43 45"].attrib["line"] == "7"


def test_verified_pass_and_unchecked_or_unsupported_are_skipped() -> None:
    root = parse(junit.render(sample_result()))
    arabic = cases(root, AR_PATH)
    passed = arabic["5:39 44"]
    assert list(passed) and [child.tag for child in passed] == ["system-out"]
    assert (passed.findtext("system-out") or "").startswith(
        "verified: 44 (ISIS operatives killed in Iraq and Syria) — U.S. Central Command")
    unchecked = arabic["8:15 ١٥٣ هجوما"].find("skipped")
    assert unchecked is not None and unchecked.attrib["message"] == junit.NO_COUNTERPART
    unsupported = cases(root, EN_PATH)["12:18 about 300"].find("skipped")
    assert unsupported is not None
    assert unsupported.attrib["message"].startswith("FC900 claim.unsupported:")


def test_input_errors_are_error_cases() -> None:
    root = parse(junit.render(sample_result(), root=Path("corpus")))
    (case,) = cases(root, "input errors").values()
    error = case.find("error")
    assert error is not None
    assert error.attrib["message"] == "articles/en/draft.md:2: front matter is not valid YAML"
    assert [s.attrib["name"] for s in root.findall("testsuite")][:2] == ["articles/ar/coalition.md",
                                                                         "articles/en/strikes.md"]


def test_markup_and_control_characters_stay_well_formed() -> None:
    result = hostile_result()
    finding = result.findings[0].model_copy(update={"message": "bad \x00 byte \x1b[31m <![CDATA[ ]]> & end"})
    root = parse(junit.render(result.model_copy(update={"findings": (finding,)})))
    (suite,) = root.findall("testsuite")
    assert suite.attrib["name"] == "corpus/articles/en/odd, name: 100%.html"
    failure = suite.find("testcase/failure")
    assert failure is not None
    assert failure.attrib["message"] == "FC101 value.mismatch: bad \ufffd byte \ufffd[31m <![CDATA[ ]]> & end"
    title = suite.find("properties/property[@name='title']")
    assert title is not None and title.attrib["value"] == "<b>Budget</b>"


def test_claims_a_finding_names_are_never_dropped() -> None:
    result = sample_result()
    # A checker that reports a finding on a claim its document result does not list.
    trimmed = tuple(d.model_copy(update={"claims": d.claims[1:]}) if d.document.path == EN_PATH else d
                    for d in result.documents)
    root = parse(junit.render(result.model_copy(update={"documents": trimmed})))
    assert "7:43 45" in cases(root, EN_PATH)
