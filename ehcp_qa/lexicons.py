"""The word lists of resources/lexicons/: one file per lexicon, parsed once per process. Below both
the rule loader (which checks that a rule's ``terms_from`` / ``pairs_from`` name real lists) and the
checks (which read them), so both read one copy."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parent / "resources" / "lexicons"


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict:
    """One lexicon file (resources/lexicons/<name>.yaml), parsed once per process."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def lexicon_entry(ref: str) -> Any:
    """What a rule's ``lexicon.key`` names: key <key> of resources/lexicons/<lexicon>.yaml; None
    where there is no such lexicon file or key (the loader turns that into a one-line error)."""
    name, _, key = ref.partition(".")
    if not key or not name.replace("_", "").isalnum() or not (LEXICON_DIR / f"{name}.yaml").is_file():
        return None
    data = lexicon(name)
    return data.get(key) if isinstance(data, dict) else None
