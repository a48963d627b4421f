"""PlanReport -> the documented JSON contract (README "JSON report"). Every other output format
(terminal, CSV, HTML, batch JSONL) is rendered from this dict or from the PlanReport itself."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Iterable

from ..model import PlanReport
from ..redact import Redactor, redact_row, redactor_for


def _redactor(report: PlanReport, redact_names: bool | str | Iterable[str]):
    """The batch redactor (ehcp_qa.redact): the child's cover name, names the drafting checks say
    belong to another child, and any names given here."""
    red = redactor_for(report.meta.name, report.findings, dob=report.meta.dob)
    if redact_names is True:
        return red
    extra = [redact_names] if isinstance(redact_names, str) else list(redact_names)
    return Redactor([*red.names, *extra]) if extra else red


def items_to_dicts(items, pages=(), include_text: bool = True) -> list[dict[str, Any]]:
    """What was judged (``Plan.items``): each item's kind, role, section, span, page, and its text
    (None when `include_text` is off)."""
    pages = pages or (None,) * len(items)
    return [{"kind": it.kind.value, "role": it.role.value if it.role else None, "section": it.section.value,
             "start": it.start, "end": it.end, "page": page, "confidence": round(it.confidence, 2),
             "text": it.text if include_text else None} for it, page in zip(items, pages)]


def report_to_dict(report: PlanReport, include_text: bool = True,
                   redact_names: bool | Iterable[str] | None = None) -> dict[str, Any]:
    """The JSON contract. `include_text=False` leaves every quoted plan span out (text: null);
    `redact_names` (True, or names to add to the child's) replaces names in every string with
    [CHILD] / [NAME] and drops the date of birth, as the batch outputs do."""
    findings = []
    locations = report.locations or (None,) * len(report.findings)
    for f, loc in zip(report.findings, locations):
        d = f.to_dict(include_text=include_text)
        d["page"] = loc.page if loc else None
        d["paragraph"] = loc.paragraph if loc else None
        d["line"] = loc.line if loc else None
        findings.append(d)
    sections = {k: dict(v) for k, v in report.sections.items()}
    if not include_text:  # a heading can hold the child's name ("Sam's plan: needs")
        for s in sections.values():
            s["title"] = None
    out = {
        "schema_version": report.schema_version,
        "tool_version": report.tool_version,
        "rubric_version": report.rubric_version,
        "model_versions": dict(report.model_versions),
        "file": report.file,
        "sha256": report.sha256,
        "meta": asdict(report.meta),
        "sections": sections,
        "missing": list(report.missing),
        "rating": report.rating.value,
        "score": round(float(report.score), 1),
        "criterion_scores": {k: round(float(v), 1) for k, v in report.criterion_scores.items()},
        "reasons": [{"criterion": r.criterion, "text": r.text, "findings": list(r.findings)}
                    for r in report.reasons],
        "counts": report.counts(),
        "findings": findings,
        "items": items_to_dicts(report.items, report.item_pages, include_text),
    }
    if redact_names:
        out = redact_row(out, _redactor(report, redact_names))
    return out


def dumps(report: PlanReport, include_text: bool = True, redact_names=None, indent: int | None = 2) -> str:
    return json.dumps(report_to_dict(report, include_text, redact_names), indent=indent, ensure_ascii=False)
