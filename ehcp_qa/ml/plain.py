"""The shipped sentence model as plain arrays, run with numpy alone: the same probabilities as the
scikit-learn model it is derived from, without importing scikit-learn, SciPy or skops.

Why: those imports cost about 1.4 s, most of a one-file ``ehcp-qa check``, while the model is a
word tf-idf vectorizer and logistic regressions - a vocabulary, an idf vector, coefficients and
intercepts. The skops files stay the source of truth: ``export_arrays`` derives the arrays from the
loaded scikit-learn objects, ``write_plain`` stores them as ``<kind>.plain.npz`` (numpy's own format,
read with ``allow_pickle=False``: it cannot run code) with its sha256 and the sha256 of the skops
files it was derived from in the manifest, and loading refuses a plain file whose sources changed.

Identical, not merely close (tests/test_plain_model.py compares with ``predict_proba`` on the
whole statements corpus): every step does scikit-learn's arithmetic in scikit-learn's order -
- counts, ``np.log`` + 1 (sublinear tf), times idf, per row over sorted column indices, as
  ``TfidfTransformer.transform``;
- the l2 norm as ``inplace_csr_row_normalize_l2``: a sum of squares left to right, sqrt, divide;
- the decision as SciPy's CSR times a column: a left-to-right sum of value x coefficient from 0.0,
  then + intercept;
- the combiner's dense decision as the same numpy ``X @ coef.T``;
- the logistic as ``scipy.special.expit``, i.e. 1 / (1 + exp(-x)) with the C library's exp
  (``math.exp``; numpy's own vectorised exp differs in the last bit on some processors).
"""
from __future__ import annotations

import math
import re
import zipfile
from collections import Counter
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "ehcp-qa-plain-1"


def _expit(values) -> np.ndarray:
    return np.array([1.0 / (1.0 + math.exp(-float(v))) for v in values], dtype=np.float64)


class PlainTextModel:
    """Word n-gram tf-idf -> one logistic regression per text target (a MultiOutputClassifier)."""

    def __init__(self, arrays: dict[str, np.ndarray]):
        self.terms = arrays["terms"]
        self.vocabulary = {str(t): i for i, t in enumerate(self.terms.tolist())}
        self.idf = arrays["idf"]
        self.coef = arrays["coef"]  # (k, n_features), one row per output
        self.intercept = arrays["intercept"]  # (k,)
        self.lo, self.hi = (int(v) for v in arrays["ngram_range"])
        self.token_pattern = str(arrays["token_pattern"])
        self.sublinear_tf = bool(arrays["sublinear_tf"])
        self.use_idf = bool(arrays["use_idf"])
        self.norm = str(arrays["norm"]) or None
        self.weight = float(arrays["weight"][0]) if arrays["weight"].size else None
        self.column = int(arrays["column"])
        self._tokens = re.compile(self.token_pattern).findall
        self._coef_rows = [row.tolist() for row in self.coef]

    def features(self, x) -> list[list[tuple[int, float]]]:
        """Per row: (column, weight) pairs in column order, the CSR row scikit-learn would build."""
        vocab, tokens, lo, hi = self.vocabulary, self._tokens, self.lo, self.hi
        cols: list[list[int]] = []
        counts: list[int] = []
        for doc in x[:, self.column]:
            words = tokens(doc.lower())
            grams = chain.from_iterable(words if n == 1 else map(" ".join, zip(*(words[i:] for i in range(n))))
                                        for n in range(lo, hi + 1))
            c = Counter(map(vocab.get, grams))
            c.pop(None, None)
            row = sorted(c)
            cols.append(row)
            counts.extend(c[j] for j in row)
        data = np.array(counts, dtype=np.float64)
        if self.sublinear_tf:  # one array for every row, as TfidfTransformer does on the CSR data
            np.log(data, data)
            data += 1.0
        flat_cols = np.fromiter(chain.from_iterable(cols), dtype=np.int64, count=len(counts))
        if self.use_idf:
            data *= self.idf[flat_cols]
        values = data.tolist()
        out, pos = [], 0
        for row in cols:
            vals = values[pos:pos + len(row)]
            pos += len(row)
            if self.norm == "l2":
                total = 0.0
                for v in vals:
                    total += v * v
                if total != 0.0:
                    total = math.sqrt(total)
                    vals = [v / total for v in vals]
            elif self.norm is not None:
                raise ValueError(f"plain model: norm {self.norm!r} is not supported")
            if self.weight is not None:
                vals = [v * self.weight for v in vals]
            out.append(list(zip(row, vals)))
        return out

    def text_probas(self, x) -> np.ndarray:
        """(n, k) probabilities of the positive class, one column per text target."""
        feats = self.features(x)
        cols = []
        for coef, intercept in zip(self._coef_rows, self.intercept.tolist()):
            decisions = []
            for row in feats:
                acc = 0.0
                for j, v in row:
                    acc += v * coef[j]
                decisions.append(acc + intercept)
            cols.append(_expit(decisions))
        return np.column_stack(cols) if cols else np.empty((len(feats), 0))

    def predict_proba(self, x) -> list[np.ndarray]:
        """As MultiOutputClassifier.predict_proba: one (n, 2) array per target."""
        p = self.text_probas(x)
        return [np.column_stack([1 - p[:, i], p[:, i]]) for i in range(p.shape[1])]


class PlainLogistic:
    """A binary LogisticRegression's predict_proba over a dense matrix."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray):
        self.coef_, self.intercept_ = coef, intercept

    def predict_proba(self, X) -> np.ndarray:
        scores = (np.asarray(X, dtype=np.float64) @ self.coef_.T + self.intercept_).reshape(-1)
        prob = _expit(scores)
        return np.stack([1 - prob, prob], axis=1)


# --- derive from the scikit-learn model, save, load ---------------------------------------------


def export_arrays(pipeline: Any, combiner: Any = None) -> dict[str, np.ndarray] | None:
    """The arrays of a shipped-shape model (word TfidfVectorizer in a ColumnTransformer -> logistic
    regression(s); an optional binary logistic combiner), or None for any other shape, which then
    only loads through skops."""
    from sklearn.compose import ColumnTransformer  # lazy: scikit-learn, only to fit
    from sklearn.feature_extraction.text import TfidfVectorizer  # lazy: scikit-learn, only to fit
    from sklearn.linear_model import LogisticRegression  # lazy: scikit-learn, only to fit
    from sklearn.multioutput import MultiOutputClassifier  # lazy: scikit-learn, only to fit
    from sklearn.pipeline import Pipeline  # lazy: scikit-learn, only to fit

    if not isinstance(pipeline, Pipeline) or set(pipeline.named_steps) != {"features", "clf"}:
        return None
    cols, clf = pipeline.named_steps["features"], pipeline.named_steps["clf"]
    if not isinstance(cols, ColumnTransformer):
        return None
    used = [(n, t, c) for n, t, c in cols.transformers_ if not (isinstance(t, str) and t == "drop")]
    if len(used) != 1:
        return None
    name, vec, col = used[0]
    if not (type(vec) is TfidfVectorizer and vec.analyzer == "word" and vec.input == "content"
            and vec.lowercase and vec.preprocessor is None and vec.tokenizer is None and vec.stop_words is None
            and vec.strip_accents is None and not vec.binary and vec.norm in ("l2", None)
            and re.compile(vec.token_pattern).groups == 0 and isinstance(col, (int, np.integer))):
        return None
    ests = clf.estimators_ if isinstance(clf, MultiOutputClassifier) else [clf]
    if not all(type(e) is LogisticRegression and len(e.classes_) == 2 and e.coef_.shape[0] == 1 for e in ests):
        return None
    terms = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    if [vec.vocabulary_[t] for t in terms] != list(range(len(terms))):
        return None
    weight = (cols.transformer_weights or {}).get(name)
    out = {
        "format": np.array(FORMAT),
        "terms": np.array(terms, dtype=str),
        "idf": np.asarray(vec.idf_, dtype=np.float64) if vec.use_idf else np.ones(len(terms)),
        "coef": np.vstack([e.coef_ for e in ests]).astype(np.float64),
        "intercept": np.concatenate([e.intercept_ for e in ests]).astype(np.float64),
        "ngram_range": np.array(vec.ngram_range, dtype=np.int64),
        "token_pattern": np.array(vec.token_pattern),
        "sublinear_tf": np.array(bool(vec.sublinear_tf)),
        "use_idf": np.array(bool(vec.use_idf)),
        "norm": np.array(vec.norm or ""),
        "weight": np.array([] if weight is None else [float(weight)], dtype=np.float64),
        "column": np.array(int(col)),
        "multi_output": np.array(isinstance(clf, MultiOutputClassifier)),
    }
    if combiner is not None:
        if not (type(combiner) is LogisticRegression and len(combiner.classes_) == 2):
            return None
        out["combiner_coef"] = np.asarray(combiner.coef_, dtype=np.float64)
        out["combiner_intercept"] = np.asarray(combiner.intercept_, dtype=np.float64)
    return out


def write_plain(path: Path, arrays: dict[str, np.ndarray], sources: dict[str, str]) -> None:
    """``sources``: {"sha256": text model file sha, "combiner_sha256": ...} it was derived from."""
    extra = {f"source_{k}": np.array(v) for k, v in sources.items() if v}
    # an .npz as np.savez writes it, but with fixed timestamps: the same model gives the same bytes
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, arr in sorted({**arrays, **extra}.items()):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            with zf.open(info, "w", force_zip64=True) as fh:
                np.lib.format.write_array(fh, np.asanyarray(arr), allow_pickle=False)


def read_plain(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    if str(arrays.get("format", "")) != FORMAT:
        raise ValueError("not a plain model file of this version")
    return arrays


def models_from_arrays(arrays: dict[str, np.ndarray]) -> tuple[PlainTextModel, PlainLogistic | None]:
    text = PlainTextModel(arrays)
    comb = None
    if "combiner_coef" in arrays:
        comb = PlainLogistic(arrays["combiner_coef"], arrays["combiner_intercept"])
    return text, comb
