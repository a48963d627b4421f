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
    assert not [i for i in _ids(check_plan(plan, models=False), "F") if i.startswith("specificity.")]


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
