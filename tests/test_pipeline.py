"""collect(): every usable article is read, every unusable one is one line, in parallel and cached."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from filetools import write

import factcheck.pipeline as pipeline
from factcheck.cache import ClaimCache
from factcheck.config import ConfigResolver
from factcheck.documents import Document
from factcheck.extract import extract_document
from factcheck.findings import DocumentResult
from factcheck.pipeline import collect

BUDGET_AR = "قالت الوزارة إن الموازنة بلغت 199 تريليون دينار.\n"
TOLL_EN = "Officials said 44 ISIS operatives were killed and 166 detained.\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    write(folder / "ar" / "budget.md", BUDGET_AR)
    write(folder / "en" / "toll.md", TOLL_EN)
    write(folder / "en" / "toll-2.txt", "Another 7 were detained.\n")
    return folder


def summary(results: list[DocumentResult]) -> list[tuple[str, list[str]]]:
    return [(Path(r.document.path).name, [c.text for c in r.claims]) for r in results]


def test_unusable_inputs_are_one_line_each_and_the_rest_is_still_read(articles: Path) -> None:
    write(articles / "en" / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    write(articles / "en" / "latin1.md", "café: 44 killed\n".encode("latin-1"))
    results, errors = collect([str(articles), str(articles / "gone.md")])
    assert [name for name, _ in summary(results)] == ["budget.md", "toll-2.txt", "toll.md"]
    assert ("toll.md", ["44", "166"]) in summary(results)
    assert len(errors) == 3
    assert all("\n" not in error for error in errors)
    assert any(e.startswith(str(articles / "gone.md")) for e in errors)
    assert any(e.startswith(str(articles / "en" / "image.md")) and "binary" in e for e in errors)
    assert any(e.startswith(f"{articles / 'en' / 'latin1.md'}:1:") and "UTF-8" in e for e in errors)


def test_parallel_results_come_back_in_path_order(articles: Path) -> None:
    for n in range(12):
        write(articles / "bulk" / f"{n:02d}.md", f"The ministry counted {n + 10} attacks.\n")
    serial, serial_errors = collect([str(articles)], jobs=1)
    parallel, parallel_errors = collect([str(articles)], jobs=2)
    assert parallel == serial
    assert parallel_errors == serial_errors == []
    assert len(serial) == 15


def test_a_second_run_is_served_from_the_cache(articles: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with ClaimCache(tmp_path / "cache", salt="t") as cache:
        first, _ = collect([str(articles)], cache=cache)
        assert len(cache) == 3

    def must_not_extract(*args: object, **kwargs: object) -> object:
        raise AssertionError("extracted although cached")

    with monkeypatch.context() as patch, ClaimCache(tmp_path / "cache", salt="t") as cache:
        patch.setattr(pipeline, "extract_document", must_not_extract)
        again, errors = collect([str(articles)], cache=cache)
        assert again == first and errors == []
    # An edited file, or another locale, is extracted afresh.
    write(articles / "ar" / "budget.md", BUDGET_AR.replace("199", "198"))
    with ClaimCache(tmp_path / "cache", salt="t") as cache:
        edited, _ = collect([str(articles)], cache=cache)
        assert ("budget.md", ["198 تريليون دينار"]) in summary(edited)
        iraq, _ = collect([str(articles / "ar")], cache=cache, locale="ar-IQ")
        assert iraq[0].claims[0].unit == "IQD"
        assert edited[0].claims[0].unit != "IQD"


def test_parallel_workers_share_the_cache(articles: Path, tmp_path: Path) -> None:
    for n in range(6):
        write(articles / "bulk" / f"{n}.md", f"The ministry counted {n + 10} attacks.\n")
    with ClaimCache(tmp_path / "cache", salt="t") as cache:
        first, _ = collect([str(articles)], jobs=2, cache=cache)
    with ClaimCache(tmp_path / "cache", salt="t") as cache:
        assert len(cache) == 9
        again, _ = collect([str(articles)], jobs=2, cache=cache)
        assert cache.warnings == []
    assert again == first


KILLED_RUN = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    import factcheck.pipeline as pipeline
    from factcheck.cache import ClaimCache

    real = pipeline.extract_document
    seen = []

    def dying(doc, **kwargs):
        seen.append(doc.path)
        if len(seen) == {kill_at}:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(doc, **kwargs)

    pipeline.extract_document = dying
    cache = ClaimCache(Path({cache!r}), salt="t")
    pipeline.collect([{articles!r}], cache=cache)
""")


def test_a_run_killed_midway_leaves_a_cache_that_gives_the_same_result(articles: Path,
                                                                       tmp_path: Path) -> None:
    for n in range(50):
        write(articles / "bulk" / f"{n:02d}.md", f"The ministry counted {n + 10} attacks.\n")
    script = KILLED_RUN.format(kill_at=45, cache=str(tmp_path / "cache"), articles=str(articles))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    fresh, fresh_errors = collect([str(articles)])
    with ClaimCache(tmp_path / "cache", salt="t") as cache:
        # Files are stored in batches of 32, each in one transaction: the first batch landed, the
        # batch in progress when the run died left nothing behind.
        assert len(cache) == 32
        again, errors = collect([str(articles)], cache=cache)
        assert cache.warnings == []
    assert again == fresh
    assert errors == fresh_errors == []


def test_excluded_files_and_config_locale_come_from_the_nearest_config(articles: Path) -> None:
    write(articles / ".factcheck.toml", 'exclude = ["en/toll-2.txt"]\n')
    write(articles / "ar" / ".factcheck.toml", 'locale = "ar-IQ"\n')
    results, _ = collect([str(articles)], resolver=ConfigResolver())
    assert [name for name, _ in summary(results)] == ["budget.md", "toll.md"]
    assert results[0].claims[0].unit == "IQD"


def test_front_matter_locale_wins_and_a_bad_front_matter_key_is_an_error(articles: Path) -> None:
    write(articles / "ar" / "budget.md", "---\nfactcheck:\n  locale: ar-IQ\n---\n" + BUDGET_AR)
    write(articles / "ar" / "bad.md", "---\nfactcheck:\n  ignroe: [FC101]\n---\n" + BUDGET_AR)
    results, errors = collect([str(articles / "ar")], locale="ar-EG")
    assert results[1].claims[0].unit == "IQD"
    assert errors == [f"{articles / 'ar' / 'bad.md'}:3: front matter factcheck.ignroe: unknown key"]
    assert len(results) == 2  # the article with the bad key is still checked


def test_an_extractor_crash_is_one_line_unless_debugging(articles: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract_document

    def crash_on_budget(doc: Document, **kwargs: object) -> object:
        if doc.path.endswith("budget.md"):
            raise ZeroDivisionError("boom")
        return real(doc, locale=None)

    monkeypatch.setattr(pipeline, "extract_document", crash_on_budget)
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    results, errors = collect([str(articles)])
    assert len(results) == 2
    assert errors == [f"{articles / 'ar' / 'budget.md'}: internal error while reading it: "
                      "ZeroDivisionError: boom"]
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        collect([str(articles)])


def test_job_count_zero_means_every_cpu() -> None:
    assert pipeline.job_count(0) == max(1, os.cpu_count() or 1)
    assert pipeline.job_count(3) == 3


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=desk@example.org", "-c", "user.name=Desk", *args], cwd=cwd,
                   check=True, capture_output=True)


def test_changed_files_cover_branch_commits_staged_unstaged_and_new_but_not_deleted(tmp_path: Path) -> None:
    from factcheck.gitdiff import changed_files

    for name in ("kept.md", "edited.md", "staged.md", "deleted.md", "moved.md", "ignored.md"):
        write(tmp_path / name, f"{name}\n")
    write(tmp_path / ".gitignore", "scratch/\n")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "base")
    git(tmp_path, "checkout", "-q", "-b", "feature")
    write(tmp_path / "committed.md", "new on the branch\n")
    git(tmp_path, "add", "committed.md")
    git(tmp_path, "commit", "-q", "-m", "branch work")
    write(tmp_path / "edited.md", "changed\n")
    write(tmp_path / "staged.md", "changed\n")
    git(tmp_path, "add", "staged.md")
    git(tmp_path, "rm", "-q", "deleted.md")
    git(tmp_path, "mv", "moved.md", "renamed.md")
    write(tmp_path / "untracked.md", "new\n")
    write(tmp_path / "scratch" / "ignored-by-git.md", "x\n")
    root = tmp_path.resolve()
    names = {path.relative_to(root).as_posix() for path in changed_files("main", tmp_path)}
    assert names == {"committed.md", "edited.md", "staged.md", "renamed.md", "untracked.md"}
    # Since HEAD, the branch's own commit no longer counts.
    assert "committed.md" not in {p.name for p in changed_files("HEAD", tmp_path)}


def test_a_cold_cached_run_reads_each_article_once(articles: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes read for the cache key are the bytes the document is made from."""
    import factcheck.documents as documents

    reads: list[str] = []
    real = documents.read_regular_file

    def counting(path: Path | str) -> bytes:
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(pipeline, "read_regular_file", counting)
    monkeypatch.setattr(documents, "read_regular_file", counting)
    with ClaimCache(tmp_path / "cache", salt="t") as cache:
        results, errors = collect([str(articles)], cache=cache)
    assert errors == [] and len(results) == 3
    assert sorted(reads) == ["budget.md", "toll-2.txt", "toll.md"]


def _session_members(sid: int) -> list[int]:
    """The processes of session ``sid`` that are still running (zombies are dead already)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = (Path("/proc") / entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            members.append(int(entry))
    return members


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    """SIGKILL of a --jobs 2 run leaves no worker, forkserver or resource tracker behind holding the
    cache and the output pipe (a CI step waiting on the pipe would hang)."""
    sentence = "قالت الوزارة إن الموازنة بلغت 199 تريليون دينار وإن 44 عنصرا قتلوا في 2024. "
    for n in range(240):
        write(tmp_path / "articles" / f"{n:03d}.txt", sentence * 800)
    command = [sys.executable, "-c", "from factcheck.cli import main; main()", "check",
               str(tmp_path / "articles"), "--jobs", "2", "--cache-dir", str(tmp_path / "cache"),
               "--format", "json", "--exit-zero"]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(_session_members(run.pid)) < 5 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # the parent, the forkserver, the resource tracker and two workers
        assert run.poll() is None and len(_session_members(run.pid)) >= 5, "the workers never started"
        run.kill()
        run.wait()
        deadline = time.monotonic() + 10
        while _session_members(run.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _session_members(run.pid)
        assert left == [], [Path(f"/proc/{pid}/cmdline").read_bytes()[:80] for pid in left]
        assert run.stdout is not None and run.stdout.read() == b""  # the pipe reached end of file
    finally:
        for pid in _session_members(run.pid):
            os.kill(pid, signal.SIGKILL)
