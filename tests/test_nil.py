""""Nil" has one definition (resources/nil.yaml via ehcp_qa.nil), used by the itemizer, the
sectionizer, the health and care checks and the golden thread alike."""
import pytest

from ehcp_qa import items, nil
from ehcp_qa.checks.golden_thread import _real_blocks
from ehcp_qa.checks.health_care import section_state
from ehcp_qa.model import SectionStatus
from ehcp_qa.sectionize import section_status
from ehcp_qa.testing import make_plan


@pytest.mark.parametrize("text", [
    "None.", "N/A", "Not applicable.",  # the bare words a template cell holds
    "No health provision is required.",  # "no ... provision" states the nil outright
    "Theo has no social care needs.",  # a subject that has no needs
    "Harry is not known to social care.", "Not known to children's social care.",
    "No personal budget has been requested.",  # section J's nil
    "Not an area of need.", "No concerns.",
    "Her speech is in the average range and she has no needs in this area.",  # said of an area, anywhere
])
def test_nil_statements(text):
    assert nil.is_nil(text) and nil.is_nil_body(text)


@pytest.mark.parametrize("text", [
    # a need described with "no" in it is a need, not a nil
    "He has no friends in class and needs support at break.",
    "Sam has epilepsy and takes medication twice daily.",
    # pending advice is blank (the health checks flag it), not a nil answer
    "Not known at present.",
    "An assessment has not been requested yet.",
])
def test_not_nil(text):
    assert not nil.is_nil_body(text)


def test_a_nil_about_anything_further_after_provision_is_not_a_nil_body():
    """The section holds provision; the nil only says there is nothing beyond it."""
    body = "Sam has an asthma care plan. No further health provision is required."
    assert not nil.is_nil_body(body)
    assert nil.is_nil_body("No further health provision is required.")  # alone, it is the answer


def test_a_lone_none_cell_does_not_make_a_body_nil():
    """One empty cell ("None.") among outcomes is not the whole section saying none."""
    assert not nil.is_nil_body("Jo will read 20 words by July 2027.\nNone.")
    assert nil.is_nil_body("None.\nJo is well.")  # opening with it, the body answers none


def test_every_caller_uses_the_one_definition():
    """A wording added to resources/nil.yaml reaches all four callers: the same line is a nil
    item, a nil section, a nil health/care answer and no golden-thread evidence."""
    text = "Theo has no social care needs."
    assert items.is_nil(text) and nil.is_nil(text)
    assert section_status(text) is SectionStatus.NIL
    plan = make_plan({"D": [text], "B": ["Communication and interaction", text]})
    assert section_state(plan, "D") == "nil"
    b = [i for i in plan.section("B").blocks if plan.blocks[i].text == text]
    assert b and _real_blocks(plan, b, ()) == []
    # and a line that is not nil is evidence (the positive case)
    need = [i for i in plan.section("B").blocks if plan.blocks[i].text.startswith("Communication")]
    assert _real_blocks(plan, need, ()) == need
