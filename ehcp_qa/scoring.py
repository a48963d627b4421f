"""Findings -> criterion scores (0-10) -> overall score -> suggested rating, with reasons.

Everything tunable lives in the versioned rubric file (resources/rubric.yaml); this module only
knows how to read it and apply it. See the rubric's comments for the design.
"""
from __future__ import annotations

import bisect
import fnmatch
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

from . import __version__
from .errors import ConfigError
from .items import ensure_items
from .ml.combine import model_versions as shipped
from .model import (
    STATUTORY,
    Dimension,
    Finding,
    Plan,
    PlanReport,
    Rating,
    Reason,
    Severity,
)
from .ordinal import predict_ordinal
from .report.sections import section_view

CRITERIA: tuple[str, ...] = tuple(d.value for d in Dimension)
_SECTION_ORDER = {k.value: i for i, k in enumerate(STATUTORY)}
_BY_RANK = {r.rank: r for r in Rating}
_COND_KEYS = {"rule", "dimension", "severity", "text", "not_text", "min", "missing", "status", "criterion_below",
              "share", "any", "lacks"}
_SHARE_KEYS = {"units", "at_least", "min_units", "rule", "dimension", "severity", "text", "not_text"}
_FINDING_KEYS = ("rule", "dimension", "severity", "text", "not_text")


# --- the rubric --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: float
    points: dict[str, float]  # deduction per finding outside a unit, by severity
    repeat: float = 0.5  # each further finding of one rule counts this much of the one before
    cap: float = 10.0  # most this criterion can lose
    units: str | None = None  # normalise item findings by the share of these units flagged
    share_points: float = 0.0  # points lost when every unit carries an error


@dataclass(frozen=True)
class Limit:
    when: dict[str, Any]
    cap: Rating
    reason: str


@dataclass(frozen=True)
class Rubric:
    version: str
    criteria: dict[str, Criterion]
    bands: tuple[tuple[Rating, float], ...]  # best first
    limits: tuple[Limit, ...]
    units: dict[str, tuple[str, ...]]
    unit_weights: dict[str, float]
    section_weights: dict[str, float]
    ordinal_model: Path | None = None  # optional skops model written by `train --ordinal`
    source: str = "built-in"
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def band(self, score: float) -> Rating:
        for rating, low in self.bands:
            if score >= low:
                return rating
        return self.bands[-1][0]


def _fail(src: str, msg: str) -> ConfigError:
    return ConfigError(f"{src}: {msg}")


def _severity_map(v: Any, src: str, where: str) -> dict[str, float]:
    if not isinstance(v, Mapping) or set(v) - {s.value for s in Severity}:
        raise _fail(src, f"{where} must map error/warning/suggestion to numbers")
    return {s.value: float(v.get(s.value, 0.0)) for s in Severity}


def _check_condition(c: Any, src: str, where: str) -> None:
    if not isinstance(c, Mapping) or not c:
        raise _fail(src, f"{where}: `when` must be a non-empty mapping")
    unknown = set(c) - _COND_KEYS
    if unknown:
        raise _fail(src, f"{where}: unknown condition(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_COND_KEYS))}")
    if "any" in c:
        if not isinstance(c["any"], list) or not c["any"]:
            raise _fail(src, f"{where}: `any` takes a list of conditions")
        for sub in c["any"]:
            _check_condition(sub, src, where)
    if "severity" in c and c["severity"] not in {s.value for s in Severity}:
        raise _fail(src, f"{where}: severity must be error, warning or suggestion")
    for key in ("text", "not_text"):
        for spec in (c, c.get("share") or {}):
            if key in spec:
                try:
                    re.compile(spec[key])
                except (re.error, TypeError) as e:
                    raise _fail(src, f"{where}: bad {key} pattern {spec[key]!r} ({e})") from None
    if "dimension" in c and c["dimension"] not in CRITERIA:
        raise _fail(src, f"{where}: unknown dimension {c['dimension']!r}")
    for name in c.get("criterion_below", {}) or {}:
        if name not in CRITERIA:
            raise _fail(src, f"{where}: unknown criterion {name!r}")
    for key, pats in (c.get("lacks") or {}).items():
        if (key not in _SECTION_ORDER and key != "plan") or not isinstance(pats, list):
            raise _fail(src, f"{where}: lacks maps a section key (or `plan`) to a list of patterns")
        for pat in pats:
            try:
                re.compile(pat)
            except re.error as e:
                raise _fail(src, f"{where}: bad pattern {pat!r} ({e})") from None
    if "share" in c:
        sh = c["share"]
        if not isinstance(sh, Mapping) or set(sh) - _SHARE_KEYS or "units" not in sh or "at_least" not in sh:
            raise _fail(src, f"{where}: share takes units, at_least and optional rule/dimension/severity")


def parse_rubric(data: Any, src: str = "rubric", base: Path | None = None) -> Rubric:
    """Validate a rubric mapping (as read from YAML). Errors name the file and the key."""
    if not isinstance(data, Mapping):
        raise _fail(src, "a rubric must be a mapping")
    known = {"version", "units", "unit_weights", "section_weights", "criteria", "bands", "limits", "ordinal_model"}
    unknown = set(data) - known
    if unknown:
        raise _fail(src, f"unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    if not data.get("version"):
        raise _fail(src, "missing `version:`")
    units = {str(k): tuple(str(s) for s in v) for k, v in (data.get("units") or {}).items()}
    for name, secs in units.items():
        for s in secs:
            if s not in _SECTION_ORDER:
                raise _fail(src, f"units.{name}: unknown section {s!r}")
    crits: dict[str, Criterion] = {}
    raw_crits = data.get("criteria") or {}
    missing = set(CRITERIA) - set(raw_crits)
    if missing or set(raw_crits) - set(CRITERIA):
        raise _fail(src, f"criteria must be exactly {', '.join(CRITERIA)}")
    for name, c in raw_crits.items():
        extra = set(c) - {"weight", "points", "repeat", "cap", "units", "share_points"}
        if extra:
            raise _fail(src, f"criteria.{name}: unknown key(s) {', '.join(sorted(extra))}")
        if c.get("units") is not None and c["units"] not in units:
            raise _fail(src, f"criteria.{name}: units {c['units']!r} not defined under `units:`")
        crits[name] = Criterion(
            name=name,
            weight=float(c.get("weight", 1.0)),
            points=_severity_map(c.get("points", {}), src, f"criteria.{name}.points"),
            repeat=float(c.get("repeat", 0.5)),
            cap=float(c.get("cap", 10.0)),
            units=c.get("units"),
            share_points=float(c.get("share_points", 0.0)),
        )
    bands_raw = data.get("bands") or []
    try:
        bands = tuple(sorted(((Rating(b["rating"]), float(b["min"])) for b in bands_raw), key=lambda x: -x[0].rank))
    except (KeyError, TypeError, ValueError):
        raise _fail(src, "bands: each needs rating (outstanding/good/requires_improvement/inadequate) and min") from None
    if {r for r, _ in bands} != set(Rating):
        raise _fail(src, "bands must give each of the four ratings once")
    if any(bands[i][1] < bands[i + 1][1] for i in range(len(bands) - 1)):
        raise _fail(src, "bands: a better rating needs a higher (or equal) min")
    limits = []
    for i, lim in enumerate(data.get("limits") or []):
        where = f"limits[{i}]"
        if not isinstance(lim, Mapping) or set(lim) - {"when", "cap", "reason"}:
            raise _fail(src, f"{where}: takes when, cap, reason")
        _check_condition(lim.get("when"), src, where)
        try:
            cap = Rating(lim.get("cap"))
        except ValueError:
            raise _fail(src, f"{where}: cap must be a rating value") from None
        limits.append(Limit(when=dict(lim["when"]), cap=cap, reason=str(lim.get("reason", ""))))
    model = data.get("ordinal_model")
    model_path = None
    if model:
        model_path = Path(model)
        if not model_path.is_absolute() and base is not None:
            model_path = base / model_path
    return Rubric(
        version=str(data["version"]),
        criteria=crits,
        bands=bands,
        limits=tuple(limits),
        units=units,
        unit_weights=_severity_map(data.get("unit_weights", {"error": 1, "warning": 0.5, "suggestion": 0.1}),
                                   src, "unit_weights"),
        section_weights={str(k): float(v) for k, v in (data.get("section_weights") or {}).items()},
        ordinal_model=model_path,
        source=src,
        raw=dict(data),
    )


@lru_cache(maxsize=1)
def default_rubric() -> Rubric:
    text = resources.files("ehcp_qa").joinpath("resources/rubric.yaml").read_text(encoding="utf-8")
    return parse_rubric(yaml.safe_load(text), src="rubric.yaml (built-in)")


def load_rubric(path: str | Path | None = None) -> Rubric:
    """The built-in rubric, or a rubric file (e.g. one written by `ehcp-qa train`)."""
    if path is None:
        return default_rubric()
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: rubric file not found")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{p}:{line} invalid YAML") from None
    return parse_rubric(data, src=str(p), base=p.parent)


def _as_rubric(rubric: Rubric | str | Path | None) -> Rubric:
    return rubric if isinstance(rubric, Rubric) else load_rubric(rubric)


# --- units: the items a share is taken over -----------------------------------------------------


@dataclass(frozen=True)
class ItemUnits:
    """The items (``Plan.items``: provision items, outcomes; never non-items) of some sections, the
    units a share is taken over. ``of(offset)`` is the item a finding at that offset falls in."""

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.starts)

    def of(self, offset: int | None) -> int | None:
        if offset is None or not self.starts:
            return None
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.ends[i] else None


def unit_index(plan: Plan, sections: Sequence[str]) -> ItemUnits:
    """The items of ``sections`` (an outcome in a combined table counts under E wherever it stands)."""
    keys = set(map(str, sections))
    spans = sorted((it.start, it.end) for it in ensure_items(plan).items or ()
                   if it.is_item and it.section.value in keys)
    return ItemUnits(tuple(a for a, _ in spans), tuple(b for _, b in spans))


def _unit_of(plan: Plan, f: Finding, units: ItemUnits) -> int | None:
    return units.of(f.start) if units else None


# --- conditions ----------------------------------------------------------------------------------


def _rule_match(rule_id: str, patterns: str | Sequence[str]) -> bool:
    pats = [patterns] if isinstance(patterns, str) else patterns
    return any(fnmatch.fnmatchcase(rule_id, p) for p in pats)


def _finding_match(f: Finding, c: Mapping[str, Any]) -> bool:
    if "rule" in c and not _rule_match(f.rule_id, c["rule"]):
        return False
    if "dimension" in c and f.dimension.value != c["dimension"]:
        return False
    if "severity" in c and f.severity.rank < Severity(c["severity"]).rank:
        return False
    # the quoted text: "TBC" left for a detail is not a template's "[Child's name]" left in
    if "text" in c and not re.search(c["text"], f.text or "", re.IGNORECASE):
        return False
    if "not_text" in c and re.search(c["not_text"], f.text or "", re.IGNORECASE):
        return False
    return True


@dataclass
class Assessment:
    plan: Plan
    findings: Sequence[Finding]
    rubric: Rubric
    scores: dict[str, float]
    missing: tuple[str, ...]
    units: dict[str, ItemUnits]
    total: float = 0.0

    def share(self, spec: Mapping[str, Any]) -> tuple[float, list[int]]:
        frac, idx, _, _ = self.share_counts(spec)
        return frac, idx

    def share_counts(self, spec: Mapping[str, Any]) -> tuple[float, list[int], int, int]:
        """(share of units flagged, evidence findings, units flagged, units)."""
        units = self.units[spec["units"]]
        n = len(units)
        flt = {k: spec[k] for k in _FINDING_KEYS if k in spec}
        hit_units, idx = set(), []
        for i, f in enumerate(self.findings):
            u = _unit_of(self.plan, f, units)
            if u is not None and _finding_match(f, flt):
                hit_units.add(u)
                idx.append(i)
        return (len(hit_units) / n if n else 0.0), idx, len(hit_units), n


def _evaluate(c: Mapping[str, Any], st: Assessment) -> tuple[bool, list[int]]:
    """Does condition `c` hold? Also the indices of the findings that make it hold (evidence)."""
    evidence: list[int] = []
    if "any" in c:
        hits = [_evaluate(sub, st) for sub in c["any"]]
        if not any(ok for ok, _ in hits):
            return False, []
        evidence = sorted({i for ok, idx in hits if ok for i in idx})
        rest = {k: v for k, v in c.items() if k != "any"}
        if not rest:
            return True, evidence
        ok, more = _evaluate(rest, st)
        return ok, sorted(set(evidence) | set(more)) if ok else []
    if "missing" in c:
        want = c["missing"]
        keys = st.missing if want == "any" else [k for k in st.missing if k in set(map(str, want))]
        if not keys:
            return False, []
        evidence += [i for i, f in enumerate(st.findings)
                     if f.section is not None and f.section.value in keys and f.dimension is Dimension.COMPLETENESS]
    if "status" in c:
        for key, statuses in c["status"].items():
            sec = st.plan.section(key)
            if sec is None or sec.status.value not in set(statuses):
                return False, []
            evidence += [i for i, f in enumerate(st.findings) if f.section is not None and f.section.value == key]
    if "lacks" in c:  # positive evidence an outstanding plan shows, looked for in the text
        lacking = [key for key, pats in c["lacks"].items()
                   if not any(re.search(p, st.plan.text if key == "plan" else st.plan.section_text(key),
                                        re.IGNORECASE) for p in pats)]
        if not lacking:
            return False, []
    if "criterion_below" in c:
        low = [name for name, th in c["criterion_below"].items() if st.scores[name] < float(th)]
        if not low:
            return False, []
        evidence += [i for i, f in enumerate(st.findings) if f.dimension.value in low]
    if "share" in c:
        # a share needs enough items behind it: 2 of 3 vague items is not "most provision"
        frac, idx, hit, _ = st.share_counts(c["share"])
        if frac < float(c["share"]["at_least"]) or frac == 0 or hit < int(c["share"].get("min_units", 1)):
            return False, []
        evidence += idx
    if any(k in c for k in _FINDING_KEYS):
        idx = [i for i, f in enumerate(st.findings) if _finding_match(f, c)]
        if len(idx) < int(c.get("min", 1)):
            return False, []
        evidence += idx
    return True, sorted(set(evidence))


# --- scoring -------------------------------------------------------------------------------------


def criterion_scores(plan: Plan, findings: Sequence[Finding], rubric: Rubric,
                     units: dict[str, ItemUnits] | None = None) -> dict[str, float]:
    """0-10 per criterion. Item findings deduct by the share of items flagged (weighted by the
    worst severity on each item); other findings deduct points that shrink for repeats of a rule."""
    units = units if units is not None else {name: unit_index(plan, secs) for name, secs in rubric.units.items()}
    out: dict[str, float] = {}
    for name, crit in rubric.criteria.items():
        cu = units.get(crit.units, ItemUnits()) if crit.units else ItemUnits()
        worst: dict[object, float] = {}
        seen: Counter[str] = Counter()
        deduct = 0.0
        for f in findings:
            if f.dimension.value != name:
                continue
            u = _unit_of(plan, f, cu)
            if u is not None:
                worst[u] = max(worst.get(u, 0.0), rubric.unit_weights[f.severity.value])
                continue
            sw = rubric.section_weights.get(f.section.value, 1.0) if f.section else 1.0
            deduct += crit.points[f.severity.value] * sw * crit.repeat ** seen[f.rule_id]
            seen[f.rule_id] += 1
        n = len(cu)
        if n:
            deduct += crit.share_points * sum(worst.values()) / n
        out[name] = round(max(0.0, 10.0 - min(crit.cap, deduct)), 2)
    return out


def overall(scores: Mapping[str, float], rubric: Rubric) -> float:
    total = sum(c.weight for c in rubric.criteria.values())
    return round(sum(scores[n] * c.weight for n, c in rubric.criteria.items()) / total, 2) if total else 0.0


def assess(plan: Plan, findings: Iterable[Finding], rubric: Rubric) -> Assessment:
    """Everything the rating is derived from: findings in report order, missing sections, units,
    criterion scores and the overall score."""
    ordered = tuple(sorted(findings, key=_sort_key))
    missing = tuple(k.value for k in STATUTORY if k not in plan.sections)
    units = {name: unit_index(plan, secs) for name, secs in rubric.units.items()}
    scores = criterion_scores(plan, ordered, rubric, units)
    return Assessment(plan, ordered, rubric, scores, missing, units, overall(scores, rubric))


def limit_hits(st: Assessment) -> list[tuple[Limit, list[int]]]:
    hits = []
    for lim in st.rubric.limits:
        ok, idx = _evaluate(lim.when, st)
        if ok:
            hits.append((lim, idx))
    return hits


def _shares_in(c: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    out = [c["share"]] if "share" in c else []
    for sub in c.get("any", []) or []:
        out += _shares_in(sub)
    return out


def limit_reason(lim: Limit, st: Assessment, idx: Sequence[int]) -> str:
    """A limit's reason with the evidence that triggered it: the share of items ("7 of 10 provision
    items, 70%"), the sections missing, or how many findings."""
    text = lim.reason
    extra = []
    for spec in _shares_in(lim.when):
        frac, _, hit, n = st.share_counts(spec)
        if hit and frac >= float(spec["at_least"]):
            noun = "outcomes" if spec["units"] == "outcomes" else f"{spec['units']} items"
            extra.append(f"{hit} of {n} {noun} ({frac:.0%}) flagged; the limit needs {float(spec['at_least']):.0%}"
                         + (f" and at least {int(spec['min_units'])}" if int(spec.get("min_units", 1)) > 1 else ""))
    if _has_key(lim.when, "missing") and st.missing:
        extra.append(f"not found: {', '.join(st.missing)}")
    for name, th in (lim.when.get("criterion_below") or {}).items():
        if st.scores[name] < float(th):
            extra.append(f"{name.replace('_', ' ')} {st.scores[name]:.1f}/10, below {float(th):g}")
    if not extra and idx:
        extra.append(f"{len(idx)} finding{'s' if len(idx) != 1 else ''}")
    return f"{text} ({'; '.join(extra)})" if extra else text


def _has_key(c: Mapping[str, Any], key: str) -> bool:
    return key in c or any(_has_key(sub, key) for sub in c.get("any", []) or [])


def _sort_key(f: Finding) -> tuple:
    return (_SECTION_ORDER.get(f.section.value, 99) if f.section else -1,
            f.start if f.start is not None else -1, -f.severity.rank, f.rule_id)


#: the order a moderation panel reads a plan in: missing or blank sections, provision specificity,
#: SMART outcomes, health and care input, the golden thread, the child's voice, drafting
MODERATOR_ORDER: tuple[str, ...] = ("completeness", "specificity", "measurability", "health_care",
                                    "golden_thread", "voice", "language")
_RULE_CRITERION = {"drafting": "language", **{c: c for c in CRITERIA}}


def limit_criterion(when: Mapping[str, Any]) -> str:
    """The criterion a limiting judgement belongs to, for ordering reasons as a moderator would."""
    if "missing" in when or "status" in when:
        return "completeness"
    if "share" in when:
        return "measurability" if when["share"]["units"] == "outcomes" else "specificity"
    if "dimension" in when:
        return when["dimension"]
    if "criterion_below" in when:
        return min(when["criterion_below"], key=MODERATOR_ORDER.index)
    rules = when.get("rule")
    if rules:
        first = (rules if isinstance(rules, str) else rules[0]).split(".")[0]
        return _RULE_CRITERION.get(first, "language")
    if "lacks" in when:
        key = next(iter(when["lacks"]))
        return {"A": "voice", "E": "measurability"}.get(key, "health_care")
    subs = when.get("any") or []
    return min((limit_criterion(c) for c in subs), key=MODERATOR_ORDER.index) if subs else "language"


#: how a panel names each criterion, and what a flagged item of it falls short of
_PANEL_NAME = {"completeness": "Sections", "specificity": "Provision", "measurability": "Outcomes",
               "health_care": "Health and social care input", "golden_thread": "Golden thread",
               "voice": "Child's voice", "language": "Drafting"}
_SHORT_OF = {"specificity": "do not say what, who, how often or how long, or use vague wording",
             "measurability": "are not SMART (specific, measurable, time-bound) or are not outcomes"}


def _rule_words(rule_id: str) -> str:
    """"specificity.missing-frequency" -> "missing frequency": the rule's name in plain words."""
    return rule_id.split(".", 1)[-1].replace("-", " ").replace("_", " ")


def _criterion_reason(name: str, score: float, idx: list[int], findings: Sequence[Finding],
                      st: Assessment | None = None) -> Reason:
    """One criterion in a panel's words: what falls short (the share of items, for provision and
    outcomes), the findings behind it by kind, and the score."""
    counts = Counter(findings[i].severity.value for i in idx)
    kinds = Counter(_rule_words(findings[i].rule_id) for i in idx).most_common(3)
    sev = ", ".join(f"{counts[s.value]} {s.value}{'s' if counts[s.value] != 1 else ''}"
                    for s in Severity if counts[s.value])
    top = "; ".join(f"{k} x{n}" if n > 1 else k for k, n in kinds)
    lead = ""
    crit = st.rubric.criteria.get(name) if st is not None else None
    if crit is not None and crit.units:
        frac, _, hit, n = st.share_counts({"units": crit.units, "dimension": name, "severity": "warning"})
        if n:
            noun = "outcomes" if crit.units == "outcomes" else f"{crit.units} items"
            lead = f"{hit} of {n} {noun} ({frac:.0%}) {_SHORT_OF.get(name, 'are flagged')}; "
    return Reason(criterion=name, text=f"{_PANEL_NAME.get(name, name)}: {lead}{top} ({sev}); "
                                       f"{name.replace('_', ' ')} {score:.1f}/10",
                  findings=tuple(idx))


def _sections_reason(st: Assessment, idx: list[int]) -> Reason | None:
    """Missing or blank sections first, as a panel reads a plan: which statutory sections were not
    found and which are blank (a heading with nothing under it, or only "TBC")."""
    blank = [k.value for k, sec in st.plan.sections.items() if sec.status.value == "empty"]
    if not st.missing and not blank and not idx:
        return None
    parts = []
    if st.missing:
        parts.append(f"not found: {', '.join(st.missing)}")
    if blank:
        parts.append(f"blank: {', '.join(blank)}")
    if not parts:
        parts.append("all present")
    rest = _criterion_reason("completeness", st.scores["completeness"], idx, st.findings, st) if idx else None
    tail = f"; {rest.text.split(': ', 1)[1]}" if rest else ""
    return Reason("completeness", f"Sections: {'; '.join(parts)}{tail}", tuple(idx))


def _reasons(st: Assessment, hits: list[tuple[Limit, list[int]]], band: Rating, band_text: str,
             rating: Rating) -> list[Reason]:
    """The decisive points in a moderator's order: the limiting judgements that set the rating (each
    with its evidence), the score and what the rating would be without the cap, then each criterion
    with findings (missing or blank sections, specificity share, SMART share, health and care,
    golden thread, voice, drafting), then other limits that would set the rating as low."""
    order = lambda lim: MODERATOR_ORDER.index(limit_criterion(lim.when))  # noqa: E731
    reasons: list[Reason] = []
    binding = sorted([(lim, idx) for lim, idx in hits if lim.cap is rating and rating.rank < band.rank],
                     key=lambda h: order(h[0]))
    for lim, idx in binding:
        reasons.append(Reason("limiting", f"{limit_reason(lim, st, idx)} Caps the rating at "
                                          f"{lim.cap.value.replace('_', ' ')}.", tuple(idx)))
    if binding:
        tail = (f"before limiting judgements; without them the rating would be "
                f"{band.value.replace('_', ' ')}")
    else:
        tail = "sets the rating"
    reasons.append(Reason("overall", f"{band_text.capitalize()} ({tail}).", ()))
    by_dim: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(st.findings):
        by_dim[f.dimension.value].append(i)
    sections = _sections_reason(st, by_dim.get("completeness", []))
    if sections is not None:
        reasons.append(sections)
    for name in MODERATOR_ORDER[1:]:
        if by_dim.get(name):
            reasons.append(_criterion_reason(name, st.scores[name], by_dim[name], st.findings, st))
    others = sorted([(lim, idx) for lim, idx in hits if (lim, idx) not in binding and lim.cap.rank <= rating.rank],
                    key=lambda h: order(h[0]))
    for lim, idx in others:  # other limits that would set the rating as low (or lower) on their own
        reasons.append(Reason("limiting", f"{limit_reason(lim, st, idx)} Caps the rating at "
                                          f"{lim.cap.value.replace('_', ' ')}.", tuple(idx)))
    return reasons


@lru_cache(maxsize=1)
def _shipped_model_versions() -> tuple[tuple[str, str], ...]:
    try:
        return tuple(sorted(shipped().items()))
    except Exception:  # noqa: BLE001 - a missing or broken model must not stop scoring
        return ()


def model_versions() -> dict[str, str]:
    """{name: version} of the shipped sentence models the checks use ({} when none ship)."""
    return dict(_shipped_model_versions())


def score(plan: Plan, findings: Iterable[Finding], rubric: Rubric | str | Path | None = None,
          model_versions_: Mapping[str, str] | None = None) -> PlanReport:
    """The PlanReport for a plan and its findings, rated by `rubric` (built-in when None)."""
    rub = _as_rubric(rubric)
    plan = ensure_items(plan)
    st = assess(plan, findings, rub)
    ordered, missing, scores, total = st.findings, st.missing, st.scores, st.total
    hits = limit_hits(st)

    band = rub.band(total)
    band_text = f"overall score {total:.1f}/10 is in the {band.value.replace('_', ' ')} band"
    if rub.ordinal_model is not None:
        band = predict_ordinal(rub.ordinal_model, scores, total)
        band_text = f"overall score {total:.1f}/10; the local ordinal model rates it {band.value.replace('_', ' ')}"
    rating = _BY_RANK[min([band.rank] + [lim.cap.rank for lim, _ in hits])]

    reasons = _reasons(st, hits, band, band_text, rating)
    versions = dict(model_versions_) if model_versions_ is not None else model_versions()
    if rub.ordinal_model is not None:
        versions["rating-ordinal"] = f"{rub.ordinal_model.name} ({rub.version})"
    locations = tuple(plan.locate(f.start) if f.start is not None else None for f in ordered)
    return PlanReport(
        file=plan.source,
        sha256=plan.sha256,
        meta=plan.meta,
        sections={v.pop("key"): v for v in section_view(plan)["sections"]},
        missing=missing,
        findings=ordered,
        criterion_scores=scores,
        score=total,
        rating=rating,
        reasons=tuple(reasons),
        tool_version=__version__,
        rubric_version=rub.version,
        model_versions=versions,
        locations=locations,
        items=tuple(plan.items or ()),
        item_pages=tuple(plan.locate(it.start).page for it in plan.items or ()),
    )
