"""Tool vs human moderation: load both sides, match plans, measure agreement.

    result = compare_files("run1/scores.csv", "grades.csv", bootstrap=1000, seed=0)

AUTO is the output of `ehcp-qa score` (CSV or JSONL); HUMAN is a moderation CSV with `file` (or
`plan_id`) and `grade`, optionally `quadrant`, `moderator`, `date` and per-section grades.
Decisions worth knowing (also in the README):
- Grades: "Outstanding", "Good", "RI"/"Requires Improvement", "Inadequate" or 1-4 on Ofsted's scale
  (1 = outstanding); anything else stops with an error naming the row.
- Matching: sha256 when both sides have it, else basename (case-insensitive); a `plan_id` matches
  the file's stem. Plans on one side only are listed, never dropped.
- Several human grades for one plan: the panel's consensus is their median; with an even count the
  lower (more cautious) of the two middle grades. All pairs of human grades give the human ceiling.
- Grade steps count up towards outstanding, so a negative bias means the tool is harsher.
- Kappa equals scikit-learn's `cohen_kappa_score(..., labels=all four grades)`; quadratic weights use
  the true distance between grades even when a grade is unused. Undefined kappa is null + reason.
No plan text is read or written here: only file names, hashes, grades, scores and rule ids. The
child's name column of the score CSV is deliberately ignored.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from datetime import date, datetime
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Iterable, Sequence

import numpy as np

from .errors import EhcpQaError
from .grades import parse_grade
from .model import Dimension, Rating
from .report.csv_out import top_findings

#: Matrix and label order (rows human, columns tool). Index 0 is the best grade.
GRADES: tuple[Rating, ...] = (
    Rating.OUTSTANDING,
    Rating.GOOD,
    Rating.REQUIRES_IMPROVEMENT,
    Rating.INADEQUATE,
)
LABELS: tuple[str, ...] = tuple(g.value for g in GRADES)
_INDEX = {g: i for i, g in enumerate(GRADES)}
CRITERIA: tuple[str, ...] = tuple(d.value for d in Dimension)
_SECTION_COL = re.compile(
    r"^(?:section[ _-]?(?P<a>a|b|c|d|e|f|g|h1|h2|h|i|j|k)(?:[ _-]?grade)?"
    r"|(?:grade[ _-]?)(?P<b>a|b|c|d|e|f|g|h1|h2|h|i|j|k))$"
)


class CompareError(EhcpQaError):
    """An input to `compare` cannot be used. The message names the file and row, never plan text."""

    code = "compare"


# --- the two sides ---------------------------------------------------------------------------


@dataclass
class AutoRow:
    """One line of `ehcp-qa score` output."""

    file: str
    sha256: str | None
    status: str  # "ok" | "error"
    error: str | None = None
    rating: Rating | None = None
    score: float | None = None
    criterion_scores: dict[str, float | None] = field(default_factory=dict)
    top_findings: list[str] = field(default_factory=list)  # rule ids, most important first
    reasons: list[str] = field(default_factory=list)
    row: int = 0  # spreadsheet row (header = 1) for CSV, line for JSONL


@dataclass
class HumanRow:
    """One moderator's grade for one plan."""

    key: str  # what the row names the plan by: a file name or a plan_id
    by_id: bool  # True when `key` came from a plan_id column (matches the file stem)
    grade: Rating
    sha256: str | None = None
    moderator: str | None = None
    quadrant: str | None = None
    date: str | None = None
    sections: dict[str, str] = field(default_factory=dict)  # section key -> Rating value
    row: int = 0  # spreadsheet row: the header is row 1, the first plan row 2


def _basename(path: str) -> str:
    # Score output may come from Windows machines: accept both separators.
    return PureWindowsPath(PurePosixPath(path).name).name.strip()


def _stem(name: str) -> str:
    base = _basename(name)
    return base.rsplit(".", 1)[0] if "." in base else base


def _float(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if out != out else out  # NaN -> None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _read_text(path: Path, what: str) -> str:
    if not path.is_file():
        raise CompareError(f"{path}: {what} file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")  # Excel writes a BOM
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")  # older Excel "CSV" exports
    if not text.strip():
        raise CompareError(f"{path}: {what} file is empty")
    return text


def _csv_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header (lower case) and (row number, row) pairs. Row numbers are as a spreadsheet shows
    them: the header is row 1, so the first plan is row 2."""
    reader = csv.DictReader(io.StringIO(text))
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    rows = []
    for number, raw in enumerate(reader, 2):
        row = {}
        for (k, v) in raw.items():
            if k is None:
                continue  # more cells than headers: ignore the overflow
            row[k.strip().lower()] = (v or "").strip() if isinstance(v, str) else ""
        if any(row.values()):
            rows.append((number, row))
    return header, rows


def _auto_from_mapping(d: dict[str, Any], path: Path, row: int) -> AutoRow:
    file = _clean(d.get("file"))
    if not file:
        raise CompareError(f"{path}, row {row}: no file name")
    error = _clean(d.get("error"))
    status = (_clean(d.get("status")) or ("error" if error else "ok")).lower()
    rating = None
    if status == "ok":
        try:
            rating = parse_grade(d.get("rating"))
        except ValueError as exc:
            raise CompareError(f"{path}, row {row} ({_basename(file)}): rating {exc}") from None
    crit = d.get("criterion_scores")
    if isinstance(crit, dict):
        scores = {c: _float(crit.get(c)) for c in CRITERIA}
    else:
        scores = {c: _float(d.get(c)) for c in CRITERIA}
    top = d.get("top_findings")
    if isinstance(top, str):
        top_ids = [t.strip() for t in top.split(";") if t.strip()]
    elif isinstance(top, list):
        top_ids = [str(t) for t in top]
    else:
        # same order as the CSV's top_findings column, so both inputs explain a plan alike
        top_ids = top_findings([f for f in d.get("findings") or [] if isinstance(f, dict)])
    reasons = []
    for r in d.get("reasons") or []:
        if isinstance(r, dict) and r.get("text"):
            crit_name = r.get("criterion")
            reasons.append(f"{crit_name}: {r['text']}" if crit_name else str(r["text"]))
        elif isinstance(r, str):
            reasons.append(r)
    return AutoRow(
        file=file,
        sha256=(_clean(d.get("sha256")) or "").lower() or None,
        status=status,
        error=error,
        rating=rating,
        score=_float(d.get("score")),
        criterion_scores=scores,
        top_findings=top_ids,
        reasons=reasons,
        row=row,
    )


def load_auto(path: str | Path, warnings: list[str] | None = None) -> list[AutoRow]:
    """Rows of `ehcp-qa score` output: CSV, JSONL, a JSON list, or a folder holding
    scores.jsonl / scores.csv. A torn last JSONL line (a killed run) is skipped with a warning."""
    p = Path(path)
    if p.is_dir():
        for name in ("scores.jsonl", "scores.csv"):
            if (p / name).is_file():
                p = p / name
                break
        else:
            raise CompareError(f"{p}: folder holds no scores.jsonl or scores.csv")
    text = _read_text(p, "score")
    if p.suffix.lower() == ".csv" or not text.lstrip().startswith(("{", "[")):
        header, rows = _csv_rows(text)
        missing = {"file", "rating"} - set(header)
        if missing:
            raise CompareError(f"{p}: not `ehcp-qa score` CSV output (no column {', '.join(sorted(missing))})")
        return [_auto_from_mapping(r, p, i) for i, r in rows]
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise CompareError(f"{p}: not valid JSON (line {exc.lineno})") from None
        numbered = list(enumerate(items, 1))
    else:
        numbered = []
        lines = text.splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                numbered.append((n, json.loads(line)))
            except json.JSONDecodeError:
                if n == len(lines) and not text.endswith("\n"):
                    if warnings is not None:
                        warnings.append(f"{p.name}, line {n}: cut short (interrupted run?); skipped")
                    continue
                raise CompareError(f"{p}, line {n}: not valid JSON") from None
    out = []
    for n, item in numbered:
        if not isinstance(item, dict):
            raise CompareError(f"{p}, line {n}: expected a JSON object")
        out.append(_auto_from_mapping(item, p, n))
    return out


def load_human(path: str | Path) -> list[HumanRow]:
    """The moderation CSV. Errors name the file, the row (as a spreadsheet numbers it: header = 1)
    and the column, so a panel administrator can find and fix the cell."""
    p = Path(path)
    header, rows = _csv_rows(_read_text(p, "moderation"))
    if "grade" not in header:
        raise CompareError(f"{p}: no `grade` column (columns: {', '.join(h for h in header if h)})")
    if "file" not in header and "plan_id" not in header:
        raise CompareError(f"{p}: needs a `file` or `plan_id` column naming each plan")
    section_cols = {}
    for h in header:
        m = _SECTION_COL.match(h)
        if m:
            key = (m.group("a") or m.group("b")).upper()
            section_cols[h] = key
    out = []
    for i, r in rows:
        file, plan_id = _clean(r.get("file")), _clean(r.get("plan_id"))
        if not file and not plan_id:
            raise CompareError(f"{p}, row {i}: no file or plan_id")
        label = _basename(file) if file else plan_id
        try:
            grade = parse_grade(r.get("grade"))
        except ValueError as exc:
            raise CompareError(f"{p}, row {i} ({label}): grade {exc}") from None
        sections = {}
        for col, key in section_cols.items():
            if r.get(col):
                try:
                    sections[key] = parse_grade(r[col]).value
                except ValueError as exc:
                    raise CompareError(f"{p}, row {i} ({label}), column {col}: {exc}") from None
        out.append(
            HumanRow(
                key=file or plan_id or "",
                by_id=not file,
                grade=grade,
                sha256=(_clean(r.get("sha256")) or "").lower() or None,
                moderator=_clean(r.get("moderator")),
                quadrant=_clean(r.get("quadrant")),
                date=_clean(r.get("date")),
                sections=sections,
                row=i,
            )
        )
    return out


# --- matching --------------------------------------------------------------------------------


@dataclass
class Matched:
    """One plan: its tool row (None when only the panel graded it) and its human grades."""

    key: str  # display name: the tool's file name, else the human key
    auto: AutoRow | None
    human: list[HumanRow]

    @property
    def consensus(self) -> Rating | None:
        return consensus([h.grade for h in self.human]) if self.human else None

    @property
    def quadrant(self) -> str | None:
        counts = Counter(h.quadrant for h in self.human if h.quadrant)
        return counts.most_common(1)[0][0] if counts else None


def consensus(grades: Sequence[Rating]) -> Rating:
    """Median grade; with an even count the lower (more cautious) of the two middle grades."""
    idx = sorted(_INDEX[g] for g in grades)  # 0 = outstanding ... 3 = inadequate
    return GRADES[idx[len(idx) // 2]]


def match(auto: list[AutoRow], human: list[HumanRow]) -> tuple[list[Matched], list[str]]:
    """Pair each human row with a tool row. Returns one Matched per plan (in tool order, then
    plans only the panel graded) and warnings (counts and file names only)."""
    by_sha: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(auto):
        if a.sha256:
            by_sha[a.sha256].append(i)
        by_name[_basename(a.file).lower()].append(i)
        by_stem[_stem(a.file).lower()].append(i)
    warnings: list[str] = []
    dups = sorted(k for k, rows in by_name.items() if len(rows) > 1)
    if dups:
        warnings.append(f"{len(dups)} file name(s) appear more than once in the score output: " + ", ".join(dups[:5]))

    human_of: dict[int, list[HumanRow]] = defaultdict(list)
    orphans: dict[str, list[HumanRow]] = {}
    for h in human:
        cands: list[int] = []
        if h.sha256 and h.sha256 in by_sha:
            cands = by_sha[h.sha256]
        elif h.by_id:
            cands = by_stem.get(_stem(h.key).lower(), []) or by_name.get(h.key.lower(), [])
        else:
            cands = by_name.get(_basename(h.key).lower(), [])
            if len(cands) > 1:  # same name in several folders: use the path the panel gave
                tail = h.key.replace("\\", "/").lower()
                narrowed = [i for i in cands if auto[i].file.replace("\\", "/").lower().endswith(tail)]
                cands = narrowed or cands
        if len(cands) == 1:
            human_of[cands[0]].append(h)
        else:
            if len(cands) > 1:
                warnings.append(f"row {h.row}: {_basename(h.key)} matches {len(cands)} scored files; not compared")
            orphans.setdefault(_basename(h.key).lower() if not h.by_id else _stem(h.key).lower(), []).append(h)

    plans: list[Matched] = []
    for i, a in enumerate(auto):
        plans.append(Matched(key=_basename(a.file), auto=a, human=_one_per_moderator(human_of.get(i, []), warnings)))
    for rows in orphans.values():
        plans.append(Matched(key=_basename(rows[0].key), auto=None, human=_one_per_moderator(rows, warnings)))
    return plans, warnings


def _one_per_moderator(rows: list[HumanRow], warnings: list[str]) -> list[HumanRow]:
    """A moderator who graded the same plan twice counts once: the latest row (by date when
    given, else the later row in the file)."""
    named: dict[str, HumanRow] = {}
    anonymous = []
    for h in rows:
        if h.moderator is None:
            anonymous.append(h)
            continue
        prev = named.get(h.moderator.lower())
        if prev is not None:
            warnings.append(f"rows {prev.row} and {h.row}: same moderator graded {_basename(h.key)} twice; using the later")
            d_prev, d_new = _date(prev.date), _date(h.date)
            if d_prev and d_new and d_prev > d_new:
                continue
        named[h.moderator.lower()] = h
    return sorted([*named.values(), *anonymous], key=lambda h: h.row)


def _date(text: str | None) -> date | None:
    """ISO (2025-03-14) or UK (14/03/2025) dates; anything else is None (file order decides)."""
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip()[:10], fmt).date()
        except ValueError:
            continue
    return None


# --- statistics ------------------------------------------------------------------------------


def _confusion(human: np.ndarray, tool: np.ndarray) -> np.ndarray:
    k = len(GRADES)
    return np.bincount(human * k + tool, minlength=k * k).reshape(k, k)


def _weights(kind: str | None) -> np.ndarray:
    i, j = np.indices((len(GRADES), len(GRADES)))
    if kind == "quadratic":
        return (i - j) ** 2.0
    return (i != j).astype(float)


def kappa_from_confusion(cm: np.ndarray, weights: str | None = None) -> float | None | np.ndarray:
    """Cohen's kappa from a confusion matrix, or a (B, k, k) stack of them, exactly as scikit-learn
    computes it: 1 - sum(w * observed) / sum(w * expected). Undefined (no expected disagreement:
    both sides used one and the same grade) is None for one matrix, NaN inside a stack."""
    cm = np.asarray(cm, dtype=float)
    n = cm.sum(axis=(-2, -1), keepdims=True)
    p = cm / np.where(n == 0, 1, n)
    expected = p.sum(axis=-1, keepdims=True) * p.sum(axis=-2, keepdims=True)
    w = _weights(weights)
    observed_d = (w * p).sum(axis=(-2, -1))
    expected_d = (w * expected).sum(axis=(-2, -1))
    defined = expected_d > 1e-12
    k = np.where(defined, 1.0 - observed_d / np.where(defined, expected_d, 1.0), np.nan)
    if k.ndim == 0:
        return float(k) if defined else None
    return k


def _kappa_reason(human: np.ndarray) -> str:
    if len(human) == 0:
        return "no plans to compare"
    return (
        f"undefined: the panel and the tool gave every plan the same grade ({LABELS[int(human[0])]}), "
        "so agreement cannot be told apart from chance"
    )


def _interval(samples: np.ndarray) -> tuple[float | None, float | None]:
    samples = samples[~np.isnan(samples)]
    if samples.size == 0:
        return None, None
    lo, hi = np.percentile(samples, [2.5, 97.5])
    return float(lo), float(hi)


def _stat(value: float | None, samples: np.ndarray | None, reason: str | None = None) -> dict[str, Any]:
    lo, hi = _interval(samples) if samples is not None and value is not None else (None, None)
    out: dict[str, Any] = {"value": None if value is None else float(value), "low": lo, "high": hi}
    if value is None and reason:
        out["reason"] = reason
    return out


def agreement(
    human: Sequence[Rating],
    tool: Sequence[Rating],
    *,
    bootstrap: int = 1000,
    seed: int = 0,
    symmetric: bool = False,
    rater: str = "the panel",
) -> dict[str, Any]:
    """n, exact, adjacent, kappa, qwk, bias and the confusion matrix for paired grades, each figure
    with a seeded percentile-bootstrap 95% interval (pairs resampled with replacement).
    `symmetric` counts every pair both ways (for two interchangeable humans: kappa then does not
    depend on which moderator is called the first)."""
    h = np.array([_INDEX[g] for g in human], dtype=np.int64)
    t = np.array([_INDEX[g] for g in tool], dtype=np.int64)
    n = len(h)
    out: dict[str, Any] = {"n": n}
    if n == 0:
        reason = "no plans to compare"
        for name in ("exact", "adjacent", "kappa", "qwk"):
            out[name] = _stat(None, None, reason)
        out["bias"] = {**_stat(None, None, reason), "sentence": None}
        out["confusion"] = _confusion_json(np.zeros((4, 4), dtype=int))
        return out

    gap = np.abs(h - t)
    # Signed steps towards outstanding (index 0): tool minus human, negative = tool harsher.
    signed = (h - t).astype(float)
    cm = _confusion(h, t)
    cm_k = cm + cm.T if symmetric else cm
    values = {
        "exact": float(np.mean(gap == 0)),
        "adjacent": float(np.mean(gap <= 1)),
        "kappa": kappa_from_confusion(cm_k, None),
        "qwk": kappa_from_confusion(cm_k, "quadratic"),
        "bias": float(signed.mean()),
    }
    samples: dict[str, np.ndarray] = {}
    if bootstrap > 0:
        samples = _bootstrap(h, t, bootstrap, seed, symmetric)
    for name in ("exact", "adjacent", "kappa", "qwk"):
        reason = _kappa_reason(h) if values[name] is None else None
        out[name] = _stat(values[name], samples.get(name), reason)
    single = [side for side, x in (("human", h), ("tool", t)) if len(set(x.tolist())) == 1]
    if values["kappa"] is not None and single:
        note = f"the {' and the '.join(single)} side used only one grade, so kappa cannot exceed 0 here"
        out["kappa"]["note"] = out["qwk"]["note"] = note
    bias = _stat(values["bias"], samples.get("bias"))
    bias["sentence"] = bias_sentence(bias["value"], bias["low"], bias["high"], rater=rater, n=n)
    out["bias"] = bias
    out["confusion"] = _confusion_json(cm)
    return out


#: Below this many plans the bootstrap interval is too unreliable to claim a direction of bias.
BIAS_MIN_N = 10


def _bootstrap(h: np.ndarray, t: np.ndarray, resamples: int, seed: int, symmetric: bool) -> dict[str, np.ndarray]:
    """Every figure on `resamples` seeded resamples of the pairs. Each resample is summarised by its
    confusion matrix (everything else follows from it), built in chunks to bound memory."""
    n, k = len(h), len(GRADES)
    rng = np.random.default_rng(seed)
    codes = h * k + t
    stack = np.empty((resamples, k, k), dtype=np.int64)
    chunk = max(1, 2_000_000 // n)
    for lo in range(0, resamples, chunk):
        b = min(chunk, resamples - lo)
        drawn = codes[rng.integers(0, n, size=(b, n))] + (np.arange(b)[:, None] * k * k)
        stack[lo : lo + b] = np.bincount(drawn.ravel(), minlength=b * k * k).reshape(b, k, k)
    i, j = np.indices((k, k))
    out = {
        "exact": (stack * (i == j)).sum(axis=(1, 2)) / n,
        "adjacent": (stack * (abs(i - j) <= 1)).sum(axis=(1, 2)) / n,
        "bias": (stack * (i - j)).sum(axis=(1, 2)) / n,  # human index minus tool index
    }
    if symmetric:
        stack = stack + stack.transpose(0, 2, 1)
    out["kappa"] = kappa_from_confusion(stack, None)
    out["qwk"] = kappa_from_confusion(stack, "quadratic")
    return out


def bias_sentence(
    value: float | None, low: float | None, high: float | None, rater: str = "the panel", n: int = BIAS_MIN_N
) -> str | None:
    """A plain sentence about the bias; a direction is claimed only when the interval excludes 0
    and there are at least BIAS_MIN_N plans."""
    if value is None:
        return None
    if n < BIAS_MIN_N:
        return f"Too few plans ({n}) to say whether the tool is harsher or more lenient than {rater}."
    if low is None or high is None:
        return f"The tool's grades differ from {rater}'s by {value:+.2f} grades on average (no interval computed)."
    if low > 0 or high < 0:
        word = "more lenient" if value > 0 else "harsher"
        return (
            f"The tool is {word} than {rater} by {abs(value):.2f} grades on average "
            f"(95% interval {abs(high if value < 0 else low):.2f} to {abs(low if value < 0 else high):.2f})."
        )
    return f"No consistent bias: the tool is neither harsher nor more lenient than {rater} (95% interval {low:+.2f} to {high:+.2f})."


def _confusion_json(cm: np.ndarray) -> dict[str, Any]:
    return {"rows": "human", "columns": "tool", "labels": list(LABELS), "matrix": cm.astype(int).tolist()}


# --- the whole comparison --------------------------------------------------------------------


def compare(auto: list[AutoRow], human: list[HumanRow], *, bootstrap: int = 1000, seed: int = 0) -> dict[str, Any]:
    """The comparison as one JSON-ready dict (the `compare.json` contract)."""
    if bootstrap < 0:
        raise CompareError("--bootstrap must be 0 or more")
    plans, warnings = match(auto, human)
    compared = [p for p in plans if p.auto is not None and p.auto.status == "ok" and p.human]
    auto_errors = [
        {"file": p.key, "error": p.auto.error or "error", "graded": bool(p.human)}
        for p in plans
        if p.auto is not None and p.auto.status != "ok"
    ]
    only_auto = [
        {"file": p.key, "rating": p.auto.rating.value if p.auto.rating else None}
        for p in plans
        if p.auto is not None and p.auto.status == "ok" and not p.human
    ]
    only_human = [
        {"plan": p.key, "rows": [h.row for h in p.human], "grade": p.consensus.value if p.consensus else None}
        for p in plans
        if p.auto is None
    ]

    pairs_h = [p.consensus for p in compared]
    pairs_t = [p.auto.rating for p in compared]
    out: dict[str, Any] = {"schema_version": "1"}
    out.update(agreement(pairs_h, pairs_t, bootstrap=bootstrap, seed=seed))
    out["distribution"] = {
        "human": [sum(g == lab for g in pairs_h) for lab in GRADES],
        "tool": [sum(g == lab for g in pairs_t) for lab in GRADES],
        "labels": list(LABELS),
    }

    by_q: dict[str, list[Matched]] = defaultdict(list)
    for p in compared:
        by_q[p.quadrant or "(none)"].append(p)
    out["by_quadrant"] = (
        {
            q: agreement([p.consensus for p in ps], [p.auto.rating for p in ps], bootstrap=bootstrap, seed=seed)
            for q, ps in sorted(by_q.items())
        }
        if any(p.quadrant for p in compared)
        else {}
    )

    by_m: dict[str, tuple[list[Rating], list[Rating]]] = defaultdict(lambda: ([], []))
    for p in compared:
        for h in p.human:
            if h.moderator:
                by_m[h.moderator][0].append(h.grade)
                by_m[h.moderator][1].append(p.auto.rating)
    out["by_moderator"] = {
        m: agreement(hs, ts, bootstrap=bootstrap, seed=seed, rater=m) for m, (hs, ts) in sorted(by_m.items())
    }

    out["human_ceiling"] = human_ceiling(plans, bootstrap=bootstrap, seed=seed)
    out["disagreements"] = disagreements(compared)
    out["only_auto"] = only_auto
    out["only_human"] = only_human
    out["auto_errors"] = auto_errors
    out["consensus_rule"] = "median of the human grades; with an even count, the lower of the two middle grades"
    out["grade_steps"] = "bias and gap are tool minus human in grades, counted towards outstanding: negative = tool harsher"
    out["bootstrap"] = {"resamples": bootstrap, "seed": seed, "interval": "percentile 95%"}
    out["warnings"] = warnings
    return out


def human_ceiling(plans: Iterable[Matched], *, bootstrap: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Agreement between moderators on plans graded more than once (every pair of grades, counted
    both ways), beside the tool's agreement with those same moderators on those same plans."""
    multi = [p for p in plans if len(p.human) > 1]
    a: list[Rating] = []
    b: list[Rating] = []
    for p in multi:
        for x, y in combinations(p.human, 2):
            a.append(x.grade)
            b.append(y.grade)
    out: dict[str, Any] = {"plans": len(multi), "pairs": len(a)}
    if not a:
        out["reason"] = "no plan has more than one human grade"
        return out
    stats = agreement(a, b, bootstrap=bootstrap, seed=seed, symmetric=True)
    stats.pop("bias")  # which moderator is "first" is arbitrary, so a signed difference means nothing
    out.update({k: v for k, v in stats.items() if k != "n"})
    idx_a = np.array([_INDEX[g] for g in a])
    idx_b = np.array([_INDEX[g] for g in b])
    both_ways = _confusion(idx_a, idx_b) + _confusion(idx_b, idx_a)
    out["confusion"] = {**_confusion_json(both_ways), "rows": "moderator", "columns": "moderator"}
    graded = [p for p in multi if p.auto is not None and p.auto.status == "ok"]
    hs = [h.grade for p in graded for h in p.human]
    ts = [p.auto.rating for p in graded for _ in p.human]
    out["tool_vs_moderators"] = agreement(hs, ts, bootstrap=bootstrap, seed=seed) if hs else None
    return out


def disagreements(compared: Iterable[Matched]) -> list[dict[str, Any]]:
    """Plans where the tool and the panel differ, largest gap first."""
    out = []
    for p in compared:
        a, human = p.auto, p.consensus
        gap = _INDEX[human] - _INDEX[a.rating]  # tool minus human, towards outstanding
        if gap == 0:
            continue
        out.append(
            {
                "file": p.key,
                "gap": gap,
                "human": human.value,
                "tool": a.rating.value,
                "score": a.score,
                "criterion_scores": a.criterion_scores,
                "top_findings": a.top_findings[:5],
                "reasons": a.reasons,
                "quadrant": p.quadrant,
                "moderators": [h.moderator for h in p.human if h.moderator],
                "human_grades": [
                    {"moderator": h.moderator, "grade": h.grade.value, "date": h.date, "sections": h.sections or None}
                    for h in p.human
                ],
            }
        )
    out.sort(key=lambda d: (-abs(d["gap"]), d["file"].lower()))
    return out


def compare_files(auto_path: str | Path, human_path: str | Path, *, bootstrap: int = 1000, seed: int = 0) -> dict[str, Any]:
    load_warnings: list[str] = []
    result = compare(load_auto(auto_path, load_warnings), load_human(human_path), bootstrap=bootstrap, seed=seed)
    result["warnings"] = load_warnings + result["warnings"]
    result["auto"] = str(auto_path)
    result["human_file"] = str(human_path)
    return result
