"""Plan.locate by bisection over precomputed newline offsets gives exactly what counting newlines
from the start of the text gave, for every offset of real plans and of edge cases."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from ehcp_qa import api
from ehcp_qa.model import Location, Plan, join_blocks

SAMPLES = Path(__file__).resolve().parent.parent / "corpus" / "samples"


def slow_locate(plan: Plan, offset: int) -> Location:
    """The original O(n) definition."""
    block = plan.block_at(offset)
    line = plan.text.count("\n", 0, max(0, offset)) + 1
    if block is None:
        return Location(page=None, paragraph=0, line=line)
    return Location(page=block.page, paragraph=block.index, line=line)


@pytest.mark.parametrize("name", ["sample-001.docx", "sample-002.pdf"])
def test_locate_equals_counting_newlines(name):
    plan = api.load_plan(SAMPLES / name)
    n = len(plan.text)
    offsets = list(range(-3, 50)) + list(range(n - 50, n + 5))
    offsets += [i for i, c in enumerate(plan.text) if c == "\n"]  # on, before and after each newline
    offsets += [i + d for i in offsets[-200:] for d in (-1, 1)]
    offsets += random.Random(7).sample(range(n), min(n, 2000))
    for off in offsets:
        assert plan.locate(off) == slow_locate(plan, off), off


def test_locate_edge_cases():
    text, blocks = join_blocks([{"text": "one"}, {"text": "two\nlines"}, {"text": "three"}])
    plan = Plan(source="x", sha256="0", format="text", text=text, blocks=blocks)
    for off in range(-2, len(text) + 3):
        assert plan.locate(off) == slow_locate(plan, off)
    empty = Plan(source="x", sha256="0", format="text", text="", blocks=())
    assert empty.locate(0) == slow_locate(empty, 0) == Location(page=None, paragraph=0, line=1)
