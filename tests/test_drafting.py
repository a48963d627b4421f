"""Drafting faults (ehcp_qa/checks/drafting.py, rules/drafting.yaml)."""

from ehcp_qa.model import SectionKey
from ehcp_qa.testing import make_plan
from test_health_care import rule, run


def test_placeholder_spans_are_exact():
    plan = make_plan({"A": "We spoke to [insert child's name] at home.", "B": "XX likes trains."})
    found = run(rule("drafting.placeholder"), plan)
    assert sorted(f.text for f in found) == ["XX", "[insert child's name]"]
    for f in found:
        assert plan.text[f.start:f.end] == f.text


def test_tbc_is_skipped_where_legitimate():
    r = rule("drafting.placeholder")
    # I is legitimately pending in a draft
    assert run(r, make_plan({"I": "TBC"})) == []
    assert len(run(r, make_plan({"F": "Speech therapy, frequency TBC."}))) == 1
    # G is provision like F: "TBC" there is provision left unwritten, and every authored plan with a
    # "TBC" in G labels it a placeholder (this test used to pin G as skipped)
    (f,) = run(r, make_plan({"G": "Speech and language therapy: TBC."}))
    # a detail still pending: a warning (caps nothing); template text is an error
    assert f.severity.value == "warning"
    (f,) = run(r, make_plan({"F": "[Insert provision] weekly."}))
    assert f.severity.value == "error"


def test_placeholders_on_the_cover_and_in_a_heading_cell():
    r = rule("drafting.placeholder")
    # the cover table is template too; "Name of child" there is a field label, not a placeholder
    plan = make_plan({"A": "Sam likes trains."}, cover=["Name of child: Sam Taylor", "Caseworker", "XX",
                                                         "Parent", "[Parent name]"])
    assert sorted(f.text for f in run(r, plan)) == ["XX", "[Parent name]"]
    # elsewhere "Name of child" is template text left in
    assert len(run(r, make_plan({"A": "Name of child likes trains."}))) == 1


def test_second_name_ignores_titles_full_names_and_family():
    r = rule("drafting.wrong-name")
    meta = {"name": "Amira Khan"}
    ok = make_plan({"A": "Amira enjoys art. Her brother Oliver is at the same school. Amira's mum says she is happy.",
                    "B": "Dr Sophie Patel assessed Amira. Mrs Jones, the class teacher, says Amira reads well.",
                    "K": "Oliver Smith, educational psychologist"}, meta=meta)
    assert run(r, ok) == []
    ok2 = make_plan({"A": "Amira enjoys art. Sarah, the class teacher, says Amira reads well. Amira is kind."},
                    meta=meta)
    assert run(r, ok2) == []
    told = make_plan({"A": "Amira enjoys art. Amira likes school. Amira is kind. Sam told the educational psychologist that he likes maths."},
                     meta=meta)
    assert [f.text for f in run(r, told)] == ["Sam"]
    bad = make_plan({"A": "Amira enjoys art. Amira likes her friends.",
                     "B": "Amira reads well. Oliver's spelling is weak. Amira is kind."}, meta=meta)
    (f,) = run(r, bad)
    assert f.text == "Oliver" and f.section is SectionKey.B
    assert "Oliver" not in f.message


def test_second_name_without_cover_name_uses_the_dominant_name():
    r = rule("drafting.wrong-name")
    bad = make_plan({"A": "Leo likes cars. Leo enjoys swimming. Leo is funny.",
                     "B": "Leo reads well. Leo is kind. Jack needs help with spelling."})
    assert [f.text for f in run(r, bad)] == ["Jack"]


def test_pronouns_need_a_clear_majority():
    r = rule("drafting.wrong-pronoun")
    few = make_plan({"A": "He likes cars. She likes trains."})
    assert run(r, few) == []  # two uses: no basis for a majority
    many = make_plan({"A": "He likes cars. He plays football. His sister is 8. He is funny.",
                      "B": "He reads well. He is kind. His spelling is weak. She finds numbers hard."})
    (f,) = run(r, many)
    assert f.text == "She"


def test_they_child_with_a_stray_he():
    r = rule("drafting.wrong-pronoun")
    plan = make_plan({"A": "They like cars. They play football. Their favourite food is pizza.",
                      "B": "They read well. They are kind. He finds numbers hard."})
    assert [f.text for f in run(r, plan)] == ["He"]
    plan = make_plan({"A": "He likes cars. He plays football. His favourite food is pizza.",
                      "B": "He reads well. He is kind. They play with him at lunch."})
    assert run(r, plan) == []


def test_child_named_sentence_is_not_excused_by_the_previous_one():
    r = rule("drafting.wrong-pronoun")
    plan = make_plan({"A": "Niamh likes cats. She plays netball. She is funny. She sings. She reads. Her drawings are good.",
                      "B": "Her teacher says she is settled. Niamh finds it hard to accept direction when he feels anxious."},
                     meta={"name": "Niamh Osei"})
    assert [f.text for f in run(r, plan)] == ["he"]


def test_past_outcome_date_forms():
    r = rule("drafting.past-outcome-date")
    meta = {"plan_date": "2025-10-01"}
    texts = {
        "By the end of the summer term 2025 Sam will count to 20.": True,
        "By Summer 2026 Sam will count to 20.": False,
        "By the end of academic year 2024/25 Sam will count to 20.": True,
        "By September 2025, Sam will count to 20.": True,
        "By October 2025, Sam will count to 20.": False,
        "Sam joined in 2021; by the end of Year 6 he will count to 20.": False,
    }
    for text, past in texts.items():
        found = run(r, make_plan({"E": text}, meta=meta))
        assert bool(found) is past, text
    assert run(r, make_plan({"E": "By July 2020 Sam will count."})) == []  # no plan date: cannot tell


def test_placement_in_draft_needs_draft_status():
    r = rule("drafting.placement-in-draft")
    assert run(r, make_plan({"I": "Oak School"})) == []  # status unknown
    assert run(r, make_plan({"I": ""}, meta={"status": "draft"})) == []
    # why the two above are quiet: a draft that names a school is the case the check is for
    assert len(run(r, make_plan({"I": "Oak School"}, meta={"status": "draft"}))) == 1


def test_acronym_defined_in_place_or_expanded_elsewhere():
    r = rule("drafting.unexplained-acronym")
    ok = make_plan({"B": "Sam has a diagnosis of ASC, an autism spectrum condition.", "F": "Staff trained in ASC strategies."})
    assert run(r, ok) == []
    far = make_plan({"B": "Sam has a diagnosis of autism spectrum condition.", "F": "Staff trained in ASC strategies."})
    assert [f.text for f in run(r, far)] == ["ASC"]  # the link is never made for the reader
    bad = make_plan({"F": "The SENCo will review. The TA will deliver. The TAs meet weekly."})
    assert sorted(f.text for f in run(r, bad)) == ["SENCo", "TA"]
    assert run(r, make_plan({"F": "Peg boards and a pegboard game daily."})) == []  # PEG is case-sensitive


def test_deficit_only_ignores_short_sections():
    r = rule("drafting.deficit-only")
    assert run(r, make_plan({"B": "Sam has autism."})) == []
    # a section long enough to judge, naming only difficulties, is what it flags (CoP 9.69: strengths too)
    deficits = ("Sam cannot read simple words. He struggles to follow instructions and finds it difficult to sit "
                "still. He is unable to write his name and has poor attention. He has difficulty with peers and "
                "cannot wait his turn. He finds it hard to manage change and has delayed speech.")
    assert len(run(r, make_plan({"B": deficits}))) == 1


def test_past_date_without_plan_date_uses_latest_advice_date():
    r = rule("drafting.past-outcome-date")
    plan = make_plan({"E": "By July 2024, Sam will count to 20.",
                      "K": "Educational psychology advice, dated 3 March 2025"})
    assert len(run(r, plan)) == 1
    plan = make_plan({"E": "By July 2026, Sam will count to 20.",
                      "K": "Educational psychology advice, dated 3 March 2025"})
    assert run(r, plan) == []


def test_placement_ignores_an_empty_table_label():
    from dataclasses import replace

    from ehcp_qa.model import SectionStatus
    r = rule("drafting.placement-in-draft")
    plan = make_plan({"I": "Name and type of school or other institution"}, meta={"status": "draft"})
    # as the sectionizer marks a section whose only text is a table's label cell
    assert len(run(r, plan)) == 1  # read as content, the label would be taken for a named placement
    plan.sections[SectionKey.I] = replace(plan.sections[SectionKey.I], status=SectionStatus.EMPTY)
    assert run(r, plan) == []


def test_people_introduced_with_a_role_anywhere_are_known():
    """Family, friends and staff are named across a plan; a name introduced with a role once ("my
    big brother Alfie", "her key person, Mia", "Sophie and Adam (my parents)") is a known person
    everywhere, so "Alfie is my favourite person" is not another child's name."""
    r = rule("drafting.wrong-name")
    meta = {"name": "Esme Rowntree"}
    plan = make_plan({"A": "I live with my mum and my big brother Alfie, who is six. Alfie is my favourite person. "
                           "I like to sit next to my key person, Mia. Mia's songs make me laugh. "
                           "Sophie and Adam (my parents) said Esme is happy. Adam says she sleeps well.",
                      "B": "Esme uses single words. Esme finds waiting hard."}, meta=meta)
    assert run(r, plan) == []
    # the positive case: the same kind of name, never introduced, where the child's name belongs
    unknown = make_plan({"A": "I like Lego.", "B": "Esme uses single words. Alfie finds waiting hard."}, meta=meta)
    assert [f.text for f in run(r, unknown)] == ["Alfie"]
    known = make_plan({"A": "I live with my big brother Alfie. I like Lego.",
                       "B": "Esme uses single words. Alfie finds waiting hard."}, meta=meta)
    assert run(r, known) == []  # introduced once with a role: known everywhere


def test_a_sentence_naming_the_child_is_about_someone_beside_the_child():
    """"Tyler said that Lacey is funny": Tyler talks about the child, so he is not in her place."""
    r = rule("drafting.wrong-name")
    plan = make_plan({"A": "Tyler said that Lacey is funny and annoying.", "B": "Lacey finds sharing hard."},
                     meta={"name": "Lacey Fairbrother"})
    assert run(r, plan) == []
    # the positive case: Tyler where Lacey belongs, saying nothing about her, is flagged
    swapped = make_plan({"A": "Tyler is funny and annoying.", "B": "Tyler finds sharing hard."},
                        meta={"name": "Lacey Fairbrother"})
    assert run(r, swapped)


def test_wrong_name_confidence_follows_where_the_name_stands():
    """An unexplained name as the subject of an outcome or provision is another child's with high
    confidence (an error); in A, before a verb of reporting, it is most likely a parent nobody
    introduced: below the floor, a suggestion. A pet form of the child's name is the child."""
    from ehcp_qa.model import Severity

    r = rule("drafting.wrong-name")
    meta = {"name": "Oliver Kemp"}
    plan = make_plan({"A": "Ollie loves fishing. Hannah said the mornings are hard.",
                      "E": "By July 2027, Jacob will read 50 common words.",
                      "B": "Oliver finds reading hard."}, meta=meta)
    found = {f.text: f for f in run(r, plan)}
    assert set(found) == {"Jacob", "Hannah"}
    assert found["Jacob"].severity is Severity.ERROR and found["Jacob"].confidence >= 0.85
    assert found["Hannah"].severity is Severity.SUGGESTION and found["Hannah"].confidence < 0.75
    assert "Why:" in found["Jacob"].message and "Jacob" not in found["Jacob"].message


def test_pronouns_of_a_parent_paragraph_are_not_the_childs():
    """A paragraph that opens with the parent ("Maureen Rowntree has cared for Kai ...") goes on
    about her: its "She would like ..." is hers. "She advises that ..." reports a view. A field
    line "Delivered by: School staff" names no one a "he" could be."""
    r = rule("drafting.wrong-pronoun")
    meta = {"name": "Kai Rowntree"}
    a = ("Kai likes football. He plays for a team. He is funny. He enjoys PE. His friends like him. "
         "Maureen Rowntree has cared for Kai since he was seven. She is worried about exclusions. "
         "She would like more contact with school.")
    b = ("Kai finds reading hard. The therapist, Mrs Fiona Redfern, assessed Kai. She advises that Kai needs "
         "explicit teaching.\nDelivered by: School staff\nHe will have mentoring to help him reflect.")
    assert run(r, make_plan({"A": a, "B": b}, meta=meta)) == []
    bad = make_plan({"A": a, "B": b + " She finds writing very difficult."}, meta=meta)
    assert [f.text for f in run(r, bad)] == ["She"]


def test_past_dates_in_reviews_and_next_steps():
    """A review or next step already past at the plan date is carried over from an earlier plan;
    an advice report dated "by" someone in K is not a commitment."""
    r = rule("drafting.past-outcome-date")
    meta = {"plan_date": "2026-06-15"}
    plan = make_plan({"F": "The next review will be held on 15 January 2026. Review: July 2026.",
                      "K": "Educational psychology advice by Dr Jones, 12 May 2024. "
                           "The next review of this plan will take place in October 2024."}, meta=meta)
    # the whole date is the span, day included (it used to stop at "January 2026")
    assert sorted(f.text for f in run(r, plan)) == ["15 January 2026", "October 2024"]


def test_past_dates_in_a_due_date_column_and_deadline_cells():
    """A table column headed "By when" holds due dates, so a bare "July 2024" under it is a due
    date; a cell that is only "By 30 September 2025" is a deadline in any section. A date under
    another heading ("Date set") is not a commitment; "Easter 2025" ends with April."""
    from ehcp_qa.model import BlockKind
    from dataclasses import replace

    r = rule("drafting.past-outcome-date")
    meta = {"plan_date": "2025-09-15"}

    def table(key, rows):
        plan = make_plan({key: [c for row in rows for c in row]}, meta=meta)
        sec = plan.sections[SectionKey(key)]
        blocks = list(plan.blocks)
        cells = [i for i in sec.blocks if i != sec.heading]
        ncol = len(rows[0])
        for n, i in enumerate(cells):
            blocks[i] = replace(blocks[i], kind=BlockKind.TABLE_CELL, table=0, row=n // ncol, col=n % ncol)
        return replace(plan, blocks=blocks)

    due = table("E", [["Outcome", "How we will know", "By when"],
                      ["Sam will read 50 words.", "Reading check.", "July 2024"],
                      ["Sam will write his name.", "Work sample.", "Easter 2025"],
                      ["Sam will count to 20.", "Maths check.", "July 2026"]])
    assert sorted(f.text for f in run(r, due)) == ["Easter 2025", "July 2024"]
    set_on = table("E", [["Outcome", "Date set"], ["Sam will read 50 words.", "July 2024"]])
    assert run(r, set_on) == []
    deadline = table("F", [["Provision", "Staffing", "Frequency"],
                           ["Annual review", "SENCo", "By 30 September 2024"]])
    assert [f.text for f in run(r, deadline)] == ["30 September 2024"]



def test_a_hyphenated_name_is_one_name():
    """"Lily-Rose" is the child, not a second child called Rose, even where a PDF runs a deleted
    word into it ("JaydenLily-Rose")."""
    r = rule("drafting.wrong-name")
    plan = make_plan({"A": "Lily-Rose likes art. Lily-Rose is kind.",
                      "B": "JaydenLily-Rose has weak literacy skills. Lily-Rose reads slowly."},
                     meta={"name": "Lily-Rose Hendry"})
    assert run(r, plan) == []


def test_a_name_the_wish_or_support_is_for_stands_in_the_childs_place():
    """"Donna would like Tyler to ..." in Mason's plan: the child is who a parent's wish or the
    staff's support is for, so an unexplained name there is another child's; Donna, introduced as
    mum, is not."""
    r = rule("drafting.wrong-name")
    plan = make_plan({"A": "Mason likes football. Mason's mum, Donna, came to the meeting. "
                           "Donna would like Tyler to have more help in lessons.",
                      "B": "Mason finds reading hard. Mason is kind."}, meta={"name": "Mason Fairweather"})
    (f,) = run(r, plan)
    assert f.text == "Tyler" and "wish or of support" in f.message


_HE = "Ryan likes buses. He likes music. He goes to the café. He likes jigsaws. His room is tidy. He likes gospel. "


def test_pronouns_of_someone_else_who_speaks_about_the_child():
    """A subject "she" whose own clause goes on to name the child cannot be the child ("She would
    like Ryan to ..."); a "she" that also said something is a view giver; an adult named in full on
    the cover ("Andrea and Steve Bell") is someone a "her" can belong to."""
    r = rule("drafting.wrong-pronoun")
    a = (_HE + "Ryan's aunt would like Ryan to stay at Brookside. She would like Ryan to be more independent. "
         "She also said that Ryan does not like some staff.")
    d = "Andrea has reduced her hours at work to manage Ryan's appointments."
    plan = make_plan({"A": a, "D": d}, meta={"name": "Ryan Osei"}, cover=["Parents: Andrea and Steve Osei"])
    assert run(r, plan) == []


def test_pronouns_resolved_to_the_child_inside_a_sentence_about_others():
    """The nearest person before the pronoun is the child ("Noah will sit at the front so that she
    can see the teacher"); "lead" and "head" are not people ("can lead to"); a possessive of a role
    is the child's ("his key person"); in a sentence that names no one else and mixes sets, the
    opening "His" and the subject "she" are both the child's."""
    r = rule("drafting.wrong-pronoun")
    she = "Noah likes art. She enjoys music. She has friends. Her reading is good. She is kind. She likes PE. "
    for bad, wrong in [("Noah will sit near the front so that he can see the teacher's face.", "he"),
                       ("Noah can become anxious and his anxiety can lead to refusals.", "his"),
                       ("Provision: visual timetable; his key person will give warnings.", "his"),
                       ("His fine motor skills are weak and she finds scissors difficult.", "His")]:
        found = run(r, make_plan({"A": she, "B": bad}, meta={"name": "Noah Whitfield"}))
        assert [f.text for f in found] == [wrong], bad
    # the teacher is the nearest person before "he": could be the teacher's
    ok = "The teacher will sit by Noah so that he can see her work."
    assert run(r, make_plan({"A": she, "B": ok}, meta={"name": "Noah Whitfield"})) == []


def test_adults_on_the_cover_are_known_by_role_or_family_name_not_by_any_capitals():
    """An adult the cover introduces with a role ("Parents: Andrea and Steve") or with the child's
    family name ("Pauline Greaves") owns the "she" of a sentence about her; an organisation's name
    on the cover ("Learning Support Service") is nobody, and a field line naming a person says
    nothing of the next line."""
    r = rule("drafting.wrong-pronoun")
    he = "Mason likes cars. He plays outside. He is funny. His friends like him. He enjoys PE. He is kind. "
    a = he + "Pauline said Mason is a loving boy. She feels that school do not understand his hearing."
    cover = ["Mother: Pauline Greaves", "Service: Learning Support Service"]
    assert run(r, make_plan({"A": a}, meta={"name": "Mason Greaves"}, cover=cover)) == []
    lines = ["Delivered by: Key person\nProvision: A calm area for Mason.\n"
             "Provision: Support at transitions; her key person will give warnings."]  # one block
    (f,) = run(r, make_plan({"A": he, "F": lines}, meta={"name": "Mason Greaves"}, cover=cover))
    assert f.text == "her"
