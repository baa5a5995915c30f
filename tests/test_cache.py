"""The claims cache: round trips, never trusts a damaged database, survives a killed writer."""

from __future__ import annotations

import multiprocessing
import signal
import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

from factcheck.cache import DB_NAME, ClaimCache, entry_key, seal
from factcheck.claims import Claim, Kind, Qualifier
from factcheck.documents import Document
from factcheck.findings import DocumentResult

SALT = "test-salt"


def doc_result(path: str = "a.md", value: str = "44") -> DocumentResult:
    text = f"مقتل {value} عنصرا\n"
    claim = Claim(id="c1", kind=Kind.COUNT, text=value, start=5, end=5 + len(value), line=1, column=6,
                  value=Decimal(value), lower=Decimal(value), upper=Decimal(value),
                  qualifier=Qualifier.EXACT, unit="count", concept="killed", lang="ar")
    return DocumentResult(document=Document(path=path, text=text, prose=text, lang="ar"), claims=(claim,))


def key(path: str = "a.md", data: bytes = b"x", locale: str | None = None) -> str:
    return entry_key(path, data, lang=None, locale=locale, salt=SALT)


def test_round_trip_keeps_decimals_and_arabic(tmp_path: Path) -> None:
    with ClaimCache(tmp_path / "c", salt=SALT) as cache:
        cache.put_many([(key(), doc_result())])
        got = cache.get(key())
        assert got == doc_result()
        assert got is not None and isinstance(got.claims[0].value, Decimal)
        assert cache.get(key(data=b"y")) is None
        assert cache.get(key(locale="ar-IQ")) is None
        assert cache.warnings == []
    assert (tmp_path / "c" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_key_depends_on_bytes_path_options_and_salt() -> None:
    base = entry_key("a.md", b"x", lang=None, locale=None, salt="s")
    assert base == entry_key("a.md", b"x", lang=None, locale=None, salt="s")
    others = {
        entry_key("b.md", b"x", lang=None, locale=None, salt="s"),
        entry_key("a.md", b"y", lang=None, locale=None, salt="s"),
        entry_key("a.md", b"x", lang="ar", locale=None, salt="s"),
        entry_key("a.md", b"x", lang=None, locale="ar-IQ", salt="s"),
        entry_key("a.md", b"x", lang=None, locale=None, salt="t"),
    }
    assert base not in others and len(others) == 5


def test_entries_of_another_version_are_dropped(tmp_path: Path) -> None:
    with ClaimCache(tmp_path, salt="old") as cache:
        cache.put_many([(key(), doc_result())])
    with ClaimCache(tmp_path, salt="new") as cache:
        assert len(cache) == 0


def test_a_file_that_is_not_a_database_is_deleted_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not sqlite" * 100)
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert cache.enabled
        assert len(cache.warnings) == 1
        assert "corrupt" in cache.warnings[0] and "rebuilt" in cache.warnings[0]
        cache.put_many([(key(), doc_result())])
        assert cache.get(key()) == doc_result()


def test_a_database_with_another_schema_is_rebuilt(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE claims (k TEXT)")
    conn.commit()
    conn.close()
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert "unknown schema" in cache.warnings[0]
        cache.put_many([(key(), doc_result())])
        assert cache.get(key()) == doc_result()


def test_damaged_pages_fail_the_check_and_are_rebuilt(tmp_path: Path) -> None:
    with ClaimCache(tmp_path, salt=SALT) as cache:
        cache.put_many([(key(data=str(i).encode()), doc_result(value=str(i))) for i in range(400)])
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db = tmp_path / DB_NAME
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[3 * page: 6 * page] = b"\xff\x00\x13" * page  # overwrite three pages in the middle
    db.write_bytes(bytes(data))
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert cache.warnings and "corrupt" in cache.warnings[0]
        assert cache.enabled and len(cache) == 0
        cache.put_many([(key(), doc_result())])
        assert cache.get(key()) == doc_result()


def test_a_row_that_fails_validation_is_never_returned(tmp_path: Path) -> None:
    with ClaimCache(tmp_path, salt=SALT) as cache:
        cache.put_many([(key(), doc_result()), (key(data=b"2"), doc_result(value="2"))])
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE claims SET payload = ? WHERE key = ?", (seal('{"document": {"path": 3}}'), key()))
    conn.commit()
    conn.close()
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert cache.get(key()) is None
        assert "failed validation" in cache.warnings[0]
        # An entry that fails validation means the whole cache is suspect: nothing old is served.
        assert cache.get(key(data=b"2")) is None
        cache.put_many([(key(), doc_result())])
        assert cache.get(key()) == doc_result()


def test_a_cache_that_cannot_be_created_is_switched_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cache = ClaimCache(blocker / "cache", salt=SALT)
    assert not cache.enabled
    assert "switched off" in cache.warnings[0]
    cache.put_many([(key(), doc_result())])
    assert cache.get(key()) is None


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from test_cache import doc_result, key, SALT
    from factcheck.cache import ClaimCache
    cache = ClaimCache(Path({directory!r}), salt=SALT)
    cache.put_many([(key(data=b"committed"), doc_result(value="7"))])
    conn = cache._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO claims (key, salt, path, payload) VALUES (?, ?, ?, ?)",
                 (key(data=b"half"), SALT, "a.md", "{{partial"))
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_writer_killed_inside_a_transaction_leaves_a_consistent_cache(tmp_path: Path) -> None:
    script = KILLED_WRITER.format(tests=str(Path(__file__).parent), directory=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert cache.warnings == []
        assert cache.get(key(data=b"committed")) == doc_result(value="7")
        assert cache.get(key(data=b"half")) is None
        assert len(cache) == 1


def _write_many(directory: str, worker: int) -> None:
    with ClaimCache(Path(directory), salt=SALT, verify=False) as cache:
        for batch in range(10):
            cache.put_many([(key(data=f"{worker}-{batch}-{i}".encode()), doc_result(value=str(i)))
                            for i in range(20)])


def test_two_processes_can_write_at_the_same_time(tmp_path: Path) -> None:
    ClaimCache(tmp_path, salt=SALT).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(str(tmp_path), n)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert cache.warnings == []
        assert len(cache) == 2 * 10 * 20
        assert cache.get(key(data=b"1-9-19")) == doc_result(value="19")


def test_a_same_length_edit_of_a_stored_claim_is_a_miss_with_one_warning(tmp_path: Path) -> None:
    with ClaimCache(tmp_path, salt=SALT) as cache:
        cache.put_many([(key(), doc_result(value="196")), (key(data=b"2"), doc_result(value="196"))])
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE claims SET payload = replace(payload, '196', '197')")  # same length, valid JSON
    conn.commit()
    conn.close()
    with ClaimCache(tmp_path, salt=SALT) as cache:
        assert cache.get(key()) is None and cache.get(key(data=b"2")) is None
        assert len(cache.warnings) == 1 and "checksum" in cache.warnings[0]
        cache.put_many([(key(), doc_result(value="196"))])
        assert cache.get(key()) == doc_result(value="196")
