"""The sentence model: logistic regression over word n-grams, character n-grams and (for the combined
model) the rule-verdict tokens. Only stock scikit-learn parts, so skops loads it with a short,
explicit allow-list of types (see io.py)."""
from __future__ import annotations

from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

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
    from sklearn.multioutput import MultiOutputClassifier

    pipe = build_pipeline(use_rules=False, C=C, seed=seed, char_ngrams=char_ngrams)
    return Pipeline([("features", pipe.named_steps["features"]),
                     ("clf", MultiOutputClassifier(LogisticRegression(C=C, max_iter=3000, random_state=seed)))])


def text_probas(pipeline: Pipeline, x) -> "np.ndarray":
    """(n, k) probabilities of the positive class, one column per text target."""
    import numpy as np

    out = pipeline.predict_proba(x)
    if isinstance(out, list):
        return np.column_stack([o[:, 1] for o in out])
    return out[:, 1:2]


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
