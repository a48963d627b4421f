"""Check corpus/authored: every manifest is well formed, its labels obey ../shared/LABELS.md's logic,
and every labelled text (item, span, fault sentence, section heading) occurs verbatim in its file.

    .venv/bin/python scripts/check_authored.py [DIR]      # exit 1 and a list of problems if any

"The file's text" is the DOCX body in order, read straight from its XML (independently of
ehcp-qa's own parser, which is what is being measured): each paragraph; each table row as its
cells joined with " | " (a vertically merged cell only where it starts); text in content controls,
text boxes and tracked insertions included, tracked deletions left out; all whitespace collapsed.
A PDF is checked for words: every word of every item must occur in the PDF's text.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import authored  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
GRADES = {"outstanding", "good", "requires_improvement", "inadequate"}
KEYS = {"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"}
PROV_SPANS = {"what": "has_what", "who": "has_who", "frequency": "has_frequency", "duration": "has_duration",
              "group": "has_group_size"}
OUT_SPANS = ("subject", "behaviour", "criterion", "time")
_WS = re.compile(r"\s+")
_ALT = "\x00"  # marks a second rendering of a row (matched against, not counted as words)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _text(el) -> str:
    """Text of w:t (and tabs/breaks as spaces) under el, skipping mc:Fallback copies of text boxes."""
    out = []
    for node in el.iter(_w("t"), _w("tab"), _w("br"), f"{{{MC}}}Fallback"):
        if node.tag == f"{{{MC}}}Fallback":
            continue
        if any(a.tag == f"{{{MC}}}Fallback" for a in node.iterancestors()):
            continue
        out.append(node.text or "" if node.tag == _w("t") else " ")
    return "".join(out)


def _cell_text(tc) -> str:
    return " ".join(_text(p) for p in tc.iter(_w("p")) if not any(
        a.tag == _w("p") for a in p.iterancestors()))


def _lines(el, out: list[str]) -> None:
    for child in el:
        if child.tag == _w("p"):
            out.append(_text(child))
        elif child.tag == _w("tbl"):
            for tr in child.iter(_w("tr")):
                if any(a.tag == _w("tr") for a in tr.iterancestors()):
                    continue  # nested tables are read inside their cell
                cells = []
                for tc in tr.findall(_w("tc")):
                    vm = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
                    if vm is not None and vm.get(_w("val")) != "restart":
                        continue
                    cells.append(_cell_text(tc))
                out.append(" | ".join(cells))
                out.append(_ALT + " | ".join(c for c in cells if c.strip()))  # the same row, empty cells dropped
        elif child.tag in (_w("sdt"), _w("sdtContent"), _w("ins"), _w("customXml"), _w("smartTag")):
            _lines(child, out)


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    lines: list[str] = []
    _lines(root.find(_w("body")), lines)
    return _WS.sub(" ", "\n".join(x.lstrip(_ALT) for x in lines))


def word_count(text_lines: list[str]) -> int:
    return sum(len([w for w in x.split() if w != "|"]) for x in text_lines if not x.startswith(_ALT))


def docx_words(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    lines: list[str] = []
    _lines(root.find(_w("body")), lines)
    return word_count(lines)


def pdf_words(path: Path) -> Counter:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return Counter(re.findall(r"[A-Za-z0-9]+", text.replace("-\n", "")))


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def check_item(it: dict, where: str) -> list[str]:
    errs = []
    if "item" not in it or "section" not in it or "text" not in it:
        return [f"{where}: item lacks section/text/item"]
    if not it["item"]:
        return []
    spans = it.get("spans") or {}
    for name, subs in spans.items():
        for s in subs or ():
            if norm(s) not in norm(it["text"]):
                errs.append(f"{where}: span {name!r} not in the item's text: {s[:60]!r}")
    if it["section"] == "E":
        for f in ("smart", "specific", "measurable", "time_bound", "is_provision_not_outcome"):
            if not isinstance(it.get(f), bool):
                errs.append(f"{where}: outcome flag {f} missing")
                return errs
        if it["smart"] != (it["specific"] and it["measurable"] and it["time_bound"] and not it["is_provision_not_outcome"]):
            errs.append(f"{where}: smart is not specific and measurable and time-bound and not provision")
        if spans and bool(spans.get("time")) != it["time_bound"]:
            errs.append(f"{where}: time_bound disagrees with its time spans")
    else:
        for f in ("specific", *PROV_SPANS.values()):
            if not isinstance(it.get(f), bool):
                errs.append(f"{where}: provision flag {f} missing")
                return errs
        if not spans:
            errs.append(f"{where}: provision item without spans")
        for span, flag in PROV_SPANS.items():
            if spans and bool(spans.get(span)) != it[flag]:
                errs.append(f"{where}: {flag} disagrees with its {span} spans")
        if it["specific"] and not (it["has_what"] and it["has_who"] and it["has_frequency"]):
            errs.append(f"{where}: specific without what, who and frequency")
    return errs


def check_plan(base: Path, p: dict) -> tuple[list[str], dict]:
    errs, pid = [], p.get("id", "?")
    for k in ("id", "files", "target_grade", "rationale", "layout", "child_name", "plan_date", "age", "status",
              "sections_present", "sections_missing", "faults", "items"):
        if k not in p:
            errs.append(f"{pid}: no {k!r}")
    if errs:
        return errs, {}
    if p["target_grade"] not in GRADES:
        errs.append(f"{pid}: target_grade {p['target_grade']!r}")
    docx = base / (p["files"].get("docx") or "")
    if not p["files"].get("docx") or not docx.exists():
        return errs + [f"{pid}: DOCX {docx.name} missing"], {}
    text = docx_text(docx)
    for i, it in enumerate(p["items"]):
        errs += check_item(it, f"{pid} item {i}")
        if norm(it.get("text", "")) not in text:
            errs.append(f"{pid} item {i}: text not in the DOCX: {it.get('text', '')[:70]!r}")
    for f in p["faults"]:
        if f.get("sentence") and norm(f["sentence"]) not in text:
            errs.append(f"{pid}: fault sentence not in the DOCX: {f['sentence'][:70]!r}")
    for s in p["sections_present"]:
        if s.get("key") not in KEYS:
            errs.append(f"{pid}: section key {s.get('key')!r}")
        if norm(s.get("heading", "")) not in text:
            errs.append(f"{pid}: heading not in the DOCX: {s.get('heading', '')[:70]!r}")
    pdf_cov = None
    if p["files"].get("pdf"):
        pdf = base / p["files"]["pdf"]
        if not pdf.exists():
            errs.append(f"{pid}: PDF {pdf.name} missing")
        else:
            words = pdf_words(pdf)
            ok = sum(all(words[w] for w in re.findall(r"[A-Za-z0-9]+", it["text"])) for it in p["items"])
            pdf_cov = ok / max(1, len(p["items"]))
            if pdf_cov < 0.9:  # PDF writers cut words at cell edges ("Fort-nightly"): a few misses are real
                errs.append(f"{pid}: only {pdf_cov:.0%} of items have all their words in the PDF")
    stats = {"grade": p["target_grade"], "lines": len(p["items"]), "words": docx_words(docx),
             "provision": sum(1 for it in p["items"] if it.get("item") and it["section"] != "E"),
             "outcomes": sum(1 for it in p["items"] if it.get("item") and it["section"] == "E"),
             "spans": sum(1 for it in p["items"] if it.get("spans")), "pdf": pdf_cov is not None}
    return errs, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", type=Path, default=authored.AUTHORED)
    a = ap.parse_args(argv)
    errs: list[str] = []
    stats = []
    for author in authored.plan_authors(a.root):
        man = authored.manifest(author, a.root)
        for p in man["plans"]:
            e, s = check_plan(a.root / author, p)
            errs += [f"{author}/{x}" for x in e]
            if s:
                stats.append({**s, "author": author})
    st_lines = 0
    for author in authored.statement_authors(a.root / "statements"):
        for i, r in enumerate(authored.statement_rows(author, a.root / "statements")):
            st_lines += 1
            errs += [f"statements/{author}/{x}" for x in check_item(r, f"line {i}")]
    grades = Counter(s["grade"] for s in stats)
    print(f"plans {len(stats)} by {len({s['author'] for s in stats})} authors ({dict(grades)}); "
          f"{sum(s['pdf'] for s in stats)} with a PDF; words {min((s['words'] for s in stats), default=0)}-"
          f"{max((s['words'] for s in stats), default=0)}; labelled plan lines {sum(s['lines'] for s in stats)} "
          f"(provision items {sum(s['provision'] for s in stats)}, outcomes {sum(s['outcomes'] for s in stats)}, "
          f"with spans {sum(s['spans'] for s in stats)}); largest provision count "
          f"{max((s['provision'] for s in stats), default=0)}; statement-set lines {st_lines}")
    for e in errs[:200]:
        print("  " + e)
    print(f"{len(errs)} problems" if errs else "all labels and spans verbatim; label logic holds")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
