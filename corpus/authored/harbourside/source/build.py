#!/work/authoring/.venv/bin/python
"""Build Harbourside City Council EHC plans from src/*.txt.

Source format (one file per plan):
  @meta ... @end         key: value lines (id, child, dob, age, year, school, plan_date, status,
                         grade, headings=h2|bold, pdf=yes|no, layout, rationale, missing, caseworker)
  @fault kind | section | sentence     a fault with no inline position (e.g. missing-section)
  @h KEY | Heading text [|| status]    a section heading (status content|nil|blank|placeholder)
  @areas Heading                      start of the combined area-of-need tables
  @area Sub-heading                   a new area table (B | E | F columns)
  @row                                a new row in the current area table
  Line prefixes:  B> need paragraph (area table col 1)  O> outcome  P> provision  N> other line
                  (in area tables O>/EN> col 2, P>/FN> col 3)  TH> header row  T> table row
                  TP> provision row  TN> non-item row  TO> outcome row  - bullet  ## bold sub-heading
                  > italic quote   anything else: a paragraph.
  Inline: [[W:..]] what [[P:..]] who [[F:..]] frequency [[D:..]] duration [[G:..]] group [[R:..]] review
          (letters may combine, e.g. [[FD:3 hours a week]]); outcomes [[S:..]] subject [[B:..]] behaviour
          [[C:..]] criterion [[T:..]] time.  {{fault-kind:exact sentence}}.  <<+inserted>> <<-deleted>>
  Options after ' || ': nodur; vague; grp; spec=0|1; prov; asp; item=0; note=...
"""
import json, re, sys, copy, subprocess
from pathlib import Path
from datetime import date
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from lxml import etree

ROOT = Path(__file__).resolve().parent
SRC, OUT = ROOT / "src", ROOT
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PROV_KEYS = {"W": "what", "P": "who", "F": "frequency", "D": "duration", "G": "group", "R": "review"}
OUT_KEYS = {"S": "subject", "B": "behaviour", "C": "criterion", "T": "time"}
TOK = re.compile(r"(\[\[[A-Z]+:|\]\]|\{\{[a-z0-9-]+:|\}\}|<<[+-]|>>)")
MONTHS = "January February March April May June July August September October November December".split()


def parse_inline(s):
    """Return clean text, segments [(text, mode)], spans [(letters, substring)], faults [(kind, text)]."""
    clean, segs, spans, faults = "", [], [], []
    stack = []  # (type, payload, start)
    mode = "n"
    for part in TOK.split(s):
        if not part:
            continue
        if part.startswith("[["):
            stack.append(("span", part[2:-1], len(clean)))
        elif part.startswith("{{"):
            stack.append(("fault", part[2:-1], len(clean)))
        elif part == "<<+":
            stack.append(("ins", None, len(clean))); mode = "i"
        elif part == "<<-":
            stack.append(("del", None, len(clean))); mode = "d"
        elif part in ("]]", "}}", ">>"):
            typ, payload, start = stack.pop()
            if typ == "span":
                assert part == "]]", s
                spans.append((payload, clean[start:]))
            elif typ == "fault":
                assert part == "}}", s
                faults.append((payload, clean[start:]))
            else:
                assert part == ">>", s
                mode = "n"
        else:
            if mode != "d":
                clean += part
            segs.append((part, mode))
    assert not stack, s
    return clean, segs, spans, faults


def split_opts(line):
    if " || " in line:
        body, opts = line.split(" || ", 1)
    else:
        body, opts = line, ""
    o = {}
    for bit in [b.strip() for b in opts.split(";") if b.strip()]:
        if "=" in bit:
            k, v = bit.split("=", 1); o[k.strip()] = v.strip()
        else:
            o[bit] = True
    return body, o


def parse_plan(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    meta, extra_faults, blocks = {}, [], []
    i = 0
    assert lines[0].strip() == "@meta"
    i = 1
    while lines[i].strip() != "@end":
        if lines[i].startswith("@fault"):
            k, sec, sent = [x.strip() for x in lines[i][6:].split("|", 2)]
            extra_faults.append({"kind": k, "section": sec, "sentence": sent})
        elif lines[i].strip():
            k, v = lines[i].split(":", 1); meta[k.strip()] = v.strip()
        i += 1
    for ln in lines[i + 1:]:
        if ln.strip():
            blocks.append(ln.rstrip())
    return meta, extra_faults, blocks


def label_item(section, text, spans, opts, kind):
    """kind: 'prov', 'out', 'non'."""
    note = opts.get("note")
    if kind == "non" or opts.get("item") == "0":
        assert not spans, (text, spans)
        return {"section": section, "text": text, "item": False, "note": note}
    if kind == "prov":
        sp = {v: [] for v in PROV_KEYS.values()}
        for letters, sub in spans:
            for L in letters:
                sp[PROV_KEYS[L]].append(sub)
        has = {k: bool(v) for k, v in sp.items()}
        spec = has["what"] and has["who"] and has["frequency"] and (has["duration"] or "nodur" in opts) \
            and "vague" not in opts and "grp" not in opts
        if "spec" in opts:
            spec = opts["spec"] == "1"
        return {"section": section, "text": text, "item": True, "specific": spec,
                "has_what": has["what"], "has_who": has["who"], "has_frequency": has["frequency"],
                "has_duration": has["duration"], "has_group_size": has["group"], "note": note, "spans": sp}
    sp = {v: [] for v in OUT_KEYS.values()}
    for letters, sub in spans:
        for L in letters:
            sp[OUT_KEYS[L]].append(sub)
    if "asp" in opts:
        assert not any(sp.values()), text
        return {"section": section, "text": text, "item": True, "smart": False, "specific": False,
                "measurable": False, "time_bound": False, "is_provision_not_outcome": False,
                "note": note, "spans": sp}
    prov = "prov" in opts
    specific = bool(sp["subject"]) and bool(sp["behaviour"]) and not prov
    if "spec" in opts:
        specific = opts["spec"] == "1"
    measurable = bool(sp["criterion"]) and not prov
    assert not (prov and sp["criterion"]), text
    tb = bool(sp["time"])
    return {"section": section, "text": text, "item": True, "smart": specific and measurable and tb and not prov,
            "specific": specific, "measurable": measurable, "time_bound": tb,
            "is_provision_not_outcome": prov, "note": note, "spans": sp}


# ---------------------------------------------------------------- docx helpers
def add_runs(p, segs, bold=False, italic=False, size=None):
    el = p._p
    rid = [100]
    for text, mode in segs:
        r = p.add_run(text) if mode != "d" else p.add_run("")
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if mode == "n":
            continue
        rel = r._r
        el.remove(rel)
        tag = "w:ins" if mode == "i" else "w:del"
        wrap = etree.SubElement(el, qn(tag))
        wrap.set(qn("w:id"), str(abs(hash(text)) % 100000))
        wrap.set(qn("w:author"), "Harbourside SEN Team")
        wrap.set(qn("w:date"), "2026-01-01T09:00:00Z")
        wrap.append(rel)
        if mode == "d":
            for t in rel.findall(qn("w:t")):
                rel.remove(t)
            dt = etree.SubElement(rel, qn("w:delText"))
            dt.text = text
            dt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd xmlns:w="{W}" w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(shd)


def textbox_xml(lines):
    paras = ""
    for j, (label, value) in enumerate(lines):
        val = etree.Element("x"); val.text = value
        v = etree.tostring(val).decode()[3:-4] if value else ""
        lab = etree.Element("x"); lab.text = label
        l = etree.tostring(lab).decode()[3:-4]
        paras += (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>'
                  f'<w:r><w:rPr><w:b/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">{l}</w:t></w:r>'
                  + (f'<w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> {v}</w:t></w:r>' if v else "")
                  + '</w:p>')
    cy = 215000 * len(lines) + 300000
    return f'''<w:r xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:anchor distT="0" distB="114300" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="5760000" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="1" name="Cover details"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8F1F8"/></a:solidFill>
<a:ln w="15875"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''


def fmt_date(iso):
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def header_footer(doc, meta):
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Harbourside City Council EHC Plan"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    fp = sec.footer.paragraphs[0]
    label = "Draft plan dated " if meta["status"] == "draft" else "Plan date: "
    fp.text = ""
    r = fp.add_run(label + fmt_date(meta["plan_date"]) + "    Page ")
    r.font.size = Pt(9)
    for fld, dflt in (("PAGE", "1"), ("NUMPAGES", "1")):
        f = parse_xml(f'<w:fldSimple xmlns:w="{W}" w:instr=" {fld} "><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>{dflt}</w:t></w:r></w:fldSimple>')
        fp._p.append(f)
        if fld == "PAGE":
            r2 = fp.add_run(" of "); r2.font.size = Pt(9)


def build(path):
    meta, extra_faults, blocks = parse_plan(path)
    pid = meta["id"]
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    for hs in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[hs].font.name = "Arial"; doc.styles[hs].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    header_footer(doc, meta)
    h2 = meta.get("headings", "h2") == "h2"

    # cover text box
    cover = [("Name:", meta["child"]), ("Date of birth:", meta["dob"]),
             ("Year group:", meta["year"]), ("School or college:", meta["school"]),
             ("Plan date:", fmt_date(meta["plan_date"])),
             ("Plan status:", "Draft plan" if meta["status"] == "draft" else "Final plan"),
             ("EHC plan number:", meta["planno"]), ("SEN caseworker:", meta["caseworker"])]
    cover_extra = []
    for k in ("cover1", "cover2"):
        if k in meta:
            lab, val = meta[k].split("::", 1); cover_extra.append((lab.strip(), val.strip()))
    cover += cover_extra
    cover_faults = []
    for j, (lab, val) in enumerate(cover):
        cl, _, _, fl = parse_inline(val)
        cover[j] = (lab, cl)
        cover_faults += [{"kind": k, "section": "cover", "sentence": s} for k, s in fl]
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p._p.append(parse_xml(textbox_xml(cover)))
    t = doc.add_paragraph(); rr = t.add_run("Education, Health and Care Plan"); rr.bold = True; rr.font.size = Pt(18)
    rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    items, faults, sections = [], [], []
    section = None
    table = None      # current area table
    row = None        # current area row cells
    gtable = None     # generic table for T> rows
    extraction_hint = []

    def heading(text, level=2):
        if h2:
            doc.add_paragraph(text, style=f"Heading {level}")
        else:
            q = doc.add_paragraph(); r = q.add_run(text); r.bold = True
            r.font.size = Pt(12 if level == 2 else 11)
            if level == 2:
                r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def add_faults(sec, fl):
        for k, s in fl:
            faults.append({"kind": k, "section": sec, "sentence": s})

    def cell_para(cell, segs, first):
        q = cell.paragraphs[0] if first else cell.add_paragraph()
        q.paragraph_format.space_after = Pt(4)
        add_runs(q, segs)
        return q

    for raw in blocks:
        if raw.startswith("@h "):
            body, opts = split_opts(raw[3:])
            key, text = [x.strip() for x in body.split("|", 1)]
            section = key; table = None; gtable = None
            heading(text)
            sections.append({"key": key, "heading": text, "status": opts.get("status", "content")})
            continue
        if raw.startswith("@areas"):
            text = raw[6:].strip(); table = None; gtable = None
            heading(text)
            items.append(label_item("F", text, [], {"note": "heading of the combined B/E/F area tables"}, "non"))
            continue
        if raw.startswith("@area "):
            text = raw[6:].strip(); gtable = None
            heading(text, 3)
            items.append(label_item("F", text, [], {"note": "area-of-need sub-heading shared by B, E and F"}, "non"))
            table = doc.add_table(rows=1, cols=3); table.style = "Table Grid"
            hdr = ["What I find difficult / my needs (B)", "Outcomes I am working towards (E)",
                   "Provision to meet my needs (F)"]
            for c, h in zip(table.rows[0].cells, hdr):
                c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E7F3")
            items.append(label_item("F", " | ".join(hdr), [], {"note": "column header row of the area table"}, "non"))
            row = None
            continue
        if raw.strip() == "@row":
            r = table.add_row(); row = {"cells": r.cells, "first": [True, True, True]}
            continue
        m = re.match(r"^(B|O|P|N|EN|FN|TH|T|TP|TN|TO)> ?(.*)$", raw)
        if m and table is not None and m.group(1) in ("B", "O", "P", "EN", "FN"):
            pre, rest = m.group(1), m.group(2)
            body, opts = split_opts(rest)
            clean, segs, spans, fl = parse_inline(body)
            col = {"B": 0, "O": 1, "EN": 1, "P": 2, "FN": 2}[pre]
            cell_para(row["cells"][col], segs, row["first"][col]); row["first"][col] = False
            sec = {0: "B", 1: "E", 2: "F"}[col]
            add_faults(sec, fl)
            if col:
                kind = {"O": "out", "P": "prov", "EN": "non", "FN": "non"}[pre]
                items.append(label_item(sec, clean, spans, opts, kind))
            else:
                assert not spans
            continue
        table = None if not (m and m.group(1).startswith("T")) else table
        if m and m.group(1).startswith("T"):
            pre, rest = m.group(1), m.group(2)
            body, opts = split_opts(rest)
            cells = re.sub(r"\{\{[a-z0-9-]+:|\}\}", "", body).split(" | ")
            if gtable is None or pre == "TH" and gtable is not None and gtable._hdr_done:
                gtable = doc.add_table(rows=0, cols=len(cells)); gtable.style = "Table Grid"; gtable._hdr_done = False
            r = gtable.add_row()
            cleans, all_spans = [], []
            off = 0
            full_clean, _, spans, fl = parse_inline(body)
            for c, ctext in zip(r.cells, cells):
                cl, segs, sp, _ = parse_inline(ctext)
                add_runs(c.paragraphs[0], segs, bold=(pre == "TH"))
                if pre == "TH":
                    shade(c, "D9E7F3")
            if pre == "TH":
                gtable._hdr_done = True
            add_faults(section, fl)
            if section in ("E", "F", "G", "H1", "H2"):
                kind = {"TP": "prov", "TO": "out", "TN": "non", "TH": "non", "T": "non"}[pre]
                items.append(label_item(section, full_clean, spans, opts, kind))
            continue
        gtable = None
        # paragraphs
        style = None; bold = italic = False
        pre = None
        if m and m.group(1) in ("O", "P", "N"):
            pre, rest = m.group(1), m.group(2)
        elif raw.startswith("## "):
            rest = raw[3:]; bold = True; pre = "H"
        elif raw.startswith("- "):
            rest = raw[2:]; style = "List Bullet"
        elif raw.startswith("> "):
            rest = raw[2:]; italic = True
        else:
            rest = raw
        body, opts = split_opts(rest)
        if pre in ("P",) and opts.pop("bullet", False):
            style = "List Bullet"
        clean, segs, spans, fl = parse_inline(body)
        q = doc.add_paragraph(style=style)
        if pre == "H" and h2:
            q.style = doc.styles["Heading 3"]; add_runs(q, segs)
        else:
            add_runs(q, segs, bold=bold, italic=italic)
        add_faults(section, fl)
        if section in ("E", "F", "G", "H1", "H2"):
            kind = {"O": "out", "P": "prov"}.get(pre, "non")
            items.append(label_item(section, clean, spans, opts, kind))
        else:
            assert not spans, raw
    docx_name = f"{pid}_{meta['child'].lower().replace(' ', '_').replace('-', '_')}.docx"
    docx_name = re.sub(r"[^a-z0-9_.]", "", docx_name)
    out = OUT / docx_name
    doc.save(out)
    faults = extra_faults + [f for f in faults]
    faults = cover_faults + faults
    return meta, out, items, faults, sections


def fix_cover(meta):
    # cover values may contain {{fault:...}} markup; strip it for display
    for k in list(meta):
        if k.startswith("cover"):
            pass


def main():
    sys.path.insert(0, str(ROOT))
    from selfcheck import extract_docx
    plans = []
    only = sys.argv[1:]
    for path in sorted(SRC.glob("hb*.txt")):
        if only and path.stem not in only:
            continue
        meta, out, items, faults, sections = build(path)
        # strip fault markup from cover text inside the saved docx
        lines = extract_docx(out)
        text = " ".join(lines)
        words = sum(1 for w in text.split() if re.search(r"[A-Za-z0-9]", w))
        pdf = None
        if meta.get("pdf") == "yes":
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/harbourside_lo", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(out)],
                           check=True, capture_output=True)
            pdf = out.with_suffix(".pdf").name
        entry = {"id": meta["id"], "files": {"docx": out.name, "pdf": pdf},
                 "target_grade": meta["grade"], "rationale": meta["rationale"], "layout": meta["layout"],
                 "child_name": meta["child"], "plan_date": meta["plan_date"], "age": int(meta["age"]),
                 "status": meta["status"], "words": words, "sections_present": sections,
                 "sections_missing": [x.strip() for x in meta.get("missing", "").split(",") if x.strip()],
                 "faults": faults, "items": items}
        if pdf:
            from pypdf import PdfReader
            entry["pages"] = len(PdfReader(OUT / pdf).pages)
        plans.append(entry)
        print(meta["id"], words, "words", len(items), "lines", sum(1 for i in items if i["item"]), "items", pdf or "")
    if not only:
        (ROOT / "manifest.json").write_text(json.dumps({"author": "harbourside", "plans": plans}, indent=1,
                                                       ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
