"""The itemize stage (ehcp_qa/items.py): which lines of E-H2 are items and how lines are grouped.

Each expectation is what a moderator reading the plan would call one item, and why; the authored
corpus (corpus/authored, labelled by independent authors) follows the same conventions: a labelled
line is one item, a table row's cells joined, a field-per-line block's fields joined."""
from __future__ import annotations

import pytest

from ehcp_qa.items import classify, is_header_row, is_nil, itemize
from ehcp_qa.model import Block, BlockKind, ItemKind, ItemRole, Plan, Section, SectionKey, SectionStatus, join_blocks
from ehcp_qa.testing import make_plan


def _plan(key: str, raw: list[dict]) -> Plan:
    """A plan whose section `key` is a heading plus `raw` blocks (dicts of Block fields)."""
    text, blocks = join_blocks([{"text": f"Section {key}", "kind": BlockKind.HEADING}, *raw])
    sec = Section(SectionKey(key), f"Section {key}", tuple(range(len(blocks))), 0, len(text), SectionStatus.CONTENT, 0)
    return itemize(Plan("t.txt", "x", "text", text, blocks, {SectionKey(key): sec}))


def _cells(rows: list[list[str]], table: int = 0, page=None) -> list[dict]:
    return [{"text": t, "kind": BlockKind.TABLE_CELL, "table": table, "row": r, "col": c, "page": page}
            for r, row in enumerate(rows) for c, t in enumerate(row) if t]


def _kinds(plan: Plan, key: str) -> list[tuple[str, str | None]]:
    return [(it.kind.value, it.role.value if it.role else None) for it in plan.section_items(key)]


def test_a_sub_heading_is_context_not_an_item():
    # "Communication and interaction" names an area of need: nothing in it can be delivered
    plan = make_plan({"F": ["Communication and interaction",
                            "Talk Boost three times a week with a teaching assistant trained in Talk Boost."]})
    assert _kinds(plan, "F") == [("non_item", "heading"), ("provision", None)]
    assert plan.section_items("F", "provision")[0].context == "Communication and interaction"


def test_a_table_row_is_one_item_and_its_column_titles_are_not():
    # the row's cells are the parts of one provision item (what | who | how often); the first row
    # only names the columns
    plan = _plan("F", _cells([["Provision", "Who", "How often"],
                              ["Braille instruction", "A qualified teacher of the visually impaired",
                               "Twice weekly, 45 minutes, 1:1"]]))
    assert _kinds(plan, "F") == [("non_item", "column_titles"), ("provision", None)]
    item = plan.section_items("F", "provision")[0]
    assert item.text.startswith("Braille instruction") and item.text.endswith("1:1")
    assert len(item.blocks) == 3


def test_field_per_line_block_is_one_item_until_its_opening_field_comes_again():
    # "Provision: / Frequency: / Duration: / Delivered by:" written a field a paragraph: one item each
    lines = ["Provision: Individual language play using the People Games programme.",
             "Frequency: Three times on each day Esme attends", "Duration: 10 minutes",
             "Delivered by: Esme's key person",
             "Provision: Makaton Foundation training for Esme's key person.", "Frequency: Once, by 31 January 2026"]
    plan = make_plan({"F": lines})
    items = plan.section_items("F", "provision")
    assert len(items) == 2
    assert items[0].text.endswith("Esme's key person") and items[1].text.startswith("Provision: Makaton")


def test_two_outcome_fields_are_two_outcomes():
    # "Long-term outcome:" and "Short-term steps:" each open an outcome; neither adds to the other
    plan = make_plan({"E": ["Long-term outcome: By July 2027, Esme will combine two signs or words.",
                            "Short-term steps: By May 2026, Esme will use 15 different Makaton signs."]})
    assert [it.kind for it in plan.section_items("E")] == [ItemKind.OUTCOME, ItemKind.OUTCOME]


def test_a_bullet_continued_in_the_next_paragraph_is_one_item():
    # the bullet ends mid-sentence with a comma; the next paragraph starts in lower case
    plan = _plan("F", [{"text": "The TA will deliver the SaLT programme four times a week for 15 minutes 1:1,",
                        "kind": BlockKind.LIST_ITEM},
                       {"text": "recording Noah's responses on the SaLT's target sheet."}])
    [item] = plan.section_items("F")
    assert item.kind is ItemKind.PROVISION and item.text.endswith("target sheet.")


def test_a_numbered_sub_heading_whose_number_the_pdf_renders_apart_is_a_heading():
    # a PDF list item keeps no "2." in its text: a title-like list item followed by a full sentence is
    # the numbered area heading above that sentence, as "2. Communication and interaction" would be
    plan = _plan("F", [{"text": "Communication and interaction", "kind": BlockKind.LIST_ITEM},
                       {"text": "The TA will deliver the SaLT programme four times a week for 15 minutes 1:1."}])
    assert _kinds(plan, "F") == [("non_item", "heading"), ("provision", None)]


def test_bulleted_fragments_stay_items_before_a_sentence():
    # "Writing slope" sits among bulleted fragments like itself: equipment items, even though a full
    # sentence follows the list
    plan = _plan("F", [{"text": "Ear defenders", "kind": BlockKind.LIST_ITEM},
                       {"text": "Writing slope", "kind": BlockKind.LIST_ITEM},
                       {"text": "The TA will deliver the SaLT programme four times a week for 15 minutes 1:1."}])
    assert [k for k, _ in _kinds(plan, "F")][-3:] == ["provision", "provision", "provision"]


def test_an_outcome_cell_with_two_sentence_paragraphs_is_two_outcomes():
    # an outcome is one sentence about the child: a second whole-sentence paragraph in the same cell
    # is a second outcome, judged on its own (joined, its missing date hid behind the first's)
    first = "By July 2027, Zainab will complete her diary on at least 4 of 5 school days."
    second = "Zainab will feel more confident speaking up for herself in lessons."
    plan = _plan("E", _cells([["Need", "Outcome"], ["Hearing", f"{first}\n{second}"]]))
    outcomes = [it.text for it in plan.section_items("E", "outcome")]
    assert outcomes[-2:] == [first, second]


def test_a_provision_cell_of_whole_sentence_paragraphs_is_an_item_each():
    # each paragraph is a provision of its own (its own what, its own when or who): joined, the
    # second's vague "as needed" sank the first, or the first's "weekly" hid the second's gap
    first = "ELSA sessions as needed."
    second = "Maths support in a small group with the maths teaching assistant every Monday."
    plan = _plan("F", _cells([["Need", "Provision"], ["Anxiety", f"{first}\n{second}"]]))
    assert [it.text for it in plan.section_items("F", "provision")] == [first, second]


def test_a_provision_cell_whose_second_sentence_refers_back_stays_one_item():
    # "This includes ..." and "Delivered by ..." carry on the provision above (anaphora): a moderator
    # reads the two paragraphs as one item, so the second is not judged for its own who or frequency
    first = "Physiotherapy programme, 1:1, for 15 minutes every day, set by the physiotherapist."
    for second in ("This includes stepping practice on the garden steps.",
                   "Delivered by a trained teaching assistant in the sensory room."):
        plan = _plan("F", _cells([["Need", "Provision"], ["Motor", f"{first}\n{second}"]]))
        [item] = plan.section_items("F", "provision")
        assert item.text == f"{first}\n{second}"


def test_a_paragraph_that_refers_back_joins_the_provision_above():
    # "The group" is the group the sentence above introduced: one item, delivered twice a week by
    # the key adult; a new sentence about a new provider ("The SENDCo will ...") is a new item, and a
    # summary of the whole section ("This help adds up to ...") is not part of the last item
    plan = make_plan({"F": [
        "Idris's key adult will run a social communication group with Idris and 3 other children for 30 minutes twice a week.",
        "The group will follow the targets set by the speech and language therapist.",
        "The SENDCo will meet his parents for 30 minutes every half term to agree his next steps.",
        "This help adds up to about 12 hours a week of key adult time."]})
    texts = [it.text for it in plan.section_items("F")]
    assert texts[0].endswith("by the speech and language therapist.")
    assert texts[1].startswith("The SENDCo") and texts[2].startswith("This help")


def test_a_lead_in_before_full_items_is_framing():
    plan = make_plan({"F": ["The school will provide the following:",
                            "(a) A teaching assistant will run a Lego therapy group weekly for 45 minutes, 3 pupils."]})
    assert _kinds(plan, "F") == [("non_item", "framing"), ("provision", None)]


def test_a_combined_needs_outcomes_provision_table_is_split_by_column():
    # columns name their sections: the outcomes column holds an outcome (E) even inside section F,
    # each paragraph of the provision column is its own item, the needs column is not an item
    plan = _plan("F", _cells([
        ["My needs (B)", "Outcomes I am working towards (E)", "Provision to meet my needs (F)"],
        ["Kieran misses parts of long spoken instructions.",
         "By July 2027, Kieran will ask for help without prompting in 4 out of 5 lessons.",
         "Instructions given verbally and in writing by each teacher, in every lesson.\n"
         "Social communication group with a TA trained by the SaLT, weekly for 45 minutes, 6 pupils."]]))
    kinds = [(it.section.value, it.kind.value) for it in plan.items]
    assert kinds == [("F", "non_item"), ("F", "non_item"), ("E", "outcome"), ("F", "provision"), ("F", "provision")]


def test_a_pdf_row_split_over_a_page_is_joined_back():
    # the row's cells carry on at the top of the next page (a new table there): one item, not three
    raw = _cells([["Provision", "Delivered by", "Frequency"],
                  ["Direct speech and language therapy", "HCPC-registered speech and language therapist,",
                   "Fortnightly, 45"]], table=0, page=1)
    raw += [{**c, "col": c["col"] + 1} for c in _cells([["Northmoor SaLT Service", "minutes per session"]], table=1, page=2)]
    plan = _plan("F", raw)
    assert _kinds(plan, "F") == [("non_item", "column_titles"), ("provision", None)]
    assert plan.section_items("F", "provision")[0].text.endswith("minutes per session")


def test_a_row_with_no_provision_cell_adds_to_the_row_above_and_is_not_an_item_itself():
    # "| SaLT (modelling the programme) | Half-termly": a second staffing line, not a provision
    plan = _plan("F", _cells([["Provision", "Staffing", "Frequency"],
                              ["Vocabulary programme: 10 key words per unit", "LSA trained by the SaLT", "2 x weekly"],
                              ["", "SaLT (modelling the programme with the LSA)", "Half-termly"]]))
    assert _kinds(plan, "F") == [("non_item", "column_titles"), ("provision", None), ("non_item", "other")]


@pytest.mark.parametrize("text,role", [
    ("None.", "nil"),
    ("No health provision is required.", "nil"),
    ("Esme does not currently receive any provision under section 2 of the Act.", "nil"),
    ("Agreed by Mrs Helen Burrows, SENDCo, on ____________", "sign_off"),
    ("This health provision has been agreed by the Integrated Care Board.", "sign_off"),
    ("[Insert outcome]", "guidance"),
    ("See Section G for health provision.", "cross_reference"),
    ("Top-up funding: Band 3", "funding"),
    ("Hillside Academy will provide the following:", "framing"),
    ("The outcomes below run to the end of Key Stage 2 (July 2027).", "framing"),
    ("These outcomes were agreed with Sam and his parents at the annual review.", "sign_off"),  # a record of agreement
    ("Provision | Frequency | Delivered by | Group size | Review", "column_titles"),
    # a section's own title, however its letter is written, and titles whose numbers name things
    ("F. Special educational provision (post-16)", "heading"),
    ("H1: Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970", "heading"),
    ("Health provision at college (age 18-25)", "heading"),
    ("Health provision (Section G) - nil. Her health needs are met through universal services.", "nil"),
    ("Social care advice was not received in time for this draft.", "guidance"),
    ("Kieran's aspiration: 'I want to be an electrician.'", "other"),
    ("Funding: Early Years Inclusion Fund, Band C, £4,200 for the 2025/26 academic year.", "funding"),
    # a line that says of itself it is not special educational provision is a note (home-to-school
    # transport is arranged under the council's travel policy, not as provision in F)
    ("F7. Transport. Isla is eligible for home-to-school transport under the council's travel policy. "
     "This is not special educational provision.", "other"),
    # pointers to where the provision is written: attached, read alongside, "For X, see Y"
    ("The physiotherapy programme is attached at Appendix 1.", "cross_reference"),
    ("Occupational therapy (to be read alongside the OT report in Appendix 3)", "cross_reference"),
    ("For equipment provided by the health service, see Section G.", "cross_reference"),
    # notes to the writer, and notes on the plan's history, are not provision
    ("[Note to caseworker: check the hours with the school.]", "guidance"),
    ("Remove this text before the plan is issued.", "guidance"),
    ("Provision carried over from the Statement (Part 3) and not yet redrafted", "guidance"),
    ("(Updated after the annual review of 3 June 2025: paragraphs 2 and 4 changed.)", "guidance"),
    # the statutory titles, with no letter, and the Parts of a Statement of SEN
    ("Social care provision reasonably required by the learning difficulties or disabilities", "heading"),
    ("Part 3: Special educational provision", "heading"),
    # targets set elsewhere; an aspiration and a parent's comment recorded in the section
    ("Smaller steps towards each outcome are agreed termly at the SEN support meeting.", "framing"),
    ("Long-term ambition: to work with animals.", "other"),
    ("Parents' comment: we would like more speech therapy.", "other"),
    # a possessive inside the funder's name does not hide the funding
    ("Transport funded by the council's SEN Transport budget.", "funding"),
    # the tokenizer splits "top-up" and "right-hand": a hyphenated word inside a gap must not break it
    ("This adds up to 10 hours a week of TA time and is funded at the council's top-up band 2.", "funding"),
    ("Sam's provision is in the right-hand column of the tables below.", "framing"),
    ("Shorter-term targets: his teacher will set two or three half-termly targets for each outcome.", "framing"),
    # sign-offs, costs and pending notes in other word orders
    ("Section H1 agreed by: J. Patel, Team Manager, 3 May 2025", "sign_off"),
    ("The total cost of this provision is £8,200 a year.", "funding"),
    ("The local authority will fund the placement at Band 4.", "funding"),
    ("As in Section H2 above.", "cross_reference"),
    ("As amended after QA on 4 May.", "guidance"),
    ("To be confirmed following the social care assessment.", "guidance"),
    # template text wholly in square brackets; a line wholly in round brackets judged on what they hold
    ("[Social care team to complete this section]", "guidance"),
    ("(Signed by the Designated Clinical Officer on behalf of the ICB, 4 August 2025.)", "sign_off"),
])
def test_wording_that_is_not_an_item(text, role):
    kind, got, _ = classify(text, "F")
    assert kind is ItemKind.NON_ITEM and got is ItemRole(role)


@pytest.mark.parametrize("text,section", [
    # terse, vague provision is still provision (it is judged, and found not specific)
    ("Access to speech therapy as needed", "F"),
    ("SALT | TBC | TBC | TBC", "F"),
    ("Speech and language therapy: TBC.", "G"),
    # an item that mentions a section or a cost is still an item
    ("Physiotherapy programme 3 x weekly for 20 minutes by a trained TA (see also Section G).", "F"),
    ("Carer's break funded as a one-off payment of £400 a year by the Short Breaks Service.", "H2"),
    ("By July 2027, Sam will read 40 words a minute in a Year 3 text.", "E"),
    # cells that hold "label: value" are a row of content, not column titles
    ("Provision: touch-typing course | Provider: Study Skills Tutor | Frequency: 3 x weekly", "F"),
    ("What: Note-taking in lectures; Who: a trained note-taker; How often: all lessons", "F"),
    ("Support with transitions", "F"),
    # "read with" a child is provision, not a pointer; an "(Amended)" tag leaves the item an item
    ("Social stories read with Sam by his TA before each school trip.", "F"),
    ("(Amended) Sam will have 30 minutes of phonics with a trained TA daily.", "F"),
    # a field-per-line item whose "Funded by:" field names a budget is still an item
    # a pointer after a quantified item, and target-setting as the provision itself
    ("Speech therapy 30 minutes weekly from a SaLT; see Section G for his health plan.", "F"),
    ("The SENCo will set and review Sam's targets with him each half term.", "F"),
    # placeholders in brackets inside an item leave it an item (the placeholder is a drafting finding)
    ("[Child's name] will have 20 minutes of phonics with [TA name] daily.", "F"),
    ("Provision: Swimming lessons with a PA. Funded by: the short breaks budget. Hours: 2 a week.", "H2"),
])
def test_items_stay_items(text, section):
    assert classify(text, section)[0] is not ItemKind.NON_ITEM


@pytest.mark.parametrize("text", [
    "Outcome 2 of 5",  # numbers that name an outcome's place, not a quantity
    "Year 7 outcomes (to be met by the end of the autumn term)",  # a verb in a parenthesis is a note on the title
])
def test_titles_of_outcome_groups_are_headings(text):
    kind, role, _ = classify(text, "E")
    assert kind is ItemKind.NON_ITEM and role is ItemRole.HEADING


def test_nil_is_one_definition():
    assert is_nil("N/A") and is_nil("There are no identified social care needs.")
    assert not is_nil("A teaching assistant will check there is no glare on his screen each lesson.")


def test_header_rows():
    def row(*texts):
        return [Block(index=i, kind=BlockKind.TABLE_CELL, text=t, start=0, end=len(t), table=0, row=0, col=i)
                for i, t in enumerate(texts)]

    assert is_header_row(row("Outcome (by end of Year 6)", "How we will know", "By when"))
    # short cells that say what to do are a row of content, not titles
    assert not is_header_row(row("Reader for assessments and exams", "Exams team", "All exams", "N/A"))


def test_every_line_of_the_item_sections_is_in_exactly_one_item():
    plan = make_plan({"E": ["Communication", "By July 2027 Sam will ask for help in 4 of 5 lessons."],
                      "F": ["The school will provide:", "Talk Boost 3 x weekly, 30 minutes, TA trained in Talk Boost."],
                      "G": ["None."]})
    covered = sorted(i for it in plan.items for i in it.blocks)
    body = sorted(b.index for k in ("E", "F", "G") for b in plan.section_blocks(k))
    assert covered == body


def test_checks_judge_only_items():
    # the framing line holds "support" and no who/how often: as a non-item it gets no finding
    from ehcp_qa.api import check_plan

    plan = make_plan({"F": ["The school will provide the following support:",
                            "A teaching assistant trained in ELKLAN will deliver Talk Boost 1:1, 3 x 30 minutes weekly."]})
    framing = plan.section_items("F")[0]
    assert framing.role is ItemRole.FRAMING
    hits = [f for f in check_plan(plan, models=False)
            if f.start is not None and f.start < framing.end and f.end > framing.start]
    assert not [f for f in hits if f.dimension.value == "specificity"]
