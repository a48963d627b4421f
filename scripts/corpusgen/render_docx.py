"""Document -> DOCX with python-docx. Bytes are made reproducible by fixing the core properties and
the zip entry timestamps."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.shared import Pt

from .compose import Document

FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)


def _heading(d, text: str, style: str):
    if style in ("h1", "h2"):
        return d.add_heading(text, level=1 if style == "h1" else 2)
    p = d.add_paragraph()
    run = p.add_run(text.upper() if style == "caps" else text)
    run.bold = True
    if style == "caps":
        run.font.size = Pt(12)
    return p


def render(doc: Document, path: str) -> None:
    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.title, cp.last_modified_by = "ehcp-qa synthetic corpus", "EHC plan (synthetic)", "ehcp-qa"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    d.styles["Normal"].font.size = Pt(11)
    if doc.running_header:  # Word keeps it in the header part, outside the body text
        d.sections[0].header.paragraphs[0].text = f"OFFICIAL-SENSITIVE    {doc.header_text}"
    n = 0
    for e in doc.elements:
        if e.kind == "heading":
            _heading(d, e.text, doc.heading_style)
            n = 0
        elif e.kind == "sub":
            _heading(d, e.text, doc.sub_style if e.key else "bold")
            n = 0
        elif e.kind == "para":
            d.add_paragraph(e.text)
        elif e.kind == "item":
            if doc.list_style == "plain":
                d.add_paragraph(e.text)
            else:
                d.add_paragraph(e.text, style="List Number" if doc.list_style == "number" else "List Bullet")
            n += 1
        elif e.kind == "table":
            ncols = max(len(r) for r in e.rows)
            t = d.add_table(rows=len(e.rows), cols=ncols)
            t.style = "Table Grid"
            for i, row in enumerate(e.rows):
                for j, (text, _key) in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = text
                    if (e.header and i == 0) or (doc.heading_style == "table" and i == 0):
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()  # tables in Word are followed by a paragraph
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the same seed gives the same bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
