"""Sectionizer: header spellings, layouts, order, status and cover meta (rules in sections.yaml)."""
import pytest

from ehcp_qa.errors import NotAPlan
from ehcp_qa.model import SectionStatus
from ehcp_qa.parsers import read_blocks
from ehcp_qa.sectionize import parse_date, section_status, sectionize

FILLER = {
    "A": "Sam enjoys trains and wants to work on the railway.",
    "B": "Sam has difficulties with expressive language.",
    "C": "Sam has epilepsy, managed with medication.",
    "D": "Sam receives short breaks twice a month.",
    "E": "By July 2027 Sam will read 50 common words independently.",
    "F": "A teaching assistant trained in ELKLAN will deliver 3 x 30 minutes weekly.",
    "G": "The epilepsy nurse will review the care plan termly.",
    "H1": "Short breaks of 6 hours per month at the local centre.",
    "H2": "A social worker will visit monthly.",
    "I": "Oak Tree Primary School, a mainstream academy.",
    "J": "A personal budget of 500 pounds for transport.",
    "K": "Educational psychologist advice, 3 February 2026.",
}
KEYS = list(FILLER)


def _txt_plan(tmp_path, headings: dict, order=KEYS, name="p.txt"):
    lines = ["Education, Health and Care Plan", "Name: Sam Smith", ""]
    for k in order:
        lines += [headings[k], FILLER[k], ""]
    p = tmp_path / name
    p.write_text("\n".join(lines))
    return sectionize(read_blocks(p))


def _check_all(plan, order=KEYS):
    assert [k.value for k in plan.sections] == [k for k in KEYS if k in order]
    for k in order:
        assert plan.section_text(k) == FILLER[k], k


@pytest.mark.parametrize("style", [
    "Section {k}: {n}", "{k} - {n}", "{k}. {n}", "{n} (Section {k})", "{n} ({k})", "Part {k}: {n}",
    "SECTION {k} {N}", "Section {k}", "Part 3 - Section {k}: {n}", "{k} \u2013 {n}",
])
def test_header_spellings(tmp_path, style):
    names = {"A": "Views, interests and aspirations", "B": "Special educational needs", "C": "Health needs",
             "D": "Social care needs", "E": "Outcomes", "F": "Special educational provision",
             "G": "Health provision", "H1": "Social care provision under the CSDPA",
             "H2": "Other social care provision", "I": "Placement", "J": "Personal budget",
             "K": "Advice and information"}
    heads = {k: style.format(k=k, n=n, N=n.upper()) for k, n in names.items()}
    _check_all(_txt_plan(tmp_path, heads))


def test_names_alone_when_a_longer_name_leaves_a_stray_word(tmp_path):
    # "health needs related to" is a C name; it would leave "SEN" behind, "health needs" fits
    names = {"A": "Views, interests and aspirations", "B": "Special educational needs",
             "C": "Health needs related to SEN", "D": "Social care needs related to SEN", "E": "Outcomes",
             "F": "Special educational provision", "G": "Health provision",
             "H1": "Social care provision under the CSDPA", "H2": "Other social care provision",
             "I": "Placement", "J": "Personal budget", "K": "Advice and information"}
    _check_all(_txt_plan(tmp_path, names))


def test_part_number_with_section_letter_and_any_order(tmp_path):
    heads = {k: f"Part {i + 1} (Section {k})" for i, k in enumerate(KEYS)}
    order = ["A", "E", "B", "C", "D", "F", "G", "H1", "H2", "I", "J", "K"]  # Essex: E before B
    plan = _txt_plan(tmp_path, heads, order=order)
    assert [k.value for k in plan.sections] == KEYS  # reported in statutory order
    for k in KEYS:
        assert plan.section_text(k) == FILLER[k]
    assert plan.section("E").start < plan.section("B").start


def test_names_only_with_heading_style(tmp_path, make_docx):
    items = [("p", "Name: Sam Smith")]
    for k, n in [("A", "All about me"), ("B", "Special educational needs"), ("C", "Health needs"),
                 ("E", "Outcomes sought"), ("F", "Special educational provision")]:
        items += [("h2", n), ("p", FILLER[k])]
    plan = sectionize(read_blocks(make_docx(tmp_path / "n.docx", items)))
    assert [k.value for k in plan.sections] == ["A", "B", "C", "E", "F"]
    assert plan.section_text("F") == FILLER["F"]


def test_heading_like_sentence_in_body_does_not_start_a_section(tmp_path, make_docx):
    items = [("h1", "Section B: Special educational needs"),
             ("p", "The health needs are described by the paediatrician below."),
             ("p", "Health needs"),  # a plain-style short line, not a heading
             ("p", "Section F sets out the provision that meets these needs."),
             ("list", "C. Health needs are met by the school nurse."),
             ("h1", "Section C: Health needs"), ("p", FILLER["C"]),
             ("h1", "Section F: Special educational provision"), ("p", FILLER["F"])]
    plan = sectionize(read_blocks(make_docx(tmp_path / "b.docx", items)))
    assert list(plan.section("B").blocks) == [0, 1, 2, 3, 4]
    assert plan.section_text("C") == FILLER["C"]


def test_sentence_naming_a_section_is_not_its_heading(tmp_path, make_docx):
    items = [("h1", "Section A: Views"), ("p", FILLER["A"]),
             ("p", "Section F sets out the provision that meets these needs."),
             ("p", "C. Health needs are met by the school nurse."),
             ("h1", "Section B: Special educational needs"), ("p", FILLER["B"]),
             ("h1", "Section E: Outcomes"), ("p", FILLER["E"])]
    plan = sectionize(read_blocks(make_docx(tmp_path / "s.docx", items)))
    assert [k.value for k in plan.sections] == ["A", "B", "E"]
    assert plan.section_text("A").endswith("school nurse.")


def test_contents_list_does_not_capture_sections(tmp_path, make_docx):
    items = [("h1", "Contents")] + [("p", f"Section {k}") for k in "ABC"]
    items += [("p", "This plan was written with Sam and his family.")]  # text after the last entry
    items += [x for k in "ABC" for x in (("h1", f"Section {k}"), ("p", FILLER[k]))]
    plan = sectionize(read_blocks(make_docx(tmp_path / "toc.docx", items)))
    for k in "ABC":
        assert plan.section_text(k) == FILLER[k]


def test_two_column_letter_table(tmp_path, make_docx):
    rows = [[k, FILLER[k]] for k in ("A", "B", "C", "D", "E", "F")]
    plan = sectionize(read_blocks(make_docx(tmp_path / "t.docx", [("p", "Name: Sam Smith"), ("table", rows)])))
    for k in "ABCDEF":
        assert plan.section_text(k) == FILLER[k]
        assert plan.blocks[plan.section(k).heading].text == k


def test_letter_then_title_cell_table(tmp_path, make_docx):
    rows = [["B", "Special educational needs"], ["", FILLER["B"]], ["C", "Health needs"], ["", "None"],
            ["E", "Outcomes"], ["", FILLER["E"]]]
    plan = sectionize(read_blocks(make_docx(tmp_path / "t2.docx", [("table", rows)])))
    assert plan.section("B").title == "B Special educational needs"
    assert plan.section("C").status == SectionStatus.NIL
    assert plan.section_text("E").endswith(FILLER["E"])


def test_merged_h_maps_both_keys(tmp_path):
    heads = {k: f"Section {k}: x" for k in KEYS}
    plan = _txt_plan(tmp_path, {**heads, "H1": "Section H: Social care provision"},
                     order=["A", "B", "C", "H1", "I"])
    h1, h2 = plan.section("H1"), plan.section("H2")
    assert (h1.blocks, h1.start, h1.end, h1.title) == (h2.blocks, h2.start, h2.end, "Section H: Social care provision")
    assert plan.section_text("H2") == FILLER["H1"]


def test_umbrella_h_above_separate_h1_h2(tmp_path):
    p = tmp_path / "h.txt"
    p.write_text("Section A: Views\nA text.\n\nSection B: SEN\nB text.\n\nSection H: Social care provision\n\n"
                 "H1: Social care provision under the Chronically Sick and Disabled Persons Act\nH1 text.\n\n"
                 "H2: Other social care provision\nH2 text.\n\nSection I: Placement\nI text.\n")
    plan = sectionize(read_blocks(p))
    assert plan.section_text("B") == "B text."  # the umbrella heading ends B ...
    assert plan.section_text("H1") == "H1 text." and plan.section_text("H2") == "H2 text."  # ... and starts nothing


def test_combined_area_table_maps_columns_to_b_e_f(tmp_path, make_docx):
    items = [("h1", "Section A: Views"), ("p", FILLER["A"]),
             ("h1", "Sections B, E and F: needs, outcomes and provision"),
             ("table", [["Need", "Outcome", "Provision", "Who", "How often"],
                        ["Speech", "By July 2027 ...", "ELKLAN groups", "TA trained in ELKLAN", "3 x 30 min weekly"],
                        ["Reading", "By July 2027 reads", "Phonics", "Teacher", "Daily"]]),
             ("h1", "Section C: Health needs"), ("p", "None")]
    plan = sectionize(read_blocks(make_docx(tmp_path / "c.docx", items)))
    b, e, f = (plan.section(k) for k in "BEF")
    assert [plan.blocks[i].text for i in b.blocks] == ["Speech", "Reading"]  # header row left out
    assert [plan.blocks[i].text for i in e.blocks] == ["By July 2027 ...", "By July 2027 reads"]
    assert b.title == "Sections B, E and F: needs, outcomes and provision" and b.heading is None
    assert "TA trained in ELKLAN" in plan.section_text("F") and "Daily" in plan.section_text("F")
    assert b.blocks != tuple(range(b.blocks[0], b.blocks[-1] + 1))  # non-contiguous
    assert plan.section_text("A") == FILLER["A"]  # the combined heading ends A


def test_need_provision_table_inside_f_stays_in_f(tmp_path, make_docx):
    items = [("h1", "Section B: Special educational needs"), ("p", FILLER["B"]),
             ("h1", "Section E: Outcomes"), ("p", FILLER["E"]),
             ("h1", "Section F: Special educational provision"),
             ("table", [["Need", "Provision", "Who", "How often"], ["Speech", "ELKLAN", "TA", "Daily"]]),
             ("h1", "Section G: Health provision"), ("p", "None")]
    plan = sectionize(read_blocks(make_docx(tmp_path / "f.docx", items)))
    assert plan.section_text("B") == FILLER["B"]
    assert plan.section_text("F").split("\n") == ["Need", "Provision", "Who", "How often", "Speech", "ELKLAN", "TA", "Daily"]


@pytest.mark.parametrize("body,status", [
    ("", "empty"), ("TBC", "empty"), ("To be confirmed.", "empty"), ("Awaiting advice", "empty"),
    ("None", "nil"), ("Not applicable.", "nil"), ("There are no identified health needs.", "nil"),
    ("No identified social care needs at this time.", "nil"), ("N/A", "nil"),
    ("Sam has epilepsy and takes medication twice daily.", "content"),
    ("He has no friends in class and needs support at break.", "content"),
    ("No other social care provision is required.", "nil"),
    ("His parents have not asked for a personal budget at this time.", "nil"),
    ("Sam has no difficulty walking but needs help with fine motor tasks such as handwriting, " * 4, "content"),
])
def test_status(body, status):
    assert section_status(body).value == status


def test_cover_meta_and_age(tmp_path, make_docx):
    items = [("h1", "Final Education, Health and Care Plan"),
             ("table", [["Name of child or young person", "Amira Khan"], ["Date of birth", "3rd March 2011"],
                        ["Date of plan", "2026-02-01"], ["Year group", "year 9"]])]
    items += [x for k in "ABC" for x in (("h1", f"Section {k}"), ("p", FILLER[k]))]
    plan = sectionize(read_blocks(make_docx(tmp_path / "m.docx", items)))
    m = plan.meta
    assert (m.name, m.dob, m.plan_date, m.age, m.year_group, m.status) == \
        ("Amira Khan", "2011-03-03", "2026-02-01", 14, "Year 9", "final")


def test_parse_date_formats():
    assert parse_date("01/05/2015").isoformat() == "2015-05-01"
    assert parse_date("1 May 2015").isoformat() == "2015-05-01"
    assert parse_date("May 1st, 2015").isoformat() == "2015-05-01"
    assert parse_date("31/02/2015") is None


def test_not_a_plan(tmp_path):
    p = tmp_path / "letter.txt"
    p.write_text("Dear parent,\nThank you for your letter about the school trip.\nSection B: SEN\n")
    with pytest.raises(NotAPlan, match="letter.txt"):
        sectionize(read_blocks(p))


# --- scripts/eval_sections.py ---------------------------------------------------------------------

def _eval_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_sections.py"
    spec = importlib.util.spec_from_file_location("eval_sections", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eval_sections_scores_a_fixture_corpus(tmp_path, make_docx, plan_items):
    import json

    make_docx(tmp_path / "p1.docx", plan_items)
    truth = {"id": "p1", "file": "p1.docx", "format": "docx", "layout": "fixture",
             "meta": {"name": "Sam Smith", "status": "draft", "age": 12},
             "sections": [{"key": "B", "first": "Section B: Special educational needs",
                           "last": "Communication and interaction: he finds it hard to follow long instructions.",
                           "status": "content"},
                          {"key": "C", "first": "Section C: Health needs", "last": "No identified health needs.",
                           "status": "nil"},
                          {"key": "D", "first": "Section D: Social care needs", "last": "TBC", "status": "empty"},
                          # deliberately wrong anchors: E is not where G is
                          {"key": "E", "first": "Section G: Health provision", "last": "None.",
                           "status": "content"}],
             "missing": []}
    (tmp_path / "p1.json").write_text(json.dumps(truth))
    res = _eval_module().evaluate(tmp_path)
    overall = res["groups"]["overall"]
    assert (overall["sections"], overall["correct"]) == (4, 3)
    assert overall["status_accuracy"] == 1.0 and overall["meta_accuracy"] == 1.0 and overall["missing_accuracy"] == 1.0
    assert res["groups"]["fixture"]["accuracy"] == 0.75


@pytest.mark.slow
def test_corpus_sections_at_least_99_percent():
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "corpus" / "plans"
    if not any(corpus.glob("*.json")):
        pytest.skip("corpus/plans not generated")
    overall = _eval_module().evaluate(corpus)["groups"]["overall"]
    assert overall["read_errors"] == 0
    assert overall["accuracy"] >= 0.99


def test_names_only_tell_h1_from_h2(tmp_path, make_docx):
    items = []
    for k, n in [("B", "Special educational needs"), ("F", "Special educational provision"),
                 ("H1", "Social care provision (CSDPA)"), ("H2", "Other social care provision")]:
        items += [("bold", n), ("p", FILLER[k])]
    plan = sectionize(read_blocks(make_docx(tmp_path / "h.docx", items)))
    assert plan.section_text("H1") == FILLER["H1"] and plan.section_text("H2") == FILLER["H2"]


def test_numbered_headings_and_h1_h2_together(tmp_path):
    heads = {k: f"{i + 1}. Section {k}: x" for i, k in enumerate(KEYS)}
    heads["H1"] = "8.0 Sections H1 and H2: Social care provision"
    plan = _txt_plan(tmp_path, heads, order=["A", "B", "C", "D", "E", "F", "G", "H1", "I", "J", "K"])
    assert len(plan.sections) == 12
    assert plan.section_text("H2") == plan.section_text("H1") == FILLER["H1"]
    assert plan.section_text("K") == FILLER["K"]


# --- layouts from independently written plans (issue 14) -----------------------------------------


def _plan_from(paras: list[tuple[str, bool]]):
    from ehcp_qa.model import Plan, join_blocks

    text, blocks = join_blocks([{"text": t, "bold": b} for t, b in paras])
    return Plan(source="x.docx", sha256="0", format="docx", text=text, blocks=blocks)


def test_numbered_parts_take_their_letters_from_the_introduction():
    """An older template numbers its parts ("Part 3: Health Needs") and maps them to the statutory
    letters once in the introduction; a panel reads Part 4 as Section D because the plan says so."""
    from ehcp_qa.sectionize import sectionize

    intro = ("The parts of this plan correspond to the sections of the SEND Regulations as follows: "
             + ", ".join(f"Part {i + 1} is Section {k}" for i, k in enumerate("ABCDEFG")) + ".")
    titles = ["Views, Interests and Aspirations", "Special Educational Needs", "Health Needs", "Social Care Needs",
              "Outcomes", "Special Educational Provision", "Health Provision"]
    paras = [("Name of child: Sam Jones", False), (intro, False)]
    for i, t in enumerate(titles):
        paras += [(f"Part {i + 1}: {t}", True), (f"Some text about {t.lower()} for Sam, written in full.", False)]
    plan = sectionize(_plan_from(paras))
    assert [k.value for k in plan.sections] == list("ABCDEFG")
    assert plan.section("D").title == "Part 4: Social Care Needs"


def test_template_guidance_note_is_blank_and_a_reasoned_none_is_nil():
    """A section holding only the template's note ("left blank in the draft plan") has no content;
    "does not currently need any provision under section 2" is an explicit nil."""
    from ehcp_qa.model import SectionStatus
    from ehcp_qa.sectionize import section_status

    assert section_status("This section is left blank in the draft plan. The school will be named in the "
                          "final plan after the family's preference has been considered.") is SectionStatus.EMPTY
    assert section_status("This is a draft plan. The name and type of school will be entered in the final plan, "
                          "after parents have expressed a preference.") is SectionStatus.EMPTY
    assert section_status("Ibrahim does not currently need any provision under section 2 of the Chronically "
                          "Sick and Disabled Persons Act 1970.") is SectionStatus.NIL
    assert section_status("Rhys is not currently known to health services.") is SectionStatus.NIL
    # a section that says what will be provided is content, however short
    assert section_status("Weekly physiotherapy, 30 minutes, by the NHS paediatric physiotherapist.") is SectionStatus.CONTENT


def test_cover_fields_run_together_on_one_pdf_line_are_both_read():
    """pdfplumber may join two cover lines: the second label ("Plan date:") still starts a field."""
    from ehcp_qa.sectionize import load_rules, read_meta

    plan = _plan_from([("School or college: Quayside Community School Plan date: 12 March 2026", False),
                       ("Date of birth: 14 November 2010", False), ("Age: 15", False)])
    meta = read_meta(list(plan.blocks), load_rules())
    assert meta.plan_date == "2026-03-12" and meta.age == 15


def test_letter_first_heading_with_a_title_about_the_child(tmp_path):
    # "F: The help Amara will get at school": the letter and a colon in a Heading style name F even
    # though the title is not a statutory name; the same words in body text stay prose.
    import docx

    from ehcp_qa.api import load_plan

    d = docx.Document()
    titles = {"A": "All about Amara – what matters to me", "B": "Amara's special educational needs",
              "C": "Amara's health needs", "D": "Amara's social care needs", "E": "What we are working towards",
              "F": "The help Amara will get at school", "G": "Health provision for Amara",
              "H1": "Social care (CSDPA)", "H2": "Other social care help", "I": "Amara's school",
              "J": "Personal budget", "K": "Advice and information we gathered"}
    for key, title in titles.items():
        d.add_heading(f"{key}: {title}", level=1)
        d.add_paragraph(f"Amara's plan says more here about section {key} in a full sentence of text.")
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = load_plan(path)
    assert {k.value for k in plan.sections} == set(titles)
    assert plan.section("F").title.startswith("F: The help Amara")


def test_heading_cell_holding_its_text_and_a_letter_cell_before_it(tmp_path, make_docx):
    # A letter column beside cells that start "Section X: <title>" and carry the section's text
    # under the title in the same cell. The text under the title is the section's body (H1 says
    # "None. ..." so it is nil, not empty); the next row's letter cell ("H2") starts H2 and is not
    # the end of H1; numbered items "H2.1 ..." are H2's items, not H2 headings.
    rows = [["A", "Section A: Views, interests and aspirations\n" + FILLER["A"]],
            ["B", "Section B: Special educational needs\n" + FILLER["B"]],
            ["E", "Section E: Outcomes\n" + FILLER["E"]],
            ["F", "Section F: Special educational provision\n" + FILLER["F"]],
            ["H1", "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled "
                   "Persons Act 1970\nNone. Sam has no assessed social care needs."],
            ["H2", "Section H2: Any other social care provision"],
            ["", "H2.1 (D1). Short breaks at Oak House one weekend a month, funded by the children's disability team."],
            ["", "H2.2 (D2). Carer's support for his mother, a one-off payment of 400 pounds a year."],
            ["I", "Section I: Placement\nLeft blank in the draft plan."]]
    plan = sectionize(read_blocks(make_docx(tmp_path / "cells.docx", [("p", "Name: Sam Smith"), ("table", rows)])))
    assert plan.section("H1").status == SectionStatus.NIL
    assert "Section H1: Social care provision" in plan.section("H1").title
    assert "None." not in plan.section("H1").title
    h2 = plan.section("H2")
    assert plan.blocks[h2.blocks[0]].text == "H2" and h2.status == SectionStatus.CONTENT
    assert "H2.2" in plan.section_text("H2")
    assert plan.section("I").status == SectionStatus.EMPTY  # only the template's note


@pytest.mark.parametrize("body", ["Left blank in the draft plan.", "Not known at this time.",
                                  "Awaiting outcome of Care Act assessment."])
def test_notes_standing_in_for_a_section_are_blank(body):
    assert section_status(body).value == "empty"


def test_plan_date_from_the_status_line_and_an_issued_plan_is_final(tmp_path, make_docx):
    # "Plan status: Draft plan issued 18 May 2026": the status line carries the plan's date (and so
    # the age). A cover that states no status, a plan that names its placement in I and never calls
    # itself a draft, is an issued (final) plan: a draft leaves I blank.
    items = [("table", [["Name", "Poppy Ash"], ["Date of birth", "14 March 2023"],
                        ["Plan status", "Draft plan issued 18 May 2026"]])]
    items += [x for k in "ABCEFI" for x in (("h1", f"Section {k}"), ("p", FILLER.get(k, "Left blank in the draft plan.")))]
    m = sectionize(read_blocks(make_docx(tmp_path / "d.docx", items))).meta
    assert (m.plan_date, m.age, m.status) == ("2026-05-18", 3, "draft")
    items = [("table", [["Child's name", "Zofia Kay"], ["Date of birth", "17/11/2015"],
                        ["Date of this plan", "24 June 2026 (amended following annual review)"]])]
    items += [x for k in "ABCEF" for x in (("h1", f"Section {k}"), ("p", FILLER[k]))]
    items += [("h1", "Section I"), ("p", "Brindlecombe Primary School, a mainstream maintained school.")]
    m = sectionize(read_blocks(make_docx(tmp_path / "f.docx", items))).meta
    assert (m.plan_date, m.age, m.status) == ("2026-06-24", 10, "final")


def test_text_under_a_title_in_a_letter_rows_cell_is_the_sections_text(tmp_path, make_docx):
    # "E" | "Section E: Outcomes\nShorter-term targets are set each term.": the letter cell is the
    # heading, so the sentence under the title is E's text (as the PDF of the same table reads it)
    # and the check for shorter-term target arrangements sees it in DOCX and PDF alike.
    rows = [["A", "Section A: Views\n" + FILLER["A"]], ["B", "Section B: Special educational needs\n" + FILLER["B"]],
            ["E", "Section E: Outcomes\nShorter-term targets are set each term by the SENCo."],
            ["", FILLER["E"]], ["F", "Section F: Special educational provision\n" + FILLER["F"]]]
    plan = sectionize(read_blocks(make_docx(tmp_path / "e.docx", [("p", "Name: Sam Smith"), ("table", rows)])))
    assert plan.blocks[plan.section("E").heading].text == "E"
    assert "Shorter-term targets are set each term" in plan.section_text("E")
