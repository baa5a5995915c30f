"""Reading speed: ``load_document`` on the synthetic Arabic news corpus, and its share of front matter.

In one run, over the same files (best of --repeat passes, CPU time):
  (a) read the file and decode it: the floor;
  (b) ``load_document``: read, decode, front matter, prose mask, language;
  (c) ``load_document`` with the flat front matter fast path switched off (every front matter to YAML);
  (d) the front matter step alone, with and without the fast path.
Prints files/s and characters/s, and each row's share of (b).

    python bench/load_speed.py [--small] [--corpus DIR] [--ar-mb 20] [--seed 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import _common as common
from _common import Clock, article_files, rate, stopwatch
from gen_corpus import add_corpus_options, corpus_from


@dataclass
class Timing:
    label: str
    clock: Clock
    note: str = ""


@dataclass(frozen=True)
class FrontMatter:
    """One file's front matter source, as ``load_document`` cuts it out of the file."""

    path: str
    source: str
    last_line: int


def best_of(repeat: int, work: Callable[[], None]) -> Clock:
    """The pass with the least CPU time: the others lost time to the machine, not to the code."""
    best: Clock | None = None
    for _ in range(repeat):
        with stopwatch() as clock:
            work()
        if best is None or clock.cpu < best.cpu:
            best = clock
    assert best is not None
    return best


def read_all(files: Sequence[Path]) -> None:
    for path in files:
        path.read_bytes().decode("utf-8")


def load_all(files: Sequence[Path]) -> None:
    from factcheck.documents import load_document

    for path in files:
        load_document(path)


def front_matters(files: Sequence[Path]) -> list[FrontMatter]:
    """Each file's front matter, cut out with the loader's own closing-line pattern."""
    from factcheck import documents

    found: list[FrontMatter] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        closing = documents._FRONT_MATTER_END.search(text, 4)
        if closing is not None:
            end = closing.start()
            found.append(FrontMatter(str(path), text[4:end], text.count("\n", 0, end) + 1))
    return found


def parse_front_matters(matters: Sequence[FrontMatter]) -> None:
    """The front matter step of ``load_document``: parse, then read title, lang, date and meta."""
    from factcheck import documents

    for fm in matters:
        documents._front_matter(fm.source, fm.path, fm.last_line)


@contextmanager
def yaml_only() -> Iterator[None]:
    """Every front matter goes to the YAML loader, as before the flat fast path existed."""
    from factcheck import documents

    if not hasattr(documents, "_flat_front_matter"):
        yield
        return
    with mock.patch.object(documents, "_flat_front_matter", lambda source: None):
        yield


def fast_path_share(matters: Sequence[FrontMatter]) -> str:
    """How many front matters the flat fast path reads."""
    from factcheck import documents

    flat = getattr(documents, "_flat_front_matter", None)
    if flat is None:
        return "this factcheck has no flat fast path"
    taken = sum(1 for fm in matters if flat(fm.source) is not None)
    return f"{taken:,} of {len(matters):,} take the fast path"


def measure(repeat: int, files: Sequence[Path], matters: Sequence[FrontMatter]) -> list[Timing]:
    load = Timing("load_document", best_of(repeat, lambda: load_all(files)))
    fm = Timing("  front matter step", best_of(repeat, lambda: parse_front_matters(matters)),
                fast_path_share(matters))
    with yaml_only():
        load_yaml = Timing("load_document, YAML only", best_of(repeat, lambda: load_all(files)),
                           "fast path off")
        fm_yaml = Timing("  front matter step, YAML only",
                         best_of(repeat, lambda: parse_front_matters(matters)), "fast path off")
    return [Timing("read + decode", best_of(repeat, lambda: read_all(files))), load, fm, load_yaml, fm_yaml]


def print_timings(timings: Sequence[Timing], files: int, chars: int, load: Clock) -> None:
    print(f"{'':38} {'wall s':>8} {'cpu s':>8} {'files/s (cpu)':>14} {'chars/s (cpu)':>14} {'of load':>8}")
    for t in timings:
        share = f"{t.clock.cpu / load.cpu:8.0%}" if load.cpu else "     n/a"
        print(f"{t.label:38} {t.clock.wall:8.3f} {t.clock.cpu:8.3f} {rate(files, t.clock.cpu):>14} "
              f"{rate(chars, t.clock.cpu):>14} {share}  {t.note}".rstrip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_options(parser)
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; the best counts")
    args = parser.parse_args(argv)
    folder, info = corpus_from(args)
    files = article_files(folder)
    print(f"corpus {folder}: {info.summary()}\n")
    common.use_working_tree()

    chars = sum(len(path.read_text(encoding="utf-8")) for path in files)  # also warms the page cache
    matters = front_matters(files)
    timings = measure(args.repeat, files, matters)
    print_timings(timings, len(files), chars, timings[1].clock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
