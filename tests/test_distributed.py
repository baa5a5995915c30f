"""The archive check on a local two-worker Dask cluster finds what the embedded archive check finds (and
so what the in-memory check finds): same findings, verified claims and reports, byte for byte after
sorting. Skipped when the optional extra is not installed (pip install 'factcheck[dask]')."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")

from click.testing import CliRunner
from distributed import Client, LocalCluster

from factcheck.archive import ArchiveResult, run_archive
from factcheck.cli import main
from factcheck.config import ConfigResolver
from factcheck.distributed import run_dask
from factcheck.pipeline import CheckRequest
from factcheck.report import stream

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=40) as cluster, Client(cluster) as connected:
        yield connected


def _report(result: ArchiveResult, fmt: str = "json") -> str:
    parts: list[str] = []
    stream.write(fmt, result, parts.append)
    return "".join(parts)


def _same(request: CheckRequest, client: Client) -> ArchiveResult:
    with run_archive(CheckRequest(**request.__dict__)) as embedded:
        expected = {fmt: _report(embedded, fmt) for fmt in ("json", "github", "sarif")}
        findings = sorted(f.model_dump_json() for f in embedded.findings())
        summary = embedded.summary
    distributed = run_dask(CheckRequest(**request.__dict__), client, partition_files=16)
    assert sorted(f.model_dump_json() for f in distributed.findings()) == findings
    assert distributed.summary == summary
    for fmt, text in expected.items():
        assert _report(distributed, fmt) == text, fmt
    return distributed


def test_a_generated_archive_gives_the_same_findings_on_the_cluster(client: Client, tmp_path: Path) -> None:
    from _topics import write_repository

    reference, _ = write_repository(tmp_path, 160, 4)
    request = CheckRequest(paths=[str(tmp_path / "articles")], references=[str(reference)])
    with _same(request, client) as result:
        assert result.summary.findings > 0 and result.summary.verified > 0


def test_ten_thousand_generated_articles_give_the_same_findings_on_the_cluster(client: Client,
                                                                              tmp_path: Path) -> None:
    """The scale the archive is for: 10,000 articles against the 1,000-fact reference, the same findings,
    verified claims, summary and reports on two workers as embedded (about two and a half minutes)."""
    from _topics import write_repository

    reference, _ = write_repository(tmp_path, 10_000, 4)
    request = CheckRequest(paths=[str(tmp_path / "articles")], references=[str(reference)])
    with _same(request, client) as result:
        assert result.summary.documents == 10_000 and result.summary.findings > 1_000


def test_the_bundled_corpus_with_suppressions_and_changed_filter(client: Client, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(CORPUS / "articles", articles)
    codes = "FC101, FC102, FC103, FC104, FC105, FC106, FC107, FC108, FC109, FC900"
    for silenced in sorted(articles.rglob("*.md"))[:3]:
        text = silenced.read_text(encoding="utf-8")
        silenced.write_text(text.replace("---\n", f"---\nfactcheck:\n  ignore: [{codes}]\n", 1),
                            encoding="utf-8")
    first = sorted(articles.rglob("*.md"))[0]
    (articles / "broken.md").write_bytes(b"\xff\xfe not text")
    request = CheckRequest(paths=[str(articles)], references=[str(CORPUS / "references")],
                           resolver=ConfigResolver(), changed={first, *sorted(articles.rglob("*.md"))[3:5]})
    with _same(request, client) as result:
        assert result.input_errors and result.summary.suppressed > 0


def test_the_cli_runs_on_a_local_cluster(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["check", str(CORPUS / "articles"), "-r", str(CORPUS / "references"), "--no-cache",
            "--format", "json"]
    embedded = runner.invoke(main, [*args, "--archive", "-o", str(tmp_path / "a.json")])
    on_dask = runner.invoke(main, [*args, "--dask", "local:2", "-o", str(tmp_path / "b.json")])
    assert embedded.exit_code == on_dask.exit_code == 1, on_dask.output
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    bad = runner.invoke(main, [*args, "--dask", "local:two"])
    assert bad.exit_code == 2 and "expected local or local:N" in bad.output
