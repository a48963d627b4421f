#!/usr/bin/env python3
"""Build provision.jsonl and outcomes.jsonl from marked-up source files in src/.
Source line format:  SECTION:CODE:marked text  ## optional note
  provision CODE: 1 specific item, 0 non-specific item, - non-item
  outcome   CODE: o ordinary item, p provision-in-disguise, a aspiration, - non-item
Markup: ⟦tags:content⟧ , tags are letters, nesting allowed.
  provision: w what, o who, f frequency, d duration, g group, r review
  outcome:   s subject, b behaviour, c criterion, t time
"""
import json, sys, glob, os
PT = {'w':'what','o':'who','f':'frequency','d':'duration','g':'group','r':'review'}
OT = {'s':'subject','b':'behaviour','c':'criterion','t':'time'}

def parse(marked):
    out=[]; spans=[]; stack=[]; i=0
    while i < len(marked):
        ch = marked[i]
        if ch == '⟦':
            j = marked.index(':', i)
            stack.append((marked[i+1:j], len(''.join(out))))
            i = j+1; continue
        if ch == '⟧':
            tags, start = stack.pop()
            spans.append((tags, start, len(''.join(out))))
            i += 1; continue
        out.append(ch); i += 1
    assert not stack, marked
    return ''.join(out), spans

def build(files, outcomes):
    recs=[]
    for fn in files:
        for ln, raw in enumerate(open(fn, encoding='utf-8'), 1):
            raw = raw.rstrip('\n')
            if not raw.strip() or raw.startswith('#'): continue
            note=None
            if ' ## ' in raw:
                raw, note = raw.split(' ## ', 1)
            sec, code, body = raw.split(':', 2)
            text, sp = parse(body.strip())
            tagmap = OT if outcomes else PT
            spans = {v: [] for v in tagmap.values()}
            for tags, a, b in sp:
                for t in tags:
                    s = text[a:b]
                    if s not in spans[tagmap[t]]: spans[tagmap[t]].append(s)
            r = {'section': sec, 'text': text}
            if code == '-':
                assert not sp, (fn, ln, text)
                r['item'] = False
                if outcomes:
                    r.update(smart=False, specific=False, measurable=False, time_bound=False, is_provision_not_outcome=False)
                else:
                    r.update(specific=False, has_what=False, has_who=False, has_frequency=False, has_duration=False, has_group_size=False)
            elif outcomes:
                r['item'] = True
                spec = bool(spans['subject']) and bool(spans['behaviour'])
                meas = bool(spans['criterion']); tb = bool(spans['time'])
                prov = code == 'p'
                r.update(smart=spec and meas and tb and not prov, specific=spec, measurable=meas,
                         time_bound=tb, is_provision_not_outcome=prov)
                if code == 'a': assert not (spec or meas or tb), (fn, ln, text)
                if prov: assert not (spec or meas), (fn, ln, text)
            else:
                r['item'] = True
                r.update(specific=(code == '1'), has_what=bool(spans['what']), has_who=bool(spans['who']),
                         has_frequency=bool(spans['frequency']), has_duration=bool(spans['duration']),
                         has_group_size=bool(spans['group']))
            r['note'] = note; r['spans'] = spans
            recs.append(r)
    return recs

here = os.path.dirname(os.path.abspath(__file__))
prov = build(sorted(glob.glob(os.path.join(here, 'src', 'p_*.txt'))), False)
outc = build(sorted(glob.glob(os.path.join(here, 'src', 'e_*.txt'))), True)
with open(os.path.join(here, 'provision.jsonl'), 'w', encoding='utf-8') as f:
    for i, r in enumerate(prov, 1):
        f.write(json.dumps({'id': f'hollinsfield-p{i:03d}', **r}, ensure_ascii=False) + '\n')
with open(os.path.join(here, 'outcomes.jsonl'), 'w', encoding='utf-8') as f:
    for i, r in enumerate(outc, 1):
        f.write(json.dumps({'id': f'hollinsfield-o{i:03d}', **r}, ensure_ascii=False) + '\n')
print(len(prov), 'provision lines;', len(outc), 'outcome lines')
