"""Parse the grade spellings moderators write ("Outstanding", "RI", "Requires Improvement", "3"...)
into a Rating. Shared by `train --moderation` and `compare`."""
from __future__ import annotations

import re

from .model import Rating

_WORDS: dict[str, Rating] = {
    "outstanding": Rating.OUTSTANDING,
    "o": Rating.OUTSTANDING,
    "good": Rating.GOOD,
    "g": Rating.GOOD,
    "requiresimprovement": Rating.REQUIRES_IMPROVEMENT,
    "requireimprovement": Rating.REQUIRES_IMPROVEMENT,
    "ri": Rating.REQUIRES_IMPROVEMENT,
    "inadequate": Rating.INADEQUATE,
    "i": Rating.INADEQUATE,
    "inad": Rating.INADEQUATE,
}
# Ofsted order: 1 is the best grade, 4 the worst.
_NUMBERS: dict[int, Rating] = {
    1: Rating.OUTSTANDING,
    2: Rating.GOOD,
    3: Rating.REQUIRES_IMPROVEMENT,
    4: Rating.INADEQUATE,
}


def parse_grade(value: object) -> Rating:
    """Rating from a moderator's spelling. Numbers follow the Ofsted scale (1 = outstanding,
    4 = inadequate). Raises ValueError naming the accepted spellings."""
    if isinstance(value, Rating):
        return value
    if isinstance(value, bool) or value is None:
        raise ValueError(f"not a grade: {value!r}; expected Outstanding, Good, RI / Requires Improvement, Inadequate or 1-4")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if value in _NUMBERS:
            return _NUMBERS[value]
    else:
        key = re.sub(r"[^a-z0-9]", "", str(value).lower())
        if key.isdigit() and int(key) in _NUMBERS:
            return _NUMBERS[int(key)]
        if key in _WORDS:
            return _WORDS[key]
    raise ValueError(
        f"not a grade: {str(value)[:40]!r}; expected Outstanding, Good, RI / Requires Improvement, "
        "Inadequate or 1-4 (1 = outstanding)"
    )
