"""Articles about a fixed set of facts, and the reference file stating them, for the check benchmarks.

Facts are concept x place x month (10 x 10 x 10 = 1,000). Each article, Arabic or English, covers one
place and one topic (security, humanitarian, economy) and restates 3-6 of its facts over different
months amid ordinary prose; about one figure in ten is wrong (off by a little, digits swapped, or a
scale word off), so the checker has discrepancies to find as well as agreements.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from _figures import Filler
from _prose import plain_sentence

PLACES = (("Iraq", "العراق"), ("Syria", "سوريا"), ("Yemen", "اليمن"), ("Lebanon", "لبنان"),
          ("Jordan", "الأردن"), ("Egypt", "مصر"), ("Libya", "ليبيا"), ("Kuwait", "الكويت"), ("Qatar", "قطر"),
          ("Saudi Arabia", "السعودية"))
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر")
YEAR = 2024


@dataclass(frozen=True)
class Concept:
    """One quantity the facts are about, with how each language states it."""

    key: str
    topic: str
    unit: str  # count | percent | USD
    what_en: str
    what_ar: str
    say_en: str  # slots: {n} {place} {period}
    say_ar: str
    low: int
    high: int


CONCEPTS = (
    Concept("killed", "security", "count", "ISIS members killed in {place}", "مقتل عناصر داعش في {place}",
            "{n} ISIS militants were killed in {place} {period}.",
            "وأسفرت العمليات عن مقتل {n} عنصرا من تنظيم داعش في {place} {period}.", 11, 400),
    Concept("detained", "security", "count", "ISIS suspects detained in {place}",
            "اعتقال عناصر داعش في {place}",
            "Security forces detained {n} suspected ISIS members in {place} {period}.",
            "واعتقلت القوات الأمنية {n} عنصرا يشتبه بانتمائهم إلى داعش في {place} {period}.", 11, 900),
    Concept("operations", "security", "count", "operations against ISIS in {place}",
            "عمليات ضد داعش في {place}", "The coalition carried out {n} operations in {place} {period}.",
            "ونفذ التحالف {n} عملية ضد التنظيم في {place} {period}.", 11, 300),
    Concept("attacks", "security", "count", "attacks claimed by ISIS in {place}",
            "هجمات تبناها داعش في {place}",
            "ISIS claimed {n} attacks in {place} {period}.",
            "وتبنى التنظيم {n} هجوما في {place} {period}.", 11, 250),
    Concept("displaced", "humanitarian", "count", "people displaced in {place}", "النازحون في {place}",
            "Some {n} people were displaced in {place} {period}, the UN said.",
            "وأحصت الأمم المتحدة {n} نازحا في {place} {period}.", 1_000, 90_000),
    Concept("refugees", "humanitarian", "count", "refugees registered in {place}",
            "اللاجئون المسجلون في {place}",
            "The UN registered {n} refugees in {place} {period}.",
            "وسجلت المفوضية {n} لاجئا في {place} {period}.", 1_000, 90_000),
    Concept("aid", "humanitarian", "USD", "humanitarian aid to {place}", "المساعدات الإنسانية إلى {place}",
            "Donors delivered US${n} in humanitarian aid to {place} {period}.",
            "وقدم المانحون مساعدات إنسانية بقيمة {n} دولار أمريكي إلى {place} {period}.", 2, 90),
    Concept("exports", "economy", "USD", "exports of {place}", "صادرات {place}",
            "Exports from {place} were worth US${n} {period}.",
            "وبلغت قيمة صادرات {place} {n} دولار أمريكي {period}.", 100, 900),
    Concept("unemployment", "economy", "percent", "unemployment rate in {place}", "نسبة البطالة في {place}",
            "Unemployment in {place} stood at {n}% {period}.",
            "وبلغت نسبة البطالة في {place} {n}% {period}.", 4, 35),
    Concept("inflation", "economy", "percent", "inflation in {place}", "التضخم في {place}",
            "Inflation in {place} reached {n}% {period}.",
            "ووصل معدل التضخم في {place} إلى {n}% {period}.", 2, 40),
)
TOPICS = ("security", "humanitarian", "economy")


@dataclass(frozen=True)
class Fact:
    concept: Concept
    place: int  # index into PLACES
    month: int  # 1..10
    value: int  # in the concept's unit; money in millions of USD

    def amount(self) -> int:
        return self.value * 1_000_000 if self.concept.unit == "USD" else self.value


def make_facts(seed: int) -> list[Fact]:
    """The 1,000 facts, the same for every run with this seed."""
    rng = random.Random(f"{seed}:facts")
    return [Fact(c, p, m, rng.randint(c.low, c.high))
            for c in CONCEPTS for p in range(len(PLACES)) for m in range(1, 11)]


def _month_end(month: int) -> dt.date:
    return dt.date(YEAR, month + 1, 1) - dt.timedelta(days=1)


def reference_yaml(facts: list[Fact]) -> str:
    """The reference file stating every fact (DESIGN.md, "Contract: reference facts")."""
    entries = []
    for f in facts:
        en, ar = PLACES[f.place]
        entries.append({
            "what": [f.concept.what_en.format(place=en), f.concept.what_ar.format(place=ar)],
            "value": str(f.amount()), "unit": f.concept.unit,
            "period": {"start": dt.date(YEAR, f.month, 1), "end": _month_end(f.month)},
            "place": [en],
        })
    doc = {"source": "Synthetic statistics office (bench)", "published": dt.date(YEAR, 11, 15),
           "facts": entries}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)


def _wrong(rng: random.Random, value: int) -> int:
    """A plausible mistake: digits swapped, a little off, or ten times too big."""
    digits = str(value)
    roll = rng.random()
    if roll < 0.4 and len(digits) >= 2 and digits[-1] != digits[-2]:
        return int(digits[:-2] + digits[-1] + digits[-2])
    if roll < 0.8:
        return value + rng.choice((-3, -2, -1, 1, 2, 3)) * max(1, value // 20)
    return value * 10


def _figure(fact: Fact, value: int, lang: str) -> str:
    if fact.concept.unit == "USD":
        return f"{value} million" if lang == "en" else f"{value} مليون"
    return f"{value:,}" if lang == "en" and value >= 10_000 else str(value)


def _period(month: int, lang: str) -> str:
    return f"in {MONTHS_EN[month - 1]} {YEAR}" if lang == "en" else f"خلال شهر {MONTHS_AR[month - 1]} {YEAR}"


def article_text(facts: list[Fact], index: int, seed: int) -> str:
    """One article: front matter, a title and paragraphs mixing fact sentences with ordinary prose."""
    rng = random.Random(f"{seed}:article:{index}")
    lang = "ar" if rng.random() < 0.5 else "en"
    place, topic = rng.randrange(len(PLACES)), rng.choice(TOPICS)
    chosen = [f for f in facts if f.place == place and f.concept.topic == topic]
    filler = Filler(rng, lang)
    sentences = []
    for fact in rng.sample(chosen, rng.randint(3, 6)):
        value = fact.value if rng.random() < 0.9 else _wrong(rng, fact.value)
        template = fact.concept.say_en if lang == "en" else fact.concept.say_ar
        sentences.append(template.format(n=_figure(fact, value, lang), place=PLACES[place][lang == "ar"],
                                         period=_period(fact.month, lang)))
        sentences.extend(plain_sentence(filler) for _ in range(rng.randint(1, 3)))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    published = dt.date(YEAR, 11, 1) + dt.timedelta(days=rng.randint(0, 40))
    en_title, ar_title = f"{topic.capitalize()}: {PLACES[place][0]}", f"{PLACES[place][1]}: أرقام جديدة"
    title = en_title if lang == "en" else ar_title
    return (f'---\ntitle: "{title}"\ndate: {published.isoformat()}\nlang: {lang}\n---\n\n# {title}\n\n'
            + "\n\n".join(paragraphs) + "\n")


def ensure_repository(root: Path, count: int, seed: int) -> tuple[Path, list[Path]]:
    """Like write_repository, but reuses the files when the same count, seed and generator made them."""
    stamp = root / "stamp.json"
    wanted = {"count": count, "seed": seed, "generator": _generator_digest()}
    reference = root / "reference.yaml"
    paths = sorted((root / "articles").rglob("*.md"))
    try:
        if json.loads(stamp.read_text(encoding="utf-8")) == wanted and len(paths) == count:
            return reference, paths
    except (OSError, ValueError):
        pass
    reference, paths = write_repository(root, count, seed)
    stamp.write_text(json.dumps(wanted) + "\n", encoding="utf-8")
    return reference, paths


def _generator_digest() -> str:
    digest = hashlib.sha256()
    for name in ("_topics.py", "_prose.py", "_figures.py", "_lang_ar.py", "_lang_en.py", "_numwords.py"):
        digest.update((Path(__file__).resolve().parent / name).read_bytes())
    return digest.hexdigest()[:16]


def write_repository(root: Path, count: int, seed: int) -> tuple[Path, list[Path]]:
    """Write ``count`` articles under root/articles and the reference under root/reference.yaml."""
    facts = make_facts(seed)
    reference = root / "reference.yaml"
    shutil.rmtree(root / "articles", ignore_errors=True)  # a smaller run must not inherit older files
    (root / "stamp.json").unlink(missing_ok=True)
    root.mkdir(parents=True, exist_ok=True)
    reference.write_text(reference_yaml(facts), encoding="utf-8")
    paths = []
    for i in range(count):
        path = root / "articles" / f"{i // 500:03d}" / f"article-{i:06d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(facts, i, seed), encoding="utf-8")
        paths.append(path)
    return reference, paths
