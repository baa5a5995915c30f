"""Report cache: a check of an unchanged repository is answered from the report it gave last time.

The claims cache spares re-extracting unchanged files, but a repository-wide check still aligns and
compares every claim and renders the whole report. When nothing that goes into a run has changed —
the bytes of every article and reference, the per-file settings, the check options, the changed-only
set, the baseline, the working folder, the tool, its rules and its code — the report is the same, so
it is stored under a digest of all of that and reused. Any change to any input gives a new digest,
and the run is done in full (re-extracting only the files that changed).

Stored beside the claims cache (``reports.sqlite3``), in transactions, like it: a killed run leaves
either the old entry or the new one, and a damaged file is deleted and rebuilt, never trusted. Each
entry carries a checksum of its outcome and report: an entry edited on disk is a miss, with a warning.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.cache import cache_salt, seal, unseal
from factcheck.documents import iter_paths, read_regular_file
from factcheck.findings import CheckResult
from factcheck.references import reference_paths

if TYPE_CHECKING:
    from factcheck.pipeline import CheckRequest

DB_NAME = "reports.sqlite3"
KEEP = 16  # reports kept; older ones are dropped (one repository rarely needs more)
_SCHEMA = ("CREATE TABLE IF NOT EXISTS reports "
           "(key TEXT PRIMARY KEY, outcome TEXT NOT NULL, body TEXT NOT NULL)")


@dataclass(frozen=True)
class Outcome:
    """What the exit code and stderr need from a run: input errors, the most severe finding, and the
    warnings (unused suppressions apart, since only they are shown under ``--quiet``)."""

    input_errors: tuple[str, ...]
    worst: int  # the highest severity rank among the findings, 0 when there are none
    warnings: tuple[str, ...] = ()
    unused: tuple[str, ...] = ()

    @classmethod
    def of(cls, result: CheckResult, warnings: Sequence[str] = (), unused: Sequence[str] = ()) -> Outcome:
        return cls(result.input_errors, max((f.severity.rank for f in result.findings), default=0),
                   tuple(warnings), tuple(unused))


def _file_digest(path: Path) -> bytes:
    return hashlib.sha256(read_regular_file(path)).digest()  # a FIFO: OSError, the run is not cached


def run_digest(request: CheckRequest, *, fmt: str, root: str) -> str | None:
    """The digest of everything a check run reads, or None when the run should not be cached
    (an unreadable input: such a run must report its errors afresh)."""
    if request.stdin is not None:
        return None  # standard input is read once, by the run itself
    errors: list[str] = []
    files = iter_paths(list(request.paths), errors)
    references = reference_paths(request.references, errors)  # the files the check will read
    if errors:
        return None
    digest = hashlib.sha256()

    def add(*parts: str | bytes) -> None:
        for part in parts:
            digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
            digest.update(b"\0")

    add(cache_salt(), fmt, root, request.options.model_dump_json(), str(request.lang), str(request.locale))
    add(json.dumps(sorted(str(p) for p in request.changed)) if request.changed is not None else "-")
    add(str(request.report_unused))
    add(request.baseline.model_dump_json() if request.baseline is not None else "-",
        str(request.baseline_root))
    seen_settings: dict[int, str] = {}
    try:
        for path in files:
            settings = request.resolver.for_path(path) if request.resolver is not None else None
            if settings is not None:
                if settings.excludes(path):
                    continue
                dumped = seen_settings.setdefault(id(settings), settings.model_dump_json())
                add(dumped)
            add(str(path), _file_digest(path))
        for ref in references:
            add("ref", str(ref), _file_digest(ref))
    except OSError:
        return None
    return digest.hexdigest()


def _body_digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


class ReportCache:
    """Rendered reports keyed by run digest; every failure degrades to a cache miss."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / DB_NAME
        self.warnings: list[str] = []
        self._conn: sqlite3.Connection | None = None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._conn = self._connect()
        except sqlite3.DatabaseError as exc:
            self._rebuild(f"not a usable database ({exc})")
        except OSError as exc:
            self.warnings.append(f"{self.path}: report cache disabled ({exc.strerror or exc})")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            conn.close()
            raise sqlite3.DatabaseError("failed its integrity check")
        conn.execute(_SCHEMA)
        return conn

    def _rebuild(self, reason: str) -> None:
        self.warnings.append(f"{self.path}: {reason}; rebuilt")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        try:
            self._conn = self._connect()
        except (OSError, sqlite3.Error) as exc:
            self.warnings.append(f"{self.path}: report cache disabled ({exc})")

    def get(self, key: str) -> tuple[Outcome, str] | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT outcome, body FROM reports WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            record, body = unseal(row[0]), str(row[1])
            if record is None or (data := json.loads(record))["body"] != _body_digest(body):
                warning = f"{self.path}: a cached report does not match its checksum; checked again"
                if warning not in self.warnings:
                    self.warnings.append(warning)
                return None
            outcome = Outcome(tuple(str(e) for e in data["input_errors"]), int(data["worst"]),
                              tuple(str(w) for w in data.get("warnings", ())),
                              tuple(str(u) for u in data.get("unused", ())))
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            return None  # an unreadable entry is a miss, and is replaced by the next put
        return outcome, body

    def put(self, key: str, outcome: Outcome, body: str) -> None:
        if self._conn is None:
            return
        record = seal(json.dumps({"input_errors": list(outcome.input_errors), "worst": outcome.worst,
                                  "warnings": list(outcome.warnings), "unused": list(outcome.unused),
                                  "body": _body_digest(body)}))
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("INSERT OR REPLACE INTO reports (key, outcome, body) VALUES (?, ?, ?)",
                               (key, record, body))
            self._conn.execute("DELETE FROM reports WHERE rowid NOT IN "
                               "(SELECT rowid FROM reports ORDER BY rowid DESC LIMIT ?)", (KEEP,))
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            self.warnings.append(f"{self.path}: report not cached ({exc})")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
