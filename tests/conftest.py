"""Shared fixtures: tiny plan files built on the fly (never real plans).

- ``make_docx(path, items)``: python-docx file from items ("h1"|"h2"|"p"|"bold"|"list", text) or
  ("table", [[cell, ...], ...]); a header "OFFICIAL-SENSITIVE" is added to test skipping.
- ``make_pdf(path, items, pages_header=True)``: reportlab file from the same items (tables ruled),
  with a running header and "Page n of m" footer on every page; ("pagebreak", None) breaks pages.
- ``plan_items``: the items of a small complete plan A-K (status mix: content, nil, empty).
"""
from __future__ import annotations

import pytest

PLAN_ITEMS = [
    ("h1", "Education, Health and Care Plan"),
    ("p", "Name: Sam Smith"),
    ("p", "Date of birth: 01/05/2013"),
    ("p", "Date of plan: 12 March 2026"),
    ("p", "Status: Draft"),
    ("p", "Year group: Year 7"),
    ("h2", "Section A: Views, interests and aspirations"),
    ("p", "Sam enjoys trains and wants to work on the railway when he is older."),
    ("h2", "Section B: Special educational needs"),
    ("p", "Sam has difficulties with expressive language and working memory."),
    ("list", "Communication and interaction: he finds it hard to follow long instructions."),
    ("h2", "Section C: Health needs"),
    ("p", "No identified health needs."),
    ("h2", "Section D: Social care needs"),
    ("p", "TBC"),
    ("h2", "Section E: Outcomes"),
    ("p", "By July 2027 Sam will follow a three-step instruction independently in 4 out of 5 opportunities."),
    ("h2", "Section F: Special educational provision"),
    ("p", "A teaching assistant trained in ELKLAN will deliver 3 x 30 minutes weekly in a group of no more than 4."),
    ("h2", "Section G: Health provision"),
    ("p", "None."),
    ("h2", "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
    ("p", "Not applicable."),
    ("h2", "Section H2: Other social care provision"),
    ("p", "Not applicable."),
    ("h2", "Section I: Placement"),
    ("h2", "Section J: Personal budget"),
    ("p", "No personal budget has been requested."),
    ("h2", "Section K: Advice and information"),
    ("p", "Educational psychologist advice dated 3 February 2026."),
]


@pytest.fixture
def plan_items():
    return list(PLAN_ITEMS)


def _make_docx(path, items):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    for kind, val in items:
        if kind in ("h1", "h2"):
            d.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bold":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "list":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(path)
    return path


def _make_pdf(path, items, pages_header=True, encrypt=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    ss = getSampleStyleSheet()
    style = {"h1": ss["Heading1"], "h2": ss["Heading2"], "p": ss["BodyText"], "list": ss["BodyText"]}
    story = []
    for kind, val in items:
        if kind == "table":
            story.append(Table([[Paragraph(c, ss["BodyText"]) for c in row] for row in val],
                               style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bold":
            story.append(Paragraph(f"<b>{val}</b>", ss["BodyText"]))
        else:
            story.append(Paragraph(("\u2022 " if kind == "list" else "") + val, style[kind]))

    def furniture(canvas, doc):
        if pages_header:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(72, A4[1] - 40, "OFFICIAL-SENSITIVE")
            canvas.drawString(72, 30, f"Page {doc.page} of many")

    SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt).build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    return path


@pytest.fixture
def make_docx():
    return _make_docx


@pytest.fixture
def make_pdf():
    return _make_pdf
