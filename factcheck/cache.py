"""The claims cache: extraction results kept in SQLite, so an unchanged article is not read twice.

An entry is keyed by the sha256 of the file's bytes, its path, the lang and locale asked for, and a
salt made of the factcheck version, a hash of every file under ``rules/`` and a hash of the package's
own source (so a code or lexicon change never serves stale claims). The value is the Document and its
claims as JSON, stored with its sha256 and validated again on every read: a row that no longer matches
its checksum (a same-length edit on disk) is a miss, with one warning.

Safety: WAL journal, a busy timeout, and every write in one transaction, so two runs may share the
cache and a killed run leaves it consistent. A file that is not a database, has another schema, fails
``PRAGMA quick_check`` or holds a row that does not validate is deleted and rebuilt, never trusted;
each such event adds a one-line message to ``warnings`` for the CLI to show. A cache that cannot be
used at all (read-only folder, disk full) is switched off for the run, with a warning, never an error.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from pydantic import ValidationError

from factcheck.findings import DocumentResult

DEFAULT_CACHE_DIR = ".factcheck_cache"
DB_NAME = "claims.sqlite3"
SCHEMA_VERSION = "1"
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
    key TEXT PRIMARY KEY,
    salt TEXT NOT NULL,
    path TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_salt ON claims (salt);
"""


class CacheCorrupt(Exception):
    """The database cannot be trusted; the message says why."""


def _hash_tree(root: Path, pattern: str) -> str:
    digest = hashlib.sha256()
    if root.is_dir():
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def rules_dir() -> Path:
    """The rules folder: inside the installed package, or beside it in a source checkout."""
    package = Path(__file__).resolve().parent
    shipped = package / "rules"
    return shipped if shipped.is_dir() else package.parent / "rules"


def factcheck_version() -> str:
    try:
        return metadata.version("factcheck")
    except metadata.PackageNotFoundError:
        return "0+source"


@lru_cache(maxsize=1)
def cache_salt() -> str:
    """What every cache key depends on besides the file: version, rules and code."""
    package = Path(__file__).resolve().parent
    parts = [factcheck_version(), _hash_tree(rules_dir(), "*"), _hash_tree(package, "*.py")]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def entry_key(path: str, data: bytes, *, lang: str | None, locale: str | None, salt: str) -> str:
    """The cache key of one file as read with these options."""
    digest = hashlib.sha256()
    for part in (salt, path, lang or "", locale or ""):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def seal(payload: str) -> str:
    """``payload`` prefixed with its sha256, so that a silent change on disk is detected on reading."""
    return hashlib.sha256(payload.encode("utf-8")).hexdigest() + " " + payload


def unseal(stored: str) -> str | None:
    """The payload of a sealed value, or None when it does not match its checksum."""
    digest, _, payload = stored.partition(" ")
    if hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest() != digest:
        return None
    return payload


class ClaimCache:
    """A handle on the cache database; one per process (SQLite connections are not shared)."""

    def __init__(self, directory: Path, *, salt: str | None = None, verify: bool = True) -> None:
        self.directory = directory
        self.path = directory / DB_NAME
        self.salt = salt or cache_salt()
        self.warnings: list[str] = []
        self._conn: sqlite3.Connection | None = None
        self._open(verify)

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def _open(self, verify: bool) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            ignore = self.directory / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Created by factcheck: never commit the cache.\n*\n", encoding="utf-8")
            self._conn = self._connect(verify)
        except CacheCorrupt as exc:
            self._rebuild(str(exc))
        except (OSError, sqlite3.Error) as exc:
            self._disable(exc)

    def _connect(self, verify: bool) -> sqlite3.Connection:
        # isolation_level=None: no implicit transactions; each write states BEGIN ... COMMIT itself.
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            if verify:
                self._verify(conn)
            else:
                self._create(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise CacheCorrupt(f"not a usable database ({exc})") from None
        except CacheCorrupt:
            conn.close()
            raise
        return conn

    def _verify(self, conn: sqlite3.Connection) -> None:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise CacheCorrupt(f"integrity check failed ({check[0] if check else 'no answer'})")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            self._create(conn)
            return
        if not {"meta", "claims"} <= tables:
            raise CacheCorrupt("unknown schema")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise CacheCorrupt(f"schema {row[0] if row else 'missing'}, expected {SCHEMA_VERSION}")
        conn.execute("SELECT key, salt, path, payload FROM claims LIMIT 0")
        self._write(conn, [("DELETE FROM claims WHERE salt != ?", (self.salt,))])

    def _create(self, conn: sqlite3.Connection) -> None:
        statements: list[tuple[str, tuple[object, ...]]] = [
            (statement, ()) for statement in filter(None, (s.strip() for s in _SCHEMA.split(";")))
        ]
        statements.append(("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)))
        self._write(conn, statements)

    @staticmethod
    def _write(conn: sqlite3.Connection, statements: Iterable[tuple[str, tuple[object, ...]]]) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                conn.execute(sql, params)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _rebuild(self, reason: str) -> None:
        self.warnings.append(f"{self.path}: cache is corrupt ({reason}); deleted and rebuilt")
        self.close()
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._conn = self._connect(verify=False)
        except (OSError, sqlite3.Error, CacheCorrupt) as exc:
            self._disable(exc)

    def _disable(self, exc: BaseException) -> None:
        self.warnings.append(f"{self.path}: cache switched off for this run ({exc})")
        self.close()

    def get(self, key: str) -> DocumentResult | None:
        """The cached result for ``key``, or None; a row that does not validate clears the cache."""
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("SELECT payload FROM claims WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            self._rebuild(f"read failed: {exc}")
            return None
        if row is None:
            return None
        payload = unseal(row[0])
        if payload is None:
            self._mismatch()
            return None
        try:
            return DocumentResult.model_validate_json(payload)
        except (ValidationError, ValueError, TypeError) as exc:
            reason = f"an entry failed validation: {str(exc).splitlines()[0]}"
            self._clear(reason)
            return None

    def _mismatch(self) -> None:
        """A row whose payload no longer matches its checksum (a same-length edit on disk: 196 -> 197):
        a miss, re-extracted and stored again, with one warning per run."""
        warning = f"{self.path}: a cached entry does not match its checksum; re-extracted"
        if warning not in self.warnings:
            self.warnings.append(warning)

    def _clear(self, reason: str) -> None:
        if self._conn is None:
            return
        try:
            self._write(self._conn, [("DELETE FROM claims", ())])
            self.warnings.append(f"{self.path}: cache is corrupt ({reason}); cleared and rebuilt")
        except sqlite3.DatabaseError as exc:
            self._rebuild(f"{reason}; clearing failed: {exc}")

    def put_many(self, items: Iterable[tuple[str, DocumentResult]]) -> None:
        """Store results in one transaction: all of them land, or (killed midway) none."""
        if self._conn is None:
            return
        statements = [
            ("INSERT OR REPLACE INTO claims (key, salt, path, payload) VALUES (?, ?, ?, ?)",
             (key, self.salt, result.document.path, seal(result.model_dump_json())))
            for key, result in items
        ]
        if not statements:
            return
        try:
            self._write(self._conn, statements)
        except sqlite3.DatabaseError as exc:
            self._disable(exc)

    def __len__(self) -> int:
        if self._conn is None:
            return 0
        return int(self._conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> ClaimCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
