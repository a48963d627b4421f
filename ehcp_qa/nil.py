""""Nil": a statement that there is nothing to provide or no need ("None.", "N/A", "No health
provision is required.", "Kacper is not known to children's social care.").

Defined once, as token patterns in ``resources/nil.yaml`` run by the itemizer's role matcher
(``ehcp_qa.items.is_nil``). Every caller asks here: the itemizer (a nil line is a non-item), the
sectionizer (a short nil body is a nil section), the health and care checks (a nil section is an
answer, not a gap) and the golden thread (a nil line under an area heading is no evidence of it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .items import is_nil as _is_nil, nil_data
from .patterns import tokenize

__all__ = ["is_nil", "is_nil_body", "states_nil", "NIL_BODY_CHARS"]

#: a body longer than this holds more than a nil statement
NIL_BODY_CHARS = 450


@lru_cache(maxsize=8192)
def is_nil(text: str) -> bool:
    """A line that states nil (``ehcp_qa.items.is_nil``, remembered: the same short lines are asked
    about by several checks of a plan)."""
    return _is_nil(text)


@lru_cache(maxsize=4096)
def is_nil_body(body: str, limit: int = NIL_BODY_CHARS) -> bool:
    """A short section body (or block) that states nil: one of its statements (lines, sentences,
    "Label: value" parts) is a nil statement. A nil about anything "further", "other" or
    "additional" after something has been said does not count ("Sam has an asthma care plan. No
    further health provision is required." describes provision), nor does a lone "None." after
    other statements (an empty cell under one heading, not the whole body)."""
    if not body.strip() or len(body) > limit:
        return False
    parts = [p for p in _STATEMENT_END.split(body.strip()) if p.strip()]
    for i, part in enumerate(parts):
        if is_nil(part):
            if i > 0 and (_beyond(part) or _BARE.fullmatch(part.strip())):
                continue  # "No further ...", or a lone "None." cell among other statements
            return True
    return False


def states_nil(text: str) -> bool:
    """Somewhere in ``text``, however long, a statement says in so many words that there is nothing
    to provide: a reasoned "none", not a bare "None." cell and not "no further/other ..." after a
    described need."""
    return any(is_nil(p) and not _beyond(p) and not _BARE.fullmatch(p.strip())
               for p in _STATEMENT_END.split(text.strip()) if p.strip())


_STATEMENT_END = re.compile(r"\n+|(?<=[.;:!?])\s+(?=\S)")
_BARE = re.compile(r"(?:none|nil|n/?a)\.?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _beyond_words() -> frozenset[str]:
    return frozenset(w.lower() for w in nil_data()["beyond"])


def _beyond(part: str) -> bool:
    """A statement about something beyond what was said: "further", "other", "additional"
    (resources/nil.yaml ``beyond``)."""
    words = _beyond_words()
    return any(t.lower() in words for t in tokenize(part))
