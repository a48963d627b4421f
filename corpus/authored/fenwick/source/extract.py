"""Text extraction as specified in the brief: body in order; paragraphs; table rows as cells joined
with ' | ' (gridSpan counted once, vMerge continuation cells skipped, paragraphs in a cell joined
with a space); content controls, text boxes and tracked insertions included; deletions left out."""
import re, zipfile
from lxml import etree
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
def q(t): return "{%s}%s" % (W, t)

def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == q("t"):
            # skip text inside deletions
            anc = el.getparent(); skip = False
            while anc is not None and anc is not p:
                if anc.tag == q("del"): skip = True; break
                anc = anc.getparent()
            if not skip: out.append(el.text or "")
        elif el.tag in (q("tab"), q("br")):
            out.append(" ")
    return "".join(out)

def cell_text(tc):
    return " ".join(para_text(p) for p in tc.iter(q("p")))

def row_text(tr):
    cells = []
    for tc in tr.iter(q("tc")):
        if tc.getparent() is not tr and tc.getparent().tag != q("sdtContent"):
            continue
        tcpr = tc.find(q("tcPr"))
        if tcpr is not None:
            vm = tcpr.find(q("vMerge"))
            if vm is not None and vm.get(q("val")) in (None, "continue"):
                continue
        cells.append(cell_text(tc))
    return " | ".join(cells)

def walk(el, out):
    for ch in el:
        if ch.tag == q("p"): out.append(para_text(ch))
        elif ch.tag == q("tbl"):
            for tr in ch.iter(q("tr")):
                out.append(row_text(tr))
        elif ch.tag in (q("sdt"), q("sdtContent"), q("ins"), q("customXml")):
            walk(ch, out)

def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    walk(root.find(q("body")), out)
    return [re.sub(r"\s+", " ", l).strip() for l in out]

def docx_text(path):
    return re.sub(r"\s+", " ", " ".join(docx_lines(path))).strip()
