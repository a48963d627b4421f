"""Self-check: independent DOCX text extraction (lxml on word/document.xml) and manifest checks."""
import sys, os, json, re, zipfile, collections
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
def q(t): return "{%s}%s" % (W, t)


def _ptext(p):
    out = []
    for el in p.iter():
        if el.tag == q("t"):
            # skip anything inside a deletion
            anc = el.getparent(); dele = False
            while anc is not None and anc is not p:
                if anc.tag == q("del"):
                    dele = True; break
                anc = anc.getparent()
            if not dele:
                out.append(el.text or "")
        elif el.tag == q("tab"):
            out.append(" ")
    return "".join(out)


def _cell_text(tc):
    return " ".join(_ptext(p) for p in tc.iter(q("p")) if not _in_nested(p, tc))


def _in_nested(p, tc):
    a = p.getparent()
    while a is not None and a is not tc:
        if a.tag == q("tc"):
            return True
        a = a.getparent()
    return False


def _walk(el, out):
    for ch in el:
        if ch.tag == q("p"):
            out.append(_ptext(ch))
        elif ch.tag == q("tbl"):
            for tr in ch.iter(q("tr")):
                if tr.getparent() is not ch:
                    continue
                cells = []
                for tc in tr.findall(q("tc")):
                    vm = tc.find(q("tcPr") + "/" + q("vMerge"))
                    if vm is not None and vm.get(q("val")) != "restart":
                        continue
                    cells.append(_cell_text(tc))
                out.append(" | ".join(cells))
        elif ch.tag == q("sdt"):
            c = ch.find(q("sdtContent"))
            if c is not None:
                _walk(c, out)


def extract_docx(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    _walk(root.find(q("body")), out)
    return [re.sub(r"\s+", " ", x).strip() for x in out if x.strip()]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    man = json.load(open(os.path.join(here, "manifest.json")))
    from pypdf import PdfReader
    problems = 0
    grades = collections.Counter(); ages = []; stat = collections.Counter()
    tot_lines = tot_prov = tot_out = 0
    for p in man["plans"]:
        lines = extract_docx(os.path.join(here, p["files"]["docx"]))
        full = " ".join(lines)
        nprob = 0
        def bad(msg):
            nonlocal nprob
            nprob += 1
            print(f"  FAIL {p['id']}: {msg}")
        for s in p["sections_present"]:
            if norm(s["heading"]) not in lines:
                bad(f"heading not found: {s['heading']}")
        for it in p["items"]:
            t = norm(it["text"])
            if t not in full:
                bad(f"item text not found: {t[:80]}")
            for k, v in (it.get("spans") or {}).items():
                for x in v:
                    if x not in it["text"]:
                        bad(f"span {k} not in item: {x}")
            if it["item"]:
                sp = it["spans"]
                if it["section"] == "E":
                    for flag, key in (("time_bound", "time"),):
                        if it[flag] != bool(sp[key]): bad("flag/span mismatch " + t[:50])
                else:
                    for flag, key in (("has_what", "what"), ("has_who", "who"), ("has_frequency", "frequency"),
                                      ("has_duration", "duration"), ("has_group_size", "group")):
                        if it[flag] != bool(sp[key]): bad("flag/span mismatch " + t[:50])
        for f in p["faults"]:
            if norm(f["sentence"]) not in full:
                bad(f"fault sentence not found: {f['sentence'][:80]}")
        # PDF words
        pdfmiss = 0
        if p["files"].get("pdf"):
            pt = " ".join(pg.extract_text() or "" for pg in PdfReader(os.path.join(here, p["files"]["pdf"])).pages)
            pwords = set(re.findall(r"[A-Za-z0-9]+", pt))
            pflat = re.sub(r"[^A-Za-z0-9]+", "", pt)  # words broken across lines in narrow cells
            for it in p["items"]:
                for w in re.findall(r"[A-Za-z0-9]+", it["text"]):
                    if w not in pwords and w not in pflat:
                        pdfmiss += 1
                        if pdfmiss <= 5:
                            bad(f"PDF lacks word '{w}' of item: {it['text'][:60]}")
        words = len([w for w in full.split() if re.search(r"[A-Za-z0-9]", w)])
        nprov = sum(1 for i in p["items"] if i["item"] and i["section"] in ("F", "G", "H1", "H2"))
        nout = sum(1 for i in p["items"] if i["item"] and i["section"] == "E")
        tot_lines += len(p["items"]); tot_prov += nprov; tot_out += nout
        grades[p["target_grade"]] += 1; ages.append(p["age"]); stat[p["status"]] += 1
        ok_words = 2500 <= words <= 8000
        if not ok_words:
            bad(f"word count {words} outside 2500-8000")
        print(f"{p['id']} {p['child_name']:<22} {p['target_grade']:<21} {p['status']:<5} age {p['age']:>2} "
              f"words {words:>5} pages {p.get('pages')} lines {len(p['items']):>3} provision {nprov:>2} "
              f"outcomes {nout:>2} faults {len(p['faults']):>2} -> {'OK' if nprob == 0 else str(nprob) + ' problems'}")
        problems += nprob
    print("grades:", dict(grades))
    print("status:", dict(stat), " ages:", sorted(ages))
    big = [p["id"] for p in man["plans"] if sum(1 for i in p["items"] if i["item"] and i["section"] in ("F", "G", "H1", "H2")) >= 40]
    print("plans with >=40 provision items:", big)
    print(f"totals: {len(man['plans'])} plans, {tot_lines} labelled lines, {tot_prov} provision items, {tot_out} outcomes")
    print("SELF-CHECK", "PASSED" if problems == 0 else f"FAILED ({problems} problems)")


if __name__ == "__main__":
    main()
