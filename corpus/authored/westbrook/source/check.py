"""Self-check: independent DOCX text extraction + manifest verification + PDF word check + counts."""
import json, os, re, sys, zipfile
from collections import Counter
from lxml import etree

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
HERE = os.path.dirname(os.path.abspath(__file__))


def ptext(p):
    out = []
    for t in p.iter(W + 't'):
        # w:t inside w:del never occurs (deleted text is w:delText), but guard anyway
        anc = t.getparent()
        skip = False
        while anc is not None and anc is not p:
            if anc.tag == W + 'del':
                skip = True
            anc = anc.getparent()
        if not skip:
            out.append(t.text or '')
    return ''.join(out)


def cell_text(tc):
    return ' '.join(ptext(p) for p in tc.iter(W + 'p'))


def lines(fn):
    x = etree.fromstring(zipfile.ZipFile(fn).read('word/document.xml'))
    body = x.find(W + 'body')
    res = []

    def walk(el):
        for ch in el:
            if ch.tag == W + 'p':
                res.append(ptext(ch))
            elif ch.tag == W + 'tbl':
                for tr in ch.findall(W + 'tr'):
                    cells = []
                    for tc in tr.findall(W + 'tc'):
                        vm = tc.find(W + 'tcPr/' + W + 'vMerge')
                        if vm is not None and vm.get(W + 'val') != 'restart':
                            continue
                        cells.append(cell_text(tc))
                    res.append(' | '.join(cells))
            elif ch.tag == W + 'sdt':
                walk(ch.find(W + 'sdtContent'))
    walk(body)
    return [re.sub(r'\s+', ' ', l).strip() for l in res]


def extract(fn):
    return '\n'.join(lines(fn))


def main():
    from pypdf import PdfReader
    man = json.load(open(os.path.join(HERE, 'manifest.json')))
    out = os.path.join(HERE, 'out')
    problems = 0
    grades, ages, statuses = Counter(), [], Counter()
    tot_lines = tot_prov = tot_out = 0
    print(f"{'id':5} {'grade':22} {'status':6} {'age':>3} {'words':>6} {'pages':>5} {'lines':>5} {'prov':>4} {'outc':>4} {'faults':>6}")
    for p in man['plans']:
        fn = os.path.join(HERE, p['files']['docx'])
        L = lines(fn)
        full = ' \n '.join(L)
        flat = ' '.join(L)
        words = len([w for w in flat.split() if any(ch.isalnum() for ch in w)])
        bad = []
        for it in p['items']:
            if not any(it['text'] in l for l in L):
                bad.append(('item', it['text'][:60]))
            for k, v in (it.get('spans') or {}).items():
                for s in v:
                    if s not in it['text']:
                        bad.append(('span', k, s[:40]))
            if it['item'] and it['section'] != 'E':
                for k, f in [('what', 'has_what'), ('who', 'has_who'), ('frequency', 'has_frequency'),
                             ('duration', 'has_duration'), ('group', 'has_group_size')]:
                    if bool(it['spans'][k]) != it[f]:
                        bad.append(('flag', f, it['text'][:40]))
            if it['item'] and it['section'] == 'E':
                for k, f in [('criterion', 'measurable'), ('time', 'time_bound')]:
                    if bool(it['spans'][k]) != it[f]:
                        bad.append(('flag', f, it['text'][:40]))
        for f in p['faults']:
            if f['sentence'] not in flat:
                bad.append(('fault', f['kind'], f['sentence'][:60]))
        for s in p['sections_present']:
            if s['heading'] not in flat:
                bad.append(('heading', s['heading']))
        # drafting-fault occurrence counts
        for f in p['faults']:
            if f['kind'] in ('wrong-child-name', 'placeholder') and f.get('token'):
                n = flat.count(f['token'])
                m = sum(1 for g in p['faults'] if g.get('token') == f['token'])
                if n != m:
                    bad.append(('token-count', f['token'], n, m))
        # PDF words
        pdf = os.path.join(HERE, p['files']['pdf'])
        ptxt = re.sub(r'[^A-Za-z0-9]', '', ''.join(pg.extract_text() for pg in PdfReader(pdf).pages))
        missing = set()
        for it in p['items']:
            for wd in re.findall(r'[A-Za-z0-9]+', it['text']):
                if wd not in ptxt:
                    missing.add(wd)
        if missing:
            bad.append(('pdf-missing-words', sorted(missing)[:10]))
        if not 2500 <= words <= 8000:
            bad.append(('words', words))
        npv = sum(1 for i in p['items'] if i['item'] and i['section'] in ('F', 'G', 'H1', 'H2'))
        nout = sum(1 for i in p['items'] if i['item'] and i['section'] == 'E')
        tot_lines += len(p['items']); tot_prov += npv; tot_out += nout
        grades[p['target_grade']] += 1; ages.append(p['age']); statuses[p['status']] += 1
        print(f"{p['id']:5} {p['target_grade']:22} {p['status']:6} {p['age']:>3} {words:>6} {p['pages']:>5} {len(p['items']):>5} {npv:>4} {nout:>4} {len(p['faults']):>6}  {'OK' if not bad else 'PROBLEMS'}")
        for b in bad:
            print('      ', b)
        problems += len(bad)
    print('grades:', dict(grades), ' statuses:', dict(statuses), ' ages:', sorted(ages))
    print('plans with >=40 provision items:', [p['id'] for p in man['plans'] if sum(1 for i in p['items'] if i['item'] and i['section'] in ('F', 'G', 'H1', 'H2')) >= 40])
    print(f'labelled lines={tot_lines} provision items={tot_prov} outcomes={tot_out}')
    print('TOTAL PROBLEMS:', problems)


if __name__ == '__main__':
    main()
