"""GitHub workflow commands: every line parses back to the fields an annotation shows."""

from __future__ import annotations

import re
from pathlib import Path

from test_report_fixtures import EN_PATH, HOSTILE_PATH, hostile_result, sample_result

from factcheck.findings import Severity
from factcheck.report import github

LINE = re.compile(r"^::(?P<cmd>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<data>.*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    """(command, properties, message) per line, as the Actions runner reads them; the one plain line
    that counts the findings left out is log text, not a command."""
    parsed = []
    assert output.endswith("\n")
    for line in output.splitlines():
        if line.startswith("factcheck: ") and "not shown as annotations" in line:
            continue
        match = LINE.match(line)
        assert match, line
        props = {}
        for item in (match["props"] or "").split(","):
            if item:
                key, _, value = item.partition("=")
                props[key] = unescape(value)
        parsed.append((match["cmd"], props, unescape(match["data"])))
    return parsed


def test_info_findings_are_left_out_by_default_and_counted_in_a_plain_line() -> None:
    output = github.render(sample_result())
    assert [cmd for cmd, _, _ in parse(output)] == ["error", "error", "error", "warning", "warning"]
    assert output.splitlines()[-1] == ("factcheck: 1 info finding not shown as annotations "
                                       "(--min-level info shows them)")
    errors_only = github.render(sample_result(), min_level=Severity.ERROR)
    assert [cmd for cmd, _, _ in parse(errors_only)] == ["error", "error", "error"]
    assert errors_only.splitlines()[-1] == ("factcheck: 3 info and warning findings not shown as "
                                            "annotations (--min-level info shows them)")


def test_errors_come_first_then_warnings_then_notices() -> None:
    parsed = parse(github.render(sample_result(), min_level=Severity.INFO))
    assert [cmd for cmd, _, _ in parsed] == ["error", "error", "error", "warning", "warning", "notice"]
    # The input error leads; then the findings by level and line.
    assert parsed[0][1]["title"] == "factcheck: input error"
    assert [props["line"] for _, props, _ in parsed[1:3]] == ["7", "11"]
    assert [props["title"] for _, props, _ in parsed[1:]] == [
        "FC101 value.mismatch", "FC102 scale.mismatch", "FC104 sum.mismatch", "FC103 digits.transposed",
        "FC900 claim.unsupported",
    ]


def test_finding_fields_locate_the_claim() -> None:
    cmd, props, message = parse(github.render(sample_result()))[1]
    assert cmd == "error"
    assert props == {"file": EN_PATH, "line": "7", "col": "43", "endLine": "7", "endColumn": "44",
                     "title": "FC101 value.mismatch"}
    assert message.splitlines() == [
        "45 ISIS operatives killed here; U.S. Central Command says 44.",
        "claim: 45",
        "against: 44 (ISIS operatives killed in Iraq and Syria) — U.S. Central Command, "
        "corpus/references/centcom.yaml:5:11 https://example.org/centcom/2024-07-16",
        "evidence: concept: killed; period: 2024-01-01..2024-06-30; place: Iraq, Syria",
    ]


def test_counterpart_in_arabic_and_parts_of_a_sum_are_in_the_message() -> None:
    parsed = parse(github.render(sample_result()))
    transposed = next(m for _, p, m in parsed if p.get("title") == "FC103 digits.transposed")
    assert "against: ١٥٣ هجوما — article, corpus/articles/ar/coalition.md:8:15" in transposed
    total = next(m for _, p, m in parsed if p.get("title") == "FC104 sum.mismatch")
    assert "part: 45 (corpus/articles/en/strikes.md:7:43)" in total


def test_special_characters_survive_the_round_trip() -> None:
    output = github.render(hostile_result())
    assert output.count("\n") == 1  # one command, newlines in the message escaped
    _, props, message = parse(output)[0]
    assert props["file"] == HOSTILE_PATH  # comma, colon, space and percent in the path
    assert "%2C" in output and "%3A" in output and "%25" in output and "%0D%0A" in output
    assert message.startswith("7% here, 9% <i>there</i> | 100%,\r\nsecond line: done\n")
    assert 'against: 9% (9 percent) — Ministry | "Office" <b>bold</b>: 100%, final\nline, ' in message


def test_root_and_input_error_places() -> None:
    parsed = parse(github.render(sample_result(), root=Path("corpus")))
    cmd, props, message = parsed[0]
    assert cmd == "error"
    assert props == {"file": "articles/en/draft.md", "line": "2", "title": "factcheck: input error"}
    assert message == "articles/en/draft.md:2: front matter is not valid YAML"
    assert parsed[1][1]["file"] == "articles/en/strikes.md"


def test_clean_result_prints_nothing() -> None:
    result = sample_result().model_copy(update={"findings": (), "input_errors": ()})
    assert github.render(result) == ""


def test_escaping_follows_the_runner_rules() -> None:
    assert github.escape_data("50%\r\nx: a, b") == "50%25%0D%0Ax: a, b"
    assert github.escape_property("50%\r\nx: a, b") == "50%25%0D%0Ax%3A a%2C b"
