"""areas.sentences: a block split after a full stop, question or exclamation mark where the next
sentence starts with a capital, a digit or an opening quote. The break itself (closing quotes or
brackets after the stop, then the spaces) belongs to neither sentence."""
from ehcp_qa.checks.areas import sentences
from ehcp_qa.testing import make_plan


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(make_plan({"B": [text]}), "B")]


def test_breaks_after_the_stop_and_the_closing_quote_goes_with_the_break():
    assert _texts('Sam reads well. He likes maps! "Can I go?" he asks.') == \
        ["Sam reads well.", "He likes maps!", '"Can I go?" he asks.']
    assert _texts("She said (quietly.) Then left.") == ["She said (quietly.", "Then left."]


def test_no_break_before_lower_case_or_inside_numbers():
    # "e.g. maps" goes on in lower case; "2.5" has no space after the stop
    assert _texts("He uses aids, e.g. maps and 2.5 cm grids. 3 sessions follow.") == \
        ["He uses aids, e.g. maps and 2.5 cm grids.", "3 sessions follow."]
