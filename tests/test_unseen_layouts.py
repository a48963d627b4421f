"""Faults found by probing hand-written plans in layouts and wording the corpus lacks: each test
holds the smallest plan text that went wrong, and what a moderator expects instead."""
from ehcp_qa.api import check_plan, load_plan
from ehcp_qa.checks.provision import analyse_provision, lexicon_for
from ehcp_qa.sectionize import section_status


def _plan_items(plan_items, key, new):
    """plan_items with section `key`'s body replaced by `new` items."""
    head = next(i for i, (k, v) in enumerate(plan_items) if k == "h2" and v.startswith(f"Section {key}:"))
    end = next(i for i in range(head + 1, len(plan_items)) if plan_items[i][0] == "h2")
    return plan_items[:head + 1] + new + plan_items[end:]


def _ids(findings, section=None):
    return [f.rule_id for f in findings if section is None or (f.section and f.section.value == section)]


def test_a_provision_tables_column_titles_are_not_an_item(tmp_path, make_docx, plan_items):
    items = _plan_items(plan_items, "F", [("table", [
        ["Provision", "Frequency", "Delivered by", "Review"],
        ["ELKLAN language groups in a group of no more than 4", "3 x 30 minutes weekly",
         "A teaching assistant trained in ELKLAN", "Reviewed termly by the SENCo"]])])
    plan = load_plan(make_docx(tmp_path / "p.docx", items))
    found = [f for f in check_plan(plan, models=False) if f.section and f.section.value == "F"
             and f.rule_id.startswith("specificity.")]
    # the titles row carries no finding; the item under it is complete (its slots in their columns)
    assert not [f for f in found if "Delivered by" in (f.text or "")]
    assert not [f for f in found if f.severity.value == "error"]


def test_the_month_may_is_not_a_hedge():
    from ehcp_qa.rules.load import load_rules

    lex = lexicon_for(load_rules().get("specificity.vague-provision"))
    dated = analyse_provision("A speech and language therapist will deliver 1:1 therapy for 30 minutes "
                              "weekly from May 2027, reviewed termly.", lex)
    assert dated.hedges == [] and dated.specific
    assert [h.phrase for h in analyse_provision("A TA may deliver phonics daily for 20 minutes, 1:1.", lex).hedges] == ["may"]


def test_a_first_person_outcome_in_a_first_column_is_not_section_i(tmp_path, make_docx, plan_items):
    items = _plan_items(plan_items, "E", [("table", [
        ["I will complete a 5-day work placement in a nursery setting.", "By July 2027"]])])
    plan = load_plan(make_docx(tmp_path / "p.docx", items))
    assert "work placement" in plan.section_text("E")
    assert plan.section("I").title.startswith("Section I")


def test_other_or_further_after_content_is_not_a_nil_section():
    assert section_status("An individual healthcare plan for asthma, written by the school nurse and reviewed "
                          "yearly by her. No further health provision is required.").value == "content"
    assert section_status("No other health needs.").value == "nil"
    assert section_status("Amelia has no identified health needs.").value == "nil"


def test_a_merged_section_h_reports_each_finding_once(tmp_path):
    p = tmp_path / "p.txt"
    p.write_text("\n".join([
        "Education, Health and Care Plan", "Name: Chloe Brown", "",
        "Section A: Views", "Chloe likes music.", "Section B: Special educational needs", "Chloe has autism.",
        "Section C: Health needs", "None.", "Section D: Social care needs", "Chloe receives short breaks.",
        "Section E: Outcomes", "By July 2027 Chloe will read 40 words independently.",
        "Section F: Special educational provision", "A TA trained in Attention Autism will deliver daily 15-minute sessions.",
        "Section G: Health provision", "None.",
        "Section H: Social care provision", "Short breaks as needed.",
        "Section I: Placement", "Oak School.", "Section J: Personal budget", "None.",
        "Section K: Advice and information", "Health advice: paediatrician. Social care advice: social worker."]))
    plan = load_plan(p)
    assert plan.section("H1") is not None and plan.section("H2") is not None
    found = [(f.rule_id, f.start) for f in check_plan(plan, models=False) if f.start is not None]
    assert found and len(found) == len(set(found))
    assert any(f.startswith("specificity.") for f, _ in found)


def test_a_numbered_list_inside_one_cell_gives_one_item_per_outcome(tmp_path, make_docx, plan_items):
    cell = ("Outcomes\n1. By July 2027 Sam will type 25 words per minute with 95% accuracy.\n"
            "2. By July 2027 Sam will follow his timetable to arrive at every lesson on time.")
    plan = load_plan(make_docx(tmp_path / "p.docx", _plan_items(plan_items, "E", [("table", [[cell]])])))
    items = plan.section_items("E", "outcome")
    assert [i.text[:15] for i in items] == ["1. By July 2027", "2. By July 2027"]
    assert all(i.context == "Outcomes" for i in items)


def test_a_letter_tables_title_line_over_short_content_is_not_all_title(tmp_path, make_docx, plan_items):
    rows = [["Section H1", "Social care provision (CSDPA s2)\nNone - Sam has no social care needs."],
            ["Section I", "Placement\nOak Tree Academy, a mainstream secondary school."]]
    items = [x for x in plan_items if not (x[0] == "h2" and x[1].startswith(("Section H1", "Section I:")))]
    items = [x for x in items if x[1] not in ("Not applicable.",)]
    at = next(i for i, x in enumerate(items) if x[1].startswith("Section H2"))
    plan = load_plan(make_docx(tmp_path / "p.docx", items[:at] + [("table", rows)] + items[at:]))
    assert plan.section("H1").status.value == "nil"
    assert "Oak Tree Academy" in plan.section_text("I") and plan.section("I").status.value == "content"


def test_my_and_the_childs_before_a_section_name(tmp_path):
    from ehcp_qa.parsers import read_blocks
    from ehcp_qa.sectionize import sectionize

    p = tmp_path / "p.txt"
    p.write_text("\n".join(["Education, Health and Care Plan", "Name: Sam Smith", "", "All about me", "Sam likes trains.",
                            "My special educational needs", "Sam has autism.", "The child's health needs",
                            "Sam has asthma.", "Outcomes", "By July 2027 Sam will read 40 words."]))
    plan = sectionize(read_blocks(p))
    assert [k.value for k in plan.sections] == ["A", "B", "C", "E"]


def test_outcome_wording_caseworkers_use():
    from ehcp_qa.checks.outcomes import analyse_outcome

    for text in ["By July 2028, Segun will explain 10 key words from each GCSE subject unit in his own words.",
                 "I will achieve grade 4 or above in English and maths GCSE by August 2027.",
                 "By March 2026 Amelia will reduce her incidents of dysregulation from 5 per week to 1 per week.",
                 "Over the next key stage Amelia will learn and use 50 Makaton signs independently.",
                 "Amelia will read 100 common exception words accurately by summer 2026."]:
        assert analyse_outcome(text).smart, text
    assert not analyse_outcome("Amelia will feel happier in school.").smart


def test_overnight_stays_a_month_is_a_frequency():
    a = analyse_provision("Short breaks: 2 overnight stays a month at Laurel House with a residential care worker.",
                          lexicon_for(None))
    # the count belongs to the frequency: two stays in each month
    assert a.slot_text("frequency") == "2 overnight stays a month"


def test_exams_as_the_occasion_of_an_access_arrangement():
    a = analyse_provision("Segun will have 25% extra time and a reader in internal exams, arranged by the exams officer.",
                          lexicon_for(None))
    assert a.slot_text("frequency") == "in internal exams"


def _acronym_findings(tmp_path, b_title, b_text):
    p = tmp_path / "p.txt"
    p.write_text("\n".join(["Education, Health and Care Plan", "Name: Sam Smith", "",
                            "Section A: Views", "Sam likes trains.", f"Section B: {b_title}", b_text,
                            "Section C: Health needs", "Sam has social anxiety."]))
    return [f.text for f in check_plan(load_plan(p), models=False) if f.rule_id == "drafting.unexplained-acronym"]


def test_acronyms_named_by_a_section_title_and_expansions_with_commas(tmp_path):
    # the B title names SEN; a paragraph with the word "social" does not explain SEMH (the YAML list
    # of expansions once split "social, emotional and mental health" at its commas)
    assert _acronym_findings(tmp_path, "Special educational needs", "Sam has SEN in reading.") == []
    assert _acronym_findings(tmp_path, "Needs", "Sam has SEMH needs and finds social times hard.") == ["SEMH"]
    assert _acronym_findings(tmp_path, "Needs", "Sam has social, emotional and mental health (SEMH) needs.") == []


def test_a_combined_e_and_f_heading_with_its_letters_at_the_end_ends_section_d(tmp_path, make_docx, plan_items):
    e = next(i for i, x in enumerate(plan_items) if x[1].startswith("Section E:"))
    g = next(i for i, x in enumerate(plan_items) if x[1].startswith("Section G:"))
    combined = [("h2", "Outcomes and provision by area of need (Sections E and F)"),
                ("bold", "Communication and interaction"),
                ("table", [["Outcome", "Provision"],
                           ["By July 2027 Sam will follow a three-step instruction independently in 4 out of 5 opportunities.",
                            "A teaching assistant trained in ELKLAN will deliver 3 x 30 minutes weekly in a group of no more than 4."]])]
    plan = load_plan(make_docx(tmp_path / "p.docx", plan_items[:e] + combined + plan_items[g:]))
    assert "Outcomes and provision" not in plan.section_text("D")
    assert "three-step" in plan.section_text("E") and "ELKLAN" in plan.section_text("F")


def test_an_advice_list_with_a_no_health_needs_entry_is_not_a_nil_section_k(tmp_path):
    from ehcp_qa.parsers import read_blocks
    from ehcp_qa.sectionize import sectionize

    p = tmp_path / "p.txt"
    p.write_text("\n".join(["Education, Health and Care Plan", "Name: Sam Smith", "", "Section A: Views", "Sam likes trains.",
                            "Section B: Special educational needs", "Sam has autism.", "Section K: Advice and information",
                            "Educational psychologist advice, May 2026",
                            "Health advice: school nursing service, May 2026 - no health needs",
                            "Social care advice: not known to social care, May 2026", "School advice, May 2026"]))
    assert sectionize(read_blocks(p)).section("K").status.value == "content"


def test_column_titles_anywhere_and_a_count_of_visits_in_a_named_term(tmp_path, make_docx, plan_items):
    from ehcp_qa.items import is_header_row
    from ehcp_qa.model import Block, BlockKind

    def row(*texts, r=7):
        return [Block(index=i, kind=BlockKind.TABLE_CELL, text=t, start=0, end=len(t), table=0, row=r, col=i)
                for i, t in enumerate(texts)]

    assert is_header_row(row("Provision to be delivered", "Frequency and duration", "Who", "Review"))
    assert not is_header_row(row("Support", "Daily", "TA", "Termly review with parents and the SENCo."))
    a = analyse_provision("Transition: 3 extra visits to the new site, summer term before Year 7, led by the SENCo.",
                          lexicon_for(None))
    # how often: three visits, in the summer term (either states it; the first found is quoted)
    assert "3 extra visits" in a.slot_text("frequency") or "summer term" in a.slot_text("frequency")
