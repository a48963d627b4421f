"""Build all Riverton plans: DOCX (python-docx + lxml), PDF (reportlab, from sources), manifest.json."""
import importlib, json, os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import build_docx, build_pdf, label_items, extract_docx, collapse
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

def load_plans(only=None):
    plans = []
    for f in sorted(glob.glob(os.path.join(HERE, "plans", "rv*.py"))):
        mod = os.path.basename(f)[:-3]
        if only and mod not in only:
            continue
        m = importlib.import_module("plans." + mod)
        plans.append(m.PLAN)
    return plans

def main(only=None):
    os.makedirs(OUT, exist_ok=True)
    entries = []
    for pl in load_plans(only):
        stem = pl["stem"]
        docx_name = stem + ".docx"
        build_docx(pl, os.path.join(OUT, docx_name))
        pdf_name = None
        pages = None
        if pl.get("pdf"):
            pdf_name = stem + ".pdf"
            build_pdf(pl, os.path.join(OUT, pdf_name))
            pages = len(PdfReader(os.path.join(OUT, pdf_name)).pages)
        text = collapse(" ".join(extract_docx(os.path.join(OUT, docx_name))))
        words = len(text.split())
        sp = [{"key": b["key"], "heading": b["heading"], "status": b["status"]}
              for b in pl["blocks"] if b["t"] == "part"]
        e = {"id": pl["id"], "files": {"docx": docx_name, "pdf": pdf_name},
             "target_grade": pl["target_grade"], "rationale": pl["rationale"], "layout": pl["layout"],
             "child_name": pl["child_name"], "plan_date": pl["plan_date"], "age": pl["age"],
             "status": pl["status"], "words": words, "sections_present": sp,
             "sections_missing": pl.get("sections_missing", []),
             "faults": [{"kind": k, "section": s, "sentence": t} for k, s, t in pl["faults"]],
             "items": label_items(pl)}
        if pages:
            e["pages"] = pages
        entries.append(e)
        print(pl["id"], pl["target_grade"], pl["status"], "age", pl["age"], "words", words, "pages", pages,
              "items", sum(1 for i in e["items"] if i["item"]))
    if not only:
        with open(os.path.join(HERE, "manifest.json"), "w") as fh:
            json.dump({"author": "riverton", "plans": entries}, fh, indent=1, ensure_ascii=False)
    return entries

if __name__ == "__main__":
    main(sys.argv[1:] or None)
