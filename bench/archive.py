"""Archive scale: ``factcheck check --archive`` at 10,000 and 100,000 articles (and 1,000,000 on demand).

Generates N articles of shared facts and their 1,000-fact reference with check_speed's generator
(bench/_topics.py; ``--news`` uses bench/gen_corpus.py's news articles instead, without a reference),
runs the CLI over each set as a subprocess (cache off, JSON report to a file) and prints, per set, CPU
milliseconds per article and the peak RSS of the check process, with the targets: time per article
within 1.3x of the smallest set's, peak RSS at most 2 GiB. ``--memory`` also runs the in-memory
check (no --archive) on the sets up to 10,000 articles, for comparison. ``--dask N`` also runs each
set with ``--dask local:N`` (needs ``pip install 'factcheck[dask]'``) and prints its wall-clock
throughput beside the embedded run's (with ``--jobs N``, so that both use N processes), and whether
the two reports hold the same findings.

    python bench/archive.py [--small] [--sizes 10000 100000] [--seed 1] [--jobs N] [--memory] [--news]
    python bench/archive.py --sizes 10000 1000000      # about an hour for the million
    python bench/archive.py --sizes 10000 100000 --dask 2   # Dask on 2 local workers vs --archive --jobs 2

The articles are written under bench/out/archive/nN (about 1.5 KB each: 1.5 GB for a million) and
reused while the generator is unchanged. The check's store goes to the system's temporary folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import _common as common
from _common import OUT_DIR, stopwatch, verdict

TIME_RATIO = 1.3
RSS_LIMIT_MIB = 2048
SMALL_SIZES = (200, 1000)


@dataclass
class Run:
    label: str
    articles: int
    wall: float
    cpu: float
    rss_mib: float
    findings: int
    digest: str = ""  # of the report's sorted findings

    @property
    def per_second(self) -> float:
        return self.articles / self.wall

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.cpu / self.articles


def _wait(proc: subprocess.Popen[bytes]) -> tuple[int, float, float]:
    """Exit status, CPU seconds and peak RSS (MiB) of one child, from its own rusage."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_check(label: str, articles: Path, reference: Path | None, count: int, *, archive: bool,
              jobs: int | None, dask: int | None = None, digest: bool = False) -> Run:
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as work:
        report = Path(work) / "report.json"
        args = [*common.cli_command(), "check", str(articles), "--format", "json", "-o", str(report),
                "--no-cache", *(["-r", str(reference)] if reference else []),
                *(["--archive"] if archive else []), *(["--jobs", str(jobs)] if jobs else []),
                *(["--dask", f"local:{dask}"] if dask else [])]
        started = time.perf_counter()
        proc = subprocess.Popen(args, env=common.cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        code, cpu, rss = _wait(proc)
        wall = time.perf_counter() - started
        stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if code not in (0, 1) or not report.exists():
            raise SystemExit(f"factcheck check failed (exit {code}): {stderr[-500:]}")
        findings = _count_findings(report)
        hashed = _findings_digest(report) if digest else ""
    return Run(label, count, wall, cpu, rss, findings, hashed)


def _count_findings(report: Path) -> int:
    """The summary's finding count, read from the end of the report (it can be gigabytes)."""
    import json

    with report.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith('  "summary": '):
                summary = line.split(":", 1)[1]
                for more in fh:
                    summary += more
                    if more.startswith("  }"):
                        break
                return int(json.loads(summary.rstrip().rstrip(","))["findings"])
    return -1


def _findings_digest(report: Path) -> str:
    """A hash of the report's findings in sorted order (the two runs may list them in another order)."""
    import hashlib
    import json

    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    digest = hashlib.sha256()
    for item in sorted(json.dumps(f, sort_keys=True, ensure_ascii=False) for f in findings):
        digest.update(item.encode())
    return digest.hexdigest()[:16]


def ensure(count: int, seed: int, news: bool) -> tuple[Path, Path | None]:
    if news:
        from gen_corpus import ensure_corpus

        out = OUT_DIR / "archive" / f"news{count}"
        # gen_corpus writes by size: 5 KB an article on average.
        ensure_corpus(out, ar_bytes=count * 5 * 1024 * 3 // 4, en_bytes=count * 5 * 1024 // 4, seed=seed)
        return out, None
    from _topics import ensure_repository

    root = OUT_DIR / "archive" / f"n{count}"
    reference, _ = ensure_repository(root, count, seed)
    return root / "articles", reference


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help=f"{SMALL_SIZES} articles (smoke test)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the check")
    parser.add_argument("--memory", action="store_true",
                        help="also run the in-memory check (sets up to 10,000 articles)")
    parser.add_argument("--news", action="store_true", help="gen_corpus.py's news articles, no reference")
    parser.add_argument("--dask", type=int, default=None, metavar="N",
                        help="also run --dask local:N and compare it with --archive --jobs N")
    args = parser.parse_args(argv)
    if args.dask:
        args.jobs = args.dask
    sizes = sorted(SMALL_SIZES if args.small else args.sizes)
    runs: list[Run] = []
    for count in sizes:
        with stopwatch() as made:
            articles, reference = ensure(count, args.seed, args.news)
        print(f"{count:,} articles ready in {made.wall:.1f}s: {articles}", flush=True)
        runs.append(run_check("archive", articles, reference, count, archive=True, jobs=args.jobs,
                              digest=bool(args.dask)))
        print_run(runs[-1])
        if args.memory and count <= 10_000:
            print_run(run_check("in memory", articles, reference, count, archive=False, jobs=args.jobs))
        if args.dask:
            dasked = run_check(f"dask:{args.dask}", articles, reference, count, archive=False, jobs=None,
                               dask=args.dask, digest=True)
            print_run(dasked)
            same = dasked.digest == runs[-1].digest and dasked.findings == runs[-1].findings
            print(f"  throughput (wall): --archive --jobs {args.jobs} {runs[-1].per_second:,.1f} articles/s, "
                  f"--dask local:{args.dask} {dasked.per_second:,.1f} articles/s "
                  f"({dasked.per_second / runs[-1].per_second:.2f}x); same findings: {verdict(same)}",
                  flush=True)
    base = runs[0]
    print(f"\n{'articles':>10} {'cpu ms/art':>11} {'vs first':>9} {'peak RSS MiB':>13}")
    for run in runs:
        ratio = run.ms_per_article / base.ms_per_article
        print(f"{run.articles:>10,} {run.ms_per_article:>11.2f} {ratio:>8.2f}x {run.rss_mib:>13,.0f}")
    last = runs[-1]
    ratio = last.ms_per_article / base.ms_per_article
    print(f"\ntime per article, {last.articles:,} vs {base.articles:,}: {ratio:.2f}x "
          f"(target <= {TIME_RATIO}: {verdict(ratio <= TIME_RATIO)})")
    print(f"peak RSS at {last.articles:,} articles: {last.rss_mib:,.0f} MiB "
          f"(target <= {RSS_LIMIT_MIB:,}: {verdict(last.rss_mib <= RSS_LIMIT_MIB)})")
    return 0


def print_run(run: Run) -> None:
    print(f"  {run.label:<10} {run.articles:>10,} articles: {run.wall:8.1f}s wall {run.cpu:8.1f}s cpu "
          f"{run.ms_per_article:7.2f} ms/article, peak RSS {run.rss_mib:,.0f} MiB, {run.findings:,} findings",
          flush=True)


if __name__ == "__main__":
    sys.exit(main())
