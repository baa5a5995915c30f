"""``check --archive`` (factcheck.archive) finds what the in-memory check finds, and writes the same
reports: on the bundled corpus, on generated corpora (articles of shared facts, where blocks hold many
more claims than alignment reads, and the news generator's), with suppressions, per-folder ignores and
the changed-only filter."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.archive import ArchiveResult, run_archive
from factcheck.baseline import Baseline, render_baseline
from factcheck.cli import main
from factcheck.config import ConfigResolver
from factcheck.findings import CheckResult
from factcheck.pipeline import CheckRequest, run_check
from factcheck.report import stream
from factcheck.report.formats import render

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "bench"))


def _both(request: CheckRequest) -> tuple[CheckResult, ArchiveResult]:
    memory = run_check(request)
    archived = run_archive(CheckRequest(**{**request.__dict__}))
    return memory, archived


def _streamed(fmt: str, result: ArchiveResult, root: str | None = None) -> str:
    parts: list[str] = []
    stream.write(fmt, result, parts.append, root=root)
    return "".join(parts)


def _sorted_findings(findings: object) -> list[str]:
    return sorted(f.model_dump_json() for f in findings)  # type: ignore[attr-defined]


def _assert_same(memory: CheckResult, archived: ArchiveResult, root: str | None = None) -> None:
    assert _sorted_findings(archived.findings()) == _sorted_findings(memory.findings)
    assert sorted(v.model_dump_json() for v in archived.verified()) == \
        sorted(v.model_dump_json() for v in memory.verified)
    assert archived.summary == memory.summary
    for fmt in ("json", "github", "sarif"):
        assert _streamed(fmt, archived, root) == render(fmt, memory, root=root), fmt


def test_the_bundled_corpus_gives_the_same_findings_and_reports() -> None:
    memory, archived = _both(CheckRequest(paths=[str(CORPUS / "articles")],
                                          references=[str(CORPUS / "references")]))
    with archived:
        assert memory.findings and memory.verified
        _assert_same(memory, archived)
        _assert_same(memory, archived, root=str(ROOT))
        # The bounded formats hold the articles with findings, the run's summary, and (terminal,
        # Markdown, HTML) a line counting the articles left out.
        named = {f.path for f in memory.findings}
        kept = memory.model_copy(update={"documents": tuple(d for d in memory.documents
                                                           if d.document.path in named)})
        left_out = len(memory.documents) - len(kept.documents)
        for fmt in ("terminal", "markdown", "junit", "html"):
            streamed = _streamed(fmt, archived)
            if left_out and fmt != "junit":
                assert f"--archive: {left_out} checked article" in streamed, fmt
                streamed = "\n".join(line for line in streamed.split("\n") if "--archive:" not in line)
                streamed = streamed.replace('<p class="archive-note"></p>\n', "")
            assert streamed == render(fmt, kept), fmt


@pytest.mark.parametrize("count, seed", [(400, 3), (120, 11)])
def test_generated_articles_of_shared_facts_give_the_same_findings(tmp_path: Path, count: int,
                                                                   seed: int) -> None:
    from _topics import write_repository

    reference, _ = write_repository(tmp_path, count, seed)
    for references in ([str(reference)], []):
        memory, archived = _both(CheckRequest(paths=[str(tmp_path / "articles")], references=references))
        with archived:
            assert memory.findings
            _assert_same(memory, archived)


def test_the_bounded_formats_list_the_articles_with_findings_and_say_so(tmp_path: Path) -> None:
    from _topics import write_repository

    reference, _ = write_repository(tmp_path, 60, 9)
    memory, archived = _both(CheckRequest(paths=[str(tmp_path / "articles")], references=[str(reference)]))
    with archived:
        with_findings = {f.path for f in memory.findings}
        left_out = memory.summary.documents - len(with_findings)
        assert with_findings and left_out > 0
        for fmt in ("terminal", "markdown", "html"):
            text = _streamed(fmt, archived)
            assert f"--archive: {left_out} checked articles without findings not listed" in text, fmt
        bounded = stream.bounded(archived)
        assert {d.document.path for d in bounded.documents} == with_findings
        assert all(d.claims for d in bounded.documents) and bounded.summary == memory.summary


def test_generated_news_articles_give_the_same_findings(tmp_path: Path) -> None:
    from gen_corpus import generate

    generate(tmp_path, ar_bytes=400_000, en_bytes=200_000, seed=5)
    memory, archived = _both(CheckRequest(paths=[str(tmp_path)]))
    with archived:
        assert memory.summary.documents > 40 and memory.summary.claims > 500
        _assert_same(memory, archived)


def test_blocks_larger_than_alignment_reads_are_cut_without_changing_a_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a candidate limit of 2, nearly every block is cut after its third article; the findings
    stay those of the in-memory check under the same limit."""
    from _topics import write_repository

    import factcheck.align as align
    import factcheck.archive as archive

    monkeypatch.setattr(align, "CANDIDATE_LIMIT", 2)
    monkeypatch.setattr(archive, "CANDIDATE_LIMIT", 2)
    write_repository(tmp_path, 200, 7)
    memory, archived = _both(CheckRequest(paths=[str(tmp_path / "articles")]))
    with archived:
        _assert_same(memory, archived)


def test_suppressions_ignores_and_the_changed_filter_apply_alike(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(CORPUS / "articles", articles)
    memory = run_check(CheckRequest(paths=[str(articles)], references=[str(CORPUS / "references")]))
    first, second = sorted({f.path for f in memory.findings})[:2]
    # An inline comment before a finding's line, a front-matter ignore, a folder config's ignore.
    target = next(f for f in memory.findings if f.path == first)
    lines = Path(first).read_text(encoding="utf-8").split("\n")
    lines.insert(target.claim.line - 1, f"<!-- factcheck: ignore {target.rule} -->")
    Path(first).write_text("\n".join(lines), encoding="utf-8")
    text = Path(second).read_text(encoding="utf-8")
    text = text.replace("---\n", "---\nfactcheck:\n  ignore: [FC900]\n", 1)
    Path(second).write_text(text, encoding="utf-8")
    folder = Path(sorted({f.path for f in memory.findings})[-1]).parent
    (folder / ".factcheck.toml").write_text('ignore = ["FC101"]\n', encoding="utf-8")
    changed = {Path(first), Path(second), Path(sorted({f.path for f in memory.findings})[-1])}
    for request_changed in (None, changed):
        request = CheckRequest(paths=[str(articles)], references=[str(CORPUS / "references")],
                               resolver=ConfigResolver(), changed=request_changed)
        memory, archived = _both(request)
        with archived:
            assert memory.summary.suppressed > 0
            _assert_same(memory, archived)


def test_the_cli_archive_flag_writes_the_same_report(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["check", str(CORPUS / "articles"), "-r", str(CORPUS / "references"), "--no-cache",
            "--format", "json"]
    plain = runner.invoke(main, [*args, "-o", str(tmp_path / "a.json")])
    archived = runner.invoke(main, [*args, "--archive", "--store-dir", str(tmp_path),
                                    "-o", str(tmp_path / "b.json")])
    assert plain.exit_code == archived.exit_code == 1, archived.output
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    jobs = runner.invoke(main, [*args, "--archive", "--jobs", "2", "-o", str(tmp_path / "c.json")])
    assert jobs.exit_code == 1 and (tmp_path / "c.json").read_bytes() == (tmp_path / "a.json").read_bytes()
    (tmp_path / "c.json").unlink()
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["findings"]
    assert [p.name for p in tmp_path.iterdir()] == ["a.json", "b.json"]  # the store is gone
    baseline = tmp_path / "baseline.json"
    baseline.write_text(render_baseline(Baseline(findings=())), encoding="utf-8")
    refused = runner.invoke(main, [*args, "--archive", "--baseline", str(baseline)])
    assert refused.exit_code == 2 and "--archive does not take a baseline" in refused.output


def test_a_hijri_pair_is_found_by_the_archive_as_in_memory(tmp_path: Path) -> None:
    """FC110 (a Hijri date beside a Gregorian one of another day) is per-article, like the weekday and
    paired-month checks: the archive path runs it too."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "court.md").write_text(
        "---\ntitle: حكم\nlang: ar\ndate: 2024-03-27\n---\n"
        "أصدرت المحكمة حكمها في 15 رمضان 1445 هـ الموافق 25 نيسان/أبريل 2024.\n", encoding="utf-8")
    memory, archived = _both(CheckRequest(paths=[str(folder)], references=[]))
    with archived:
        assert [f.rule for f in memory.findings if f.rule == "FC110"] == ["FC110"]
        _assert_same(memory, archived)
