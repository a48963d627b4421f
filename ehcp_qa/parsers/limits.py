"""Size limits applied before and while parsing, so a huge or malicious file fails fast with
errors.TooLarge instead of exhausting memory. Names match the `[limits]` table of ehcp-qa.toml."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping


@dataclass(frozen=True)
class Limits:
    max_mb: float = 50.0  # bytes on disk
    max_pages: int = 600  # PDF pages
    max_unzipped_mb: float = 200.0  # DOCX: total decompressed size of the zip members
    max_zip_ratio: float = 200.0  # DOCX: decompressed / compressed, a zip-bomb signal

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1024 * 1024)

    @property
    def max_unzipped_bytes(self) -> int:
        return int(self.max_unzipped_mb * 1024 * 1024)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> "Limits":
        """From a config `[limits]` table or CLI options; None values keep the default."""
        known = {k: v for k, v in (values or {}).items() if v is not None and k in cls.__dataclass_fields__}
        return cls(**known)


DEFAULT_LIMITS = Limits()
