"""Regex building blocks for quantities: numbers (digits or words), periods, times, dates.

Kept in one place so provision frequencies, session lengths and outcome criteria/deadlines all read
"three", "3" and "x3" the same way.
"""
from __future__ import annotations

NUM_WORDS = ("one two three four five six seven eight nine ten eleven twelve fifteen twenty "
             "thirty forty forty-five fifty sixty ninety half a an").split()
_WORDNUM = "|".join(sorted((w for w in NUM_WORDS if w not in {"a", "an"}), key=len, reverse=True))
#: a number: 3, 2.5, 1½, three, forty-five
NUM = rf"(?:\d+(?:\.\d+)?|{_WORDNUM})"
MULT = r"(?:once|twice|thrice|(?:" + NUM + r")\s*(?:x|times|×))"

DAY_PERIOD = (r"(?:day|week|wk|fortnight|month|term|half[\s-]?term|year|session|lesson|morning|afternoon|evening|"
              r"night|weekend|lunchtime|lunch\s+time|breaktime|break\s+time|playtime|school\s+(?:day|morning|week))s?")
PERIOD_ADJ = (r"(?:daily|weekly|fortnightly|monthly|termly|half[\s-]?termly|annually|yearly|bi-?weekly|"
              r"bi-?annually|nightly)")
UNIT = r"(?:minutes?|mins?|hours?|hrs?|h)"
LONG_UNIT = r"(?:weeks?|terms?|months?|years?|half[\s-]?terms?|academic\s+years?|sessions?)"

MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
         r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")
YEAR = r"(?:20\d\d)"
