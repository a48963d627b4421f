"""Westbrook plan source DSL.

Inline markup inside any paragraph string:
  [[w:...]] what  [[who:...]] who  [[f:...]] frequency  [[d:...]] duration  [[g:...]] group  [[r:...]] review
  [[s:...]] subject  [[b:...]] behaviour  [[c:...]] criterion  [[t:...]] time      (outcomes)
  {+...+} tracked insertion   {-...-} tracked deletion
  <<YYYY-MM-DD|display>> date content control (w:sdt date picker)
  A paragraph starting with '## ' is a bold sub-heading.
"""
import re

TAGS = {'w': 'what', 'who': 'who', 'f': 'frequency', 'd': 'duration', 'g': 'group', 'r': 'review',
        's': 'subject', 'b': 'behaviour', 'c': 'criterion', 't': 'time'}
PROV_KEYS = ['what', 'who', 'frequency', 'duration', 'group', 'review']
OUT_KEYS = ['subject', 'behaviour', 'criterion', 'time']


def ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def parse(s):
    """-> (segments [(text, mode, date)], visible_text, spans {name: [str]}, bold)"""
    bold = False
    if s.startswith('## '):
        bold, s = True, s[3:]
    segs, vis, spans, stack = [], [], {}, []
    mode, buf, i = 'n', '', 0

    def flush():
        nonlocal buf
        if buf:
            segs.append((buf, mode, None))
            buf = ''
    while i < len(s):
        if s.startswith('[[', i):
            j = s.index(':', i)
            tag = s[i + 2:j]
            assert tag in TAGS, (tag, s)
            stack.append((TAGS[tag], len(''.join(vis))))
            i = j + 1
            continue
        if s.startswith(']]', i) and stack:
            name, start = stack.pop()
            spans.setdefault(name, []).append(''.join(vis)[start:])
            i += 2
            continue
        if s.startswith('{+', i) or s.startswith('{-', i):
            flush(); mode = 'ins' if s[i + 1] == '+' else 'del'; i += 2; continue
        if (s.startswith('+}', i) and mode == 'ins') or (s.startswith('-}', i) and mode == 'del'):
            flush(); mode = 'n'; i += 2; continue
        if s.startswith('<<', i):
            flush()
            j = s.index('>>', i)
            iso, disp = s[i + 2:j].split('|')
            segs.append((disp, mode, iso))
            vis.append(disp)
            i = j + 2
            continue
        buf += s[i]
        if mode != 'del':
            vis.append(s[i])
        i += 1
    flush()
    assert not stack, s
    return segs, ''.join(vis), {k: [ws(x) for x in v] for k, v in spans.items()}, bold


# ---------- row constructors ----------
def N(*paras, note=None):
    """non-item row (framing, nil statement, sub-heading...)"""
    return dict(kind='N', paras=list(paras), note=note)


def O(text, prov=False, spec=None, asp=False, note=None, more=()):
    """outcome row; more = extra paragraphs in the same cell"""
    return dict(kind='O', paras=[text, *more], prov=prov, spec=spec, asp=asp, note=note)


def V(text, na='', vague=False, spec=None, note=None, more=()):
    """provision row in a two-column section (G, H1, H2)"""
    return dict(kind='V', paras=[text, *more], na=na, vague=vague, spec=spec, note=note)


def FH(text):
    return dict(kind='FH', text=text)


def FR(link, prov, staff, freq, dur, group, na='', vague=False, spec=None, note=None):
    return dict(kind='FR', link=link, prov=prov, staff=staff, freq=freq, dur=dur, group=group,
                na=na, vague=vague, spec=spec, note=note)


def FS(staff, freq, note=None):
    return dict(kind='FS', staff=staff, freq=freq, note=note)


def sec(key, heading, *rows, status='content', letter=None):
    return dict(key=key, heading=heading, rows=list(rows), status=status, letter=letter or key)


def fsec(heading, intro, *rows, status='content'):
    return dict(key='F', heading=heading, intro=list(intro), rows=list(rows), status=status, letter='F', table='F')
