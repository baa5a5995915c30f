"""Prose masks for Markdown and HTML: same-length copies of a text with every non-prose character blanked.

Every mask has exactly the length of its input. A masked character becomes a space, ``"\\n"`` is always
kept (line numbers survive) and a carriage return becomes a space. Prose characters stay at their
original offsets, with one exception: a character reference (``&amp;``, ``&nbsp;``, ``&#1633;``,
``&#x661;``) is written as its decoded character at the offset of its ``&`` and the rest of the
reference is padded with ``PAD`` (U+200B ZERO WIDTH SPACE), which carries no letter and which the
extractor's fold removes: "5&#x661;0" reads "5١" + five ``PAD`` + "0", folded "510", one number.
A decoded full stop is the exception to the exception: it stands at the ``;``, after its padding, so
that the white space following the reference follows the stop, as sentence rules expect.
``widen_to_references`` widens a span found in the folded prose to the whole references it touches.
A Markdown backslash escape is padded the same way: "1\\,500" reads ``PAD`` + ",", folded "1,500".

Speed matters (articles by the ten thousand, extraction at millions of characters a second):
each pass is one regex whose pattern starts with a literal or a small set of characters, so the
engine jumps between candidates in C, and most passes blank their matches through ``re.split``
rather than a callback per match. Line-start rules match from the preceding ``"\\n"`` (the text is
scanned with one ``"\\n"`` prepended). Patterns are linear-time: possessive quantifiers, no
ambiguous nested repeats, lazy scans that stop at the first closing delimiter, and code spans
paired in one pass over their backtick runs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.entities import html5 as _HTML5_ENTITIES

__all__ = ["PAD", "HtmlPage", "blank", "mask_html", "mask_markdown", "widen_to_references"]

# Pads a decoded character reference to the reference's length: a code point with no letter that the
# extractor's fold removes (so "&#1633;&#1638;" folds to "١٦", one number), unlike a space, which
# would split the figure in two.
PAD = "\u200b"


def blank(text: str) -> str:
    """``text`` with every character except ``"\\n"`` turned into a space."""
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _blank_match(match: re.Match[str]) -> str:
    return blank(match.group())


def _replace(pattern: re.Pattern[str], text: str, piece: Callable[[str], str] = blank) -> str:
    """Replace every match of ``pattern`` (one group around the whole match) by ``piece(match)``."""
    parts = pattern.split(text)
    if len(parts) > 1:
        parts[1::2] = map(piece, parts[1::2])
    return "".join(parts)


# --- pieces shared by Markdown and HTML ---------------------------------------------------------------

_ENTITY_BODY = r"(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ENTITY = re.compile("(&" + _ENTITY_BODY + ")")
_LONGEST_REFERENCE = 34  # "&" + a 32-character name + ";"
_COMMENT = r"<!--(?s:.*?)(?:-->|\Z)"
# Elements whose content is never prose: code, scripts, styles, templates, form fields, and struck-out
# text (a retracted figure is not a claim the article makes).
_RAW = "|".join(rf"<(?i:{name})\b(?s:.*?)(?:</(?i:{name})\s*+>|\Z)"
                for name in ("script", "style", "template", "pre", "code", "textarea", "del", "s", "strike"))
_DECLARATION = r"<!\[CDATA\[(?s:.*?)(?:\]\]>|\Z)|<![A-Za-z][^>]*+>|<\?[^>]*+>"
# A bare URL, not glued to a preceding word, without the punctuation that ends its sentence. A link
# target "](http..." is left whole to the link pattern, which masks it with its title.
_URL_END = r"""(?:[^\s<>]*[^\s<>.,:;!?"')\]*_])?"""
_HTTP = re.compile(r"(http(?<![\w/@]http)(?<!\]\(http)s?://" + _URL_END + ")")
_WWW = re.compile(r"(www\.(?<![\w/@.]www\.)(?<!\]\(www\.)" + _URL_END + ")")


def _decode_entity(ref: str) -> str:
    """The decoded character padded with ``PAD`` to the reference's length; unknown names stay text."""
    if ref[1] != "#" and ref[1:] not in _HTML5_ENTITIES:
        return ref
    char = html.unescape(ref)
    if "\n" in char or "\r" in char:  # "&#10;" must not add a line to the prose
        char = " "
    padding = PAD * (len(ref) - len(char))
    # A stop ends a sentence only when white space follows it ("&#46; Next"), so it goes last.
    return padding + char if char == "." else char + padding


def widen_to_references(text: str, prose: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` widened so that the span does not cut a character reference in two.

    The fold drops the padding of a decoded reference, so a span found in the folded prose maps back
    to its decoded characters only: a claim ending in ``&#1638;`` would end just after its ``&``, and
    one starting with a decoded stop would start at its ``;``. Offsets into ``text``; ``prose`` is its
    mask (same length). A span that cuts no reference is returned as it is.
    """
    if 0 < start < len(prose) and prose[start - 1] == PAD != text[start - 1]:
        reference = _reference_at(text, start)
        if reference is not None:
            start = reference[0]
    if 0 < end < len(prose) and prose[end] == PAD != text[end]:
        reference = _reference_at(text, end - 1)
        if reference is not None:
            end = reference[1]
    return start, end


def _reference_at(text: str, offset: int) -> tuple[int, int] | None:
    """The span of the character reference that covers ``offset``, if one does."""
    amp = text.rfind("&", max(0, offset - _LONGEST_REFERENCE), offset + 1)
    found = _ENTITY.match(text, amp) if amp >= 0 else None
    return found.span() if found is not None and found.end() > offset else None


def _mask_urls(text: str) -> str:
    if "http" in text:
        text = _replace(_HTTP, text)
    if "www." in text:
        text = _replace(_WWW, text)
    return text


# --- Markdown -----------------------------------------------------------------------------------------

# A fenced code block; an unclosed fence runs to the end of the document, as CommonMark renders it.
# A backtick fence's info string has no backtick, so "```x```" on a line is a code span, not a fence.
_FENCE = re.compile(
    r"\n[ \t>]*+(?:(?P<bt>```+)[^`\n]*+|(?P<tl>~~~+)[^\n]*+)(?![^\n])"
    r"(?:(?s:.*?)\n[ \t>]*+(?(bt)(?P=bt)`*+|(?P=tl)~*+)[ \t]*+(?![^\n])|(?s:.*))"
)
_HTML_BLOCKS = re.compile("(" + _COMMENT + "|" + _RAW + ")")
_INDENTED = re.compile(r"\n(?: {4}|\t)[ \t]*+\S[^\n]*+(?:\n(?:[ \t]*+\n)*+(?: {4}|\t)[ \t]*+\S[^\n]*+)*+")
_LIST_ITEM = re.compile(r"[ \t>]*+(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$)")
_TICKS = re.compile(r"``*+")
# ~~struck out~~ within one paragraph, content included.
_STRIKE = re.compile(r"(~~(?=[^\s~])(?:[^~\n]|\n(?![ \t]*+\n)|~(?!~))*+~~)")
_PARA_BREAK = re.compile(r"\n[ \t]*+\n")

# Lines that start with block markup: blockquote, list marker, heading, rule or table separator row,
# reference or footnote definition. Other lines are left to the inline pass.
_LINE = re.compile(
    r"(\n(?=[ \t]*+(?:[>\[]|[-+*](?![^ \t\n])|#{1,6}(?![^ \t\n])|[0-9]{1,9}[.)](?![^ \t\n])"
    r"|[-*_=|:][-*_=|: \t]*+(?![^\n])))[^\n]*+)"
)
_QUOTE = re.compile(r"(?:>[ \t]*+)++")
_ONLY_MARKUP = re.compile(r"[-*_=|: \t]*+")
_REF_DEF = re.compile(r"\[(?!\^)[^\]\n]++\]:[ \t]*+\S")
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]\s]++\]:")
_ORDERED = re.compile(r"(?P<number>[0-9]{1,9})[.)](?=[ \t]|$)")

_TAG = (r"<[A-Za-z][A-Za-z0-9-]*+(?:\s++[A-Za-z_:][A-Za-z0-9_.:-]*+"
        r"""(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?+)*+\s*+/?>|</[A-Za-z][A-Za-z0-9-]*+\s*+>""")
_LINK_TEXT = r"(?:[^\[\]\n]|\n(?![ \t]*+\n)|\[[^\[\]\n]*+\])*+"
_LINK_TARGET = (r"""\](?:\([ \t\n]*+(?:<[^<>\n]*+>|(?:[^()\s]|\([^()\s]*+\))*+)"""
                r"""(?:[ \t\n]*+(?:"[^"]*+"|'[^']*+'|\([^()]*+\)))?+[ \t\n]*+\)|\[[^\[\]\n]*+\])""")
_LINK = re.compile(r"(?P<open>!?\[)(?P<text>" + _LINK_TEXT + r")(?P<target>" + _LINK_TARGET + ")")
# Emphasis delimiters are markup unless a letter or digit is on both sides ("5_000", "snake_case").
_EMPHASIS = r"_(?<![^\W_]_)_*+|__*+(?![^\W_])|\*(?<![^\W_]\*)\**+|\*\**+(?![^\W_])|~~~*+"
# Every alternative starts with a literal character, so the engine jumps between candidates.
_INLINE = re.compile(
    r"(\\[!-/:-@\[-`{-~]"
    r"|!\[" + _LINK_TEXT + _LINK_TARGET
    + r"|\[\^[^\]\s]++\]"
    r"|\[" + _LINK_TEXT + _LINK_TARGET
    + r"|<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*+|[^\s<>@]++@[^\s<>@]++| *+)>"
    r"|" + _TAG + "|" + _DECLARATION
    + r"|&" + _ENTITY_BODY
    + "|" + _EMPHASIS + ")"
)


def mask_markdown(text: str, body_start: int = 0) -> str:
    """The prose mask of a Markdown article whose body starts at ``body_start``.

    Everything before ``body_start`` (front matter, a byte order mark) is masked. Masked: fenced and
    indented code, code spans, HTML comments, tags and raw blocks, link and image targets, reference
    definitions, autolinks and bare URLs, and markup characters (heading hashes, blockquote ``>``, list
    markers, emphasis delimiters at word boundaries, table pipes and separator rows, rules, escapes).
    Struck-out text (``~~44~~``, ``<del>``) is masked with its delimiters. Link text, image alt text and
    emphasised text stay prose.
    """
    work = "\n" + blank(text[:body_start]) + text[body_start:].replace("\r", " ")
    if "```" in work or "~~~" in work:
        work = _FENCE.sub(_blank_match, work)
    if "<" in work:
        work = _replace(_HTML_BLOCKS, work)
    work = _INDENTED.sub(_indented_code, work)
    if "`" in work:
        work = _mask_code_spans(work)
    if "~~" in work:
        work = _replace(_STRIKE, work)
    work = _mask_lines(work)
    work = _mask_urls(work).replace("|", " ")
    return _replace(_INLINE, work, _inline)[1:]


def _line_before(text: str, line_start: int) -> str:
    """The line that ends just before the line starting at ``line_start`` (which is > 0)."""
    return text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]


def _indented_code(match: re.Match[str]) -> str:
    """Indented lines are code only after a blank line and outside a list (there they continue an item)."""
    text, start = match.string, match.start() + 1
    if _line_before(text, start).strip():
        return match.group()
    while start > 0:
        line = _line_before(text, start)
        if line.strip():
            if _LIST_ITEM.match(line) or line.startswith(("  ", "\t")):
                return match.group()
            break
        start -= len(line) + 1
    return blank(match.group())


def _mask_code_spans(text: str) -> str:
    """Pair each backtick run with the next run of the same length in the same paragraph."""
    runs: list[tuple[int, int]] = []
    for match in _TICKS.finditer(text):
        start, end = match.span()
        if text[start - 1] == "\\":  # an escaped backtick is text; the rest of its run still counts
            start += 1
        if start < end:
            runs.append((start, end))
    following = [-1] * len(runs)
    last: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = last.get(length, -1)
        last[length] = index
    pieces: list[str] = []
    done = index = 0
    paragraph_end = -1  # the first paragraph break after the current run, found once per paragraph
    while index < len(runs):
        start, closing = runs[index][0], following[index]
        if closing >= 0 and paragraph_end < start:
            found = _PARA_BREAK.search(text, start)
            paragraph_end = found.start() if found else len(text)
        if closing < 0 or runs[closing][0] > paragraph_end:
            index += 1
            continue
        end = runs[closing][1]
        pieces += (text[done:start], blank(text[start:end]))
        done, index = end, closing + 1
    pieces.append(text[done:])
    return "".join(pieces)


def _mask_lines(text: str) -> str:
    """Mask the block markup of each line that starts with some, tracking whether a list is open.

    An ordered marker ("3.") is list markup at the start of a block, as "1." anywhere, and inside a list;
    elsewhere "2024. The year..." in a wrapped paragraph is prose, as CommonMark renders it.
    """
    parts = _LINE.split(text)
    in_list = False
    for index in range(1, len(parts), 2):
        between = parts[index - 1]
        newline = between.rfind("\n")
        if newline >= 0:
            previous = between[newline + 1:]
        else:  # this line follows the previous markup line directly
            previous = (parts[index - 2][1:] if index > 1 else "") + between
        block_start = not previous.strip()
        if block_start or (in_list and _PARA_BREAK.search(between)):
            in_list = False
        parts[index], in_list = _mask_line(parts[index], block_start, in_list)
    return "".join(parts)


def _mask_line(line: str, block_start: bool, in_list: bool) -> tuple[str, bool]:
    """One line (with its leading "\n") masked, and whether a list is open after it.

    String methods rather than regexes where they do: this runs on every heading and list item.
    """
    body = line[1:]
    rest = body.lstrip(" \t")
    if rest[:1] == ">":
        rest = rest[_QUOTE.match(rest).end():]  # type: ignore[union-attr]  # always matches ">"
    prefix = "\n" + " " * (len(body) - len(rest))
    first = rest[:1]
    if first == "#":
        return prefix + _heading(rest), in_list
    if first in ("-", "*", "_", "=", "|", ":") and _ONLY_MARKUP.fullmatch(rest) and rest.strip(" \t|:"):
        return prefix + " " * len(rest), in_list  # a rule, a setext underline, a table separator row
    if first in ("-", "+", "*") and rest[1:2] in ("", " ", "\t"):
        return prefix + " " + rest[1:], True
    if first == "[":
        if _REF_DEF.match(rest):
            return prefix + " " * len(rest), in_list
        footnote = _FOOTNOTE_DEF.match(rest)
        if footnote is not None:
            return prefix + " " * footnote.end() + rest[footnote.end():], in_list
    elif first.isdigit():
        ordered = _ORDERED.match(rest)
        if ordered is not None and (in_list or block_start or int(ordered.group("number")) == 1):
            return prefix + " " * ordered.end() + rest[ordered.end():], True
    return prefix + rest, in_list


def _heading(rest: str) -> str:
    """An ATX heading with its opening and closing hashes masked; other text starting with # as is."""
    hashes = len(rest) - len(rest.lstrip("#"))
    if hashes > 6 or rest[hashes:hashes + 1] not in ("", " ", "\t"):
        return rest
    content = rest[hashes:]
    trimmed = content.rstrip(" \t")
    core = trimmed.rstrip("#")
    if len(core) < len(trimmed) and (not core or core[-1] in " \t"):
        content = core + " " * (len(content) - len(core))
    return " " * hashes + content


def _inline(piece: str) -> str:
    first = piece[0]
    if first == "\\":
        return PAD + piece[1]  # "1\,500" reads "1,500": the backslash is no space between the digits
    if first == "&":
        return _decode_entity(piece)
    if first in "![" and piece[1] != "^":
        link = _LINK.fullmatch(piece)
        if link is not None:  # brackets and target are masked, the (alt) text is read as inline prose
            return blank(link.group("open")) + _replace(_INLINE, link.group("text"), _inline) + blank(
                link.group("target"))
    return blank(piece)


# --- HTML ---------------------------------------------------------------------------------------------

_HTML = re.compile(
    "(" + _COMMENT + "|" + _RAW
    + r"|<(?i:head)\b(?s:.*?)(?:</(?i:head)\s*+>|(?=<(?i:body)\b)|\Z)"
    r"|<(?i:title)\b[^>]*+>(?s:.*?)(?:</(?i:title)\s*+>|\Z)"
    r"|" + _DECLARATION
    # Browsers read any "<" + letter as a tag, whatever its attributes look like.
    + r"""|</?[A-Za-z][^<>"']*+(?:(?:"[^"]*+"|'[^']*+')[^<>"']*+)*+>"""
    r"|&" + _ENTITY_BODY + ")"
)
_SPECIAL = re.compile(r"<(head|title|html|meta)\b", re.IGNORECASE)
_TITLE = re.compile(r"<(?i:title)\b[^>]*+>(?P<title>(?s:.*?))(?:</(?i:title)\s*+>|\Z)")
_ATTR = re.compile(r"""([^\s"'>/=]++)(?:\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'=<>`]++)))?+""")
_DATE_META = frozenset({"date", "article:published_time"})


@dataclass
class HtmlPage:
    """What an HTML page says about itself, next to its prose mask."""

    prose: str = ""
    lang: str | None = None  # <html lang="...">
    date: str | None = None  # <meta name="date" | property="article:published_time" content="...">
    title: str | None = None  # the first non-empty <title>


def mask_html(text: str) -> HtmlPage:
    """The prose mask of an HTML page and the metadata found in its tags.

    Only text content is prose. Masked: tags and attributes, comments, declarations, bare URLs,
    ``<script>``, ``<style>``, ``<template>``, ``<pre>``, ``<code>``, ``<textarea>``, ``<del>``, ``<s>``
    and ``<strike>`` with their content, and the whole ``<head>`` except the text of ``<title>``.
    Character references are decoded in place. Tags inside comments and scripts are not read for
    metadata.
    """
    scanner = _HtmlScanner()
    scanner.page.prose = scanner.mask(_mask_urls(text.replace("\r", " ")))
    return scanner.page


class _HtmlScanner:
    def __init__(self) -> None:
        self.page = HtmlPage()
        self.in_head = False

    def mask(self, text: str) -> str:
        return _replace(_HTML, text, self._piece)

    def _piece(self, piece: str) -> str:
        if piece[0] == "&":
            return _decode_entity(piece)
        if piece[1] in "hHtTmM":
            special = _SPECIAL.match(piece)
            if special is not None:
                return self._special(special.group(1).lower(), piece)
        return blank(piece)

    def _special(self, name: str, piece: str) -> str:
        if name == "head":
            return blank(piece) if self.in_head else self._head(piece)
        if name == "title":
            return self._title(piece)
        self._read_tag(name, piece)
        return blank(piece)

    def _head(self, head: str) -> str:
        """Mask the head but keep its title text (already decoded by the nested scan)."""
        opening = head.find(">") + 1 or len(head)
        self.in_head = True
        inner = self.mask(head[opening:])
        self.in_head = False
        pieces, done = [blank(head[:opening])], 0
        for title in _TITLE.finditer(head, opening):
            start, end = title.start("title") - opening, title.end("title") - opening
            pieces += (blank(inner[done:start]), inner[start:end])
            done = end
        pieces.append(blank(inner[done:]))
        return "".join(pieces)

    def _title(self, piece: str) -> str:
        title = _TITLE.match(piece)
        if title is None:
            return blank(piece)
        raw = title.group("title")
        if self.page.title is None:
            self.page.title = " ".join(html.unescape(raw).split()) or None
        start, end = title.span("title")
        return blank(piece[:start]) + _replace(_ENTITY, raw, _decode_entity) + blank(piece[end:])

    def _read_tag(self, name: str, tag: str) -> None:
        attrs = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag, len(name) + 1, len(tag) - 1)}
        if name == "html":
            if self.page.lang is None and attrs.get("lang", "").strip():
                self.page.lang = attrs["lang"].strip()
        elif self.page.date is None and "content" in attrs:
            key = (attrs.get("name") or attrs.get("property") or "").strip().lower()
            if key in _DATE_META:
                self.page.date = attrs["content"].strip()
