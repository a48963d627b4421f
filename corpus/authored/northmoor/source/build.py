"""Build Northmoor plans: src/nmXX.py -> nmXX_name.docx (+ .pdf via LibreOffice) and manifest.json.
Usage: python build.py [nm01 nm02 ...] [--nopdf]"""
import sys, os, json, importlib.util, subprocess, datetime, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nmlib
from selfcheck import extract_docx

HERE = os.path.dirname(os.path.abspath(__file__))


def load(pid):
    spec = importlib.util.spec_from_file_location(pid, os.path.join(HERE, "src", pid + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.PLAN


def age(dob, on):
    a = datetime.date.fromisoformat(dob); b = datetime.date.fromisoformat(on)
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    nopdf = "--nopdf" in sys.argv
    pids = args or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "src")) if re.match(r"nm\d\d\.py$", f))
    mpath = os.path.join(HERE, "manifest.json")
    man = json.load(open(mpath)) if os.path.exists(mpath) else {"author": "northmoor", "plans": []}
    byid = {p["id"]: p for p in man["plans"]}
    for pid in pids:
        plan = load(pid)
        base = f"{pid}_{plan['slug']}"
        dpath = os.path.join(HERE, base + ".docx")
        items = nmlib.build_docx(plan, dpath)
        text = " ".join(extract_docx(dpath))
        words = len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])
        pdf = None; pages = None
        if not nopdf:
            for attempt in range(3):  # private LibreOffice profile so parallel soffice runs do not collide
                r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/northmoor_lo_profile", "--headless",
                                    "--convert-to", "pdf", "--outdir", HERE, dpath], capture_output=True, timeout=300)
                if r.returncode == 0 and os.path.exists(os.path.join(HERE, base + ".pdf")):
                    break
            else:
                raise RuntimeError(r.stderr.decode()[-500:])
            pdf = base + ".pdf"
            from pypdf import PdfReader
            pages = len(PdfReader(os.path.join(HERE, pdf)).pages)
        elif pid in byid:
            pdf = byid[pid]["files"].get("pdf"); pages = byid[pid].get("pages")
        entry = {
            "id": pid, "files": {"docx": base + ".docx", "pdf": pdf},
            "target_grade": plan["grade"], "rationale": plan["rationale"], "layout": plan["layout"],
            "child_name": plan["child"], "plan_date": plan["plan_date"],
            "age": age(plan["dob"], plan["plan_date"]), "status": plan["status"], "words": words,
            "sections_present": [{"key": k, "heading": h, "status": plan["status_of"].get(k, "content")}
                                 for k, h, _ in plan["sections"]],
            "sections_missing": plan.get("missing", []),
            "faults": plan["faults"], "items": items,
        }
        if pages is not None:
            entry["pages"] = pages
        byid[pid] = entry
        n_item = sum(1 for i in items if i["item"])
        print(f"{pid}: {words} words, {pages} pages, {len(items)} lines, {n_item} items, age {entry['age']}")
    man["plans"] = [byid[k] for k in sorted(byid)]
    json.dump(man, open(mpath, "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
