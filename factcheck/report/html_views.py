"""What the HTML report shows, built from a check result: a view per article (its reader text with the
claims highlighted), per claim (its outcomes and both sides) and per findings row, and the choices of
the page's filter. ``factcheck.report.html`` renders them; this module decides what they hold.

A counterpart in another article of the run is shown in its sentence, cut from that article's reader
view (``factcheck.report.reader``); a reference fact by its value, its ``what`` phrase and its source.
A claim's reading gives its value grouped ("20,000,000 USD") and its period in words ("since
2014-01-01").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath

from markupsafe import Markup

from factcheck.claims import Claim
from factcheck.findings import Against, CheckResult, DocumentResult, Finding, Verified
from factcheck.references import FACT_SUFFIXES
from factcheck.report import reader
from factcheck.report.formats import (
    RTL_LANGS,
    Root,
    by_relevance,
    claim_key,
    counterpart_text,
    display_path,
    document_titles,
    location,
    period_text,
    plural,
    source_label,
    stated_value,
)

UNCHECKED = "no reference or other article states this quantity"
SAME = "The other side states the same quantity."
LEVELS = (("error", "error"), ("warning", "warning"), ("info", "unsupported"), ("verified", "verified"))
Views = dict[str, reader.View]  # the reader view of every checked article, by path


@dataclass(frozen=True)
class Side:
    """One side of a comparison as the page shows it."""

    text: str
    lang: str
    where: str
    source: str | None = None
    url: str | None = None  # only http(s) addresses become links
    sentence: tuple[str, str, str] | None = None  # an article's: (before, claim, after) as a reader sees it
    what: str | None = None  # a reference fact's what phrase
    value: str | None = None  # a reference fact's value, as a reader writes it


@dataclass(frozen=True)
class Outcome:
    """A finding or a verification of one claim."""

    status: str  # error | warning | info | verified
    heading: str
    message: str
    rule: str = ""  # the rule code of a finding
    against: Side | None = None
    parts: tuple[Side, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass
class ClaimView:
    """A highlighted claim and its details panel."""

    dom_id: str
    detail_id: str
    side: Side
    reading: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def status(self) -> str:
        statuses = [o.status for o in self.outcomes]
        for status in ("error", "warning", "info", "verified"):
            if status in statuses:
                return status
        return "unchecked"

    @property
    def filter_tokens(self) -> str:
        """``level:rule`` of each outcome, which the page's filter reads (``verified:`` has no rule)."""
        return " ".join(dict.fromkeys(f"{o.status}:{o.rule}" for o in self.outcomes))

    @property
    def tip(self) -> str:
        """The hover text: the outcome and the other side."""
        if not self.outcomes:
            return f"not checked: {UNCHECKED}"
        first = self.outcomes[0]
        tip = "verified" if first.status == "verified" else f"{first.status}: {first.heading}"
        if first.against is not None:
            tip += f" — {first.against.text} · {first.against.source or first.against.where}"
        return tip


@dataclass
class ArticleView:
    """One article block."""

    path: str
    lang: str
    dir: str
    title: str | None
    published: str | None
    claims: list[ClaimView]
    body: Markup = field(default_factory=Markup)
    has_text: bool = True

    def count(self, status: str) -> int:
        return sum(1 for claim in self.claims if claim.status == status)

    @property
    def meta(self) -> str:
        """Language, date and how the article's claims came out."""
        facts = [self.lang or "unknown language"]
        if self.published:
            facts.append(f"published {self.published}")
        facts.append(plural(len(self.claims), "claim"))
        facts += [plural(n, word) for n, word in ((self.count("error"), "error"),
                                                  (self.count("warning"), "warning")) if n]
        facts += [f"{n} {word}" for n, word in ((self.count("info"), "unsupported"),
                                                (self.count("verified"), "verified")) if n]
        return " · ".join(facts)


@dataclass(frozen=True)
class Row:
    """One line of the findings table."""

    severity: str
    rule: str
    heading: str
    message: str
    claim: Side
    against: Side | None
    target: ClaimView


@dataclass(frozen=True)
class Choice:
    """One option of the page's filter: a level or a rule, and how many findings it covers."""

    key: str
    label: str
    count: int


def level_choices(rows: list[Row], result: CheckResult) -> list[Choice]:
    """The levels of the filter, each with how many findings (or verified claims) it covers."""
    counts = Counter(row.severity for row in rows)
    counts["verified"] = len(result.verified)
    return [Choice(key, label, counts[key]) for key, label in LEVELS]


def rule_choices(result: CheckResult) -> list[Choice]:
    """The rules of the filter: every rule a finding names, with its count."""
    counts = Counter(f.rule for f in result.findings)
    names = {f.rule: f.name for f in result.findings}
    return [Choice(code, f"{code} {names[code]}", counts[code]) for code in sorted(counts)]


def page_views(result: CheckResult, root: Root) -> tuple[list[ArticleView], list[Row]]:
    """The article blocks, in path order, and the findings rows, most severe first."""
    titles = document_titles(result)
    views: Views = {d.document.path: reader.reader_view(d.document) for d in result.documents}
    articles: dict[str, ArticleView] = {}
    claims: dict[tuple[str, str, int, int], ClaimView] = {}

    numbers: dict[str, int] = {}  # article path -> its place on the page, for DOM ids

    def view_of(path: str, claim: Claim) -> ClaimView:
        key = claim_key(path, claim)
        if key not in claims:
            article = articles.get(path) or _bare_article(path, claim.lang, root)
            articles[path] = article
            numbers.setdefault(path, len(numbers))
            n = f"{numbers[path]}-{len(article.claims)}"
            claims[key] = ClaimView(f"c-{n}", f"d-{n}", _side(path, claim, root), _reading(claim))
            article.claims.append(claims[key])
        return claims[key]

    for doc in sorted(result.documents, key=lambda d: d.document.path):
        articles[doc.document.path] = _article(doc, root)
        numbers[doc.document.path] = len(numbers)
        for claim in sorted(doc.claims, key=lambda c: (c.start, c.end)):
            view_of(doc.document.path, claim)
    rows = []
    for finding in by_relevance(result.findings):
        view = view_of(finding.path, finding.claim)
        outcome = _finding_outcome(finding, root, titles, views)
        view.outcomes.append(outcome)
        rows.append(Row(finding.severity.value, finding.rule, outcome.heading, finding.message,
                        view.side, outcome.against, view))
    for verified in sorted(result.verified, key=lambda v: (v.path, v.claim.start)):
        outcome = _verified_outcome(verified, root, titles, views)
        view_of(verified.path, verified.claim).outcomes.append(outcome)
    _mirror(result, claims, root, titles, views)
    docs = {d.document.path: d for d in result.documents}
    for path, article in articles.items():
        if path in docs:
            article.body = highlighted(docs[path], {claim_key(path, c): claims[claim_key(path, c)]
                                                    for c in docs[path].claims}, views[path])
    return list(articles.values()), rows


def _mirror(result: CheckResult, claims: dict[tuple[str, str, int, int], ClaimView], root: Root,
            titles: dict[str, str | None], views: Views) -> None:
    """Show an outcome on the other article's claim too, so neither side of a dispute looks unchecked.

    A finding is mirrored unless the counterpart already reports it; a verification only when the
    counterpart has no outcome of its own.
    """
    def counterpart(path: str, claim: Claim, other: Against | None) -> tuple[ClaimView, Side] | None:
        if other is None or other.is_reference or claim_key(other.path, other.claim) not in claims:
            return None
        side = _side(path, claim, root, Against(path=path, claim=claim), titles, views)
        return claims[claim_key(other.path, other.claim)], side

    mirrored: list[tuple[ClaimView, Outcome]] = []
    for finding in by_relevance(result.findings):
        found = counterpart(finding.path, finding.claim, finding.against)
        if found is None:
            continue
        target, side = found
        heading = f"{finding.rule} {finding.name}"
        if not any(o.heading == heading and o.against and o.against.where == side.where
                   for o in target.outcomes):
            mirrored.append((target, Outcome(finding.severity.value, heading, finding.message, finding.rule,
                                             side, evidence=finding.evidence)))
    for verified in result.verified:
        found = counterpart(verified.path, verified.claim, verified.against)
        if found is not None and not found[0].outcomes:
            outcome = Outcome("verified", "verified", SAME, against=found[1], evidence=verified.evidence)
            mirrored.append((found[0], outcome))
    for target, outcome in mirrored:
        target.outcomes.append(outcome)


def _article(doc: DocumentResult, root: Root) -> ArticleView:
    lang = doc.document.lang
    return ArticleView(
        path=display_path(doc.document.path, root), lang=lang, dir=_direction(lang), title=doc.document.title,
        published=doc.document.published.isoformat() if doc.document.published else None, claims=[],
    )


def _bare_article(path: str, lang: str, root: Root) -> ArticleView:
    return ArticleView(path=display_path(path, root), lang=lang, dir=_direction(lang), title=None,
                       published=None, claims=[], has_text=False)


def _direction(lang: str) -> str:
    if not lang:
        return "auto"
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGS else "ltr"


def _side(path: str, claim: Claim, root: Root, against: Against | None = None,
          titles: dict[str, str | None] | None = None, views: Views | None = None) -> Side:
    if against is None:
        return Side(claim.text, claim.lang, location(path, claim, root))
    url = against.url if against.url and against.url.lower().startswith(("https://", "http://")) else None
    source = source_label(against, titles)
    if against.url and url is None:
        source += f" ({against.url})"
    side = Side(counterpart_text(against), claim.lang, location(path, claim, root), source, url)
    if against.is_reference and PurePath(against.path).suffix.lower() in FACT_SUFFIXES:
        return Side(side.text, side.lang, side.where, side.source, side.url, what=claim.text,
                    value=stated_value(claim))
    view = (views or {}).get(against.path)
    if view is not None:  # an article of this run: the claim in its sentence
        found = reader.sentence(view, claim.start, claim.end)
        return Side(side.text, side.lang, side.where, side.source, side.url, sentence=found)
    return side


def _reading(claim: Claim) -> str:
    """What the extractor understood, in words an editor can check: values grouped, periods in words."""
    parts = [claim.kind.value, stated_value(claim)]
    if claim.concept:
        parts.append(f"concept {claim.concept}" + (f" ({claim.counted})" if claim.counted else ""))
    parts.append(period_text(claim.period))
    if claim.place:
        parts.append("place " + ", ".join(claim.place))
    return " · ".join(part for part in parts if part)


def _finding_outcome(finding: Finding, root: Root, titles: dict[str, str | None], views: Views) -> Outcome:
    against = None
    if finding.against is not None:
        against = _side(finding.against.path, finding.against.claim, root, finding.against, titles, views)
    parts = tuple(_side(p.path, p.claim, root) for p in finding.related)
    return Outcome(finding.severity.value, f"{finding.rule} {finding.name}", finding.message, finding.rule,
                   against, parts, finding.evidence)


def _verified_outcome(verified: Verified, root: Root, titles: dict[str, str | None], views: Views) -> Outcome:
    against = _side(verified.against.path, verified.against.claim, root, verified.against, titles, views)
    return Outcome("verified", "verified", SAME, against=against, evidence=verified.evidence)


def highlighted(doc: DocumentResult, claims: dict[tuple[str, str, int, int], ClaimView],
                view: reader.View | None = None) -> Markup:
    """The article as a reader sees it, escaped, with each claim wrapped in its highlight.

    Each highlight carries the claim's offsets in the original file (``data-start``, ``data-end``). A
    claim that overlaps the one before it, or shows no character, is left unmarked: it still has its row
    and details, and the text stays whole.
    """
    spans = []
    for claim in sorted(doc.claims, key=lambda c: (c.start, c.end)):
        item = claims[claim_key(doc.document.path, claim)]
        spans.append((claim.start, claim.end, Markup(
            '<mark class="claim s-{status}" id="{dom_id}" data-detail="{detail_id}" data-tip="{tip}" '
            'data-start="{start}" data-end="{end}" data-outcomes="{tokens}" tabindex="0" role="button"><bdi>'
        ).format(status=item.status, dom_id=item.dom_id, detail_id=item.detail_id, tip=item.tip,
                 start=claim.start, end=claim.end, tokens=item.filter_tokens), Markup("</bdi></mark>")))
    return reader.highlighted(view or reader.reader_view(doc.document), spans)


