"""The public Python API. The CLI is a thin wrapper over these four functions.

    plan = load_plan("plan.docx")              # parse + sectionize (raises errors.ReadError)
    findings = check_plan(plan)                # rule and model checkers
    report = score_plan(plan, findings)        # criterion scores + suggested rating
    report = report_file("plan.docx")          # all three
"""
from __future__ import annotations

from pathlib import Path

from .model import Finding, Plan, PlanReport


def load_plan(path: str | Path, limits=None) -> Plan:
    from .parsers import read_blocks
    from .sectionize import sectionize

    return sectionize(read_blocks(path, limits=limits))


def check_plan(plan: Plan, rules=None, models=None) -> list[Finding]:
    from .checks.engine import run_checks

    return run_checks(plan, rules=rules, models=models)


def score_plan(plan: Plan, findings: list[Finding], rubric=None) -> PlanReport:
    from .scoring import score

    return score(plan, findings, rubric=rubric)


def report_file(path: str | Path, *, limits=None, rules=None, rubric=None, models=None) -> PlanReport:
    plan = load_plan(path, limits=limits)
    return score_plan(plan, check_plan(plan, rules=rules, models=models), rubric=rubric)
