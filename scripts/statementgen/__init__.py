"""Phrase banks and generators for the labelled statements in corpus/statements/.

Every generated statement is labelled by construction: the generator knows which slots it filled
and which hedges it inserted. Each item records its template family; the train/test split is by
family (see ``split.py``) so the test split holds sentence shapes never seen in training.
"""
