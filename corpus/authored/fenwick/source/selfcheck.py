"""Self-check: every item text, span, fault sentence and heading occurs verbatim in the DOCX
extraction (whitespace collapsed); PDF contains the words of every item; counts."""
import json, re, sys, collections
sys.path.insert(0, '.')
from extract import docx_lines
from pypdf import PdfReader
M = json.load(open('manifest.json'))
ws = lambda t: re.sub(r'\s+', ' ', t).strip()
ok = True; n_lines = n_prov = n_out = 0
grades = collections.Counter(); status = collections.Counter()
print("plan  grade                 age status words  lines prov outc pdfpages  problems")
for p in M['plans']:
    lines = docx_lines(p['files']['docx'])
    full = ws(' '.join(lines))
    probs = []
    for it in p['items']:
        if it['text'] not in full: probs.append('item text: ' + it['text'][:50])
        for k, v in (it.get('spans') or {}).items():
            for s in v:
                if s not in it['text']: probs.append('span %s not in item: %s' % (k, s[:40]))
        if it['item'] and it['section'] != 'E':
            for flag, k in [('has_what','what'),('has_who','who'),('has_frequency','frequency'),('has_duration','duration'),('has_group_size','group')]:
                if it[flag] != bool(it['spans'][k]): probs.append('flag/span mismatch ' + flag)
        if it['item'] and it['section'] == 'E':
            if it['measurable'] != bool(it['spans']['criterion']) or it['time_bound'] != bool(it['spans']['time']):
                probs.append('outcome flag/span mismatch')
            if it['smart'] != (it['specific'] and it['measurable'] and it['time_bound'] and not it['is_provision_not_outcome']):
                probs.append('smart rule')
    for f in p['faults']:
        if f['sentence'] not in full: probs.append('fault: ' + f['sentence'][:50])
    for s in p['sections_present']:
        if s['heading'] not in lines: probs.append('heading: ' + s['heading'][:40])
    words = len(full.split())
    if not 2500 <= words <= 8000: probs.append('word count %d' % words)
    if words != p['words']: probs.append('manifest words differ')
    pages = ''
    if p['files']['pdf']:
        r = PdfReader(p['files']['pdf'])
        pt = ws(' '.join(pg.extract_text() for pg in r.pages))
        ptn = re.sub(r'[^\w]+', ' ', pt).lower().split()
        pset = set(ptn)
        for it in p['items']:
            for w in re.sub(r'[^\w]+', ' ', it['text']).lower().split():
                if w not in pset: probs.append('pdf missing word %r in %s' % (w, it['text'][:30])); break
        pages = str(len(r.pages))
        if pages != str(p.get('pages')): probs.append('pages differ')
    secs = {s['key'] for s in p['sections_present']}
    if p['status'] == 'draft':
        si = [s for s in p['sections_present'] if s['key'] == 'I']
        if si and si[0]['status'] != 'blank': probs.append('draft with I filled')
    nprov = sum(1 for i in p['items'] if i['item'] and i['section'] != 'E')
    nout = sum(1 for i in p['items'] if i['item'] and i['section'] == 'E')
    n_lines += len(p['items']); n_prov += nprov; n_out += nout
    grades[p['target_grade']] += 1; status[p['status']] += 1
    ok &= not probs
    print("%-5s %-21s %3d %-6s %5d %5d %4d %4d %8s  %s" % (p['id'], p['target_grade'], p['age'], p['status'], words,
          len(p['items']), nprov, nout, pages, '; '.join(probs) or 'OK'))
print('grades:', dict(grades), '| status:', dict(status))
print('ages:', sorted(p['age'] for p in M['plans']))
print('plans with >=40 provision items:', [p['id'] for p in M['plans'] if sum(1 for i in p['items'] if i['item'] and i['section'] != 'E') >= 40])
print('PDF plans:', sum(1 for p in M['plans'] if p['files']['pdf']))
print('labelled lines %d, provision items %d, outcomes %d, faults %d' % (n_lines, n_prov, n_out, sum(len(p['faults']) for p in M['plans'])))
print('ALL CHECKS PASSED' if ok else 'PROBLEMS FOUND')
