"""Extraction speed and memory on a 20 MB synthetic Arabic news corpus.

In one run, over the same files:
  (a) a plain regex digit scan, re.finditer(r"[0-9٠-٩۰-۹]+"), read + scan: the floor;
  (b) factcheck in one process: load_document + extract_document through the library;
  (c) the CLI, ``factcheck extract DIR --format json -o /dev/null`` (wall time, start-up included);
then peak RSS of fresh processes extracting N files and 4N files, side by side.
Targets: library extraction >= 1,000,000 characters/s, extract/regex time ratio <= 25, and peak RSS
that does not grow with the number of files.

    python bench/speed.py [--small] [--corpus DIR] [--ar-mb 20] [--seed 1] [--no-cli] [--no-memory]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import _common as common
from _common import Clock, article_files, rate, stopwatch, verdict
from gen_corpus import add_corpus_options, corpus_from

DIGITS = re.compile(r"[0-9٠-٩۰-۹]+")
TARGET_RATE = 1_000_000
TARGET_RATIO = 25.0
RSS_GROWTH_LIMIT = 0.10  # "does not grow": 4x the files may cost at most 10% more peak memory


@dataclass
class Timing:
    label: str
    clock: Clock | None  # None when the measurement failed
    items: int = 0  # digit runs or claims found
    note: str = ""


def regex_scan(files: Sequence[Path]) -> tuple[Timing, int]:
    """Read + scan every file; returns the timing and the number of characters read."""
    chars = runs = 0
    with stopwatch() as took:
        for path in files:
            text = path.read_text(encoding="utf-8")
            chars += len(text)
            for _ in DIGITS.finditer(text):
                runs += 1
    return Timing("regex digit scan (read + scan)", took, runs), chars


def extractor_build() -> str:
    """Which build this run measures (compiled wheel or pure Python) and where it is imported from."""
    common.use_working_tree()
    from factcheck._build import describe_build, module_origin

    return f"{describe_build()} (factcheck.extract from {module_origin('extract')})"


def library_extract(files: Sequence[Path]) -> Timing:
    """load_document + extract_document per file in this process; results are counted, not kept."""
    common.use_working_tree()
    from factcheck.documents import load_document
    from factcheck.extract import extract_document, extract_text

    extract_text("بلغ 5 ملايين دولار", "ar")  # lexicons load once per process; not part of the rate
    claims = 0
    with stopwatch() as took:
        for path in files:
            claims += len(extract_document(load_document(path)))
    return Timing("factcheck library (load + extract)", took, claims)


def cli_extract(folder: Path) -> Timing:
    """Wall time of the CLI over the folder, JSON to /dev/null, cache off when the CLI has one."""
    args = ["extract", str(folder), "--format", "json", "-o", "/dev/null"]
    if "--no-cache" in common.cli_help("extract"):
        args.append("--no-cache")
    clock, proc = common.run_cli(args)
    if proc.returncode != 0:
        return Timing("factcheck extract CLI", None, note=_first_line(proc.stderr, proc.returncode))
    return Timing("factcheck extract CLI", clock, note="start-up included")


def _first_line(stderr: str, code: int) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return f"exit {code}: {lines[-1] if lines else 'no message'}"


def print_timings(timings: Sequence[Timing], chars: int, regex: Timing) -> None:
    """Wall and CPU seconds; rates and the regex ratio are on CPU time (steady under machine load)."""
    print(f"{'':34} {'wall s':>8} {'cpu s':>8} {'chars/s (cpu)':>14} {'chars/s (wall)':>15} "
          f"{'x regex':>8}  found")
    for t in timings:
        if t.clock is None:
            print(f"{t.label:34} {'failed':>8}  {t.note}")
            continue
        ratio = f"{t.clock.cpu / regex.clock.cpu:8.1f}" if regex.clock and regex.clock.cpu else "     n/a"
        found = f"{t.items:,}" if t.items else ""
        line = (f"{t.label:34} {t.clock.wall:8.2f} {t.clock.cpu:8.2f} {rate(chars, t.clock.cpu):>14} "
                f"{rate(chars, t.clock.wall):>15} {ratio}  {found} {t.note}")
        print(line.rstrip())


def print_targets(library: Timing, regex: Timing, chars: int) -> None:
    if library.clock is None or regex.clock is None or not regex.clock.cpu or not library.clock.cpu:
        print("targets: not measured (library extraction failed)")
        return
    speed, ratio = chars / library.clock.cpu, library.clock.cpu / regex.clock.cpu
    print(f"target  library >= {TARGET_RATE:,} chars/s (cpu): {speed:,.0f}  {verdict(speed >= TARGET_RATE)}")
    print(f"target  extract/regex <= {TARGET_RATIO:g} (cpu): {ratio:.1f}  {verdict(ratio <= TARGET_RATIO)}")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(wall-time rates suffer when it exceeds 1)")


CHILD = r"""
import json, sys
sys.path.insert(0, {bench!r})
from _common import peak_rss_mib, use_working_tree
use_working_tree()
mode, paths = sys.argv[1], [line for line in open(sys.argv[2], encoding="utf-8").read().splitlines() if line]
if mode == "library":
    from factcheck.documents import load_document
    from factcheck.extract import extract_document
    for path in paths:
        extract_document(load_document(path))
else:
    from factcheck.cli import main
    try:
        main(["extract", *paths, "--format", "json", "-o", "/dev/null", *sys.argv[3:]], standalone_mode=False)
    except SystemExit as exc:
        if exc.code not in (0, None):
            sys.exit(exc.code)
print(json.dumps({{"peak_rss_mib": peak_rss_mib()}}))
"""


def child_rss(mode: str, files: Sequence[Path], extra: Sequence[str], work: Path) -> float | str:
    """Peak RSS (MiB) of a fresh interpreter extracting ``files``; an error text when it fails."""
    listing = work / f"rss-{mode}-{len(files)}.txt"
    listing.write_text("\n".join(str(p) for p in files), encoding="utf-8")
    code = CHILD.format(bench=str(Path(__file__).resolve().parent))
    proc = subprocess.run([sys.executable, "-c", code, mode, str(listing), *extra], capture_output=True,
                          text=True, env=common.cli_env(), check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        return _first_line(proc.stderr, proc.returncode)
    return float(json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_mib"])


def memory(files: Sequence[Path]) -> None:
    n = max(1, len(files) // 4)
    small, large = files[:n], files[: 4 * n]
    extra = ["--no-cache"] if "--no-cache" in common.cli_help("extract") else []
    print(f"\npeak RSS of a fresh process{'':13} {f'N={n:,} files':>15} {f'4N={4 * n:,} files':>16}  growth")
    for mode, label in (("library", "library (results dropped)"), ("cli", "CLI extract -> /dev/null")):
        with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as work:
            low, high = (child_rss(mode, small, extra, Path(work)), child_rss(mode, large, extra, Path(work)))
        if isinstance(low, str) or isinstance(high, str):
            print(f"{label:40} failed: {low if isinstance(low, str) else high}")
            continue
        growth = (high - low) / low
        print(f"{label:40} {low:12.1f} MiB {high:12.1f} MiB  {growth:+6.1%}  "
              f"{verdict(growth <= RSS_GROWTH_LIMIT)}")
    print(f"(parent process for reference: {common.peak_rss_mib():.1f} MiB)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(parser)
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI timing")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-RSS comparison")
    args = parser.parse_args(argv)
    folder, info = corpus_from(args)
    files = article_files(folder)
    print(f"corpus {folder}: {info.summary()}")
    print(f"{extractor_build()}\n")

    regex_scan(files)  # warm the page cache so every pass reads from memory
    regex, chars = regex_scan(files)
    timings = [regex]
    try:
        library = library_extract(files)
    except Exception as exc:  # report and carry on: the other figures are still worth printing
        library = Timing("factcheck library (load + extract)", None, note=f"{type(exc).__name__}: {exc}")
    timings.append(library)
    if not args.no_cli:
        timings.append(cli_extract(folder))
    print_timings(timings, chars, regex)
    print()
    print_targets(library, regex, chars)
    if not args.no_memory:
        memory(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
