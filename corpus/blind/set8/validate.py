#!/usr/bin/env python3
"""Validate the blind8 consistency cases (see FORMAT.md)."""
import re, sys, datetime, collections
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = {"value_mismatch", "scale_mismatch", "transposed_digits", "sum_mismatch",
         "internal_inconsistency", "qualifier_mismatch", "date_mismatch"}
errors = []
def err(msg): errors.append(msg)

AR_DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
EN_WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
AR_WD = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
EN_MON = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"])}
EN_MON.update({"jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12})
AR_MON = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
          "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
          "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
          "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
          "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8}
HIJRI_MON = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
             "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذي القعدة": 11, "ذو القعدة": 11,
             "ذي الحجة": 12, "ذو الحجة": 12}

def split_front(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None, text, 0
    return yaml.safe_load(m.group(1)), text[m.end():], m.end()

def guess_year(pub, mon, day):
    """A date without a year: the publication year, or the year before if that would lie well after publication."""
    d = datetime.date(pub.year, mon, day)
    return pub.year - 1 if (d - pub).days > 60 else pub.year

def weekday_checks(cid, fname, body, pubdate, expected_spans):
    """Find weekday + date pairs and recompute the weekday."""
    found = []
    en = re.finditer(r"\b(" + "|".join(EN_WD) + r")\b[ ,(]*(?:\w+ )?\(?(" + "|".join(re.escape(k) for k in EN_MON) +
                     r")\s+(\d{1,2})(?:,\s*(\d{4}))?", body, re.I)
    for m in en:
        wd = EN_WD.index(m.group(1).lower()); mon = EN_MON[m.group(2).lower()]; day = int(m.group(3))
        year = int(m.group(4)) if m.group(4) else guess_year(pubdate, mon, day)
        found.append((m.start(), m.end(), wd, datetime.date(year, mon, day)))
    en2 = re.finditer(r"\b(" + "|".join(EN_WD) + r")\b,?\s+(\d{1,2})\s+(" + "|".join(re.escape(k) for k in EN_MON) +
                      r")(?:\s+(\d{4}))?", body, re.I)
    for m in en2:
        wd = EN_WD.index(m.group(1).lower()); mon = EN_MON[m.group(3).lower()]; day = int(m.group(2))
        year = int(m.group(4)) if m.group(4) else guess_year(pubdate, mon, day)
        found.append((m.start(), m.end(), wd, datetime.date(year, mon, day)))
    norm = body.translate(AR_DIG)
    mons = "|".join(sorted((re.escape(k) for k in AR_MON), key=len, reverse=True))
    ar = re.finditer(r"(?:يوم\s+|ال?)?(" + "|".join(AR_WD) + r")\s*(?:الماضي|المقبل|الفائت)?\s*[(،,]?\s*(\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?(" +
                     mons + r")(?:\s*/\s*(?:" + mons + r"))?(?:\s+(?:عام\s+)?(\d{4}))?", norm)
    for m in ar:
        wd = AR_WD[m.group(1)]; mon = AR_MON[m.group(3)]; day = int(m.group(2))
        year = int(m.group(4)) if m.group(4) else guess_year(pubdate, mon, day)
        found.append((m.start(), m.end(), wd, datetime.date(year, mon, day)))
    hm = "|".join(sorted((re.escape(k) for k in HIJRI_MON), key=len, reverse=True))
    for m in re.finditer(r"(" + "|".join(AR_WD) + r")\s*[(،,]?\s*(\d{1,2})\s+(" + hm + r")\s+(\d{4})\s*هـ", norm):
        from hijridate import Hijri
        g = Hijri(int(m.group(4)), HIJRI_MON[m.group(3)], int(m.group(2))).to_gregorian()
        found.append((m.start(), m.end(), AR_WD[m.group(1)], datetime.date(g.year, g.month, g.day)))
    n_checked = 0
    for s, e, wd, d in found:
        n_checked += 1
        ok = d.weekday() == wd
        covered = any(a < e and s < b for a, b in expected_spans)
        if not ok and not covered:
            err(f"{cid}/{fname}: weekday does not fit {d} at '{body[s:e]}' and no date_mismatch entry covers it")
    return n_checked

def main():
    counts = collections.Counter(); by_lang = collections.Counter(); cases_by_lang = collections.Counter()
    per_case_clean = []; n_none = 0
    n_clean = 0; n_weekdays = 0; topics = set(); ids = set()
    files = sorted((HERE / "cases").glob("*.yaml"))
    for f in files:
        try:
            case = yaml.safe_load(f.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"{f.name}: YAML error {e}"); continue
        cid = case.get("id")
        if cid != f.stem: err(f"{f.name}: id {cid} does not match file name")
        if cid in ids: err(f"{cid}: duplicate id")
        ids.add(cid)
        lang = case.get("lang")
        pref = {"ar": "s8a-", "en": "s8e-", "mixed": "s8m-"}.get(lang)
        if not pref or not cid.startswith(pref): err(f"{cid}: lang {lang} does not fit id")
        cases_by_lang[lang] += 1
        if not case.get("expected"): n_none += 1
        topics.add(case.get("topic"))
        arts = {}
        for a in case.get("articles") or []:
            fm, body, off = split_front(a["text"])
            if not fm or not {"title", "lang", "date"} <= set(fm):
                err(f"{cid}/{a['file']}: front matter needs title, lang, date"); continue
            if lang != "mixed" and fm["lang"] != lang: err(f"{cid}/{a['file']}: lang differs from case")
            d = fm["date"]
            if isinstance(d, str): d = datetime.date.fromisoformat(d)
            arts[a["file"]] = (a["text"], body, off, fm, d, fm["title"])
        if lang == "mixed" and len({v[3]["lang"] for v in arts.values()}) < 2:
            err(f"{cid}: mixed case needs articles in both languages")
        refs = {}
        for r in case.get("references") or []:
            try:
                rd = yaml.safe_load(r["text"])
            except Exception as e:
                err(f"{cid}/{r['file']}: reference YAML error {e}"); continue
            refs[r["file"]] = rd
            if not isinstance(rd, dict) or "source" not in rd or not rd.get("facts"):
                err(f"{cid}/{r['file']}: reference needs source and facts"); continue
            for i, fact in enumerate(rd["facts"]):
                if "what" not in fact: err(f"{cid}/{r['file']}: fact {i} has no what")
                for k in ("value", "lower", "upper"):
                    if k in fact and not isinstance(fact[k], str):
                        err(f"{cid}/{r['file']}: fact {i} {k} must be a quoted string")
                if not any(k in fact for k in ("value", "lower", "upper")):
                    err(f"{cid}/{r['file']}: fact {i} has no value")
                u = fact.get("unit")
                if not (isinstance(u, str) and re.fullmatch(r"[A-Z]{3}", u)) and u not in {"count", "percent", "percentage_point", "day", "month", "year", "hour",
                                            "minute", "date", "tonne", "km", "hectare", "barrel_per_day", "megawatt",
                                            "degree_celsius", "person", "people", "USD", "EUR", "GBP", "SAR", "AED",
                                            "EGP", "JOD", "KWD", "QAR", "OMR", "BHD", "MAD", "TND", "DZD", "IQD",
                                            "LBP", "SYP", "YER", "LYD", "SDG", "TRY", "dollar", "dinar", "pound", "riyal", "dirham"}:
                    err(f"{cid}/{r['file']}: fact {i} unit {fact.get('unit')} not in the documented set")
        per_case_clean.append((len(case.get("clean") or []), cid))
        spans = collections.defaultdict(list); exp_date_spans = collections.defaultdict(list)
        for sect in ("expected", "clean"):
            for ent in case.get(sect) or []:
                fn = ent.get("file"); t = ent.get("text")
                if fn not in arts: err(f"{cid}: {sect} entry file {fn} unknown"); continue
                full, body, off, fm, d, title = arts[fn]
                cnt = full.count(t)
                if cnt != 1: err(f"{cid}/{fn}: {sect} text {t!r} occurs {cnt} times"); continue
                pos = full.index(t)
                if pos < off and not t in f'"{title}"' and t not in title:
                    err(f"{cid}/{fn}: {sect} text {t!r} lies in front matter outside the title")
                spans[fn].append((pos, pos + len(t)))
                if not ent.get("why"): err(f"{cid}/{fn}: {sect} entry {t!r} has no why")
                if sect == "expected":
                    k = ent.get("kind")
                    if k not in KINDS: err(f"{cid}: kind {k} invalid")
                    for a2 in ent.get("also") or []:
                        if a2 not in KINDS: err(f"{cid}: also-kind {a2} invalid")
                    ag = ent.get("against", "MISSING")
                    if ag == "MISSING": err(f"{cid}: expected {t!r} lacks against")
                    elif ag is not None and ag not in refs and ag not in arts:
                        err(f"{cid}: against {ag} unknown")
                    ot = ent.get("other_text")
                    if ot is not None:
                        where = arts.get(ag, arts.get(fn))[0] if ag in arts else arts[fn][0]
                        if where.count(ot) != 1:
                            err(f"{cid}: other_text {ot!r} occurs {where.count(ot)} times in {ag or fn}")
                        else:
                            ofn = ag if ag in arts else fn
                            op = arts[ofn][0].index(ot)
                            spans[ofn].append((op, op + len(ot)))
                    if k == "transposed_digits" and ag in refs and "value_mismatch" not in (ent.get("also") or []):
                        err(f"{cid}: transposed digits against a reference needs also: [value_mismatch]")
                    counts[k] += 1; by_lang[(lang, k)] += 1
                    if k == "date_mismatch" or "date_mismatch" in (ent.get("also") or []):
                        exp_date_spans[fn].append((pos - off, pos + len(t) - off))
                else:
                    n_clean += 1
        for fn, (full, body, off, fm, d, title) in arts.items():
            # every digit run in the body and title must lie inside an entry
            for m in re.finditer(r"[0-9٠-٩۰-۹]+", full):
                if m.start() < off:
                    tstart = full.find(title) if title else -1
                    if not (tstart >= 0 and tstart <= m.start() < tstart + len(title)):
                        continue
                if not any(a <= m.start() and m.end() <= b for a, b in spans[fn]):
                    ctx = full[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                    err(f"{cid}/{fn}: digit run {m.group()!r} not covered: ...{ctx}...")
            n_weekdays += weekday_checks(cid, fn, body, d, exp_date_spans[fn])
    # sums
    sums_path = HERE / "sums.yaml"
    n_sums = 0
    if sums_path.exists():
        sums = yaml.safe_load(sums_path.read_text(encoding="utf-8")) or []
        for s in sums:
            n_sums += 1
            if s.get("case") not in ids: err(f"sums: unknown case {s.get('case')}")
            tot = sum(float(p) for p in s["parts"])
            adds = abs(tot - float(s["total"])) < 1e-6
            if adds != bool(s["adds_up"]):
                err(f"sums: {s['case']} {s.get('what')}: parts {s['parts']} sum {tot} vs total {s['total']}, adds_up={s['adds_up']}")
    else:
        err("sums.yaml missing")
    print(f"cases: {len(files)}  " + "  ".join(f"{k}={v}" for k, v in sorted(cases_by_lang.items())))
    print(f"topics: {len(topics)}; clean entries: {n_clean}; weekday+date pairs checked: {n_weekdays}; sums: {n_sums}")
    if per_case_clean:
        print(f"clean entries per case: min {min(per_case_clean)[0]} ({min(per_case_clean)[1]}), max {max(per_case_clean)[0]}")
    print(f"cases without planted discrepancies: {n_none}")
    langs = ["ar", "en", "mixed"]
    print(f"{'kind':<24}" + "".join(f"{l:>7}" for l in langs) + f"{'total':>7}")
    for k in sorted(KINDS):
        print(f"{k:<24}" + "".join(f"{by_lang[(l, k)]:>7}" for l in langs) + f"{counts[k]:>7}")
    print(f"{'total':<24}" + "".join(f"{sum(by_lang[(l, k)] for k in KINDS):>7}" for l in langs) + f"{sum(counts.values()):>7}")
    for e in errors: print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
