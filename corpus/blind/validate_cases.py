#!/usr/bin/env python
"""Validate a blind case set written since set15 (ids sNa-NN, sNe-NN, sNm-NN, N the set's number):
each setN/validate.py of set15 to set27 runs `main` for its own folder.

Checks, for every cases/*.yaml:
  * the file parses, has id/topic/lang/articles/expected/clean, id matches file name and language;
  * each article has YAML front matter with title, lang and date;
  * each reference parses, has source and facts; each fact has what, a quoted value (or lower/upper),
    a unit from the documented vocabulary and a valid period;
  * every expected/clean `text` is an exact substring of its file occurring exactly once;
    every `other_text` is an exact substring of the `against` file (or of the same file when internal);
  * kinds and `also` kinds are valid; `against` names a file of the case or is null;
  * every digit run (Western, Arabic-Indic, Persian) of every article, title included, front-matter
    date excluded, lies inside an expected or clean entry (or the other_text of an expected entry);
  * every weekday written with a date is recomputed; a weekday that does not fit its date must be
    covered by an expected date_mismatch entry, and every weekday that fits must not be;
  * sums.yaml: every stated sum is found in its file and adds up exactly when it says it does; every
    sum_mismatch entry overlaps a sum marked adds_up: false and vice versa.
Prints counts by language and kind, clean entries, cases without discrepancy; exits 1 on errors.
Use -v to list weekdays written without a date (resolved against the article date) and number-word
warnings.
"""
import collections
import datetime as dt
import glob
import os
import re
import sys
from decimal import Decimal

import yaml

VERBOSE = "-v" in sys.argv

KINDS = {"value_mismatch", "scale_mismatch", "transposed_digits", "sum_mismatch",
         "internal_inconsistency", "qualifier_mismatch", "date_mismatch"}
ISO = {"USD", "EUR", "GBP", "SAR", "EGP", "JOD", "KWD", "IQD", "AED", "QAR", "OMR", "BHD", "MAD",
       "DZD", "TND", "SDG", "YER", "LBP", "SYP", "LYD", "NGN", "KES", "ZAR", "IDR", "TZS", "NZD",
       "AUD", "PKR", "INR", "BDT", "TRY", "CNY", "JPY", "CHF"}
# fix, blind26b: TOOL.md allows any ISO 4217 code; the Malaysian ringgit and the Canadian dollar,
# which set26 and set27 need, were missing from the list (their validate.py passes them as extra_iso)
EXTRA_ISO = frozenset({"MYR", "CAD"})
# only the units TOOL.md names explicitly (durations other than day/month/year are written as
# `count` with the unit named in `what`, which TOOL.md documents)
UNITS = {"count", "percent", "percentage_point", "day", "month", "year", "date", "tonne", "km",
         "hectare", "barrel_per_day", "megawatt", "degree_celsius", "person", "people", "dollar",
         "dinar"} | ISO

DIGITS = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+")
TRANS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
TRANS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

EN_DAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
           "sunday": 6}
AR_DAYS = {"اثنين": 0, "إثنين": 0, "ثلاثاء": 1, "أربعاء": 2, "اربعاء": 2, "خميس": 3, "جمعة": 4,
           "جمعه": 4, "سبت": 5, "أحد": 6, "احد": 6}
EN_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
             "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
             "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
             "nov": 11, "december": 12, "dec": 12}
AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
             "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
             "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
             "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
             "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
             "كانون الأول": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6,
             "جويلية": 7, "أوت": 8}

EN_DAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
AR_DAY_RE = re.compile(r"(?<![\u0621-\u064A])(?:[وب]?ال|[وف]?يوم ال|[وف]?ليلة ال)"
                       r"(اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت|أحد|احد)"
                       r"(?![\u0621-\u064A])")
EN_MON_ALT = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
AR_MON_ALT = "|".join(sorted(AR_MONTHS, key=len, reverse=True))
EN_DATE_AFTER = re.compile(
    r"^[\s,(]*(?:(\d{1,2})\s+(" + EN_MON_ALT + r")\b\.?|(" + EN_MON_ALT + r")\b\.?\s+(\d{1,2})\b)"
    r"(?:,?\s+(\d{4}))?", re.I)
AR_DATE_AFTER = re.compile(
    r"^[\s،,(]*(?:(?:الموافق|الماضي|المقبل|الفائت)[\s،,(]+){0,2}(\d{1,2})\s+(?:من\s+)?(" + AR_MON_ALT + r")"
    r"(?:\s*/\s*[\u0621-\u064A]+)?(?:\s+(?:من\s+)?(?:عام\s+)?(\d{4}))?")
# Arabic words in the way of a date ("يوم الثلاثاء الماضي (4 مارس)") are allowed by AR_DATE_AFTER above
# (fix: the earlier AR_DAY_WORD_FIRST pattern was defined but never used, so such dates went unchecked).
# (fix, blind12: up to two such words are allowed, "الثلاثاء الماضي الموافق 4 مارس", which went unchecked.)

EN_NUMWORDS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|trillion|dozen|dozens|half|"
    r"quarter|third|two-thirds|one-third)\b", re.I)
AR_NUMWORDS = re.compile(
    r"(?<![\u0621-\u064A])[وبلف]?(?:ال)?(اثنان|اثنين|اثنتين|اثنتان|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|"
    r"ست|ستة|سبع|سبعة|ثماني|ثمانية|ثمان|تسع|تسعة|عشر|عشرة|عشرات|عشرين|عشرون|ثلاثين|أربعين|خمسين|"
    r"ستين|سبعين|ثمانين|تسعين|مئة|مائة|مئات|ألف|ألفا|آلاف|ألفين|مليون|مليونا|ملايين|مليونين|مليار|"
    r"مليارا|مليارات|نصف|ربع|ثلث|ثلثي|ضعف|ضعفي|مرتين)(?![\u0621-\u064A])")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def split_front_matter(text):
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if not m:
        return None, None, 0
    return yaml.safe_load(m.group(1)), m, m.end()


def valid_day(s):
    try:
        dt.date.fromisoformat(str(s))
        return True
    except ValueError:
        return False


def parse_period_point(p):
    s = str(p)
    if re.fullmatch(r"\d{4}", s):
        return dt.date(int(s), 1, 1), dt.date(int(s), 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = map(int, s.split("-"))
        if not 1 <= m <= 12:
            return None
        end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, m, 1), end
    if valid_day(s):
        d = dt.date.fromisoformat(s)
        return d, d
    return None


def check_period(where, period):
    if period is None:
        return
    if isinstance(period, dict):
        a, b = parse_period_point(period.get("start")), parse_period_point(period.get("end"))
        if not a or not b:
            err(where, f"bad period {period}")
        elif b[1] < a[0]:
            err(where, f"period ends before it starts {period}")
        return
    if isinstance(period, (dt.date,)):
        return
    s = str(period)
    if "/" in s:
        a, b = s.split("/", 1)
        pa, pb = parse_period_point(a), parse_period_point(b)
        if not pa or not pb or pb[1] < pa[0]:
            err(where, f"bad period {period}")
        return
    if not parse_period_point(s):
        err(where, f"bad period {period}")


def check_reference(where, text, units=UNITS):
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        err(where, f"reference does not parse: {e}")
        return
    if not isinstance(data, dict) or "source" not in data or "facts" not in data:
        err(where, "reference needs source and facts")
        return
    if "published" in data and not valid_day(data["published"]):
        err(where, f"bad published date {data['published']}")
    for i, f in enumerate(data["facts"]):
        w = f"{where} fact {i + 1}"
        if "what" not in f:
            err(w, "fact without what")
        has_value = "value" in f
        has_bound = "lower" in f or "upper" in f
        if not (has_value or has_bound):
            err(w, "fact without value/lower/upper")
        for k in ("value", "lower", "upper"):
            if k in f and not isinstance(f[k], str):
                err(w, f"{k} must be a quoted string, got {f[k]!r}")
        unit = f.get("unit", "count")
        if unit not in units:
            err(w, f"unknown unit {unit!r}")
        if unit == "date" and "value" in f and not valid_day(f["value"]):
            err(w, f"date fact with bad value {f['value']!r}")
        check_period(w, f.get("period"))


def ref_lang(text):
    """'ar' or 'en': the script most of a reference's source and what text is written in."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    words = [str(data.get("source", ""))]
    for f in data.get("facts") or []:
        w = f.get("what", "") if isinstance(f, dict) else ""
        words.extend(w if isinstance(w, list) else [str(w)])
    joined = " ".join(words)
    ar = len(re.findall(r"[\u0621-\u064A]", joined))
    en = len(re.findall(r"[A-Za-z]", joined))
    return "ar" if ar > en else "en"


def spans_of(text, needle):
    out, start = [], 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return out
        out.append((i, i + len(needle)))
        start = i + 1


def resolve_year(month, day, art_date, year):
    if year:
        return int(year)
    y = art_date.year
    try:
        cand = dt.date(y, month, day)
    except ValueError:
        return y
    if (cand - art_date).days > 200:
        return y - 1
    if (art_date - cand).days > 200:
        return y + 1
    return y


def dated(month, day, art_date, year):
    """The date a weekday names (its year resolved against the article's date), or "invalid"."""
    try:
        return dt.date(resolve_year(month, day, art_date, year), month, day)
    except ValueError:
        return "invalid"


def weekdays(text, art_date):
    """Yield (start, end, stated_weekday, date_or_None) for every weekday in the text."""
    norm = text.translate(TRANS)
    for m in EN_DAY_RE.finditer(norm):
        wd = EN_DAYS[m.group(1).lower()]
        tail = norm[m.end():m.end() + 40]
        dm = EN_DATE_AFTER.match(tail)
        if dm:
            if dm.group(1):
                day, mon = int(dm.group(1)), EN_MONTHS[dm.group(2).lower()]
            else:
                day, mon = int(dm.group(4)), EN_MONTHS[dm.group(3).lower()]
            yield m.start(), m.end() + dm.end(), wd, dated(mon, day, art_date, dm.group(5))
        else:
            yield m.start(), m.end(), wd, None
    for m in AR_DAY_RE.finditer(norm):
        wd = AR_DAYS[m.group(1)]
        tail = norm[m.end():m.end() + 60]
        dm = AR_DATE_AFTER.match(tail)
        if dm:
            day, mon = int(dm.group(1)), AR_MONTHS[dm.group(2)]
            yield m.start(), m.end() + dm.end(), wd, dated(mon, day, art_date, dm.group(3))
        else:
            yield m.start(), m.end(), wd, None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main(root, number, extra_iso=frozenset()):
    """Check the cases of the set in the folder ``root`` (ids s{number}a-NN ...); ``extra_iso``: currency
    codes the set may use beyond ISO. 1 on errors, else 0."""
    units = UNITS | extra_iso
    by_lang = collections.Counter()
    by_kind = collections.Counter()
    by_lang_kind = collections.Counter()
    clean_total = 0
    no_disc = []
    case_files = sorted(glob.glob(os.path.join(root, "cases", "*.yaml")))
    ids = set()
    sum_mismatch_spans = collections.defaultdict(list)  # (case, file) -> spans
    all_cases = {}
    for path in case_files:
        where = os.path.relpath(path, root)
        try:
            case = yaml.safe_load(open(path, encoding="utf-8"))
        except yaml.YAMLError as e:
            err(where, f"does not parse: {e}")
            continue
        for k in ("id", "topic", "lang", "articles", "expected", "clean"):
            if k not in case:
                err(where, f"missing {k}")
        cid = case.get("id")
        if cid in ids:
            err(where, f"duplicate id {cid}")
        ids.add(cid)
        if os.path.basename(path) != f"{cid}.yaml":
            err(where, f"file name does not match id {cid}")
        lang = case.get("lang")
        want = {"a": "ar", "e": "en", "m": "mixed"}.get((cid or f"s{number}x")[len(str(number)) + 1 : len(str(number)) + 2])
        if lang != want or not re.fullmatch(rf"s{number}[aem]-\d\d", cid or ""):
            err(where, f"id {cid} and lang {lang} disagree")
        files = {}
        art_dates = {}
        art_langs = set()
        for a in case.get("articles") or []:
            fn, text = a.get("file"), a.get("text", "")
            if fn in files:
                err(where, f"duplicate file {fn}")
            files[fn] = text
            fm, fmm, body_start = split_front_matter(text)
            if fm is None:
                err(f"{where}:{fn}", "no front matter")
                continue
            for k in ("title", "lang", "date"):
                if k not in fm:
                    err(f"{where}:{fn}", f"front matter lacks {k}")
            art_langs.add(fm.get("lang"))
            d = fm.get("date")
            if isinstance(d, str):
                d = dt.date.fromisoformat(d)
            art_dates[fn] = d
        # fix, blind15: FORMAT.md allows a mixed case to be "an Arabic article against an English
        # reference, or the reverse", but the check demanded articles in both languages; a mixed
        # case now needs both languages among its articles and references (a reference's language
        # is the script most of its `source` and `what` text is written in)
        ref_langs = {ref_lang(r.get("text", "")) for r in case.get("references") or []} - {None}
        if lang == "mixed" and not (art_langs <= {"ar", "en"} and art_langs | ref_langs == {"ar", "en"}):
            err(where, f"mixed case with article languages {art_langs}, reference languages {ref_langs}")
        if lang in ("ar", "en") and art_langs != {lang}:
            err(where, f"{lang} case with article languages {art_langs}")
        for r in case.get("references") or []:
            fn = r.get("file")
            if fn in files:
                err(where, f"duplicate file {fn}")
            files[fn] = r.get("text", "")
            check_reference(f"{where}:{fn}", r.get("text", ""), units)
        all_cases[cid] = (case, files)
        covered = collections.defaultdict(list)
        date_mismatch_spans = collections.defaultdict(list)
        for section in ("expected", "clean"):
            for i, e in enumerate(case.get(section) or []):
                w = f"{where} {section}[{i}] {e.get('text')!r}"
                fn = e.get("file")
                if fn not in files:
                    err(w, f"unknown file {fn}")
                    continue
                t = e.get("text")
                if not isinstance(t, str) or not t:
                    err(w, "text missing")
                    continue
                sp = spans_of(files[fn], t)
                if len(sp) != 1:
                    err(w, f"occurs {len(sp)} times in {fn}")
                    if not sp:
                        continue
                covered[fn].append(sp[0])
                if not e.get("why"):
                    err(w, "no why")
                if section == "expected":
                    k = e.get("kind")
                    if k not in KINDS:
                        err(w, f"bad kind {k}")
                    for a in e.get("also") or []:
                        if a not in KINDS or a == k:
                            err(w, f"bad also kind {a}")
                    ag = e.get("against", "MISSING")
                    if ag == "MISSING":
                        err(w, "no against key")
                    elif ag is not None and ag not in files:
                        err(w, f"against unknown file {ag}")
                    ot = e.get("other_text")
                    if ot:
                        tfile = ag if ag else fn
                        target = files.get(tfile)
                        if target is None or ot not in target:
                            err(w, f"other_text {ot!r} not in {tfile}")
                        else:
                            osp = spans_of(target, ot)
                            if len(osp) != 1:
                                err(w, f"other_text {ot!r} occurs {len(osp)} times in {tfile}")
                            # the other statement of a disagreement counts as covered
                            covered[tfile].append(osp[0])
                    if k == "date_mismatch":
                        date_mismatch_spans[fn].append(sp[0])
                    if k == "sum_mismatch":
                        sum_mismatch_spans[(cid, fn)].append(sp[0])
                    by_kind[k] += 1
                    by_lang_kind[(lang, k)] += 1
                else:
                    clean_total += 1
        n_exp = len(case.get("expected") or [])
        n_clean = len(case.get("clean") or [])
        by_lang[lang] += 1
        if n_exp == 0:
            no_disc.append(cid)
        if n_clean < 14:
            warn(where, f"only {n_clean} clean entries")
        # digit coverage and weekdays
        for a in case.get("articles") or []:
            fn, text = a.get("file"), a.get("text", "")
            fm, fmm, body_start = split_front_matter(text)
            skip = []
            if fmm:
                for lm in re.finditer(r"^(date|lang):.*$", fmm.group(0), re.M):
                    skip.append((lm.start(), lm.end()))
            for m in DIGITS.finditer(text):
                s = (m.start(), m.end())
                if any(overlaps(s, k) for k in skip):
                    continue
                if not any(c[0] <= s[0] and s[1] <= c[1] for c in covered[fn]):
                    ctx = text[max(0, s[0] - 25):s[1] + 25].replace("\n", " ")
                    err(f"{where}:{fn}", f"digit run {m.group(0)!r} not covered: ...{ctx}...")
            for nm in list(EN_NUMWORDS.finditer(text)) + list(AR_NUMWORDS.finditer(text)):
                if nm.group(0).endswith("الاثنين"):
                    continue  # Monday
                s = (nm.start(), nm.end())
                if not any(c[0] <= s[0] and s[1] <= c[1] for c in covered[fn]):
                    ctx = text[max(0, s[0] - 25):s[1] + 25].replace("\n", " ")
                    warn(f"{where}:{fn}", f"number word {nm.group(0)!r} not covered: ...{ctx}...")
            ad = art_dates.get(fn)
            if not ad:
                continue
            for st, en, wd, d in weekdays(text, ad):
                span = (st, en)
                flagged = any(overlaps(span, k) for k in date_mismatch_spans[fn])
                if d is None:
                    back = (ad.weekday() - wd) % 7
                    ref = ad - dt.timedelta(days=back)
                    if VERBOSE:
                        print(f"  weekday without date {where}:{fn} {text[st:en]!r} -> {ref} "
                              f"(article {ad})")
                    continue
                if d == "invalid":
                    err(f"{where}:{fn}", f"invalid date after {text[st:en]!r}")
                    continue
                ok = d.weekday() == wd
                if not ok and not flagged:
                    err(f"{where}:{fn}", f"weekday does not fit date and is not expected: "
                        f"{text[st:en]!r} ({d} is {d.strftime('%A')})")
                if ok and flagged:
                    # a date_mismatch entry may still flag the event date, not the weekday
                    if VERBOSE:
                        print(f"  note {where}:{fn} weekday fits but span is in a date_mismatch "
                              f"entry: {text[st:en]!r}")
                if VERBOSE:
                    print(f"  weekday {where}:{fn} {text[st:en]!r} -> {d} {d.strftime('%A')} "
                          f"{'OK' if ok else 'MISMATCH (expected)'}")
    # sums
    sums_path = os.path.join(root, "sums.yaml")
    n_sums = collections.Counter()
    false_sum_spans = collections.defaultdict(list)
    if not os.path.exists(sums_path):
        err("sums.yaml", "missing")
    else:
        try:
            data = yaml.safe_load(open(sums_path, encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            # fix, blind15: a malformed sums.yaml crashed the validator with a traceback
            err("sums.yaml", f"does not parse: {e}")
            data = {}
        for i, s in enumerate(data.get("sums") or []):
            w = f"sums.yaml[{i}] {s.get('case')}"
            cid = s.get("case")
            if cid not in all_cases:
                err(w, "unknown case")
                continue
            files = all_cases[cid][1]
            fn = s.get("file")
            if fn not in files:
                err(w, f"unknown file {fn}")
                continue
            text = files[fn]
            items = [s.get("total")] + list(s.get("parts") or [])
            spans = []
            for it in items:
                if not it or "text" not in it or "value" not in it:
                    err(w, f"bad item {it}")
                    continue
                sp = spans_of(text, it["text"])
                if not sp:
                    err(w, f"text {it['text']!r} not in {fn}")
                else:
                    # fix, blind15: an ambiguous text tied the sum to its first occurrence, so the
                    # overlap check with sum_mismatch entries could look at the wrong place
                    if len(sp) > 1:
                        err(w, f"text {it['text']!r} occurs {len(sp)} times in {fn}")
                    spans.append(sp[0])
            if not s.get("parts") or not s.get("total"):
                continue
            total = Decimal(str(s["total"]["value"]))
            parts = sum(Decimal(str(p["value"])) for p in s["parts"])
            adds = parts == total
            if adds != bool(s.get("adds_up")):
                err(w, f"parts sum to {parts}, total {total}, adds_up says {s.get('adds_up')}")
            n_sums["adds_up" if s.get("adds_up") else "does_not"] += 1
            if not s.get("adds_up"):
                false_sum_spans[(cid, fn)].extend(spans)
                if not any(overlaps(a, b) for a in spans
                           for b in sum_mismatch_spans.get((cid, fn), [])):
                    err(w, "sum marked adds_up: false but no sum_mismatch entry overlaps it")
        for key, sps in sum_mismatch_spans.items():
            for sp in sps:
                if not any(overlaps(sp, b) for b in false_sum_spans.get(key, [])):
                    err(f"{key[0]}:{key[1]}", "sum_mismatch entry with no adds_up: false sum")
    # report
    print(f"cases: {len(case_files)}  by language: {dict(by_lang)}")
    print(f"expected discrepancies: {sum(by_kind.values())}")
    for k in sorted(KINDS):
        row = "  ".join(f"{lg}={by_lang_kind[(lg, k)]}" for lg in ("ar", "en", "mixed"))
        print(f"  {k:24s} {by_kind[k]:3d}   {row}")
    for lg in ("ar", "en", "mixed"):
        print(f"  total {lg}: {sum(v for (l, _), v in by_lang_kind.items() if l == lg)}")
    print(f"clean entries: {clean_total}")
    print(f"cases with no discrepancy: {', '.join(no_disc) or 'none'}")
    print(f"sums: {dict(n_sums)}")
    if VERBOSE or len(warnings) < 60:
        for w in warnings:
            print("WARNING", w)
    else:
        print(f"{len(warnings)} warnings (use -v to list)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0
