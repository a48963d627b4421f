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
        msg = f"{self.path}: {self.reason}"
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


class ConfigError(EhcpQaError):
    """Bad rule file, rubric, model file or option. Message names the file (and line when known)."""

    code = "config"
