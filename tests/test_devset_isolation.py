"""The devset (../shared/devset) is a yardstick: only scripts/evaluate.py may read it. No package
module, training or corpus script, corpus file or test names it, so nothing can be fitted on it."""
from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# evaluation.json is evaluate.py's own output (figures, no devset text); nothing reads it to train
ALLOWED = {"scripts/evaluate.py", "tests/test_devset_isolation.py", "models/evaluation.json"}


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "ehcp_qa", "scripts", "corpus", "tests", "models"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return [f for f in out.splitlines() if f]


def test_only_evaluate_reads_the_devset():
    readers = []
    for f in tracked_files():
        if f in ALLOWED or f.lower().endswith(".md"):  # documentation may describe the devset
            continue
        try:
            text = (ROOT / f).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # binary files (models, plans) cannot name a path
        if "devset" in text.lower():
            readers.append(f)
    assert readers == [], f"these files name the devset: {readers}"


def test_evaluate_reads_devset_only_to_measure():
    # scripts/evaluate.py's devset rows go to verdicts and metrics, never to a training call
    src = (ROOT / "scripts" / "evaluate.py").read_text(encoding="utf-8")
    train_calls = [line for line in src.splitlines() if "train_fold(" in line or "train_kind(" in line]
    assert train_calls and all("devset" not in line.lower() for line in train_calls)
    assert "rows_by_author" in src.split("def train_fold", 1)[1].split("\n\n\n", 1)[0]
