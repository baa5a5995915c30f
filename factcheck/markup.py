"""Prose masks for Markdown and HTML: same-length copies of a text with every non-prose character blanked.

Every mask has exactly the length of its input. A masked character becomes a space, ``"\\n"`` is always
kept (line numbers survive) and a carriage return becomes a space. Prose characters stay at their
original offsets, with one exception: a character reference (``&amp;``, ``&nbsp;``, ``&#1633;``,
``&#x661;``) is written as its decoded character at the offset of its ``&`` and the rest of the
reference is padded with spaces, so "5&#x661;" reads "5١" followed by spaces. A number split by a
reference is rare; a claim that contains one spans the whole reference in the original text.

Patterns are linear-time: possessive quantifiers, no ambiguous nested repeats, lazy scans that stop at
the first closing delimiter, and code spans paired in one pass over their backtick runs.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from html.entities import html5 as _HTML5_ENTITIES

__all__ = ["HtmlPage", "blank", "mask_html", "mask_markdown"]


def blank(text: str) -> str:
    """``text`` with every character except ``"\\n"`` turned into a space."""
    if "\n" not in text:
        return " " * len(text)
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _blank_match(match: re.Match[str]) -> str:
    return blank(match.group())


# --- pieces shared by Markdown and HTML ---------------------------------------------------------------

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_ATTR_VALUE = r"""(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++)"""
_ATTRS = r"(?:\s++[A-Za-z_:][A-Za-z0-9_.:-]*+(?:\s*+=\s*+" + _ATTR_VALUE + r")?+)*+"
_TAG = r"<[A-Za-z][A-Za-z0-9-]*+" + _ATTRS + r"\s*+/?>|</[A-Za-z][A-Za-z0-9-]*+\s*+>"
# Browsers read any "<" + letter as a tag, whatever its attributes look like.
_LENIENT_TAG = r"""</?[A-Za-z][^>"']*+(?:(?:"[^"]*+"|'[^']*+')[^>"']*+)*+>"""
_DECLARATION = r"<![A-Za-z][^>]*+>|<\?[^>]*+>|<!\[CDATA\[(?s:.*?)(?:\]\]>|\Z)"
_COMMENT = r"<!--(?s:.*?)(?:-->|\Z)"
# Elements whose content is never read as prose (code, scripts, styles, templates).
_RAW = r"<(?P<rawname>script|style|template|pre|code|textarea)\b(?s:.*?)(?:</(?P=rawname)\s*+>|\Z)"
_URL = r"(?:https?://|www\.)[^\s<>]*+"
_URL_TRAILING = ".,:;!?\"')]*_"


def _decode_entity(ref: str) -> str:
    """The decoded character padded to the reference's length; unknown names stay literal text."""
    if ref[1] != "#" and ref[1:] not in _HTML5_ENTITIES:
        return ref
    char = html.unescape(ref)
    return char + " " * (len(ref) - len(char))


def _mask_url(match: re.Match[str]) -> str:
    """A bare URL is masked, but not punctuation after it nor a URL glued to a preceding word."""
    start, url = match.start(), match.group()
    if start and (match.string[start - 1].isalnum() or match.string[start - 1] in "/@"):
        return url
    kept = url.rstrip(_URL_TRAILING)
    return blank(kept) + url[len(kept):]


# --- Markdown -----------------------------------------------------------------------------------------

_BLOCKS = re.compile(
    # A fenced code block; an unclosed fence runs to the end of the document, as CommonMark renders it.
    r"(?P<fence>^[ \t>]*+(?:(?P<bt>`{3,}+)[^`\n]*+|(?P<tl>~{3,}+)[^\n]*+)$"
    r"(?:(?s:.*?)\n[ \t>]*+(?(bt)(?P=bt)`*+|(?P=tl)~*+)[ \t]*+$|(?s:.*)))"
    r"|(?P<comment>" + _COMMENT + r")"
    r"|(?P<raw>" + _RAW + r")",
    re.MULTILINE | re.IGNORECASE,
)
_INDENTED = re.compile(r"^(?: {4}|\t)[ \t]*+\S[^\n]*+(?:\n(?:[ \t]*+\n)*+(?: {4}|\t)[ \t]*+\S[^\n]*+)*+",
                       re.MULTILINE)
_LIST_ITEM = re.compile(r"[ \t>]*+(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$)")
_TICKS = re.compile(r"(?<!\\)`++")
_PARA_BREAK = re.compile(r"\n[ \t]*+\n")

# Lines that may start with block markup: blockquote, list marker, heading, rule, table row, definition.
_LINE = re.compile(r"^(?=[ \t]*+[-+*>#0-9_=|:\[])(?P<prefix>[ \t]*+(?:>[ \t]*+)*+)(?P<rest>[^\n]*+)",
                   re.MULTILINE)
_ONLY_MARKUP = re.compile(r"[-*_=|: \t]*+")
_REF_DEF = re.compile(r"\[(?!\^)[^\]\n]++\]:[ \t]*+\S")
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]\s]++\]:")
_HEADING = re.compile(r"#{1,6}(?=[ \t]|$)")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t])#++[ \t]*+$")
_BULLET = re.compile(r"[-+*](?=[ \t]|$)")
_ORDERED = re.compile(r"(?P<number>[0-9]{1,9})[.)](?=[ \t]|$)")

_LINK_TEXT = r"(?:[^\[\]\n]|\n(?![ \t]*+\n)|\[[^\[\]\n]*+\])*+"
_LINK_DEST = r"(?:<[^<>\n]*+>|(?:[^()\s]|\([^()\s]*+\))*+)"
_LINK_TITLE = r"""(?:[ \t\n]++(?:"[^"]*+"|'[^']*+'|\([^()]*+\)))?+"""
_INLINE = re.compile(
    r"(?P<esc>\\[!-/:-@\[-`{-~])"
    r"|(?P<link>!?\[(?P<text>" + _LINK_TEXT + r")(?P<target>\](?:\([ \t\n]*+" + _LINK_DEST + _LINK_TITLE
    + r"[ \t\n]*+\)|\[[^\[\]\n]*+\])))"
    r"|(?P<fnref>\[\^[^\]\s]++\])"
    r"|(?P<auto><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*+|[^\s<>@]++@[^\s<>@]++)>)"
    r"|(?P<tag>" + _TAG + r"|" + _DECLARATION + r")"
    r"|(?P<url>" + _URL + r")"
    r"|(?P<ent>" + _ENTITY + r")"
    r"|(?P<emph>\*++|_++|~~~*+)"
    r"|(?P<pipe>\|)"
)


def mask_markdown(text: str, body_start: int = 0) -> str:
    """The prose mask of a Markdown article whose body starts at ``body_start``.

    Everything before ``body_start`` (front matter, a byte order mark) is masked. Masked: fenced and
    indented code, code spans, HTML comments, tags and raw blocks, link and image targets, reference
    definitions, autolinks and bare URLs, and markup characters (heading hashes, blockquote ``>``, list
    markers, emphasis delimiters at word boundaries, table pipes and separator rows, rules, escapes).
    Link text, image alt text and emphasised text stay prose.
    """
    work = blank(text[:body_start]) + text[body_start:].replace("\r", " ")
    work = _BLOCKS.sub(_blank_match, work)
    work = _INDENTED.sub(_indented_code, work)
    work = _mask_code_spans(work)
    work = _LINE.sub(_LineMasker(), work)
    return _INLINE.sub(_inline, work)


def _line_before(text: str, start: int) -> str:
    """The line that ends just before the line starting at ``start`` (which is > 0)."""
    return text[text.rfind("\n", 0, start - 1) + 1:start - 1]


def _indented_code(match: re.Match[str]) -> str:
    """Indented lines are code only after a blank line and outside a list (there they continue an item)."""
    text, start = match.string, match.start()
    if start == 0:
        return blank(match.group())
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
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(text)]
    if len(runs) < 2:
        return text
    breaks = [m.start() for m in _PARA_BREAK.finditer(text)]
    keys = [(bisect_right(breaks, start), end - start) for start, end in runs]
    following = [-1] * len(runs)
    last: dict[tuple[int, int], int] = {}
    for index in range(len(runs) - 1, -1, -1):
        following[index] = last.get(keys[index], -1)
        last[keys[index]] = index
    pieces: list[str] = []
    done = index = 0
    while index < len(runs):
        closing = following[index]
        if closing < 0:
            index += 1
            continue
        start, end = runs[index][0], runs[closing][1]
        pieces += (text[done:start], blank(text[start:end]))
        done, index = end, closing + 1
    pieces.append(text[done:])
    return "".join(pieces)


class _LineMasker:
    """Masks the block markup at the start of a line; remembers whether the current block is a list.

    An ordered marker ("3.") is list markup at the start of a block, as "1." anywhere, and inside a list;
    elsewhere "2024. The year..." in a wrapped paragraph is prose, as CommonMark renders it.
    """

    def __init__(self) -> None:
        self.scanned = 0
        self.in_list = False

    def __call__(self, match: re.Match[str]) -> str:
        text, start = match.string, match.start()
        if _PARA_BREAK.search(text, self.scanned, start):
            self.in_list = False
        self.scanned = start
        prefix, rest = blank(match.group("prefix")), match.group("rest")
        if _ONLY_MARKUP.fullmatch(rest) and rest.strip(" \t|:"):
            return prefix + blank(rest)
        if _REF_DEF.match(rest):
            return prefix + blank(rest)
        marker = _FOOTNOTE_DEF.match(rest) or _BULLET.match(rest)
        if marker is not None:
            self.in_list = self.in_list or marker.group() in "-+*"
            return prefix + blank(marker.group()) + rest[marker.end():]
        if (heading := _HEADING.match(rest)) is not None:
            return prefix + self._heading(rest, heading.end())
        ordered = _ORDERED.match(rest)
        if ordered is not None and self._starts_item(text, start, ordered.group("number")):
            self.in_list = True
            return prefix + blank(ordered.group()) + rest[ordered.end():]
        return prefix + rest

    def _starts_item(self, text: str, start: int, number: str) -> bool:
        return self.in_list or int(number) == 1 or start == 0 or not _line_before(text, start).strip()

    @staticmethod
    def _heading(rest: str, hashes: int) -> str:
        content = rest[hashes:]
        closing = _CLOSING_HASHES.search(content)
        if closing is not None:
            content = content[:closing.start()] + blank(content[closing.start():])
        return blank(rest[:hashes]) + content


def _inline(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "esc":
        return " " + match.group()[1]
    if kind == "link":
        text_start = match.start("text") - match.start()
        return (blank(match.group()[:text_start]) + _INLINE.sub(_inline, match.group("text"))
                + blank(match.group("target")))
    if kind == "url":
        return _mask_url(match)
    if kind == "ent":
        return _decode_entity(match.group())
    if kind == "emph":
        return _emphasis(match)
    return blank(match.group())


def _emphasis(match: re.Match[str]) -> str:
    """Delimiters inside a word or number ("5_000", "snake_case") are text, not emphasis."""
    run, text = match.group(), match.string
    if run[0] != "~":
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isalnum() and after.isalnum():
            return run
    return " " * len(run)


# --- HTML ---------------------------------------------------------------------------------------------

_HTML = re.compile(
    r"(?P<comment>" + _COMMENT + r")"
    r"|(?P<raw>" + _RAW + r")"
    r"|(?P<head><head\b(?s:.*?)(?:</head\s*+>|(?=<body\b)|\Z))"
    r"|(?P<title><title\b[^>]*+>(?P<ttext>(?s:.*?))(?:</title\s*+>|\Z))"
    r"|(?P<decl>" + _DECLARATION + r")"
    r"|(?P<tag>" + _LENIENT_TAG + r")"
    r"|(?P<url>" + _URL + r")"
    r"|(?P<ent>" + _ENTITY + r")",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title\b[^>]*+>(?P<ttext>(?s:.*?))(?:</title\s*+>|\Z)", re.IGNORECASE)
_TAG_NAME = re.compile(r"<([A-Za-z][A-Za-z0-9-]*+)")
_ATTR = re.compile(r"""([^\s"'>/=]++)(?:\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'=<>`]++)))?""")
_DATE_META = frozenset({"date", "article:published_time"})


@dataclass
class HtmlPage:
    """What an HTML page says about itself, next to its prose mask."""

    prose: str = ""
    lang: str | None = None  # <html lang="...">
    date: str | None = None  # <meta name="date" | property="article:published_time" content="...">
    title: str | None = None  # <title>


def mask_html(text: str) -> HtmlPage:
    """The prose mask of an HTML page and the metadata found in its tags.

    Only text content is prose. Masked: tags and attributes, comments, declarations, ``<script>``,
    ``<style>``, ``<template>``, ``<pre>``, ``<code>`` and ``<textarea>`` with their content, and the
    whole ``<head>`` except the text of ``<title>``. Character references are decoded in place.
    """
    scanner = _HtmlScanner()
    scanner.page.prose = scanner.mask(text.replace("\r", " "))
    return scanner.page


class _HtmlScanner:
    def __init__(self) -> None:
        self.page = HtmlPage()

    def mask(self, text: str) -> str:
        return _HTML.sub(self._token, text)

    def _token(self, match: re.Match[str]) -> str:
        kind = match.lastgroup
        if kind == "head":
            return self._head(match.group())
        if kind == "title":
            return self._title(match)
        if kind == "tag":
            self._read_tag(match.group())
        elif kind == "url":
            return _mask_url(match)
        elif kind == "ent":
            return _decode_entity(match.group())
        return blank(match.group())

    def _head(self, head: str) -> str:
        """Mask the head but keep its title text (already decoded by the nested scan)."""
        opening = head.find(">") + 1 if ">" in head else len(head)
        inner = self.mask(head[opening:])
        pieces, done = [blank(head[:opening])], 0
        for title in _TITLE.finditer(head, opening):
            start, end = title.start("ttext") - opening, title.end("ttext") - opening
            pieces += (blank(inner[done:start]), inner[start:end])
            done = end
        pieces.append(blank(inner[done:]))
        return "".join(pieces)

    def _title(self, match: re.Match[str]) -> str:
        raw = match.group("ttext")
        if self.page.title is None:
            self.page.title = " ".join(html.unescape(raw).split()) or None
        start, end = match.start("ttext") - match.start(), match.end("ttext") - match.start()
        whole = match.group()
        decoded = re.sub(_ENTITY, lambda m: _decode_entity(m.group()), raw)
        return blank(whole[:start]) + decoded + blank(whole[end:])

    def _read_tag(self, tag: str) -> None:
        name_match = _TAG_NAME.match(tag)
        name = name_match.group(1).lower() if name_match else ""
        if name not in ("html", "meta"):
            return
        attrs = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag, name_match.end() if name_match else 0)}
        if name == "html" and self.page.lang is None and attrs.get("lang"):
            self.page.lang = attrs["lang"].strip()
        elif name == "meta" and self.page.date is None and "content" in attrs:
            key = (attrs.get("name") or attrs.get("property") or "").strip().lower()
            if key in _DATE_META:
                self.page.date = attrs["content"].strip()
