"""PDF -> blocks, with pypdfium2 only (no pdfplumber on the hot path; see scripts/bench.py).

pdfium gives each page's text in reading order with generated line breaks, and char index i of that
text is char i of the page, so we sample font size, font name and box from the first and last char
of each line (a few ctypes calls per line instead of per char). Lines are joined into paragraphs
when they wrap (same font, small gap, previous line reaches the right margin). Running headers and
footers repeated across pages and "Page 3 of 14" lines are dropped. Ruled tables are rebuilt from
the page's thin path objects (the cell borders) and each cell's text read with pdfium's bounded-text
call, so a table costs one call per cell; a line break inside a cell that may have cut a long word
costs a few char-box calls (see _forced_breaks)."""
from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pc

from .. import errors
from ..model import BlockKind
from .limits import Limits

_PAGE_NO = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\w{1,8})?$", re.I)
# protective markings printed on every page, recognised even in a one-page file
_MARKING = re.compile(r"^(official|official[- ]sensitive|confidential|restricted|protect)(\W.{0,40})?$", re.I)
_BULLET = re.compile(r"^(?:[\u2022\u25cf\u25aa\u2013\u00b7*-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


@dataclass(slots=True)
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float  # baseline in PDF user space: larger is higher on the page
    size: float
    bold: bool


def pdf_blocks(data: bytes, path: Path, limits: Limits) -> tuple[list[dict], int]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise errors.EncryptedPdf(path) from None
        raise errors.CorruptFile(path) from None
    try:
        n_pages = len(pdf)
        if n_pages > limits.max_pages:
            raise errors.TooLarge(path, f"{n_pages} pages > {limits.max_pages}")
        items: list[list[tuple[float, object]]] = []  # per page: (top, Line | table rows)
        chars = 0
        table_no = [0]
        words: set[str] = set()  # words seen whole in the file, to judge breaks in table cells
        for i in range(n_pages):
            page = pdf[i]
            tp = page.get_textpage()
            try:
                page_items, n = _page(page, tp, i + 1, table_no, words)
            finally:
                tp.close()
                page.close()
            chars += n
            items.append(page_items)
    finally:
        pdf.close()
    if chars == 0:
        raise errors.ScannedPdf(path)
    for page_items in items:
        for _, t in page_items:
            if isinstance(t, dict):
                for c in t["cells"]:
                    c["text"] = _cell_text(c.pop("lines"), c.pop("breaks"), words)
    _drop_running(items)
    return _paragraphs(items), n_pages


# --- one page ---------------------------------------------------------------------------------


def _page(page, tp, page_no: int, table_no: list[int], words: set[str]) -> tuple[list[tuple[float, object]], int]:
    n = tp.count_chars()
    text = tp.get_text_range(0, n) if n > 0 else ""
    if not text.strip():
        return [], 0
    tables = _tables(page, tp, text, page_no, table_no, words)
    out: list[tuple[float, object]] = [(t["top"], t) for t in tables]
    name_buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pos = 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        s = raw.rstrip("\r")
        lead = len(s) - len(s.lstrip())
        s = s.strip()
        if not s:
            continue
        first, last = start + lead, start + lead + len(s) - 1
        l0, b0, r0, t0 = tp.get_charbox(first)
        _, _, r1, _ = tp.get_charbox(last)
        cy = (b0 + t0) / 2
        if any(t["x0"] - 1 <= l0 <= t["x1"] + 1 and t["bottom"] - 1 <= cy <= t["top"] + 1 for t in tables):
            continue  # text of a table cell, read per cell instead
        # baseline, font and weight from the line's last char: the first may be a bullet glyph
        pc.FPDFText_GetCharOrigin(tp.raw, last, ctypes.byref(ox), ctypes.byref(oy))
        pc.FPDFText_GetFontInfo(tp.raw, last, name_buf, 128, ctypes.byref(flags))
        font = name_buf.value.decode("latin-1", "replace").lower()
        weight = pc.FPDFText_GetFontWeight(tp.raw, last)
        bold = weight >= 600 or any(b in font for b in _BOLD_NAMES) or bool(flags.value & (1 << 18))
        size = round(pc.FPDFText_GetFontSize(tp.raw, last), 1)
        out.append((oy.value, Line(s, page_no, l0, max(r0, r1), oy.value, size, bold)))
        words.update(w.lower() for w in _WORD.findall(s))
    # pdfium's order is reading order; each table goes after the last line above it
    merged = [x for x in out if isinstance(x[1], Line)]
    for t in sorted(tables, key=lambda t: t["top"]):
        above = [i for i, (top, _) in enumerate(merged) if top > t["top"]]
        merged.insert(above[-1] + 1 if above else 0, (t["top"], t))
    return merged, len(text.strip())


def _drop_running(pages: list[list[tuple[float, object]]]) -> None:
    """Remove page furniture: lines in the top or bottom two of a page that repeat (digits
    ignored) on at least half the pages, and bare page numbers."""
    def key(ln: Line) -> str:
        return re.sub(r"\d+", "#", ln.text.lower())

    # edges by position, not stream order: furniture is often drawn first or last
    edge = [sorted((x[1] for x in p if isinstance(x[1], Line)), key=lambda ln: -ln.top) for p in pages]
    counts = Counter(k for lines in edge for k in {key(ln) for ln in lines[:2] + lines[-2:]})
    need = max(2, len(pages) // 2)
    for p, lines in zip(pages, edge):
        cand = {id(ln) for ln in lines[:2] + lines[-2:]
                if _PAGE_NO.match(ln.text) or _MARKING.match(ln.text) or (len(pages) > 1 and counts[key(ln)] >= need)}
        if cand:
            p[:] = [x for x in p if id(x[1]) not in cand]


# --- paragraphs -------------------------------------------------------------------------------


def _paragraphs(pages: list[list[tuple[float, object]]]) -> list[dict]:
    sizes = Counter(x[1].size for p in pages for x in p if isinstance(x[1], Line))
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    # the usual baseline distance between wrapped lines of body text (paragraph gaps are larger):
    # measured on pairs whose first line runs to the right margin, i.e. wrapped
    gaps: Counter = Counter()
    for p in pages:
        lines = [x[1] for x in p if isinstance(x[1], Line)]
        left = min((ln.x0 for ln in lines), default=0)
        right = max((ln.x1 for ln in lines), default=0)
        full = right - 0.2 * (right - left)
        gaps.update(round(a.top - b.top, 1) for a, b in zip(lines, lines[1:])
                    if a.size == b.size == body and a.x1 >= full and 0 < a.top - b.top < 3 * body)
    pitch = gaps.most_common(1)[0][0] if gaps else 1.2 * body
    if pitch > 1.5 * body:  # too few wrapped lines to tell (text mostly in tables): a usual leading
        pitch = 1.25 * body
    out: list[dict] = []
    prev: Line | None = None
    cur: dict | None = None
    for p in pages:
        lines = [x[1] for x in p if isinstance(x[1], Line)]
        left = min((ln.x0 for ln in lines), default=0)
        right = max((ln.x1 for ln in lines), default=0)
        full = right - 0.2 * (right - left)
        for _, item in p:
            if not isinstance(item, Line):
                out.extend(item["cells"])
                prev = cur = None
                continue
            ln = item
            heading = ln.size >= body + 1.5
            if (cur is not None and prev is not None and not _BULLET.match(ln.text)
                    and abs(ln.size - prev.size) < 0.6 and ln.bold == prev.bold and prev.x1 >= full
                    and (ln.page == prev.page and 0 < prev.top - ln.top <= pitch * ln.size / body + 0.25 * ln.size
                         or ln.page == prev.page + 1 and ln.text[:1].islower())):
                cur["text"] += ("" if cur["text"].endswith("-") else " ") + ln.text
                prev = ln
                continue
            kind = BlockKind.HEADING if heading else BlockKind.LIST_ITEM if _BULLET.match(ln.text) else BlockKind.PARAGRAPH
            # the list marker is layout, not content (DOCX numbering is not in the text either)
            text = _BULLET.sub("", ln.text, count=1).lstrip() if kind == BlockKind.LIST_ITEM else ln.text
            cur = {"text": text, "kind": kind, "page": ln.page, "bold": ln.bold, "font_size": ln.size,
                   "level": _level(ln.size, body) if heading else None}
            out.append(cur)
            prev = ln
    return out


def _level(size: float, body: float) -> int:
    return 1 if size >= body + 5 else 2 if size >= body + 3 else 3


# --- ruled tables -------------------------------------------------------------------------------

def _tables(page, tp, text: str, page_no: int, table_no: list[int], words: set[str]) -> list[dict]:
    """Tables drawn with borders: thin path objects give horizontal and vertical rules; rows are
    the bands between horizontal rules, cells the spans between vertical rules crossing a band."""
    hs: list[tuple[float, float, float]] = []  # y, x0, x1
    vs: list[tuple[float, float, float]] = []  # x, y0, y1
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for j in range(pc.FPDFPage_CountObjects(page.raw)):
        obj = pc.FPDFPage_GetObject(page.raw, j)
        if pc.FPDFPageObj_GetType(obj) != pc.FPDF_PAGEOBJ_PATH:
            continue
        if not pc.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        w, h = r.value - l.value, t.value - b.value
        if h <= 2.5 and w > 4:
            hs.append(((b.value + t.value) / 2, l.value, r.value))
        elif w <= 2.5 and h > 4:
            vs.append(((l.value + r.value) / 2, b.value, t.value))
    if len(hs) < 2 or len(vs) < 2:
        return []
    ys = _cluster(sorted((y for y, _, _ in hs), reverse=True))
    tables: list[dict] = []
    rows: list[list[list[float]]] = []  # per band: cells [x0, x1, top, bottom]
    for top, bottom in zip(ys, ys[1:]):
        mid = (top + bottom) / 2
        xs = _cluster(sorted(x for x, y0, y1 in vs if y0 - 1 <= mid <= y1 + 1))
        if len(xs) < 2:
            rows.append([])
            continue
        band = []
        for x0, x1 in zip(xs, xs[1:]):
            # no rule across the top of this cell: it continues the cell above (a vertical merge)
            covered = any(abs(y - top) < 1.5 and hx0 - 1 <= (x0 + x1) / 2 <= hx1 + 1 for y, hx0, hx1 in hs)
            above = next((c for c in rows[-1] if abs(c[0] - x0) < 1.5 and abs(c[1] - x1) < 1.5), None) if rows else None
            if not covered and above is not None:
                above[3] = bottom
                band.append(above)
            else:
                band.append([x0, x1, top, bottom])
        rows.append(band)
    # split bands into separate tables at empty bands (no vertical rules)
    groups: list[list[list[list[float]]]] = [[]]
    for band in rows:
        if band:
            groups[-1].append(band)
        elif groups[-1]:
            groups.append([])
    for g in (g for g in groups if g):
        cells = []
        seen: set[int] = set()
        for ri, band in enumerate(g):
            for ci, c in enumerate(band):
                if id(c) in seen:
                    continue
                seen.add(id(c))
                txt = tp.get_text_bounded(left=c[0], bottom=c[3], right=c[1], top=c[2])
                lines = [s.strip() for s in txt.replace("\r", "").split("\n") if s.strip()]
                if lines:
                    # text is set once the whole file's words are known (see _cell_text)
                    forced = _forced_breaks(tp, text, c, lines)
                    cells.append({"text": "", "kind": BlockKind.TABLE_CELL, "table": table_no[0],
                                  "row": ri, "col": ci, "page": page_no, "lines": lines, "breaks": forced})
                    words.update(_whole_words(lines, forced))
        xs0 = min(c[0] for band in g for c in band)
        xs1 = max(c[1] for band in g for c in band)
        tables.append({"top": g[0][0][2], "bottom": g[-1][0][3], "x0": xs0, "x1": xs1, "cells": cells})
        table_no[0] += 1
    return tables


def _cluster(vals: list[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in vals:
        if not out or abs(v - out[-1]) > tol:
            out.append(v)
    return out


_WORD = re.compile(r"[^\W\d_]+")


# short words that start or end a wrapped line all the time and are never a piece of a cut word
_FUNCTION_WORDS = frozenset(
    "a an and are as at be by each for from has have he her his in is it its of on or our she that the "
    "their them they this to was we will with".split())


def _whole_words(lines: list[str], forced: list[bool]) -> list[str]:
    """Words of a cell's lines, less those either side of a break that may have cut a word."""
    out = []
    for k, s in enumerate(lines):
        ws = _WORD.findall(s)
        lo = 1 if forced[k] else 0
        hi = len(ws) - 1 if k + 1 < len(lines) and forced[k + 1] else len(ws)
        out += [w.lower() for w in ws[lo:hi]]
    return out


def _cell_text(lines: list[str], forced: list[bool], words: set[str]) -> str:
    """Wrapped lines inside a cell join with a space; bullets and short lines keep their break.
    A word too long for the cell is cut by the writer with no hyphen ("examinat" / "ions" on two
    lines, in the PDF itself): a break the geometry says was forced joins with nothing, unless the
    two pieces are each a word seen whole elsewhere in the file and their join is not."""
    out: list[str] = []
    for k, s in enumerate(lines):
        if k and forced[k] and _one_word(lines[k - 1], s, words):
            out[-1] += s
        elif out and out[-1][-1:] in "-\xad\x02" and out[-1][-2:-1].isalpha() and s[:1].isalpha():
            out[-1] = out[-1].rstrip("\xad\x02") + s  # hyphenated at the line end ("well-" / "being")
        elif out and not _BULLET.match(s) and not out[-1].endswith((".", ":")) and s[:1].islower():
            out[-1] += " " + s
        else:
            out.append(s)
    return "\n".join(out)


def _one_word(a: str, b: str, words: set[str]) -> bool:
    head, tail = _WORD.findall(a)[-1], _WORD.findall(b)[0]
    if head[-1].islower() and tail[0].isupper():  # "Professions" / "Council": case never flips mid-word
        return False
    if (head + tail).lower() in words:
        return True
    known = [w in words or w in _FUNCTION_WORDS for w in (head.lower(), tail.lower())]
    return not any(known)


def _forced_breaks(tp, text: str, cell: list[float], lines: list[str]) -> list[bool]:
    """For each line, whether the break before it may have been forced inside a word. A writer
    cuts a word only when it is wider than the cell's text width, and then fills the line to the
    edge; so a forced break leaves less room at the line end than the next character's advance,
    and the pieces either side together are wider than the text width. Two long words meeting at a
    full line look the same, hence the word check in _one_word. Lines are found in the page text
    (char i of that text is char i of the page) by search, keeping the hit inside the cell."""
    out = [False] * len(lines)
    x0, x1, top, bottom = cell
    pad = None
    box = tp.get_charbox

    def find(s: str) -> int:
        i = text.find(s)
        while i >= 0:
            l, b, r, t = box(i + len(s) // 2)
            if x0 <= (l + r) / 2 <= x1 and bottom <= (b + t) / 2 <= top:
                return i
            i = text.find(s, i + 1)
        return -1

    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        if not (a[-1].isalpha() and b[0].isalpha()):
            continue
        ia, ib = find(a), find(b)
        if ia < 0 or ib < 0:
            continue
        # the cell's left padding, from where its text starts; the right is taken as equal
        pad = min(pad, box(ia, loose=True)[0] - x0) if pad is not None else max(0.0, box(ia, loose=True)[0] - x0)
        a_right = box(ia + len(a) - 1, loose=True)[2]
        nl, _, nr, _ = box(ib, loose=True)
        if x1 - pad - a_right > nr - nl + 0.5:  # the next char would have fitted: an ordinary wrap
            continue
        head = a.rsplit(" ", 1)[-1]
        tail = b.split(" ", 1)[0]
        wide = (a_right - box(ia + len(a) - len(head), loose=True)[0]) + (box(ib + len(tail) - 1, loose=True)[2] - nl)
        out[k] = wide > x1 - x0 - 2 * pad - 0.5
    return out
