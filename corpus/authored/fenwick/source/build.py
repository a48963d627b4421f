#!/work/authoring/.venv/bin/python
"""Build Fenwick Shire Council EHC plans (DOCX, HTML->Chromium PDF) and manifest.json
from the plan sources in src/fwNN.py.

Source markup (one line = one paragraph):
  #T text                 title line (centred, bold, large)
  ##KEY text              section heading (bold capitals); KEY = A..K, H1, H2; '##- text' = bold sub-heading
  || a | b | c            table row (consecutive rows form one table; first row bold)
  @P / @O / @N [(opts)][-] text [%% note]
                          provision item / outcome / non-item line ('-' = bulleted paragraph)
  * text                  bulleted paragraph (non-item if inside E-H)
  + text                  continuation paragraph of the previous paragraph (joined into one item)
  other                   ordinary paragraph (non-item if inside E-H)
Inline: {key:text} marks a slot span (keys w who f d g r for provision, s b c t for outcomes,
several joined with '+'), [[kind|text]] marks a fault sentence.
"""
import glob, importlib.util, json, os, re, subprocess, sys, html
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
ITEM_SECTIONS = {"E", "F", "G", "H1", "H2"}
PKEYS = {"w": "what", "who": "who", "f": "frequency", "d": "duration", "g": "group", "r": "review"}
OKEYS = {"s": "subject", "b": "behaviour", "c": "criterion", "t": "time"}


def parse_inline(s):
    """Return (plain, spans{key:[..]}, faults[(kind,text)])."""
    spans, faults = {}, []

    def rec(i, stop):
        out = []
        while i < len(s):
            if stop == "}" and s[i] == "}":
                return "".join(out), i + 1
            if stop == "]]" and s.startswith("]]", i):
                return "".join(out), i + 2
            m = re.match(r"\{([a-z+]+):", s[i:])
            if m:
                keys = m.group(1).split("+")
                inner, i = rec(i + len(m.group(0)), "}")
                for k in keys:
                    spans.setdefault(k, []).append(inner)
                out.append(inner)
                continue
            if s.startswith("[[", i):
                j = s.index("|", i)
                kind = s[i + 2:j]
                inner, i = rec(j + 1, "]]")
                faults.append((kind, inner))
                out.append(inner)
                continue
            out.append(s[i])
            i += 1
        if stop:
            raise ValueError("unclosed markup in: " + s)
        return "".join(out), i

    plain, _ = rec(0, None)
    return plain, spans, faults


def ws(t):
    return re.sub(r"\s+", " ", t).strip()


def parse_body(body):
    """Return list of blocks: dict(type, text, spans, faults, section, ...)"""
    blocks = []
    section = None
    for raw in body.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        b = {"section": section}
        if line.startswith("#T "):
            b.update(type="title", src=line[3:])
        elif line.startswith("##"):
            m = re.match(r"##(\S+) (.*)", line)
            key, txt = m.group(1), m.group(2)
            if key != "-":
                section = key
                b["section"] = key
                b.update(type="heading", key=key, src=txt)
            else:
                b.update(type="subheading", src=txt)
        elif line.startswith("||"):
            cells = [c.strip() for c in line[2:].split(" | ")]
            b.update(type="row", cells=cells)
        elif line.startswith("@"):
            m = re.match(r"@([PON])(?:\(([^)]*)\))?(-)?\s(.*)$", line)
            kind, opts, bullet, txt = m.groups()
            note = None
            if " %% " in txt:
                txt, note = txt.split(" %% ", 1)
            b.update(type="para", kind=kind, opts=(opts or ""), bullet=bool(bullet), src=txt, note=note)
        elif line.startswith("+ "):
            b.update(type="cont", src=line[2:])
        elif line.startswith("* "):
            b.update(type="para", kind="N", opts="", bullet=True, src=line[2:], note=None)
        else:
            b.update(type="para", kind="N", opts="", bullet=False, src=line, note=None)
        if "src" in b:
            b["text"], b["spans"], b["faults"] = parse_inline(b["src"])
        else:
            b["cells_parsed"] = [parse_inline(c) for c in b["cells"]]
            b["text"] = " | ".join(c[0] for c in b["cells_parsed"])
            b["faults"] = [f for c in b["cells_parsed"] for f in c[2]]
            b["spans"] = {}
        blocks.append(b)
    return blocks


def make_items(blocks):
    items = []
    cur = None
    for b in blocks:
        if b["type"] == "cont":
            if cur is None:
                raise ValueError("continuation without item: " + b["text"])
            cur["_texts"].append(b["text"])
            for k, v in b["spans"].items():
                cur["_spans"].setdefault(k, []).extend(v)
            continue
        cur = None
        if b["section"] in ITEM_SECTIONS and b["type"] in ("para", "subheading", "heading") and b["type"] != "heading":
            cur = {"section": b["section"], "_texts": [b["text"]], "_spans": dict((k, list(v)) for k, v in b["spans"].items()),
                   "_kind": b.get("kind", "N"), "_opts": b.get("opts", ""), "note": b.get("note")}
            items.append(cur)
    out = []
    for it in items:
        text = ws(" ".join(it["_texts"]))
        opts = [o.strip() for o in it["_opts"].split(",") if o.strip()]
        sp = it["_spans"]
        if it["_kind"] == "P":
            spans = {v: [ws(x) for x in sp.get(k, [])] for k, v in PKEYS.items()}
            has = {k: bool(spans[k]) for k in spans}
            spec = has["what"] and has["who"] and has["frequency"] and (has["duration"] or "nodur" in opts) \
                and (has["group"] or "nogrp" in opts) and "vague" not in opts
            if "spec=1" in opts:
                spec = True
            if "spec=0" in opts:
                spec = False
            o = {"section": it["section"], "text": text, "item": True, "specific": spec,
                 "has_what": has["what"], "has_who": has["who"], "has_frequency": has["frequency"],
                 "has_duration": has["duration"], "has_group_size": has["group"], "note": it["note"], "spans": spans}
        elif it["_kind"] == "O":
            spans = {v: [ws(x) for x in sp.get(k, [])] for k, v in OKEYS.items()}
            prov = "prov" in opts
            spec = bool(spans["subject"]) and bool(spans["behaviour"]) and not prov and "nonspec" not in opts
            meas = bool(spans["criterion"])
            tb = bool(spans["time"])
            o = {"section": it["section"], "text": text, "item": True, "smart": spec and meas and tb and not prov,
                 "specific": spec, "measurable": meas, "time_bound": tb, "is_provision_not_outcome": prov,
                 "note": it["note"], "spans": spans}
        else:
            if sp:
                raise ValueError("spans on a non-item: " + text)
            o = {"section": it["section"], "text": text, "item": False, "note": it["note"]}
        if o.get("note") is None:
            o.pop("note")
            o["note"] = None
        out.append(o)
    return out


# ---------------------------------------------------------------- DOCX
def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def build_docx(meta, blocks, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.space_after = Pt(6)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
        hp = s.header.paragraphs[0]
        hp.text = "OFFICIAL-SENSITIVE" + ("          DRAFT" if meta["status"] == "draft" else "")
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp.runs[0].font.size = Pt(8)
        fp = s.footer.paragraphs[0]
        r = fp.add_run("Fenwick Shire Council – Education, Health and Care Plan – %s – page " % meta["child_name"])
        r.font.size = Pt(8)
        r2 = fp.add_run(); r2.font.size = Pt(8); add_field(r2, " PAGE ")
        r3 = fp.add_run(" of "); r3.font.size = Pt(8)
        r4 = fp.add_run(); r4.font.size = Pt(8); add_field(r4, " NUMPAGES ")
    table = None
    for b in blocks:
        t = b["type"]
        if t != "row":
            table = None
        if t == "title":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b["text"]); r.bold = True; r.font.size = Pt(14)
        elif t in ("heading", "subheading"):
            p = doc.add_paragraph()
            if t == "heading":
                p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(b["text"]); r.bold = True
            if t == "subheading":
                r.underline = True
        elif t == "row":
            cells = [c[0] for c in b["cells_parsed"]]
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells)); table.style = "Table Grid"
                first = True
            else:
                first = False
            row = table.add_row()
            for i, c in enumerate(cells):
                cell = row.cells[i]
                cell.text = c
                if first or (i == 0 and len(cells) == 2):
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        elif t == "para":
            if b["bullet"]:
                p = doc.add_paragraph(b["text"], style="List Bullet")
            else:
                p = doc.add_paragraph(b["text"])
                if re.match(r"\([a-z]\) ", b["text"]):
                    p.paragraph_format.left_indent = Cm(1.0)
        elif t == "cont":
            p = doc.add_paragraph(b["text"])
            p.paragraph_format.left_indent = Cm(0.63)
    doc.core_properties.author = "Fenwick Shire Council SEND Assessment and Review Team"
    doc.core_properties.title = "EHC plan – " + meta["child_name"]
    doc.save(path)


# ---------------------------------------------------------------- HTML / PDF
CSS = """@page { size: A4; margin: 20mm 20mm 22mm 20mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
h1 { text-align: center; font-size: 14pt; margin: 4pt 0; }
p { margin: 0 0 6pt 0; }
p.h { font-weight: bold; margin-top: 14pt; page-break-after: avoid; }
p.sh { font-weight: bold; text-decoration: underline; page-break-after: avoid; }
p.sub { margin-left: 10mm; }
p.cont { margin-left: 7mm; }
ul { margin: 0 0 4pt 0; padding-left: 7mm; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }
td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
tr:first-child td { font-weight: bold; }
.banner { text-align: right; font-size: 8pt; }
"""


def build_html(meta, blocks, path):
    e = html.escape
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
           % (e("EHC plan – " + meta["child_name"]), CSS)]
    out.append("<div class='banner'>OFFICIAL-SENSITIVE%s</div>" % (" &nbsp; DRAFT" if meta["status"] == "draft" else ""))
    intable = False
    for b in blocks:
        t = b["type"]
        if t != "row" and intable:
            out.append("</table>"); intable = False
        if t == "title":
            out.append("<h1>%s</h1>" % e(b["text"]))
        elif t == "heading":
            out.append("<p class='h'>%s</p>" % e(b["text"]))
        elif t == "subheading":
            out.append("<p class='sh'>%s</p>" % e(b["text"]))
        elif t == "row":
            if not intable:
                out.append("<table>"); intable = True
            out.append("<tr>" + "".join("<td>%s</td>" % e(c[0]) for c in b["cells_parsed"]) + "</tr>")
        elif t == "para":
            if b["bullet"]:
                out.append("<ul><li>%s</li></ul>" % e(b["text"]))
            else:
                cls = " class='sub'" if re.match(r"\([a-z]\) ", b["text"]) else ""
                out.append("<p%s>%s</p>" % (cls, e(b["text"])))
        elif t == "cont":
            out.append("<p class='cont'>%s</p>" % e(b["text"]))
    if intable:
        out.append("</table>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def build_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf_path, "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- main
def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m


def main(only=None, pdf=True):
    os.makedirs(OUT, exist_ok=True)
    sys.path.insert(0, HERE)
    from extract import docx_text
    from pypdf import PdfReader
    plans = []
    for src in sorted(glob.glob(os.path.join(HERE, "src", "fw*.py"))):
        m = load(src)
        meta = m.META
        if only and meta["id"] not in only:
            continue
        blocks = parse_body(m.BODY)
        base = "%s_%s" % (meta["id"], meta["child_name"].lower().replace(" ", "_").replace("'", ""))
        docx_path = os.path.join(OUT, base + ".docx")
        build_docx(meta, blocks, docx_path)
        pdf_name = None
        pages = None
        if meta.get("pdf"):
            html_path = os.path.join(OUT, base + ".html")
            build_html(meta, blocks, html_path)
            pdf_path = os.path.join(OUT, base + ".pdf")
            if pdf or not os.path.exists(pdf_path):
                build_pdf(html_path, pdf_path)
            pdf_name = base + ".pdf"
            pages = len(PdfReader(pdf_path).pages)
        items = make_items(blocks)
        secs = []
        for b in blocks:
            if b["type"] == "heading":
                secs.append({"key": b["key"], "heading": ws(b["text"]),
                             "status": meta.get("section_status", {}).get(b["key"], "content")})
        faults = []
        for b in blocks:
            for kind, txt in b["faults"]:
                faults.append({"kind": kind, "section": b["section"] or "cover", "sentence": ws(txt)})
        for f in meta.get("extra_faults", []):
            faults.append(f)
        words = len(docx_text(docx_path).split())
        entry = {"id": meta["id"], "files": {"docx": "out/" + base + ".docx", "pdf": ("out/" + pdf_name) if pdf_name else None},
                 "target_grade": meta["target_grade"], "rationale": meta["rationale"], "layout": meta["layout"],
                 "child_name": meta["child_name"], "plan_date": meta["plan_date"], "age": meta["age"],
                 "status": meta["status"], "words": words, "sections_present": secs,
                 "sections_missing": meta.get("sections_missing", []), "faults": faults, "items": items}
        if pages:
            entry["pages"] = pages
        plans.append(entry)
        print("built", base, words, "words", len(items), "lines", pages or "", file=sys.stderr)
    if not only:
        with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump({"author": "fenwick", "plans": plans}, f, indent=1, ensure_ascii=False)
    return plans


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    main(only=set(args) or None, pdf="--nopdf" not in sys.argv)
