"""Name redaction for shareable batch outputs (`ehcp-qa score --redact`).

What we can find reliably, and nothing cleverer: the child's name from the cover (full name, each
part, possessive "Sam's"), names the drafting checks flagged as another child's, first names from the
shipped lexicon (it leaves out names that are also ordinary words: Will, May, Grace...) and an
honorific followed by a capitalised surname ("Mrs Okafor"). Redacting a little too much is the safe
failure; every string of every output (CSV, JSONL, HTML, finding texts, file names) goes through it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import yaml

CHILD = "[CHILD]"
NAME = "[NAME]"
DOB = "[DOB]"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][A-Za-z'\-]+")
_WRONG_NAME_RULES = ("wrong-name", "other-child", "second-child")


@lru_cache(maxsize=1)
def lexicon_first_names() -> frozenset[str]:
    try:
        text = resources.files("ehcp_qa").joinpath("resources/lexicons/first_names.yaml").read_text("utf-8")
        data = yaml.safe_load(text) or {}
    except (FileNotFoundError, yaml.YAMLError):
        return frozenset()
    return frozenset(str(n) for n in data.get("names", []) if str(n)[:1].isupper() and len(str(n)) > 1)


def name_parts(names: Iterable[str | None]) -> list[str]:
    """Each name and its parts (split on spaces and hyphens), longest first, 2+ letters."""
    out: set[str] = set()
    for name in names:
        name = (name or "").strip()
        if len(name) < 2:
            continue
        out.add(name)
        for token in name.split():  # "Noor-Khan" whole, then "Noor" and "Khan"
            out.update(p.strip(".,'") for p in [token, *token.split("-")] if len(p.strip(".,'")) > 1)
    return sorted(out, key=lambda s: (-len(s), s))


def dob_pattern(dob: str | None) -> re.Pattern | None:
    """The ways a plan writes a date of birth (ISO `dob`): 01/05/2013, 1.5.13, 2013-05-01,
    1 May 2013, 1st of May 2013, May 1, 2013, 01 May 13 (any case)."""
    try:
        y, m, d = (int(x) for x in (dob or "").split("-"))
    except ValueError:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    yy = rf"(?:{y}|{y % 100:02d})"
    day = rf"0?{d}"
    mon_num = rf"0?{m}"
    name = _MONTHS[m - 1]
    mon = rf"(?:{name}|{name[:3]}\.?)"
    alts = [rf"{day}\s*[/.\-]\s*{mon_num}\s*[/.\-]\s*{yy}", rf"{y}-{m:02d}-{d:02d}",
            rf"{day}(?:st|nd|rd|th)?(?:\s+of)?\s+{mon},?\s+{yy}", rf"{mon}\s+{day}(?:st|nd|rd|th)?,?\s+{yy}"]
    return re.compile(rf"(?<![0-9])(?:{'|'.join(alts)})(?![0-9])", re.IGNORECASE)


class Redactor:
    """Callable: str -> str with the given names (any case, any word boundary incl. "_" in file
    names) replaced by [CHILD], plus lexicon first names and honorific names, and the date of
    birth (in any usual spelling) by [DOB]."""

    def __init__(self, names: Iterable[str | None] = (), lexicon: bool = True, dob: str | None = None):
        self._dob = dob_pattern(dob)
        parts = name_parts(names)
        self.names = parts
        alts = "|".join(re.escape(p) for p in parts)
        # (?<![A-Za-z0-9]) rather than \b so "sam_smith.docx" is caught too
        self._names = re.compile(rf"(?<![A-Za-z0-9])(?:{alts})(?![A-Za-z0-9])", re.IGNORECASE) if parts else None
        first = sorted(lexicon_first_names(), key=len, reverse=True) if lexicon else []
        self._first = (re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(map(re.escape, first))})(?![a-z0-9])")
                       if first else None)  # case-sensitive: capitalised names only

    def __call__(self, s: str | None) -> str | None:
        if not s:
            return s
        if self._dob is not None:
            s = self._dob.sub(DOB, s)
        if self._names is not None:
            s = self._names.sub(CHILD, s)
        s = _HONORIFIC.sub(NAME, s)
        if self._first is not None:
            s = self._first.sub(CHILD, s)
        return s

    def apply(self, obj: Any) -> Any:
        """Every string in a JSON-like structure (dict keys are left alone: they are schema)."""
        if isinstance(obj, str):
            return self(obj)
        if isinstance(obj, dict):
            return {k: self.apply(v) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [self.apply(v) for v in obj]
        return obj


def redactor_for(meta_name: str | None, findings: Iterable[Any] = (), dob: str | None = None) -> Redactor:
    """The child's cover name plus any name a drafting check says belongs to another child, and the
    child's date of birth (ISO, from the cover)."""
    names: list[str | None] = [meta_name]
    for f in findings:
        rule_id = getattr(f, "rule_id", None) or (f.get("rule_id") if isinstance(f, dict) else None) or ""
        text = getattr(f, "text", None) if not isinstance(f, dict) else f.get("text")
        if text and any(k in rule_id for k in _WRONG_NAME_RULES) and len(text) < 60:
            names.append(text)
    return Redactor(names, dob=dob)


def redact_row(row: dict[str, Any], redactor: Redactor) -> dict[str, Any]:
    """A PlanReport dict (or batch row) with names gone: meta name/dob blanked, all strings redacted."""
    out = redactor.apply(row)
    meta = out.get("meta")
    if isinstance(meta, dict):
        if meta.get("name"):
            meta["name"] = CHILD
        meta["dob"] = None  # a date of birth next to anything else identifies a child
    return out


#: plan text quoted inside a message (checks quote slots and hedges in curly double quotes)
_PLAN_QUOTE = re.compile("\u201c[^\u201d]*\u201d")


def _hide_quotes(message: str | None) -> str | None:
    return _PLAN_QUOTE.sub("\u201c\u2026\u201d", message) if message else message


def redact_report(report: Any, hide_text: bool = True) -> Any:
    """A PlanReport fit to share (`check --hide-text` / `--redact`): the child's name and date of birth
    gone from the cover details, every message, suggestion, reason and the file name; with
    `hide_text` the quoted spans, item texts and section titles left out too (offsets stay, so an annotated copy
    still knows where each finding is)."""
    red = redactor_for(report.meta.name, report.findings, dob=report.meta.dob)
    findings = tuple(replace(f, text=None if hide_text else red(f.text),
                             message=_hide_quotes(red(f.message)) if hide_text else red(f.message),
                             suggestion=red(f.suggestion), guidance=red(f.guidance)) for f in report.findings)
    sections = {k: dict(v, title=None if hide_text else red(v.get("title"))) for k, v in report.sections.items()}
    meta = replace(report.meta, name=CHILD if report.meta.name else None, dob=None)
    reasons = tuple(replace(r, text=red(r.text)) for r in report.reasons)
    items = tuple(replace(it, text=None if hide_text else red(it.text), context=None if hide_text else red(it.context))
                  for it in report.items)
    return replace(report, file=red(report.file), meta=meta, findings=findings, sections=sections, reasons=reasons,
                   items=items)
