"""The rule pages in ``docs/rules/``, generated from ``rules/consistency/FC*.yaml``.

``python -m factcheck.report.rule_pages`` writes one page per rule (``docs/rules/FC101.md``) and an
index (``docs/rules/README.md``); ``--check`` only compares, for CI. A page shows what the rule checks
(its description), its level and how the level can change, its message, its parameters with their
values, and its bad and good examples with their references. SARIF reports link each rule to its page
(``helpUri``, see ``factcheck.report.sarif``). ``tests/test_rule_pages.py`` fails when a committed page
differs from the generated one.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from factcheck.findings import Severity
from factcheck.generated import main as generated_main
from factcheck.generated import stale_files, write_files
from factcheck.rules import Example, Rule, load_rules

INDEX = "README.md"
REGENERATE = "python -m factcheck.report.rule_pages"
# The checks that compare a claim with a counterpart found by alignment: an error among them becomes a
# warning when the two sides were taken as one quantity on partial evidence (factcheck/check.py).
ALIGNED_CHECKS = frozenset({"value_mismatch", "scale_mismatch", "transposed_digits", "qualifier_mismatch",
                            "date_mismatch"})
# What each message placeholder holds (factcheck/check.py fills them; rules.MESSAGE_FIELDS lists them).
PLACEHOLDERS = {
    "claim": "the claim as the article writes it",
    "value": "the claim's value as a reader writes it, with its qualifier, digit grouping and unit "
             "(\"more than 20,000,000,000 USD\")",
    "against": "the counterpart: another article's words, or a reference fact's value and its what phrase",
    "expected": "the counterpart's value, written like {value}",
    "source": "who states the counterpart: the reference's source, or the other article's path",
    "difference": "how far apart the two are (\"off by 22,500\", \"a factor of 10^3\")",
    "parts": "the parts of the sum, joined by +",
    "total": "what the parts add up to",
    "date": "the date as stated",
    "weekday": "the weekday as stated",
    "expected_weekday": "the weekday the date falls on",
    "concept": "what is counted (a concept id)",
}
SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def page_name(code: str) -> str:
    """The file name of a rule's page: ``FC101.md``."""
    return f"{code}.md"


def rule_page(rule: Rule) -> str:
    """One rule's page, in Markdown."""
    out = [f"# {rule.code} `{rule.name}`", "", _generated_note(), ""]
    out += ["| | |", "| --- | --- |", f"| code | `{rule.code}` |", f"| name | `{rule.name}` |",
            f"| finding kind | `{rule.kind}` |", f"| check | `{rule.check_name}` |",
            f"| level | **{rule.level.value}** |",
            f"| rule file | `rules/consistency/{Path(rule.path).name}` |", ""]
    paragraphs = [" ".join(block.split()) for block in rule.description.strip().split("\n\n")]
    out += ["## What it checks", ""] + [line for block in paragraphs if block for line in (block, "")]
    out += _levels(rule)
    out += ["## Message", "", "```text", rule.message, "```", ""]
    used = [name for _, name, _, _ in string.Formatter().parse(rule.message) if name]
    out += [f"- `{{{name}}}`: {PLACEHOLDERS.get(name, name)}" for name in dict.fromkeys(used)] + [""]
    out += _parameters(rule)
    out += _examples(rule)
    out += ["## Turning it off", "",
            f"- for a whole run or folder: `ignore = [\"{rule.code}\"]` in the configuration "
            "([docs/configuration.md](../configuration.md));",
            f"- for one article: `factcheck: {{ignore: [{rule.code}]}}` in its front matter;",
            f"- for one claim: `<!-- factcheck: ignore {rule.code} -->` on the line before it.", "",
            f"`factcheck explain {rule.code}` prints this rule in the terminal.", ""]
    return "\n".join(out)


def index_page(rules: Iterable[Rule]) -> str:
    """The list of every rule, each linked to its page."""
    out = ["# Rules", "", _generated_note(), "",
           "Every finding names one of these rules. `factcheck rules` lists them and `factcheck explain "
           "CODE` prints one.", "",
           "| code | name | level | what it checks |", "| --- | --- | --- | --- |"]
    for rule in rules:
        out.append(f"| [{rule.code}]({page_name(rule.code)}) | `{rule.name}` | {rule.level.value} | "
                   f"{_cell(_first_sentence(rule.description))} |")
    return "\n".join([*out, "", *HELP_URI]) + "\n"


# How SARIF links to these pages (factcheck/report/sarif.py), as the index explains it.
HELP_URI = [
    "## Links from SARIF reports",
    "",
    "In a SARIF report each rule's `helpUri` is the absolute URL of its page here, "
    "`<base>/FC101.md`. The base is the URL of this folder as published:",
    "",
    "- given on the command line, `factcheck check ... --format sarif --rule-docs-url "
    "https://.../docs/rules/` (the GitHub Action passes the pages of its own release, "
    "`<server>/<action repository>/blob/<action ref>/docs/rules/`), or by the caller of the library, "
    "`factcheck.report.formats.render(\"sarif\", result, rule_docs_url=\"https://.../docs/rules/\")`;",
    "- else the project's repository from the package metadata (`[project.urls]`, a `Repository`, "
    "`Source` or `Homepage` URL on GitHub or GitLab), at `blob/HEAD/docs/rules/`;",
    "- else none, and rules carry no `helpUri`; their `help` text still holds the description and "
    "the examples.",
    "",
    "The link is never a relative path: the SARIF 2.1.0 schema gives `helpUri` the format `uri` (an "
    "absolute URI), and GitHub's SARIF upload rejects one without a scheme (`does not conform to the "
    "\"uri\" format`). A relative link works only between these pages, as the index's links do.",
]


def pages(rules: Sequence[Rule] | None = None) -> dict[str, str]:
    """File name -> contents of every page and the index."""
    loaded = list(rules) if rules is not None else load_rules()
    texts = {page_name(rule.code): rule_page(rule) for rule in loaded}
    texts[INDEX] = index_page(loaded)
    return texts


def write_pages(out: Path) -> list[Path]:
    """Write every page into ``out``; returns the files written."""
    return write_files(out, pages())


def stale_pages(out: Path) -> list[Path]:
    """Pages under ``out`` that are missing, differ from the generated ones, or name no rule."""
    return stale_files(out, pages(), "FC*.md")


def _generated_note() -> str:
    return f"<!-- Generated from rules/consistency/ by `{REGENERATE}`; do not edit. -->"


def _levels(rule: Rule) -> list[str]:
    level = rule.level
    out = ["## Level", "",
           f"Reported at level **{level.value}**: `{SARIF_LEVELS[level]}` in SARIF, "
           f"`::{GITHUB_LEVELS[level]}` in GitHub annotations."]
    if level is Severity.ERROR and rule.check_name in ALIGNED_CHECKS:
        out.append("When the claim and its counterpart were taken as one quantity on partial evidence "
                   "(a period, place or counted thing stated on one side only), the finding is a "
                   "**warning** instead; its evidence says which field was assumed.")
    out += ["", "`check` exits 1 when a finding is at or above `--fail-on` (default `error`)"
            + (": this rule's findings never fail a run unless `--fail-on info` is given."
               if level is Severity.INFO else "."), ""]
    return out


def _parameters(rule: Rule) -> list[str]:
    values = rule.typed_params().model_dump()
    if not values and not rule.scope.kinds and not rule.scope.concepts:
        return ["## Parameters", "", "None.", ""]
    out = ["## Parameters", "",
           "Set under `params:` in the rule file; a parameter left out takes its default.", ""]
    if values:
        out += ["| parameter | value |", "| --- | --- |"]
        for key, value in values.items():
            note = "" if key in rule.params else " (default)"
            out.append(f"| `{key}` | {_cell(_shown(value))}{note} |")
        out.append("")
    if rule.scope.kinds or rule.scope.concepts:
        kinds = ", ".join(k.value for k in rule.scope.kinds) or "every kind"
        concepts = ", ".join(rule.scope.concepts) or "every concept"
        out += [f"Scope: claims of {kinds}; {concepts}.", ""]
    return out


def _examples(rule: Rule) -> list[str]:
    out = ["## Examples", ""]
    for heading, cases, verdict in (("Reported", rule.examples.bad, f"{rule.code} is reported."),
                                    ("Not reported", rule.examples.good, f"no {rule.code} finding.")):
        for case in cases:
            out += [f"### {heading}", "", "Article text:", "", "```text", case.text, "```", ""]
            out += _context(case)
            out += [f"Result: {verdict}", ""]
    out += ["The test suite runs every example (`tests/test_rules.py`).", ""]
    return out


def _context(case: Example) -> list[str]:
    out = []
    if case.published:
        out += [f"Published: {case.published}.", ""]
    if isinstance(case.reference, str):
        out += ["Reference article:", "", "```text", case.reference, "```", ""]
    elif case.reference is not None:
        dumped = yaml.safe_dump(_plain(case.reference), allow_unicode=True, sort_keys=False, width=100)
        out += ["Reference fact:", "", "```yaml", dumped.rstrip("\n"), "```", ""]
    return out


def _plain(value: Any) -> Any:
    """YAML data as plain dicts and lists (dates stay dates, so they dump unquoted as written)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_shown(item)}" for key, item in value.items()) or "none"
    if isinstance(value, list | tuple):
        return ", ".join(_shown(item) for item in value) or "none"
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    end = flat.find(". ")
    return flat if end < 0 else flat[: end + 1]


def main(argv: Sequence[str] | None = None) -> int:
    return generated_main(argv, command=REGENERATE, default_out=Path("docs/rules"),
                          description="Write the rule pages into docs/rules/.", texts=pages, strays="FC*.md")


if __name__ == "__main__":
    raise SystemExit(main())
