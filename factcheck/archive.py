"""The archive check: ``factcheck check --archive``, whose memory does not grow with the number of articles.

The in-memory check (check.check_documents) holds every article and claim until the end: about 130 KiB
an article, 12.8 GiB at 100,000 articles. This one keeps them in an embedded store on disk (SQLite,
see ``ClaimStore``) and runs the same passes, with the same functions, one unit at a time:

A. As each article is extracted (in path order, ``--jobs`` as usual), the passes that need nothing but
   the article and the references: weekdays, paired months, references (check._against_references),
   sums and repeated figures (check._sums, check._internal). Its claims go to the store as Sides,
   keyed by the alignment's blocking keys (align.block_concept: kind, unit block, concept; and the
   plain key of the weak match: kind, unit block, period), with what the article-vs-article pass needs
   of them: whether a reference matched (trusted) or refuted them, whether they are unique in their
   article. The article's text is then dropped.
B. Publication order is numbered in the store, then the article-vs-article pass runs block by block:
   one block's counterparts are loaded into an align.Index-shaped object, and every claim of the block
   is aligned (align.Aligner, the same class as in memory) and judged (check._judge). A claim that
   finds no counterpart of its concept then meets the claims of its plain key (the weak match), one
   plain group at a time.
C. Claims no pass matched are reported as unsupported (check._unsupported).

What is loaded of a block is bounded by what alignment reads of it, not by the archive: the aligner
takes from each variant the first ``align.CANDIDATE_LIMIT`` counterparts of another article in a
compatible unit (``align._others``), so each (variant, unit) keeps its first claims up to those of its
``CANDIDATE_LIMIT + 1``-th article (whoever asks, at least ``CANDIDATE_LIMIT`` of them are from other
articles, and they come first); and the weak match gives up past ``align.WEAK_SCAN_LIMIT`` claims of
one plain key, so only smaller plain groups are loaded at all.

Findings and verified claims go to the store as they are found, and the reports read them back in
their own order (``ArchiveResult``): JSON and GitHub annotations are written entry by entry, byte for
byte what the in-memory check writes; the other formats are rendered from a CheckResult that holds
the findings and the articles that have findings (report.stream.bounded), without the others.
tests/test_archive.py checks that findings and reports are the in-memory check's.

Each step's work on one unit lives in ``Checker``, whatever holds the rows: ``_Run`` drives it over
the store, factcheck.distributed over Dask. The passes are check.py's own functions, called per unit:
a change to what counts as a finding there reaches both without a change here.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

from factcheck import check as _check
from factcheck import lexmatch
from factcheck.align import (
    CANDIDATE_LIMIT,
    WEAK_SCAN_LIMIT,
    Aligner,
    Alignment,
    Block,
    Index,
    Side,
    Variant,
    block_concept,
    unit_block,
)
from factcheck.claims import Claim, Kind
from factcheck.compare import RuleBook
from factcheck.findings import DocumentResult, Finding, Severity, Summary, Verified
from factcheck.references import Reference, load_references
from factcheck.rules import CheckOptions, load_rules
from factcheck.suppress import Inline, _front_matter_ignores, _named

_NO_ALIGN = (Kind.ORDINAL, Kind.DATE)  # never aligned between articles (no reference dates in the pool)
_PICKLE = pickle.HIGHEST_PROTOCOL
_BATCH = 2_000  # rows per executemany / fetchmany

_SCHEMA = """
CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT NOT NULL, pub TEXT NOT NULL, ord INTEGER,
                   lang TEXT NOT NULL, published TEXT, title TEXT, claims INTEGER NOT NULL,
                   suppress BLOB, claim_list BLOB NOT NULL);
CREATE TABLE sides (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, seq INTEGER NOT NULL,
                    ord INTEGER, block TEXT, vu TEXT, plain TEXT, kind TEXT NOT NULL,
                    unique_doc INTEGER NOT NULL, refm INTEGER NOT NULL, refuted INTEGER NOT NULL,
                    matched INTEGER NOT NULL, weak INTEGER NOT NULL, unsupported INTEGER NOT NULL,
                    payload BLOB NOT NULL);
CREATE TABLE findings (id INTEGER PRIMARY KEY, path TEXT NOT NULL, start INTEGER NOT NULL,
                       end_ INTEGER NOT NULL, rule TEXT NOT NULL, kind TEXT NOT NULL,
                       rank INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
                       payload BLOB NOT NULL);
CREATE TABLE verified (id INTEGER PRIMARY KEY, path TEXT NOT NULL, start INTEGER NOT NULL,
                       end_ INTEGER NOT NULL, payload BLOB NOT NULL);
"""

_INDEXES = """
CREATE INDEX docs_order ON docs (pub, path);
CREATE INDEX docs_path ON docs (path);
CREATE INDEX sides_block ON sides (block, refm);
CREATE INDEX sides_pool ON sides (block, refuted, refm DESC, ord, seq, vu, doc);
CREATE INDEX sides_plain ON sides (plain);
CREATE INDEX sides_unsupported ON sides (unsupported, matched, doc);
"""


# Rows hold pydantic's JSON of each model (two to three times faster both ways than pickling these
# models); the suppressions of an article, which are rare and no model, are pickled.
_CLAIMS: TypeAdapter[tuple[Claim, ...]] = TypeAdapter(tuple[Claim, ...])


def _dump(value: object) -> bytes:
    return pickle.dumps(value, protocol=_PICKLE)


def _load(blob: bytes) -> Any:
    return pickle.loads(blob)  # our own store, written by this run


def _json(model: BaseModel) -> bytes:
    return model.__pydantic_serializer__.to_json(model)


def _variant_key(side: Side, variant: Variant) -> str:
    period, places, counted = variant
    return repr((period, sorted(places), counted, side.claim.unit))


def _block_key(claim: Claim) -> str | None:
    if claim.kind in _NO_ALIGN:
        return None
    concept = block_concept(claim)
    return None if concept is None else repr((claim.kind.value, unit_block(claim), concept))


def _plain_key(side: Side, variant: Variant) -> str | None:
    if side.claim.kind in _NO_ALIGN:
        return None
    return repr((side.claim.kind.value, unit_block(side.claim), variant[0]))


class ClaimStore:
    """The run's store: one SQLite file in a private temporary folder, deleted on ``close``.

    SQLite rather than DuckDB (bench/store_choice.py measures both): it ships with Python, the claims
    cache already uses it, and this workload is row by row — many small inserts as articles are
    extracted, then keyed reads of one block at a time — where SQLite's B-trees are at home and a
    column store pays per row.
    """

    def __init__(self, directory: str | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="factcheck-archive-", dir=directory)
        self.path = Path(self._dir.name) / "archive.sqlite3"
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = FILE",
                       "cache_size = -65536", "locking_mode = EXCLUSIVE"):
            self.conn.execute(f"PRAGMA {pragma}")
        self._script(_SCHEMA)
        self.conn.execute("BEGIN")

    def _script(self, script: str) -> None:
        for statement in filter(None, (s.strip() for s in script.split(";"))):
            self.conn.execute(statement)

    def commit(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")

    def index(self) -> None:
        self._script(_INDEXES)
        self.commit()

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.conn.close()
        self._dir.cleanup()


# --- the result ----------------------------------------------------------------------------------------


@dataclass
class DocumentRow:
    """What the reports show of an article that is not held: its path, language, date, title and the
    number of its claims."""

    path: str
    lang: str
    published: dt.date | None
    title: str | None
    claims: int


@dataclass
class ArchiveResult:
    """A check result that lives in the store: findings, verified claims and articles are read back
    one at a time, in the order the reports list them. Close it (or use ``with``) to delete the store."""

    store: ClaimStore
    summary: Summary
    references: tuple[str, ...]
    input_errors: tuple[str, ...]

    def __enter__(self) -> ArchiveResult:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        cursor = self.store.conn.execute(sql)
        while rows := cursor.fetchmany(_BATCH):
            yield from rows

    def findings(self, order: str = "position") -> Iterator[Finding]:
        """Every finding kept, by position (``formats.by_position``) or by relevance (``by_relevance``)."""
        sql = {"position": "path, start, end_, rule, kind, id",
               "relevance": "rank DESC, path, line, col, rule, kind, id"}[order]
        for (blob,) in self._rows(f"SELECT payload FROM findings WHERE kept = 1 ORDER BY {sql}"):
            yield Finding.model_validate_json(blob)

    def verified(self) -> Iterator[Verified]:
        """Every verified claim, by path and position."""
        for (blob,) in self._rows(
                "SELECT payload FROM verified WHERE kept = 1 ORDER BY path, start, end_, id"):
            yield Verified.model_validate_json(blob)

    def claims(self, path: str) -> tuple[Claim, ...]:
        """Every claim extracted from the article at ``path`` (none for a path not checked)."""
        row = self.store.conn.execute("SELECT claim_list FROM docs WHERE path = ?", (path,)).fetchone()
        return () if row is None else _CLAIMS.validate_json(row[0])

    def documents(self) -> Iterator[DocumentRow]:
        """Every article checked (or kept by the changed-only filter), in publication order."""
        for path, lang, published, title, claims, kept in self._rows(
                "SELECT path, lang, published, title, claims, kept FROM docs ORDER BY ord"):
            if kept:
                yield DocumentRow(path, lang, dt.date.fromisoformat(published) if published else None,
                                  title, claims)


# --- the run -------------------------------------------------------------------------------------------


@dataclass
class _Suppressions:
    """An article's inline and front-matter suppressions (suppress.Inline), kept without its text."""

    inline: Inline
    front: frozenset[str]
    disabled: frozenset[str]

    def drop(self, finding: Finding) -> tuple[bool, bool]:
        """(dropped, counted as suppressed): as suppress.apply_suppressions decides."""
        if self.disabled and _named(finding, self.disabled):
            return True, False
        if self.inline.silences(finding) or (bool(self.front) and _named(finding, self.front)):
            return True, True
        return False, False


@dataclass
class ArticleRows:
    """What pass A makes of one article: its row, its sides' rows and what it found."""

    doc: tuple[Any, ...]  # path, pub, lang, published, title, claims, suppress, claim_list
    sides: list[tuple[Any, ...]]  # seq, block, vu, plain, kind, unique_doc, refm, refuted, matched, weak,
    #                              unsupported, payload
    report: _check.Report


@dataclass
class StepOutcome:
    """What one block, plain group or batch gave: findings and verified claims (in a Report), and the
    keys of the claims it matched and of those that still need the weak match."""

    report: _check.Report
    matched: list[Any] = field(default_factory=list)
    weak: list[Any] = field(default_factory=list)


def hydrate(blob: bytes | str, order: int, refm: bool) -> Side:
    """A stored side with its publication order, trusted when a reference confirmed it."""
    side = Side.model_validate_json(blob)
    update: dict[str, object] = {"order": order}
    if refm:
        update["trusted"] = True
    return side.model_copy(update=update)


def cut_pool(rows: Iterable[tuple[Any, str, Any]]) -> list[Any]:
    """Of a block's counterparts (key, variant-and-unit, article) in index order (trusted first, then
    publication order), the keys alignment can read: per variant and unit, the first claims up to those
    of the ``CANDIDATE_LIMIT + 1``-th article (see the module's docstring)."""
    seen: dict[str, set[Any]] = {}
    kept: list[Any] = []
    for key, vu, doc in rows:
        docs = seen.setdefault(vu, set())
        if len(docs) <= CANDIDATE_LIMIT:
            docs.add(doc)
            kept.append(key)
    return kept


class Checker:
    """The work of each step of the archive check on one unit (an article, a block, a plain group, a
    batch of unmatched claims), the same whatever holds the rows: the embedded store or Dask."""

    def __init__(self, references: Sequence[Reference], options: CheckOptions) -> None:
        self.book = RuleBook(load_rules(), options)
        self.options = options
        ref_sides = [side for ref in references for side in _check._reference_sides(ref)]
        self.ref_index = Index(ref_sides)
        self.heard = lexmatch.heard(side.what for side in ref_sides)
        self.ref_aligner = Aligner(self.ref_index, self.book, min_similarity=options.min_similarity)
        self.places = _check.unknown_places(references)
        self.parts = _check.part_words(self.book)  # once, not per article

    # A: one article, as it is extracted.
    def article(self, doc: DocumentResult, disabled: tuple[str, ...]) -> ArticleRows:
        report = _check.Report(self.book)
        # publication order is numbered once all are in (B)
        sides = _check._article_sides(doc, 0, self.places, self.parts, self.heard)
        _check.dates_of(doc, report)
        _check._against_references(sides, self.ref_aligner, report, doc)
        _check._sums(doc, sides, self.ref_index, report)
        _check._internal(doc, sides, report)
        _check._headline(doc, sides, report, self.ref_index)
        document = doc.document
        inline = Inline(document.text)
        front = _front_matter_ignores(document.path, document.text, document.meta)
        suppressions = None
        if inline._lines or front or disabled:
            suppressions = _dump(_Suppressions(inline, front, frozenset(disabled)))
        published = document.published
        row = (document.path, (published or dt.date.max).isoformat(), document.lang,
               published.isoformat() if published else None, document.title, len(doc.claims), suppressions,
               _CLAIMS.dump_json(doc.claims))
        counts = _check._weak_keys(sides)
        unsupported = self.book.unsupported_kinds()
        rows = []
        for seq, side in enumerate(sides):
            key = (side.path, side.claim.id)
            claim = side.claim
            refm = key in report.reference_match
            block = _block_key(claim)
            needs_weak = not refm and block is None and claim.kind not in (*_NO_ALIGN, Kind.YEAR) \
                and not side.other_time
            variant = side.variant
            rows.append((seq, block, _variant_key(side, variant) if block else None,
                         _plain_key(side, variant), claim.kind.value,
                         int(counts[_check._weak_key(side)] == 1), int(refm),
                         int(key in report.refuted), int(key in report.matched), int(needs_weak),
                         int(claim.concept is not None and claim.kind in unsupported), _json(side)))
        return ArticleRows(row, rows, report)

    # B: one block, then one plain group.
    def align_block(self, block: Block, targets: Iterable[tuple[Side, Any, bool]]) -> StepOutcome:
        """Align the block's claims (side, key, unique in its article) with its counterparts."""
        aligner = Aligner(_StoreIndex(block, None), self.book, min_similarity=self.options.min_similarity,
                          peers=True)
        return self._align(aligner, targets, weak_after=True)

    def align_plain(self, group: list[Side], targets: Iterable[tuple[Side, Any, bool]]) -> StepOutcome:
        """The weak match of claims with no counterpart of their concept, within their plain group."""
        aligner = Aligner(_StoreIndex(Block(), group), self.book, min_similarity=self.options.min_similarity,
                          peers=True)
        return self._align(aligner, targets, weak_after=False)

    def _align(self, aligner: Aligner, targets: Iterable[tuple[Side, Any, bool]], *,
               weak_after: bool) -> StepOutcome:
        outcome = StepOutcome(_check.Report(self.book))
        for side, key, unique in targets:
            if side.other_time:
                continue  # checked against no other article (check._against_articles)
            alignment: Alignment | None = aligner.align(side, unique_in_document=unique)
            if alignment is None:
                if weak_after and side.claim.kind is not Kind.YEAR:
                    outcome.weak.append(key)
                continue
            _check._judge(alignment, outcome.report, may_report=_check.peer_may_report(alignment, self.book))
            outcome.matched.append(key)
        return outcome

    # C: claims no pass matched.
    def unsupported(self, sides: list[Side]) -> _check.Report:
        report = _check.Report(self.book)
        _check._unsupported(sides, self.book, report)
        return report


class _Run:
    """The archive check over the embedded store."""

    def __init__(self, store: ClaimStore, checker: Checker) -> None:
        self.store = store
        self.checker = checker

    def add(self, doc: DocumentResult, disabled: tuple[str, ...]) -> None:
        made = self.checker.article(doc, disabled)
        conn = self.store.conn
        cursor = conn.execute("INSERT INTO docs (path, pub, lang, published, title, claims, suppress, "
                              "claim_list) VALUES (?,?,?,?,?,?,?,?)", made.doc)
        doc_id = cursor.lastrowid
        conn.executemany("INSERT INTO sides (doc, seq, block, vu, plain, kind, unique_doc, refm, refuted, "
                         "matched, weak, unsupported, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         [(doc_id, *row) for row in made.sides])
        self.record(made.report)
        if doc_id is not None and doc_id % 256 == 0:
            self.store.commit()

    def record(self, report: _check.Report) -> None:
        conn = self.store.conn
        conn.executemany(
            "INSERT INTO findings (path, start, end_, rule, kind, rank, line, col, payload) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            [(f.path, f.claim.start, f.claim.end, f.rule, f.kind, f.severity.rank, f.claim.line,
              f.claim.column, _json(f)) for f in report.findings.values()])
        conn.executemany("INSERT INTO verified (path, start, end_, payload) VALUES (?,?,?,?)",
                         [(v.path, v.claim.start, v.claim.end, _json(v)) for v in report.verified])

    def number(self) -> None:
        """Publication order: (date, path), as check._check sorts the articles."""
        conn = self.store.conn
        self.store.index()
        ids = [row[0] for row in conn.execute("SELECT id FROM docs ORDER BY pub, path")]
        conn.executemany("UPDATE docs SET ord = ? WHERE id = ?", [(o, i) for o, i in enumerate(ids)])
        del ids
        conn.execute("UPDATE sides SET ord = (SELECT ord FROM docs WHERE docs.id = sides.doc)")
        self.store.commit()

    def _sides(self, sql: str, params: Sequence[object]) -> Iterator[tuple[Side, int, bool]]:
        """Sides ready to align (see ``hydrate``), with their row id and unique flag."""
        cursor = self.store.conn.execute(sql, params)
        while rows := cursor.fetchmany(_BATCH):
            for row_id, order, refm, unique, blob in rows:
                yield hydrate(blob, order, bool(refm)), row_id, bool(unique)

    def _apply(self, outcome: StepOutcome) -> None:
        conn = self.store.conn
        conn.executemany("UPDATE sides SET matched = 1 WHERE id = ?", [(k,) for k in outcome.matched])
        conn.executemany("UPDATE sides SET weak = 1 WHERE id = ?", [(k,) for k in outcome.weak])
        self.record(outcome.report)

    def align_blocks(self) -> None:
        conn = self.store.conn
        blocks = [row[0] for row in conn.execute(
            "SELECT DISTINCT block FROM sides WHERE block IS NOT NULL AND refm = 0 ORDER BY block")]
        for block_key in blocks:
            targets = self._sides("SELECT id, ord, refm, unique_doc, payload FROM sides "
                                  "WHERE block = ? AND refm = 0 ORDER BY id", (block_key,))
            self._apply(self.checker.align_block(self._pool_block(block_key), targets))
        self.store.commit()

    def _pool_block(self, block_key: str) -> Block:
        cursor = self.store.conn.execute(  # (read from the index sides_pool alone)
            "SELECT id, vu, doc FROM sides WHERE block = ? AND refuted = 0 ORDER BY refm DESC, ord, seq",
            (block_key,))
        kept = cut_pool(row for rows in iter(lambda: cursor.fetchmany(_BATCH), []) for row in rows)
        block = Block()
        for start in range(0, len(kept), 500):
            chunk = kept[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found = {row_id: side for side, row_id, _ in self._sides(
                f"SELECT id, ord, refm, unique_doc, payload FROM sides WHERE id IN ({marks})", chunk)}
            for row_id in chunk:
                block.add(found[row_id])
        return block

    def align_weak(self) -> None:
        """The weak match, one plain group at a time; a group past WEAK_SCAN_LIMIT claims matches none."""
        conn = self.store.conn
        groups = [row[0] for row in conn.execute(
            "SELECT plain FROM sides WHERE refuted = 0 AND plain IN "
            "(SELECT DISTINCT plain FROM sides WHERE weak = 1 AND refm = 0) "
            f"GROUP BY plain HAVING COUNT(*) <= {WEAK_SCAN_LIMIT} ORDER BY plain")]
        for plain in groups:
            pool = [side for side, _, _ in self._sides(
                "SELECT id, ord, refm, unique_doc, payload FROM sides WHERE plain = ? AND refuted = 0 "
                "ORDER BY refm DESC, ord, seq", (plain,))]
            targets = self._sides("SELECT id, ord, refm, unique_doc, payload FROM sides "
                                  "WHERE plain = ? AND weak = 1 AND refm = 0 ORDER BY id", (plain,))
            self._apply(self.checker.align_plain(pool, targets))
        self.store.commit()

    def unsupported(self) -> None:
        batch: list[Side] = []
        for side, _, _ in self._sides("SELECT id, ord, refm, unique_doc, payload FROM sides "
                                      "WHERE unsupported = 1 AND matched = 0 ORDER BY id", ()):
            batch.append(side)
            if len(batch) >= _BATCH:
                self.record(self.checker.unsupported(batch))
                batch.clear()
        self.record(self.checker.unsupported(batch))
        self.store.commit()


class _StoreIndex(Index):
    """The part of an align.Index that one step of the archive check needs: one block, or one plain
    group. Without a plain group every weak match gives up (the claim's own article fills the scan
    up to WEAK_SCAN_LIMIT, and claims of one article never align), which is what a plain group past
    that size does; the claims that need a weak match meet their real group afterwards."""

    def __init__(self, block: Block, plain: list[Side] | None) -> None:
        super().__init__(())
        self._block = block
        self._group = plain

    def block(self, claim: Claim) -> Block:
        return self._block

    def plain(self, side: Side) -> list[Side]:
        return self._group if self._group is not None else [side] * (WEAK_SCAN_LIMIT + 1)

    def reference_dates(self) -> list[Side]:
        return []


def _keep_path(paths: Iterable[str]) -> Callable[[str], bool]:
    keep = {os.path.realpath(path) for path in paths}
    return lambda path: os.path.realpath(path) in keep


def archive_check(docs: Iterable[tuple[DocumentResult, tuple[str, ...]]], references: Sequence[Reference],
                  options: CheckOptions, *, input_errors: Sequence[str] = (),
                  changed: Iterable[str] | None = None, store_dir: str | None = None) -> ArchiveResult:
    """Check ``docs`` (each with the rules its configuration ignores) in the store; the result reads
    back what the in-memory check followed by apply_suppressions and restrict would give."""
    store = ClaimStore(store_dir)
    try:
        run = _Run(store, Checker(references, options))
        for doc, disabled in docs:
            run.add(doc, disabled)
        run.number()
        run.align_blocks()
        run.align_weak()
        run.unsupported()
        return finish(store, references, input_errors, changed)
    except BaseException:
        store.close()
        raise


def finish(store: ClaimStore, references: Sequence[Reference], input_errors: Sequence[str],
           changed: Iterable[str] | None) -> ArchiveResult:
    """Suppressions and the changed-only filter over the store's articles, findings and verified
    claims, then the summary."""
    conn = store.conn
    for table in ("docs", "findings", "verified"):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN kept INTEGER NOT NULL DEFAULT 1")
    suppressed = 0
    drop: list[tuple[int]] = []
    for path, blob in conn.execute("SELECT path, suppress FROM docs WHERE suppress IS NOT NULL").fetchall():
        rules: _Suppressions = _load(blob)
        rows = conn.execute("SELECT id, payload FROM findings WHERE path = ?", (path,)).fetchall()
        for row_id, finding in rows:
            dropped, counted = rules.drop(Finding.model_validate_json(finding))
            if dropped:
                drop.append((row_id,))
                suppressed += counted
    conn.executemany("UPDATE findings SET kept = 0 WHERE id = ?", drop)
    keep = _keep_path(changed) if changed is not None else None
    if keep is not None:
        for table in ("docs", "findings", "verified"):
            rows = conn.execute(f"SELECT DISTINCT path FROM {table}").fetchall()
            gone = [(path,) for (path,) in rows if not keep(path)]
            conn.executemany(f"UPDATE {table} SET kept = 0 WHERE path = ?", gone)
    counts = dict(conn.execute("SELECT rank, COUNT(*) FROM findings WHERE kept = 1 GROUP BY rank").fetchall())
    documents, claims = conn.execute("SELECT COUNT(*), COALESCE(SUM(claims), 0) FROM docs WHERE kept = 1"
                                     ).fetchone()
    verified = conn.execute("SELECT COUNT(*) FROM verified WHERE kept = 1").fetchone()[0]
    store.commit()
    summary = Summary(documents=documents, claims=claims, findings=sum(counts.values()),
                      errors=counts.get(Severity.ERROR.rank, 0),
                      warnings=counts.get(Severity.WARNING.rank, 0), infos=counts.get(Severity.INFO.rank, 0),
                      verified=verified, suppressed=suppressed)
    shown = tuple(dict.fromkeys(ref.path for ref in references))
    return ArchiveResult(store, summary, shown, tuple(input_errors))


def run_archive(request: Any, *, store_dir: str | None = None) -> ArchiveResult:
    """``pipeline.run_check`` for the archive: the same request, the result in the store."""
    from factcheck.pipeline import stream

    if request.baseline is not None:
        raise ValueError("--archive does not take a baseline yet")
    errors: list[str] = []
    reference_errors: list[str] = []
    references = load_references(request.references, reference_errors)  # (listed after the articles')

    def docs() -> Iterator[tuple[DocumentResult, tuple[str, ...]]]:
        for doc in stream(request.paths, errors, jobs=request.jobs, cache=request.cache,
                          locale=request.locale, lang=request.lang, resolver=request.resolver,
                          progress=request.progress):
            disabled: tuple[str, ...] = ()
            if request.resolver is not None:
                disabled = request.resolver.for_path(Path(doc.document.path)).ignore
            yield doc, disabled

    changed = {str(path) for path in request.changed} if request.changed is not None else None
    result = archive_check(docs(), references, request.options, changed=changed, store_dir=store_dir)
    result.input_errors = (*errors, *reference_errors)
    return result

