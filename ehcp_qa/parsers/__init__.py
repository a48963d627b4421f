"""File -> unsectioned Plan. `read_blocks` sniffs the real type from the first bytes (an extension
can lie), applies the size Limits, and hands the bytes to the DOCX, PDF or text parser. Every
failure is a typed errors.ReadError whose message names the file and never quotes its content."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .. import errors
from ..model import Plan, join_blocks
from .limits import DEFAULT_LIMITS, Limits
from .text import text_blocks

__all__ = ["read_blocks", "Limits", "DEFAULT_LIMITS", "sniff"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
DOCX_EXT = {".docx", ".docm", ".dotx"}
TEXT_EXT = {".txt", ".md", ".markdown", ".text"}


def sniff(head: bytes) -> str | None:
    """The container type the bytes really are: "pdf", "zip", "ole2" or None."""
    if head.startswith(OLE2_MAGIC):
        return "ole2"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    return None


def read_blocks(path: str | Path, limits: Limits | None = None) -> Plan:
    limits = limits or DEFAULT_LIMITS
    p = Path(path)
    if not p.exists():
        raise errors.FileMissing(p)
    if not p.is_file():
        raise errors.UnsupportedFormat(p, "not a regular file")
    size = p.stat().st_size
    if size == 0:
        raise errors.EmptyFile(p)
    if size > limits.max_bytes:
        raise errors.TooLarge(p, f"{size / 1048576:.1f} MB > {limits.max_mb:g} MB")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise errors.ReadError(p, type(e).__name__) from None
    kind, ext = sniff(data[:1024]), p.suffix.lower()

    if kind == "ole2":
        if ext in DOCX_EXT and _ole_encrypted(data):
            raise errors.CorruptFile(p, "password-protected Word document")
        raise errors.LegacyDoc(p)
    if ext == ".pdf" and kind != "pdf":
        raise errors.WrongType(p, "not a PDF")
    if ext in DOCX_EXT and kind != "zip":
        raise errors.WrongType(p, "not a Word document")  # a truncated .docx still starts "PK"
    if ext in TEXT_EXT and kind is not None:
        raise errors.WrongType(p, f"binary {kind} content")

    pages = None
    try:
        if kind == "pdf":
            from .pdf import pdf_blocks  # lazy: the PDF library loads only for a PDF

            raw, pages, fmt = *pdf_blocks(data, p, limits), "pdf"
        elif kind == "zip":
            from .docx import docx_blocks  # lazy: python-docx loads only for a DOCX

            raw, fmt = docx_blocks(data, p, limits), "docx"
        elif ext in TEXT_EXT:
            raw, fmt = text_blocks(_decode(data, p)), "text"
        else:
            raise errors.UnsupportedFormat(p)
        text, blocks = join_blocks(raw)
    except errors.ReadError:
        raise
    except Exception as e:  # a parser library choked: report the type only, never its message
        raise errors.CorruptFile(p, type(e).__name__) from None
    if not blocks:
        raise errors.EmptyFile(p, "no text")
    return Plan(source=str(path), sha256=hashlib.sha256(data).hexdigest(), format=fmt, text=text,
                blocks=blocks, pages=pages)


def _decode(data: bytes, p: Path) -> str:
    if b"\x00" in data[:4096]:
        raise errors.WrongType(p, "binary content")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _ole_encrypted(data: bytes) -> bool:
    """An encrypted .docx is an OLE2 container holding an "EncryptedPackage" stream."""
    return "EncryptedPackage".encode("utf-16-le") in data[:65536]
