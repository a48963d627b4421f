"""Riverton MBC EHC plan builder: source model, DOCX writer (python-docx + lxml),
reportlab PDF writer, text extraction and manifest labelling."""
import re, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

VAGUE_VALUES = {"tbc", "as required", "as needed", "as appropriate", "when needed", "ongoing",
                "regular", "regularly", "as and when", "flexible", "to be agreed", "varies", ""}

NEW_HEADINGS = {
    "A": "Part 1: About me and my family (Section A)",
    "B": "Part 2: My special educational needs (Section B)",
    "C": "Part 3: My health needs (Section C)",
    "D": "Part 4: My social care needs (Section D)",
    "E": "Part 5: My outcomes (Section E)",
    "F": "Part 6: My special educational provision (Section F)",
    "G": "Part 7: My health provision (Section G)",
    "H1": "Part 8: My social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)",
    "H2": "Part 9: My other social care provision (Section H2)",
    "I": "Part 10: My setting or school (Section I)",
    "J": "Part 11: Personal budget (Section J)",
    "K": "Part 12: Advice and information (Section K)",
}
OLD_HEADINGS = {
    "A": "Part 1: Views, Interests and Aspirations",
    "B": "Part 2: Special Educational Needs",
    "C": "Part 3: Health Needs",
    "D": "Part 4: Social Care Needs",
    "E": "Part 5: Outcomes",
    "F": "Part 6: Special Educational Provision",
    "G": "Part 7: Health Provision",
    "H1": "Part 8: Social Care Provision (Section 2 CSDPA 1970)",
    "H2": "Part 9: Other Social Care Provision",
    "I": "Part 10: Placement",
    "J": "Part 11: Personal Budget",
    "K": "Part 12: Advice and Information",
}
OLD_MAPPING = ("This plan follows the Riverton EHC plan template. The parts of this plan correspond to the "
               "sections set out in the SEND Regulations 2014 as follows: Part 1 is Section A, Part 2 is "
               "Section B, Part 3 is Section C, Part 4 is Section D, Part 5 is Section E, Part 6 is Section F, "
               "Part 7 is Section G, Part 8 is Section H1, Part 9 is Section H2, Part 10 is Section I, "
               "Part 11 is Section J and Part 12 is Section K.")

# ---------------------------------------------------------------- source helpers
def part(key, status="content", heading=None):
    return {"t": "part", "key": key, "status": status, "heading": heading}

def p(text, bullet=False):
    return {"t": "p", "text": text, "bullet": bullet}

def sh(text):
    return {"t": "sh", "text": text}

def table(rows, header=True):
    return {"t": "table", "rows": rows, "header": header}

def ins(before, inserted, after="", deleted=None):
    """paragraph with a tracked insertion (and optional tracked deletion)"""
    return {"t": "ins", "before": before, "inserted": inserted, "after": after, "deleted": deleted}

FIELD_KEYS = {"Provision": "what", "Frequency": "frequency", "Duration": "duration",
              "Group size": "group", "Delivered by": "who", "Review": "review"}

def prov(what, f=None, d=None, g=None, by=None, r=None, sp=None, nd=False, ng=False,
         vague=False, spec=None, note=None, order=("Provision", "Frequency", "Duration", "Group size",
                                                  "Delivered by", "Review"), extra=None):
    """A field-per-line provision block. Fields left None are omitted from the document.
    Spans are derived from field values unless the value is vague/TBC; sp overrides per slot."""
    vals = {"Provision": what, "Frequency": f, "Duration": d, "Group size": g,
            "Delivered by": by, "Review": r}
    lines = []
    for k in order:
        if vals.get(k) is not None:
            lines.append(f"{k}: {vals[k]}")
    if extra:
        lines.extend(extra)
    spans = {"what": [], "who": [], "frequency": [], "duration": [], "group": [], "review": []}
    for k, slot in FIELD_KEYS.items():
        v = vals.get(k)
        if v is not None and v.strip().lower().rstrip(".") not in VAGUE_VALUES:
            spans[slot] = [v]
    if sp:
        for k, v in sp.items():
            spans[k] = v if isinstance(v, list) else [v]
    return {"t": "prov", "lines": lines, "spans": spans, "nd": nd, "ng": ng, "vague": vague,
            "spec": spec, "note": note}

def out(label, text, subj=None, beh=None, crit=None, time=None, provision=False, spec=None, note=None):
    full = f"{label}: {text}"
    def L(x):
        if x is None: return []
        return x if isinstance(x, list) else [x]
    spans = {"subject": L(subj), "behaviour": L(beh), "criterion": L(crit), "time": L(time)}
    return {"t": "out", "text": full, "spans": spans, "provision": provision, "spec": spec, "note": note}

def asp(text):
    """aspiration or other non-outcome line in E"""
    return {"t": "p", "text": text, "bullet": False}

# ---------------------------------------------------------------- labelling
ITEM_SECTIONS = {"E", "F", "G", "H1", "H2"}

def block_text(b):
    if b["t"] in ("p", "sh"):
        return b["text"]
    if b["t"] == "prov":
        return " ".join(b["lines"])
    if b["t"] == "out":
        return b["text"]
    if b["t"] == "table":
        return None
    raise ValueError(b)

def label_items(plan):
    items = []
    sec = None
    for b in plan["blocks"]:
        if b["t"] == "part":
            sec = b["key"]
            continue
        if sec not in ITEM_SECTIONS:
            continue
        if b["t"] == "table":
            for row in b["rows"]:
                items.append({"section": sec, "text": " | ".join(row), "item": False, "note": None})
            continue
        if b["t"] == "blank":
            continue
        text = block_text(b)
        if b["t"] == "prov":
            s = b["spans"]
            for k, v in s.items():
                for x in v:
                    assert x in text, (plan["id"], k, x, text)
            hw, hwho, hf, hd, hg = (bool(s[k]) for k in ("what", "who", "frequency", "duration", "group"))
            spec = hw and hwho and hf and (hd or b["nd"]) and (hg or b["ng"]) and not b["vague"]
            if b["spec"] is not None:
                spec = b["spec"]
            items.append({"section": sec, "text": text, "item": True, "specific": spec,
                          "has_what": hw, "has_who": hwho, "has_frequency": hf, "has_duration": hd,
                          "has_group_size": hg, "spans": s, "note": b["note"]})
        elif b["t"] == "out":
            s = b["spans"]
            for k, v in s.items():
                for x in v:
                    assert x in text, (plan["id"], k, x, text)
            if b["provision"]:
                spec = False; meas = False
            else:
                spec = bool(s["subject"] and s["behaviour"])
                if b["spec"] is not None:
                    spec = b["spec"]
                meas = bool(s["criterion"])
            tb = bool(s["time"])
            items.append({"section": sec, "text": text, "item": True,
                          "smart": spec and meas and tb and not b["provision"],
                          "specific": spec, "measurable": meas, "time_bound": tb,
                          "is_provision_not_outcome": b["provision"], "spans": s, "note": b["note"]})
        else:
            items.append({"section": sec, "text": text, "item": False, "note": None})
    return items

# ---------------------------------------------------------------- DOCX
def _set_cell_text(cell, text, bold=False):
    cell.text = ""
    para = cell.paragraphs[0]
    r = para.add_run(text)
    r.bold = bold

def _sdt_inline(paragraph, tag, value):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag.lower().replace(" ", "_"))
    lock = OxmlElement("w:lock"); lock.set(qn("w:val"), "sdtLocked")
    txt = OxmlElement("w:text")
    pr.extend([alias, t, lock, txt])
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    wt = OxmlElement("w:t"); wt.text = value
    wt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(wt)
    content.append(r)
    sdt.extend([pr, content])
    paragraph._p.append(sdt)

def _tracked(paragraph, kind, text, rid):
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(rid)); el.set(qn("w:author"), "Riverton SEND Team")
    el.set(qn("w:date"), "2025-01-01T10:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t"); t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t); el.append(r)
    paragraph._p.append(el)

def _footer(doc, text):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text + " | Page ")
    r.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); fld.append(rr)
    fp._p.append(fld)

def build_docx(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    hd = doc.add_paragraph(); r = hd.add_run("Riverton Metropolitan Borough Council"); r.bold = True; r.font.size = Pt(14)
    hd2 = doc.add_paragraph(); r = hd2.add_run("SEND Assessment and Review Service"); r.font.size = Pt(10)
    tp = doc.add_paragraph(); r = tp.add_run("Education, Health and Care Plan"); r.bold = True; r.font.size = Pt(18)
    if plan["status"] == "draft":
        dp = doc.add_paragraph(); r = dp.add_run(plan.get("draft_banner", "DRAFT PLAN - NOT FOR ISSUE AS FINAL")); r.bold = True
        r.font.color.rgb = RGBColor(0xC0, 0, 0)
    # cover fields as content controls
    for label, tag, val in plan["cover"]:
        para = doc.add_paragraph()
        rr = para.add_run(label + ": "); rr.bold = True
        _sdt_inline(para, tag, val)
    rid = 100
    for b in plan["blocks"]:
        t = b["t"]
        if t == "part":
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(14)
            rr = para.add_run(b["heading"]); rr.bold = True; rr.font.size = Pt(13)
        elif t == "sh":
            para = doc.add_paragraph(); para.paragraph_format.space_before = Pt(8)
            rr = para.add_run(b["text"]); rr.bold = True
        elif t == "p":
            para = doc.add_paragraph()
            txt = b["text"]
            if b.get("bullet"):
                para.paragraph_format.left_indent = Cm(0.6)
            para.add_run(txt)
        elif t == "ins":
            para = doc.add_paragraph()
            para.add_run(b["before"])
            if b["deleted"]:
                rid += 1; _tracked(para, "del", b["deleted"], rid)
            rid += 1; _tracked(para, "ins", b["inserted"], rid)
            if b["after"]:
                para.add_run(b["after"])
        elif t == "prov":
            for ln in b["lines"]:
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(0)
                k, _, v = ln.partition(": ")
                rr = para.add_run(k + ": "); rr.bold = True
                para.add_run(v)
            doc.add_paragraph()
        elif t == "out":
            para = doc.add_paragraph()
            k, _, v = b["text"].partition(": ")
            rr = para.add_run(k + ": "); rr.bold = True
            para.add_run(v)
        elif t == "table":
            rows = b["rows"]
            ncol = len(rows[0])
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    _set_cell_text(tb.rows[i].cells[j], c, bold=(b["header"] and i == 0))
            doc.add_paragraph()
        else:
            raise ValueError(t)
    _footer(doc, f"Riverton MBC EHC Plan - {plan['child_name']} - {plan['status'].upper()} - OFFICIAL-SENSITIVE")
    doc.save(path)

# ---------------------------------------------------------------- extraction (as the brief specifies)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def _para_text(p):
    out = []
    for el in p.iter():
        if el.tag in (W + "t",):
            anc = el.getparent()
            skip = False
            while anc is not None and anc is not p:
                if anc.tag == W + "del":
                    skip = True; break
                anc = anc.getparent()
            if not skip:
                out.append(el.text or "")
        elif el.tag in (W + "tab", W + "br"):
            out.append(" ")
    return "".join(out)

def _body_blocks(el, acc):
    for ch in el:
        if ch.tag == W + "p":
            acc.append(_para_text(ch))
        elif ch.tag == W + "tbl":
            for tr in ch.iter(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    vm = tc.find(W + "tcPr/" + W + "vMerge")
                    if vm is not None and vm.get(W + "val") in (None, "continue"):
                        continue
                    cells.append(" ".join(_para_text(pp) for pp in tc.iter(W + "p")))
                acc.append(" | ".join(cells))
        elif ch.tag == W + "sdt":
            c = ch.find(W + "sdtContent")
            if c is not None:
                _body_blocks(c, acc)

def extract_docx(path):
    d = Document(path)
    acc = []
    _body_blocks(d.element.body, acc)
    return acc

def collapse(s):
    return re.sub(r"\s+", " ", s).strip()

# ---------------------------------------------------------------- PDF (reportlab, from sources)
def build_pdf(plan, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
    field = ParagraphStyle("f", parent=body, spaceAfter=0)
    bold = ParagraphStyle("sh", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
    parth = ParagraphStyle("ph", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=12, spaceAfter=6)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
    cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)
    E = lambda s: escape(s)
    story = [Paragraph("<b>Riverton Metropolitan Borough Council</b>", body),
             Paragraph("SEND Assessment and Review Service", body),
             Paragraph("Education, Health and Care Plan", title)]
    if plan["status"] == "draft":
        story.append(Paragraph('<font color="#c00000"><b>%s</b></font>' % E(plan.get("draft_banner", "DRAFT PLAN - NOT FOR ISSUE AS FINAL")), body))
    for label, tag, val in plan["cover"]:
        story.append(Paragraph("<b>%s:</b> %s" % (E(label), E(val)), field))
    story.append(Spacer(1, 6))
    for b in plan["blocks"]:
        t = b["t"]
        if t == "part":
            story.append(Paragraph(E(b["heading"]), parth))
        elif t == "sh":
            story.append(Paragraph(E(b["text"]), bold))
        elif t == "p":
            st = ParagraphStyle("bl", parent=body, leftIndent=14) if b.get("bullet") else body
            story.append(Paragraph(E(b["text"]), st))
        elif t == "ins":
            story.append(Paragraph(E(b["before"] + b["inserted"] + b["after"]), body))
        elif t == "prov":
            for ln in b["lines"]:
                k, _, v = ln.partition(": ")
                story.append(Paragraph("<b>%s:</b> %s" % (E(k), E(v)), field))
            story.append(Spacer(1, 8))
        elif t == "out":
            k, _, v = b["text"].partition(": ")
            story.append(Paragraph("<b>%s:</b> %s" % (E(k), E(v)), body))
        elif t == "table":
            rows = [[Paragraph(("<b>%s</b>" if (b["header"] and i == 0) else "%s") % E(c), cell) for c in row]
                    for i, row in enumerate(b["rows"])]
            ncol = len(rows[0])
            tb = Table(rows, colWidths=[(17.0 / ncol) * cm] * ncol)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb); story.append(Spacer(1, 8))
    foot = f"Riverton MBC | EHC Plan | {plan['child_name']} | {plan['status'].upper()} | {plan['plan_date_text']}"
    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, 1.2 * cm, foot)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % doc.page)
        canv.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title=f"EHC Plan - {plan['child_name']}", author="Riverton MBC")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
