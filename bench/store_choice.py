"""Which embedded store for ``check --archive``: SQLite (standard library) or DuckDB (``pip install duckdb``).

Replays the archive check's access pattern on synthetic rows shaped like its claims (factcheck/archive.py):
  (1) insert: one small batch of claim rows per article (10 rows of ~700 bytes), as articles are extracted;
  (2) blocks: per blocking key, the key columns in index order (trusted first, then publication order),
      then the payloads of the rows kept, by id — what ``_Run._pool_block`` and ``align_blocks`` read;
  (3) flags: one UPDATE per matched claim, by id.
Prints seconds for each step and in all. DuckDB is skipped when it is not installed.

    python bench/store_choice.py [--articles 20000] [--small]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from typing import Any

ROWS_PER_ARTICLE = 10
BLOCKS = 60


def _rows(articles: int) -> list[list[tuple[Any, ...]]]:
    rng = random.Random(1)
    out = []
    row_id = 0
    for doc in range(articles):
        batch = []
        for seq in range(ROWS_PER_ARTICLE):
            row_id += 1
            batch.append((row_id, doc, seq, f"block{rng.randrange(BLOCKS)}", f"vu{rng.randrange(40)}",
                          rng.randrange(2), doc, bytes(rng.getrandbits(8) for _ in range(16)) * 44))
        out.append(batch)
    return out


def _sqlite(path: str) -> tuple[Any, Callable[[], None]]:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE",
                   "cache_size = -65536"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE sides (id INTEGER PRIMARY KEY, doc INTEGER, seq INTEGER, block TEXT, vu TEXT, "
                 "refm INTEGER, ord INTEGER, matched INTEGER DEFAULT 0, payload BLOB)")
    conn.execute("BEGIN")
    return conn, lambda: (conn.execute("COMMIT"), conn.execute("BEGIN"))  # type: ignore[func-returns-value]


def _duckdb(path: str) -> tuple[Any, Callable[[], None]]:
    import duckdb

    conn = duckdb.connect(path)
    conn.execute("CREATE TABLE sides (id BIGINT PRIMARY KEY, doc BIGINT, seq BIGINT, block VARCHAR, "
                 "vu VARCHAR, refm BIGINT, ord BIGINT, matched BIGINT DEFAULT 0, payload BLOB)")
    conn.execute("BEGIN")
    return conn, lambda: (conn.execute("COMMIT"), conn.execute("BEGIN"))  # type: ignore[func-returns-value]


Opener = Callable[[str], tuple[Any, Callable[[], None]]]


def measure(name: str, opener: Opener, rows: list[list[tuple[Any, ...]]], work: str) -> None:
    conn, commit = opener(os.path.join(work, f"{name}.db"))
    timings: list[tuple[str, float]] = []
    start = time.perf_counter()
    for number, batch in enumerate(rows, 1):
        conn.executemany("INSERT INTO sides (id, doc, seq, block, vu, refm, ord, payload) "
                         "VALUES (?,?,?,?,?,?,?,?)", batch)
        if number % 256 == 0:
            commit()
    commit()
    conn.execute("CREATE INDEX sides_pool ON sides (block, refm, ord, seq, vu, doc)")
    timings.append(("insert + index", time.perf_counter() - start))
    start = time.perf_counter()
    kept_total = 0
    for block in range(BLOCKS):
        keys = conn.execute("SELECT id, vu, doc FROM sides WHERE block = ? ORDER BY refm DESC, ord, seq",
                            (f"block{block}",)).fetchall()
        seen: dict[str, set[int]] = {}
        kept = []
        for row_id, vu, doc in keys:
            docs = seen.setdefault(vu, set())
            if len(docs) <= 16:
                docs.add(doc)
                kept.append(row_id)
        for first in range(0, len(kept), 500):
            chunk = kept[first:first + 500]
            marks = ",".join("?" * len(chunk))
            conn.execute(f"SELECT payload FROM sides WHERE id IN ({marks})", chunk).fetchall()
        kept_total += len(kept)
        for first in range(0, len(keys), 2000):  # every claim of the block: read once to be aligned
            conn.execute("SELECT payload FROM sides WHERE block = ? LIMIT 2000 OFFSET ?",
                         (f"block{block}", first)).fetchall()
    timings.append(("blocks read", time.perf_counter() - start))
    start = time.perf_counter()
    ids = [(row_id,) for row_id in range(1, len(rows) * ROWS_PER_ARTICLE + 1, 3)]
    conn.executemany("UPDATE sides SET matched = 1 WHERE id = ?", ids)
    commit()
    timings.append(("flags", time.perf_counter() - start))
    conn.close()
    total = sum(seconds for _, seconds in timings)
    print(f"{name:<8} " + "  ".join(f"{label} {seconds:7.2f}s" for label, seconds in timings)
          + f"  total {total:7.2f}s", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--small", action="store_true", help="2,000 articles")
    args = parser.parse_args(argv)
    articles = 2_000 if args.small else args.articles
    rows = _rows(articles)
    print(f"{articles:,} articles, {articles * ROWS_PER_ARTICLE:,} claim rows of ~700 bytes, {BLOCKS} blocks")
    with tempfile.TemporaryDirectory(prefix="factcheck-store-") as work:
        measure("sqlite", _sqlite, rows, work)
        try:
            import duckdb  # noqa: F401
        except ImportError:
            print("duckdb   not installed (pip install duckdb): skipped")
        else:
            measure("duckdb", _duckdb, rows, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
