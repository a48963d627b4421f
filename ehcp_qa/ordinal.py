"""Apply a local ordinal rating model (written by ``ehcp-qa train --ordinal``, see calibrate.py).

Below both scoring (which applies it) and calibrate (which fits it), so that neither imports the
other both ways: calibrate imports scoring, scoring imports this module.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Mapping

import numpy as np

from .errors import ConfigError
from .model import Dimension, Rating

CRITERIA: tuple[str, ...] = tuple(d.value for d in Dimension)  # the same order as scoring.CRITERIA
_BY_RANK = {r.rank: r for r in Rating}


def features(scores: Mapping[str, float], total: float) -> np.ndarray:
    return np.array([[scores[n] for n in CRITERIA] + [total]], dtype=float)


def ordinal_predict(model: Mapping, X: np.ndarray) -> np.ndarray:
    gt = []  # P(y > k) for k = 1, 2, 3, forced non-increasing
    for m, const in zip(model["models"], model["constants"]):
        gt.append(np.full(len(X), const) if m is None else m.predict_proba(X)[:, 1])
    gt = np.minimum.accumulate(np.vstack(gt), axis=0)
    probs = np.vstack([1 - gt[0], gt[0] - gt[1], gt[1] - gt[2], gt[2]])  # ranks 1..4
    return probs.argmax(axis=0) + 1


@lru_cache(maxsize=4)
def load_ordinal(path: str) -> dict:
    """Load an ordinal model written by `train --ordinal`. skops, and only plain types and
    LogisticRegression: a model file must not be able to run code."""
    import skops.io as sio  # lazy: a heavy optional library, only when a local ordinal model is used

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: ordinal model file not found")
    try:
        untrusted = sio.get_untrusted_types(file=p)
        if untrusted:
            raise ConfigError(f"{p}: refusing model with unexpected types: {', '.join(untrusted)}")
        model = sio.load(p, trusted=[])
    except ConfigError:
        raise
    except Exception as e:  # noqa: BLE001
        raise ConfigError(f"{p}: not a readable skops model ({type(e).__name__})") from None
    if not isinstance(model, dict) or model.get("kind") != "ordinal-frank-hall" or model.get("features") != [*CRITERIA, "overall"]:
        raise ConfigError(f"{p}: not an ehcp-qa ordinal model for this version's criteria")
    return model


def predict_ordinal(path: Path, scores: Mapping[str, float], total: float) -> Rating:
    return _BY_RANK[int(ordinal_predict(load_ordinal(str(path)), features(scores, total))[0])]
