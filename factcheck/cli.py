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
from factcheck.config import FORMAT_NAMES, ConfigResolver, Settings, check_codes, check_locale, shown
from factcheck.errors import FactcheckError
from factcheck.findings import CheckResult, Severity
from factcheck.outputs import refuse_input_as_output
from factcheck.resultcache import Outcome, ReportCache, run_digest

if TYPE_CHECKING:
    from factcheck.archive import ArchiveResult
    from factcheck.pipeline import CheckRequest, Stdin

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# -o FILE without --format picks the format from the file's suffix; a suffix not listed is an error.
_SUFFIX_FORMATS = {".json": "json", ".sarif": "sarif", ".html": "html", ".htm": "html", ".md": "markdown",
                   ".markdown": "markdown", ".xml": "junit", ".txt": "terminal"}
_EXTRACT_SUFFIXES = {".json": "json", ".txt": "terminal"}


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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]},
             invoke_without_command=True)
@click.version_option(None, "-V", "--version", package_name="factcheck",
                      message=f"%(prog)s, version %(version)s ({describe_build()})")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Check the figures in Arabic and English news articles."""
    if ctx.invoked_subcommand is None:  # `factcheck` alone: the help, as a successful run
        click.echo(ctx.get_help())


def _emit(text: str, output: Path | None, color: bool = False) -> None:
    if output is None:
        if not text:
            return  # nothing to report (a quiet run without findings): not even a blank line
        # click strips ANSI codes off a terminal unless told: colour is decided already (FORCE_COLOR).
        click.echo(text, nl=not text.endswith("\n"), color=color or None)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write the report: {(exc.strerror or type(exc).__name__).lower()}")


def _check_output(output: Path | None) -> None:
    """Fail before the run when ``-o`` names a file in a folder that does not exist."""
    if output is None:
        return
    folder = output.parent
    if not folder.exists():
        _fail(f"{output}: the folder {folder} does not exist (create it first)")
    if not folder.is_dir():
        _fail(f"{output}: {folder} is not a folder")


def _pick_format(fmt: str | None, output: Path | None, configured: str | None,
                 suffixes: dict[str, str]) -> str:
    """--format, else -o's suffix (an unknown one is an error), else the configuration's, else terminal."""
    if fmt:
        return fmt
    if output is not None and output.suffix:
        suffix = output.suffix.lower()
        if suffix not in suffixes:
            known = ", ".join(sorted(suffixes))
            raise click.UsageError(f"-o {output}: no report format has the suffix {output.suffix!r} "
                                   f"(known: {known}); name the format with --format")
        return suffixes[suffix]
    return configured or "terminal"


def _terminal_look(no_color: bool) -> tuple[int, bool]:
    """Width and colour for a terminal report on stdout, as rich decides them: COLUMNS, NO_COLOR,
    FORCE_COLOR and whether stdout is a terminal; ``--no-color`` wins over all."""
    from rich.console import Console

    console = Console(no_color=True if no_color else None)
    color = console.is_terminal and console.color_system is not None and not console.no_color
    return console.width, color


def _read_stdin(paths: tuple[str, ...], stdin_filename: str | None) -> tuple[tuple[str, ...], Stdin | None]:
    """The paths, and the article on standard input when one of them is ``-``."""
    from factcheck.pipeline import STDIN, Stdin

    if stdin_filename is not None and STDIN not in paths:
        if paths:
            raise click.UsageError("--stdin-filename names the article read from standard input: "
                                   "add - to the paths")
        paths = (STDIN,)
    if not paths:
        raise click.UsageError("Missing argument 'PATHS...'.")
    if paths.count(STDIN) > 1:
        raise click.UsageError("- (standard input) may be given only once")
    if STDIN not in paths:
        return paths, None
    data = sys.stdin.buffer.read()
    if stdin_filename:
        return paths, Stdin(data, stdin_filename, named=True)
    return paths, Stdin(data)


def _config_paths(paths: tuple[str, ...], stdin: Stdin | None) -> list[str]:
    """The paths the configuration is looked up from: standard input counts as its --stdin-filename."""
    return [stdin.name if stdin is not None and path == "-" else path for path in paths]


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
def _progress(description: str, enabled: bool = True) -> Iterator[Callable[[int, int], None] | None]:
    bar = _ProgressBar(description)
    try:
        yield bar if enabled else None
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


def _cache_warnings(cache: ClaimCache | None, show: bool = True) -> None:
    if cache is not None:
        if show:
            _say(cache.warnings, prefix="warning: ")
        cache.close()


_WALK_HELP = "PATHS are files or folders (walked, honouring .gitignore and .factcheckignore)"
_PATHS_HELP = f"{_WALK_HELP}; - reads standard input."


def _stdin_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--stdin-filename", metavar="NAME", default=None,
                        help="The name of the article read from standard input (-): reported under it, "
                             "parsed by its suffix, configured from its folder, and checked instead of "
                             "the file of that name (default: stdin.md).")(func)


def _color_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--no-color", is_flag=True,
                        help="No colour in the terminal report (also NO_COLOR=1; FORCE_COLOR=1 forces it "
                             "off a terminal; COLUMNS sets the width).")(func)


@main.command(epilog=_PATHS_HELP)
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default=None,
              help="Output format (default: from -o's suffix, .json or .txt, else terminal).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the claims to this file instead of stdout.")
@_stdin_option
@_color_option
@_run_options
def extract(paths: tuple[str, ...], fmt: str | None, output: Path | None, stdin_filename: str | None,
            no_color: bool, lang: str | None, locale: str | None, config: Path | None,
            cache_dir: Path | None, no_cache: bool, jobs: int | None) -> None:
    """List every numeric claim in the articles at PATHS."""
    from factcheck.pipeline import stream
    from factcheck.report import extract_json, extract_terminal

    paths, stdin = _read_stdin(paths, stdin_filename)
    refuse_input_as_output(output, paths, others=[config] if config else [])
    fmt = _pick_format(fmt, output, None, _EXTRACT_SUFFIXES)
    _check_output(output)
    resolver = ConfigResolver(config)
    settings = resolver.for_run(_config_paths(paths, stdin))
    cache = _open_cache(no_cache, cache_dir, settings)
    errors: list[str] = []
    warnings: list[str] = []
    with _progress("extracting") as progress:
        results = stream(paths, errors, jobs=jobs if jobs is not None else settings.jobs, cache=cache,
                         locale=locale, lang=lang, resolver=resolver, progress=progress, warnings=warnings,
                         stdin=stdin)
        if fmt == "json":
            # Written as each document is extracted: memory stays flat however many files there are.
            with _writer(output) as out:
                extract_json.write(results, out)
        else:
            width, color = _terminal_look(no_color) if output is None else (120, False)
            _emit(extract_terminal.render(list(results), width=width, color=color), output, color)
    _cache_warnings(cache)
    _say(warnings, prefix="warning: ")
    _say(errors)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


@contextmanager
def _writer(output: Path | None) -> Iterator[Callable[[str], object]]:
    """A write function for stdout or for ``output`` (UTF-8)."""
    if output is None:
        yield lambda text: click.echo(text, nl=False)
        return
    try:
        fh = output.open("w", encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write the report: {(exc.strerror or type(exc).__name__).lower()}")
    with fh:
        yield fh.write


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """Repeatable and comma-separated rule codes, validated as the configuration's are."""
    codes = tuple(code.strip() for item in value for code in item.split(",") if code.strip())
    try:
        return check_codes(codes)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _rule_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--select", multiple=True, metavar="CODES", callback=_codes,
                     help="Run only these rules (codes, dotted names or kinds; comma-separated or "
                          "repeated). Replaces the config's select."),
        click.option("--ignore", multiple=True, metavar="CODES", callback=_codes,
                     help="Do not run these rules; added to the config's ignore."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _check_inputs(paths: tuple[str, ...], references: tuple[str, ...], config: Path | None,
                  no_cache: bool, cache_dir: Path | None, jobs: int | None, lang: str | None,
                  locale: str | None, progress: Callable[[int, int], None] | None,
                  select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                  stdin: Stdin | None = None) -> tuple[CheckRequest, Settings]:
    """The CheckRequest for these flags, filled in from the configuration where a flag is unset."""
    from factcheck.pipeline import CheckRequest
    from factcheck.rules import CheckOptions

    resolver = ConfigResolver(config)
    settings = resolver.for_run(_config_paths(paths, stdin))
    options = CheckOptions(tolerances=settings.tolerances, select=select or settings.select,
                           ignore=settings.ignore + ignore)
    return CheckRequest(
        paths=list(paths),
        references=list(references) or settings.reference_paths(),
        options=options,
        jobs=jobs if jobs is not None else settings.jobs,
        cache=_open_cache(no_cache, cache_dir, settings),
        locale=locale, lang=lang, resolver=resolver, progress=progress, stdin=stdin,
    ), settings


def _found_baseline(settings: Settings) -> Path | None:
    """The baseline `factcheck baseline` writes by default, when it exists: beside the configuration
    (in the current folder when there is none)."""
    path = settings.root / DEFAULT_BASELINE
    return shown(path) if path.is_file() else None


_SEVERITIES = click.Choice([s.value for s in Severity])


@main.command(epilog=_PATHS_HELP)
@click.argument("paths", nargs=-1)
@click.option("-r", "--reference", "references", multiple=True, metavar="FILE",
              help="A reference file (.yaml .json .csv) or article; repeatable. Replaces the config's list.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default=None,
              help="Report format (default: from -o's suffix, else the config's, else terminal).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of stdout (an unknown suffix needs --format).")
@click.option("-q", "--quiet", is_flag=True,
              help="Findings only: no header, verified claims, summary or warnings.")
@_color_option
@click.option("--fail-on", type=_SEVERITIES, default=None,
              help="Lowest severity that makes the run fail with exit 1 (default: error).")
@click.option("--min-level", type=_SEVERITIES, default=None,
              help="Lowest severity shown in the report (default: warning for --format github, whose "
                   "annotations are few, else info). --fail-on still counts every finding.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (input errors still exit 2).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"Accept the findings recorded in this baseline file; only new ones count (default: the "
                   f"config's baseline, else {DEFAULT_BASELINE} beside the config when it exists).")
@click.option("--no-baseline", is_flag=True, help="Use no baseline: report every finding.")
@click.option("--changed-since", metavar="REF", default=None,
              help="Report only articles changed in git since REF (the others still serve as counterparts).")
@click.option("--rule-docs-url", metavar="URL", default=None,
              help="Absolute URL of the folder of rule pages (docs/rules/) for SARIF's helpUri (default: "
                   "the package's repository URL when it names one).")
@click.option("--archive", is_flag=True,
              help="Keep claims and findings in a store on disk, so memory does not grow with the number "
                   "of articles (docs/scale.md).")
@click.option("--store-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where --archive keeps its temporary store (default: the system's temporary folder).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Run the --archive check on a Dask cluster: a scheduler address (tcp://host:8786), or "
                   "local[:N] for N local worker processes; needs pip install 'factcheck[dask]'.")
@click.option("--report-unused-suppressions", is_flag=True,
              help="List the suppression comments that silenced nothing (file:line and code) on stderr.")
@_rule_options
@_stdin_option
@_run_options
def check(paths: tuple[str, ...], references: tuple[str, ...], fmt: str | None, output: Path | None,
          quiet: bool, no_color: bool, fail_on: str | None, min_level: str | None, exit_zero: bool,
          baseline_file: Path | None, no_baseline: bool, changed_since: str | None,
          archive: bool, store_dir: Path | None, dask_address: str | None, rule_docs_url: str | None,
          report_unused_suppressions: bool, select: tuple[str, ...], ignore: tuple[str, ...],
          stdin_filename: str | None, lang: str | None, locale: str | None, config: Path | None,
          cache_dir: Path | None, no_cache: bool, jobs: int | None) -> None:
    """Check the figures in the articles at PATHS against references and against each other."""
    from factcheck.gitdiff import changed_files
    from factcheck.pipeline import run_check

    if baseline_file is not None and no_baseline:
        raise click.UsageError("--baseline and --no-baseline contradict each other")
    if rule_docs_url is not None:
        from factcheck.report.sarif import rule_docs_base

        try:
            rule_docs_base(rule_docs_url)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--rule-docs-url") from None
    paths, stdin = _read_stdin(paths, stdin_filename)
    with _progress("checking", enabled=not quiet) as progress:
        request, settings = _check_inputs(paths, references, config, no_cache, cache_dir, jobs, lang,
                                          locale, progress, select, ignore, stdin)
        request.report_unused = report_unused_suppressions
        found = None if no_baseline or baseline_file else _found_baseline(settings)
        baseline_path = None if no_baseline else baseline_file or settings.baseline_path() or found
        refuse_input_as_output(output, paths, request.references,
                               [p for p in (config, baseline_path) if p is not None])
        fmt = _pick_format(fmt, output, settings.format, _SUFFIX_FORMATS)
        _check_output(output)
        if changed_since is not None:
            request.changed = changed_files(changed_since)
        if baseline_path is not None:
            request.baseline = load_baseline(baseline_path)
            request.baseline_root = baseline_path.parent
        view = _View(fmt, output, quiet, no_color, min_level, rule_docs_url)
        root = str(Path.cwd())
        if archive or dask_address is not None:
            if baseline_path is not None and baseline_path == found:
                request.baseline = None  # found, not asked for: the archive check takes no baseline
                _say([f"{found}: not applied with --archive (it takes no baseline)"], prefix="note: ")
            outcome = _archive_check(request, view, output, root, store_dir, dask_address)
            sys.exit(_outcome_exit(outcome, Severity(fail_on or settings.fail_on), exit_zero))
        reports, key = _report_cache(request, view.key, root)
        hit = reports.get(key) if reports is not None and key is not None else None
        try:
            result = run_check(request) if hit is None else None
        finally:
            _cache_warnings(request.cache, show=not quiet)
    if result is None and hit is not None:  # an unchanged repository: last run's report
        outcome, body = hit
    else:
        assert result is not None
        outcome = Outcome.of(result, request.warnings, request.unused)
        body = view.render(result, root)
        if reports is not None and key is not None:
            reports.put(key, outcome, body)
    _emit(body, output, view.color)
    if reports is not None:
        if not quiet:
            _say(reports.warnings, prefix="warning: ")
        reports.close()
    _tell(outcome, quiet, found if baseline_path == found else None)
    sys.exit(_outcome_exit(outcome, Severity(fail_on or settings.fail_on), exit_zero))


def _tell(outcome: Outcome, quiet: bool, found_baseline: Path | None) -> None:
    """The run's lines on stderr: notes and warnings unless quiet, then the unused suppressions that
    were asked for, then the input errors."""
    if not quiet:
        if found_baseline is not None:
            _say([f"{found_baseline}: findings recorded in this baseline are accepted "
                  "(--no-baseline reports them)"], prefix="note: ")
        _say(list(outcome.warnings), prefix="warning: ")
    _say(list(outcome.unused), prefix="warning: ")
    _say(list(outcome.input_errors))


class _View:
    """How the report is shown: its format and, for the terminal, width, colour and quietness."""

    def __init__(self, fmt: str, output: Path | None, quiet: bool, no_color: bool,
                 min_level: str | None, rule_docs_url: str | None = None) -> None:
        self.fmt, self.quiet, self.rule_docs_url = fmt, quiet, rule_docs_url
        self.min_level = Severity(min_level) if min_level else None
        self.width, self.color = 100, False
        if fmt == "terminal" and output is None:
            self.width, self.color = _terminal_look(no_color)

    @property
    def key(self) -> str:
        """What of the view goes into the report cache's key."""
        return f"{self.fmt}|{self.width}|{self.color}|{self.quiet}|{self.min_level}|{self.rule_docs_url}"

    def render(self, result: CheckResult, root: str) -> str:
        from factcheck.report.formats import render
        from factcheck.suppress import with_findings

        if self.fmt == "github":
            return render(self.fmt, result, root=root, min_level=self.min_level or Severity.WARNING)
        if self.min_level is not None:
            level = self.min_level
            result = with_findings(result, [f for f in result.findings if f.severity.rank >= level.rank])
        if self.fmt == "terminal":
            return render(self.fmt, result, root=root, width=self.width, color=self.color, quiet=self.quiet)
        if self.fmt == "sarif":
            return render(self.fmt, result, root=root, rule_docs_url=self.rule_docs_url)
        return render(self.fmt, result, root=root)


def _archive_check(request: CheckRequest, view: _View, output: Path | None, root: str,
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
        stream.write(view.fmt, result, out, root=root, min_level=view.min_level,
                     rule_docs_url=view.rule_docs_url)
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


def _report_cache(request: CheckRequest, view: str, root: str) -> tuple[ReportCache | None, str | None]:
    """The report cache and this run's key; none when caching is off."""
    if request.cache is None or not request.cache.enabled:
        return None, None
    key = run_digest(request, fmt=view, root=root)
    return (ReportCache(request.cache.directory), key) if key is not None else (None, None)


def _outcome_exit(outcome: Outcome, fail_on: Severity, exit_zero: bool) -> int:
    if outcome.input_errors:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    return EXIT_FINDINGS if outcome.worst >= fail_on.rank else EXIT_CLEAN


@main.command(epilog=f"{_WALK_HELP}.")
@click.argument("paths", nargs=-1, required=True)
@click.option("-r", "--reference", "references", multiple=True, metavar="FILE",
              help="A reference file (.yaml .json .csv) or article; repeatable. Replaces the config's list.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"The baseline file to write (default: the config's baseline, else {DEFAULT_BASELINE} "
                   "beside the config, where `check` finds it).")
@_rule_options
@_run_options
def baseline(paths: tuple[str, ...], references: tuple[str, ...], output: Path | None,
             select: tuple[str, ...], ignore: tuple[str, ...], lang: str | None, locale: str | None,
             config: Path | None, cache_dir: Path | None, no_cache: bool, jobs: int | None) -> None:
    """Record the current findings so that `check` fails only on new ones."""
    from factcheck.pipeline import run_check

    _check_output(output)
    with _progress("checking") as progress:
        request, settings = _check_inputs(paths, references, config, no_cache, cache_dir, jobs, lang,
                                          locale, progress, select, ignore)
        target = output or settings.baseline_path() or shown(settings.root / DEFAULT_BASELINE)
        refuse_input_as_output(target, paths, request.references, [config] if config else [])
        try:
            result = run_check(request)
        finally:
            _cache_warnings(request.cache)
    written = write_baseline(result.findings, target)
    click.echo(f"factcheck: wrote {len(written.findings)} finding(s) to {target}", err=True)
    _say(request.warnings, prefix="warning: ")
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
