#!/usr/bin/env python3
"""Validate the blind9 consistency set.

Checks, for every cases/*.yaml:
  * the case parses; id, lang and file names are consistent;
  * every article has front matter with title, lang and date;
  * every reference parses, uses only documented units, quoted values and valid periods;
  * every expected/clean `text` (and `other_text`) is an exact substring occurring exactly once;
  * kinds (and `also`) are among the seven kinds; `against` names a file of the case or is null;
  * no expected span overlaps a clean span; no duplicate entries;
  * every digit run (Western, Arabic-Indic, Persian) in an article (title included, front-matter
    date/lang lines excluded) lies inside some expected or clean entry;
  * every weekday written with a date is recomputed; a wrong one must be an expected date_mismatch;
And for sums.yaml: every listed sum is re-added; a sum meant not to add up must carry a
sum_mismatch entry, and every sum_mismatch entry must be backed by such a sum.
Prints counts by language, by kind, per block of ten cases, and clean entries.
"""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"value_mismatch", "scale_mismatch", "transposed_digits", "sum_mismatch",
         "internal_inconsistency", "qualifier_mismatch", "date_mismatch"}
# only the units TOOL.md documents by name
UNITS = {"count", "percent", "percentage_point", "day", "month", "year", "date", "tonne", "km",
         "hectare", "barrel_per_day", "megawatt", "degree_celsius", "person", "people",
         "dollar", "dinar"}
ISO = re.compile(r"^[A-Z]{3}$")
DIGITS = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+")
TRANS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

EN_DAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
           "saturday": 5, "sunday": 6}
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
           "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}
EN_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
EN_MONTHS.update({"jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12})
AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
             "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
             "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
             "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
             "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
             "كانون الأول": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6,
             "جويلية": 7, "أوت": 8}

errors = []
notes = []


def err(case, msg):
    errors.append(f"{case}: {msg}")


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def split_front(text):
    if not text.startswith("---\n"):
        return None, None
    end = text.find("\n---\n", 4)
    if end == -1:
        return None, None
    return text[4:end], end


def checkable_spans(text):
    """Regions of the article whose digits must be covered: title line and body."""
    fm, end = split_front(text)
    spans = []
    if fm is None:
        return [(0, len(text))]
    off = 4
    for line in fm.split("\n"):
        if line.startswith("title:"):
            spans.append((off, off + len(line)))
        off += len(line) + 1
    spans.append((end + 5, len(text)))
    return spans


def check_period(case, where, p):
    def day(v):
        if isinstance(v, (dt.date,)):
            return v
        s = str(v)
        for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
            try:
                return dt.datetime.strptime(s, fmt).date()
            except ValueError:
                pass
        err(case, f"{where}: bad period value {v!r}")
        return None
    if isinstance(p, dict):
        if set(p) != {"start", "end"}:
            err(case, f"{where}: period dict needs start and end")
            return
        a, b = day(p["start"]), day(p["end"])
        if a and b and b < a:
            err(case, f"{where}: period ends before it starts")
    elif isinstance(p, str) and "/" in p:
        a, b = p.split("/", 1)
        a, b = day(a), day(b)
        if a and b and b < a:
            err(case, f"{where}: period ends before it starts")
    else:
        day(p)


def check_reference(case, ref):
    try:
        data = yaml.safe_load(ref["text"])
    except yaml.YAMLError as e:
        err(case, f"reference {ref['file']} does not parse: {e}")
        return
    if not isinstance(data, dict) or "facts" not in data or "source" not in data:
        err(case, f"reference {ref['file']} needs source and facts")
        return
    for i, f in enumerate(data["facts"]):
        where = f"{ref['file']} fact {i}"
        if "what" not in f:
            err(case, f"{where}: no what")
        vals = [k for k in ("value", "lower", "upper") if k in f]
        if not vals:
            err(case, f"{where}: no value/lower/upper")
        for k in vals:
            if not isinstance(f[k], str):
                err(case, f"{where}: {k} must be a quoted string, got {f[k]!r}")
            else:
                try:
                    Decimal(f[k])
                except Exception:
                    if f.get("unit") != "date":
                        err(case, f"{where}: {k} {f[k]!r} is not a number")
        u = f.get("unit", "count")
        if u not in UNITS and not ISO.match(str(u)):
            err(case, f"{where}: unknown unit {u!r}")
        if u == "date":
            for k in vals:
                try:
                    dt.date.fromisoformat(f[k])
                except Exception:
                    err(case, f"{where}: date value {f[k]!r} invalid")
        if "period" in f:
            check_period(case, where, f["period"])


def article_year_date(text):
    fm, _ = split_front(text)
    d = yaml.safe_load(fm).get("date")
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    return d


def weekday_pairs(text):
    """Yield (start, end, weekday_index, day, month, year_or_None)."""
    low = text.lower()
    en_m = "|".join(sorted((re.escape(m) for m in EN_MONTHS), key=len, reverse=True))
    pat = re.compile(
        r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[ ,(]{1,3}"
        r"(?:(?P<m1>" + en_m + r")\s+(?P<d1>\d{1,2})(?:,?\s+(?P<y1>\d{4}))?"
        r"|(?P<d2>\d{1,2})\s+(?P<m2>" + en_m + r")(?:,?\s+(?P<y2>\d{4}))?)")
    for m in pat.finditer(low):
        mon = EN_MONTHS[m.group("m1") or m.group("m2")]
        day = int(m.group("d1") or m.group("d2"))
        yr = m.group("y1") or m.group("y2")
        yield m.start(), m.end(), EN_DAYS[m.group(1)], day, mon, int(yr) if yr else None
    norm = text.translate(TRANS)
    ar_m = "|".join(sorted((re.escape(m) for m in AR_MONTHS), key=len, reverse=True))
    ar_d = "|".join(sorted((re.escape(d) for d in AR_DAYS), key=len, reverse=True))
    pat = re.compile(
        r"(?<![\w])(?:و?(?:يوم|مساء|صباح|ليل|فجر|ظهر)\s+)?(?P<wd>" + ar_d + r")(?![\w])"
        r"[\s(،,]{1,3}(?:الموافق\s+|الماضي\s+|المقبل\s+)?"
        r"(?P<d>\d{1,2})\s+(?:من\s+)?(?P<m>" + ar_m + r")(?:\s*/\s*[\u0600-\u06FF]+(?:\s[\u0600-\u06FF]+)?)?"
        r"(?:\s+(?:عام\s+)?(?P<y>\d{4}))?")
    for m in pat.finditer(norm):
        yield (m.start("wd"), m.end(), AR_DAYS[m.group("wd")], int(m.group("d")),
               AR_MONTHS[m.group("m")], int(m.group("y")) if m.group("y") else None)


def main():
    files = sorted(glob.glob(os.path.join(HERE, "cases", "*.yaml")))
    by_lang, by_kind = Counter(), Counter()
    by_lang_kind = defaultdict(Counter)
    clean_total = 0
    no_disc = []
    block_kind = defaultdict(Counter)
    sum_cases = {}
    weekday_checked = 0
    cases = {}
    for n, path in enumerate(files):
        cid = os.path.basename(path)[:-5]
        try:
            case = yaml.safe_load(open(path, encoding="utf-8"))
        except yaml.YAMLError as e:
            err(cid, f"does not parse: {e}")
            continue
        cases[cid] = case
        if case.get("id") != cid:
            err(cid, f"id {case.get('id')!r} does not match file name")
        lang = case.get("lang")
        want = {"s9a": "ar", "s9e": "en", "s9m": "mixed"}.get(cid[:3])
        if lang != want:
            err(cid, f"lang {lang!r}, expected {want!r}")
        if not case.get("topic"):
            err(cid, "no topic")
        arts = {a["file"]: a["text"] for a in case.get("articles", [])}
        refs = {r["file"]: r for r in case.get("references") or []}
        if not arts:
            err(cid, "no articles")
        langs = set()
        for fname, text in arts.items():
            fm, _ = split_front(text)
            if fm is None:
                err(cid, f"{fname}: no front matter")
                continue
            meta = yaml.safe_load(fm)
            for k in ("title", "lang", "date"):
                if k not in meta:
                    err(cid, f"{fname}: front matter lacks {k}")
            langs.add(meta.get("lang"))
        if lang == "mixed" and langs != {"ar", "en"}:
            err(cid, f"mixed case has article langs {langs}")
        if lang in ("ar", "en") and langs != {lang}:
            err(cid, f"article langs {langs} differ from case lang {lang}")
        for r in refs.values():
            check_reference(cid, r)
        spans = defaultdict(list)  # file -> [(start, end, tag)]
        expected = case.get("expected") or []
        clean = case.get("clean") or []
        seen = set()
        for tag, entries in (("expected", expected), ("clean", clean)):
            for e in entries:
                f, t = e.get("file"), e.get("text")
                if f not in arts:
                    err(cid, f"{tag} entry names unknown file {f!r}")
                    continue
                if (f, t) in seen:
                    err(cid, f"duplicate entry {t!r} in {f}")
                seen.add((f, t))
                occ = occurrences(arts[f], str(t))
                if len(occ) != 1:
                    err(cid, f"{tag} text {t!r} occurs {len(occ)} times in {f}")
                    continue
                spans[f].append((occ[0], occ[0] + len(t), tag))
                if not e.get("why"):
                    err(cid, f"{tag} entry {t!r} has no why")
                if tag == "expected":
                    k = e.get("kind")
                    if k not in KINDS:
                        err(cid, f"unknown kind {k!r} for {t!r}")
                    for a in e.get("also") or []:
                        if a not in KINDS:
                            err(cid, f"unknown also-kind {a!r} for {t!r}")
                    ag = e.get("against", "MISSING")
                    if ag == "MISSING":
                        err(cid, f"expected {t!r} lacks against")
                    elif ag is not None and ag not in arts and ag not in refs:
                        err(cid, f"expected {t!r} against unknown file {ag!r}")
                    ot = e.get("other_text")
                    if ot:
                        tgt = ag if ag in arts else f
                        oc = occurrences(arts[tgt], ot)
                        if len(oc) != 1:
                            err(cid, f"other_text {ot!r} does not occur once in {tgt}")
                        else:
                            # the other side may fairly be flagged: covered, but never clean
                            spans[tgt].append((oc[0], oc[0] + len(ot), "other"))
                    if k == "transposed_digits" and e.get("against") in refs and \
                            "value_mismatch" not in (e.get("also") or []):
                        err(cid, f"transposed {t!r} against a reference needs also: [value_mismatch]")
        for f, sp in spans.items():
            sp.sort()
            for i_, (a1, b1, t1) in enumerate(sp):
                for (a2, b2, t2) in sp[i_ + 1:]:
                    if a2 >= b1:
                        break
                    if t1 != t2 and "clean" in (t1, t2):
                        err(cid, f"{f}: {t1} and {t2} spans overlap at {arts[f][a2:b1]!r}")
                    else:
                        notes.append(f"{cid}: {f}: {t1} spans overlap at {arts[f][a2:b1]!r}")
        for f, text in arts.items():
            for lo, hi in checkable_spans(text):
                for m in DIGITS.finditer(text, lo, hi):
                    if not any(a <= m.start() and m.end() <= b for a, b, _ in spans[f]):
                        ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                        err(cid, f"{f}: digit run {m.group()!r} not covered: …{ctx}…")
            adate = article_year_date(text)
            for s, e_, wd, day, mon, yr in weekday_pairs(text):
                weekday_checked += 1
                year = yr or adate.year
                try:
                    d = dt.date(year, mon, day)
                except ValueError:
                    err(cid, f"{f}: impossible date {day}/{mon}/{year}")
                    continue
                if not yr and d > adate + dt.timedelta(days=60):
                    d = dt.date(year - 1, mon, day)
                ok = d.weekday() == wd
                covering = [x for x in expected if x.get("file") == f and x.get("kind") == "date_mismatch"
                            and any(a < e_ and s < b for a, b, tg in spans[f] if tg == "expected"
                                    and text[a:b] == x.get("text"))]
                if not ok and not covering:
                    err(cid, f"{f}: weekday wrong and not planted: {text[s:e_]!r} is a "
                             f"{d.strftime('%A')} ({d})")
                if not ok and covering:
                    notes.append(f"{cid}: planted weekday {text[s:e_]!r} (really {d.strftime('%A')})")
        blk = n // 10
        kinds_here = [e.get("kind") for e in expected]
        for k in kinds_here:
            by_kind[k] += 1
            by_lang_kind[lang][k] += 1
            block_kind[blk][k] += 1
        by_lang[lang] += 1
        clean_total += len(clean)
        if not expected:
            no_disc.append(cid)
        if not 14 <= len(clean) <= 20:
            notes.append(f"{cid}: {len(clean)} clean entries (aim 14-20)")
        sum_cases[cid] = [e for e in expected if e.get("kind") == "sum_mismatch"]

    # sums.yaml
    spath = os.path.join(HERE, "sums.yaml")
    sums = yaml.safe_load(open(spath, encoding="utf-8")) if os.path.exists(spath) else None
    backed = set()
    if not sums:
        err("sums.yaml", "missing or empty")
        sums = []
    for i, s in enumerate(sums):
        cid, f = s.get("case"), s.get("file")
        where = f"sums.yaml[{i}] ({cid})"
        if cid not in cases:
            err(where, "unknown case")
            continue
        arts = {a["file"]: a["text"] for a in cases[cid]["articles"]}
        if f not in arts:
            err(where, f"unknown file {f}")
            continue
        text = arts[f]
        items = [s["total"]] + list(s["parts"])
        for it in items:
            if it["text"] not in text:
                err(where, f"text {it['text']!r} not in {f}")
        total = Decimal(str(s["total"]["value"]))
        parts = sum(Decimal(str(p["value"])) for p in s["parts"])
        adds = parts == total
        if adds != bool(s.get("adds_up")):
            err(where, f"parts add to {parts}, total {total}, but adds_up is {s.get('adds_up')}")
        if not s.get("adds_up"):
            texts = {it["text"] for it in items}
            hits = [e for e in sum_cases[cid] if e["file"] == f and
                    any(e["text"] in t or t in e["text"] for t in texts)]
            if not hits:
                err(where, "sum meant not to add up has no sum_mismatch entry on its total or parts")
            for h in hits:
                backed.add((cid, h["text"]))
    for cid, entries in sum_cases.items():
        for e in entries:
            if (cid, e["text"]) not in backed:
                err(cid, f"sum_mismatch {e['text']!r} not backed by a non-adding sum in sums.yaml")

    print(f"cases: {len(cases)}  by language: {dict(by_lang)}")
    print(f"planted discrepancies: {sum(by_kind.values())}")
    for k in sorted(KINDS):
        print(f"  {k:24s} {by_kind[k]:3d}   " +
              "  ".join(f"{l}:{by_lang_kind[l][k]}" for l in ("ar", "en", "mixed")))
    for b in sorted(block_kind):
        row = {k: block_kind[b][k] for k in sorted(KINDS)}
        bad = [k for k, v in row.items() if not 1 <= v <= 3]
        print(f"  block {b + 1} (cases {b * 10 + 1}-{b * 10 + 10}): " +
              ", ".join(f"{k.split('_')[0]}={v}" for k, v in row.items()) +
              (f"  OUT OF 1-3: {bad}" if bad else ""))
    print(f"clean entries: {clean_total}")
    print(f"cases with no discrepancy: {', '.join(no_disc) or 'none'}")
    print(f"weekday+date pairs recomputed: {weekday_checked}")
    print(f"sums checked: {len(sums)}")
    for nte in notes:
        print("note:", nte)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
