"""Typed errors for input that cannot be read. Each carries a one-line reason that names the file
and never quotes plan text. The CLI maps every ReadError to exit code 2; in a batch each becomes an
error row whose `error` column is the class's `code`."""
from __future__ import annotations

from pathlib import Path


class EhcpQaError(Exception):
    """Base of every error this tool raises on purpose."""

    code = "error"


class ReadError(EhcpQaError):
    """A file could not be turned into a Plan."""

    code = "unreadable"
    reason = "cannot be read"

    def __init__(self, path: str | Path, detail: str | None = None):
        self.path = str(path)
        self.detail = detail
        msg = f"{safe_name(self.path)}: {self.reason}"
        if detail:
            msg += f" ({detail})"
        super().__init__(msg)


class FileMissing(ReadError):
    code = "missing"
    reason = "file not found"


class EmptyFile(ReadError):
    code = "empty"
    reason = "file is empty"


class UnsupportedFormat(ReadError):
    code = "unsupported"
    reason = "unsupported file type (expected .docx, .pdf, .txt or .md)"


class LegacyDoc(ReadError):
    code = "legacy_doc"
    reason = "legacy Word .doc format; save it as .docx and try again"


class CorruptFile(ReadError):
    code = "corrupt"
    reason = "file is corrupt or truncated"


class WrongType(ReadError):
    code = "wrong_type"
    reason = "file content does not match its extension"


class EncryptedPdf(ReadError):
    code = "encrypted"
    reason = "PDF is encrypted or password-protected"


class ScannedPdf(ReadError):
    code = "scanned"
    reason = "PDF has no text layer (scanned image); run OCR first"


class TooLarge(ReadError):
    code = "too_large"
    reason = "file exceeds a size limit"


class NotAPlan(ReadError):
    code = "not_a_plan"
    reason = "not an EHC plan"


class Timeout(ReadError):
    code = "timeout"
    reason = "processing exceeded the per-file time limit"


class BadName(ReadError):
    code = "bad_name"
    reason = "file name is not valid UTF-8 (shown escaped); rename the file and score it again"


class MultiplePlans(ReadError):
    """A file (usually a bulk PDF export) holds more than one child's plan."""

    code = "multiple_plans"
    reason = "file holds several plans"


class ConfigError(EhcpQaError):
    """Bad rule file, rubric, model file or option. Message names the file (and line when known)."""

    code = "config"


class OutputError(EhcpQaError):
    """An output (--out folder, --annotate file, ...) cannot be written. Names the output path, so the
    input is never blamed."""

    code = "output"

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        super().__init__(f"{safe_name(path)}: cannot write output ({reason})")

    @classmethod
    def from_os(cls, path: str | Path, exc: OSError) -> "OutputError":
        """The OS's own words for why ("Permission denied", "No space left on device"), which never
        hold plan text; the path named is the one the user gave."""
        reason = (exc.strerror or type(exc).__name__).lower()
        return cls(path, reason)


def safe_name(path: str | Path) -> str:
    """A file name fit to print or write anywhere: bytes that are not UTF-8 (Python keeps them as
    surrogates) become \\xNN, and control characters (newlines, terminal escapes) are escaped."""
    s = str(path)
    if s.isprintable():
        try:
            s.encode("utf-8")
            return s
        except UnicodeEncodeError:
            pass
    out = []
    for ch in s:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:  # surrogateescape: the raw byte o - 0xDC00
            out.append(f"\\x{o - 0xDC00:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        elif not ch.isprintable() and ch != " ":
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def name_is_valid(path: str | Path) -> bool:
    """False when the name holds bytes that are not UTF-8 (it could not be written to a UTF-8 output)."""
    try:
        str(path).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False
