"""Northmoor County Council EHC plan house template: source model + DOCX writer.

Plan sources (src/nmXX.py) define PLAN using the helpers below. Tracked changes are written
inline in source text as {+inserted text+} and {-deleted text-}; they become w:ins / w:del
runs by "SEN Team Manager" in the DOCX. Labels use the accepted-view text (insertions kept,
deletions dropped), which is what the extraction rule gives.
"""
import re, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TC_RE = re.compile(r"(\{\+.*?\+\}|\{-.*?-\})", re.S)


def clean(s):
    """Accepted-view text: keep insertions, drop deletions, collapse whitespace."""
    s = re.sub(r"\{-.*?-\}", "", s, flags=re.S)
    s = re.sub(r"\{\+(.*?)\+\}", r"\1", s, flags=re.S)
    return re.sub(r"\s+", " ", s).strip()


def _L(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [x]
    return list(x)


# ---------------------------------------------------------------- source helpers
class P:  # narrative paragraph
    def __init__(self, text, style=None):
        self.text, self.style = text, style

def H2(text):
    return P(text, "Heading 2")

def B(text):  # bullet
    return P(text, "List Bullet")


class O:
    """An outcome line in E. s=subject, b=behaviour, c=criterion, t=time (strings or lists)."""
    def __init__(self, text, s=None, b=None, c=None, t=None, prov=False, asp=False, note=None, style=None):
        self.text, self.style = text, style
        self.s, self.b, self.c, self.t = _L(s), _L(b), _L(c), _L(t)
        self.prov, self.asp, self.note = prov, asp, note

    def label(self, section):
        text = clean(self.text)
        if self.asp:
            sp = dict(subject=[], behaviour=[], criterion=[], time=[])
        elif self.prov:
            sp = dict(subject=[], behaviour=[], criterion=[], time=self.t)
        else:
            sp = dict(subject=self.s, behaviour=self.b, criterion=self.c, time=self.t)
        spec = bool(sp["subject"]) and bool(sp["behaviour"])
        meas = bool(sp["criterion"])
        tb = bool(sp["time"])
        d = dict(section=section, text=text, item=True, smart=spec and meas and tb and not self.prov,
                 specific=spec, measurable=meas, time_bound=tb,
                 is_provision_not_outcome=bool(self.prov), spans=sp, note=self.note)
        return d


VAGUE_FREQ = re.compile(r"regular|as needed|as required|when needed|ongoing|up to|where possible|as appropriate|"
                        r"when required|frequent|at times|if needed|tbc|flexib|as and when|when available|periodic", re.I)
VAGUE_DUR = re.compile(r"\d\s*[-–]\s*\d|up to|at least|as needed|as required|tbc|flexib|varies", re.I)
VAGUE_WHO = {"school staff", "staff", "an adult", "the setting", "school", "key adult", "adults", "tbc",
             "school/staff", "setting", "all staff", "class staff", "the school", ""}
BAD_GROUP = re.compile(r"^(small group|as appropriate|n/a|tbc|varies|group|-|)$", re.I)


class R:
    """A provision row. fd = custom 'Frequency and duration' cell (then give f/d spans explicitly)."""
    def __init__(self, prov, who, freq="", dur="", grp="", fd=None, what=None, who_s=None, f=None, d=None,
                 g=None, review=None, nodur=False, nogroup=None, vague=False, spec=None, note=None):
        self.prov, self.who, self.grp = prov, who, grp
        if fd is None:
            fd = ", ".join(x for x in (freq, dur) if x)
        self.fd = fd
        cp, cw, cf = clean(prov), clean(who), clean(freq)
        cd = clean(dur)
        self.what = [cp] if what is None else _L(what)
        if who_s is None:
            who_s = [] if cw.lower() in VAGUE_WHO else [cw]
        self.who_s = _L(who_s)
        if f is None:
            f = [cf] if cf and not VAGUE_FREQ.search(cf) else []
        self.f = _L(f)
        if d is None:
            d = [cd] if cd and not VAGUE_DUR.search(cd) and not VAGUE_FREQ.search(cd) else []
        self.d = _L(d)
        cg = clean(grp)
        if g is None:
            g = [] if BAD_GROUP.match(cg) else [cg]
        self.g = _L(g)
        self.review = _L(review)
        self.nodur = nodur
        self.nogroup = (cg.upper() == "N/A") if nogroup is None else nogroup
        self.vague, self.spec, self.note = vague, spec, note

    def label(self, section, text):
        sp = dict(what=self.what, who=self.who_s, frequency=self.f, duration=self.d, group=self.g,
                  review=self.review)
        for k, v in sp.items():
            for x in v:
                assert x in text, (k, x, text)
        spec = self.spec
        if spec is None:
            spec = (bool(self.what) and bool(self.who_s) and bool(self.f) and (bool(self.d) or self.nodur)
                    and (bool(self.g) or self.nogroup) and not self.vague)
        return dict(section=section, text=text, item=True, specific=bool(spec), has_what=bool(self.what),
                    has_who=bool(self.who_s), has_frequency=bool(self.f), has_duration=bool(self.d),
                    has_group_size=bool(self.g), spans=sp, note=self.note)


class T:
    """Provision table: title row spanning all columns, header row, then groups (need, [R...])."""
    COLS = ["Need", "Provision", "Delivered by", "Frequency and duration", "Group size"]

    def __init__(self, title, groups, cols=None):
        self.title, self.groups = title, groups
        self.cols = cols or self.COLS


class KV:  # simple table of rows (lists of cell strings); not labelled unless inside E-H
    def __init__(self, rows, header=True, widths=None):
        self.rows, self.header, self.widths = rows, header, widths


# ---------------------------------------------------------------- DOCX writing
_rid = [100]
TC_DATE = "2026-01-01T09:00:00Z"


def add_text(par, text, bold=False, italic=False, size=None):
    for seg in TC_RE.split(text):
        if not seg:
            continue
        if seg.startswith("{+") or seg.startswith("{-"):
            ins = seg.startswith("{+")
            inner = seg[2:-2]
            el = OxmlElement("w:ins" if ins else "w:del")
            _rid[0] += 1
            el.set(qn("w:id"), str(_rid[0]))
            el.set(qn("w:author"), "SEN Team Manager")
            el.set(qn("w:date"), TC_DATE)
            r = OxmlElement("w:r")
            if bold:
                rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
            t = OxmlElement("w:t" if ins else "w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = inner
            r.append(t)
            el.append(r)
            par._p.append(el)
        else:
            run = par.add_run(seg)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)


def _field(par, instr):
    def fc(t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); return r
    par._p.append(fc("begin"))
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "; r.append(it); par._p.append(r)
    par._p.append(fc("separate"))
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); par._p.append(r)
    par._p.append(fc("end"))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def set_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    add_text(p, text, bold=bold, size=size)


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for tr in table._tbl.tr_lst:
        tcs = tr.tc_lst
        if len(tcs) != len(widths):
            continue
        for tc, w in zip(tcs, widths):
            tc.width = Cm(w)


def row_text_parts(r, need_text=None):
    parts = ([need_text] if need_text is not None else []) + [r.prov, r.who, r.fd, r.grp]
    return " | ".join(clean(x) for x in parts)


def write_table_T(doc, t):
    nrows = 2 + sum(len(rows) for _, rows in t.groups)
    table = doc.add_table(rows=nrows, cols=5)
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, 4))
    set_cell(title, t.title, bold=True, size=10.5)
    shade(title, "1F4E79")
    for run in title.paragraphs[0].runs:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, c in enumerate(t.cols):
        set_cell(table.cell(1, i), c, bold=True)
        shade(table.cell(1, i), "D9E2F3")
    r_i = 2
    for need, rows in t.groups:
        start = r_i
        for row in rows:
            set_cell(table.cell(r_i, 1), row.prov)
            set_cell(table.cell(r_i, 2), row.who)
            set_cell(table.cell(r_i, 3), row.fd)
            set_cell(table.cell(r_i, 4), row.grp)
            r_i += 1
        top = table.cell(start, 0)
        if r_i - 1 > start:
            top = top.merge(table.cell(r_i - 1, 0))
        set_cell(top, need)
    set_widths(table, [3.4, 6.2, 2.8, 2.6, 2.3])
    doc.add_paragraph()


def write_kv(doc, kv):
    ncols = max(len(r) for r in kv.rows)
    table = doc.add_table(rows=len(kv.rows), cols=ncols)
    table.style = "Table Grid"
    for i, row in enumerate(kv.rows):
        for j, c in enumerate(row):
            set_cell(table.cell(i, j), c, bold=(kv.header and i == 0) or (ncols == 2 and j == 0 and not kv.header))
            if (kv.header and i == 0) or (ncols == 2 and j == 0 and not kv.header):
                shade(table.cell(i, j), "D9E2F3")
    if kv.widths:
        set_widths(table, kv.widths)
    doc.add_paragraph()


def t_labels(section, t):
    out = [dict(section=section, text=clean(t.title), item=False),
           dict(section=section, text=" | ".join(t.cols), item=False)]
    for need, rows in t.groups:
        for k, row in enumerate(rows):
            text = row_text_parts(row, need if k == 0 else None)
            out.append(row.label(section, text))
    return out


LABELLED = ("E", "F", "G", "H1", "H2")


def build_docx(plan, path):
    global TC_DATE
    TC_DATE = plan.get("tc_date", plan["plan_date"] + "T10:15:00Z")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(10.5)
    for sname, sz in (("Heading 1", 14), ("Heading 2", 12), ("Title", 20)):
        s = doc.styles[sname]; s.font.name = "Arial"; s.font.size = Pt(sz); s.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Northmoor County Council\tOFFICIAL – SENSITIVE"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(f"{plan['child']} – Education, Health and Care Plan\tPage "); r.font.size = Pt(9)
    _field(fp, "PAGE")
    r = fp.add_run(" of "); r.font.size = Pt(9)
    _field(fp, "NUMPAGES")

    doc.add_paragraph("Education, Health and Care Plan", style="Title")
    sub = doc.add_paragraph()
    add_text(sub, plan.get("subtitle", "Northmoor County Council – SEND Assessment and Planning Team"), bold=True)
    write_kv(doc, KV(plan["cover"], header=False, widths=[5.5, 11.5]))
    for para in intro_text(plan):
        add_text(doc.add_paragraph(), para)
    if plan.get("contacts"):
        doc.add_paragraph("Key contacts", style="Heading 2")
        write_kv(doc, KV([["Name", "Role", "Contact"]] + plan["contacts"], widths=[5, 6.5, 5.5]))
    items = []
    for key, heading, blocks in plan["sections"]:
        doc.add_paragraph(heading, style="Heading 1")
        for b in blocks:
            if isinstance(b, T):
                write_table_T(doc, b)
                if key in LABELLED:
                    items += t_labels(key, b)
            elif isinstance(b, KV):
                write_kv(doc, b)
                if key in LABELLED:
                    for row in b.rows:
                        items.append(dict(section=key, text=" | ".join(clean(c) for c in row), item=False))
            elif isinstance(b, (P, O, PR)):
                p = doc.add_paragraph(style=b.style) if b.style else doc.add_paragraph()
                add_text(p, b.text, bold=(b.style is None and getattr(b, "bold", False)))
                if key in LABELLED:
                    if isinstance(b, (O, PR)):
                        items.append(b.label(key))
                    else:
                        items.append(dict(section=key, text=clean(b.text), item=False))
            elif isinstance(b, str):
                p = doc.add_paragraph()
                add_text(p, b)
                if key in LABELLED:
                    items.append(dict(section=key, text=clean(b), item=False))
            else:
                raise TypeError(b)
    doc.add_paragraph("Review of this plan and your rights", style="Heading 2")
    for para in closing_text(plan):
        add_text(doc.add_paragraph(), para)
    doc.save(path)
    return items


HEAD = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health needs related to special educational needs",
    "D": "Section D – Social care needs related to special educational needs or disability",
    "E": "Section E – Outcomes",
    "F": "Section F – Special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}


def cover(name, dob_text, nhs, upn, plan_date_text, status, caseworker, school=None, extra=()):
    rows = [["Name", name], ["Date of birth", dob_text], ["NHS number", nhs], ["Unique pupil number (UPN)", upn],
            ["Date of plan", plan_date_text], ["Plan status", status], ["SEND caseworker", caseworker]]
    if school:
        rows.insert(5, ["Current setting", school])
    rows += [list(r) for r in extra]
    return rows


DRAFT_I = ("This is a draft plan. The name and type of school or other institution will be entered in the final "
           "plan, after parents have expressed a preference and the schools named have been consulted.")


def intro_text(plan):
    first = plan["child"].split()[0]
    out = [("This Education, Health and Care (EHC) plan sets out " + first + "'s needs, the outcomes sought for " + first +
            " and the education, health and social care provision that will be made to meet those needs. It is written by "
            "Northmoor County Council under section 37 of the Children and Families Act 2014 and the Special Educational "
            "Needs and Disability Regulations 2014. The provision in Section F must be secured by the local authority; the "
            "health provision in Section G is arranged by the Northmoor Integrated Care Board (ICB).")]
    if plan["status"] == "draft":
        out.append("This is a DRAFT plan. It is sent to the child's parents, who have 15 days to comment on its content, to "
                   "ask for a meeting with the caseworker and to tell us which school or setting they would like named in "
                   "Section I. Provision in a draft plan does not have to be made until the final plan is issued.")
    return out


def closing_text(plan):
    out = ["This plan will be reviewed at least every 12 months at an annual review meeting arranged by the school or "
           "setting, to which the parents, the child and the professionals involved will be invited. The plan may be "
           "reviewed earlier if needs change. Progress towards the outcomes in Section E will be considered at each review.",
           "If you disagree with the special educational needs, special educational provision or placement in this plan "
           "(Sections B, F and I), you can ask for mediation and you have the right to appeal to the First-tier Tribunal "
           "(Special Educational Needs and Disability) within two months of the date of the final plan. Northmoor SENDIASS "
           "(SEND Information, Advice and Support Service) can give free, impartial advice on 01632 960 418."]
    if plan["status"] == "final":
        out.append("Signed on behalf of Northmoor County Council: " + dict(map(tuple, plan["cover"]))["SEND caseworker"].split(",")[0] + ", " +
                   plan["cover"][[r[0] for r in plan["cover"]].index("Date of plan")][1] + ".")
    return out


class PR:
    """A provision item written as a plain paragraph (in G/H or F)."""
    def __init__(self, text, what=None, who=None, f=None, d=None, g=None, spec=False, note=None):
        self.text, self.style = text, None
        self.sp = dict(what=_L(what), who=_L(who), frequency=_L(f), duration=_L(d), group=_L(g), review=[])
        self.spec, self.note = spec, note

    def label(self, section):
        text = clean(self.text)
        for v in self.sp.values():
            for x in v:
                assert x in text, x
        return dict(section=section, text=text, item=True, specific=bool(self.spec), has_what=bool(self.sp["what"]),
                    has_who=bool(self.sp["who"]), has_frequency=bool(self.sp["frequency"]),
                    has_duration=bool(self.sp["duration"]), has_group_size=bool(self.sp["group"]), spans=self.sp,
                    note=self.note)
