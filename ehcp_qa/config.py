"""Settings from `--config FILE`, else `ehcp-qa.toml` in the working directory or a parent.
Command-line options win over the file; the file wins over built-in defaults.

    # ehcp-qa.toml
    rules = ["our-rules.yaml"]        # extra rule packs / overrides, relative to this file
    rubric = "local-rubric.yaml"      # a recalibrated rubric from `ehcp-qa train --moderation`
    fail_on = "error"
    models = true
    workers = 2
    timeout = 120
    [limits]
    max_mb = 50
    max_pages = 600
    max_unzipped_mb = 200
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

FILENAME = "ehcp-qa.toml"
_KEYS = {"rules", "rubric", "fail_on", "models", "workers", "timeout", "limits"}
_LIMIT_KEYS = {"max_mb", "max_pages", "max_unzipped_mb"}


@dataclass(frozen=True)
class Config:
    rules: tuple[Path, ...] = ()
    rubric: Path | None = None
    fail_on: str | None = None
    models: bool | None = None
    workers: int | None = None
    timeout: float | None = None
    limits: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        if (d / FILENAME).is_file():
            return d / FILENAME
    return None


def load_config(path: str | Path | None = None) -> Config:
    """`path` given: it must exist. Not given: look for ehcp-qa.toml; none found is fine."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{p}: config file not found")
    else:
        p = find_config()
        if p is None:
            return Config()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: invalid TOML ({e})") from None
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{p}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}")
    limits = data.get("limits", {})
    if not isinstance(limits, dict) or set(limits) - _LIMIT_KEYS:
        raise ConfigError(f"{p}: [limits] takes only {', '.join(sorted(_LIMIT_KEYS))}")
    base = p.parent
    rules = data.get("rules", [])
    if isinstance(rules, str):
        rules = [rules]
    return Config(
        rules=tuple(base / r for r in rules),
        rubric=base / data["rubric"] if "rubric" in data else None,
        fail_on=data.get("fail_on"),
        models=data.get("models"),
        workers=data.get("workers"),
        timeout=data.get("timeout"),
        limits=dict(limits),
        source=p,
    )
