"""Synthetic EHC plan generator for the ehcp-qa corpus.

Every plan is invented: names, dates, schools and professionals are made up from the phrase banks
in ``banks.py``. Nothing here comes from a real plan or a real person.

Modules: ``banks`` (hand-written phrases), ``people`` (the child: age, dates, pronouns),
``content`` (what a plan says, by quality tier, with planted faults), ``layouts`` (how sections are
headed and ordered), ``compose`` (content + layout -> a format-neutral document + ground truth),
``render_docx`` / ``render_pdf`` (one renderer per format), ``lint`` (hedge words for clean plans).
"""
