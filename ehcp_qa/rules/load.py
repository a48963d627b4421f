"""Load and validate rule packs: the built-in ``resources/rules/*.yaml`` plus a council's own files.

Validation is strict because a council edits these by hand: an unknown key, type, severity,
dimension or section, or a duplicate id, is a ``ConfigError`` naming the file and line. YAML is
read with a loader that records the line of every mapping key, so messages can point at it.

A council file may add rules (``pack:`` + ``rules:``) and adjust built-in ones::

    pack: essex
    disable: [specificity.group-size]
    override: {measurability.outcome-count: {severity: suggestion}}
    phrases_add: {specificity.vague-provision: ["when staff are available"]}
    rules: [...]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import yaml

from ..errors import ConfigError
from ..lexicons import lexicon_entry
from ..model import Dimension, SectionKey, Severity
from .params import CHECK_TYPE_PARAMS, PLAN_CHECK_PARAMS, REQUIRED_PARAMS, schema_for, type_error
from .spec import Example, Rule

PACK_DIR = Path(__file__).resolve().parent.parent / "resources" / "rules"

FILE_KEYS = {"pack", "description", "rules", "disable", "override", "phrases_add"}
RULE_KEYS = {"id", "type", "severity", "dimension", "sections", "level", "message", "suggestion",
             "guidance", "params", "examples", "enabled"}
REQUIRED_KEYS = ("id", "type", "severity", "dimension", "message")
OVERRIDE_KEYS = {"severity", "enabled", "sections", "message", "suggestion"}
LEVELS = {"item", "sentence", "section", "plan"}
EXAMPLE_KEYS = {"text", "section", "sections", "meta"}

# --- YAML with line numbers ------------------------------------------------------------------

class _LineDict(dict):
    line = 0
    lines: dict[str, int]


class _LineList(list):
    line = 0
    lines: list[int]


class _Loader(yaml.SafeLoader):
    pass


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    out = _LineDict()
    out.line = node.start_mark.line + 1
    out.lines = {}
    for k_node, v_node in node.value:
        key = loader.construct_object(k_node, deep=True)
        if key in out:
            raise ConfigError(f"{loader.name}:{k_node.start_mark.line + 1}: duplicate key {key!r}")
        out[key] = loader.construct_object(v_node, deep=True)
        out.lines[key] = k_node.start_mark.line + 1
    return out


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> _LineList:
    out = _LineList(loader.construct_object(n, deep=True) for n in node.value)
    out.line = node.start_mark.line + 1
    out.lines = [n.start_mark.line + 1 for n in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: rule file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read rule file ({type(e).__name__})") from None
    loader = _Loader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else 0
        raise ConfigError(f"{path}:{line}: invalid YAML ({e.problem})") from None
    finally:
        loader.dispose()


# --- the loaded set ----------------------------------------------------------------------------

@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    files: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def enabled(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id().get(rule_id)

    def _by_id(self) -> dict[str, Rule]:
        cached = self.__dict__.get("_ids")
        if cached is None:
            cached = {r.id: r for r in self.rules}
            object.__setattr__(self, "_ids", cached)
        return cached


def builtin_packs() -> list[Path]:
    return sorted(PACK_DIR.glob("*.yaml"))


def load_rules(paths: Iterable[str | Path] | str | Path | None = None, builtin: bool = True) -> RuleSet:
    """Built-in packs, then each of ``paths`` in order. Cached on the files' names and mtimes."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = [*(builtin_packs() if builtin else []), *(Path(p) for p in (paths or []))]
    key = []
    for p in files:
        try:
            key.append((str(p.resolve()), p.stat().st_mtime_ns))
        except FileNotFoundError:
            raise ConfigError(f"{p}: rule file not found") from None
    return _load(tuple(key))


@lru_cache(maxsize=16)
def _load(key: tuple[tuple[str, int], ...]) -> RuleSet:
    rules: dict[str, Rule] = {}
    for name, _ in key:
        _apply_file(Path(name), rules)
    return RuleSet(rules=tuple(rules.values()), files=tuple(n for n, _ in key))


def _err(path: Path, line: int, msg: str) -> ConfigError:
    return ConfigError(f"{path}:{line}: {msg}")


def _apply_file(path: Path, rules: dict[str, Rule]) -> None:
    data = _read_yaml(path)
    if data is None:
        return
    if not isinstance(data, _LineDict):
        raise _err(path, 1, "a rule file must be a mapping (pack:, rules:, ...)")
    for k in data:
        if k not in FILE_KEYS:
            raise _err(path, data.lines[k], f"unknown key {k!r}; known: {', '.join(sorted(FILE_KEYS))}")
    pack = data.get("pack")
    if "rules" in data:
        if not isinstance(pack, str) or not pack:
            raise _err(path, data.line, "a file that adds rules needs a 'pack:' name")
        if not isinstance(data["rules"], list):
            raise _err(path, data.lines["rules"], "'rules' must be a list")
        for i, raw in enumerate(data["rules"]):
            line = data["rules"].lines[i]
            rule = _parse_rule(path, line, raw, pack)
            if rule.id in rules:
                raise _err(path, line, f"duplicate rule id {rule.id!r} (first in {rules[rule.id].origin})")
            rules[rule.id] = rule
    for rid, line in _id_list(path, data, "disable"):
        _known(path, line, rid, rules)
        rules[rid] = replace(rules[rid], enabled=False)
    for rid, change, line in _id_map(path, data, "override"):
        _known(path, line, rid, rules)
        if not isinstance(change, _LineDict):
            raise _err(path, line, f"override of {rid!r} must be a mapping")
        fields: dict[str, Any] = {}
        for k, v in change.items():
            kl = change.lines[k]
            if k not in OVERRIDE_KEYS:
                raise _err(path, kl, f"cannot override {k!r}; allowed: {', '.join(sorted(OVERRIDE_KEYS))}")
            if k == "severity":
                fields[k] = _enum(path, kl, Severity, v, "severity")
            elif k == "enabled":
                if not isinstance(v, bool):
                    raise _err(path, kl, "'enabled' must be true or false")
                fields[k] = v
            elif k == "sections":
                fields[k] = _sections(path, kl, v)
            else:
                fields[k] = _text(path, kl, k, v)
        rules[rid] = replace(rules[rid], **fields)
    for rid, phrases, line in _id_map(path, data, "phrases_add"):
        _known(path, line, rid, rules)
        if "phrases" not in rules[rid].params:
            raise _err(path, line, f"rule {rid!r} has no phrase list to add to")
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise _err(path, line, "phrases_add values must be lists of phrases")
        params = dict(rules[rid].params)
        params["phrases"] = [*params["phrases"], *phrases]
        rules[rid] = replace(rules[rid], params=params)


def _id_list(path: Path, data: _LineDict, key: str) -> list[tuple[str, int]]:
    if key not in data:
        return []
    val = data[key]
    if not isinstance(val, _LineList) or not all(isinstance(v, str) for v in val):
        raise _err(path, data.lines[key], f"'{key}' must be a list of rule ids")
    return list(zip(val, val.lines))


def _id_map(path: Path, data: _LineDict, key: str) -> list[tuple[str, Any, int]]:
    if key not in data:
        return []
    val = data[key]
    if not isinstance(val, _LineDict):
        raise _err(path, data.lines[key], f"'{key}' must be a mapping of rule id -> value")
    return [(k, v, val.lines[k]) for k, v in val.items()]


def _known(path: Path, line: int, rid: str, rules: dict[str, Rule]) -> None:
    if rid not in rules:
        raise _err(path, line, f"unknown rule id {rid!r}")


def _enum(path: Path, line: int, enum, value: Any, what: str):
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(e.value for e in enum)
        raise _err(path, line, f"bad {what} {value!r}; expected one of: {known}") from None


def _text(path: Path, line: int, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _err(path, line, f"'{key}' must be text")
    return value.strip()


def _sections(path: Path, line: int, value: Any) -> tuple[SectionKey, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _err(path, line, "'sections' must be a list such as [F, G]")
    return tuple(_enum(path, line, SectionKey, str(v), "section") for v in value)


def _parse_rule(path: Path, line: int, raw: Any, pack: str) -> Rule:
    if not isinstance(raw, _LineDict):
        raise _err(path, line, "each rule must be a mapping")
    at = raw.lines
    for k in raw:
        if k not in RULE_KEYS:
            raise _err(path, at[k], f"unknown key {k!r}; known: {', '.join(sorted(RULE_KEYS))}")
    for k in REQUIRED_KEYS:
        if k not in raw:
            raise _err(path, line, f"rule is missing {k!r}")
    rid = _text(path, at["id"], "id", raw["id"])
    if not rid.startswith(pack + ".") or len(rid) <= len(pack) + 1:
        raise _err(path, at["id"], f"rule id {rid!r} must start with the pack name '{pack}.'")
    rtype = _text(path, at["type"], "type", raw["type"])
    if rtype not in CHECK_TYPE_PARAMS:
        raise _err(path, at["type"], f"unknown type {rtype!r}; known: {', '.join(sorted(CHECK_TYPE_PARAMS))}")
    level = raw.get("level", "section")
    if level not in LEVELS:
        raise _err(path, at.get("level", line), f"bad level {level!r}; expected one of: {', '.join(sorted(LEVELS))}")
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        raise _err(path, at["params"], "'params' must be a mapping")
    pl = params.lines if isinstance(params, _LineDict) else {}
    _check_params(path, line, rid, rtype, params, pl, at)
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise _err(path, at["enabled"], "'enabled' must be true or false")
    passes, fails = _examples(path, raw, line)
    return Rule(
        id=rid,
        type=rtype,
        severity=_enum(path, at["severity"], Severity, raw["severity"], "severity"),
        dimension=_enum(path, at["dimension"], Dimension, raw["dimension"], "dimension"),
        message=_text(path, at["message"], "message", raw["message"]),
        suggestion=_text(path, at["suggestion"], "suggestion", raw["suggestion"]) if "suggestion" in raw else "",
        guidance=_text(path, at["guidance"], "guidance", raw["guidance"]) if "guidance" in raw else "",
        sections=_sections(path, at["sections"], raw["sections"]) if "sections" in raw else (),
        level=level,
        params=_plain(params),
        passes=passes,
        fails=fails,
        enabled=enabled,
        origin=f"{path.name}:{line}",
    )


def _lexicon_list(ref: str) -> bool:
    """Whether ``lexicon.key`` names a list of terms (a rule's terms_from)."""
    return isinstance(lexicon_entry(ref), list)


def _lexicon_pairs(ref: str) -> bool:
    """Whether ``lexicon.key`` names a mapping label -> {need: [...], provision: [...]} (pairs_from)."""
    got = lexicon_entry(ref)
    return isinstance(got, dict) and bool(got) and all(
        isinstance(v, dict) and isinstance(v.get("need"), list) and isinstance(v.get("provision"), list)
        for v in got.values())


def _check_params(path: Path, line: int, rid: str, rtype: str, params: dict, pl: dict, at: dict) -> None:
    """Each parameter against the declared schema of the rule's type (rules/params.py): one line
    naming the rule and the parameter for an unknown one or a value of the wrong type."""
    if rtype == "python" and params.get("check") not in PLAN_CHECK_PARAMS:
        raise _err(path, pl.get("check", at.get("params", line)),
                   f"rule {rid!r}: params.check {params.get('check')!r} is not a registered plan check")
    schema = schema_for(rtype, params)
    what = f"type {rtype}" + (f" ({params['check']})" if rtype == "python" else "")
    for k, v in params.items():
        if k not in schema:
            known = ", ".join(sorted(schema)) or "none"
            raise _err(path, pl.get(k, line), f"rule {rid!r}: unknown param {k!r} for {what}; known: {known}")
        expected = type_error(v, schema[k])
        if expected is not None:
            raise _err(path, pl.get(k, line), f"rule {rid!r}: params.{k} must be {expected}")
    for k in REQUIRED_PARAMS.get(rtype, ()):
        if k not in params:
            raise _err(path, at.get("params", line), f"rule {rid!r}: {what} needs params.{k}")
    for ref in params.get("terms_from", ()):
        if not _lexicon_list(ref):
            raise _err(path, pl.get("terms_from", line),
                       f"rule {rid!r}: params.terms_from {ref!r} names no word list (lexicon.key, "
                       f"a list in ehcp_qa/resources/lexicons/<lexicon>.yaml)")
    if "pairs_from" in params and not _lexicon_pairs(params["pairs_from"]):
        raise _err(path, pl.get("pairs_from", line),
                   f"rule {rid!r}: params.pairs_from {params['pairs_from']!r} names no mapping of labels to "
                   f"need: and provision: lists in ehcp_qa/resources/lexicons/<lexicon>.yaml")
    if "patterns" in params:
        for i, pat in enumerate(params["patterns"]):
            try:
                re.compile(pat)
            except re.error as e:
                raise _err(path, params["patterns"].lines[i],
                           f"rule {rid!r}: bad regular expression in params.patterns ({e.msg})") from None


def _examples(path: Path, raw: _LineDict, line: int) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    ex = raw.get("examples")
    if ex is None:
        return (), ()
    if not isinstance(ex, _LineDict):
        raise _err(path, raw.lines["examples"], "'examples' must be a mapping with pass: and fail:")
    out: dict[str, list[Example]] = {"pass": [], "fail": []}
    for k, items in ex.items():
        if k not in out:
            raise _err(path, ex.lines[k], f"unknown examples key {k!r}; use pass and fail")
        if not isinstance(items, _LineList):
            raise _err(path, ex.lines[k], f"examples.{k} must be a list")
        for item, il in zip(items, items.lines):
            if isinstance(item, str):
                out[k].append(Example(text=item))
            elif isinstance(item, _LineDict):
                for ik in item:
                    if ik not in EXAMPLE_KEYS:
                        raise _err(path, item.lines[ik], f"unknown example key {ik!r}; known: {', '.join(sorted(EXAMPLE_KEYS))}")
                if "sections" in item:
                    secs = item["sections"]
                    if not isinstance(secs, dict):
                        raise _err(path, il, "example 'sections' must map section keys to text")
                    for sk in secs:
                        _enum(path, secs.lines.get(sk, il) if isinstance(secs, _LineDict) else il, SectionKey, str(sk), "section")
                    out[k].append(Example(text="", sections=_plain(secs), meta=_plain(item.get("meta"))))
                elif isinstance(item.get("text"), str):
                    sec = item.get("section")
                    if sec is not None:
                        _enum(path, item.lines["section"], SectionKey, str(sec), "section")
                    out[k].append(Example(text=item["text"], section=str(sec) if sec else None))
                else:
                    raise _err(path, il, "an example mapping needs 'sections:' or 'text:'")
            else:
                raise _err(path, il, "an example is a string or a mapping")
    return tuple(out["pass"]), tuple(out["fail"])


def _plain(v: Any) -> Any:
    """Line-annotated containers back to plain dicts/lists (rules are data; keep them simple)."""
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v
