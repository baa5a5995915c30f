"""Validate blind extraction test set 6.  Run: /work/venv/bin/python validate.py
Reads only the YAML files next to this script."""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter

import yaml
from hijridate import Hijri

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ['count', 'money', 'percent', 'measure', 'duration', 'date', 'year']
QUALS = ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range']
PERCENT_UNITS = {'percent', 'percentage_point', 'basis_point'}
DURATION_UNITS = {'second', 'minute', 'hour', 'day', 'week', 'month', 'year'}
MEASURE_UNITS = {
    'tonne', 'kilogram', 'gram', 'tonne_per_year', 'tonne_per_day',
    'kilometre', 'metre', 'centimetre', 'millimetre', 'mile', 'foot', 'inch', 'nautical_mile', 'knot',
    'square_kilometre', 'square_metre', 'hectare', 'feddan', 'dunam', 'acre',
    'cubic_metre', 'litre', 'barrel', 'barrel_per_day', 'cubic_foot',
    'kilowatt', 'megawatt', 'gigawatt', 'kilovolt', 'kilowatt_hour', 'megawatt_hour',
    'gigawatt_hour', 'terawatt_hour', 'kilometre_per_hour', 'mile_per_hour',
    'degree_celsius', 'degree_fahrenheit', 'magnitude', 'calorie', 'teu',
    'cubic_metre_per_day', 'cubic_metre_per_year',
}
TOPICS = ['conflict', 'elections', 'budgets', 'quakes', 'migration', 'health', 'prices',
          'trade', 'football', 'courts', 'energy', 'aid', 'weather', 'labour']

DIGITS = str.maketrans('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪', '01234567890123456789.,%')
DIGIT_RUN = re.compile(r'[0-9٠-٩۰-۹]+')
DEC = re.compile(r'^-?\d+(\.\d+)?$')
ISO = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$|^(\d{4})-(\d{2})$|^--(\d{2})-(\d{2})$|^--(\d{2})$')

WEEKDAYS = {
    'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3, 'friday': 4,
    'saturday': 5, 'sunday': 6,
    'الاثنين': 0, 'الإثنين': 0, 'الثلاثاء': 1, 'الأربعاء': 2, 'الخميس': 3,
    'الجمعة': 4, 'السبت': 5, 'الأحد': 6,
}
WD_EN = re.compile(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*(\(|the\s+)?$')
WD_AR = re.compile(r'(الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)\s*[،,]?\s*(الموافق\s+|المقبل\s+|الماضي\s+)?$')

HIJRI_MONTHS = [
    ('ربيع الأول', 3), ('ربيع الآخر', 4), ('ربيع الثاني', 4), ('جمادى الأولى', 5),
    ('جمادى الآخرة', 6), ('جمادى الثانية', 6), ('ذو القعدة', 11), ('ذي القعدة', 11),
    ('ذو الحجة', 12), ('ذي الحجة', 12), ('محرم', 1), ('صفر', 2), ('رجب', 7),
    ('شعبان', 8), ('رمضان', 9), ('شوال', 10),
]

SCALES = [
    (r'\btrillion\b|تريليون', 10 ** 12),
    (r'\bbillion\b|\bbln\b|مليار', 10 ** 9),
    (r'\bcrore\b', 10 ** 7),
    (r'\bmillion\b|\bmln\b|ملايين|مليون', 10 ** 6),
    (r'\bthousand\b|آلاف|ألف', 10 ** 3),
]
MINOR = [(r'\bcents?\b|\bpence\b|هللة|قرش|قروش', 0.01), (r'فلس|فلوس|فلسا', 0.001)]
EN_WORDS = {w: i for i, w in enumerate(
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen '
    'fifteen sixteen seventeen eighteen nineteen twenty'.split())}
EN_WORDS.update({'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70,
                 'eighty': 80, 'ninety': 90, 'hundred': 100})

problems = []
warnings = []


def prob(where, msg):
    problems.append(f'{where}: {msg}')


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0 and sub:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def place(text, subs):
    """Place each sub on a distinct non-overlapping occurrence (backtracking)."""
    order = sorted(range(len(subs)), key=lambda k: len(occurrences(text, subs[k])))
    spans = [None] * len(subs)

    def ok(span, used):
        return all(span[1] <= u[0] or span[0] >= u[1] for u in used)

    def rec(n, used):
        if n == len(order):
            return True
        k = order[n]
        for span in occurrences(text, subs[k]):
            if ok(span, used):
                spans[k] = span
                if rec(n + 1, used + [span]):
                    return True
        return False

    return spans if rec(0, []) else None


def norm(s):
    return s.translate(DIGITS)


def scale_of(s):
    best = 1
    for pat, sc in SCALES:
        if re.search(pat, s, re.I):
            best = max(best, sc)
    if 'مليوني' in s:
        best = max(best, 10 ** 6)
    return best


def iso_ok(iso):
    m = ISO.match(iso or '')
    if not m:
        return None
    g = m.groups()
    try:
        if g[0]:
            return dt.date(int(g[0]), int(g[1]), int(g[2]))
        if g[3]:
            dt.date(int(g[3]), int(g[4]), 1)
            return 'ym'
        if g[5]:
            dt.date(2024, int(g[5]), int(g[6]))
            return 'md'
        dt.date(2024, int(g[7]), 1)
        return 'm'
    except ValueError:
        return None


def num_tokens(s):
    s = norm(s)
    return [(float(m.group().replace(',', '')), m.end())
            for m in re.finditer(r'\d[\d,]*(?:\.\d+)?', s)], s


def first_scale_after(s, pos, until=None):
    seg = s[pos:until]
    m = re.match(r'\s*(?:-\s*)?(\S+)', seg)
    if not m:
        return 1
    w = m.group(1)
    for pat, sc in SCALES:
        if re.search(pat, w, re.I):
            return sc
    if 'مليوني' in w:
        return 10 ** 6
    return 1


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check_value(where, cl):
    kind, q = cl['kind'], cl['qualifier']
    if kind in ('date', 'year'):
        return
    toks, s = num_tokens(cl['text'])
    if q == 'range':
        if len(toks) == 2:
            s1 = first_scale_after(s, toks[0][1], None)
            s1 = first_scale_after(s, toks[0][1])
            s2 = first_scale_after(s, toks[1][1])
            if s1 == 1:
                s1 = s2
            for (n, _), sc, b in ((toks[0], s1, cl['lower']), (toks[1], s2, cl['upper'])):
                if b is not None and not close(n * sc, float(b)):
                    warnings.append(f'{where}: range bound {b} vs text {cl["text"]!r}')
        return
    if cl['value'] is None:
        return
    v = float(cl['value'])
    if len(toks) == 1:
        n, end = toks[0]
        exp = n * first_scale_after(s, end)
        lead = re.match(r'^(مليونا|مليون|ألفا|ألف)\s+و', s)
        if lead:
            exp += 10 ** 6 if lead.group(1).startswith('مليون') else 10 ** 3
        if re.search(r'\bminus\b|سالب|تحت الصفر|^-', s):
            exp = -exp
        for pat, f in MINOR:
            if re.search(pat, s, re.I):
                exp *= f
        if not close(exp, v):
            warnings.append(f'{where}: value {cl["value"]} vs text {cl["text"]!r}')
    elif not toks:
        words = re.findall(r'[a-z]+', cl['text'].lower())
        nums = [EN_WORDS[w] for w in words if w in EN_WORDS]
        if len(nums) == 1 and kind in ('count', 'duration', 'measure', 'money'):
            exp = nums[0] * scale_of(cl['text'])
            if not close(exp, v):
                warnings.append(f'{where}: value {cl["value"]} vs words {cl["text"]!r}')


stats = {}
qual_c, cur_c, unit_c, pct_c, dur_c = Counter(), Counter(), Counter(), Counter(), Counter()
script = Counter()
hijri_checked = 0
weekday_checked = 0

files = sorted(glob.glob(os.path.join(HERE, '*.yaml')))
if len(files) != 28:
    prob('set', f'{len(files)} YAML files, expected 28')
for path in files:
    name = os.path.basename(path)
    try:
        with open(path, encoding='utf-8') as fh:
            doc = yaml.safe_load(fh)
    except Exception as e:  # noqa
        prob(name, f'does not parse: {e}')
        continue
    if not isinstance(doc, dict) or set(doc) != {'lang', 'topic', 'items'}:
        prob(name, 'top level must be lang, topic, items')
        continue
    lang, topic, items = doc['lang'], doc['topic'], doc['items']
    if name != f'{lang}-{topic}.yaml' or lang not in ('ar', 'en') or topic not in TOPICS:
        prob(name, 'file name / lang / topic mismatch')
    if not (10 <= len(items) <= 12):
        prob(name, f'{len(items)} items')
    st = stats.setdefault(lang, Counter())
    for n, it in enumerate(items, 1):
        where = f'{name}#{n}'
        if set(it) != {'id', 'text', 'claims', 'not_claims'}:
            prob(where, f'item keys {sorted(it)}')
            continue
        if it['id'] != f'{lang}-{topic}-{n:02d}':
            prob(where, f'id {it["id"]}')
        where = it['id']
        text = it['text']
        st['items'] += 1
        if lang == 'ar':
            if re.search('[٠-٩]', text):
                script['ai'] += 1
            if re.search('[۰-۹]', text):
                script['fa'] += 1
            if re.search('[0-9]', text) and re.search('[٠-٩۰-۹]', text):
                prob(where, 'mixed digit scripts')
        claims, ncs = it['claims'] or [], it['not_claims']
        if not isinstance(ncs, list):
            prob(where, 'not_claims must be a list')
            ncs = []
        for cl in claims:
            if set(cl) != {'text', 'kind', 'value', 'lower', 'upper', 'qualifier', 'unit', 'date'}:
                prob(where, f'claim keys {sorted(cl)}')
                continue
            w = f'{where} {cl["text"]!r}'
            if cl['text'] not in text:
                prob(w, 'claim text not in item')
            k, q, u = cl['kind'], cl['qualifier'], cl['unit']
            if k not in KINDS:
                prob(w, f'kind {k}')
            if q not in QUALS:
                prob(w, f'qualifier {q}')
            for f in ('value', 'lower', 'upper'):
                x = cl[f]
                if x is not None and not (isinstance(x, str) and DEC.match(x)):
                    prob(w, f'{f} {x!r} not a decimal string')
            v, lo, up = cl['value'], cl['lower'], cl['upper']
            if k == 'date':
                if v or lo or up or q != 'exact' or u is not None:
                    prob(w, 'date must have null value/bounds/unit, qualifier exact')
                if iso_ok(cl['date']) is None:
                    prob(w, f'bad ISO date {cl["date"]!r}')
            else:
                if cl['date'] is not None:
                    prob(w, 'non-date claim with date')
                if q == 'exact' and not (v is not None and lo == v and up == v):
                    prob(w, 'exact: lower = upper = value')
                if q == 'approx' and not (v is not None and lo is None and up is None):
                    prob(w, 'approx: bounds null')
                if q in ('more_than', 'at_least') and not (v is not None and lo == v and up is None):
                    prob(w, f'{q}: lower = value, upper null')
                if q in ('less_than', 'at_most') and not (v is not None and up == v and lo is None):
                    prob(w, f'{q}: upper = value, lower null')
                if q == 'range':
                    if v is not None or lo is None or up is None or float(lo) >= float(up):
                        prob(w, 'range: value null, lower < upper')
                if k == 'count' and u is not None:
                    prob(w, 'count unit must be null')
                if k == 'year' and u != 'year':
                    prob(w, 'year unit must be year')
                if k == 'money' and not (isinstance(u, str) and re.match(r'^[A-Z]{3}$', u)):
                    prob(w, f'money unit {u!r}')
                if k == 'percent' and u not in PERCENT_UNITS:
                    prob(w, f'percent unit {u!r}')
                if k == 'measure' and u not in MEASURE_UNITS:
                    prob(w, f'measure unit {u!r}')
                if k == 'duration' and u not in DURATION_UNITS:
                    prob(w, f'duration unit {u!r}')
                sc = scale_of(cl['text'])
                if sc > 1 and k in ('count', 'money', 'measure'):
                    big = max(float(x) for x in (v, lo, up) if x is not None)
                    if big < sc:
                        prob(w, f'scale word but value {big} < {sc}')
                check_value(w, cl)
            st['claims'] += 1
            st[k] += 1
            qual_c[q] += 1
            if k == 'money':
                cur_c[u] += 1
            elif k == 'measure':
                unit_c[u] += 1
            elif k == 'percent':
                pct_c[u] += 1
            elif k == 'duration':
                dur_c[u] += 1
        for nc in ncs:
            if set(nc) != {'text', 'why'} or not nc.get('why'):
                prob(where, f'not_claim needs text and why: {nc}')
                continue
            if nc['text'] not in text:
                prob(where, f'not_claim {nc["text"]!r} not in item')
        if ncs:
            st['nc'] += len(ncs)
            st['nc_items'] += 1
        spans = place(text, [cl['text'] for cl in claims if 'text' in cl])
        if spans is None:
            prob(where, 'claims cannot be placed on non-overlapping occurrences')
            spans = []
        cover = list(spans)
        for nc in ncs:
            cover += occurrences(text, nc.get('text', ''))
        for m in DIGIT_RUN.finditer(text):
            if not any(a <= m.start() and m.end() <= b for a, b in cover):
                prob(where, f'digits {m.group()!r} at {m.start()} not covered')
        # weekdays and Hijri dates
        for cl, span in zip(claims, spans):
            if cl.get('kind') != 'date':
                continue
            d = iso_ok(cl['date'])
            before = text[:span[0]]
            mm = WD_EN.search(before) or WD_AR.search(before)
            if mm:
                wd = WEEKDAYS[mm.group(1).lower()]
                if not isinstance(d, dt.date):
                    prob(where, f'weekday before {cl["text"]!r} but date has no year')
                elif d.weekday() != wd:
                    prob(where, f'{mm.group(1)} before {cl["text"]!r} but {d} is {d.strftime("%A")}')
                else:
                    weekday_checked += 1
            ct = norm(cl['text'])
            for mname, mnum in HIJRI_MONTHS:
                if mname in ct:
                    hm = re.search(r'(\d{1,2})\s*(?:من\s+)?' + mname + r'\s*(?:عام\s+|سنة\s+)?(\d{4})', ct)
                    if hm:
                        hd, hy = int(hm.group(1)), int(hm.group(2))
                    else:
                        # a paired Hijri date without a year takes its partner's year
                        hd_m = re.search(r'(\d{1,2})\s*(?:من\s+)?' + mname, ct)
                        hy_m = re.search(r'(\d{4})\s*هـ', norm(text[span[1]:]))
                        if not (hd_m and hy_m):
                            prob(where, f'Hijri date {cl["text"]!r} needs a day and a year')
                            break
                        hd, hy = int(hd_m.group(1)), int(hy_m.group(1))
                    g = Hijri(hy, mnum, hd).to_gregorian()
                    gd = dt.date(g.year, g.month, g.day)
                    if gd != d:
                        prob(where, f'Hijri {cl["text"]!r} is {gd}, claim says {cl["date"]}')
                    else:
                        hijri_checked += 1
                    break

# report
cols = ['items', 'claims'] + KINDS
print('| lang | ' + ' | '.join(cols) + ' | not_claims |')
print('|' + '---|' * (len(cols) + 2))
tot = Counter()
for lang in ('ar', 'en'):
    st = stats.get(lang, Counter())
    tot.update(st)
    print(f'| {lang} | ' + ' | '.join(str(st[c]) for c in cols) +
          f' | {st["nc"]} ({st["nc_items"]} items) |')
print('| total | ' + ' | '.join(str(tot[c]) for c in cols) +
      f' | {tot["nc"]} ({tot["nc_items"]} items) |')
ar_items = stats.get('ar', Counter())['items'] or 1
print(f'\nArabic items with Arabic-Indic digits: {script["ai"]} ({100 * script["ai"] / ar_items:.0f}%), '
      f'Persian digits: {script["fa"]} ({100 * script["fa"] / ar_items:.0f}%)')
print(f'Items with not_claims: {tot["nc_items"]} of {tot["items"]} ({100 * tot["nc_items"] / max(1, tot["items"]):.0f}%)')
print(f'Hijri dates checked: {hijri_checked}; weekdays checked: {weekday_checked}')
print('\nQualifiers: ' + ', '.join(f'{q} {qual_c[q]}' for q in QUALS))
print('Percent units: ' + ', '.join(f'{k} {v}' for k, v in pct_c.most_common()))
print('Currencies: ' + ', '.join(f'{k} {v}' for k, v in cur_c.most_common()))
print('Measure units: ' + ', '.join(f'{k} {v}' for k, v in unit_c.most_common()))
print('Duration units: ' + ', '.join(f'{k} {v}' for k, v in dur_c.most_common()))
if warnings:
    print(f'\n{len(warnings)} value notes (text vs value; review, not errors):')
    for w in warnings:
        print('  ' + w)
print(f'\n{len(problems)} problems')
for p in problems:
    print('  ' + p)
sys.exit(1 if problems else 0)
