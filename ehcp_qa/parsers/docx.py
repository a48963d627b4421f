"""DOCX -> blocks. We read the zip and walk word/document.xml's body with lxml ourselves, in document
order: python-docx's object model is several times slower for the same walk and hides what we need
(vertical merges, style inheritance). Headers and footers live in other parts, so they are skipped.

Each paragraph is one block (heading / list item / paragraph); each table cell is one block with
table, row and col (a merged cell once). Whole-bold or ALL-CAPS short paragraphs are marked bold so
the sectionizer can treat them as pseudo-headings."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Iterator

from lxml import etree

from .. import errors
from ..model import BlockKind
from .limits import Limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM = (W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
T, TAB, BR, CR, NBH, R, PPR, RPR = (W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "r", "pPr", "rPr"))
# never text: deleted revisions, field codes, text boxes (read as blocks of their own after the
# paragraph that anchors them; their content repeats in a fallback), props
_SKIP = {W + "del", W + "delText", W + "instrText", W + "txbxContent", MC_FALLBACK, PPR, RPR,
         W + "tcPr", W + "tblPr", W + "trPr", W + "sectPr", W + "footnoteReference", W + "commentReference"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def docx_blocks(data: bytes, path: Path, limits: Limits) -> list[dict]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise errors.CorruptFile(path) from None
    unzipped = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unzipped > limits.max_unzipped_bytes or (unzipped > 10 * 1048576 and unzipped / packed > limits.max_zip_ratio):
        raise errors.TooLarge(path, f"decompresses to {unzipped / 1048576:.0f} MB")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise errors.WrongType(path, "zip without word/document.xml")
    try:
        doc = etree.fromstring(_read(zf, "word/document.xml", limits, path), _PARSER)
        used = {el.get(W + "val") for tag in ("pStyle", "rStyle") for el in doc.iter(W + tag)}
        styles = _styles(_used_styles(_read(zf, "word/styles.xml", limits, path), used)) \
            if "word/styles.xml" in names else {}
    except (zipfile.BadZipFile, EOFError, etree.XMLSyntaxError, OSError):
        raise errors.CorruptFile(path) from None
    body = doc.find(W + "body")
    if body is None:
        raise errors.CorruptFile(path, "no document body")
    out: list[dict] = []
    _walk(body, styles, out, [0])
    return out


def _read(zf: zipfile.ZipFile, name: str, limits: Limits, path: Path) -> bytes:
    """Read one member, never more than the limit even if its declared size lies."""
    with zf.open(name) as f:
        data = f.read(limits.max_unzipped_bytes + 1)
    if len(data) > limits.max_unzipped_bytes:
        raise errors.TooLarge(path, "a document part exceeds the decompressed size limit")
    return data


# --- styles ---------------------------------------------------------------------------------

_STYLE_ID = re.compile(rb'w:styleId="([^"]*)"')
_BASED_ON = re.compile(rb'<w:basedOn w:val="([^"]*)"')
_W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _used_styles(data: bytes, used: set[str]):
    """Only the style definitions the body uses (and what they are based on). Word templates
    carry hundreds of styles (python-docx's: 350 KB), and parsing them all costs more than the
    body itself. Falls back to the whole part when it does not use the usual "w:" prefix."""
    found: dict[str, bytes] = {}
    pos = data.find(b"<w:style ")
    while pos >= 0:
        head_end = data.find(b">", pos)
        end = head_end + 1 if data[head_end - 1:head_end] == b"/" else data.find(b"</w:style>", pos) + 10
        if head_end < 0 or end < 10:
            break
        m = _STYLE_ID.search(data, pos, head_end)
        if m:
            found[m.group(1).decode()] = data[pos:end]
        pos = data.find(b"<w:style ", end)
    if not found:
        return etree.fromstring(data, _PARSER)
    want, todo = set(), [u for u in used if u]
    while todo:
        sid = todo.pop()
        if sid in want or sid not in found:
            continue
        want.add(sid)
        m = _BASED_ON.search(found[sid])
        if m:
            todo.append(m.group(1).decode())
    xml = b"<w:styles " + _W_NS + b">" + b"".join(found[s] for s in sorted(want)) + b"</w:styles>"
    return etree.fromstring(xml, _PARSER)


def _styles(root) -> dict[str, dict]:
    """styleId -> {name, level, bold, caps, size, list}, with basedOn inheritance resolved."""
    raw: dict[str, dict] = {}
    for s in root.iter(W + "style"):
        sid = s.get(W + "styleId")
        name_el = s.find(W + "name")
        ppr, rpr = s.find(PPR), s.find(RPR)
        d = {"name": name_el.get(W + "val") if name_el is not None else sid,
             "based": (s.find(W + "basedOn").get(W + "val") if s.find(W + "basedOn") is not None else None)}
        if ppr is not None:
            ol = ppr.find(W + "outlineLvl")
            if ol is not None and ol.get(W + "val", "9").isdigit() and int(ol.get(W + "val")) < 9:
                d["level"] = int(ol.get(W + "val")) + 1
            if ppr.find(W + "numPr") is not None:
                d["list"] = True
        if rpr is not None:
            d.update(_run_props(rpr))
        raw[sid] = d
    out: dict[str, dict] = {}

    def resolve(sid: str, depth: int = 0) -> dict:
        if sid in out or depth > 20 or sid not in raw:
            return out.get(sid, {})
        d = dict(raw[sid])
        base = resolve(d["based"], depth + 1) if d.get("based") else {}
        merged = {k: v for k, v in base.items() if k != "name"}
        merged.update(d)
        name = merged["name"] or ""
        low = name.lower()
        if "level" not in merged and low.startswith("heading ") and low[8:].strip().isdigit():
            merged["level"] = int(low[8:])
        if low in ("title", "subtitle"):
            merged.setdefault("level", 1 if low == "title" else 2)
        if low.startswith("list"):
            merged["list"] = True
        out[sid] = merged
        return merged

    for sid in raw:
        resolve(sid)
    return out


def _on(el) -> bool:
    return el is not None and el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


def _run_props(rpr) -> dict:
    d = {}
    b = rpr.find(W + "b")
    if b is not None:
        d["bold"] = _on(b)
    caps = rpr.find(W + "caps")
    if caps is not None:
        d["caps"] = _on(caps)
    sz = rpr.find(W + "sz")
    if sz is not None and (sz.get(W + "val") or "").isdigit():
        d["size"] = int(sz.get(W + "val")) / 2
    return d


# --- body -----------------------------------------------------------------------------------


def _walk(parent, styles: dict, out: list[dict], table_no: list[int]) -> None:
    for el in parent:
        tag = el.tag
        if tag == P:
            blk = _paragraph(el, styles)
            if blk:
                out.append(blk)
            for box in _text_boxes(el):  # a text box's paragraphs follow the paragraph anchoring it
                _walk(box, styles, out, table_no)
        elif tag == TBL:
            _table(el, styles, out, table_no)
        elif tag in (SDT, CUSTOM, SDT_CONTENT):
            _walk((el.find(SDT_CONTENT) if tag == SDT else el) or (), styles, out, table_no)


TXBX = W + "txbxContent"


def _text_boxes(p) -> list:
    """Text boxes anchored in paragraph `p` (a cover details box, a section in a box), outermost
    only, never the VML fallback copy of the same box."""
    if p.find(".//" + TXBX) is None:
        return []
    out = []
    for box in p.iter(TXBX):
        anc = box.getparent()
        nested = False
        while anc is not None and anc is not p:
            if anc.tag in (MC_FALLBACK, TXBX):
                nested = True
                break
            anc = anc.getparent()
        if not nested:
            out.append(box)
    return out


def _text(el, buf: list[str]) -> None:
    for ch in el:
        tag = ch.tag
        if tag == T:
            if ch.text:
                buf.append(ch.text)
        elif tag == TAB:
            buf.append("\t")
        elif tag in (BR, CR):
            buf.append("\n")
        elif tag == NBH:
            buf.append("-")
        elif tag not in _SKIP and isinstance(tag, str):
            _text(ch, buf)


def _paragraph(p, styles: dict) -> dict | None:
    buf: list[str] = []
    _text(p, buf)
    text = "".join(buf).strip()
    if not text:
        return None
    ppr = p.find(PPR)
    style = {}
    is_list = False
    level = None
    if ppr is not None:
        ps = ppr.find(W + "pStyle")
        if ps is not None:
            style = styles.get(ps.get(W + "val"), {})
        is_list = ppr.find(W + "numPr") is not None
        ol = ppr.find(W + "outlineLvl")
        if ol is not None and (ol.get(W + "val") or "").isdigit() and int(ol.get(W + "val")) < 9:
            level = int(ol.get(W + "val")) + 1
    level = level or style.get("level")
    is_list = is_list or style.get("list", False)
    # whole-paragraph bold / caps / size: every run holding text must agree. Only short paragraphs
    # can be pseudo-headings, so long ones skip the run walk.
    bold = caps = len(text) <= 300
    size = None
    for r in (p.iter(R) if bold else ()):
        if not any((t.text or "").strip() for t in r.iter(T)):
            continue
        rpr = r.find(RPR)
        props = dict(style)
        if rpr is not None:
            rs = rpr.find(W + "rStyle")
            if rs is not None:
                props.update({k: v for k, v in styles.get(rs.get(W + "val"), {}).items() if k in ("bold", "caps", "size")})
            props.update(_run_props(rpr))
        bold = bold and props.get("bold", False)
        caps = caps and props.get("caps", False)
        size = size or props.get("size")
        if not (bold or caps):
            break  # the first plain run settles it; its size is the paragraph's
    caps = caps or (len(text) < 120 and text.upper() == text and text.lower() != text and len(text) >= 3)
    kind = BlockKind.HEADING if level else BlockKind.LIST_ITEM if is_list else BlockKind.PARAGRAPH
    return {"text": text, "kind": kind, "style": style.get("name"), "level": level,
            "bold": bool(bold or (caps and len(text) < 80)), "font_size": size or style.get("size")}


def _table(tbl, styles: dict, out: list[dict], table_no: list[int]) -> None:
    n = table_no[0]
    table_no[0] += 1
    row_i = 0
    for tr in _children(tbl, TR):
        col = 0
        for tc in _children(tr, TC):
            tcpr = tc.find(W + "tcPr")
            span = 1
            if tcpr is not None:
                gs = tcpr.find(W + "gridSpan")
                if gs is not None and (gs.get(W + "val") or "").isdigit():
                    span = int(gs.get(W + "val"))
                vm = tcpr.find(W + "vMerge")
                if vm is not None and vm.get(W + "val", "continue") != "restart":
                    col += span  # continuation of a vertically merged cell: already emitted
                    continue
            inner: list[dict] = []
            _walk(tc, styles, inner, table_no)
            text = "\n".join(b["text"] for b in inner).strip()
            if text:
                first = inner[0]
                out.append({"text": text, "kind": BlockKind.TABLE_CELL, "table": n, "row": row_i, "col": col,
                            "style": first.get("style"), "level": first.get("level"),
                            "bold": all(b.get("bold") for b in inner), "font_size": first.get("font_size")})
            col += span
        row_i += 1


def _children(el, tag: str) -> Iterator:
    """Direct children with `tag`, looking through content-control and customXml wrappers."""
    for ch in el:
        if ch.tag == tag:
            yield ch
        elif ch.tag in (SDT, CUSTOM):
            yield from _children((ch.find(SDT_CONTENT) if ch.tag == SDT else ch) or (), tag)
