"""Assemble synthetic news articles: Markdown with front matter, ordinary prose and figures at news density.

A numeric sentence is written whenever the article has more characters per figure than its drawn density
(150-300 characters per figure, as news prose has); otherwise an ordinary sentence without numbers.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from _figures import Filler

MIN_BYTES, MAX_BYTES = 2048, 8192
DENSITY = (150, 300)  # characters of text per figure
BASE_DATE = dt.date(2023, 1, 1)


@dataclass(frozen=True)
class Article:
    text: str
    figures: int


def plain_sentence(filler: Filler) -> str:
    """An ordinary news sentence without a figure: a reported statement or a standalone remark."""
    rng, data = filler.rng, filler.data
    if rng.random() < 0.35:
        return filler.fill(rng.choice(data.STANDALONE))
    speaker, gender = rng.choice(data.SPEAKERS)
    masculine, feminine, that = rng.choice(data.SAY_VERBS)
    verb = masculine if gender == "m" else feminine
    clause, tail, opener = rng.choice(data.CLAUSES), rng.choice(data.TAILS), rng.choice(data.OPENERS)
    if filler.lang == "ar":
        return filler.fill(f"{opener}{verb} {speaker} {that} {clause}{tail}.")
    lead = opener + speaker if opener else speaker[0].upper() + speaker[1:]
    return filler.fill(f"{lead} {verb} {that} {clause}{tail}.")


def numeric_sentence(filler: Filler) -> str:
    return filler.fill(filler.rng.choice(filler.data.NUMERIC))


class _Writer:
    """Keeps the running text, its UTF-8 size and the density decision for one article."""

    def __init__(self, filler: Filler, density: int) -> None:
        self.filler, self.density = filler, density
        self.parts: list[str] = []
        self.chars = 0
        self.bytes = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.chars += len(text)
        self.bytes += len(text.encode("utf-8"))

    def sentence(self) -> str:
        if self.chars >= self.filler.figures * self.density:
            return numeric_sentence(self.filler)
        return plain_sentence(self.filler)

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.filler.rng.randint(2, 5)))


def _front_matter(lang: str, index: int, title: str, published: dt.date) -> str:
    quoted = title.replace('"', "'")
    return (f'---\ntitle: "{quoted}"\ndate: {published.isoformat()}\nlang: {lang}\n'
            f"id: {lang}-{index:06d}\n---\n\n")


def _block(writer: _Writer, lang: str, index: int) -> str:
    """One Markdown block: mostly paragraphs, sometimes a subheading, a list or a linked source."""
    rng, data = writer.filler.rng, writer.filler.data
    roll = rng.random()
    if roll < 0.07:
        return f"## {rng.choice(data.SUBHEADINGS)}"
    if roll < 0.1:
        return "\n".join(f"- {numeric_sentence(writer.filler)}" for _ in range(rng.randint(2, 4)))
    if roll < 0.2:
        label = "بيان رسمي" if lang == "ar" else "official statement"
        lead = "ولمزيد من التفاصيل، راجع" if lang == "ar" else "For details, see the"
        return f"{writer.paragraph()} {lead} [{label}](https://example.org/{lang}/statements/{index})."
    return writer.paragraph()


def build_article(rng: random.Random, lang: str, index: int) -> Article:
    """One Markdown article of 2-8 KB (UTF-8) with front matter."""
    filler = Filler(rng, lang)
    writer = _Writer(filler, rng.randint(*DENSITY))
    target = rng.randint(MIN_BYTES + 300, MAX_BYTES - 700)
    title = filler.fill(rng.choice(filler.data.TITLES))
    published = BASE_DATE + dt.timedelta(days=rng.randint(0, 900))
    writer.add(_front_matter(lang, index, title, published) + f"# {title}\n\n")
    while writer.bytes < target:
        block = _block(writer, lang, index) + "\n\n"
        if writer.bytes >= MIN_BYTES and writer.bytes + len(block.encode("utf-8")) > MAX_BYTES:
            break
        writer.add(block)
    return Article(text="".join(writer.parts), figures=filler.figures)
