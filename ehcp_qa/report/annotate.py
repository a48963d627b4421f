"""An annotated copy of a DOCX draft: a Word comment on each finding's text (message + suggestion) and
a summary comment with the suggested rating on the first paragraph. The source file is never written.

How a finding's offset reaches a place in the document: the DOCX parser makes one block per paragraph
(stripped) and one per table cell (its paragraphs' texts joined by "\\n"), in document order. We walk
the same w:p elements in the same order, line them up with Plan.blocks by text, and so turn
(block, offset) into (paragraph, offset). Runs are split at the span's edges so the comment covers
exactly the span (python-docx anchors comments on whole runs).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..errors import EhcpQaError, OutputError
from ..model import Plan, PlanReport

AUTHOR, INITIALS = "ehcp-qa", "QA"
_P, _R, _T = qn("w:p"), qn("w:r"), qn("w:t")
_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
# paragraphs/runs inside these are not text the parser reads (deleted revisions, text-box
# duplicates, fallback content), so they are not counted either
_SKIP = {qn("w:del"), qn("w:txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def _skipped(el, stop) -> bool:
    for anc in el.iterancestors():
        if anc is stop:
            return False
        if anc.tag in _SKIP:
            return True
    return False


def _run_text(r) -> str:
    out = []
    for ch in r:
        if ch.tag in _TEXT:
            out.append(ch.text or "" if ch.tag == _T else _TEXT[ch.tag])
    return "".join(out)


@dataclass
class _Para:
    el: Any  # w:p
    raw: str  # text as the parser reads it, before strip
    lead: int  # characters stripped from the front

    @property
    def text(self) -> str:
        return self.raw.strip()


def _runs(p_el) -> list[tuple[Any, int, int]]:
    """(w:r, start, end) in raw paragraph text offsets, for runs the parser reads."""
    out, pos = [], 0
    for r in p_el.iter(_R):
        if _skipped(r, p_el):
            continue
        t = _run_text(r)
        out.append((r, pos, pos + len(t)))
        pos += len(t)
    return out


def _para(p_el) -> _Para:
    raw = "".join(_run_text(r) for r, _, _ in _runs(p_el))
    return _Para(p_el, raw, len(raw) - len(raw.lstrip()))


def _align(plan: Plan, paras: list[_Para]) -> dict[int, list[tuple[_Para, int]]]:
    """Block index -> [(paragraph, offset of its stripped text within the block text)]."""
    out: dict[int, list[tuple[_Para, int]]] = {}
    j = 0
    for b in plan.blocks:
        k = j
        while k < len(paras) and k < j + 200 and not (paras[k].text and b.text.startswith(paras[k].text)):
            k += 1
        if k >= len(paras) or k >= j + 200:
            continue  # not found nearby (a parser that drops or rewrites text): leave it unanchored
        parts, acc = [(paras[k], 0)], paras[k].text
        k += 1
        while acc != b.text and k < len(paras):
            nxt = paras[k].text
            if not nxt:
                k += 1
                continue
            if b.text.startswith(acc + "\n" + nxt):
                parts.append((paras[k], len(acc) + 1))
                acc += "\n" + nxt
                k += 1
            else:
                break
        out[b.index] = parts
        j = k
    return out


def _split(p_el, at: int) -> None:
    """Split the run containing raw offset `at` (strictly inside it) into two runs."""
    for r, s, e in _runs(p_el):
        if s < at < e:
            cut = at - s
            twin = copy.deepcopy(r)
            pos, drop_first, drop_second = 0, [], []
            for ch_a, ch_b in zip(list(r), list(twin)):
                if ch_a.tag not in _TEXT:
                    continue  # rPr and friends stay on both halves
                t = (ch_a.text or "") if ch_a.tag == _T else _TEXT[ch_a.tag]
                if pos + len(t) <= cut:
                    drop_second.append(ch_b)
                elif pos >= cut:
                    drop_first.append(ch_a)
                else:  # a w:t straddling the cut
                    ch_a.text, ch_b.text = t[: cut - pos], t[cut - pos:]
                    for ch in (ch_a, ch_b):
                        ch.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                pos += len(t)
            for ch in drop_first:
                r.remove(ch)
            for ch in drop_second:
                twin.remove(ch)
            r.addnext(twin)
            return


def _locate(plan: Plan, align, offset: int, is_end: bool) -> tuple[Any, int] | None:
    """Plan offset -> (w:p, raw offset in that paragraph)."""
    b = plan.block_at(offset - 1 if is_end else offset)
    if b is None or b.index not in align:
        return None
    rel = offset - b.start
    best = None
    for para, at in align[b.index]:
        if at <= rel <= at + len(para.text) if is_end else at <= rel < at + len(para.text):
            best = (para, rel - at)
            break
    if best is None:
        return None
    para, off = best
    return para.el, off + para.lead


def _label(v: str) -> str:
    return v.replace("_", " ").capitalize()


def _summary(report: PlanReport, unanchored: list[int]) -> list[str]:
    c = report.counts()
    lines = [f"ehcp-qa suggested rating: {_label(report.rating.value)} (score {report.score:.1f}/10), "
             f"{c['error']} errors, {c['warning']} warnings, {c['suggestion']} suggestions. "
             "A suggestion ahead of moderation, not a judgement."]
    lines += [f"- {r.text}" for r in report.reasons]
    if report.missing:
        lines.append("Missing sections: " + ", ".join(report.missing))
    for i in unanchored:
        f = report.findings[i]
        lines.append(f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "") + f" ({f.severity.value}: {f.rule_id})")
    return lines


def annotate_docx(src: str | Path, report: PlanReport, plan: Plan, out: str | Path) -> dict[str, int]:
    """Write `out`: a copy of `src` with one comment per located finding and a summary comment.
    Returns {"anchored": n, "unanchored": m}. Refuses to overwrite the source."""
    src, out = Path(src), Path(out)
    if out.resolve() == src.resolve():
        raise EhcpQaError(f"{out}: refusing to overwrite the source document")
    doc = Document(str(src))
    body = doc.element.body
    paras = [_para(p) for p in body.iter(_P) if not _skipped(p, body)]
    align = _align(plan, paras)

    spans: list[tuple[int, Any, int, Any, int]] = []  # finding index, start p, off, end p, off
    unanchored: list[int] = []
    for i, f in enumerate(report.findings):
        end = f.end if f.end is not None else (f.start + len(f.text) if f.start is not None and f.text else None)
        a = _locate(plan, align, f.start, False) if f.start is not None else None
        z = _locate(plan, align, end, True) if a is not None and end is not None and end > f.start else None
        if a is None or z is None:
            unanchored.append(i)
            continue
        spans.append((i, a[0], a[1], z[0], z[1]))
    for _, ap, ao, zp, zo in spans:  # cut every run edge first, then pick runs
        _split(ap, ao)
        _split(zp, zo)
    for i, ap, ao, zp, zo in spans:
        first = next((r for r, s, e in _runs(ap) if s == ao and e > s), None)
        last = next((r for r, s, e in _runs(zp) if e == zo and e > s), None)
        if first is None or last is None:
            unanchored.append(i)
            continue
        f = report.findings[i]
        # what a caseworker needs first: the sentence and what to write instead; the rule id last
        c = doc.add_comment([Run(first, Paragraph(ap, None)), Run(last, Paragraph(zp, None))],
                            text=f.message, author=AUTHOR, initials=INITIALS)
        if f.suggestion:
            c.add_paragraph(f"Suggestion: {f.suggestion}")
        if f.guidance:
            c.add_paragraph(f"Guidance: {f.guidance}")
        c.add_paragraph(f"{f.severity.value.capitalize()}: {f.rule_id}")
    first_para = next((p for p in paras if p.text), None)
    if first_para is not None:
        runs = [r for r, s, e in _runs(first_para.el) if e > s]
        lines = _summary(report, sorted(unanchored))
        c = doc.add_comment([Run(runs[0], Paragraph(first_para.el, None)), Run(runs[-1], Paragraph(first_para.el, None))],
                            text=lines[0], author=AUTHOR, initials=INITIALS)
        for line in lines[1:]:
            c.add_paragraph(line)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(out))
    except OSError as e:  # the output's fault, never the draft's
        raise OutputError.from_os(out, e) from None
    return {"anchored": len(report.findings) - len(unanchored), "unanchored": len(unanchored)}
