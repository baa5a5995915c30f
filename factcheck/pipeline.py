"""The run of a check: collect articles (cached, in parallel), check them, then filter the findings.

``collect`` turns paths into DocumentResults; an unusable file becomes a one-line message, never an
exception, and the other files are still read. With ``jobs > 1`` chunks of files are extracted in a
process pool; results come back in path order whatever the scheduling, and each worker opens its own
connection to the cache. A file's text is dropped as soon as its claims are extracted, except for
``Document.text`` itself, which the HTML report needs.

Workers are started with forkserver (spawn where there is none), never forked from the caller, so a
script that calls ``collect(..., jobs=2)`` needs the usual ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from pathlib import Path

from factcheck.baseline import Baseline, apply_baseline
from factcheck.cache import ClaimCache, entry_key
from factcheck.config import ConfigResolver, article_settings
from factcheck.documents import Document, language_warning, load_document, read_document, read_regular_file
from factcheck.errors import FactcheckError
from factcheck.extract import extract_document
from factcheck.findings import CheckResult, DocumentResult
from factcheck.rules import CheckOptions
from factcheck.suppress import apply_suppressions, with_findings
from factcheck.walk import expand_paths, file_identity

Progress = Callable[[int, int], None]
"""Called in the main process with the number of files just finished and the number in all."""


STDIN = "-"
"""The path that stands for standard input (see ``Stdin``)."""


@dataclass(frozen=True)
class Stdin:
    """An article read from standard input, given as the path ``-``: its bytes, and the name it is
    reported under, whose suffix decides how it is parsed and whose folder decides its configuration."""

    data: bytes
    name: str = "stdin.md"
    named: bool = False  # the name came from --stdin-filename: it replaces a walked file of that name


@dataclass(frozen=True)
class _Task:
    path: str
    lang: str | None
    locale: str | None
    data: bytes | None = None  # standard input: never cached, never read from disk


@dataclass
class _Outcome:
    result: DocumentResult | None
    errors: list[str] = field(default_factory=list)
    fresh: bool = False  # extracted now, not read from the cache
    warnings: list[str] = field(default_factory=list)


def _debug() -> bool:
    return os.environ.get("FACTCHECK_DEBUG") == "1"


def _read_key(task: _Task, cache: ClaimCache | None) -> tuple[str | None, bytes | None]:
    """The claims-cache key of the task's file and the bytes it was made from (both None when the
    cache is off or the file cannot be read: load_document then reports it in its own words)."""
    if cache is None or not cache.enabled:
        return None, None
    try:
        data = read_regular_file(task.path)  # (a FIFO is refused, never waited on)
    except OSError:
        return None, None
    return entry_key(task.path, data, lang=task.lang, locale=task.locale, salt=cache.salt), data


def _process(task: _Task, cache: ClaimCache | None) -> tuple[_Outcome, str | None]:
    key, data = _read_key(task, None if task.data is not None else cache)
    if key is not None and cache is not None:
        hit = cache.get(key)
        if hit is not None:
            return _Outcome(hit, _front_matter(hit.document)[1], warnings=_warnings(hit.document)), None
    try:
        if task.data is not None:
            doc = read_document(task.path, task.data, lang=task.lang)
        else:
            doc = load_document(task.path, lang=task.lang, data=data)  # read once, for key and document
        locale, errors = _front_matter(doc)
        claims = tuple(extract_document(doc, locale=locale or task.locale))
    except FactcheckError as exc:
        return _Outcome(None, [str(exc)]), None
    except Exception as exc:
        if _debug():
            raise
        message = f"{task.path}: internal error while reading it: {type(exc).__name__}: {exc}"
        return _Outcome(None, [message]), None
    return _Outcome(DocumentResult(document=doc, claims=claims), errors, fresh=True,
                    warnings=_warnings(doc)), key


def _warnings(doc: Document) -> list[str]:
    warning = language_warning(doc)
    return [warning] if warning else []


def _front_matter(doc: Document) -> tuple[str | None, list[str]]:
    """The article's own locale, and the error line when its ``factcheck`` front matter is wrong."""
    try:
        return article_settings(doc.path, doc.text, doc.meta).locale, []
    except FactcheckError as exc:
        return None, [str(exc)]


def _run_chunk(tasks: Sequence[_Task], cache: ClaimCache | None) -> list[_Outcome]:
    """Process files in order and store the fresh ones in the cache in one transaction."""
    outcomes: list[_Outcome] = []
    fresh: list[tuple[str, DocumentResult]] = []
    for task in tasks:
        outcome, key = _process(task, cache)
        outcomes.append(outcome)
        if key is not None and outcome.fresh and outcome.result is not None:
            fresh.append((key, outcome.result))
    if cache is not None:
        cache.put_many(fresh)
    return outcomes


# Each pool worker opens the cache once, in its initializer, and keeps that connection.
_worker_cache: ClaimCache | None = None


def _init_worker(directory: str | None, salt: str, parent: Connection) -> None:
    global _worker_cache
    _worker_cache = ClaimCache(Path(directory), salt=salt, verify=False) if directory else None
    threading.Thread(target=_exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with_parent(parent: Connection) -> None:
    """Wait for end of file on a pipe whose only writer is the parent, then exit: a parent killed
    with SIGKILL cannot shut the pool down, and a worker blocked on its task queue (whose write end
    the workers hold themselves) would live on, holding the cache, the forkserver and the output pipe."""
    with suppress(EOFError, OSError):
        parent.recv_bytes()
    os._exit(1)


def _worker_chunk(tasks: Sequence[_Task]) -> tuple[list[_Outcome], list[str]]:
    outcomes = _run_chunk(tasks, _worker_cache)
    if _worker_cache is None:
        return outcomes, []
    warnings = list(_worker_cache.warnings)
    _worker_cache.warnings.clear()
    return outcomes, warnings


@contextmanager
def _pool(jobs: int, cache: ClaimCache | None) -> Iterator[ProcessPoolExecutor]:
    """A pool whose workers are not forked from this (possibly threaded) process: forkserver on
    POSIX, spawn elsewhere; a progress bar's thread holding a lock at fork time would deadlock.
    Each worker watches a pipe that only this process writes to, and exits when it closes."""
    context: BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        # The server imports the extractor and compiles the scanners once (factcheck._warm); every
        # worker forks from it already warm.
        forkserver.set_forkserver_preload(["factcheck.pipeline", "factcheck._warm"])
        context = forkserver
    else:
        context = multiprocessing.get_context("spawn")
    usable = cache is not None and cache.enabled
    directory = str(cache.directory) if usable and cache is not None else None
    salt = cache.salt if cache is not None else ""
    watched, alive = context.Pipe(duplex=False)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                                 initargs=(directory, salt, watched)) as pool:
            yield pool
    finally:
        alive.close()
        watched.close()


_AHEAD = 4  # chunks in flight per worker


def _chunks(tasks: list[_Task], size: int) -> Iterator[list[_Task]]:
    for start in range(0, len(tasks), size):
        yield tasks[start:start + size]


def job_count(jobs: int) -> int:
    """``jobs`` as asked, with 0 meaning one per CPU."""
    return jobs if jobs > 0 else max(1, os.cpu_count() or 1)


def _outcomes(tasks: list[_Task], jobs: int, cache: ClaimCache | None,
              progress: Progress | None) -> Iterator[_Outcome]:
    if jobs <= 1 or len(tasks) <= 1:
        for chunk in _chunks(tasks, 32):
            yield from _run_chunk(chunk, cache)
            if progress:
                progress(len(chunk), len(tasks))
        return
    # Several chunks per worker balance uneven files; a chunk per transaction bounds lock time. At most
    # AHEAD chunks a worker are in flight: a caller slower than the workers (check --archive) holds
    # that many, not every result of the run.
    size = max(1, min(64, len(tasks) // (jobs * 4)))
    chunks = _chunks(tasks, size)
    with _pool(jobs, cache) as pool:
        pending: deque[tuple[list[_Task], Future[tuple[list[_Outcome], list[str]]]]] = deque(
            (chunk, pool.submit(_worker_chunk, chunk)) for chunk in islice(chunks, jobs * _AHEAD))
        while pending:
            chunk, future = pending.popleft()
            outcomes, warnings = future.result()
            following = next(chunks, None)
            if following is not None:
                pending.append((following, pool.submit(_worker_chunk, following)))
            if cache is not None:
                cache.warnings.extend(w for w in warnings if w not in cache.warnings)
            yield from outcomes
            if progress:
                progress(len(chunk), len(tasks))


def collect(paths: Iterable[str], *, jobs: int = 1, cache: ClaimCache | None = None,
            locale: str | None = None, lang: str | None = None,
            resolver: ConfigResolver | None = None, progress: Progress | None = None,
            warnings: list[str] | None = None,
            stdin: Stdin | None = None) -> tuple[list[DocumentResult], list[str]]:
    """Read and extract every article under ``paths``; returns the results and one-line errors.

    ``resolver`` supplies per-file settings from the nearest config: its ``exclude`` globs drop files,
    its ``lang`` and ``locale`` apply where the arguments leave them unset. A front-matter locale wins
    over both. One-line warnings (a path with no article, an unsupported language) are appended to
    ``warnings``; ``stdin`` is the article the path ``-`` stands for.
    """
    errors: list[str] = []
    results = list(stream(paths, errors, jobs=jobs, cache=cache, locale=locale, lang=lang,
                          resolver=resolver, progress=progress, warnings=warnings, stdin=stdin))
    return results, errors


def stream(paths: Iterable[str], errors: list[str], *, jobs: int = 1, cache: ClaimCache | None = None,
           locale: str | None = None, lang: str | None = None, resolver: ConfigResolver | None = None,
           progress: Progress | None = None, warnings: list[str] | None = None,
           stdin: Stdin | None = None) -> Iterator[DocumentResult]:
    """Like ``collect``, one result at a time in path order, so a caller that writes each result out
    holds no more than one document at once; one-line errors are appended to ``errors``."""
    notes: list[str] = [] if warnings is None else warnings
    tasks = _tasks(list(paths), errors, notes, lang=lang, locale=locale, resolver=resolver, stdin=stdin)
    for outcome in _outcomes(tasks, job_count(jobs), cache, progress):
        errors.extend(outcome.errors)
        notes.extend(outcome.warnings)
        if outcome.result is not None:
            yield outcome.result


def _tasks(paths: list[str], errors: list[str], warnings: list[str], *, lang: str | None,
           locale: str | None, resolver: ConfigResolver | None, stdin: Stdin | None) -> list[_Task]:
    """One task per article file, in order, without the configuration's excluded files; a path that
    gives no article gets a warning."""
    on_disk = [path for path in paths if stdin is None or path != STDIN]
    replaced = file_identity(Path(stdin.name)) if stdin is not None and stdin.named else None
    expanded = iter(expand_paths(on_disk, errors))
    tasks: list[_Task] = []
    for given in paths:
        if stdin is not None and given == STDIN:
            candidates: tuple[Path, ...] = (Path(stdin.name),)
            new, data = set(candidates), stdin.data
        else:
            item = next(expanded)
            if item.failed:
                continue
            candidates, new, data = item.found, set(item.new), None
        kept = 0
        for path in candidates:
            settings = resolver.for_path(path) if resolver is not None else None
            if settings is not None and settings.excludes(path):
                continue
            kept += 1
            if path not in new or (data is None and replaced is not None
                                   and file_identity(path) == replaced):
                continue
            tasks.append(_Task(
                path=str(path), data=data,
                lang=lang or (settings.lang if settings else None),
                locale=locale or (settings.locale if settings else None),
            ))
        if not kept:
            warnings.append(f"no articles found under {given}")
    return tasks


def restrict(result: CheckResult, paths: set[str]) -> CheckResult:
    """Only what concerns the articles at ``paths``: findings, verified claims and documents."""
    # realpath on both sides: git reports resolved paths, the user may have named a symlinked folder.
    keep = {os.path.realpath(path) for path in paths}

    def kept(path: str) -> bool:
        return os.path.realpath(path) in keep

    documents = tuple(doc for doc in result.documents if kept(doc.document.path))
    verified = tuple(item for item in result.verified if kept(item.path))
    narrowed = with_findings(result, [f for f in result.findings if kept(f.path)])
    summary = narrowed.summary.model_copy(update={
        "documents": len(documents),
        "claims": sum(len(doc.claims) for doc in documents),
        "verified": len(verified),
    })
    return narrowed.model_copy(update={"documents": documents, "verified": verified, "summary": summary})


@dataclass
class CheckRequest:
    """Everything one ``factcheck check`` run needs, already resolved from flags and configuration."""

    paths: list[str]
    references: list[str] = field(default_factory=list)
    options: CheckOptions = field(default_factory=CheckOptions)
    jobs: int = 1
    cache: ClaimCache | None = None
    locale: str | None = None
    lang: str | None = None
    resolver: ConfigResolver | None = None
    changed: set[Path] | None = None  # report findings only for these files
    baseline: Baseline | None = None
    baseline_root: Path = field(default_factory=Path.cwd)
    progress: Progress | None = None
    stdin: Stdin | None = None  # the article the path "-" stands for
    report_unused: bool = False  # list the suppressions that silenced nothing in ``unused``
    warnings: list[str] = field(default_factory=list)  # filled by run_check: one line each
    unused: list[str] = field(default_factory=list)  # filled by run_check when report_unused


def run_check(request: CheckRequest) -> CheckResult:
    """Collect, check against references and each other, then apply suppressions, changed-only and
    baseline filters, in that order (a baseline accepts what is left after suppressions)."""
    from factcheck.check import check_documents, load_references

    docs, errors = collect(request.paths, jobs=request.jobs, cache=request.cache, locale=request.locale,
                           lang=request.lang, resolver=request.resolver, progress=request.progress,
                           warnings=request.warnings, stdin=request.stdin)
    references = load_references(request.references, errors)
    result = check_documents(docs, references, request.options, input_errors=tuple(errors))
    result = apply_suppressions(result, disabled=_disabled(docs, request), warnings=request.warnings,
                                unused=request.unused if request.report_unused else None)
    if request.changed is not None:
        result = restrict(result, {str(path) for path in request.changed})
    if request.baseline is not None:
        result = apply_baseline(result, request.baseline, request.baseline_root)
    return result


def _disabled(docs: Sequence[DocumentResult], request: CheckRequest) -> dict[str, tuple[str, ...]]:
    """Rules that the nearest config of each article ignores (the run-wide ones never ran at all)."""
    if request.resolver is None:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for doc in docs:
        ignore = request.resolver.for_path(Path(doc.document.path)).ignore
        if ignore:
            out[doc.document.path] = ignore
    return out
