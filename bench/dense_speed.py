"""Extraction speed on figure-dense news text: the sentences of our annotated extraction sets.

The items of ``corpus/blind_extract/set*/*.yaml`` (real-style news sentences, a figure every few dozen
characters) are written as Markdown articles, one per set file and language, one item a paragraph, to
``bench/out/dense/{ar,en}/``. Then, per language, in this process and on CPU time:
  (a) a plain regex digit scan, read + ``re.finditer(r"[0-9٠-٩۰-۹]+")``: the floor;
  (b) ``load_document`` + ``extract_document`` over every article, no cache, after one untimed pass
      over all of them (lexicons loaded, caches warm); the best of ``--repeat`` passes is kept.
It prints characters/second, figures (claims) per 1,000 characters and the time ratio to the regex
scan. Target (issue 12): >= 750,000 characters/second on the Arabic articles, pure Python.

    python bench/dense_speed.py [--repeat 3] [--lang ar|en]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import _common as common
import yaml
from _common import Clock, article_files, rate, stopwatch, verdict

DIGITS = re.compile(r"[0-9٠-٩۰-۹]+")
SETS = common.REPO_ROOT / "corpus" / "blind_extract"
OUT = common.OUT_DIR / "dense"
TARGET_RATE = 750_000  # Arabic, pure Python


def write_articles() -> dict[str, list[Path]]:
    """One article per set file and language; rewritten each run (a few hundred KB, well under a second)."""
    files: dict[str, list[Path]] = {"ar": [], "en": []}
    for source in sorted(SETS.glob("set*/*.yaml")):
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("lang") not in files:
            continue
        lang = str(data["lang"])
        texts = [str(item["text"]).strip() for item in data.get("items") or [] if item.get("text")]
        if not texts:
            continue
        path = OUT / lang / f"{source.parent.name}-{source.stem}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        body = f"---\nlang: {lang}\ndate: 2024-06-30\n---\n\n" + "\n\n".join(texts) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != body:
            path.write_text(body, encoding="utf-8")
        files[lang].append(path)
    return files


def regex_scan(files: Sequence[Path]) -> tuple[Clock, int, int]:
    """Read + scan every file: the timing, the characters read and the digit runs found."""
    chars = runs = 0
    with stopwatch() as took:
        for path in files:
            text = path.read_text(encoding="utf-8")
            chars += len(text)
            runs += sum(1 for _ in DIGITS.finditer(text))
    return took, chars, runs


def extract_all(files: Sequence[Path]) -> tuple[Clock, int]:
    """load_document + extract_document per file, no cache; claims counted, not kept."""
    from factcheck.documents import load_document
    from factcheck.extract import extract_document

    claims = 0
    with stopwatch() as took:
        for path in files:
            claims += len(extract_document(load_document(path)))
    return took, claims


def best(runs: Sequence[Clock]) -> Clock:
    return min(runs, key=lambda c: c.cpu)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per language (best kept)")
    parser.add_argument("--lang", choices=("ar", "en"), action="append", help="only this language")
    parser.add_argument("--small", action="store_true", help="one timed pass (smoke test)")
    args = parser.parse_args(argv)
    repeat = 1 if args.small else max(1, args.repeat)
    common.use_working_tree()
    from factcheck._build import describe_build, module_origin

    print(f"{describe_build()} (factcheck.extract from {module_origin('extract')})")
    articles = write_articles()
    print(f"{'':4} {'files':>6} {'chars':>10} {'claims':>7} {'claims/1k chars':>16} {'cpu s':>7} "
          f"{'chars/s (cpu)':>14} {'x regex':>8}")
    results: dict[str, float] = {}
    for lang in args.lang or ("ar", "en"):
        files = articles[lang] or article_files(OUT / lang)
        regex_scan(files)  # warm the page cache
        scan = best([regex_scan(files)[0] for _ in range(repeat)])
        _, chars, _ = regex_scan(files)
        extract_all(files)  # warm-up: lexicons, compiled patterns and caches, not part of the rate
        timed = [extract_all(files) for _ in range(repeat)]
        took, claims = best([t[0] for t in timed]), timed[0][1]
        ratio = f"{took.cpu / scan.cpu:8.1f}" if scan.cpu else "     n/a"
        print(f"{lang:4} {len(files):6,} {chars:10,} {claims:7,} {1000 * claims / chars:16.1f} "
              f"{took.cpu:7.2f} {rate(chars, took.cpu):>14} {ratio}")
        results[lang] = chars / took.cpu if took.cpu else 0.0
    if "ar" in results:
        print(f"\ntarget  Arabic >= {TARGET_RATE:,} chars/s (cpu): {results['ar']:,.0f}  "
              f"{verdict(results['ar'] >= TARGET_RATE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
