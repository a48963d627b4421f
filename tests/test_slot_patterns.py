"""Group-size patterns of resources/patterns/slots.yaml, held to LABELS.md ("1:1, pairs, a ratio, a
number or maximum, whole class. 'small group' is not"): each example is hand-made, and says why it is
or is not a size."""
import pytest

from ehcp_qa import nlp


def _groups(text: str) -> list[str]:
    return [text[a:b] for a, b in nlp.match_slots(text).chars("GROUP")]


@pytest.mark.parametrize("text,want", [
    ("lunch club for Ava and 3 friends", "and 3 friends"),  # a count of the others: a number
    ("with one other child", "one other child"),  # numbers in words
    ("Ellis and up to 3 other students", "and up to 3 other students"),  # a maximum
    ("taught in a class of no more than 8 pupils", "class of no more than 8 pupils"),  # a maximum, by its unit
    ("games with two friends of his choice", "two friends"),
    ("Group size: Whole room", "Whole room"),  # the whole of a teaching group, as "whole class"
    ("Group size: Pair", "Group size: Pair"),  # pairs
    ("shared reading with a classmate", "with a classmate"),  # one peer: a pair
])
def test_group_sizes_in_general_language(text, want):
    assert want in _groups(text)


@pytest.mark.parametrize("text", [
    "small group work on phonics",  # LABELS.md: "small group" is not a size
    "a group of peers",  # no number
])
def test_unsized_groups_are_not_sizes(text):
    assert _groups(text) == []
