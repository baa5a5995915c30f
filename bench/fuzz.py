"""Fuzz the extractor and the readers, in process, and print what broke.

Extractor fuzz: ``--n`` generated texts (tests/fuzzgen.py, the generators tests/test_fuzz.py runs) as
plain text, Markdown and HTML, with publication dates at the ends of the calendar. Each call has a time
limit (``--limit`` seconds); every claim must be its own text in the original, inside its bounds, apart
from the others, without white space at its edges. Prints the inputs tried, exceptions by cause,
invariant violations, and the slowest input per character against the median.

Reader fuzz: ``--files`` malformed articles, references and configurations (mutated from valid ones:
bytes flipped, lines cut, values swapped for hostile ones) through the CLI entry point in process. Every
error must be one line naming one of the inputs; an "internal error" is a failure.

    python bench/fuzz.py                    # 1,000,000 texts, 10,000 files
    python bench/fuzz.py --n 100000 --files 2000 --seed 3
"""

from __future__ import annotations

import argparse
import collections
import io
import os
import random
import signal
import statistics
import sys
import tempfile
import time
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from types import FrameType

from _common import REPO_ROOT, use_working_tree

use_working_tree()
sys.path.insert(0, str(REPO_ROOT / "tests"))

from fuzzgen import FORMS, PUBLISHED, claim_problems, document, random_text  # noqa: E402

from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.extract import extract_document  # noqa: E402


class Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Timeout


def _cause(exc: BaseException) -> str:
    """An exception's type and the innermost frame inside factcheck (where it was raised)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "factcheck" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}: {str(exc)[:80]}"


def fuzz_extractor(n: int, seed: int, limit: float) -> bool:
    rng = random.Random(seed)
    signal.signal(signal.SIGALRM, _alarm)
    causes: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    problems: collections.Counter[str] = collections.Counter()
    timeouts: list[str] = []
    per_char: list[tuple[float, str, str]] = []  # (seconds per character, text, form)
    began = time.perf_counter()
    for k in range(n):
        text = random_text(rng, rng.choice((8, 30, 120)))
        form = rng.choice(FORMS)
        published = rng.choice(PUBLISHED)
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            try:
                doc = document(text, form)
            except FactcheckError:
                continue  # a malformed front matter: an input error, reported as such
            if published is not None:
                doc = doc.model_copy(update={"published": published})
            start = time.perf_counter()
            claims = extract_document(doc)
            took = time.perf_counter() - start
        except Timeout:
            timeouts.append(text)
            continue
        except Exception as exc:
            cause = _cause(exc)
            causes[cause] += 1
            examples.setdefault(cause, f"{form} {published}: {text!r}")
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for problem in claim_problems(doc.text, claims):
            problems[problem] += 1
            examples.setdefault(problem, f"{form}: {text!r}")
        per_char.append((took / max(len(text), 1), text, form))
        if (k + 1) % 100_000 == 0:
            print(f"  {k + 1:,} inputs, {sum(causes.values())} exceptions, "
                  f"{time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - began
    print(f"extractor: {n:,} inputs in {elapsed:.0f} s ({n / elapsed:,.0f}/s), seed {seed}")
    print(f"  exceptions: {sum(causes.values())}")
    for cause, count in causes.most_common():
        print(f"    {count:6}  {cause}\n            e.g. {examples[cause][:200]}")
    print(f"  invariant violations: {sum(problems.values())}")
    for problem, count in problems.most_common():
        print(f"    {count:6}  {problem}\n            e.g. {examples[problem][:200]}")
    shown = f" e.g. {timeouts[0][:120]!r}" if timeouts else ""
    print(f"  over the {limit} s limit: {len(timeouts)}{shown}")
    ratio = _slowest(per_char)
    return not causes and not problems and not timeouts and ratio <= 10


_MEASURED = 100  # characters: below that the fixed cost of a call, not the text, sets the time


def _slowest(per_char: list[tuple[float, str, str]]) -> float:
    """The slowest input per character against the median, over inputs of at least _MEASURED characters;
    the slowest fifty are timed again (best of five), so that a garbage collection or a scheduler pause
    is not taken for slowness."""
    per_char = [p for p in per_char if len(p[1]) >= _MEASURED]
    if not per_char:
        return 0.0
    median = statistics.median(t for t, _, _ in per_char)
    worst: list[tuple[float, str]] = []
    for _, text, form in sorted(per_char, reverse=True)[:50]:
        doc = document(text, form)
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            extract_document(doc)
            best = min(best, time.perf_counter() - start)
        worst.append((best / max(len(text), 1), text))
    slowest, text = max(worst)
    ratio = slowest / median if median else 0.0
    print(f"  inputs of {_MEASURED}+ characters: {len(per_char):,}; median {median * 1e6:.2f} µs per "
          f"character; slowest {slowest * 1e6:.2f} µs per character ({ratio:.1f}x the median), "
          f"{len(text)} characters: {text[:100]!r}")
    return ratio


# -- reader fuzz ---------------------------------------------------------------------------------------
ARTICLE = """---
title: Operations against ISIS
lang: en
date: 2024-07-16
---
# Operations

CENTCOM said 44 ISIS operatives were killed and 166 detained in Iraq and Syria in the first half of 2024.
"""
REFERENCE_YAML = """source: U.S. Central Command
published: 2024-07-16
facts:
  - what: ISIS operatives killed in Iraq and Syria
    value: "44"
    unit: count
    period: {start: 2024-01-01, end: 2024-06-30}
    place: [Iraq, Syria]
  - what: ISIS operatives detained
    lower: 160
    upper: 170
"""
REFERENCE_JSON = """{"source": "CENTCOM", "published": "2024-07-16",
 "facts": [{"what": "ISIS operatives killed", "value": 44, "unit": "count",
            "period": {"start": "2024-01-01", "end": "2024-06-30"}}]}
"""
REFERENCE_CSV = ("what,value,unit,period_start,period_end,published\n"
                 "killed,44,count,2024-01-01,2024-06-30,2024-07-16\n")
ARTICLE_HTML = """<html lang="ar"><head><title>عمليات</title><meta name="date" content="2024-07-16"></head>
<body><p>قتل 44 عنصرا من داعش واعتقل 166 في العراق وسوريا خلال النصف الأول من 2024.</p></body></html>
"""
CONFIG = """fail-on = "error"
format = "json"
locale = "ar-IQ"
ignore = ["FC104"]

[tolerances]
money = 0.01
"""
PYPROJECT = "[project]\nname = 'x'\n[tool.factcheck]\n" + CONFIG.replace("[tol", "[tool.factcheck.tol")
HOSTILE = ["2024-02-30", "2024-13-01", "0000-01-01", "9" * 5000, "1e999999", "1e-999999", "10e10000000000",
           "\x7f", "\x00", "\x1b[31m", "\u202e", "cnt", "USDD", "person", "-1", "NaN", "~", "[", "{", "}",
           "'", '"', ": ", "- ", "!!python/object:os.system", "&a", "*a", "\t", "\r", "\ufeff", "٤٤", "２０",
           "¹", "true", "null", "[[[[[[[[", "2023-06-30", "---", "\n", "", "inf", "-0", "1_000", "0x10",
           "9999-12-31", "--02-30", "2024-07", "[tool.factcheck]", "\ud800"]


def _mutate(rng: random.Random, text: str) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:  # swap a value for a hostile one
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        head, sep, _ = lines[i].partition(": ") if ": " in lines[i] else lines[i].partition(",")
        lines[i] = head + (sep or ": ") + rng.choice(HOSTILE)
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    if choice == 1:  # insert a hostile piece anywhere
        i = rng.randrange(len(text) + 1)
        return (text[:i] + rng.choice(HOSTILE) + text[i:]).encode("utf-8", "surrogatepass")
    if choice == 2:  # cut the file
        return text[: rng.randrange(len(text) + 1)].encode()
    data = bytearray(text.encode())
    if choice == 3:  # flip bytes
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice == 4:  # duplicate a line
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        return "\n".join(lines[: i + 1] + lines[i:]).encode()
    return (text * rng.randint(2, 3)).encode()


def fuzz_readers(files: int, seed: int) -> bool:
    from factcheck.cli import main

    rng = random.Random(seed)
    internal: collections.Counter[str] = collections.Counter()
    unnamed: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    codes: collections.Counter[int] = collections.Counter()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for k in range(files):
            case = root / f"case{k}"
            case.mkdir()
            name, article_text = rng.choice([("article.md", ARTICLE), ("article.html", ARTICLE_HTML),
                                             ("article.txt", ARTICLE.split("---\n")[-1])])
            article = case / name
            config_name, config_text = rng.choice([(".factcheck.toml", CONFIG),
                                                   ("pyproject.toml", PYPROJECT)])
            config = case / config_name
            suffix, sample = rng.choice([(".yaml", REFERENCE_YAML), (".json", REFERENCE_JSON),
                                         (".csv", REFERENCE_CSV), (".md", ARTICLE)])
            reference = case / f"facts{suffix}"
            target = rng.choice(["article", "reference", "reference", "config"])
            article.write_bytes(_mutate(rng, article_text) if target == "article" else article_text.encode())
            reference.write_bytes(_mutate(rng, sample) if target == "reference" else sample.encode())
            config.write_bytes(_mutate(rng, config_text) if target == "config" else config_text.encode())
            args = ["check", str(article), "-r", str(reference), "--no-cache", "--format", "json"]
            err, out = io.StringIO(), io.StringIO()
            code = 0
            try:
                with redirect_stderr(err), redirect_stdout(out):
                    main.main(args, prog_name="factcheck", standalone_mode=False)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
            except Exception as exc:  # standalone_mode=False lets click's own errors through
                code = -1
                err.write(f"factcheck: internal error: {_cause(exc)}\n")
            codes[code] += 1
            names = (str(article), str(reference), str(config))
            for line in err.getvalue().splitlines():
                if "internal error" in line:
                    key = line.split(" (set FACTCHECK_DEBUG")[0][:120]
                    internal[key] += 1
                    examples.setdefault(key, f"{target}: {name} {reference.name} {config.name}")
                elif line.startswith("factcheck: ") and not any(n in line for n in names):
                    key = line[:120]
                    unnamed[key] += 1
                    examples.setdefault(key, f"{target}: {name} {reference.name} {config.name}")
            for path in case.iterdir():
                path.unlink()
            case.rmdir()
    elapsed = time.perf_counter() - began
    print(f"readers: {files:,} cases (article, reference, configuration; one mutated) in {elapsed:.0f} s, "
          f"exit codes {dict(sorted(codes.items()))}")
    print(f"  internal errors: {sum(internal.values())}")
    for key, count in internal.most_common():
        print(f"    {count:6}  {key}  ({examples[key]})")
    print(f"  messages that name no input: {sum(unnamed.values())}")
    for key, count in unnamed.most_common(20):
        print(f"    {count:6}  {key}  ({examples[key]})")
    return not internal and not unnamed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000, help="generated texts for the extractor")
    parser.add_argument("--files", type=int, default=10_000, help="malformed file cases for the readers")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed per extraction")
    args = parser.parse_args()
    os.environ.pop("FACTCHECK_DEBUG", None)
    ok = True
    if args.n:
        ok &= fuzz_extractor(args.n, args.seed, args.limit)
    if args.files:
        ok &= fuzz_readers(args.files, args.seed)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
