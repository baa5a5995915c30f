"""The command line: parses arguments and calls the library. Nothing else lives here."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factcheck.documents import load_document, iter_paths
from factcheck.errors import FactcheckError
from factcheck.extract import extract_document
from factcheck.findings import DocumentResult

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """Check the figures in Arabic and English news articles."""


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
    else:
        output.write_text(text, encoding="utf-8")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default=None,
              help="Output format (terminal on a TTY, else json).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None, help="Override language detection.")
@click.option("--locale", default=None, help="Resolve ambiguous currencies (ar-IQ: dinar -> IQD).")
def extract(paths: tuple[str, ...], fmt: str | None, output: Path | None, lang: str | None,
            locale: str | None) -> None:
    """List every numeric claim in the articles at PATHS (files or directories)."""
    from factcheck.report import extract_json, extract_terminal

    errors: list[str] = []
    files = iter_paths(list(paths), errors)
    results: list[DocumentResult] = []
    for path in _progress(files):
        try:
            doc = load_document(path, lang=lang)
        except FactcheckError as exc:
            errors.append(str(exc))
            continue
        results.append(DocumentResult(document=doc, claims=tuple(extract_document(doc, locale=locale))))
    for line in errors:
        click.echo(f"factcheck: {line}", err=True)
    fmt = fmt or ("terminal" if sys.stdout.isatty() and output is None else "json")
    render = extract_terminal.render if fmt == "terminal" else extract_json.render
    _emit(render(results), output)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def _progress(files: list[Path]) -> list[Path] | object:
    """A progress bar on stderr when many files are read on a terminal; the plain list otherwise."""
    if len(files) < 20 or not sys.stderr.isatty():
        return files
    from rich.progress import track

    return track(files, description="extracting", console=_stderr_console(), transient=True)


def _stderr_console() -> object:
    from rich.console import Console

    return Console(stderr=True)
