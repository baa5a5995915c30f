"""The command line: parses arguments and calls the library. Nothing else lives here.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 usage or input error. Every error is one
line on stderr, ``factcheck: path:line: message``; an unexpected exception is reported the same way
as an internal error (set ``FACTCHECK_DEBUG=1`` to see its traceback instead).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from factcheck._build import describe_build
from factcheck.baseline import DEFAULT_BASELINE, load_baseline, write_baseline
from factcheck.cache import DEFAULT_CACHE_DIR, ClaimCache
from factcheck.config import FORMAT_NAMES, ConfigResolver, Settings, check_locale
from factcheck.errors import FactcheckError
from factcheck.findings import Severity
from factcheck.outputs import refuse_input_as_output
from factcheck.resultcache import Outcome, ReportCache, run_digest

if TYPE_CHECKING:
    from factcheck.archive import ArchiveResult
    from factcheck.pipeline import CheckRequest

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# -o FILE without --format picks the format from the file's suffix.
_SUFFIX_FORMATS = {".json": "json", ".sarif": "sarif", ".html": "html", ".htm": "html", ".md": "markdown",
                   ".markdown": "markdown", ".xml": "junit", ".txt": "terminal"}


class _Group(click.Group):
    """Turns every error into one line on stderr and exit code 2, never a traceback."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "factcheck"
            click.echo(f"factcheck: {exc.format_message()} (see `{where} --help`)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"factcheck: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(EXIT_ERROR)
        # Without standalone mode click returns --help's and --version's exit code instead of exiting.
        sys.exit(code if isinstance(code, int) else EXIT_CLEAN)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except FactcheckError as exc:
            _fail(str(exc))
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, without a second error at exit when
            # Python flushes stdout, and without claiming the report was delivered.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_FINDINGS)
        except Exception as exc:
            if os.environ.get("FACTCHECK_DEBUG") == "1":
                raise
            _fail(f"internal error: {type(exc).__name__}: {exc} (set FACTCHECK_DEBUG=1 for a traceback)")


def _fail(message: str) -> NoReturn:
    click.echo(f"factcheck: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck", message=f"%(prog)s, version %(version)s ({describe_build()})")
def main() -> None:
    """Check the figures in Arabic and English news articles."""


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        output.write_text(text, encoding="utf-8")


def _say(lines: list[str], prefix: str = "") -> None:
    for line in lines:
        click.echo(f"factcheck: {prefix}{line}", err=True)


class _ProgressBar:
    """A progress bar on stderr, shown only on a terminal and only once a run has many files."""

    MIN_FILES = 20

    def __init__(self, description: str) -> None:
        self._description = description
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if total < self.MIN_FILES or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self._description, total=total)
        self._bar.advance(self._task, done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@contextmanager
def _progress(description: str) -> Iterator[Callable[[int, int], None]]:
    bar = _ProgressBar(description)
    try:
        yield bar
    finally:
        bar.close()


def _valid_locale(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_locale(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that reads articles."""
    options = [
        click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
                     help="Override language detection."),
        click.option("--locale", default=None, callback=_valid_locale,
                     help="Resolve ambiguous currencies (ar-IQ: dinar -> IQD)."),
        click.option("--config", "config", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Use this config file for every article instead of looking for the nearest."),
        click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help=f"Where the claims cache lives (default: {DEFAULT_CACHE_DIR} beside the config)."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the claims cache."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
                     help="Extract with N processes (0: one per CPU; default 1 or the config's jobs)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _open_cache(no_cache: bool, cache_dir: Path | None, settings: Settings) -> ClaimCache | None:
    if no_cache:
        return None
    return ClaimCache(cache_dir or settings.root / DEFAULT_CACHE_DIR)


def _cache_warnings(cache: ClaimCache | None) -> None:
    if cache is not None:
        _say(cache.warnings, prefix="warning: ")
        cache.close()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default=None,
              help="Output format (terminal on a TTY, else json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@_run_options
def extract(paths: tuple[str, ...], fmt: str | None, output: Path | None, lang: str | None,
            locale: str | None, config: Path | None, cache_dir: Path | None, no_cache: bool,
            jobs: int | None) -> None:
    """List every numeric claim in the articles at PATHS (files or directories)."""
    from factcheck.pipeline import stream
    from factcheck.report import extract_json, extract_terminal

    refuse_input_as_output(output, paths, others=[config] if config else [])
    resolver = ConfigResolver(config)
    settings = resolver.for_run(list(paths))
    cache = _open_cache(no_cache, cache_dir, settings)
    fmt = fmt or ("terminal" if sys.stdout.isatty() and output is None else "json")
    errors: list[str] = []
    with _progress("extracting") as progress:
        results = stream(paths, errors, jobs=jobs if jobs is not None else settings.jobs, cache=cache,
                         locale=locale, lang=lang, resolver=resolver, progress=progress)
        if fmt == "json":
            # Written as each document is extracted: memory stays flat however many files there are.
            with _writer(output) as out:
                extract_json.write(results, out)
        else:
            _emit(extract_terminal.render(list(results)), output)
    _cache_warnings(cache)
    _say(errors)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


@contextmanager
def _writer(output: Path | None) -> Iterator[Callable[[str], object]]:
    """A write function for stdout or for ``output`` (UTF-8)."""
    if output is None:
        yield lambda text: click.echo(text, nl=False)
        return
    with output.open("w", encoding="utf-8") as fh:
        yield fh.write


def _check_inputs(paths: tuple[str, ...], references: tuple[str, ...], config: Path | None,
                  no_cache: bool, cache_dir: Path | None, jobs: int | None, lang: str | None,
                  locale: str | None, progress: Callable[[int, int], None] | None
                  ) -> tuple[CheckRequest, Settings]:
    """The CheckRequest for these flags, filled in from the configuration where a flag is unset."""
    from factcheck.pipeline import CheckRequest
    from factcheck.rules import CheckOptions

    resolver = ConfigResolver(config)
    settings = resolver.for_run(list(paths))
    return CheckRequest(
        paths=list(paths),
        references=list(references) or settings.reference_paths(),
        options=CheckOptions(tolerances=settings.tolerances, ignore=settings.ignore),
        jobs=jobs if jobs is not None else settings.jobs,
        cache=_open_cache(no_cache, cache_dir, settings),
        locale=locale, lang=lang, resolver=resolver, progress=progress,
    ), settings


def _pick_format(fmt: str | None, output: Path | None, settings: Settings) -> str:
    if fmt:
        return fmt
    if output is not None and output.suffix.lower() in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[output.suffix.lower()]
    if settings.format:
        return settings.format
    return "terminal" if sys.stdout.isatty() and output is None else "json"


_SEVERITIES = click.Choice([s.value for s in Severity])


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-r", "--reference", "references", multiple=True, metavar="FILE",
              help="A reference file (.yaml .json .csv) or article; repeatable. Replaces the config's list.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default=None,
              help="Report format (default: from -o's suffix, else the config's, else terminal on a TTY "
                   "and json otherwise).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=_SEVERITIES, default=None,
              help="Lowest severity that makes the run fail with exit 1 (default: error).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (input errors still exit 2).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Accept the findings recorded in this baseline file; only new ones count.")
@click.option("--changed-since", metavar="REF", default=None,
              help="Report only articles changed in git since REF (the others still serve as counterparts).")
@click.option("--archive", is_flag=True,
              help="Keep claims and findings in a store on disk, so memory does not grow with the number "
                   "of articles (docs/scale.md).")
@click.option("--store-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where --archive keeps its temporary store (default: the system's temporary folder).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Run the --archive check on a Dask cluster: a scheduler address (tcp://host:8786), or "
                   "local[:N] for N local worker processes; needs pip install 'factcheck[dask]'.")
@_run_options
def check(paths: tuple[str, ...], references: tuple[str, ...], fmt: str | None, output: Path | None,
          fail_on: str | None, exit_zero: bool, baseline_file: Path | None, changed_since: str | None,
          archive: bool, store_dir: Path | None, dask_address: str | None, lang: str | None,
          locale: str | None, config: Path | None, cache_dir: Path | None, no_cache: bool,
          jobs: int | None) -> None:
    """Check the figures in the articles at PATHS against references and against each other."""
    from factcheck.gitdiff import changed_files
    from factcheck.pipeline import run_check
    from factcheck.report.formats import render

    with _progress("checking") as progress:
        request, settings = _check_inputs(paths, references, config, no_cache, cache_dir, jobs, lang,
                                          locale, progress)
        baseline_path = baseline_file or settings.baseline_path()
        refuse_input_as_output(output, paths, request.references,
                               [p for p in (config, baseline_path) if p is not None])
        if changed_since is not None:
            request.changed = changed_files(changed_since)
        if baseline_path is not None:
            request.baseline = load_baseline(baseline_path)
            request.baseline_root = baseline_path.parent
        fmt = _pick_format(fmt, output, settings)
        root = str(Path.cwd())
        if archive or dask_address is not None:
            outcome = _archive_check(request, fmt, output, root, store_dir, dask_address)
            sys.exit(_outcome_exit(outcome, Severity(fail_on or settings.fail_on), exit_zero))
        live = fmt == "terminal" and output is None and sys.stdout.isatty()
        reports, key = _report_cache(request, fmt, root, live)
        hit = reports.get(key) if reports is not None and key is not None else None
        try:
            result = run_check(request) if hit is None else None
        finally:
            _cache_warnings(request.cache)
    if result is None and hit is not None:  # an unchanged repository: last run's report
        outcome, body = hit
    elif result is not None and live:
        from rich.console import Console

        from factcheck.report.terminal import print_result

        print_result(Console(highlight=False), result, root=root)  # real width and colour
        outcome, body = Outcome.of(result), None
    else:
        assert result is not None
        outcome, body = Outcome.of(result), render(fmt, result, root=root)
        if reports is not None and key is not None:
            reports.put(key, outcome, body)
    if body is not None:
        _emit(body, output)
    if reports is not None:
        _say(reports.warnings, prefix="warning: ")
        reports.close()
    _say(list(outcome.input_errors))
    sys.exit(_outcome_exit(outcome, Severity(fail_on or settings.fail_on), exit_zero))


def _archive_check(request: CheckRequest, fmt: str, output: Path | None, root: str,
                   store_dir: Path | None, dask_address: str | None) -> Outcome:
    """``check --archive``: the report written from the store as it is read back (factcheck.archive);
    with ``--dask``, the steps run on a Dask cluster (factcheck.distributed)."""
    from factcheck.archive import run_archive
    from factcheck.report import stream

    if request.baseline is not None:
        raise click.UsageError("--archive does not take a baseline (--baseline or the config's baseline)")
    where = str(store_dir) if store_dir is not None else None
    result: ArchiveResult
    try:
        if dask_address is None:
            result = run_archive(request, store_dir=where)
        else:
            result = _dask_check(request, dask_address, where)
    finally:
        _cache_warnings(request.cache)
    with result, _writer(output) as out:
        stream.write(fmt, result, out, root=root)
    summary = result.summary
    worst = 3 if summary.errors else 2 if summary.warnings else 1 if summary.infos else 0
    _say(list(result.input_errors))
    return Outcome(result.input_errors, worst)


def _dask_check(request: CheckRequest, address: str, store_dir: str | None) -> ArchiveResult:
    try:
        from distributed import Client, LocalCluster

        from factcheck.distributed import run_dask
    except ImportError:
        raise click.UsageError("--dask needs the optional extra: pip install 'factcheck[dask]'") from None
    if address == "local" or address.startswith("local:"):
        _, _, count = address.partition(":")
        if count and not count.isdigit():
            raise click.UsageError(f"--dask {address}: expected local or local:N (N worker processes)")
        workers = int(count) if count else None
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=40) as cluster, Client(cluster) as client:
            return run_dask(request, client, store_dir=store_dir)
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise click.UsageError(f"--dask {address}: cannot reach the scheduler ({exc})") from None
    with client:
        return run_dask(request, client, store_dir=store_dir)


def _report_cache(request: CheckRequest, fmt: str, root: str,
                  live: bool) -> tuple[ReportCache | None, str | None]:
    """The report cache and this run's key; none for a live terminal or when caching is off."""
    if live or request.cache is None or not request.cache.enabled:
        return None, None
    key = run_digest(request, fmt=fmt, root=root)
    return (ReportCache(request.cache.directory), key) if key is not None else (None, None)


def _outcome_exit(outcome: Outcome, fail_on: Severity, exit_zero: bool) -> int:
    if outcome.input_errors:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    return EXIT_FINDINGS if outcome.worst >= fail_on.rank else EXIT_CLEAN





@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-r", "--reference", "references", multiple=True, metavar="FILE",
              help="A reference file (.yaml .json .csv) or article; repeatable. Replaces the config's list.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"The baseline file to write (default: the config's baseline, else {DEFAULT_BASELINE}).")
@_run_options
def baseline(paths: tuple[str, ...], references: tuple[str, ...], output: Path | None, lang: str | None,
             locale: str | None, config: Path | None, cache_dir: Path | None, no_cache: bool,
             jobs: int | None) -> None:
    """Record the current findings so that `check --baseline` fails only on new ones."""
    from factcheck.pipeline import run_check

    with _progress("checking") as progress:
        request, settings = _check_inputs(paths, references, config, no_cache, cache_dir, jobs, lang,
                                          locale, progress)
        target = output or settings.baseline_path() or Path(DEFAULT_BASELINE)
        refuse_input_as_output(target, paths, request.references, [config] if config else [])
        try:
            result = run_check(request)
        finally:
            _cache_warnings(request.cache)
    written = write_baseline(result.findings, target)
    click.echo(f"factcheck: wrote {len(written.findings)} finding(s) to {target}", err=True)
    _say(list(result.input_errors))
    sys.exit(EXIT_ERROR if result.input_errors else EXIT_CLEAN)


@main.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain a rule (FC101 or value.mismatch): what it checks, with a bad and a good example."""
    from factcheck.rules import explain as explain_rule

    try:
        text = explain_rule(code)
    except KeyError:
        _fail(f"unknown rule {code!r} (`factcheck rules` lists them)")
    click.echo(text, nl=not text.endswith("\n"))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal")
def rules(fmt: str) -> None:
    """List every rule: code, name, level and what it checks."""
    import json

    from factcheck.rules import load_rules

    loaded = load_rules()
    if fmt == "json":
        data = [{"code": r.code, "name": r.name, "kind": r.kind, "level": r.level.value,
                 "description": r.description.strip()} for r in loaded]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for rule in loaded:
        click.echo(f"{rule.code}  {rule.name:<24} {rule.level.value:<8} {_first_sentence(rule.description)}")


def _first_sentence(text: str, width: int = 72) -> str:
    """The description's first sentence on one line, cut at a word when it is longer than ``width``."""
    flat = " ".join(text.split())
    end = flat.find(". ")
    sentence = flat if end < 0 else flat[: end + 1]
    if len(sentence) <= width:
        return sentence
    return sentence[: width - 1].rsplit(" ", 1)[0] + "…"
