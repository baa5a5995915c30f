"""The conventions a CI user and an editor expect from a linter's command line (issue #11), with ruff,
Vale and markdownlint-cli2 as the anchors: stdin, ignore files, a terminal report by default, quiet and
colour switches, rule selection, output checks, the baseline found beside the config, suppressions."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result
from filetools import write
from test_cli import OPED, REFERENCE, WIRE

from factcheck.cli import main
from factcheck.walk import iter_paths

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
OPED_FIXED = OPED.replace("169", "196").replace("47", "44")


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A reference, a clean wire story and an op-ed with two wrong figures (FC101 47, FC103 169)."""
    write(tmp_path / "refs" / "centcom.yaml", REFERENCE)
    write(tmp_path / "articles" / "wire.md", WIRE)
    write(tmp_path / "articles" / "oped.md", OPED)
    write(tmp_path / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\n')
    monkeypatch.chdir(tmp_path)
    for name in ("FACTCHECK_DEBUG", "NO_COLOR", "FORCE_COLOR", "COLUMNS", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def rules_of(result: Result) -> list[tuple[str, str]]:
    """(rule, path) of every error and warning in a JSON report."""
    data: dict[str, Any] = json.loads(result.stdout)
    return sorted((f["rule"], f["path"]) for f in data["findings"] if f["severity"] != "info")


# --- 1. standard input ------------------------------------------------------------------------------


def test_dash_reads_the_article_from_stdin_under_its_stdin_filename(newsroom: Path) -> None:
    result = run("check", "-", "--stdin-filename", "articles/oped.md", "--format", "json", stdin=OPED)
    assert result.exit_code == 1, result.output
    assert rules_of(result) == [("FC101", "articles/oped.md"), ("FC103", "articles/oped.md")]
    # Without a name it is stdin.md, read as Markdown.
    plain = run("check", "-", "--format", "json", stdin=OPED)
    assert rules_of(plain) == [("FC101", "stdin.md"), ("FC103", "stdin.md")]
    # The name alone means standard input, as in ruff.
    assert rules_of(run("check", "--stdin-filename", "x.md", "--format", "json", stdin=OPED)) == [
        ("FC101", "x.md"), ("FC103", "x.md")]


def test_the_stdin_article_replaces_the_file_of_its_name_and_meets_the_rest(newsroom: Path) -> None:
    """An editor checks its unsaved buffer against the repository."""
    fixed = run("check", "articles", "-", "--stdin-filename", "articles/oped.md", "--format", "json",
                stdin=OPED_FIXED)
    assert fixed.exit_code == 0, fixed.output
    data = json.loads(fixed.stdout)
    assert data["summary"]["documents"] == 2
    assert rules_of(fixed) == []


def test_stdin_filename_decides_the_configuration_and_the_parser(newsroom: Path) -> None:
    write(newsroom / "desk" / ".factcheck.toml",
          'references = ["../refs/centcom.yaml"]\nignore = ["FC103"]\n')
    desk = run("check", "-", "--stdin-filename", "desk/oped.md", "--format", "json", stdin=OPED)
    assert rules_of(desk) == [("FC101", "desk/oped.md")]
    page = "<html lang='en'><body><p>Those operations killed 47 ISIS operatives in Iraq and Syria " \
           "between January and June 2024.</p></body></html>"
    html = run("extract", "-", "--stdin-filename", "page.html", "--format", "json", stdin=page)
    assert html.exit_code == 0, html.output
    document = json.loads(html.stdout)["documents"][0]
    assert document["path"] == "page.html"
    assert "<p>" not in "".join(c["text"] for c in document["claims"])
    assert document["claims"][0]["text"] == "47"


@pytest.mark.parametrize(("args", "message"), [
    (["check", "-", "-"], "- (standard input) may be given only once"),
    (["check", "articles", "--stdin-filename", "a.md"], "add - to the paths"),
    (["check"], "Missing argument 'PATHS...'."),
])
def test_stdin_usage_errors(newsroom: Path, args: list[str], message: str) -> None:
    result = run(*args, stdin="")
    assert result.exit_code == 2
    assert message in result.stderr


def test_an_empty_stdin_is_an_input_error_naming_it(newsroom: Path) -> None:
    result = run("check", "-", "--stdin-filename", "draft.md", stdin="")
    assert result.exit_code == 2
    assert "factcheck: draft.md: empty file" in result.stderr


# --- 2. ignore files ---------------------------------------------------------------------------------


ARTICLE = "Officials said 44 people were killed.\n"


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        write(root / name, text)
    return root


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_a_walk_honours_gitignore_and_factcheckignore_with_git_semantics(tmp_path: Path) -> None:
    root = tree(tmp_path / "site", {
        ".gitignore": "# build output\n_site/\n*.draft.md\n!keep.draft.md\n/top.md\n",
        ".factcheckignore": "archive/\n",
        "a.md": ARTICLE, "top.md": ARTICLE, "one.draft.md": ARTICLE, "keep.draft.md": ARTICLE,
        "_site/index.html": ARTICLE, "archive/old.md": ARTICLE,
        "node_modules/pkg/README.md": ARTICLE, ".hidden/x.md": ARTICLE,
        "sub/top.md": ARTICLE, "sub/.gitignore": "local.md\n", "sub/local.md": ARTICLE,
        "sub/deeper/local.md": ARTICLE, "other/local.md": ARTICLE,
    })
    errors: list[str] = []
    found = names(iter_paths([str(root)], errors), root)
    assert errors == []
    assert found == ["a.md", "keep.draft.md", "other/local.md", "sub/top.md"]


def test_a_deeper_ignore_file_wins_and_can_re_include(tmp_path: Path) -> None:
    root = tree(tmp_path / "site", {".gitignore": "*.txt\n", "notes/.gitignore": "!wanted.txt\n",
                                    "notes/wanted.txt": ARTICLE, "notes/other.txt": ARTICLE})
    assert names(iter_paths([str(root)], []), root) == ["notes/wanted.txt"]


def test_files_named_on_the_command_line_are_read_even_when_ignored(tmp_path: Path) -> None:
    root = tree(tmp_path / "site", {".gitignore": "*.draft.md\nbuild/\n", "one.draft.md": ARTICLE,
                                    "build/out.md": ARTICLE})
    named = [str(root / "one.draft.md"), str(root / "build")]
    assert names(iter_paths(named, []), root) == ["one.draft.md", "build/out.md"]


def test_ignore_files_above_the_walked_folder_count_up_to_the_repository_top(tmp_path: Path) -> None:
    repo = tree(tmp_path / "repo", {".gitignore": "articles/drafts/\n", ".git/info/exclude": "*.tmp.md\n",
                                    "articles/a.md": ARTICLE, "articles/drafts/d.md": ARTICLE,
                                    "articles/b.tmp.md": ARTICLE})
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    assert names(iter_paths([str(repo / "articles")], []), repo) == ["articles/a.md"]
    assert names(iter_paths([str(repo)], []), repo) == ["articles/a.md"]
    # Outside a repository, the folders above are not read.
    shutil.rmtree(repo / ".git")
    assert names(iter_paths([str(repo / "articles")], []), repo) == ["articles/a.md", "articles/b.tmp.md",
                                                                      "articles/drafts/d.md"]


def test_check_walks_through_the_ignore_files(newsroom: Path) -> None:
    write(newsroom / ".gitignore", "_site/\n")
    shutil.copytree(newsroom / "articles", newsroom / "_site" / "articles")
    write(newsroom / "node_modules" / "x" / "oped.md", OPED)
    result = run("check", ".", "--format", "json")
    assert rules_of(result) == [("FC101", "articles/oped.md"), ("FC103", "articles/oped.md")]


# --- 3, 4. the terminal report, colour, width, quiet, version ---------------------------------------------


def test_the_default_format_is_terminal_without_colour_off_a_terminal(newsroom: Path) -> None:
    result = run("check", "articles")
    assert result.exit_code == 1
    assert result.stdout.startswith("factcheck: 2 articles checked against 1 reference")
    assert "FC101 value.mismatch" in result.stdout
    assert ANSI.search(result.stdout) is None
    extracted = run("extract", "articles/wire.md")
    assert extracted.exit_code == 0
    assert "articles/wire.md (en, 2024-07-17)" in extracted.stdout and ANSI.search(extracted.stdout) is None


def test_force_color_no_color_and_the_flag(newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    forced = run("check", "articles")
    assert ANSI.search(forced.stdout) is not None
    assert ANSI.sub("", forced.stdout).startswith("factcheck: 2 articles checked")
    assert ANSI.search(run("check", "articles", "--no-color").stdout) is None
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI.search(run("check", "articles").stdout) is None


def rule_width(report: str) -> int:
    """The width of the line that heads an article ("articles/oped.md ────"): the console's width."""
    return len(next(line for line in report.splitlines() if line.startswith("articles/oped.md ─")))


def test_columns_sets_the_width(newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rule_width(run("check", "articles").stdout) == 80  # rich's width off a terminal
    monkeypatch.setenv("COLUMNS", "60")
    narrow = run("check", "articles").stdout
    assert rule_width(narrow) == 60
    message = next(line for line in narrow.splitlines() if "'47' states 47" in line)
    assert len(message) <= 60  # messages wrap to it
    monkeypatch.setenv("COLUMNS", "160")
    assert rule_width(run("check", "articles").stdout) == 160


def test_quiet_prints_the_findings_only(newsroom: Path) -> None:
    result = run("check", "articles", "--quiet")
    assert result.exit_code == 1
    out = result.stdout
    assert "FC101 value.mismatch" in out and "FC103 digits.transposed" in out
    lines = out.splitlines()
    assert lines[0].startswith("articles/oped.md ─")
    # No header, title, article line, verified claim or summary.
    unwanted = ("factcheck:", "Oped", "en ·", "verified", "2 articles")
    assert not any(line.startswith(unwanted) for line in lines)
    assert result.stderr == ""
    # An article whose only finding is below --min-level is not shown at all.
    assert run("check", "articles/wire.md", "-q", "--min-level", "warning").stdout == ""


def test_version_flags() -> None:
    short, long = CliRunner().invoke(main, ["-V"]), CliRunner().invoke(main, ["--version"])
    assert short.exit_code == long.exit_code == 0
    assert short.stdout == long.stdout
    assert ", version 0." in short.stdout and "extractor:" in short.stdout


# --- 5. rule selection ---------------------------------------------------------------------------------


def test_select_and_ignore_on_the_command_line(newsroom: Path) -> None:
    # Without the transposed-digits rule, 169 for 196 is a plain value mismatch.
    assert rules_of(run("check", "articles", "--select", "FC101", "--format", "json")) == [
        ("FC101", "articles/oped.md"), ("FC101", "articles/oped.md")]
    assert rules_of(run("check", "articles", "--ignore", "value.mismatch", "--format", "json")) == [
        ("FC103", "articles/oped.md")]
    both = run("check", "articles", "--select", "FC101,FC103", "--select", "FC105", "--ignore", "FC101",
               "--format", "json")
    assert rules_of(both) == [("FC103", "articles/oped.md")]


def test_select_in_the_config_and_the_flag_replaces_it(newsroom: Path) -> None:
    write(newsroom / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\nselect = ["FC103"]\n')
    assert rules_of(run("check", "articles", "--format", "json")) == [("FC103", "articles/oped.md")]
    # Without the transposed-digits rule, 169 for 196 is a plain value mismatch.
    assert rules_of(run("check", "articles", "--select", "FC101", "--format", "json")) == [
        ("FC101", "articles/oped.md"), ("FC101", "articles/oped.md")]
    write(newsroom / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\nselect = ["FC1O1"]\n')
    bad = run("check", "articles")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("factcheck: .factcheck.toml:2: select: not a rule: 'FC1O1'")


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
@pytest.mark.parametrize(("code", "says"),
                         [("FC1O1", "not a rule: 'FC1O1'"), ("FC199", "unknown rule 'FC199'")])
def test_an_unknown_rule_code_is_a_usage_error_naming_it(newsroom: Path, flag: str, code: str,
                                                         says: str) -> None:
    result = run("check", "articles", flag, f"FC101,{code}")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factcheck: Invalid value for '{flag}': {says}")
    assert result.stderr.count("\n") == 1


# --- 6. -o checks ----------------------------------------------------------------------------------------


def test_an_unknown_output_suffix_needs_a_format(newsroom: Path) -> None:
    result = run("check", "articles", "-o", "report.pdf")
    assert result.exit_code == 2
    assert "no report format has the suffix '.pdf'" in result.stderr and "--format" in result.stderr
    assert not (newsroom / "report.pdf").exists()
    named = run("check", "articles", "-o", "report.pdf", "--format", "json", "--exit-zero")
    assert named.exit_code == 0
    assert json.loads((newsroom / "report.pdf").read_text(encoding="utf-8"))["schema"] == "factcheck/check/v1"
    assert run("extract", "articles", "-o", "claims.csv").exit_code == 2
    assert run("extract", "articles", "-o", "claims.json").exit_code == 0
    claims = json.loads((newsroom / "claims.json").read_text(encoding="utf-8"))
    assert claims["schema"] == "factcheck/extract/v1"


@pytest.mark.parametrize("command",
                         [["check", "articles"], ["extract", "articles"], ["baseline", "articles"]])
def test_an_output_in_a_missing_folder_is_an_error_before_the_run(newsroom: Path, command: list[str]) -> None:
    result = run(*command, "-o", "missing/dir/r.json")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: missing/dir/r.json: the folder missing/dir does not exist "
                             "(create it first)\n")
    assert "internal error" not in result.output


# --- 7. a path with no article -------------------------------------------------------------------------


def test_a_path_without_articles_is_a_warning(newsroom: Path) -> None:
    (newsroom / "empty").mkdir()
    write(newsroom / "pictures" / "photo.jpg", b"\xff\xd8")
    write(newsroom / ".factcheck.toml", 'references = ["refs/centcom.yaml"]\nexclude = ["drafts"]\n')
    write(newsroom / "drafts" / "d.md", OPED)
    result = run("check", "articles/wire.md", "empty", "pictures", "drafts")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "factcheck: warning: no articles found under empty",
        "factcheck: warning: no articles found under pictures",
        "factcheck: warning: no articles found under drafts",
    ]
    extracted = run("extract", "empty")
    assert extracted.stderr == "factcheck: warning: no articles found under empty\n"
    assert run("check", "articles/wire.md", "empty", "-q").stderr == ""


# --- 8. no arguments -------------------------------------------------------------------------------------


def test_no_arguments_prints_the_help_and_exits_0() -> None:
    result = CliRunner().invoke(main, [])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    assert "check" in result.stdout and "-V, --version" in result.stdout
    assert result.stderr == ""


# --- 9. the baseline found beside the configuration --------------------------------------------------------


def test_check_uses_the_baseline_beside_the_config_and_says_so(newsroom: Path) -> None:
    write(newsroom / "site" / ".factcheck.toml", 'references = ["../refs/centcom.yaml"]\n')
    shutil.move(str(newsroom / "articles"), str(newsroom / "site" / "articles"))
    (newsroom / ".factcheck.toml").unlink()
    recorded = run("baseline", "site/articles")
    assert recorded.exit_code == 0, recorded.output
    assert (newsroom / "site" / ".factcheck-baseline.json").is_file()  # beside the config, not the cwd
    accepted = run("check", "site/articles", "--format", "json")
    assert accepted.exit_code == 0, accepted.output
    assert json.loads(accepted.stdout)["findings"] == []
    assert ("factcheck: note: site/.factcheck-baseline.json: findings recorded in this baseline are accepted "
            "(--no-baseline reports them)") in accepted.stderr.splitlines()
    everything = run("check", "site/articles", "--no-baseline", "--format", "json")
    assert everything.exit_code == 1
    assert rules_of(everything) == [("FC101", "site/articles/oped.md"), ("FC103", "site/articles/oped.md")]
    assert "baseline" not in everything.stderr
    clash = run("check", "site/articles", "--no-baseline", "--baseline", "site/.factcheck-baseline.json")
    assert clash.exit_code == 2 and "contradict" in clash.stderr


# --- 10. suppressions ---------------------------------------------------------------------------------------


SUPPRESSED = """\
---
title: Oped
date: 2024-07-20
---
<!-- factcheck: ignore FC1O1 -->
Between January and June 2024, U.S. forces carried out 169 operations against ISIS in Iraq and Syria.

<!-- factcheck: ignore FC105 -->
Those operations killed 47 ISIS operatives, officials said.
"""


def test_an_unknown_code_in_a_suppression_is_a_warning_naming_file_and_line(newsroom: Path) -> None:
    write(newsroom / "articles" / "oped.md", SUPPRESSED)
    result = run("check", "articles", "--format", "json")
    assert result.exit_code == 1
    assert rules_of(result) == [("FC101", "articles/oped.md"), ("FC103", "articles/oped.md")]
    assert ("factcheck: warning: articles/oped.md:5: unknown rule 'FC1O1' in a suppression comment "
            "(`factcheck rules` lists them)") in result.stderr.splitlines()


def test_report_unused_suppressions_lists_file_line_and_code(newsroom: Path) -> None:
    write(newsroom / "articles" / "oped.md", SUPPRESSED.replace("FC105", "FC105, FC101"))
    result = run("check", "articles", "--format", "json", "--report-unused-suppressions")
    assert rules_of(result) == [("FC103", "articles/oped.md")]
    lines = result.stderr.splitlines()
    assert "factcheck: warning: articles/oped.md:8: unused suppression: 'FC105' silenced nothing" in lines
    assert not any("'FC101' silenced nothing" in line for line in lines)  # it silenced the 47
    assert not any("'FC1O1' silenced nothing" in line for line in lines)  # reported as unknown already
    assert "unused suppression" not in run("check", "articles", "--format", "json").stderr
    # Asked for, the list survives --quiet (warnings do not).
    quiet = run("check", "articles", "-q", "--report-unused-suppressions").stderr.splitlines()
    assert quiet == ["factcheck: warning: articles/oped.md:8: unused suppression: 'FC105' silenced nothing"]


def test_an_off_on_block_silences_every_finding_inside(newsroom: Path) -> None:
    body = OPED.split("---\n", 2)[2]
    first, second = body.strip().split("\n\n")
    write(newsroom / "articles" / "oped.md", OPED.replace(
        body, f"<!-- factcheck: off -->\n{first}\n<!-- factcheck: on -->\n\n{second}\n"))
    result = run("check", "articles", "--format", "json")
    assert rules_of(result) == [("FC101", "articles/oped.md")]
    assert json.loads(result.stdout)["summary"]["suppressed"] == 1
    # An off without an on runs to the end of the file.
    write(newsroom / "articles" / "oped.md", OPED.replace(body, f"<!-- factcheck: off -->\n{body}"))
    assert rules_of(run("check", "articles", "--format", "json")) == []
    write(newsroom / "articles" / "wire.md", WIRE + "\n<!-- factcheck: off -->\n<!-- factcheck: ingore -->\n")
    noted = run("check", "articles/wire.md", "--report-unused-suppressions").stderr.splitlines()
    assert ("factcheck: warning: articles/wire.md:10: not a factcheck comment: 'ingore' (expected "
            "`ignore [CODES]`, `off` or `on`)") in noted
    assert ("factcheck: warning: articles/wire.md:9: unused suppression: the `off` block silenced "
            "nothing") in noted


# --- 11. an unsupported language -------------------------------------------------------------------------


def test_a_lang_other_than_ar_or_en_is_a_warning_naming_file_and_line(newsroom: Path) -> None:
    write(newsroom / "articles" / "fr.md", "---\ntitle: Note\nlang: fr-FR\n---\nIl y a 44 morts.\n")
    write(newsroom / "articles" / "fr.html", "<html>\n<head lang='x'></head>\n<html lang=\"fr\"><p>44</p>\n")
    result = run("check", "articles", "--format", "json")
    lines = result.stderr.splitlines()
    assert ("factcheck: warning: articles/fr.md:3: lang 'fr-FR' is not a language factcheck reads (ar, en); "
            "the article is read as English (set lang: ar or lang: en, or pass --lang)") in lines
    assert any(line.startswith("factcheck: warning: articles/fr.html:3: lang 'fr'") for line in lines)
    # The same from the claims cache, and none with --lang.
    assert run("check", "articles", "--format", "json").stderr.splitlines() == lines
    assert "lang" not in run("check", "articles", "--lang", "en", "--format", "json").stderr


# --- 12. GitHub annotations --------------------------------------------------------------------------------


def test_github_leaves_info_out_by_default_and_fail_on_still_counts_it(newsroom: Path) -> None:
    write(newsroom / "articles" / "extra.md", "Officials said 12 ISIS operatives were detained in Syria.\n")
    default = run("check", "articles/extra.md", "--format", "github")
    assert default.exit_code == 0
    assert "::notice" not in default.stdout
    assert "1 info finding not shown as annotations (--min-level info shows them)" in default.stdout
    shown = run("check", "articles/extra.md", "--format", "github", "--min-level", "info")
    assert shown.stdout.startswith("::notice file=articles/extra.md")
    failing = run("check", "articles/extra.md", "--format", "github", "--fail-on", "info")
    assert failing.exit_code == 1 and "::notice" not in failing.stdout
    # --min-level applies to the other formats too.
    data = json.loads(run("check", "articles", "--format", "json", "--min-level", "error").stdout)
    assert {f["severity"] for f in data["findings"]} == {"error"}


# --- 13. the GitHub Action ----------------------------------------------------------------------------------


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return loaded


def steps() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = action()["runs"]["steps"]
    return found


def step(uses: str) -> dict[str, Any]:
    return next(s for s in steps() if str(s.get("uses", "")).startswith(uses))


def test_the_action_leaves_the_jobs_python_alone_and_installs_into_its_own_venv_with_pips_cache() -> None:
    python = step("actions/setup-python@")
    assert python["with"]["update-environment"] is False  # no PATH change for the job's later steps
    scripts = "\n".join(s.get("run", "") for s in steps())
    install = next(s for s in steps() if s.get("id") == "install")
    assert "-m venv" in install["run"] and "pip install" in install["run"]
    assert "steps.python.outputs.python-path" in str(install["env"])
    assert "pip install" not in scripts.replace(install["run"], "")  # nothing else installs anywhere
    assert "GITHUB_PATH" not in scripts and "GITHUB_ENV" not in scripts
    cache = step("actions/cache@")
    assert cache["with"]["path"] == "${{ steps.install-key.outputs.pip-cache }}"
    assert "pyproject" in next(s for s in steps() if s.get("id") == "install-key")["run"]
    assert steps().index(cache) < steps().index(install)
    check = next(s for s in steps() if s.get("id") == "check")
    assert "steps.install.outputs.bin" in str(check["env"])


def test_the_sarif_upload_cannot_fail_the_job_but_the_check_still_decides() -> None:
    upload = step("github/codeql-action/upload-sarif@")
    assert upload["continue-on-error"] is True
    fork = ("github.event_name == 'pull_request' && "
            "github.event.pull_request.head.repo.full_name != github.repository")
    assert f"!({fork})" in " ".join(upload["if"].split())
    notice = next(s for s in steps() if s.get("name") == "SARIF not uploaded from a fork")
    assert fork in " ".join(notice["if"].split()) and "::notice" in notice["run"]
    assert [s for s in steps() if s.get("continue-on-error")] == [upload]  # only the upload
    check = next(s for s in steps() if s.get("id") == "check")
    assert check["run"].rstrip().endswith('exit "$code"')
    assert "always()" in upload["if"]


def test_the_action_scripts_run_under_bash(tmp_path: Path) -> None:
    """The key and install steps as a runner would run them (install against this checkout)."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    key_step = next(s for s in steps() if s.get("id") == "install-key")
    output = tmp_path / "out"
    env = {"PATH": "/usr/bin:/bin", "GITHUB_OUTPUT": str(output), "GITHUB_ACTION_PATH": str(ROOT),
           "RUNNER_TEMP": str(tmp_path), "FC_PYTHON": sys.executable}
    done = subprocess.run([bash, "-e", "-c", key_step["run"]], env=env, capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    values = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    assert set(values) == {"key", "pip-cache"}
    assert re.fullmatch(r"[0-9a-f]{64}", values["key"])


def test_rule_docs_url_gives_every_sarif_rule_its_help_uri(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\nlang: en\n---\nPolice arrested 58 people.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "factcheck", "check", str(article), "--no-cache", "--format", "sarif",
           "--rule-docs-url", "https://github.com/example/factcheck/blob/v1/docs/rules"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    rules = json.loads(done.stdout)["runs"][0]["tool"]["driver"]["rules"]
    base = "https://github.com/example/factcheck/blob/v1/docs/rules/"
    assert rules and all(r["helpUri"] == f"{base}{r['id']}.md" for r in rules)
    bad = subprocess.run([*cmd[:-1], "docs/rules/"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "--rule-docs-url" in bad.stderr and "Traceback" not in bad.stderr


def test_the_action_gives_sarif_the_rule_pages_of_its_own_release() -> None:
    root = Path(__file__).resolve().parents[1]
    action = yaml.safe_load((root / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    assert "github.action_repository" in step["env"]["FC_RULE_DOCS"]
    assert "--rule-docs-url \"$FC_RULE_DOCS\"" in step["run"]
