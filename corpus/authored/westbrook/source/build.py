"""Build Westbrook EHC plans (DOCX + PDF) and manifest.json from plans/wbNN.py sources."""
import glob, importlib.util, json, os, re, subprocess, sys
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from dsl import parse, ws, PROV_KEYS, OUT_KEYS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'out')
REV = [1000]
LETTER_W = 620  # twips
FULL_W = 10200


def E(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn('w:' + k), str(v))
    return e


def run(text, bold=False, size=None, deleted=False, italic=False):
    r = E('w:r')
    rpr = E('w:rPr')
    if bold:
        rpr.append(E('w:b'))
    if italic:
        rpr.append(E('w:i'))
    if size:
        rpr.append(E('w:sz', val=int(size * 2)))
    if len(rpr):
        r.append(rpr)
    t = E('w:delText' if deleted else 'w:t')
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    t.text = text
    r.append(t)
    return r


def para(s, plan, size=None, bold=False, align=None, italic=False):
    segs, vis, spans, b = parse(s)
    p = E('w:p')
    ppr = E('w:pPr')
    ppr.append(E('w:spacing', before=0, after=60))
    if align:
        ppr.append(E('w:jc', val=align))
    p.append(ppr)
    for text, mode, date in segs:
        bb = bold or b
        if date:
            sdt = E('w:sdt')
            pr = E('w:sdtPr')
            pr.append(E('w:alias', val='Date'))
            pr.append(E('w:tag', val='date'))
            REV[0] += 1
            pr.append(E('w:id', val=REV[0]))
            d = E('w:date', fullDate=date + 'T00:00:00Z')
            d.append(E('w:dateFormat', val='d MMMM yyyy'))
            d.append(E('w:lid', val='en-GB'))
            d.append(E('w:storeMappedDataAs', val='dateTime'))
            d.append(E('w:calendar', val='gregorian'))
            pr.append(d)
            sdt.append(pr)
            c = E('w:sdtContent')
            c.append(run(text, bb, size, italic=italic))
            sdt.append(c)
            p.append(sdt)
        elif mode in ('ins', 'del'):
            REV[0] += 1
            w = E('w:' + mode, id=REV[0], author=plan['tc_author'], date=plan['tc_date'] + 'T10:00:00Z')
            w.append(run(text, bb, size, deleted=(mode == 'del'), italic=italic))
            p.append(w)
        else:
            p.append(run(text, bb, size, italic=italic))
    return p, ws(vis), spans


def cell_paras(content):
    """content: str (may contain \n for several paragraphs) or list of str"""
    if isinstance(content, str):
        return content.split('\n')
    return list(content)


def tbl(widths, rows, plan, size=10):
    """rows: list of rows; row: list of cells dict(paras, span, vm, shade, bold, size)
    returns (tbl element, [(row_text, spans)])"""
    t = E('w:tbl')
    pr = E('w:tblPr')
    pr.append(E('w:tblStyle', val='TableGrid'))
    pr.append(E('w:tblW', w=sum(widths), type='dxa'))
    pr.append(E('w:tblLayout', type='fixed'))
    t.append(pr)
    g = E('w:tblGrid')
    for w in widths:
        g.append(E('w:gridCol', w=w))
    t.append(g)
    out = []
    for row in rows:
        tr = E('w:tr')
        col, texts, rspans, offs = 0, [], {}, 0
        for c in row:
            span = c.get('span', 1)
            tc = E('w:tc')
            tcpr = E('w:tcPr')
            tcpr.append(E('w:tcW', w=sum(widths[col:col + span]), type='dxa'))
            if span > 1:
                tcpr.append(E('w:gridSpan', val=span))
            if c.get('vm') == 'restart':
                tcpr.append(E('w:vMerge', val='restart'))
            elif c.get('vm') == 'continue':
                tcpr.append(E('w:vMerge'))
            if c.get('shade'):
                tcpr.append(E('w:shd', val='clear', color='auto', fill=c['shade']))
            tc.append(tcpr)
            ptxt, cspans = [], {}
            paras = [] if c.get('vm') == 'continue' else cell_paras(c.get('paras', ''))
            if not paras:
                paras = ['']
            for s in paras:
                p, vis, sp = para(s, plan, size=c.get('size', size), bold=c.get('bold', False))
                tc.append(p)
                ptxt.append(vis)
                for k, v in sp.items():
                    cspans.setdefault(k, []).extend(v)
            if c.get('auto') and not any('[[' in s for s in paras):
                v = ws(' '.join(ptxt))
                if v:
                    cspans.setdefault(c['auto'], []).append(v)
            if c.get('vm') != 'continue':
                texts.append(ws(' '.join(ptxt)))
                for k, v in cspans.items():
                    rspans.setdefault(k, []).extend(v)
            tr.append(tc)
            col += span
        t.append(tr)
        out.append((ws(' | '.join(texts)), rspans))
    return t, out


def prov_item(section, text, spans, na='', vague=False, spec=None, note=None):
    fl = {k: [x for x in spans.get(k, [])] for k in PROV_KEYS}
    h = {k: bool(fl[k]) for k in PROV_KEYS}
    auto = h['what'] and h['who'] and h['frequency'] and (h['duration'] or 'd' in na) and \
        (h['group'] or 'g' in na) and not vague
    specific = auto if spec is None else spec
    if spec is not None and spec != auto:
        print(f'   [override specific={spec} auto={auto}] {text[:70]}')
    return dict(section=section, text=text, item=True, specific=specific, has_what=h['what'], has_who=h['who'],
                has_frequency=h['frequency'], has_duration=h['duration'], has_group_size=h['group'], note=note,
                spans={k: v for k, v in fl.items()})


def out_item(text, spans, prov=False, spec=None, asp=False, note=None):
    fl = {k: spans.get(k, []) for k in OUT_KEYS}
    if asp:
        assert not any(fl.values()), text
        return dict(section='E', text=text, item=True, smart=False, specific=False, measurable=False,
                    time_bound=False, is_provision_not_outcome=False, note=note, spans=fl)
    measurable = bool(fl['criterion'])
    tb = bool(fl['time'])
    if prov:
        assert not measurable, text
        specific = False
    else:
        specific = bool(fl['subject'] and fl['behaviour']) if spec is None else spec
    smart = specific and measurable and tb and not prov
    return dict(section='E', text=text, item=True, smart=smart, specific=specific, measurable=measurable,
                time_bound=tb, is_provision_not_outcome=prov, note=note, spans=fl)


def nonitem(section, text, note=None):
    return dict(section=section, text=text, item=False, note=note)


def add_body(doc, el):
    body = doc.element.body
    body.insert(len(body) - 1, el)


def spacer(doc, plan):
    p, _, _ = para('', plan, size=4)
    add_body(doc, p)


def header_footer(doc, plan):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)
    hp = s.header.paragraphs[0]
    hp.text = ''
    r = hp.add_run(f"{plan['child']}  |  EHC Plan  |  {'DRAFT' if plan['status'] == 'draft' else 'FINAL'}  |  Westbrook Borough Council")
    r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ''
    fp.alignment = 1

    def fld(instr):
        for kind in ('begin', None, 'separate', 'end'):
            rr = E('w:r')
            rp = E('w:rPr'); rp.append(E('w:sz', val=16)); rr.append(rp)
            if kind is None:
                it = E('w:instrText'); it.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
                it.text = f' {instr} '
                rr.append(it)
            else:
                rr.append(E('w:fldChar', fldCharType=kind))
            fp._p.append(rr)
            if kind == 'separate':
                fp._p.append(run('1', size=8))
    fp._p.append(run('OFFICIAL-SENSITIVE  |  Page ', size=8))
    fld('PAGE')
    fp._p.append(run(' of ', size=8))
    fld('NUMPAGES')


def build(plan):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Arial'
    st.font.size = Pt(10)
    header_footer(doc, plan)
    body = doc.element.body
    for p in list(body):
        if p.tag == qn('w:p'):
            body.remove(p)
    items = []
    # title block
    for s, sz in plan['title']:
        p, _, _ = para(s, plan, size=sz, bold=True)
        add_body(doc, p)
    rows = []
    for a, b, c, d in plan['details']:
        rows.append([dict(paras=a, bold=True, shade='E7EEF6'), dict(paras=b), dict(paras=c, bold=True, shade='E7EEF6'), dict(paras=d)])
    t, _ = tbl([2000, 3100, 2000, 3100], rows, plan)
    add_body(doc, t)
    spacer(doc, plan)
    for para_s in plan.get('preamble', []):
        p, _, _ = para(para_s, plan, size=9)
        add_body(doc, p)
    spacer(doc, plan)
    for S in plan['sections']:
        key = S['key']
        if S.get('table') == 'F':
            widths = [LETTER_W, 820, 3500, 1700, 1400, 1000, 1160]
            rws = []
            first = [dict(paras=S['letter'], vm='restart', bold=True, size=14, shade='D6E3F0'),
                     dict(paras=['## ' + S['heading']] + S['intro'], span=6, shade='E7EEF6')]
            rws.append((first, nonitem('F', None)))
            hdr = [dict(vm='continue')] + [dict(paras=h, bold=True, shade='D9D9D9', size=9) for h in
                                           ['Outcome link', 'Provision', 'Staffing', 'Frequency', 'Duration', 'Group']]
            rws.append((hdr, nonitem('F', None)))
            R = S['rows']
            for i, r in enumerate(R):
                if r['kind'] == 'FH':
                    rws.append(([dict(vm='continue'), dict(paras='## ' + r['text'], span=6, shade='F2F2F2', size=9)],
                                nonitem('F', None, 'sub-heading row merged across columns')))
                elif r['kind'] == 'FR':
                    split = i + 1 < len(R) and R[i + 1]['kind'] == 'FS'
                    vm = 'restart' if split else None
                    if r['link'] is not None:
                        nxt = i + 1 < len(R) and R[i + 1]['kind'] in ('FR', 'FS') and (R[i + 1].get('link') is None)
                        link = dict(paras=r['link'], vm='restart' if nxt else None, size=9, bold=True)
                    else:
                        link = dict(vm='continue')

                    def c(v, auto, vmm=None):
                        bang = v.startswith('!')
                        return dict(paras=v[1:] if bang else v, auto=None if bang else auto, vm=vmm, size=9)
                    cells = [dict(vm='continue'), link, c(r['prov'], None, vm), c(r['staff'], 'who'),
                             c(r['freq'], 'frequency'), c(r['dur'], 'duration', vm), c(r['group'], 'group', vm)]
                    rws.append((cells, ('P', r)))
                elif r['kind'] == 'FS':
                    c2 = lambda v, auto: dict(paras=v.lstrip('!'), auto=None if v.startswith('!') else auto, size=9)
                    cells = [dict(vm='continue'), dict(vm='continue'), dict(vm='continue'), c2(r['staff'], 'who'),
                             c2(r['freq'], 'frequency'), dict(vm='continue'), dict(vm='continue')]
                    rws.append((cells, nonitem('F', None, r['note'] or
                                'continuation row of a split provision row: second staffing/frequency line of the item above')))
            t, texts = tbl(widths, [x[0] for x in rws], plan, size=9)
            for (cells, lab), (txt, spans) in zip(rws, texts):
                if isinstance(lab, tuple):
                    r = lab[1]
                    items.append(prov_item('F', txt, spans, r['na'], r['vague'], r['spec'], r['note']))
                else:
                    lab['text'] = txt
                    items.append(lab)
            add_body(doc, t)
            spacer(doc, plan)
            continue
        widths = [LETTER_W, FULL_W - LETTER_W]
        R = list(S['rows'])
        first_paras = ['## ' + S['heading']]
        first_note = None
        if R and isinstance(R[0], (str, list)) or (R and isinstance(R[0], dict) and R[0]['kind'] == 'N'):
            r0 = R.pop(0)
            if isinstance(r0, str):
                first_paras.append(r0)
            elif isinstance(r0, list):
                first_paras += r0
            else:
                first_paras += r0['paras']; first_note = r0.get('note')
        allrows = [([dict(paras=S['letter'], vm='restart' if R else None, bold=True, size=14),
                     dict(paras=first_paras)], nonitem(key, None, first_note))]
        for r in R:
            if isinstance(r, str):
                r = dict(kind='N', paras=[r], note=None)
            elif isinstance(r, list):
                r = dict(kind='N', paras=r, note=None)
            allrows.append(([dict(vm='continue'), dict(paras=r['paras'])], r))
        t, texts = tbl(widths, [x[0] for x in allrows], plan)
        # letter cell shading
        for tr in t.findall(qn('w:tr')):
            tc = tr.find(qn('w:tc'))
            tcpr = tc.find(qn('w:tcPr'))
            tcpr.append(E('w:shd', val='clear', color='auto', fill='D6E3F0'))
        if key in ('E', 'G', 'H1', 'H2'):
            for (cells, r), (txt, spans) in zip(allrows, texts):
                if r.get('kind') == 'O':
                    items.append(out_item(txt, spans, r['prov'], r['spec'], r['asp'], r['note']))
                elif r.get('kind') == 'V':
                    items.append(prov_item(key, txt, spans, r['na'], r['vague'], r['spec'], r['note']))
                else:
                    assert not spans, (txt, spans)
                    items.append(nonitem(key, txt, r.get('note')))
        add_body(doc, t)
        spacer(doc, plan)
    # sign-off table
    if plan.get('signoff'):
        rows = [[dict(paras=a, bold=True, shade='E7EEF6'), dict(paras=b)] for a, b in plan['signoff']]
        t, _ = tbl([3400, 6800], rows, plan)
        add_body(doc, t)
    spacer(doc, plan)
    notes = NOTES_DRAFT if plan['status'] == 'draft' else NOTES_FINAL
    rows = [[dict(paras='Notes', bold=True, shade='E7EEF6'), dict(paras=NOTES_COMMON + notes, size=9)]]
    t, _ = tbl([1600, 8600], rows, plan)
    add_body(doc, t)
    for it in items:
        if it.get('text') is None:
            raise SystemExit('missing text')
    fn = os.path.join(OUT, plan['file'] + '.docx')
    doc.save(fn)
    return fn, items


NOTES_COMMON = [
    'About this plan. An Education, Health and Care plan is a legal document. Westbrook Borough Council must make sure that the '
    'special educational provision in Section F is delivered, and the health commissioner must arrange the health provision in '
    'Section G. Social care provision in Section H is arranged by the council\'s children\'s or adult social care services. '
    'The plan must be reviewed at least every 12 months, and can be reviewed earlier if needs change.',
    'Preparing for Adulthood. From Year 9 onwards every review looks at four areas: employment and further learning, independent '
    'living, friends, relationships and community, and good health. For young people over 18, the plan continues while the young '
    'person is in education or training and still needs it, up to the end of the academic year in which they turn 25.',
    'Help and advice. Free, impartial help is available from Westbrook SEND Information, Advice and Support Service (SENDIASS), '
    'telephone 01632 960 414, and from the Westbrook Local Offer website. Your EHC Coordinator is your first point of contact.',
]
NOTES_DRAFT = [
    'This is a draft plan. You have 15 calendar days from the date of issue to comment on it, to ask for a meeting and to ask for '
    'a particular school, college or other institution to be named in Section I. Section I is left blank in a draft. After the '
    'final plan is issued you may ask for mediation and may appeal to the First-tier Tribunal (Special Educational Needs and '
    'Disability) about Sections B, F and I.',
]
NOTES_FINAL = [
    'This is a final plan. If you disagree with Sections B, F or I you can appeal to the First-tier Tribunal (Special Educational '
    'Needs and Disability) within two months of the date of issue, or one month from the date of a mediation certificate if '
    'that is later. You must consider mediation before appealing, except about Section I alone. The Tribunal can also make '
    'non-binding recommendations about health and social care sections.',
]


def extract_words(fn):
    from check import extract
    return len(extract(fn).split())


def load_plans(only=None):
    sys.path.insert(0, HERE)
    plans = []
    for f in sorted(glob.glob(os.path.join(HERE, 'plans', 'wb*.py'))):
        name = os.path.basename(f)[:-3]
        if only and name not in only:
            continue
        spec = importlib.util.spec_from_file_location(name, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        plans.append(m.PLAN)
    return plans


def main():
    only = sys.argv[1:]
    os.makedirs(OUT, exist_ok=True)
    mpath = os.path.join(HERE, 'manifest.json')
    old = {}
    if only and os.path.exists(mpath):
        old = {p['id']: p for p in json.load(open(mpath))['plans']}
    from check import extract
    from pypdf import PdfReader
    for plan in load_plans(only):
        print('building', plan['id'])
        fn, items = build(plan)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, fn],
                       check=True, capture_output=True)
        pdf = fn[:-5] + '.pdf'
        pages = len(PdfReader(pdf).pages)
        text = extract(fn)
        entry = dict(id=plan['id'], files=dict(docx='out/' + os.path.basename(fn), pdf='out/' + os.path.basename(pdf)),
                     target_grade=plan['target_grade'], rationale=plan['rationale'], layout=plan['layout'],
                     child_name=plan['child'], plan_date=plan['plan_date'], age=plan['age'], status=plan['status'],
                     words=len([w for w in text.split() if any(ch.isalnum() for ch in w)]), pages=pages,
                     sections_present=[dict(key=S['key'], heading=S['heading'], status=S['status'])
                                       for S in plan['sections']],
                     sections_missing=plan.get('missing', []), faults=[{k: v for k, v in f.items() if k != 'token'} for f in plan['faults']], items=items)
        flat = ' '.join(text.split())
        for f in plan['faults']:
            if f['sentence'] not in flat:
                print('   !! fault sentence not found:', f['sentence'][:70])
            if f.get('token'):
                n = flat.count(f['token']); m = sum(1 for g in plan['faults'] if g.get('token') == f['token'])
                if n != m:
                    print('   !! token count mismatch', f['token'], n, m)
        old[plan['id']] = entry
        print(f"   words={entry['words']} pages={pages} items={len(items)} prov={sum(1 for i in items if i['item'] and i['section']!='E')} outcomes={sum(1 for i in items if i['item'] and i['section']=='E')}")
    plans = [old[k] for k in sorted(old)]
    json.dump(dict(author='westbrook', plans=plans), open(mpath, 'w'), indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
