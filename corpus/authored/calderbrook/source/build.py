"""Build Calderbrook EHC plans (DOCX, HTML->PDF, LibreOffice->PDF) and manifest.json from src/plans/*.py"""
import html
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"
OUT = ROOT / "out"
sys.path.insert(0, str(SRC))

LABELLED = {"E", "F", "G", "H1", "H2"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def load_plans():
    plans = []
    for f in sorted((SRC / "plans").glob("cb*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        plans.append(m.PLAN)
    return plans


# ---------------------------------------------------------------- DOCX
def add_field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2._r.append(it)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r5 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def add_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=0, cols=len(header) if header else len(rows[0]))
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            c.text = h
            for r in c.paragraphs[0].runs:
                r.bold = True
            shade(c, "DCEBE4")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    doc.add_paragraph()
    return t


def build_docx(plan, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for name, size, col in (("Heading 1", 15, "1F5C4A"), ("Heading 2", 12.5, "2E7D67"), ("Title", 22, "1F5C4A")):
        s = doc.styles[name]; s.font.name = "Arial"; s.font.size = Pt(size); s.font.color.rgb = RGBColor.from_string(col)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    first = plan["first"]
    hp = sec.header.paragraphs[0]
    hp.text = f"{first}'s Education, Health and Care Plan – Calderbrook Council" + (" – DRAFT" if plan["status"] == "draft" else "")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{first} – page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(plan["title"], style="Title")
    for b in plan["blocks"]:
        t = b["t"]
        if t == "h1":
            doc.add_paragraph(b["text"], style="Heading 1")
        elif t == "h2":
            doc.add_paragraph(b["text"], style="Heading 2")
        elif t == "p":
            doc.add_paragraph(b["text"], style=b.get("style"))
        elif t == "kv":
            add_table(doc, None, b["rows"], widths=[5, 11.5])
        elif t == "tab":
            add_table(doc, b["header"], b["rows"])
        elif t == "bullet":
            doc.add_paragraph(b["text"], style="List Bullet")
            if b["cont"]:
                doc.add_paragraph(b["cont"], style="List Continue")
        elif t == "otable":
            add_table(doc, b["header"], [r["cells"] for r in b["rows"]], widths=[7.5, 6, 3])
        elif t == "ptable":
            add_table(doc, b["header"], [r["cells"] for r in b["rows"]])
        elif t == "sign":
            for ln in b["lines"]:
                p = doc.add_paragraph(ln)
                p.paragraph_format.space_after = Pt(2)
        else:
            raise ValueError(t)
    doc.save(path)


# ---------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #111; }
.hdr { text-align: right; font-size: 8.5pt; color: #555; border-bottom: 1px solid #9bc; margin-bottom: 8px; }
h1.title { font-size: 20pt; color: #1F5C4A; }
h1 { font-size: 14pt; color: #1F5C4A; margin-top: 18px; page-break-after: avoid; }
h2 { font-size: 12pt; color: #2E7D67; page-break-after: avoid; }
table { border-collapse: collapse; table-layout: auto; width: 100%; margin: 6px 0 12px 0; }
td, th { border: 1px solid #777; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #DCEBE4; }
tr { page-break-inside: avoid; }
table.ot { table-layout: fixed; }
ul { margin: 4px 0; }
li { margin-bottom: 5px; }
li p.cont { margin: 3px 0 0 0; }
.sign p { margin: 2px 0; }
.ftr { margin-top: 20px; border-top: 1px solid #9bc; font-size: 8.5pt; color: #555; text-align: center; }
"""


def build_html(plan, path):
    e = html.escape
    first = plan["first"]
    o = [f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{e(plan['title'])}</title><style>{CSS}</style></head><body>"]
    o.append(f"<div class='hdr'>{e(first)}'s Education, Health and Care Plan – Calderbrook Council{' – DRAFT' if plan['status']=='draft' else ''}</div>")
    o.append(f"<h1 class='title'>{e(plan['title'])}</h1>")
    inul = False

    def closeul():
        nonlocal inul
        if inul:
            o.append("</ul>"); inul = False

    def table(header, rows):
        s = "<table>"
        if header:
            s += "<tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
        for r in rows:
            s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
        return s + "</table>"

    for b in plan["blocks"]:
        t = b["t"]
        if t != "bullet":
            closeul()
        if t == "h1":
            o.append(f"<h1>{e(b['text'])}</h1>")
        elif t == "h2":
            o.append(f"<h2>{e(b['text'])}</h2>")
        elif t == "p":
            o.append(f"<p>{e(b['text'])}</p>")
        elif t == "kv":
            o.append(table(None, b["rows"]))
        elif t == "tab":
            o.append(table(b["header"], b["rows"]))
        elif t == "bullet":
            if not inul:
                o.append("<ul>"); inul = True
            c = f"<p class='cont'>{e(b['cont'])}</p>" if b["cont"] else ""
            o.append(f"<li>{e(b['text'])}{c}</li>")
        elif t == "otable":
            o.append(table(b["header"], [r["cells"] for r in b["rows"]]).replace("<table>", "<table class='ot'><colgroup><col style='width:48%'><col style='width:37%'><col style='width:15%'></colgroup>", 1))
        elif t == "ptable":
            o.append(table(b["header"], [r["cells"] for r in b["rows"]]))
        elif t == "sign":
            o.append("<div class='sign'>" + "".join(f"<p>{e(x)}</p>" for x in b["lines"]) + "</div>")
    closeul()
    o.append(f"<div class='ftr'>{e(first)} – Calderbrook Council EHC plan</div></body></html>")
    path.write_text("\n".join(o), encoding="utf-8")


# ---------------------------------------------------------------- labels
def items_for(plan):
    items = []
    cur = None
    for b in plan["blocks"]:
        t = b["t"]
        if t == "h1":
            cur = b["key"]
            continue
        if cur not in LABELLED:
            continue
        def add(text, lab):
            d = {"section": cur, "text": norm(text)}
            d.update(lab)
            if d.get("note") is None:
                d.pop("note", None)
                if d["item"]:
                    d["note"] = None
            items.append(d)
        if t in ("h2", "p"):
            add(b["text"], {"item": False})
        elif t == "bullet":
            txt = b["text"] + (" " + b["cont"] if b["cont"] else "")
            add(txt, b["lab"])
        elif t in ("otable", "ptable"):
            add(" | ".join(b["header"]), {"item": False})
            for r in b["rows"]:
                add(" | ".join(r["cells"]), r["lab"])
        elif t == "sign":
            for ln in b["lines"]:
                add(ln, {"item": False})
        elif t in ("kv", "tab"):
            for r in ([b["header"]] if b.get("header") else []) + b["rows"]:
                add(" | ".join(r), {"item": False})
    return items


def main():
    from check import docx_text
    OUT.mkdir(exist_ok=True)
    plans = load_plans()
    manifest = {"author": "calderbrook", "plans": []}
    for p in plans:
        base = f"{p['id']}_{p['slug']}"
        dx = OUT / f"{base}.docx"
        build_docx(p, dx)
        pdf = None
        if p.get("pdf") == "lo":
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(dx)],
                           check=True, capture_output=True)
            pdf = OUT / f"{base}.pdf"
        elif p.get("pdf") == "chrome":
            hp = OUT / f"{base}.html"
            build_html(p, hp)
            pdf = OUT / f"{base}.pdf"
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={pdf}", f"file://{hp}"], check=True, capture_output=True)
        text = docx_text(dx)
        entry = {
            "id": p["id"],
            "files": {"docx": f"out/{dx.name}", "pdf": f"out/{pdf.name}" if pdf else None},
            "target_grade": p["target_grade"],
            "rationale": p["rationale"],
            "layout": p["layout"],
            "child_name": p["child_name"],
            "plan_date": p["plan_date"],
            "age": p["age"],
            "status": p["status"],
            "words": len(text.split()),
            "sections_present": [{"key": b["key"], "heading": b["text"], "status": b["status"]}
                                 for b in p["blocks"] if b["t"] == "h1"],
            "sections_missing": p.get("sections_missing", []),
            "faults": p["faults"],
            "items": items_for(p),
        }
        if pdf:
            from pypdf import PdfReader
            entry["pages"] = len(PdfReader(str(pdf)).pages)
        manifest["plans"].append(entry)
        print(p["id"], p["target_grade"], entry["words"], "words", "pdf" if pdf else "")
    (ROOT / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
