"""Documents: an article file read into its original text plus a same-length prose mask.

``prose`` has exactly the length of ``text``; every character that is not prose (front matter, markup,
code blocks, link targets, HTML tags and comments, script and style) is replaced by a space, newlines
are kept. Extraction runs on ``prose`` so every offset points straight into the original file.

Two characters of ``prose`` are not copies of ``text``: a carriage return is a space, and an HTML
character reference (``&amp;``, ``&#1633;``) is its decoded character at the offset of the ``&``,
padded with zero width spaces, which the extractor's fold removes, so "&#1633;&#1638;" reads as one
number (see ``factcheck.markup``). A leading byte order mark stays in ``text`` and is masked in ``prose``.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field

from factcheck.claims import Frozen
from factcheck.errors import InputError
from factcheck.markup import PAD, mask_html, mask_markdown
from factcheck.walk import ARTICLE_SUFFIXES, iter_paths

__all__ = ["ARTICLE_SUFFIXES", "SUPPORTED_LANGS", "Document", "detect_language", "iter_paths",
           "language_warning", "load_document", "read_document"]

SUPPORTED_LANGS = ("ar", "en")


_MARKDOWN, _HTML = (".md", ".markdown"), (".html", ".htm")
_BINARY_PROBE = 8192
_BOM = "\ufeff"


class Document(Frozen):
    """One article as read from disk."""

    path: str
    text: str
    prose: str
    lang: str
    published: dt.date | None = None
    title: str | None = None
    # The front matter keys other than title, lang and date, as JSON-ready data (per-article settings
    # such as ``factcheck: {ignore: [...]}``), plus ``locale`` when the language tag names a region.
    meta: dict[str, Any] = Field(default_factory=dict)


@dataclass
class _Parsed:
    """What one file format yields before the language is settled."""

    prose: str
    lang: str | None = None  # as the document declares it, unnormalised
    lang_line: int | None = None
    lang_strict: bool = True  # an unreadable declared tag is an error (front matter) or ignored (HTML)
    published: dt.date | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def load_document(path: Path | str, *, lang: str | None = None, data: bytes | None = None) -> Document:
    """Read one article file (.md, .markdown, .txt, .html, .htm).

    The language is ``lang`` when given, else the one the document declares (front matter ``lang``,
    ``<html lang>``), else "ar" when more than 30 % of the letters of its prose are Arabic, else "en".
    A tag with a region ("ar-IQ") gives the language "ar" and ``meta["locale"] == "ar-IQ"``.

    Raises InputError naming the file (and line) when the file is missing, a directory, of another
    type, binary, not UTF-8, empty, or has a front matter that cannot be read. Never writes the file.
    ``data`` is the file's content when the caller has read it already (the claims cache reads it for
    its key); the file is then checked but not read again.
    """
    name = str(path)
    file = Path(path)
    try:
        suffix = _check_file(file, name)
        if data is None:
            data = read_regular_file(file)
    except OSError as exc:  # a name too long, a directory we may not enter, a file we may not read
        raise InputError(name, f"cannot read the file: {_reason(exc)}") from None
    return _document(name, suffix, data, lang)


def read_document(name: str, data: bytes, *, lang: str | None = None) -> Document:
    """An article that is not a file on disk (standard input), read from ``data`` as if it were the
    file ``name``: its suffix decides how it is parsed, and a name without one is read as Markdown.
    Raises InputError naming ``name``, as load_document does."""
    suffix = Path(name).suffix.lower() or ".md"
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(name, "unsupported file type (expected .md, .txt, .html)")
    return _document(name, suffix, data, lang)


def _document(name: str, suffix: str, data: bytes, lang: str | None) -> Document:
    text = _decode(data, name)
    if not text.lstrip(_BOM).strip():
        raise InputError(name, "empty file")
    if suffix in _MARKDOWN:
        parsed = _parse_markdown(text, name)
    elif suffix in _HTML:
        parsed = _parse_html(text)
    else:
        parsed = _Parsed(prose=_mask_bom(text).replace("\r", " "))
    language, locale = _settle_language(name, lang, parsed)
    meta = parsed.meta
    if locale is not None and "locale" not in meta:
        meta = {**meta, "locale": locale}
    return Document(path=name, text=text, prose=parsed.prose, lang=language, published=parsed.published,
                    title=parsed.title, meta=meta)


# --- reading ------------------------------------------------------------------------------------------


class NotARegularFile(OSError):
    """A FIFO, a socket or a device: reading it could block or never end, so it is not read."""


def read_regular_file(path: Path | str) -> bytes:
    """The bytes of ``path`` when it is a regular file (symbolic links followed); else an OSError
    (``NotARegularFile`` for a FIFO, socket or device), never a read that waits for a writer."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotARegularFile(errno.EINVAL, "not a regular file", str(path))
    with open(path, "rb") as fh:
        return fh.read()



def _check_file(file: Path, name: str) -> str:
    """The file's lower-case suffix, once it is known to be an existing regular file of a known type
    (one stat, which follows symbolic links as reading does)."""
    try:
        mode = os.stat(file).st_mode
    except OSError as exc:
        if isinstance(exc, (FileNotFoundError, NotADirectoryError)) or exc.errno == errno.ELOOP:
            raise InputError(name, "no such file or directory") from None
        raise
    if stat.S_ISDIR(mode):
        raise InputError(name, "is a directory, not an article file")
    suffix = file.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(name, "unsupported file type (expected .md, .txt, .html)")
    if not stat.S_ISREG(mode):
        raise InputError(name, "not a regular file")
    return suffix


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "UTF-16 text; save the article as UTF-8")
    if b"\x00" in data[:_BINARY_PROBE]:
        raise InputError(name, "binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[line_start:exc.start].decode("utf-8")) + 1
        message = (f"invalid UTF-8: byte 0x{data[exc.start]:02x} at line {line}, column {column} "
                   f"(byte offset {exc.start}); save the article as UTF-8")
        raise InputError(name, message, line=line, column=column) from None


def _mask_bom(text: str) -> str:
    return " " + text[1:] if text.startswith(_BOM) else text


# --- Markdown and front matter ------------------------------------------------------------------------

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t\r]*+$", re.MULTILINE)


def _parse_markdown(text: str, name: str) -> _Parsed:
    start = 1 if text.startswith(_BOM) else 0
    first_end = text.find("\n", start)
    first_line = text[start:] if first_end < 0 else text[start:first_end]
    if first_line.rstrip() != "---":
        prose = mask_markdown(text, start)
        return _Parsed(prose=prose, title=_first_heading(text, prose))
    closing = _FRONT_MATTER_END.search(text, first_end + 1) if first_end >= 0 else None
    if closing is None:
        raise InputError(name, "front matter is not closed: add a '---' line after it", line=1)
    source = text[first_end + 1:closing.start()]
    body_start = min(closing.end() + 1, len(text))
    parsed = _front_matter(source, name, last_line=text.count("\n", 0, closing.start()) + 1)
    parsed.prose = mask_markdown(text, body_start)
    if parsed.title is None:
        parsed.title = _first_heading(text, parsed.prose)
    return parsed


def _front_matter(source: str, name: str, last_line: int) -> _Parsed:
    """Title, lang, date and the other keys (in ``meta``) of a YAML front matter starting on line 2."""
    data = _flat_front_matter(source)
    if data is None:
        data = _load_yaml(source, name, last_line)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"the value {str(data)[:40]!r}"
        raise InputError(name, f"front matter must be a mapping of keys (title: ..., date: ...), got {kind}",
                         line=2)
    meta = {_key(key): value for key, value in data.items()}
    others = {key: value for key, value in meta.items() if key not in ("title", "lang", "date")}
    parsed = _Parsed(prose="", meta=_plain(others, name, [_MAX_VALUES]))
    title = meta.get("title")
    if isinstance(title, dict | list):
        raise InputError(name, "front matter title must be text", line=_key_line(source, "title"))
    if title is not None:
        parsed.title = " ".join(str(title).split()) or None
    lang = meta.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise InputError(name, f"front matter lang must be a language tag like ar or en, got {lang!r}",
                         line=_key_line(source, "lang"))
    parsed.lang = lang
    if lang is not None and _normalise_tag(lang) is None:  # the line is only needed to report the tag
        parsed.lang_line = _key_line(source, "lang")
    parsed.published = _front_matter_date(meta.get("date"), name, source)
    return parsed


# libyaml's safe loader when PyYAML was built with it (ten times faster on front matter). On YAML
# nested tens of thousands deep it overflows the C stack and the process dies, so a long front matter
# (which alone can nest that deep) goes to the pure-Python loader, which raises RecursionError instead.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FAST_LOADER_MAX_CHARS = 4096
_MAX_DEPTH = 32
_MAX_VALUES = 10_000  # YAML aliases can make a small file expand into millions of values


def _load_yaml(source: str, name: str, last_line: int) -> Any:
    loader = _FAST_LOADER if len(source) <= _FAST_LOADER_MAX_CHARS else yaml.SafeLoader
    try:
        return yaml.load(source, Loader=loader)
    except yaml.reader.ReaderError as exc:
        line = source.count("\n", 0, exc.position) + 2
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        raise InputError(name, f"front matter contains the unreadable character {what}", line=line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = min(mark.line + 2, last_line) if mark is not None else 2
        column = mark.column + 1 if mark is not None and mark.line + 2 <= last_line else None
        message = f"front matter is not valid YAML: {problem}"
        raise InputError(name, message, line=line, column=column) from None
    except RecursionError:
        raise InputError(name, f"front matter is nested more than {_MAX_DEPTH} levels deep", line=2) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputError(name, f"front matter has a value that cannot be read: {exc}", line=2) from None


# Most front matters are a few flat "key: value" lines (title, date, lang, id), and a YAML parser spent
# half of load_document's time on them. The fast path reads a line only when it can tell with certainty
# what yaml.safe_load returns for it: a plain scalar that YAML resolves to a string (YAML's own
# resolver decides), a decimal int, an ISO day, nothing (null), or a quoted string without escapes.
# Any other line (escapes, collections, anchors, tags, comments, indentation, tabs, keywords such as
# yes/null/on, numbers YAML reads specially, a duplicate key) sends the whole front matter to YAML,
# so YAML's errors and line numbers are unchanged.
_RESOLVER = yaml.resolver.Resolver()
_RESOLVE: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = _RESOLVER.resolve
_IMPLICIT: dict[str | None, Any] = _RESOLVER.yaml_implicit_resolvers  # first character -> its patterns
_STR, _INT, _TIMESTAMP = (f"tag:yaml.org,2002:{name}" for name in ("str", "int", "timestamp"))
_FLAT_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
# What YAML reads as itself in a scalar: printable characters and "\n", but no tab, no YAML 1.1 line
# break (U+0085, U+2028, U+2029), no byte order mark, no DEL or C1 control, no surrogate.
_FLAT_TEXT = re.compile(
    r"[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*+")
_PLAIN_BAD_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@`")  # YAML indicators; a plain scalar cannot start so
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,17}")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NOT_FLAT = object()


def _flat_front_matter(source: str) -> dict[str, Any] | None:
    """The mapping of a flat front matter, equal to what YAML reads; None leaves the source to YAML."""
    if "\r" in source:
        source = source.replace("\r\n", "\n")  # a line break to YAML; a lone CR fails the next test
    if _FLAT_TEXT.fullmatch(source) is None:
        return None
    data: dict[str, Any] = {}
    for line in source.split("\n"):
        if not line:
            continue
        key, colon, rest = line.partition(":")
        if (not colon or rest[:1] not in ("", " ") or key in data or _FLAT_KEY.fullmatch(key) is None
                or _tag(key) != _STR):
            return None
        value = _flat_value(rest.strip(" "))
        if value is _NOT_FLAT:
            return None
        data[key] = value
    return data or None


def _flat_value(text: str) -> Any:
    """The value YAML reads from ``text`` (one line, stripped), or _NOT_FLAT when unsure."""
    if not text:
        return None
    first, inner = text[0], text[1:-1]
    if first == '"':  # without a backslash, a double-quoted line is its text
        closed = len(text) > 1 and text[-1] == '"' and '"' not in inner and "\\" not in inner
        return inner if closed else _NOT_FLAT
    if first == "'":  # "''" is the only escape of a single-quoted line
        closed = len(text) > 1 and text[-1] == "'" and "'" not in inner.replace("''", "")
        return inner.replace("''", "'") if closed else _NOT_FLAT
    if first in _PLAIN_BAD_FIRST or "#" in text or ": " in text or text[-1] == ":":
        return _NOT_FLAT
    tag = _tag(text)
    if tag == _STR:
        return text
    if tag == _INT and _DECIMAL.fullmatch(text):
        return int(text)
    if tag == _TIMESTAMP and _ISO_DAY.fullmatch(text):
        try:
            return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:  # 2024-13-45: YAML names the error
            return _NOT_FLAT
    return _NOT_FLAT


def _tag(plain: str) -> str:
    """The tag YAML's resolver gives an unquoted scalar (str, int, bool, null, timestamp, ...)."""
    if plain[0] not in _IMPLICIT and None not in _IMPLICIT:
        return _STR  # the resolver's own first step: no pattern starts with this character
    return _RESOLVE(yaml.ScalarNode, plain, (True, False))


def _plain(value: Any, name: str, budget: list[int], depth: int = 0) -> Any:
    """``value`` as JSON-ready data (it is cached as JSON): dates become ISO strings, sets lists."""
    budget[0] -= 1
    if budget[0] < 0:
        raise InputError(name, f"front matter has more than {_MAX_VALUES} values", line=2)
    if depth > _MAX_DEPTH:
        raise InputError(name, f"front matter is nested more than {_MAX_DEPTH} levels deep", line=2)
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    if isinstance(value, dict):
        return {_key(key): _plain(item, name, budget, depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return [_plain(item, name, budget, depth + 1) for item in items]
    raise InputError(name, f"front matter value of type {type(value).__name__} is not supported "
                           "(use text, numbers, dates, lists and mappings)", line=2)


def _key(key: Any) -> str:
    return key.isoformat() if isinstance(key, dt.date) else str(key)


def _key_line(source: str, key: str) -> int | None:
    match = re.search(rf"^{key}[ \t]*:", source, re.MULTILINE)
    return source.count("\n", 0, match.start()) + 2 if match else None


def _front_matter_date(value: Any, name: str, source: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = _iso_date(value)
        if parsed is not None:
            return parsed
    raise InputError(name, f"front matter date must be a date like 2024-07-16, got {str(value)[:40]!r}",
                     line=_key_line(source, "date"))


def _iso_date(value: str) -> dt.date | None:
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


_HEADING_LINE = re.compile(r"^ {0,3}#[ \t]++(?P<title>[^\n]*+)", re.MULTILINE)


def _first_heading(text: str, prose: str) -> str | None:
    """The first level-1 heading outside code, as a fallback title."""
    for match in _HEADING_LINE.finditer(text):
        if prose[match.start()] == " ":  # the "#" itself is masked in a real heading
            words = prose[match.start("title"):match.end("title")].replace(PAD, "").split()
            if words:
                return " ".join(words)
    return None


# --- HTML ---------------------------------------------------------------------------------------------


def _parse_html(text: str) -> _Parsed:
    page = mask_html(_mask_bom(text))
    published = _iso_date(page.date[:10]) if page.date else None
    return _Parsed(prose=page.prose, lang=page.lang, published=published, title=page.title, lang_strict=False)


# --- language -----------------------------------------------------------------------------------------

_SUBTAG = r"[A-Za-z0-9]{1,8}"
_LANG_TAG = re.compile(rf"(?P<lang>[A-Za-z]{{2,3}})(?:[-_](?P<rest>{_SUBTAG}(?:[-_]{_SUBTAG})*+))?+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]++")
_NOT_LETTER = re.compile(r"[\W\d_]++")
_DETECT_SAMPLE = 1_000_000  # characters of prose; plenty to tell the script of an article


def detect_language(prose: str) -> str:
    """ "ar" when more than 30 % of the letters (in the first million characters) are Arabic, else "en"."""
    letters = _NOT_LETTER.sub("", prose[:_DETECT_SAMPLE])
    if not letters:
        return "en"
    arabic = len(letters) - len(_ARABIC.sub("", letters))
    return "ar" if arabic * 10 > len(letters) * 3 else "en"


def _settle_language(name: str, given: str | None, parsed: _Parsed) -> tuple[str, str | None]:
    """The language and, when the tag names a region, the locale ("ar-IQ")."""
    declared = _normalise_tag(parsed.lang) if parsed.lang is not None else None
    if parsed.lang is not None and declared is None and parsed.lang_strict:
        raise InputError(name, f"lang {parsed.lang!r} is not a language tag like ar, en or ar-IQ",
                         line=parsed.lang_line)
    if given is not None:
        chosen = _normalise_tag(given)
        if chosen is None:
            raise InputError(name, f"language {given!r} is not a language tag like ar, en or ar-IQ")
        if chosen[1] is None and declared is not None and declared[0] == chosen[0]:
            return declared
        return chosen
    if declared is not None:
        return declared
    return detect_language(parsed.prose), None


def _normalise_tag(tag: str) -> tuple[str, str | None] | None:
    match = _LANG_TAG.fullmatch(tag.strip())
    if match is None:
        return None
    language = match.group("lang").lower()
    rest = match.group("rest")
    if rest is None:
        return language, None
    parts = rest.replace("_", "-").split("-")
    parts = [part.upper() if len(part) == 2 and part.isalpha() else part for part in parts]
    return language, "-".join([language, *parts])


_LANG_DECLARED = re.compile(r"^lang[ \t]*:|<html\b[^>\n]{0,2000}?\blang[ \t]*=", re.MULTILINE | re.IGNORECASE)


def language_warning(doc: Document) -> str | None:
    """The warning ("path:line: ...") when the article declares a language factcheck does not read
    (front matter ``lang: fr``, ``<html lang="fr">``): it is then read as English."""
    if doc.lang in SUPPORTED_LANGS:
        return None
    found = _LANG_DECLARED.search(doc.text, 0, 100_000)
    where = f"{doc.path}:{doc.text.count(chr(10), 0, found.start()) + 1}" if found else doc.path
    declared = doc.meta.get("locale") or doc.lang
    return (f"{where}: lang {declared!r} is not a language factcheck reads (ar, en); the article is read "
            "as English (set lang: ar or lang: en, or pass --lang)")
