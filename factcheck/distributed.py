"""The archive check on a Dask cluster: ``factcheck check --archive --dask ADDRESS`` (docs/scale.md).

The optional extra ``pip install 'factcheck[dask]'`` brings dask, distributed, pandas and pyarrow;
nothing else of factcheck imports this module. The steps are those of the embedded archive check
(factcheck.archive), each a Dask operation over Parquet, and the work inside each is the same
``archive.Checker`` call:

A. extraction and the per-article passes: a map over partitions of the article files; each partition
   writes its articles, its claims (one row per Side, with the blocking keys) and its findings as
   Parquet files under the work folder;
B. publication order, numbered on the client from the articles' (date, path); then the shuffle by
   blocking key: ``groupby("block").apply`` aligns each block (Checker.align_block), and
   ``groupby("plain").apply`` runs the weak match of the claims that need it (Checker.align_plain);
C. the unsupported claims: a map over partitions of the claims that no step matched;

then the client gathers the articles, findings and verified claims into the embedded store, where
suppressions and the changed-only filter apply as in the embedded run, and the usual reports are
written from it (report.stream). Findings are the embedded run's, byte for byte after sorting
(tests/test_distributed.py runs both on a local two-worker cluster).

Workers read the article and reference files by the paths the client gives them: every worker must
see the same files at the same paths (a shared or network file system, or one machine).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.align import WEAK_SCAN_LIMIT, Block
from factcheck.archive import (
    ArchiveResult,
    Checker,
    ClaimStore,
    cut_pool,
    finish,
    hydrate,
)
from factcheck.findings import Finding, Verified
from factcheck.references import load_references
from factcheck.rules import CheckOptions

INSTALL_HINT = "the Dask engine needs the optional extra: pip install 'factcheck[dask]'"
PARTITION_FILES = 256  # articles per extraction task

_DOC_COLUMNS = ("path", "pub", "lang", "published", "title", "claims", "suppress", "claim_list")
_SIDE_COLUMNS = ("seq", "block", "vu", "plain", "kind", "unique_doc", "refm", "refuted", "matched", "weak",
                 "unsupported", "payload")
_OUT_COLUMNS = ("type", "path", "seq", "payload")  # of a row: finding, verified, matched or weak


def _require() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"{INSTALL_HINT} ({exc})") from None


# --- on the workers -----------------------------------------------------------------------------------

_CHECKERS: dict[str, Checker] = {}


def _checker(spec: str) -> Checker:
    """One Checker per worker process and run: rules and references read once, on first use."""
    found = _CHECKERS.get(spec)
    if found is None:
        data = json.loads(spec)
        references = load_references(data["references"], [])
        found = _CHECKERS[spec] = Checker(references, CheckOptions.model_validate(data["options"]))
    return found


def _outputs(report: Any, matched: Sequence[Any] = (), weak: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    rows += [("finding", f.path, -1, f.model_dump_json()) for f in report.findings.values()]
    rows += [("verified", v.path, -1, v.model_dump_json()) for v in report.verified]
    rows += [("matched", path, seq, "") for path, seq in matched]
    rows += [("weak", path, seq, "") for path, seq in weak]
    return rows


def _frame(rows: list[tuple[Any, ...]], columns: Sequence[str]) -> Any:
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    return frame.astype({"seq": "int64"}) if "seq" in frame.columns else frame


def _extract(tasks: list[tuple[str, str | None, str | None, tuple[str, ...]]], spec: str, out: str,
             number: int) -> list[str]:
    """Step A for one partition of files; returns its input errors in path order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from factcheck.pipeline import _process, _Task

    checker = _checker(spec)
    errors: list[str] = []
    docs: list[tuple[Any, ...]] = []
    sides: list[tuple[Any, ...]] = []
    found: list[tuple[Any, ...]] = []
    for path, lang, locale, disabled in tasks:
        outcome, _ = _process(_Task(path=path, lang=lang, locale=locale), None)
        errors.extend(outcome.errors)
        if outcome.result is None:
            continue
        made = checker.article(outcome.result, disabled)
        docs.append(made.doc)
        sides += [(made.doc[0], *row) for row in made.sides]
        found += _outputs(made.report)
    name = f"part-{number:06d}.parquet"
    for folder, rows, columns in (("docs", docs, _DOC_COLUMNS), ("sides", sides, ("path", *_SIDE_COLUMNS)),
                                  ("found", found, _OUT_COLUMNS)):
        table = pa.Table.from_pandas(_frame(rows, columns), preserve_index=False, schema=_SCHEMAS[folder])
        pq.write_table(table, os.path.join(out, folder, name))
    return errors


def _schemas() -> dict[str, Any]:
    try:
        import pyarrow as pa
    except ImportError:
        return {}
    text, integer, blob = pa.string(), pa.int64(), pa.binary()
    return {
        "docs": pa.schema([("path", text), ("pub", text), ("lang", text), ("published", text),
                           ("title", text), ("claims", integer), ("suppress", blob), ("claim_list", blob)]),
        "sides": pa.schema([("path", text), ("seq", integer), ("block", text), ("vu", text),
                            ("plain", text), ("kind", text), ("unique_doc", integer), ("refm", integer),
                            ("refuted", integer), ("matched", integer), ("weak", integer),
                            ("unsupported", integer),
                            ("payload", blob)]),
        "found": pa.schema([("type", text), ("path", text), ("seq", integer), ("payload", text)]),
    }


_SCHEMAS = _schemas()


def _targets(group: Any, mask: Any) -> Iterator[tuple[Any, Any, bool]]:
    for row in group[mask].itertuples(index=False):
        side = hydrate(row.payload, int(row.ord), bool(row.refm))
        yield side, (row.path, int(row.seq)), bool(row.unique_doc)


def _pool(group: Any) -> Any:
    """The group's counterparts in align.Index order: trusted first, then publication order."""
    pool = group[group.refuted == 0]
    return pool.sort_values(["refm", "ord", "seq"], ascending=[False, True, True], kind="stable")


def _align_block(group: Any, spec: str) -> Any:
    """Step B for one block (the rows of one blocking key)."""
    checker = _checker(spec)
    pool = _pool(group)
    keep = set(cut_pool(zip(range(len(pool)), pool.vu, pool.path, strict=True)))
    block = Block()
    for position, row in enumerate(pool.itertuples(index=False)):
        if position in keep:
            block.add(hydrate(row.payload, int(row.ord), bool(row.refm)))
    outcome = checker.align_block(block, _targets(group, group.refm == 0))
    return _frame(_outputs(outcome.report, outcome.matched, outcome.weak), _OUT_COLUMNS)


def _align_plain(group: Any, spec: str) -> Any:
    """The weak match within one plain group; past WEAK_SCAN_LIMIT claims it matches none."""
    wanted = (group.needs_weak == 1) & (group.refm == 0)
    pool = _pool(group)
    if len(pool) > WEAK_SCAN_LIMIT or not wanted.any():
        return _frame([], _OUT_COLUMNS)
    members = [hydrate(row.payload, int(row.ord), bool(row.refm)) for row in pool.itertuples(index=False)]
    outcome = _checker(spec).align_plain(members, _targets(group, wanted))
    return _frame(_outputs(outcome.report, outcome.matched), _OUT_COLUMNS)


def _unsupported(part: Any, spec: str) -> Any:
    """Step C for one partition of claims no step matched."""
    if part.empty:
        return _frame([], _OUT_COLUMNS)
    sides = [hydrate(row.payload, int(row.ord), bool(row.refm)) for row in part.itertuples(index=False)]
    return _frame(_outputs(_checker(spec).unsupported(sides)), _OUT_COLUMNS)


# --- on the client ------------------------------------------------------------------------------------


def _tasks(request: Any, errors: list[str]) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    """The files to check, with their language, locale and ignored rules, as pipeline.stream sees them."""
    from factcheck.documents import iter_paths

    tasks = []
    for path in iter_paths(list(request.paths), errors):
        settings = request.resolver.for_path(path) if request.resolver is not None else None
        if settings is not None and settings.excludes(path):
            continue
        tasks.append((str(path), request.lang or (settings.lang if settings else None),
                      request.locale or (settings.locale if settings else None),
                      tuple(settings.ignore) if settings else ()))
    return tasks


def run_dask(request: Any, client: Any, *, work_dir: str | None = None,
             partition_files: int = PARTITION_FILES, store_dir: str | None = None) -> ArchiveResult:
    """The archive check of ``request`` (a pipeline.CheckRequest) on the cluster of ``client`` (a
    distributed.Client); the result in an embedded store on this machine, as ``archive.run_archive``."""
    _require()
    if request.baseline is not None:
        raise ValueError("--archive does not take a baseline yet")
    with tempfile.TemporaryDirectory(prefix="factcheck-dask-", dir=work_dir) as work:
        return _run(request, client, work, partition_files, store_dir)


def _run(request: Any, client: Any, work: str, partition_files: int, store_dir: str | None) -> ArchiveResult:
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow.parquet as pq

    errors: list[str] = []
    reference_errors: list[str] = []
    references = load_references(request.references, reference_errors)
    spec = json.dumps({"references": list(request.references),  # as given: the same on every machine
                       "options": request.options.model_dump(mode="json")}, sort_keys=True)
    spec = json.dumps({**json.loads(spec), "run": hashlib.sha256(work.encode()).hexdigest()[:12]})
    tasks = _tasks(request, errors)
    for folder in ("docs", "sides", "found", "steps"):
        os.makedirs(os.path.join(work, folder))
    # A: a map over partitions of files.
    chunks = [tasks[i:i + partition_files] for i in range(0, len(tasks), partition_files)]
    futures = client.map(_extract, chunks, [spec] * len(chunks), [work] * len(chunks), range(len(chunks)),
                         pure=False)
    for part_errors in client.gather(futures):
        errors.extend(part_errors)
    del futures
    store = ClaimStore(store_dir)
    try:
        if not chunks:
            return finish(store, references, (*errors, *reference_errors), _changed(request))
        # B: publication order, then the shuffles by blocking key.
        docs = dd.read_parquet(os.path.join(work, "docs"), columns=["path", "pub"]).compute()
        order = docs.sort_values(["pub", "path"], kind="stable").reset_index(drop=True)
        order = pd.DataFrame({"path": order.path, "ord": range(len(order))})
        del docs
        sides = dd.read_parquet(os.path.join(work, "sides")).merge(order, on="path", how="left")
        out_meta = _frame([], _OUT_COLUMNS)
        blocks = sides[sides.block.notnull()]
        step_b = blocks.groupby("block").apply(_align_block, spec, meta=out_meta)
        step_b.to_parquet(os.path.join(work, "steps", "blocks"), write_index=False, schema=_SCHEMAS["found"])
        moved = dd.read_parquet(os.path.join(work, "steps", "blocks"))
        weak = moved[moved.type == "weak"][["path", "seq"]].assign(late=1)
        plain = sides.merge(weak, on=["path", "seq"], how="left")
        plain = plain.assign(needs_weak=((plain.weak == 1) | (plain.late == 1)).astype("int64"))
        plain = plain[plain.plain.notnull() & (plain.refuted == 0)]
        step_plain = plain.groupby("plain").apply(_align_plain, spec, meta=out_meta)
        step_plain.to_parquet(os.path.join(work, "steps", "plain"), write_index=False,
                              schema=_SCHEMAS["found"])
        # C: what no step matched.
        matched = dd.concat([moved, dd.read_parquet(os.path.join(work, "steps", "plain"))])
        matched = matched[matched.type == "matched"][["path", "seq"]].assign(late_match=1)
        left = sides[(sides.unsupported == 1) & (sides.matched == 0)]
        left = left.merge(matched, on=["path", "seq"], how="left")
        left = left[left.late_match.isnull()]
        left.map_partitions(_unsupported, spec, meta=out_meta).to_parquet(
            os.path.join(work, "steps", "unsupported"), write_index=False, schema=_SCHEMAS["found"])
        # Gathered into the embedded store, one Parquet file at a time.
        _gather_docs(store, pq, os.path.join(work, "docs"))
        for folder in ("found", os.path.join("steps", "blocks"), os.path.join("steps", "plain"),
                       os.path.join("steps", "unsupported")):
            _gather_found(store, pq, os.path.join(work, folder))
        store.commit()
        return finish(store, references, (*errors, *reference_errors), _changed(request))
    except BaseException:
        store.close()
        raise


def _changed(request: Any) -> set[str] | None:
    return {str(path) for path in request.changed} if request.changed is not None else None


def _files(folder: str) -> list[str]:
    return sorted(str(p) for p in Path(folder).rglob("*.parquet"))


def _gather_docs(store: ClaimStore, pq: Any, folder: str) -> None:
    for file in _files(folder):
        rows = pq.read_table(file).to_pylist()
        store.conn.executemany(
            "INSERT INTO docs (path, pub, lang, published, title, claims, suppress, claim_list) "
            "VALUES (?,?,?,?,?,?,?,?)", [tuple(row[c] for c in _DOC_COLUMNS) for row in rows])
    ids = [row[0] for row in store.conn.execute("SELECT id FROM docs ORDER BY pub, path")]
    store.conn.executemany("UPDATE docs SET ord = ? WHERE id = ?", [(o, i) for o, i in enumerate(ids)])


def _gather_found(store: ClaimStore, pq: Any, folder: str) -> None:
    for file in _files(folder):
        findings, verified = [], []
        for row in pq.read_table(file, columns=["type", "payload"]).to_pylist():
            if row["type"] == "finding":
                f = Finding.model_validate_json(row["payload"])
                findings.append((f.path, f.claim.start, f.claim.end, f.rule, f.kind, f.severity.rank,
                                 f.claim.line, f.claim.column, row["payload"].encode("utf-8")))
            elif row["type"] == "verified":
                v = Verified.model_validate_json(row["payload"])
                verified.append((v.path, v.claim.start, v.claim.end, row["payload"].encode("utf-8")))
        store.conn.executemany("INSERT INTO findings (path, start, end_, rule, kind, rank, line, col, "
                               "payload) VALUES (?,?,?,?,?,?,?,?,?)", findings)
        store.conn.executemany("INSERT INTO verified (path, start, end_, payload) VALUES (?,?,?,?)", verified)
