"""Self-check: extract DOCX text per the brief and confirm labels occur verbatim; PDF word check; counts."""
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(t):
    return f"{{{W}}}{t}"


def para_text(p):
    out = []
    for el in p.iter():
        if el.tag == q("t"):
            # skip text inside tracked deletions
            anc = el.getparent()
            deleted = False
            while anc is not None and anc is not p:
                if anc.tag == q("del"):
                    deleted = True
                    break
                anc = anc.getparent()
            if not deleted:
                out.append(el.text or "")
        elif el.tag == q("tab"):
            out.append(" ")
    return "".join(out)


def cell_text(tc):
    return " ".join(para_text(p) for p in tc.findall(".//w:p", NS))


def block_lines(el, lines):
    if el.tag == q("p"):
        lines.append(para_text(el))
    elif el.tag == q("tbl"):
        for tr in el.findall("w:tr", NS):
            cells = []
            for tc in tr.findall("w:tc", NS):
                vm = tc.find("w:tcPr/w:vMerge", NS)
                if vm is not None and vm.get(q("val")) != "restart":
                    continue
                cells.append(cell_text(tc))
            lines.append(" | ".join(cells))
    elif el.tag == q("sdt"):
        c = el.find("w:sdtContent", NS)
        if c is not None:
            for ch in c:
                block_lines(ch, lines)


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find("w:body", NS)
    lines = []
    for ch in body:
        block_lines(ch, lines)
    return lines


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    return norm(" ".join(docx_lines(path)))


def main():
    from pypdf import PdfReader
    man = json.loads((ROOT / "manifest.json").read_text())
    bad = 0
    grades = Counter(); total_lines = prov_items = outcomes = 0
    for p in man["plans"]:
        text = docx_text(ROOT / p["files"]["docx"])
        miss = []
        for it in p["items"]:
            if it["text"] not in text:
                miss.append(("item", it["text"][:80]))
            for k, spans in (it.get("spans") or {}).items():
                for s in spans:
                    if s not in it["text"]:
                        miss.append((f"span {k}", s))
            if it["item"]:
                sp = it["spans"]
                if it["section"] == "E":
                    chk = {"measurable": "criterion", "time_bound": "time"}
                else:
                    chk = {"has_what": "what", "has_who": "who", "has_frequency": "frequency",
                           "has_duration": "duration", "has_group_size": "group"}
                for f, k in chk.items():
                    if it[f] != bool(sp[k]):
                        miss.append(("flag/span mismatch", f"{f} {it['text'][:50]}"))
        for f in p["faults"]:
            if f["sentence"] not in text:
                miss.append(("fault", f["sentence"][:80]))
        for s in p["sections_present"]:
            if s["heading"] not in text:
                miss.append(("heading", s["heading"]))
        pdfres = ""
        if p["files"].get("pdf"):
            ptxt = norm(" ".join(pg.extract_text() or "" for pg in PdfReader(str(ROOT / p["files"]["pdf"])).pages))
            pwords = set(re.findall(r"[\w']+", ptxt.replace("’", "'")))
            lost = set()
            for it in p["items"]:
                for w in re.findall(r"[\w']+", it["text"].replace("’", "'")):
                    if w not in pwords:
                        lost.add(w)
            pdfres = f"pdf {p['pages']}pp words-missing={len(lost)}" + (f" {sorted(lost)[:8]}" if lost else "")
            if lost:
                bad += 1
        npi = sum(1 for i in p["items"] if i["item"] and i["section"] != "E")
        no = sum(1 for i in p["items"] if i["item"] and i["section"] == "E")
        total_lines += len(p["items"]); prov_items += npi; outcomes += no
        grades[p["target_grade"]] += 1
        wc_ok = 2500 <= p["words"] <= 8000
        print(f"{p['id']} {p['target_grade']:<21} age {p['age']:>2} {p['status']:<5} words {p['words']} "
              f"{'OK' if wc_ok else 'OUT-OF-RANGE'} lines {len(p['items'])} provision {npi} outcomes {no} "
              f"faults {len(p['faults'])} {pdfres} -> {'all verbatim' if not miss else miss}")
        if miss or not wc_ok:
            bad += 1
    print("grades:", dict(grades))
    print("ages:", sorted(p["age"] for p in man["plans"]))
    print("status:", dict(Counter(p["status"] for p in man["plans"])))
    print("pdf:", sum(1 for p in man["plans"] if p["files"].get("pdf")))
    big = [p["id"] for p in man["plans"] if sum(1 for i in p["items"] if i["item"] and i["section"] != "E") >= 40]
    print("plans with >=40 provision items:", big)
    print(f"labelled lines {total_lines}, provision items {prov_items}, outcomes {outcomes}")
    print("PROBLEMS:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
