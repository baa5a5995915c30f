"""The command line as a user meets it: exit codes, one-line errors, config, baseline, changed-only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from filetools import write

import factcheck.pipeline
from factcheck.cli import main

REFERENCE = """\
source: U.S. Central Command
published: 2024-07-16
facts:
  - what: [operations against ISIS in Iraq and Syria, عمليات ضد داعش في العراق وسوريا]
    value: "196"
    unit: count
    period: {start: 2024-01-01, end: 2024-06-30}
    place: [Iraq, Syria]
  - what: [ISIS operatives killed in Iraq and Syria, عناصر داعش الذين قتلوا في العراق وسوريا]
    value: "44"
    unit: count
    period: {start: 2024-01-01, end: 2024-06-30}
    place: [Iraq, Syria]
"""

WIRE = """\
---
title: Wire
date: 2024-07-17
---
U.S. Central Command said its forces carried out 196 operations against ISIS in Iraq and Syria between \
January 1 and June 30, 2024.

The operations killed 44 ISIS operatives and led to the detention of 166 others, the command said.
"""

# 169 for 196 (FC103) and 47 for 44 (FC101), both against the reference.
OPED = """\
---
title: Oped
date: 2024-07-20
---
Between January and June 2024, U.S. forces carried out 169 operations against ISIS in Iraq and Syria.

Those operations killed 47 ISIS operatives, officials said.
"""


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a reference, a clean wire story and an op-ed with two wrong figures."""
    write(tmp_path / "refs" / "centcom.yaml", REFERENCE)
    write(tmp_path / "articles" / "wire.md", WIRE)
    write(tmp_path / "articles" / "oped.md", OPED)
    write(tmp_path / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    return tmp_path


def run(*args: str) -> Result:
    """The command line in-process; `check` and `extract` report in JSON here unless the test names a
    format (the default is the terminal report)."""
    json_out = args[:1] in (("check",), ("extract",)) and not {"--format", "-o"} & set(args)
    extra = ["--format", "json"] if json_out else []
    return CliRunner().invoke(main, [*args, *extra], catch_exceptions=False)


def report(result: Result) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def rules_of(result: Result) -> list[tuple[str, str, str]]:
    """Errors and warnings; unsupported claims (info) are not what these tests are about."""
    return sorted((f["rule"], Path(f["path"]).name, f["claim"]["text"]) for f in report(result)["findings"]
                  if f["severity"] != "info")


def test_clean_article_exits_0_and_the_default_off_a_terminal_is_the_terminal_report(newsroom: Path) -> None:
    plain = CliRunner().invoke(main, ["check", "articles/wire.md"])
    assert plain.exit_code == 0, plain.output
    assert plain.stdout.startswith("factcheck: 1 article checked against 1 reference")
    assert "\x1b[" not in plain.stdout  # not a terminal: no colour
    result = run("check", "articles/wire.md")
    assert result.exit_code == 0, result.output
    data = report(result)
    assert data["schema"] == "factcheck/check/v1"
    assert data["summary"]["verified"] == 2
    assert rules_of(result) == []
    assert result.stderr == ""


def test_discrepancies_exit_1_and_exit_zero_or_fail_on_change_that(newsroom: Path) -> None:
    result = run("check", "articles")
    assert result.exit_code == 1
    assert rules_of(result) == [("FC101", "oped.md", "47"), ("FC103", "oped.md", "169")]
    assert run("check", "articles", "--exit-zero").exit_code == 0


def test_fail_on_info_counts_an_unsupported_claim(newsroom: Path) -> None:
    write(newsroom / "articles" / "extra.md", "Officials said 12 ISIS operatives were detained in Syria.\n")
    relaxed = run("check", "articles/extra.md")
    assert relaxed.exit_code == 0
    severities = {f["severity"] for f in report(relaxed)["findings"]}
    assert severities == {"info"}
    assert run("check", "articles/extra.md", "--fail-on", "info").exit_code == 1


def test_unusable_inputs_exit_2_with_one_line_each_and_the_rest_is_reported(newsroom: Path) -> None:
    write(newsroom / "articles" / "photo.md", b"\x89PNG\r\n\x1a\n\x00\x00binary")
    write(newsroom / "articles" / "latin1.md", "café 44\n".encode("latin-1"))
    result = run("check", "articles", "missing.md")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("factcheck: ") for line in lines)
    assert "factcheck: missing.md: no such file or directory" in lines
    assert any(line.startswith("factcheck: articles/latin1.md:1:") and "UTF-8" in line for line in lines)
    assert any(line.startswith("factcheck: articles/photo.md:") for line in lines)
    # The good articles were still checked and reported.
    assert rules_of(result) == [("FC101", "oped.md", "47"), ("FC103", "oped.md", "169")]


def test_a_bad_reference_is_an_input_error_and_the_articles_are_still_checked(newsroom: Path) -> None:
    write(newsroom / "refs" / "bad.yaml", "facts: [{what: x}]\n")
    result = run("check", "articles", "-r", "refs/centcom.yaml", "-r", "refs/bad.yaml")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: refs/bad.yaml:1: ")
    assert len(result.stderr.splitlines()) == 1
    assert len(rules_of(result)) == 2


def test_bad_config_is_one_line_at_file_and_line_exit_2(newsroom: Path) -> None:
    write(newsroom / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\nfail-on = "fatal"\n')
    result = run("check", "articles")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: .factcheck.toml:2: fail_on: "
                             "Input should be 'error', 'warning' or 'info'\n")
    assert result.stdout == ""


def test_config_supplies_references_fail_on_and_ignore(newsroom: Path) -> None:
    write(newsroom / "pyproject.toml", '[tool.factcheck]\nreferences = ["refs/centcom.yaml"]\n'
                                       'ignore = ["value.mismatch"]\n')
    (newsroom / ".factcheck.toml").unlink()
    result = run("check", "articles")
    assert rules_of(result) == [("FC103", "oped.md", "169")]
    # A flag beats the config: only the articles and the named reference are compared.
    write(newsroom / "refs" / "other.yaml", "source: x\nfacts:\n  - what: dinars\n    value: '3'\n"
                                            "    unit: count\n")
    flagged = report(run("check", "articles", "-r", "refs/other.yaml"))
    assert flagged["findings"]
    assert {Path(f["against"]["path"]).name for f in flagged["findings"] if f["against"]} == {"wire.md"}


def test_inline_and_front_matter_suppressions_are_counted(newsroom: Path) -> None:
    text = OPED.replace("Those operations", "<!-- factcheck: ignore FC101 -->\nThose operations")
    text = text.replace("date: 2024-07-20\n", "date: 2024-07-20\nfactcheck:\n  ignore: [FC103]\n")
    write(newsroom / "articles" / "oped.md", text)
    result = run("check", "articles")
    assert result.exit_code == 0, result.stdout
    assert report(result)["summary"]["suppressed"] == 2
    assert rules_of(result) == []


def test_baseline_accepts_known_findings_and_a_new_discrepancy_still_fails(newsroom: Path) -> None:
    made = run("baseline", "articles")
    assert made.exit_code == 0
    assert "wrote 3 finding(s)" in made.stderr  # two errors and the unsupported 166 (info)
    assert json.loads((newsroom / ".factcheck-baseline.json").read_text(encoding="utf-8"))["findings"]
    accepted = run("check", "articles", "--baseline", ".factcheck-baseline.json")
    assert accepted.exit_code == 0
    assert report(accepted)["summary"]["suppressed"] == 3
    # Edits elsewhere in the article move the known findings; they stay accepted.
    oped = newsroom / "articles" / "oped.md"
    write(oped, OPED.replace("---\nBetween", "---\nA new lead paragraph.\n\nAnd another one.\n\nBetween"))
    assert run("check", "articles", "--baseline", ".factcheck-baseline.json").exit_code == 0
    # A new wrong figure is not in the baseline and fails the run.
    write(oped, oped.read_text(encoding="utf-8").replace("Iraq and Syria.\n",
                                                          "Iraq and Syria. Those operations killed 45 "
                                                          "ISIS operatives in Iraq and Syria.\n", 1))
    fresh = run("check", "articles", "--baseline", ".factcheck-baseline.json")
    assert fresh.exit_code == 1
    assert rules_of(fresh) == [("FC101", "oped.md", "45")]


def test_baseline_path_from_config_and_a_missing_baseline_is_exit_2(newsroom: Path) -> None:
    write(newsroom / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\nbaseline = "ci/base.json"\n')
    missing = run("check", "articles")
    assert missing.exit_code == 2
    assert "base.json: baseline file not found" in missing.stderr
    (newsroom / "ci").mkdir()
    assert run("baseline", "articles").exit_code == 0
    assert (newsroom / "ci" / "base.json").is_file()
    assert run("check", "articles").exit_code == 0


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=desk@example.org", "-c", "user.name=Desk", *args], cwd=cwd,
                   check=True, capture_output=True)


def test_changed_since_reports_only_changed_articles_but_compares_with_all(newsroom: Path) -> None:
    git(newsroom, "init", "-q")
    git(newsroom, "add", ".")
    git(newsroom, "commit", "-q", "-m", "desk")
    # A new article contradicts the committed wire story (166 detained), which no reference states.
    write(newsroom / "articles" / "new.md", "---\ntitle: New\ndate: 2024-07-21\n---\nBetween January and "
          "June 2024, the operations killed 44 ISIS operatives in Iraq and Syria and led to the detention "
          "of 161 others, the command said.\n")
    result = run("check", "articles", "--changed-since", "HEAD")
    assert result.exit_code == 1
    assert rules_of(result) == [("FC101", "new.md", "161")]
    assert report(result)["summary"]["documents"] == 1
    everything = run("check", "articles")
    assert ("FC101", "oped.md", "47") in rules_of(everything)


def test_changed_since_an_unknown_revision_is_exit_2(newsroom: Path) -> None:
    git(newsroom, "init", "-q")
    git(newsroom, "add", ".")
    git(newsroom, "commit", "-q", "-m", "desk")
    result = run("check", "articles", "--changed-since", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: --changed-since no-such-branch: unknown revision")


def test_output_format_follows_the_suffix_of_o(newsroom: Path) -> None:
    result = run("check", "articles", "-o", "out.sarif")
    assert result.exit_code == 1
    sarif = json.loads((newsroom / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert run("check", "articles", "--format", "github", "--exit-zero").stdout.startswith("::error")


def test_parallel_and_cached_runs_give_the_same_report(newsroom: Path) -> None:
    plain = run("check", "articles", "--no-cache").stdout
    assert not (newsroom / ".factcheck_cache").exists()
    assert run("check", "articles", "-j", "2").stdout == plain
    assert (newsroom / ".factcheck_cache" / "claims.sqlite3").is_file()
    assert run("check", "articles").stdout == plain


def test_a_corrupt_cache_is_rebuilt_with_a_one_line_warning(newsroom: Path) -> None:
    expected = run("check", "articles", "--cache-dir", "c").stdout
    (newsroom / "c" / "claims.sqlite3").write_bytes(b"garbage" * 500)
    for suffix in ("-wal", "-shm"):
        (newsroom / "c" / f"claims.sqlite3{suffix}").unlink(missing_ok=True)
    result = run("check", "articles", "--cache-dir", "c")
    assert result.stdout == expected
    assert result.exit_code == 1
    warning = result.stderr.splitlines()
    assert len(warning) == 1
    assert warning[0].startswith("factcheck: warning: c/claims.sqlite3: cache is corrupt")
    assert run("check", "articles", "--cache-dir", "c").stderr == ""


def test_an_internal_error_is_one_line_unless_debugging(newsroom: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the aligner fell over")

    monkeypatch.setattr(factcheck.pipeline, "run_check", broken)
    result = run("check", "articles")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: internal error: RuntimeError: the aligner fell over "
                             "(set FACTCHECK_DEBUG=1 for a traceback)\n")
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        run("check", "articles")


def test_explain_and_rules(newsroom: Path) -> None:
    explained = run("explain", "FC101")
    assert explained.exit_code == 0
    assert explained.stdout.startswith("FC101 value.mismatch\n")
    assert "bad:" in explained.stdout
    unknown = run("explain", "FC999")
    assert unknown.exit_code == 2
    assert unknown.stderr == "factcheck: unknown rule 'FC999' (`factcheck rules` lists them)\n"
    listed = run("rules").stdout.splitlines()
    assert listed[0].startswith("FC101  value.mismatch")
    assert any(line.startswith("FC900") for line in listed)
    as_json = json.loads(run("rules", "--format", "json").stdout)
    assert {"code": "FC101", "name": "value.mismatch"}.items() <= as_json[0].items()


def test_extract_still_lists_claims_with_cache_and_jobs(newsroom: Path) -> None:
    result = run("extract", "articles", "-j", "2")
    assert result.exit_code == 0
    data = report(result)
    assert data["schema"] == "factcheck/extract/v1"
    texts = [c["text"] for d in data["documents"] for c in d["claims"]]
    assert "169" in texts and "166" in texts
    missing = run("extract", "articles", "nope.md")
    assert missing.exit_code == 2
    assert missing.stderr == "factcheck: nope.md: no such file or directory\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check"], "factcheck: Missing argument 'PATHS...'. (see `main check --help`)"),
        (["check", "x.md", "--fail-on", "fatal"], "factcheck: Invalid value for '--fail-on': 'fatal' is not"),
        (["check", "x.md", "--jobs", "-1"], "factcheck: Invalid value for '-j' / '--jobs': -1 is not"),
        (["check", "x.md", "--locale", "arabic"], "factcheck: Invalid value for '--locale': not a locale"),
        (["chek"], "factcheck: No such command 'chek'. Did you mean 'check'?"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1


def test_help_and_version_exit_0() -> None:
    assert CliRunner().invoke(main, ["--version"]).exit_code == 0
    assert "Usage:" in CliRunner().invoke(main, ["check", "--help"]).stdout


# Through a real process: the exit codes CI sees, and no traceback on stderr.
CLI = [sys.executable, "-c", "from factcheck.cli import main; main()"]


def run_process(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    environment.pop("FACTCHECK_DEBUG", None)
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, env=environment,
                          check=False, timeout=300)


def test_exit_codes_through_a_process(newsroom: Path) -> None:
    assert run_process("check", "articles/wire.md", cwd=newsroom).returncode == 0
    failing = run_process("check", "articles", "--format", "json", cwd=newsroom)
    assert failing.returncode == 1
    assert json.loads(failing.stdout)["summary"]["errors"] == 2
    broken = run_process("check", "articles", "gone.md", "--exit-zero", cwd=newsroom)
    assert broken.returncode == 2
    assert broken.stderr == "factcheck: gone.md: no such file or directory\n"
    write(newsroom / ".factcheck.toml", "references = [\n")
    bad_config = run_process("check", "articles", cwd=newsroom)
    assert bad_config.returncode == 2
    assert "Traceback" not in bad_config.stderr
    assert bad_config.stderr.count("\n") == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.parametrize("where", ["article", "walked", "reference"])
def test_a_named_pipe_is_refused_not_waited_on(newsroom: Path, where: str) -> None:
    """Reading a FIFO blocks until a writer comes: it must be an input error (exit 2), never a hang.
    Run in a subprocess with a timeout, since the failure this guards against is a hang."""
    pipe = newsroom / ("refs" if where == "reference" else "articles") / "pipe.md"
    os.mkfifo(pipe)
    args = {"article": ["extract", str(pipe), "articles/wire.md"],
            "walked": ["check", "articles", "--reference", "refs/centcom.yaml", "--format", "json"],
            "reference": ["check", "articles/wire.md", "--reference", str(pipe), "--format", "json"]}[where]
    done = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 2, done.stderr
    assert f"{pipe.name}: not a regular file" in done.stderr


@pytest.mark.parametrize(("command", "target"), [
    (["check", "{articles}", "-r", "{ref}", "--no-cache"], "{ref}"),
    (["check", "{articles}", "-r", "{ref}", "--no-cache"], "{article}"),
    (["check", "{article}", "-r", "{ref}", "--no-cache", "--format", "markdown"], "{article}"),
    (["check", "{article}", "-r", "{refs}", "--no-cache", "--format", "json"], "{ref}"),
    (["extract", "{articles}", "--no-cache"], "{article}"),
    (["extract", "{article}", "--no-cache", "--format", "json"], "{article}"),
    (["baseline", "{article}", "-r", "{ref}", "--no-cache"], "{ref}"),
])
def test_an_output_that_names_an_input_is_refused(tmp_path: Path, command: list[str], target: str) -> None:
    articles, refs = tmp_path / "articles", tmp_path / "refs"
    names = {"articles": articles, "article": articles / "wire.md", "refs": refs,
             "ref": refs / "centcom.yaml"}
    write(names["article"], WIRE)
    write(names["ref"], REFERENCE)
    before = {p: p.read_bytes() for p in (names["article"], names["ref"])}
    args = [part.format(**names) for part in command] + ["-o", target.format(**names)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "-o names an input" in result.output and str(target.format(**names)) in result.output
    assert {p: p.read_bytes() for p in before} == before


def test_an_output_beside_the_inputs_is_written(tmp_path: Path) -> None:
    write(tmp_path / "wire.md", WIRE)
    write(tmp_path / "centcom.yaml", REFERENCE)
    result = CliRunner().invoke(main, ["check", str(tmp_path / "wire.md"), "-r",
                                       str(tmp_path / "centcom.yaml"), "--no-cache", "--exit-zero", "-o",
                                       str(tmp_path / "report.json")])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["schema"]
