"""The sentence model: logistic regression over word n-grams, character n-grams and (for the combined
model) the rule-verdict tokens. Only stock scikit-learn parts, so skops loads it with a short,
explicit allow-list of types (see io.py)."""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain

import numpy as np
import scipy.sparse as sp
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multioutput import MultiOutputClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import normalize

#: the two targets we ship, by item kind
TARGETS = {"provision": "specific", "outcome": "smart"}
#: what the text model predicts, by item kind: the target first, then auxiliary labels whose
#: probabilities also feed the combiner (provision posing as an outcome is the rules' weakest spot)
TEXT_TARGETS = {"provision": ["specific"], "outcome": ["smart", "provision_as_outcome", "measurable"]}


#: character n-gram range: (3, 4) keeps most of the gain of wider ranges at a third of the cost
#: (character analysis dominates prediction time; the budget is 30 ms per 30-page plan)
CHAR_NGRAMS = (3, 4)


def build_pipeline(use_rules: bool = True, use_text: bool = True, C: float = 1.0, seed: int = 0,
                   rule_weight: float = 2.0, char_ngrams: tuple[int, int] | None = CHAR_NGRAMS) -> Pipeline:
    """Input: the (n, 2) array from features.feature_rows (text, rule tokens)."""
    parts = []
    weights = {}
    if use_text:
        parts.append(("word", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                              max_features=30000), 0))
        weights["word"] = 1.0
        if char_ngrams:
            parts.append(("char", TfidfVectorizer(analyzer="char_wb", ngram_range=char_ngrams, min_df=2,
                                                  sublinear_tf=True, max_features=30000), 0))
            weights["char"] = 1.0
    if use_rules:
        # binary presence of each rule token; weighted up so a handful of rule features can hold
        # their own against thousands of n-grams
        parts.append(("rules", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True), 1))
        weights["rules"] = rule_weight
    cols = ColumnTransformer(parts, transformer_weights=weights, sparse_threshold=1.0)
    clf = LogisticRegression(C=C, max_iter=3000, random_state=seed)
    return Pipeline([("features", cols), ("clf", clf)])


def build_text_model(C: float = 3.0, seed: int = 0, char_ngrams: tuple[int, int] | None = CHAR_NGRAMS) -> Pipeline:
    """Word + character n-grams of the text (column 0 of feature_rows) -> one logistic regression per
    column of y (TEXT_TARGETS), sharing the vectorizers so prediction pays for them once."""
    pipe = build_pipeline(use_rules=False, C=C, seed=seed, char_ngrams=char_ngrams)
    return Pipeline([("features", pipe.named_steps["features"]),
                     ("clf", MultiOutputClassifier(LogisticRegression(C=C, max_iter=3000, random_state=seed)))])


def text_probas(pipeline: Pipeline, x) -> "np.ndarray":
    """(n, k) probabilities of the positive class, one column per text target."""
    features = _word_features(pipeline, x)
    out = pipeline.predict_proba(x) if features is None else pipeline.named_steps["clf"].predict_proba(features)
    if isinstance(out, list):
        return np.column_stack([o[:, 1] for o in out])
    return out[:, 1:2]


def _word_features(pipeline: Pipeline, x):
    """The features step of a word-n-gram pipeline (the shipped text models), computed without
    scikit-learn's per-sentence chain of calls and its input checks (together about a third of the
    model's time on a plan). Same tokens and counts, then the same tf-idf arithmetic in the same
    order, so the same numbers (tests/test_ml.py compares them). None for any other pipeline: it
    then runs as it is."""
    cols = pipeline.named_steps.get("features") if isinstance(pipeline, Pipeline) else None
    if not isinstance(cols, ColumnTransformer):
        return None
    used = [(name, tr, col) for name, tr, col in cols.transformers_ if not (isinstance(tr, str) and tr == "drop")]
    if len(used) != 1:
        return None
    name, vec, col = used[0]
    if not (type(vec) is TfidfVectorizer and vec.analyzer == "word" and vec.input == "content"
            and vec.lowercase and vec.preprocessor is None and vec.tokenizer is None
            and vec.stop_words is None and vec.strip_accents is None and not vec.binary
            and re.compile(vec.token_pattern).groups == 0):
        return None
    tokens, (lo, hi), vocab = re.compile(vec.token_pattern).findall, vec.ngram_range, vec.vocabulary_
    indptr, indices, values = [0], [], []
    for doc in x[:, col]:
        words = tokens(doc.lower())
        grams = chain.from_iterable(words if n == 1 else map(" ".join, zip(*(words[i:] for i in range(n))))
                                    for n in range(lo, hi + 1))
        counts = Counter(map(vocab.get, grams))  # column -> count; None: not in the vocabulary
        counts.pop(None, None)
        indices.extend(counts)
        values.extend(counts.values())
        indptr.append(len(indices))
    counted = sp.csr_array((np.array(values, dtype=np.intc), np.array(indices, dtype=np.int32),
                            np.array(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(vocab)), dtype=vec.dtype)
    counted.sort_indices()
    out = counted  # weighted in place, in TfidfTransformer.transform's order of operations
    if vec.sublinear_tf:
        np.log(out.data, out.data)
        out.data += 1.0
    if vec.use_idf:
        out.data *= vec.idf_[out.indices]
    if vec.norm is not None:
        out = normalize(out, norm=vec.norm, copy=False)
    weight = (cols.transformer_weights or {}).get(name)
    return out if weight is None else out * weight


def build_combiner(C: float = 1.0, seed: int = 0) -> LogisticRegression:
    """Over [rule verdict numbers (features.RULE_FEATURES), logit of each text probability]."""
    return LogisticRegression(C=C, max_iter=2000, random_state=seed)


def slim(pipeline: Pipeline) -> Pipeline:
    """Drop the vectorizers' ``stop_words_`` (every pruned n-gram, kept only for introspection;
    scikit-learn documents it as safe to delete): it would make the model file several times larger."""
    for _, tr, _ in pipeline.named_steps["features"].transformers_:
        if hasattr(tr, "stop_words_"):
            delattr(tr, "stop_words_")
        if hasattr(tr, "vocabulary_"):  # numpy ints become one file each in skops: load took seconds
            tr.vocabulary_ = {k: int(v) for k, v in tr.vocabulary_.items()}
    return pipeline
