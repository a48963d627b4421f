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
    """`path` given: it must exist. Not given: look for ehcp-qa.toml; none found is fine.
    Every value is checked here, so a bad one is one line naming the key, the value and what is
    allowed (a ConfigError, exit 2), never a TypeError later or every file timing out."""
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
    except OSError as e:
        raise ConfigError(f"{p}: cannot read the config file ({e.strerror or type(e).__name__})") from None
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{p}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}")
    limits = data.get("limits", {})
    if not isinstance(limits, dict):
        raise ConfigError(f"{p}: limits = {_show(limits)} is not allowed; expected a [limits] table "
                          f"with {', '.join(sorted(_LIMIT_KEYS))}")
    if set(limits) - _LIMIT_KEYS:
        raise ConfigError(f"{p}: [limits] takes only {', '.join(sorted(_LIMIT_KEYS))}; "
                          f"unknown: {', '.join(sorted(set(limits) - _LIMIT_KEYS))}")
    for key, value in data.items():
        if key in _CHECKS:
            _check(p, key, value, *_CHECKS[key])
    for key, value in limits.items():
        _check(p, f"limits.{key}", value, *_LIMIT_CHECKS[key])
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
        timeout=float(data["timeout"]) if "timeout" in data else None,
        limits=dict(limits),
        source=p,
    )


FAIL_ON = ("error", "warning", "suggestion", "never")


def _show(value: Any) -> str:
    """The value as the user wrote it in TOML (strings quoted), kept short."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    elif isinstance(value, dict):
        text = "{...}"
    else:
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v == v and v not in (float("inf"), float("-inf"))


def _is_paths(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip()) or isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v)


# key -> (test, what is allowed)
_CHECKS = {
    "rules": (_is_paths, "a file name or a list of file names, e.g. [\"our-rules.yaml\"]"),
    "rubric": (lambda v: isinstance(v, str) and bool(v.strip()), "a file name, e.g. \"local-rubric.yaml\""),
    "fail_on": (lambda v: v in FAIL_ON, "one of " + ", ".join(f'\"{x}\"' for x in FAIL_ON)),
    "models": (lambda v: isinstance(v, bool), "true or false"),
    "workers": (lambda v: _is_int(v) and 1 <= v <= 1024, "a whole number from 1 to 1024, e.g. 2"),
    "timeout": (lambda v: _is_num(v) and 1 <= v <= 86400, "a number of seconds from 1 to 86400, e.g. 120"),
}
_LIMIT_CHECKS = {
    "max_mb": (lambda v: _is_num(v) and v > 0, "a number of megabytes above 0, e.g. 50"),
    "max_pages": (lambda v: _is_int(v) and v >= 1, "a whole number of pages from 1, e.g. 600"),
    "max_unzipped_mb": (lambda v: _is_num(v) and v > 0, "a number of megabytes above 0, e.g. 200"),
}


def _check(p: Path, key: str, value: Any, ok, allowed: str) -> None:
    if not ok(value):
        raise ConfigError(f"{p}: {key} = {_show(value)} is not allowed; expected {allowed}")
