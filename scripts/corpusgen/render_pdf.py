"""Document -> PDF with reportlab platypus. ``invariant=1`` makes the bytes reproducible.

Paragraphs are kept whole on one page (a parser then sees each as one block); tables split only
between rows. Some plans get a running header ("OFFICIAL-SENSITIVE" and the child's name) and a
"Page n of N" footer, which a parser must drop.
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from .compose import Document

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=12, leading=16, spaceAfter=7)  # Arial 12 is usual in plans
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=16, bulletIndent=4, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=10.5, leading=13, spaceAfter=0)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = {
    "h1": ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=14, leading=18,
                         spaceBefore=12, spaceAfter=8, keepWithNext=1),
    "h2": ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                         spaceBefore=10, spaceAfter=6, keepWithNext=1),
    "caps": ParagraphStyle("caps", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=16,
                           spaceBefore=10, spaceAfter=6, keepWithNext=1),
    "bold": ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold", spaceBefore=6, keepWithNext=1),
}
MARGIN = 20 * mm


def _flowables(doc: Document, width: float, split_rows: int = 0) -> list:
    out: list = []
    n = 0
    for e in doc.elements:
        if e.kind == "heading":
            out.append(Paragraph(escape(e.text), HEAD[doc.heading_style]))
            n = 0
        elif e.kind == "sub":
            out.append(Paragraph(escape(e.text), HEAD[doc.sub_style if e.key else "bold"]))
            n = 0
        elif e.kind == "para":
            out.append(KeepTogether([Paragraph(escape(e.text), BODY)]))
        elif e.kind == "item":
            n += 1
            bullet = None if doc.list_style == "plain" else f"{n}." if doc.list_style == "number" else "\u2022"
            out.append(KeepTogether([Paragraph(escape(e.text), ITEM if bullet else BODY, bulletText=bullet)]))
        elif e.kind == "table":
            bold_first = e.header or doc.heading_style == "table"
            data = [[Paragraph(escape(t), CELL_B if (bold_first and i == 0) else CELL) for t, _k in row]
                    for i, row in enumerate(e.rows)]
            widths = [f * width for f in (e.widths or [1 / len(e.rows[0])] * len(e.rows[0]))]
            t = Table(data, colWidths=widths, repeatRows=1 if e.header else 0, splitInRow=split_rows)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, Spacer(1, 8)]
    return out


def _build(doc: Document, total: int | None, split_rows: int = 0) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = {"n": 0}

    def on_page(canvas, d):
        pages["n"] = d.page
        if not doc.running_header:
            return
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN, A4[1] - 12 * mm, "OFFICIAL-SENSITIVE")
        canvas.drawRightString(A4[0] - MARGIN, A4[1] - 12 * mm, doc.header_text)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Page {d.page} of {total or 0}")
        canvas.restoreState()

    t = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, invariant=1, title="EHC plan (synthetic)",
                          author="ehcp-qa synthetic corpus", creator="ehcp-qa corpusgen")
    t.build(_flowables(doc, A4[0] - 2 * MARGIN, split_rows), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue(), pages["n"]


def render(doc: Document, path: str) -> int:
    """Write the PDF; returns its page count."""
    # Table rows split across pages only when a cell is taller than a page (very long plans), so
    # ordinary plans keep their layout and bytes.
    try:
        split_rows = 0
        data, n = _build(doc, None)
    except LayoutError:
        split_rows = 1
        data, n = _build(doc, None, split_rows)
    if doc.running_header:  # second pass now that "of N" is known
        data, n = _build(doc, n, split_rows)
    with open(path, "wb") as fh:
        fh.write(data)
    return n
