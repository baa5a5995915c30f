"""An article as a reader sees it, every shown character keeping its offset in the original file.

The document's prose mask (``Document.prose``) says which characters are prose: front matter, Markdown
and HTML markup, code, script and style are blanked there. The reader view shows the prose only:
blanked runs and white space collapse to one space within a line, lines with nothing shown are
dropped, and blank lines between paragraphs become one paragraph break. A decoded character
reference (``&amp;``) is shown as its character, at the offset of its ``&``; its padding is not shown.
Each shown character carries the offset of the character it stands for, so a claim (offsets into the
original file) is highlighted exactly where it is, and a counterpart's sentence is cut from the same
view.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from factcheck.documents import Document
from factcheck.markup import PAD

# Abbreviations a full stop does not end a sentence after ("Dr. Smith", "Gen. Kurilla").
_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Gov", "Sen",
                  "Rep", "Prof", "Jr", "Sr", "No", "vs", "Inc", "Co", "Corp", "Ltd", "approx", "est")
# The end of a sentence in the reader view: a stop, question or exclamation mark (Arabic ؟ too) before
# white space, not after a lone letter ("U.S. Central") or an abbreviation, or a paragraph break.
# Linear: fixed-width lookbehinds, no nested repeats.
_SENTENCE_END = re.compile(
    r"(?<![\s.(][^\W\d_]\.)" + "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATIONS)
    + r"(?<=[.!?؟…])[\"'”’»)]?(?=\s)|\n\n")
# An HTML tag that starts a new block: what it separates is on another line for a reader.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|td|th|table|ul|ol|dl|dt|dd|section|article|header|"
                        r"footer|aside|nav|main|figure|figcaption|blockquote|hr|pre)\b", re.IGNORECASE)
SENTENCE_LIMIT = 320  # characters of a counterpart's sentence shown around its claim


@dataclass(frozen=True)
class View:
    """The reader's text and, for each of its characters, the offset it stands for in the file."""

    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The shown characters standing for file offsets ``start``..``end`` (``i == j`` when none)."""
        return bisect_left(self.offsets, start), bisect_left(self.offsets, end)


def reader_view(doc: Document) -> View:
    """``doc`` as a reader sees it (see the module docstring)."""
    text, prose = doc.text, doc.prose
    chars: list[str] = []
    offsets: list[int] = []
    newlines: list[int] = []  # offsets of the line ends since the last shown character
    gap = -1  # offset of the first character skipped since the last shown one on its line, or -1
    decoded = -1  # offset of a character reference decoded to white space in that run, or -1
    for i, shown in enumerate(prose):
        if shown == "\n":
            newlines.append(i)
            continue
        if shown == PAD and text[i] != PAD:
            continue  # the padding of a decoded reference or an escape: zero width, never shown
        if shown.isspace():  # white space, or a blanked character (markup, front matter)
            gap = i if gap < 0 else gap
            if shown != " " and shown != text[i]:  # a decoded space (&nbsp;): white space to a reader
                decoded = i
            continue
        if offsets:  # what separates this character from the one shown before it
            between = _separator(text, newlines, gap, i) if decoded < 0 or newlines else [(" ", decoded)]
            for char, offset in between:
                chars.append(char)
                offsets.append(offset)
        newlines.clear()
        gap = decoded = -1
        chars.append(shown)
        offsets.append(i)
    return View("".join(chars), tuple(offsets))


def _separator(text: str, newlines: list[int], gap: int, here: int) -> list[tuple[str, int]]:
    """What a reader sees between two shown characters: a paragraph break where a line with nothing
    shown lies between them, a line break; within a line, one space where white space borders the
    skipped run (``said **45** operatives``), a line break for a block tag (``</p><p>``), and nothing
    for markup that clings to the words (``**45**,``, ``[text](url "title").``)."""
    if len(newlines) >= 2:
        return [("\n", newlines[0]), ("\n", newlines[-1])]
    if newlines:
        return [("\n", newlines[0])]
    if gap < 0:
        return []
    if text[gap].isspace():
        return [(" ", gap)]
    if text[here - 1].isspace():
        return [(" ", here - 1)]
    return [("\n", gap)] if _BLOCK_TAG.search(text, gap, here) else []


def highlighted(view: View, spans: Iterable[tuple[int, int, Markup, Markup]]) -> Markup:
    """The view escaped, with each ``(start, end, opening, closing)`` span wrapped in its markup.

    Spans are file offsets, in order; one that overlaps the span before it, or shows no character, is
    left unmarked (the text stays whole either way).
    """
    out: list[Markup] = []
    position = 0
    for start, end, opening, closing in spans:
        i, j = view.span(start, end)
        if i < position or i >= j:
            continue
        out += [escape(view.text[position:i]), opening, escape(view.text[i:j]), closing]
        position = j
    out.append(escape(view.text[position:]))
    return Markup("").join(out)


def sentence(view: View, start: int, end: int, limit: int = SENTENCE_LIMIT) -> tuple[str, str, str] | None:
    """The sentence holding the claim at file offsets ``start``..``end``, as (before, claim, after);
    None when the claim shows no character. A long sentence is cut around the claim with an ellipsis."""
    i, j = view.span(start, end)
    if i >= j:
        return None
    ends = _sentence_ends(view.text)
    first = ends[bisect_right(ends, i) - 1] if bisect_right(ends, i) else 0
    after = bisect_left(ends, j)
    last = ends[after] if after < len(ends) else len(view.text)
    before, claim, rest = view.text[first:i], view.text[i:j], view.text[j:last]
    before, rest = " ".join(before.split()), " ".join(rest.split())
    room = max(limit - len(claim), 0)
    if len(before) > room // 2:
        before = "…" + before[len(before) - room // 2:].lstrip()
    if len(rest) > room - len(before):
        rest = rest[: max(room - len(before), 0)].rstrip() + "…"
    return (before + " " if before and not before.endswith(" ") and view.text[i - 1:i].isspace() else before,
            claim, (" " if rest and view.text[j:j + 1].isspace() else "") + rest)


def _sentence_ends(text: str) -> list[int]:
    return [match.end() for match in _SENTENCE_END.finditer(text)]

