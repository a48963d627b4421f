"""A caseworker's one-file check starts fast: `ehcp-qa --help` and `check` import only what they use
(no scikit-learn, skops, SciPy, spaCy, pandas or matplotlib for the shipped samples)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = {"sklearn", "skops", "scipy", "spacy", "pandas", "matplotlib", "dask", "distributed"}

PROBE = """
import json, sys
sys.argv = ["ehcp-qa", *json.loads(sys.argv[1])]
from ehcp_qa.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("MODULES " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})) + "\\n")
"""


def _modules(*args: str) -> set[str]:
    r = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(args))], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    line = [x for x in r.stderr.splitlines() if x.startswith("MODULES ")][-1]
    return set(json.loads(line[len("MODULES "):]))


def test_help_imports_nothing_heavy():
    assert not _modules("--help") & HEAVY


@pytest.mark.parametrize("sample", sorted(p.name for p in (ROOT / "corpus" / "samples").glob("*")
                                          if p.suffix in (".docx", ".pdf")))
def test_check_imports_nothing_heavy(sample):
    assert not _modules("check", str(ROOT / "corpus" / "samples" / sample)) & HEAVY
