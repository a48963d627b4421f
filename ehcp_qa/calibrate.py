"""Recalibrate the rubric to a council's own moderation grades (`ehcp-qa train --moderation`).

The criterion scores and limiting judgements stay as written; what is fitted, on a training split,
is where the score bands fall (and, optionally, an ordinal model over the criterion scores that
replaces the bands). Agreement before and after is measured on the held-out split only.
"""
from __future__ import annotations

import csv
import datetime as _dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import yaml

from .compare import consensus
from .errors import ConfigError
from .grades import parse_grade
from .model import Rating
from .ordinal import features, load_ordinal, ordinal_predict, predict_ordinal  # noqa: F401 - calibrate's API
from .scoring import CRITERIA, Rubric, assess, limit_hits

PLAN_SUFFIXES = {".docx", ".pdf", ".txt", ".md"}
_BY_RANK = {r.rank: r for r in Rating}


# --- inputs ------------------------------------------------------------------------------------


def _keys(name: str) -> list[str]:
    p = Path(name.strip())
    return [str(p).lower(), p.name.lower(), p.stem.lower()]


def read_moderation(path: str | Path) -> dict[str, Rating]:
    """grades.csv -> {file-name key: Rating}. Needs a `file` or `plan_id` column and `grade`.
    Each plan is keyed by its path, file name and stem (lower case) so either spelling matches."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: moderation file not found")
    with p.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        cols = {c.strip().lower(): c for c in (reader.fieldnames or [])}
        id_col = cols.get("file") or cols.get("plan_id")
        grade_col = cols.get("grade")
        if not id_col or not grade_col:
            raise ConfigError(f"{p}: needs a `file` (or `plan_id`) column and a `grade` column")
        graded: dict[str, list[Rating]] = {}
        for n, row in enumerate(reader, start=2):
            ident = (row.get(id_col) or "").strip()
            if not ident:
                continue
            try:
                grade = parse_grade(row.get(grade_col) or "")
            except ValueError as e:
                raise ConfigError(f"{p}: line {n}: {e}") from None
            graded.setdefault(ident, []).append(grade)
    # Several moderators on one plan: the same panel grade `ehcp-qa compare` uses.
    out: dict[str, Rating] = {}
    for ident, grades in graded.items():
        for k in _keys(ident):
            out.setdefault(k, consensus(grades))
    return out


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders searched recursively for plan files; globs expanded."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.suffix.lower() in PLAN_SUFFIXES and q.is_file())
        elif any(ch in str(raw) for ch in "*?["):
            out += sorted(q for q in Path().glob(str(raw)) if q.is_file())
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def grade_for(path: Path, grades: Mapping[str, Rating]) -> Rating | None:
    for k in _keys(str(path)):
        if k in grades:
            return grades[k]
    return None


# --- scored plans --------------------------------------------------------------------------------


@dataclass
class Scored:
    """What recalibration needs from one plan: its criterion scores, overall score and the cap its
    limiting judgements set (bands move; limits do not)."""

    file: str
    scores: dict[str, float]
    total: float
    cap: int  # best rank the limits allow (4 = no cap)
    human: Rating | None = None
    extra: dict = field(default_factory=dict)
    limit_caps: tuple[int, ...] = ()  # per rubric limit, the rank it caps at (4 = it did not fire)


def assess_plan(plan, findings, rubric: Rubric) -> Scored:
    st = assess(plan, findings, rubric)
    hits = limit_hits(st)
    fired = {id(lim): lim.cap.rank for lim, _ in hits}
    cap = min([4] + list(fired.values()))
    return Scored(file=plan.source, scores=st.scores, total=st.total, cap=cap,
                  limit_caps=tuple(fired.get(id(lim), 4) for lim in rubric.limits))


# --- agreement and fitting ---------------------------------------------------------------------


def agreement(human: Sequence[int], auto: Sequence[int]) -> dict[str, float]:
    """Exact and adjacent agreement and quadratic-weighted kappa on rating ranks (1-4)."""
    from sklearn.metrics import cohen_kappa_score  # lazy: scikit-learn, only to fit

    h, a = np.asarray(human), np.asarray(auto)
    if len(h) == 0:
        return {"n": 0, "exact": float("nan"), "adjacent": float("nan"), "qwk": float("nan")}
    qwk = cohen_kappa_score(h, a, weights="quadratic", labels=[1, 2, 3, 4])
    return {"n": int(len(h)), "exact": float(np.mean(h == a)), "adjacent": float(np.mean(np.abs(h - a) <= 1)),
            "qwk": float(np.nan_to_num(qwk))}


def band_ranks(totals: np.ndarray, caps: np.ndarray, cuts: Sequence[float]) -> np.ndarray:
    """Ranks from scores for cuts (inadequate/RI, RI/good, good/outstanding), then capped."""
    ranks = 1 + (totals[:, None] >= np.asarray(cuts)[None, :]).sum(axis=1)
    return np.minimum(ranks, caps)


_W = np.subtract.outer(np.arange(4), np.arange(4)) ** 2 / 9.0  # quadratic disagreement weights


def _qwk(h: np.ndarray, a: np.ndarray) -> float:
    """Quadratic-weighted kappa on ranks 1-4; the same figure as sklearn's cohen_kappa_score,
    fast enough for the band search's many thousand evaluations."""
    obs = np.bincount((h - 1) * 4 + (a - 1), minlength=16).reshape(4, 4).astype(float)
    exp = np.outer(obs.sum(1), obs.sum(0)) / obs.sum()
    den = (_W * exp).sum()
    return 1.0 - (_W * obs).sum() / den if den else 0.0


def _confusions(t: np.ndarray, c: np.ndarray, h: np.ndarray, cuts: np.ndarray) -> np.ndarray:
    """4x4 confusion matrix (human x predicted rank) for each row of candidate cuts."""
    pred = np.minimum(1 + (t[None, :, None] >= cuts[:, None, :]).sum(axis=2), c[None, :])
    m = len(cuts)
    cell = (np.arange(m)[:, None] * 16 + (h[None, :] - 1) * 4 + (pred - 1)).ravel()
    return np.bincount(cell, minlength=m * 16).reshape(m, 4, 4).astype(float)


def fit_bands(totals: Sequence[float], caps: Sequence[int], human: Sequence[int],
              start: Sequence[float], min_gain: float = 0.02) -> tuple[float, float, float]:
    """The three cut points (on a 0.25 grid) that maximise quadratic-weighted kappa, then exact
    agreement, on the training plans; ties go to the cuts nearest the rubric's own. The rubric's
    own cuts are kept unless the best beats them by `min_gain` in kappa: with few plans, and most
    ratings set by limiting judgements, small gains are noise. All candidates are scored at once."""
    t, c, h = np.asarray(totals, float), np.asarray(caps, int), np.asarray(human, int)
    grid = np.round(np.arange(0.0, 10.01, 0.25), 2)
    cuts = np.array(list(itertools.combinations(grid, 3)))  # (m, 3), ascending
    step = max(1, 2_000_000 // max(len(t), 1))  # candidates per chunk, to bound memory
    obs = np.concatenate([_confusions(t, c, h, cuts[i:i + step]) for i in range(0, len(cuts), step)])
    exp = obs.sum(2)[:, :, None] * obs.sum(1)[:, None, :] / max(len(t), 1)
    den = (_W * exp).sum(axis=(1, 2))
    qwk = np.where(den > 0, 1 - (_W * obs).sum(axis=(1, 2)) / np.where(den > 0, den, 1), 0.0)
    exact = np.trace(obs, axis1=1, axis2=2) / max(len(t), 1)
    dist = np.abs(cuts - np.asarray(start, float)).sum(axis=1)
    best = np.lexsort((dist, -exact, -np.round(qwk, 6)))[0]
    base = _qwk(h, band_ranks(t, c, start)) if len(t) else 0.0
    if qwk[best] - base < min_gain:
        return tuple(float(x) for x in start)
    return tuple(float(x) for x in cuts[best])


def caps_with(limit_caps: np.ndarray, enabled: Sequence[bool]) -> np.ndarray:
    """The cap each plan gets from the enabled limits only (limit_caps: plans x limits)."""
    en = np.asarray(enabled, bool)
    if limit_caps.size == 0 or not en.any():
        return np.full(len(limit_caps), 4, int)
    return limit_caps[:, en].min(axis=1)


def fit_calibration(totals: Sequence[float], limit_caps: Sequence[Sequence[int]], human: Sequence[int],
                    start: Sequence[float], min_gain: float = 0.02, max_off: int | None = None
                    ) -> tuple[tuple[float, float, float], list[bool]]:
    """Band cuts and which limiting judgements the moderators' grades bear out. Starting from every
    limit on, one limit at a time is switched off (the one whose removal most improves kappa, with
    cuts refitted) while that gains at least `min_gain` in quadratic-weighted kappa on the training
    plans. A limit stays on unless the grades show that plans it caps are graded above its cap
    often enough to matter: limits are the rubric's evidence rules, and a panel that applies them is
    left with them. Returns (cuts, enabled per limit)."""
    t, h = np.asarray(totals, float), np.asarray(human, int)
    L = np.asarray(limit_caps, int).reshape(len(t), -1) if len(t) else np.zeros((0, 0), int)
    enabled = [True] * L.shape[1]
    cuts = fit_bands(t, caps_with(L, enabled), h, start, min_gain=min_gain)
    best = _qwk(h, band_ranks(t, caps_with(L, enabled), cuts)) if len(t) else 0.0
    off = 0
    while max_off is None or off < max_off:
        trial = []
        for j in range(L.shape[1]):
            if not enabled[j] or not (L[:, j] < 4).any():
                continue
            en = enabled.copy()
            en[j] = False
            c = caps_with(L, en)
            cj = fit_bands(t, c, h, start, min_gain=min_gain)
            trial.append((_qwk(h, band_ranks(t, c, cj)), j, cj))
        if not trial:
            break
        q, j, cj = max(trial, key=lambda x: (round(x[0], 6), -x[1]))
        if q - best < min_gain:
            break
        enabled[j], cuts, best, off = False, cj, q, off + 1
    return tuple(float(x) for x in cuts), enabled


def fit_ordinal(X: np.ndarray, y: Sequence[int], seed: int = 0) -> dict:
    """Cumulative-link ordinal model (Frank and Hall): one logistic regression per threshold
    P(grade > k). A threshold the training grades never cross is stored as a constant."""
    from sklearn.linear_model import LogisticRegression  # lazy: scikit-learn, only to fit

    y = np.asarray(y)
    models, constants = [], []
    for k in (1, 2, 3):
        target = (y > k).astype(int)
        if target.min() == target.max():
            models.append(None)
            constants.append(float(target[0]))
        else:
            models.append(LogisticRegression(C=1.0, max_iter=1000, random_state=seed).fit(X, target))
            constants.append(None)
    return {"kind": "ordinal-frank-hall", "features": [*CRITERIA, "overall"], "models": models,
            "constants": constants, "trained": _dt.date.today().isoformat()}


def save_ordinal(model: Mapping, path: Path) -> None:
    import skops.io as sio  # lazy: skops loads only with a model file

    sio.dump(dict(model), path)


# --- the local rubric file ---------------------------------------------------------------------


def write_rubric(base: Rubric, cuts: Sequence[float], out: Path, *, ordinal_file: str | None = None,
                 summary: str = "", enabled: Sequence[bool] | None = None) -> None:
    data = dict(base.raw)
    if enabled is not None and not all(enabled):
        # limits the local grades do not bear out are left out, each named in the header
        dropped = [lim.reason for lim, on in zip(base.limits, enabled) if not on]
        data["limits"] = [raw for raw, on in zip(data.get("limits") or [], enabled) if on]
        summary = (summary + "\n" if summary else "") + "limits the local grades do not bear out (left out):\n" + \
            "\n".join(f"  - {r}" for r in dropped)
    data["version"] = f"{base.version}+local.{_dt.date.today().strftime('%Y%m%d')}"
    data["bands"] = [
        {"rating": "outstanding", "min": float(cuts[2])},
        {"rating": "good", "min": float(cuts[1])},
        {"rating": "requires_improvement", "min": float(cuts[0])},
        {"rating": "inadequate", "min": 0.0},
    ]
    data.pop("ordinal_model", None)
    if ordinal_file:
        data["ordinal_model"] = ordinal_file  # relative to this file
    header = (f"# Local rubric written by `ehcp-qa train --moderation` from {base.source}.\n"
              "# Bands refitted to local moderation grades; criteria unchanged; limiting judgements unchanged\n"
              "# unless listed below as not borne out by the local grades.\n")
    header += "".join(f"# {line}\n" for line in summary.splitlines())
    out.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
