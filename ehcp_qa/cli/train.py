"""`ehcp-qa train --moderation grades.csv PLANS...`: refit the rating bands (and optionally an
ordinal model) to a council's own moderation grades, report agreement before and after on a
held-out split, and write a local rubric for `--rubric` / `rubric = ...` in ehcp-qa.toml."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..config import load_config
from ..errors import EhcpQaError
from .app import EXIT_ERROR, EXIT_OK, app


def _fmt(a: dict) -> str:
    return f"n={a['n']:<4} exact {a['exact']:.0%}  adjacent {a['adjacent']:.0%}  QWK {a['qwk']:.2f}"


@app.command()
def train(
    plans: list[Path] = typer.Argument(..., help="Plan files or folders (the moderated plans)."),
    moderation: Path = typer.Option(..., "--moderation", help="CSV with `file` (or `plan_id`) and `grade` columns."),
    out: Path = typer.Option(Path("local-rubric.yaml"), "--out", help="Where to write the local rubric."),
    ordinal: bool = typer.Option(False, "--ordinal", help="Also fit an ordinal model over criterion scores (skops, next to the rubric)."),
    test_size: float = typer.Option(0.3, "--test-size", min=0.05, max=0.9, help="Share of plans held out to measure agreement."),
    seed: int = typer.Option(0, "--seed", help="Random seed for the split and the model."),
    rubric: Optional[Path] = typer.Option(None, "--rubric", help="Rubric to start from (default: built-in, or `rubric` in ehcp-qa.toml)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack or council override file (repeatable)."),
    no_models: bool = typer.Option(False, "--no-models", help="Rules only: skip the ML checkers."),
    config: Optional[Path] = typer.Option(None, "--config", help="Settings file (default: ehcp-qa.toml)."),
) -> None:
    """Recalibrate the suggested rating to local moderation grades."""
    import numpy as np  # lazy: numpy only for `train`
    from sklearn.model_selection import train_test_split  # lazy: scikit-learn, only to fit

    from .. import api, calibrate  # lazy: keeps --help fast
    from ..scoring import load_rubric  # lazy: keeps --help fast

    try:
        cfg = load_config(config)
        base = load_rubric(rubric or cfg.rubric)
        grades = calibrate.read_moderation(moderation)
    except EhcpQaError as e:
        typer.echo(f"ehcp-qa: {e}", err=True)
        raise typer.Exit(EXIT_ERROR) from None

    all_rules = [*cfg.rules, *rules] or None
    models = False if (no_models or cfg.models is False) else None
    scored, ungraded, failed = [], 0, 0
    for path in calibrate.expand_paths(plans):
        human = calibrate.grade_for(path, grades)
        if human is None:
            ungraded += 1
            continue
        try:
            plan = api.load_plan(path, limits=cfg.limits or None)
            s = calibrate.assess_plan(plan, api.check_plan(plan, rules=all_rules, models=models), base)
        except Exception as e:  # noqa: BLE001 - one bad file must not stop recalibration
            failed += 1
            reason = str(e) if isinstance(e, EhcpQaError) else f"{path}: {type(e).__name__}"
            typer.echo(f"ehcp-qa: skipped {reason}", err=True)
            continue
        s.human = human
        scored.append(s)
    typer.echo(f"plans graded and scored: {len(scored)}; without a grade: {ungraded}; unreadable: {failed}", err=True)
    if len(scored) < 8:
        typer.echo("ehcp-qa: need at least 8 graded, readable plans to recalibrate", err=True)
        raise typer.Exit(EXIT_ERROR)

    y = np.array([s.human.rank for s in scored])
    counts = np.bincount(y, minlength=5)
    strat = y if counts[counts > 0].min() >= 2 else None
    idx_train, idx_test = train_test_split(np.arange(len(scored)), test_size=test_size, random_state=seed, stratify=strat)
    totals = np.array([s.total for s in scored])
    caps = np.array([s.cap for s in scored])
    start = tuple(low for _, low in sorted((r.rank, low) for r, low in base.bands))[1:]  # RI, good, outstanding
    before = calibrate.agreement(y[idx_test], calibrate.band_ranks(totals[idx_test], caps[idx_test], start))
    # bands, and the limiting judgements the local grades bear out, fitted on the training split only
    L = np.array([s.limit_caps for s in scored], int).reshape(len(scored), -1)
    cuts, enabled = calibrate.fit_calibration(totals[idx_train], L[idx_train], y[idx_train], start)
    caps = calibrate.caps_with(L, enabled)
    after = calibrate.agreement(y[idx_test], calibrate.band_ranks(totals[idx_test], caps[idx_test], cuts))
    lines = [
        f"held-out plans: {len(idx_test)} of {len(scored)} (seed {seed})",
        f"before (rubric {base.version}, bands {list(start)}): {_fmt(before)}",
        f"after  (bands {list(cuts)}, {len(enabled) - sum(enabled)} limit(s) left out): {_fmt(after)}",
    ]
    if cuts == tuple(start) and all(enabled):
        lines.append("bands kept: no fitted cuts beat the rubric's own by the minimum gain on the training split")
    elif after["qwk"] < before["qwk"]:
        lines.append("warning: the refitted bands agree less on the held-out plans; consider keeping the current rubric")
    ordinal_file = None
    if ordinal:
        X = np.vstack([calibrate.features(s.scores, s.total) for s in scored])
        model = calibrate.fit_ordinal(X[idx_train], y[idx_train], seed=seed)
        pred = np.minimum(calibrate.ordinal_predict(model, X[idx_test]), caps[idx_test])
        lines.append(f"ordinal model: {_fmt(calibrate.agreement(y[idx_test], pred))}")
        ordinal_file = out.with_suffix(".ordinal.skops").name
        calibrate.save_ordinal(model, out.parent / ordinal_file)
    for line in lines:
        typer.echo(line)
    calibrate.write_rubric(base, cuts, out, ordinal_file=ordinal_file, summary="\n".join(lines), enabled=enabled)
    typer.echo(f"wrote {out}" + (f" and {out.parent / ordinal_file}" if ordinal_file else ""))
    typer.echo("use it with: ehcp-qa check --rubric " + str(out) + "  (or rubric = \"...\" in ehcp-qa.toml)")
    raise typer.Exit(EXIT_OK)
