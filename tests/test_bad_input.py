"""Bad input: each failure is its own ReadError subclass, one line, names the file, quotes no text."""
import zipfile

import pytest

from ehcp_qa import errors
from ehcp_qa.api import load_plan
from ehcp_qa.parsers import Limits, read_blocks

SECRET = "Zebedee Quuxworth"  # stands in for plan text that must never reach a message


def _assert_clean(exc, path):
    msg = str(exc.value)
    assert str(path) in msg and "\n" not in msg and SECRET not in msg


def test_missing_file(tmp_path):
    with pytest.raises(errors.FileMissing) as e:
        read_blocks(tmp_path / "nope.docx")
    _assert_clean(e, tmp_path / "nope.docx")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(errors.EmptyFile) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_truncated_docx(tmp_path, make_docx):
    good = make_docx(tmp_path / "good.docx", [("p", SECRET)])
    p = tmp_path / "cut.docx"
    p.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(errors.CorruptFile) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_docx_with_broken_xml(tmp_path):
    p = tmp_path / "bad.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("word/document.xml", f"<w:document><w:body><w:p>{SECRET}")
    with pytest.raises(errors.CorruptFile) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_legacy_doc(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + SECRET.encode())
    with pytest.raises(errors.LegacyDoc) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_renamed_non_pdf(tmp_path, make_docx):
    p = tmp_path / "plan.pdf"
    p.write_bytes(make_docx(tmp_path / "x.docx", [("p", SECRET)]).read_bytes())
    with pytest.raises(errors.WrongType) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.4\n" + SECRET.encode() + b"\n%%EOF")
    with pytest.raises(errors.CorruptFile) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_encrypted_pdf(tmp_path, make_pdf):
    from reportlab.lib.pdfencrypt import StandardEncryption

    p = make_pdf(tmp_path / "locked.pdf", [("p", SECRET)],
                 encrypt=StandardEncryption("user-pw", ownerPassword="owner-pw"))
    with pytest.raises(errors.EncryptedPdf) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_scanned_pdf(tmp_path):
    from PIL import Image
    from reportlab.pdfgen import canvas

    img = tmp_path / "scan.png"
    Image.new("RGB", (200, 280), "white").save(img)
    p = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(p))
    for _ in range(2):
        c.drawImage(str(img), 50, 50, 400, 560)
        c.showPage()
    c.save()
    with pytest.raises(errors.ScannedPdf) as e:
        read_blocks(p)
    _assert_clean(e, p)


def test_not_a_plan(tmp_path, make_docx):
    p = make_docx(tmp_path / "letter.docx", [("p", "Dear parent,"), ("p", SECRET), ("h1", "Section B: SEN")])
    with pytest.raises(errors.NotAPlan) as e:
        load_plan(p)
    _assert_clean(e, p)


def test_too_many_mb(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Section B\n" * 20000)
    with pytest.raises(errors.TooLarge) as e:
        read_blocks(p, limits=Limits(max_mb=0.1))
    _assert_clean(e, p)


def test_too_many_pages(tmp_path, make_pdf):
    p = make_pdf(tmp_path / "long.pdf", [("p", SECRET), ("pagebreak", None)] * 4)
    with pytest.raises(errors.TooLarge) as e:
        read_blocks(p, limits=Limits(max_pages=3))
    _assert_clean(e, p)


def test_zip_bomb(tmp_path):
    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b" " * (12 * 1048576))  # 12 MB that packs to ~12 KB
    with pytest.raises(errors.TooLarge) as e:
        read_blocks(p)  # default limits: ratio above 200 on more than 10 MB
    _assert_clean(e, p)
    with pytest.raises(errors.TooLarge):
        read_blocks(p, limits=Limits(max_unzipped_mb=5, max_zip_ratio=1e9))


def test_binary_text_file(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_bytes(b"%PDF-1.4 pretending")
    with pytest.raises(errors.WrongType):
        read_blocks(p)


def test_every_error_has_its_own_code():
    kinds = [errors.FileMissing, errors.EmptyFile, errors.CorruptFile, errors.LegacyDoc, errors.WrongType,
             errors.EncryptedPdf, errors.ScannedPdf, errors.NotAPlan, errors.TooLarge]
    assert len({k.code for k in kinds}) == len(kinds)


def test_password_protected_docx(tmp_path):
    p = tmp_path / "locked.docx"  # Word saves an encrypted .docx as an OLE2 file with this stream
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(errors.CorruptFile, match="password-protected") as e:
        read_blocks(p)
    _assert_clean(e, p)
