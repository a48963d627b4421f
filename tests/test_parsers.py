"""Parsers: file -> blocks in reading order, with the signals the sectionizer needs."""
from ehcp_qa.model import BlockKind
from ehcp_qa.parsers import read_blocks


def _texts(plan):
    return [b.text for b in plan.blocks]


def test_docx_order_kinds_tables_and_no_header(tmp_path, make_docx):
    p = make_docx(tmp_path / "a.docx", [
        ("h1", "Section A: Views"),
        ("p", "Sam likes trains."),
        ("bold", "SECTION B - SPECIAL EDUCATIONAL NEEDS"),
        ("list", "finds it hard to follow instructions"),
        ("table", [["C", "Health needs"], ["", "No identified health needs"]]),
        ("p", "After the table."),
    ])
    plan = read_blocks(p)
    assert plan.format == "docx" and plan.pages is None
    assert _texts(plan) == ["Section A: Views", "Sam likes trains.", "SECTION B - SPECIAL EDUCATIONAL NEEDS",
                            "finds it hard to follow instructions", "C", "Health needs",
                            "No identified health needs", "After the table."]
    assert "OFFICIAL-SENSITIVE" not in plan.text  # page header skipped
    kinds = [b.kind for b in plan.blocks]
    assert kinds[0] == BlockKind.HEADING and plan.blocks[0].level == 1
    assert plan.blocks[2].bold and kinds[2] == BlockKind.PARAGRAPH
    assert kinds[3] == BlockKind.LIST_ITEM
    cell = plan.blocks[6]
    assert (cell.kind, cell.table, cell.row, cell.col) == (BlockKind.TABLE_CELL, 0, 1, 1)
    for b in plan.blocks:  # absolute offsets
        assert plan.text[b.start:b.end] == b.text


def test_docx_merged_cells_appear_once(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Section F: Special educational provision"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Speech"
    t.cell(1, 1).text = "one"
    t.cell(2, 1).text = "two"
    d.save(tmp_path / "m.docx")
    plan = read_blocks(tmp_path / "m.docx")
    assert _texts(plan) == ["Section F: Special educational provision", "Speech", "one", "two"]
    assert [(b.row, b.col) for b in plan.blocks] == [(0, 0), (1, 0), (1, 1), (2, 1)]


def test_pdf_reading_order_pages_headings_and_furniture(tmp_path, make_pdf):
    long = "Sam has difficulties with speech and language and needs help to take part in lessons. " * 4
    p = make_pdf(tmp_path / "a.pdf", [
        ("h1", "Section B: Special educational needs"),
        ("p", long),
        ("list", "finds it hard to follow instructions"),
        ("pagebreak", None),
        ("h2", "Section C: Health needs"),
        ("p", "No identified health needs."),
    ])
    plan = read_blocks(p)
    assert plan.format == "pdf" and plan.pages == 2
    texts = _texts(plan)
    assert texts[0] == "Section B: Special educational needs"
    assert texts[1] == long.strip()  # wrapped lines joined into one paragraph
    assert texts[2] == "finds it hard to follow instructions" and plan.blocks[2].kind == BlockKind.LIST_ITEM
    assert texts[3:] == ["Section C: Health needs", "No identified health needs."]
    assert [b.page for b in plan.blocks] == [1, 1, 1, 2, 2]
    assert plan.blocks[0].kind == BlockKind.HEADING and plan.blocks[0].bold
    assert plan.blocks[0].font_size > plan.blocks[1].font_size
    assert "OFFICIAL" not in plan.text and "Page" not in plan.text  # running header/footer dropped


def test_pdf_ruled_table_cells(tmp_path, make_pdf):
    p = make_pdf(tmp_path / "t.pdf", [
        ("p", "Before."),
        ("table", [["B", "Sam needs help with reading and writing in every lesson of the school day."],
                   ["C", "No identified health needs"]]),
        ("p", "After."),
    ])
    plan = read_blocks(p)
    assert _texts(plan) == ["Before.", "B", "Sam needs help with reading and writing in every lesson of the school day.",
                            "C", "No identified health needs", "After."]
    cells = [b for b in plan.blocks if b.kind == BlockKind.TABLE_CELL]
    assert [(b.row, b.col) for b in cells] == [(0, 0), (0, 1), (1, 0), (1, 1)]


def test_text_and_markdown(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text("# Section B: SEN\n\nSam has difficulties with speech and language that affect his learning in\n"
                 "lessons across the day.\n\n- one item\n\n| Need | Provision |\n|---|---|\n| Speech | SALT |\n")
    plan = read_blocks(p)
    assert plan.format == "text"
    assert _texts(plan) == ["Section B: SEN", "Sam has difficulties with speech and language that affect his "
                            "learning in lessons across the day.", "one item", "Need", "Provision", "Speech", "SALT"]
    assert plan.blocks[0].kind == BlockKind.HEADING
    assert (plan.blocks[5].row, plan.blocks[5].col) == (1, 0)


def test_sha256_is_of_the_file_bytes(tmp_path):
    import hashlib

    p = tmp_path / "p.txt"
    p.write_text("Section B: SEN\nSome text.\n")
    assert read_blocks(p).sha256 == hashlib.sha256(p.read_bytes()).hexdigest()


def _narrow_table_pdf(path, rows, widths):
    """Ruled tables with narrow columns, so reportlab wraps cell text and cuts words longer than a
    line mid-word with no hyphen (as in corpus combined-table plans)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=10.5, leading=13)
    story = [Paragraph("The occupational therapist and the physiotherapist meet each Friday afternoon.", cell)]
    for w in widths:
        t = Table([[Paragraph(c, cell) for c in row] for row in rows], colWidths=[w] * len(rows[0]))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [t, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_pdf_cell_words_cut_at_the_cell_edge_are_rejoined(tmp_path):
    rows = [["A trained reader arranged by the examinations officer",
             "A paediatric physiotherapist registered with the Health and Care Professions Council",
             "Counselling and Psychotherapy sessions each Friday afternoon with the occupational therapist",
             "A teaching assistant trained in LEGO-based therapy and in well-being"]]
    widths = (62, 70, 78, 90, 110)
    plan = read_blocks(_narrow_table_pdf(tmp_path / "n.pdf", rows, widths))
    cells = [b.text for b in plan.blocks if b.kind == BlockKind.TABLE_CELL]
    assert len(cells) == len(widths) * len(rows[0])
    for i, text in enumerate(cells):  # every word whole: no "examinat ions", "physiotherap ist", "LE\nGO"
        assert text.split() == rows[0][i % len(rows[0])].split(), (widths[i // len(rows[0])], i % len(rows[0]))


def _docx_with_body(path, body_xml: str):
    """A minimal DOCX whose body is `body_xml` (to build text boxes and tracked changes exactly)."""
    import zipfile

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body_xml}</w:body></w:document>')


def test_docx_text_boxes_are_read_once_after_their_anchor_and_deletions_dropped(tmp_path):
    """A cover details box is text the reader sees: its paragraphs follow the paragraph anchoring it,
    and the VML fallback copy of the same box is not read twice. Tracked insertions are read,
    deletions are not (the document as it would print with changes accepted)."""
    box = '<w:txbxContent><w:p><w:r><w:t>Name: Kieran Maddox</w:t></w:r></w:p></w:txbxContent>'
    body = (f'<w:p><w:r><w:t>Cover</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>'
            f'<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'
            '<w:p><w:r><w:t xml:space="preserve">Weekly </w:t></w:r><w:ins><w:r><w:t>30-minute</w:t></w:r></w:ins>'
            '<w:del><w:r><w:delText>regular</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> sessions</w:t></w:r></w:p>')
    _docx_with_body(tmp_path / "b.docx", body)
    assert _texts(read_blocks(tmp_path / "b.docx")) == ["Cover", "Name: Kieran Maddox", "Weekly 30-minute sessions"]
