"""Save and load the shipped sentence models (skops, never pickle) with a manifest.

The models live in ``ehcp_qa/resources/models/`` (package data, so an installed wheel finds them
without the source tree); ``models/`` at the repo root holds the card and metrics for people.
Loading checks, and refuses with ``errors.ConfigError`` rather than falling back:
- the manifest exists and names each model file with its sha256, which must match the file;
- scikit-learn's major.minor equals the one the model was trained with (its estimators are not
  guaranteed to unpickle across versions) and skops is at least the version that wrote the file;
- every type skops reports as untrusted is on our explicit allow-list (a model file must not be
  able to construct arbitrary objects).
A directory with no manifest simply means "no models shipped": the caller runs rules only.

Each model may also ship as plain arrays (``<kind>.plain.npz``, see plain.py) derived from its skops
files: the same probabilities with numpy alone, so a one-file check does not pay ~1.4 s importing
scikit-learn and skops. It is used only when its own sha256 and the sha256 of the skops files it was
derived from both match the manifest; otherwise (or with ``plain=False``) the skops files load.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .plain import export_arrays, models_from_arrays, read_plain, write_plain

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
MANIFEST = "manifest.json"

#: types a model file may contain beyond skops' own trusted defaults. Our pipelines use only stock
#: scikit-learn parts, which skops already trusts, so this stays short on purpose.
ALLOWED_TYPES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LoadedModel:
    kind: str  # "provision" | "outcome"
    target: str  # "specific" | "smart"
    pipeline: Any  # the text model (its first output is the target)
    strategy: str  # "model" | "gate" | "stack" (see combine.py)
    threshold: float
    margin: float
    version: str
    combiner: Any = None  # "stack" only: logistic regression over rule verdict + text probabilities
    plain: bool = False  # loaded from the plain arrays (plain.py), not from skops
    floor: float | None = None  # confidence below which a rule's error on an item is a suggestion


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    return {name: metadata.version(name) for name in ("scikit-learn", "skops", "numpy", "scipy")}


def _major_minor(v: str) -> tuple[int, int]:
    parts = v.split(".")
    return int(parts[0]), int("".join(ch for ch in parts[1] if ch.isdigit()) or 0)


def save_models(models: dict[str, dict[str, Any]], manifest: dict[str, Any], out_dir: Path = MODEL_DIR) -> Path:
    """``models``: kind -> {"pipeline", "target", "strategy", "threshold", "margin", "metrics"} and, for
    "stack", "combiner". Writes <kind>.skops (and <kind>-combiner.skops) files and manifest.json
    (with each file's sha256)."""
    import skops.io as sio  # lazy: skops loads only with a model file

    out_dir.mkdir(parents=True, exist_ok=True)
    entries = {}
    for kind, m in models.items():
        path = out_dir / f"{kind}.skops"
        sio.dump(m["pipeline"], path)
        entries[kind] = {k: v for k, v in m.items() if k not in ("pipeline", "combiner")} | {
            "file": path.name, "sha256": sha256_file(path)}
        if m.get("combiner") is not None:
            cpath = out_dir / f"{kind}-combiner.skops"
            sio.dump(m["combiner"], cpath)
            entries[kind] |= {"combiner_file": cpath.name, "combiner_sha256": sha256_file(cpath)}
        entries[kind] |= _write_plain_entry(out_dir, kind, m["pipeline"], m.get("combiner"), entries[kind])
    manifest = dict(manifest, libraries=library_versions(), models=entries)
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out_dir / MANIFEST


def _write_plain_entry(out_dir: Path, kind: str, pipeline: Any, combiner: Any, entry: dict) -> dict:
    """Write <kind>.plain.npz derived from the fitted objects; its manifest keys ({} when the model's
    shape has no plain form)."""
    arrays = export_arrays(pipeline, combiner)
    if arrays is None:
        return {}
    path = Path(out_dir) / f"{kind}.plain.npz"
    write_plain(path, arrays, {"sha256": entry["sha256"], "combiner_sha256": entry.get("combiner_sha256")})
    return {"plain_file": path.name, "plain_sha256": sha256_file(path)}


def add_plain(model_dir: Path = MODEL_DIR) -> dict[str, str]:
    """(Re)derive the plain arrays of every model in ``model_dir`` from its skops files and record them
    in the manifest. {kind: plain file} written. `python -m ehcp_qa.ml.io` runs it on the shipped models."""
    model_dir = Path(model_dir)
    manifest = read_manifest(model_dir)
    if manifest is None:
        return {}
    _load.cache_clear()
    models = load_models(model_dir, plain=False) or {}
    written = {}
    for kind, m in models.items():
        entry = manifest["models"][kind]
        for key in ("plain_file", "plain_sha256"):
            entry.pop(key, None)
        entry |= _write_plain_entry(model_dir, kind, m.pipeline, m.combiner, entry)
        if "plain_file" in entry:
            written[kind] = entry["plain_file"]
    (model_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    _load.cache_clear()
    return written


def read_manifest(model_dir: Path = MODEL_DIR) -> dict[str, Any] | None:
    path = Path(model_dir) / MANIFEST
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ConfigError(f"{path}: model manifest is not valid JSON ({type(e).__name__})") from None


def _check_versions(path: Path, manifest: dict[str, Any]) -> None:
    libs = manifest.get("libraries") or {}
    have = library_versions()
    want_skl, want_skops = libs.get("scikit-learn"), libs.get("skops")
    if not want_skl or not want_skops:
        raise ConfigError(f"{path}: manifest does not record the scikit-learn and skops versions")
    if _major_minor(have["scikit-learn"]) != _major_minor(want_skl):
        raise ConfigError(f"{path}: models were trained with scikit-learn {want_skl} but {have['scikit-learn']} "
                          "is installed; install the matching version or retrain (scripts/train.py)")
    if _major_minor(have["skops"]) < _major_minor(want_skops):
        raise ConfigError(f"{path}: models were written by skops {want_skops}, newer than the installed "
                          f"{have['skops']}; upgrade skops")


def load_models(model_dir: Path | str | None = None, plain: bool = True) -> dict[str, LoadedModel] | None:
    """kind -> LoadedModel, or None when the directory holds no manifest. Cached per directory.
    ``plain``: use a model's plain arrays when they ship and match (False: always the skops files)."""
    return _load(str(Path(model_dir) if model_dir else MODEL_DIR), plain)


def manifest_versions(model_dir: Path | str | None = None) -> dict[str, str]:
    """{kind: version} from the manifest alone (no model is loaded): the version a LoadedModel has."""
    manifest = read_manifest(Path(model_dir) if model_dir else MODEL_DIR) or {}
    out = {}
    for kind, entry in (manifest.get("models") or {}).items():
        if isinstance(entry, dict) and entry.get("sha256"):
            out[kind] = f"{manifest.get('model_version', '0')}+{entry['sha256'][:8]}"
    return out


def _load_plain(d: Path, entry: dict) -> tuple[Any, Any] | None:
    """(text model, combiner) from the plain file, or None when there is none or it does not match
    the skops files named beside it (then those load instead)."""
    name, sha = entry.get("plain_file"), entry.get("plain_sha256")
    if not name or not sha:
        return None
    path = d / name
    if not path.is_file() or sha256_file(path) != sha:
        return None
    try:
        arrays = read_plain(path)
    except (OSError, ValueError, KeyError):
        return None
    if str(arrays.get("source_sha256", "")) != entry.get("sha256"):
        return None
    if entry.get("combiner_sha256") and str(arrays.get("source_combiner_sha256", "")) != entry["combiner_sha256"]:
        return None
    text, comb = models_from_arrays(arrays)
    if entry.get("strategy") == "stack" and comb is None:
        return None
    return text, comb


def clear_cache() -> None:
    """Forget loaded models, so a manifest rewritten in place (a fold's chosen floor) is read again."""
    _load.cache_clear()


@lru_cache(maxsize=8)
def _load(model_dir: str, plain: bool = True) -> dict[str, LoadedModel] | None:
    d = Path(model_dir)
    manifest = read_manifest(d)
    if manifest is None:
        return None
    mpath = d / MANIFEST
    _check_versions(mpath, manifest)
    out: dict[str, LoadedModel] = {}
    for kind, entry in (manifest.get("models") or {}).items():
        try:
            path = d / entry["file"]
            want_sha = entry["sha256"]
            target, strategy = entry["target"], entry["strategy"]
            threshold, margin = float(entry["threshold"]), float(entry.get("margin", 0.0))
        except (KeyError, TypeError, ValueError):
            raise ConfigError(f"{mpath}: entry for model {kind!r} is incomplete") from None
        if strategy not in ("model", "gate", "stack"):
            raise ConfigError(f"{mpath}: unknown combination strategy {strategy!r} for {kind!r}")
        files = [(path, want_sha)]
        if strategy == "stack":
            if not entry.get("combiner_file") or not entry.get("combiner_sha256"):
                raise ConfigError(f"{mpath}: entry for model {kind!r} names no combiner file")
            files.append((d / entry["combiner_file"], entry["combiner_sha256"]))
        version = f"{manifest.get('model_version', '0')}+{want_sha[:8]}"
        floor = float(entry["floor"]) if entry.get("floor") is not None else None
        loaded = _load_plain(d, entry) if plain else None
        if loaded is not None:
            for f, sha in files:  # the skops files stay the source of truth: they must be intact
                _check_file(f, sha)
            pipeline, combiner = loaded
            out[kind] = LoadedModel(kind=kind, target=target, pipeline=pipeline, strategy=strategy,
                                    threshold=threshold, margin=margin, version=version,
                                    combiner=combiner if strategy == "stack" else None, plain=True, floor=floor)
            continue
        pipeline = _load_file(path, want_sha)
        combiner = _load_file(*files[1]) if strategy == "stack" else None
        out[kind] = LoadedModel(kind=kind, target=target, pipeline=pipeline, strategy=strategy,
                                threshold=threshold, margin=margin, version=version, combiner=combiner, floor=floor)
    return out


def _check_file(path: Path, want_sha: str) -> None:
    if not path.exists():
        raise ConfigError(f"{path}: model file named in the manifest is missing")
    if sha256_file(path) != want_sha:
        raise ConfigError(f"{path}: sha256 does not match the manifest (file changed or corrupt)")


def _load_file(path: Path, want_sha: str) -> Any:
    """One skops file, refused unless its sha256 matches and every type in it is trusted."""
    import skops.io as sio  # lazy: skops loads only with a model file

    _check_file(path, want_sha)
    untrusted = sio.get_untrusted_types(file=path)
    bad = [t for t in untrusted if t not in ALLOWED_TYPES]
    if bad:
        raise ConfigError(f"{path}: model file contains types not on the allow-list: {', '.join(sorted(bad))}")
    try:
        return sio.load(path, trusted=untrusted)
    except Exception as e:  # noqa: BLE001 - any skops failure is a bad model file
        raise ConfigError(f"{path}: cannot load model ({type(e).__name__})") from None


if __name__ == "__main__":  # python -m ehcp_qa.ml.io: derive the plain arrays of the shipped models
    print(add_plain() or "no model with a plain form")
