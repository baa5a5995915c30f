"""Generate a synthetic corpus of Arabic (and optionally English) news articles for the speed benchmarks.

Articles are Markdown with front matter, 2-8 KB each, written from our own templates with random figures
in every form (Western, Arabic-Indic and Persian digits, number words, scale words, qualifiers, ranges,
currencies, percentages, dates, ordinals, durations) amid ordinary prose at news density (one figure per
150-300 characters). The same --seed gives byte-identical files. A manifest records what was generated,
so a second call with the same settings reuses the files.

    python bench/gen_corpus.py [--ar-mb 20] [--en-mb 0] [--seed 1] [--out DIR] [--small] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from _common import BENCH_DIR, OUT_DIR
from _prose import build_article

DEFAULT_OUT = OUT_DIR / "corpus"
SMALL_OUT = OUT_DIR / "corpus-small"
SMALL_AR_MB, SMALL_EN_MB = 0.5, 0.05
MANIFEST = "manifest.json"
PER_FOLDER = 500
MB = 1_000_000
SOURCES = ("_numwords.py", "_lang_ar.py", "_lang_en.py", "_figures.py", "_prose.py", "gen_corpus.py")


@dataclass(frozen=True)
class CorpusInfo:
    """What a generated corpus holds; stored as manifest.json beside the articles."""

    fingerprint: str
    seed: int
    ar_bytes: int
    en_bytes: int
    files: int = 0
    chars: int = 0
    bytes: int = 0
    figures: int = 0

    def summary(self) -> str:
        density = self.chars / self.figures if self.figures else 0
        return (f"{self.files:,} files, {self.bytes / MB:.1f} MB, {self.chars:,} characters, "
                f"{self.figures:,} figures (one per {density:.0f} characters)")


def fingerprint() -> str:
    """Changes whenever the generator's code or templates change, so stale corpora are rebuilt."""
    digest = hashlib.sha256()
    for name in SOURCES:
        digest.update((BENCH_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def read_manifest(out: Path) -> CorpusInfo | None:
    try:
        return CorpusInfo(**json.loads((out / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _clear(out: Path) -> None:
    """Remove a previous corpus; refuses a non-empty folder that is not one of ours."""
    if out.exists() and any(out.iterdir()) and read_manifest(out) is None:
        raise SystemExit(f"{out}: not empty and not a generated corpus (no {MANIFEST}); pick another --out")
    for lang in ("ar", "en"):
        shutil.rmtree(out / lang, ignore_errors=True)
    (out / MANIFEST).unlink(missing_ok=True)


def _write_lang(out: Path, lang: str, size: int, seed: int) -> tuple[int, int, int, int]:
    """Write articles of one language until ``size`` bytes; returns files, chars, bytes, figures."""
    files = chars = written = figures = 0
    while written < size:
        article = build_article(random.Random(f"{seed}:{lang}:{files}"), lang, files)
        path = out / lang / f"{files // PER_FOLDER:03d}" / f"{lang}-{files:06d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = article.text.encode("utf-8")
        path.write_bytes(data)
        files, chars, written, figures = (files + 1, chars + len(article.text), written + len(data),
                                          figures + article.figures)
    return files, chars, written, figures


def generate(out: Path, *, ar_bytes: int, en_bytes: int, seed: int) -> CorpusInfo:
    """Write a fresh corpus into ``out`` (out/ar/NNN/*.md, out/en/NNN/*.md) and its manifest."""
    _clear(out)
    out.mkdir(parents=True, exist_ok=True)
    totals = [0, 0, 0, 0]
    for lang, size in (("ar", ar_bytes), ("en", en_bytes)):
        for i, value in enumerate(_write_lang(out, lang, size, seed)):
            totals[i] += value
    info = CorpusInfo(fingerprint(), seed, ar_bytes, en_bytes, *totals)
    (out / MANIFEST).write_text(json.dumps(asdict(info), indent=1) + "\n", encoding="utf-8")
    return info


def ensure_corpus(out: Path, *, ar_bytes: int, en_bytes: int, seed: int, force: bool = False) -> CorpusInfo:
    """The corpus at ``out``, reused when it was generated with the same settings and code."""
    wanted = (fingerprint(), seed, ar_bytes, en_bytes)
    info = read_manifest(out)
    if not force and info is not None and (info.fingerprint, info.seed, info.ar_bytes,
                                           info.en_bytes) == wanted:
        return info
    return generate(out, ar_bytes=ar_bytes, en_bytes=en_bytes, seed=seed)


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """The options of a benchmark that reads the generated Arabic corpus (speed.py, load_speed.py)."""
    parser.add_argument("--small", action="store_true", help="a 0.5 MB corpus (smoke test)")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default bench/out/corpus)")
    parser.add_argument("--ar-mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)


def corpus_from(args: argparse.Namespace) -> tuple[Path, CorpusInfo]:
    """The Arabic folder of the corpus those options name (generated when missing or stale)."""
    ar_mb, en_mb = (SMALL_AR_MB, SMALL_EN_MB) if args.small else (args.ar_mb, 0.0)
    out = args.corpus or (SMALL_OUT if args.small else DEFAULT_OUT)
    info = ensure_corpus(out, ar_bytes=int(ar_mb * MB), en_bytes=int(en_mb * MB), seed=args.seed)
    return out / "ar", info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=None,
                        help="default bench/out/corpus (bench/out/corpus-small with --small)")
    parser.add_argument("--ar-mb", type=float, default=20.0, help="megabytes of Arabic (default 20)")
    parser.add_argument("--en-mb", type=float, default=0.0, help="megabytes of English (default 0)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--small", action="store_true",
                        help=f"{SMALL_AR_MB} MB Arabic + {SMALL_EN_MB} MB English (smoke test)")
    parser.add_argument("--force", action="store_true", help="regenerate even when the manifest matches")
    args = parser.parse_args(argv)
    ar_mb, en_mb = (SMALL_AR_MB, SMALL_EN_MB) if args.small else (args.ar_mb, args.en_mb)
    out = args.out or (SMALL_OUT if args.small else DEFAULT_OUT)
    info = ensure_corpus(out, ar_bytes=int(ar_mb * MB), en_bytes=int(en_mb * MB), seed=args.seed,
                         force=args.force)
    print(f"{out}: {info.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
