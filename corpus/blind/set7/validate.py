#!/usr/bin/env python3
"""Validate the blind7 consistency set (checks listed in FORMAT.md)."""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter, defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"value_mismatch", "scale_mismatch", "transposed_digits", "sum_mismatch",
         "internal_inconsistency", "qualifier_mismatch", "date_mismatch"}
errors = []


def err(msg):
    errors.append(msg)


AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
DIGIT_RUN = re.compile(r"[0-9٠-٩۰-۹]+")

EN_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
EN_MONTHS.update({"jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12})
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
AR_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}
HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
                "جمادى الأولى": 5, "جمادى الآخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9,
                "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12}
AR_DAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
           "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}

en_month_re = "|".join(sorted((re.escape(m) for m in EN_MONTHS), key=len, reverse=True))
EN_WD = re.compile(
    r"\b(" + "|".join(EN_DAYS) + r")\b[ ,(]{1,3}(?:(" + en_month_re + r")\s+(\d{1,2})(?:,?\s+(\d{4}))?"
    r"|(\d{1,2})\s+(" + en_month_re + r")(?:\s+(\d{4}))?)", re.I)
ar_month_re = "|".join(sorted((re.escape(m) for m in AR_MONTHS), key=len, reverse=True))
hj_month_re = "|".join(sorted((re.escape(m) for m in HIJRI_MONTHS), key=len, reverse=True))
AR_WD = re.compile(
    r"(?:يوم\s+|ل?يوم\s+)?(?<![\w])(ال(?:اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد))"
    r"(?:\s+الماضي|\s+المقبل)?[\s،(]+(?:الموافق\s+)?([0-9٠-٩]{1,2})\s+(?:من\s+)?"
    r"(?:(" + hj_month_re + r")\s+([0-9٠-٩]{4})\s*هـ|(" + ar_month_re + r")(?:\s*/\s*(?:" + ar_month_re +
    r"))?(?:\s+(?:عام\s+)?([0-9٠-٩]{4}))?)")


def body_of(text):
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            nl = text.find("\n", end + 1)
            return nl + 1 if nl != -1 else len(text)
    return 0


def front(text):
    if text.startswith("---"):
        end = text.find("\n---", 3)
        return yaml.safe_load(text[3:end]) or {}
    return {}


def weekday_statements(text, default_year):
    out = []
    for m in EN_WD.finditer(text):
        wd = EN_DAYS.index(m.group(1).lower())
        if m.group(2):
            mon, day, yr = EN_MONTHS[m.group(2).lower()], int(m.group(3)), m.group(4)
        else:
            day, mon, yr = int(m.group(5)), EN_MONTHS[m.group(6).lower()], m.group(7)
        yr = int(yr) if yr else default_year
        out.append((m.start(), m.end(), wd, dt.date(yr, mon, day), m.group(0)))
    for m in AR_WD.finditer(text):
        wd = AR_DAYS[m.group(1)]
        day = int(m.group(2).translate(AR_DIGITS))
        if m.group(3):
            from hijridate import Hijri
            d = Hijri(int(m.group(4).translate(AR_DIGITS)), HIJRI_MONTHS[m.group(3)], day).to_gregorian()
            date = dt.date(d.year, d.month, d.day)
        else:
            yr = int(m.group(6).translate(AR_DIGITS)) if m.group(6) else default_year
            date = dt.date(yr, AR_MONTHS[m.group(5)], day)
        out.append((m.start(), m.end(), wd, date, m.group(0)))
    return out


def main():
    counts_lang = Counter()
    counts_kind = Counter()
    counts_lang_kind = defaultdict(Counter)
    n_clean = 0
    n_weekday = Counter()
    ids = set()
    topics = Counter()
    sum_expected = {}  # (case, file, text) for sum_mismatch entries
    case_articles = {}
    files = sorted(glob.glob(os.path.join(HERE, "cases", "*.yaml")))
    for path in files:
        name = os.path.basename(path)
        try:
            case = yaml.safe_load(open(path, encoding="utf-8"))
        except Exception as e:  # noqa
            err(f"{name}: YAML error {e}")
            continue
        cid = case.get("id")
        if cid + ".yaml" != name:
            err(f"{name}: id {cid} does not match file name")
        if cid in ids:
            err(f"{name}: duplicate id")
        ids.add(cid)
        lang = case.get("lang")
        prefix = {"ar": "s7a-", "en": "s7e-", "mixed": "s7m-"}.get(lang)
        if not prefix or not cid.startswith(prefix):
            err(f"{cid}: lang {lang} does not fit id")
        topics[case.get("topic")] += 1
        arts = {}
        for a in case.get("articles") or []:
            t = a["text"]
            fm = front(t)
            for k in ("title", "lang", "date"):
                if k not in fm:
                    err(f"{cid}/{a['file']}: front matter lacks {k}")
            if lang != "mixed" and fm.get("lang") != lang:
                err(f"{cid}/{a['file']}: lang {fm.get('lang')} != case lang {lang}")
            arts[a["file"]] = (t, fm)
        if lang == "mixed":
            langs = {fm.get("lang") for _, fm in arts.values()}
            if langs != {"ar", "en"}:
                err(f"{cid}: mixed case needs ar and en articles, has {langs}")
        refs = {}
        for r in case.get("references") or []:
            try:
                rd = yaml.safe_load(r["text"])
            except Exception as e:  # noqa
                err(f"{cid}/{r['file']}: reference YAML error {e}")
                continue
            refs[r["file"]] = rd
            if "source" not in rd or not isinstance(rd.get("facts"), list):
                err(f"{cid}/{r['file']}: reference needs source and facts")
                continue
            for f in rd["facts"]:
                if "what" not in f:
                    err(f"{cid}/{r['file']}: fact without what")
                for k in ("value", "lower", "upper"):
                    if k in f and not isinstance(f[k], str):
                        err(f"{cid}/{r['file']}: {k} must be a quoted string: {f[k]!r}")
                if not any(k in f for k in ("value", "lower", "upper")):
                    err(f"{cid}/{r['file']}: fact without value: {f.get('what')}")
                u = f.get("unit", "count")
                ok_units = {"count", "percent", "percentage_point", "day", "month", "year", "week",
                            "hour", "date", "tonne", "km", "hectare", "barrel_per_day", "megawatt",
                            "degree_celsius", "person", "people", "dollar", "dinar", "riyal", "pound",
                            "euro", "dirham"}
                if u not in ok_units and not re.fullmatch(r"[A-Z]{3}", str(u)):
                    err(f"{cid}/{r['file']}: unit {u!r} not in the documented vocabulary")
                p = f.get("period")
                if isinstance(p, dict):
                    if p["end"] < p["start"]:
                        err(f"{cid}/{r['file']}: period ends before it starts")
        spans = defaultdict(list)  # file -> list of (start,end,kind)
        for sect in ("expected", "clean"):
            for e in case.get(sect) or []:
                f = e.get("file")
                if f not in arts:
                    err(f"{cid}: {sect} entry names unknown file {f}")
                    continue
                t = arts[f][0]
                b = 0
                body = t
                txt = str(e.get("text"))
                c = body.count(txt)
                if c != 1:
                    err(f"{cid}/{f}: {sect} text {txt!r} occurs {c} times")
                    continue
                s = b + body.find(txt)
                spans[f].append((s, s + len(txt), e.get("kind") if sect == "expected" else None, e))
                if sect == "expected":
                    k = e.get("kind")
                    if k not in KINDS:
                        err(f"{cid}: bad kind {k}")
                    for a in e.get("also") or []:
                        if a not in KINDS:
                            err(f"{cid}: bad also kind {a}")
                    if k == "transposed_digits" and "value_mismatch" not in (e.get("also") or []) \
                            and e.get("against") in refs:
                        err(f"{cid}: transposed_digits against a reference needs also: [value_mismatch]")
                    ag = e.get("against")
                    if ag is not None and ag not in refs and ag not in arts:
                        err(f"{cid}: against {ag} is neither a reference nor an article")
                    ot = e.get("other_text")
                    if ot is not None:
                        hay = arts[ag][0] if ag in arts else t
                        if ag in refs:
                            hay = next(r["text"] for r in case["references"] if r["file"] == ag)
                        if hay.count(str(ot)) != 1:
                            err(f"{cid}: other_text {ot!r} occurs {hay.count(str(ot))} times in {ag or f}")
                        elif ag is None or ag in arts:
                            of = ag or f
                            os_ = hay.find(str(ot))
                            spans[of].append((os_, os_ + len(str(ot)), "other_text", e))
                    if k == "internal_inconsistency" and ag is None and ot is None:
                        err(f"{cid}: internal_inconsistency {txt!r} without other_text")
                    if not e.get("why"):
                        err(f"{cid}: expected {txt!r} without why")
                    counts_kind[k] += 1
                    counts_lang[lang] += 1
                    counts_lang_kind[lang][k] += 1
                    if k == "sum_mismatch":
                        sum_expected[(cid, f, txt)] = False
                else:
                    n_clean += 1
        # every digit run covered
        for f, (t, fm) in arts.items():
            b = body_of(t)
            dl = re.search(r"^date:.*$", t, re.M)
            for m in DIGIT_RUN.finditer(t):
                if dl and dl.start() <= m.start() < dl.end():
                    continue
                if not any(s <= m.start() and m.end() <= e for s, e, _, _ in spans[f]):
                    ctx = t[max(0, m.start() - 25): m.end() + 25].replace("\n", " ")
                    err(f"{cid}/{f}: digit run {m.group()!r} not covered: …{ctx}…")
            # weekday + date
            year = fm["date"].year if isinstance(fm.get("date"), dt.date) else int(str(fm["date"])[:4])
            for s, e, wd, date, raw in weekday_statements(t, year):
                right = date.weekday() == wd
                n_weekday["right" if right else "wrong"] += 1
                cover = [x for x in spans[f] if x[0] < e and s < x[1]]
                dm = [x for x in cover if x[2] == "date_mismatch"]
                if not right and not dm:
                    err(f"{cid}/{f}: wrong weekday {raw!r} ({date} is {date.strftime('%A')}) not expected")
                if right and any(x[3].get("against") is None for x in dm):
                    err(f"{cid}/{f}: weekday {raw!r} is right but marked internal date_mismatch")
                if not cover:
                    err(f"{cid}/{f}: weekday statement {raw!r} not in any entry")
        case_articles[cid] = arts
    # sums.yaml
    sp = os.path.join(HERE, "sums.yaml")
    sums = yaml.safe_load(open(sp, encoding="utf-8")) if os.path.exists(sp) else []
    n_sums = Counter()
    for s in sums or []:
        cid, f = s["case"], s["file"]
        if cid not in case_articles or f not in case_articles[cid]:
            err(f"sums.yaml: unknown {cid}/{f}")
            continue
        t = case_articles[cid][f][0]
        for item in [s["total"]] + s["parts"]:
            if str(item["text"]) not in t:
                err(f"sums.yaml {cid}: {item['text']!r} not in {f}")
            digits = "".join(DIGIT_RUN.findall(str(item["text"]))).translate(AR_DIGITS)
            vdig = re.sub(r"\D", "", str(item["value"]).rstrip("0").rstrip(".") if "." in str(item["value"]) else str(item["value"]))
            if digits and vdig and not (vdig in digits or digits in vdig):
                err(f"sums.yaml {cid}: value {item['value']} does not fit text {item['text']!r}")
        tot = float(s["total"]["value"])
        ps = sum(float(p["value"]) for p in s["parts"])
        adds = abs(tot - ps) < 1e-6
        n_sums["adds up" if adds else "does not"] += 1
        if adds != bool(s["adds_up"]):
            err(f"sums.yaml {cid}: adds_up={s['adds_up']} but {ps} vs {tot}")
        if not s["adds_up"]:
            hit = [k for k in sum_expected if k[0] == cid and k[1] == f and
                   k[2] in [str(x["text"]) for x in [s["total"]] + s["parts"]] + [s.get("flagged")]]
            if not hit:
                err(f"sums.yaml {cid}: a sum that does not add up has no sum_mismatch entry")
            for k in hit:
                sum_expected[k] = True
    for k, v in sum_expected.items():
        if not v:
            err(f"{k[0]}: sum_mismatch {k[2]!r} not described in sums.yaml")
    # report
    print(f"cases: {len(files)}  topics: {len(topics)}")
    print("by language:", dict(Counter({k: sum(1 for i in ids if i.startswith(p)) for k, p in
                                         (('ar', 's7a-'), ('en', 's7e-'), ('mixed', 's7m-'))})))
    kinds = sorted(KINDS)
    print(f"{'kind':26}" + "".join(f"{l:>7}" for l in ("ar", "en", "mixed")) + "  total")
    for k in kinds:
        print(f"{k:26}" + "".join(f"{counts_lang_kind[l][k]:>7}" for l in ("ar", "en", "mixed"))
              + f"  {counts_kind[k]:>5}")
    print(f"{'total':26}" + "".join(f"{counts_lang[l]:>7}" for l in ("ar", "en", "mixed"))
          + f"  {sum(counts_kind.values()):>5}")
    print("clean entries:", n_clean, " weekday statements:", dict(n_weekday), " sums:", dict(n_sums))
    print("cases without discrepancies:",
          [c for c in sorted(ids) if not (yaml.safe_load(open(os.path.join(HERE, 'cases', c + '.yaml'), encoding='utf-8')).get('expected'))])
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
