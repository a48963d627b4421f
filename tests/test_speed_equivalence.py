"""Rewrites made for speed must find exactly what the plain form found. Each test keeps the plain
form as the reference and compares on hand-made text that exercises every branch."""
import re

from ehcp_qa.checks import drafting


def test_date_pattern_with_the_boundary_tested_once_matches_as_before():
    """drafting._DATE tests the word boundary and the possible first characters once per position
    instead of once per kind of date; the matches and the groups they fill must not change."""
    plain = re.compile(
        r"(?P<dmy>\b(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})\b)"
        r"|(?P<ay>\b(?P<ay1>20\d\d)\s*[/\-–]\s*(?P<ay2>(?:20)?\d\d)\b)"
        r"|(?P<my>\b(?:(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|Easter|Christmas)(?:\s+[Tt]erm)?"
        r"|(?:(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<mon>[A-Z][a-z]{2,8}))"
        r"\s+(?:of\s+)?(?P<y2>20\d\d)\b)"
        r"|(?P<yo>\b(?P<y3>20\d\d)\b)")
    text = ("By 31/03/2025 and 1.9.24, in 2024-25 or 2024 / 2025, by summer term 2026, spring 2027, "
            "Autumn of 2025, Easter 2026, Christmas 2025, 30th September 2025, 3 July 2026, by July 2027, "
            "Ruby's 2029 x2030 2031y a2032 sa 2033 Aa 2034 Review: 12/12/12 -2035- (2036) 20377 autumn2037")
    got = [(m.span(), m.groupdict()) for m in drafting._DATE.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(got) >= 15


def test_full_name_pattern_with_its_lookbehinds_after_the_capital_matches_as_before():
    """drafting._FULL_NAME opens with the capital so re can skip to the next one; its look-behinds
    (not after a word char or apostrophe, nor after "word " / ". ") now stand after that capital."""
    plain = re.compile(r"(?<![\w'’.] )(?<![\w'’])([A-Z][a-z]+) [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w])")
    text = ("Maureen Rowntree said. Fiona Redfern-Hale came; met Jo Bloggs. Then Ann Lee, x Amy Roe, "
            "O'Neil Ray, d’Ann Bay, -Sue Day, 'Tom Fox' and Dr. Kim Ng (Lily Rose) Mum Kate\nBen Oak "
            "Al Bo1 CAPS Word Ed Ma-Jo Li Sam Wu")
    assert [(m.span(), m.groups()) for m in drafting._FULL_NAME.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) >= 5


def test_one_pattern_for_the_childs_names_finds_what_one_per_name_found():
    """pronouns() asks whether a sentence names the child with one alternation whose look-behind
    follows each name's first letter (drafting._names_pattern), instead of one pattern per name."""
    mine = {"Amira", "Khan", "Lily-Rose", "O'Neil"}
    one = drafting._names_pattern(mine)
    each = [re.compile(rf"(?<![\w'’]){re.escape(n)}(?![\w])") for n in mine]
    for text in ["Amira reads.", "xAmira", "Amiras", "’Khan", "Khan's", "Lily-Rose", "Lily-Rosey", "O'Neil",
                 "'Amira'", "Amira\n", "", "Samira Khanh", "-Khan", "\nKhan", "1Khan", "_Khan"]:
        assert (one.search(text) is not None) == any(c.search(text) for c in each), text
    assert drafting._names_pattern(set()) is None and drafting._names_pattern({""}) is None


def test_area_headings_tried_by_first_character_find_what_the_whole_table_found():
    """heading_area and prefix_area try only the headings that start with the text's first
    character (areas._headings_for), in the table's order (longest first), not the whole table."""
    from ehcp_qa.checks import areas
    table = areas._heading_table()
    texts = [h for h, _ in table] + [h + ": he finds it hard" for h, _ in table] + \
        [h + " needs" for h, _ in table] + ["", "x", "1. cognition", "sensory", "zzz: nothing"]
    for text in texts:
        assert areas._headings_for(text) == tuple(r for r in table if text.startswith(r[0][:1]) or not r[0]), text


def test_acronym_pattern_with_its_lookbehind_after_the_first_letter_matches_as_before():
    acronyms = ("SEN", "SENCo", "SALT", "SaLT", "OT", "EHCP", "TA", "A", "CAMHS")
    plain = re.compile(r"(?<![A-Za-z])(%s)s?(?![A-Za-z])"
                       % "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True)))
    text = ("The SENCo and SEN team, SENCos, xSEN, SENx, OTs OT's (OT) TA-led TAs TAS A a CAMHS\n"
            "EHCPs 1SALT SaLT_ SALTy é SEN, ASEN A.")
    assert [(m.span(), m.groups()) for m in drafting._acronym_regex(acronyms).finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]
