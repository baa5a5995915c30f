"""The output formats of ``factcheck check``, and the presentation helpers they share.

Every format is a module of this package with a pure ``render(result, *, root=None) -> str``. The
registry imports a format's module only when it is first used, so ``--format json`` does not pay for
rich or Jinja2, and the format modules can import the helpers below without an import cycle.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath
from typing import Any, TypeVar

from factcheck.claims import Claim, Period
from factcheck.compare import value_text
from factcheck.findings import Against, CheckResult, Finding, Severity, Verified

_MODULES = {
    "terminal": "terminal",
    "json": "json",
    "sarif": "sarif",
    "github": "github",
    "markdown": "markdown",
    "junit": "junit",
    "html": "html",
}

Root = PurePath | str | None
"""What ``root=`` accepts: a directory that paths in the output are made relative to."""

_Entry = TypeVar("_Entry", Finding, Verified)

RTL_LANGS = frozenset({"ar", "fa", "he", "ur", "ps", "ku", "yi", "dv"})


def _lazy(module: str) -> Callable[..., str]:
    def render(result: CheckResult, **options: Any) -> str:
        target = importlib.import_module(f"factcheck.report.{module}")
        text: str = target.render(result, **options)
        return text

    render.__name__ = f"render_{module}"
    render.__doc__ = f"Render a check result in the {module} format (see factcheck.report.{module})."
    return render


FORMATS: dict[str, Callable[..., str]] = {name: _lazy(module) for name, module in _MODULES.items()}


def render(fmt: str, result: CheckResult, *, root: Root = None, **options: Any) -> str:
    """Render ``result`` in the format named ``fmt``; ``root`` makes every path relative to it.

    Raises ValueError naming the known formats when ``fmt`` is not one of them.
    """
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; expected one of: {', '.join(FORMATS)}") from None
    return renderer(result, root=root, **options)


# What an article or a reference must not bring into a human report raw: C0 controls but tab and newline,
# DEL and C1 (terminal escape sequences: an ESC could recolour or rewrite a CI log), and the bidi
# embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069 (an override can make "45" display as
# "54" and reorder the figures around it).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """``text`` with control and bidi control characters shown as escapes (``\\x1b``, ``\\u202e``)."""
    if UNSAFE.search(text) is None:
        return text
    return UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


def display_path(path: str, root: Root = None) -> str:
    """``path`` relative to ``root`` when it lies below it, with forward slashes; else unchanged.

    Pure string work: nothing is resolved on disk, so the output depends only on the arguments (an
    absolute path under a relative root, or the reverse, is left as it is).
    """
    if root is None:
        return path
    try:
        relative = PurePath(path).relative_to(PurePath(root))
    except ValueError:
        return path
    text = relative.as_posix()
    return text if text != "." else path


def display_error(line: str, root: Root = None) -> str:
    """An input error line ("path:line: message") with its leading path made relative to ``root``."""
    if root is None:
        return line
    prefix = PurePath(root).as_posix().rstrip("/") + "/"
    return line[len(prefix):] if prefix != "./" and line.startswith(prefix) else line


def location(path: str, claim: Claim, root: Root = None) -> str:
    """``path:line:column`` of a claim, the form editors and terminals can jump to."""
    return f"{display_path(path, root)}:{claim.line}:{claim.column}"


def end_position(claim: Claim) -> tuple[int, int]:
    """Line and column just past the claim's last character (1-based, columns in code points)."""
    lines = claim.text.split("\n")
    if len(lines) == 1:
        return claim.line, claim.column + len(claim.text)
    return claim.line + len(lines) - 1, len(lines[-1]) + 1


def stated_value(claim: Claim) -> str:
    """The quantity a claim states, as a reader says it: "more than 20,000,000,000 USD", "44", "12%".

    The checker's own wording (``compare.value_text``), so messages and reports say it alike.
    """
    return value_text(claim)


def period_text(period: Period | None) -> str:
    """A period as a reader says it: "2024-01-01 to 2024-06-30", "since 2014-01-01", "until 2024-06-30",
    "on 2024-07-16"; empty when there is none or both ends are open."""
    if period is None or (period.start is None and period.end is None):
        return ""
    if period.end is None:
        return f"since {period.start}"
    if period.start is None:
        return f"until {period.end}"
    if period.start == period.end:
        return f"on {period.start}"
    return f"{period.start} to {period.end}"


def counterpart_text(against: Against) -> str:
    """What the other side states: an article's own words; for a reference, its value and what it is."""
    if not against.is_reference:
        return against.claim.text
    value = stated_value(against.claim)
    return value if value == against.claim.text else f"{value} ({against.claim.text})"


def source_label(against: Against, titles: Mapping[str, str | None] | None = None) -> str:
    """Who states the other side: the reference's source, else the article's title or kind of file.

    ``titles`` maps document paths to titles (see ``document_titles``).
    """
    if against.source:
        return against.source
    if against.is_reference:
        return "reference"
    title = (titles or {}).get(against.path)
    return f"article “{title}”" if title else "article"


def document_titles(result: CheckResult) -> dict[str, str | None]:
    """Title of every checked document, by path."""
    return {d.document.path: d.document.title for d in result.documents}


def by_position(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in reading order: by file, then position, then rule code."""
    return sorted(findings, key=lambda f: (f.path, f.claim.start, f.claim.end, f.rule, f.kind))


def by_relevance(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first; within a level, reading order."""
    return sorted(
        findings,
        key=lambda f: (-f.severity.rank, f.path, f.claim.line, f.claim.column, f.rule, f.kind),
    )


def group_by_path(entries: Iterable[_Entry]) -> dict[str, list[_Entry]]:
    """Findings or verified claims by article path, each list in the order given."""
    grouped: dict[str, list[_Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.path, []).append(entry)
    return grouped


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The most severe level among ``findings`` (None for none)."""
    levels = [f.severity for f in findings]
    return max(levels, key=lambda s: s.rank) if levels else None


def claim_key(path: str, claim: Claim) -> tuple[str, str, int, int]:
    """Identifies one claim across documents, findings and verified entries."""
    return path, claim.id, claim.start, claim.end


def is_rtl_text(text: str) -> bool:
    """True when ``text`` contains a right-to-left letter (Arabic, Hebrew, Thaana, ...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


# A quoted span inside a message ('أكثر من 20 مليون دولار' states ...); bounded, no nesting: linear time.
_QUOTED = re.compile(r"'[^'\n]{1,300}'|\"[^\"\n]{1,300}\"|‘[^’\n]{1,300}’|“[^”\n]{1,300}”")


def quoted_rtl_segments(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each flagged when it is a quotation holding right-to-left text.

    Messages are English sentences that quote Arabic claims; a presenter isolates the flagged pieces so
    the quotation marks stay with their quotation instead of being reordered around it.
    """
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _QUOTED.finditer(text):
        if is_rtl_text(match.group()):
            if match.start() > position:
                pieces.append((text[position:match.start()], False))
            pieces.append((match.group(), True))
            position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``1 finding``, ``2 findings``."""
    return f"{count} {noun if count == 1 else (plural_form or noun + 's')}"


def summary_line(result: CheckResult) -> str:
    """One line a human reads first: how much was checked and what was found."""
    s = result.summary
    levels = [plural(s.errors, "error"), plural(s.warnings, "warning"), plural(s.infos, "info", "info")]
    parts = [
        plural(s.documents, "article"),
        plural(s.claims, "claim"),
        f"{plural(s.findings, 'finding')} ({', '.join(levels)})",
        f"{s.verified} verified",
    ]
    if s.suppressed:
        parts.append(f"{s.suppressed} suppressed")
    if result.input_errors:
        parts.append(plural(len(result.input_errors), "input error"))
    return " · ".join(parts)
