"""Provision items (F, G, H1, H2): extract the six slots, find vague wording, give the `specific`
verdict (definitions in the shared contracts), and the `slots` check type that turns those into
findings.

Slots are found with general patterns (roles, frequencies, durations, group sizes, review phrases),
not lists of sentences. The hedge phrases come from the rule pack (`specificity.vague-provision`),
so a council can add its own with `phrases_add`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Finding, Item, ItemKind, SectionKey, Severity
from ..nlp import Folded, fold_text, phrase_regex
from ..rules.spec import Rule
from .numbers import DAY_PERIOD, LONG_UNIT, MULT, NUM, PERIOD_ADJ, UNIT
from .registry import Context, check_type

PROVISION_SECTIONS = (SectionKey.F, SectionKey.G, SectionKey.H1, SectionKey.H2)
SLOTS = ("what", "who", "frequency", "duration", "group", "review")

_I = re.IGNORECASE

# --- who: a role, with expertise where given. Bare "staff", "adults", "key adult", "the setting" are
# not roles (contract), so they are deliberately absent.
_ROLE_HEADS = (
    r"speech\s+and\s+language\s+therapists?|speech\s+(?:and\s+language\s+)?therapy\s+(?:team|service)|"
    r"occupational\s+therap(?:ist|y\s+(?:team|service))s?|physiotherap(?:ist|y\s+(?:team|service))s?|"
    r"(?:educational|clinical|assistant|child|counselling)\s+psychologists?|psychologists?|psychiatrists?|"
    r"teachers?\s+of\s+the\s+(?:deaf|visually\s+impaired|blind)|"
    r"(?:higher\s+level\s+|specialist\s+)?teaching\s+assistants?|(?:learning|specialist|behaviour|"
    r"emotional\s+literacy|individual|special\s+needs|classroom|pastoral|1:1|one[\s-]to[\s-]one)\s+"
    r"(?:support\s+)?assistants?|personal\s+assistants?(?!\s+to\b)|teachers?|tutors?|therapists?|"
    r"nurses?|paediatricians?|doctors?|GPs?|consultants?|dietitians?|dieticians?|audiologists?|"
    r"orthoptists?|optometrists?|clinicians?|counsellors?|mentors?|coach(?:es)?|"
    # "[\w-]++" never gives a character back: a shorter word is never followed by \s, so backtracking
    # into it (once per character of every word) could not match anyway
    r"(?:support|social|youth|family\s+support|key|early\s+help|care|residential|outreach|play|[\w-]++)\s+workers?|"
    r"keyworkers?|practitioners?|advis[eo]rs?|instructors?|interpreters?|intervenors?|"
    r"communicators?|technicians?|facilitators?|supervisors?|carers?(?!')|(?:liaison|welfare|attendance|inclusion)\s+officers?|"
    r"(?:senco|sendco|inco)s?|co-?ordinators?|"
    # heads and officers: "the virtual school head", "the head of year", "the examinations officer"
    r"head\s*teachers?|(?:virtual\s+school|deputy|assistant)\s+head(?:\s*teacher)?s?|head\s+of\s+(?:year|department|[\w-]+)|"
    r"(?:[\w-]++\s+)?officers?|(?:case|care|ward)\s+managers?|"
    # assistants named for a profession: "a speech and language therapy assistant", "a health care assistant"
    r"(?:therapy|nursing|health\s*care|care|physiotherapy|occupational\s+therapy)\s+assistants?|(?:portage|sensory\s+support|specialist\s+teaching|"
    r"outreach|advisory|hearing\s+support|vision\s+support|autism\s+(?:outreach|support)|cahms|camhs|"
    r"children\s+with\s+disabilities|community\s+nursing|continuing\s+care|short\s+breaks?|social\s+care|disabled\s+children'?s?)"
    r"\s+(?:team|service)s?|camhs|cahms|senco|sendco"
)
# "specialist" alone is a role ("a habilitation specialist"), but not in "specialist input"
_SPECIALIST = (r"specialists?(?!\s+(?:input|support|teach\w*|equipment|programmes?|provision|interventions?|"
               r"advice|assessments?|autism|seating|software|resources?|setting|school|help|sessions?|"
               r"services?|team|outreach|nurse|dyslexia|literacy|speech|sensory)\b)")
_STOP = r"(?!(?:to|will|for|and|with|on|in|at|every|each|daily|weekly)\b)"
_EXPERTISE = (rf"(?:\s+(?:trained|qualified|experienced)\s+(?:in|by)\s+(?:the\s+)?[\w'-]+(?:\s+{_STOP}[\w'-]+){{0,3}}"
              r"|\s+with\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:training|qualification)"
              r"|\s+from\s+(?:the\s+)?[\w\s'-]{0,40}?\b(?:team|service|provider|agency|trust))?")
_WORD_START = r"(?<!\w)(?=\w)"  # only try a big alternation where a word starts: about twice as fast
_ROLE = re.compile(rf"{_WORD_START}(?:{_ROLE_HEADS}|{_SPECIALIST})\b{_EXPERTISE}", _I)
# The catch-all heads ("... worker", "... officer") open with any word, so they are tried at every
# word start (a third of _ROLE's time). An item holding neither word cannot match them: for it,
# _ROLE without them finds exactly the same roles.
_NAMED_HEADS = _ROLE_HEADS.replace(r"|[\w-]++)\s+workers?|", r")\s+workers?|").replace(r"|(?:[\w-]++\s+)?officers?|", "|")
assert "++" not in _NAMED_HEADS  # both catch-alls (the only possessive parts) are gone
_ROLE_NAMED = re.compile(rf"{_WORD_START}(?:{_NAMED_HEADS}|{_SPECIALIST})\b{_EXPERTISE}", _I)
# upper-case abbreviations only ("TA", not "ta"; "OT", not "ot")
_ROLE_ABBR = re.compile(r"\b(?:TAs?|HLTAs?|LSAs?|SSAs?|SNAs?|SALTs?|SLTs?|OTs?|EPs?|ELSAs?|QTODs?|QToDs?|"
                        r"QTVIs?|ToDs?|SENCOs?|SENDCOs?|SENCos?|SENDCos?|CAMHS|CYPMHS|PAs?|ABA\s+tutors?)\b"
                        # "ELSA sessions", "the OT programme": the abbreviation names the provision
                        r"(?!-trained)(?![\s-]+(?:sessions?|programmes?|support|work|interventions?|groups?|"
                        r"targets?|strategies|exercises|advice|reports?|assessments?)\b)")
# words that can sit in front of a role and belong to it ("a qualified teacher", "an HCPC-registered ...")
_ROLE_LEFT = re.compile(r"(?:\b(?:a|an|the|two|named|trained|qualified|experienced|specialist|senior|"
                        r"registered|(?-i:[A-Z][\w-]*)|[\w-]+-(?:registered|trained|qualified)|clinical|paediatric|"
                        r"community|school|class|CAMHS|habilitation|outreach|autism|dyslexia|continence|"
                        r"epilepsy|residential|familiar|learning|support|family|early\s+years|"
                        r"behaviour|specialist)\s+)+$", _I)
# Fallback for roles not in the list: the agent of a passive ("by a qualified audiometrist") or the
# source ("from the school counsellor") whose head noun has a person suffix.
_FUNC = r"(?:on|in|for|at|to|with|from|by|of|and|or|per|after|over|under|other|either|once|twice|every|each|\d+)\b"
_AGENT = re.compile(rf"\b(?:by|from|with|at)\s+(?:a|an|the|two|their|his|her)\s+"
                    rf"(?:(?:(?!{_FUNC})[\w'-]+\s+){{0,4}}?(?!{_FUNC})[\w-]{{2,}}(?:ist|ian|or|er|ant)s?"
                    # "the team" alone is not a who (like "the setting"); "the hearing support team" is
                    rf"|(?:(?!{_FUNC})[\w'-]+\s+){{1,4}}?(?:team|service|clinic|department)s?)\b"
                    rf"(?!\s+(?:programme|sessions?|group|plan)\b)", _I)
_NOT_AGENT = re.compile(r"\b(?:computer|timer|number|other|paper|water|folder|marker|poster|player|"
                        r"letter|order|calculator|monitor|corridor|floor|door|colour|behaviour|tutor|"
                        r"timetable|register|partner|peer|member|adult|helper|teacher|together|either|"
                        r"[\w-]*user|[\w-]*centre|[\w-]*ator\s+of)s?$", _I)
_TRAINED_ADULT = re.compile(r"\b(?:staff|adults?|members?\s+of\s+staff|person)\s+(?:who\s+(?:is|are|has|have)\s+"
                            r"(?:been\s+)?)?(?:trained|qualified|experienced)\s+in\s+[\w'-]+", _I)
_NOT_WHO = re.compile(r"\b(?:key\s+adults?|school\s+staff|all\s+staff|staff|adults?|the\s+setting|"
                      r"the\s+school|school)\b", _I)

# --- frequency: how often / how much per period
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
# Branches open without "\b": the alternation is only tried where a word starts (always a boundary)
# or at "/" (where no branch opening with a letter or digit can match), and a branch that opens
# with a letter is skipped on its first character (see _Folding), one that opens with \b is not.
_FREQ = re.compile(
    rf"(?:{_WORD_START}|(?=/))(?:{MULT}\s*(?:{NUM}\s*[-\s]?{UNIT}\s*(?:sessions?\s*)?)?(?:(?:per|a|an|each|every|/|p/?)\s*{DAY_PERIOD}|{PERIOD_ADJ})\b"
    rf"|(?:(?:per|each|every)\s+|/\s*|p/?)(?:{DAY_PERIOD}|wk|w)\b"
    rf"|(?:{UNIT}|times|sessions?|days?|lessons?|periods?|visits?|stays?|nights?|once|twice)\s+(?:a|an|per)\s+"
    rf"(?:day|week|fortnight|month|term|half[\s-]?term|year|lesson|session)\b"
    rf"|{PERIOD_ADJ}\b|on\s+a\s+{PERIOD_ADJ}\s+basis\b"
    rf"|(?:throughout|across)\s+(?:the\s+|each\s+|every\s+)?school\s+day\b|(?:in|during|across)\s+all\s+lessons\b"
    rf"|(?:every|each|on)\s+(?:other\s+)?{_WEEKDAY}(?:\s*(?:,|and|&)\s*{_WEEKDAY})*"
    rf"|every\s+(?:other|second|alternate)\s+{DAY_PERIOD}\b|on\s+alternate\s+{DAY_PERIOD}\b"
    rf"|every\s+{NUM}\s+(?:days|weeks|months)\b"
    rf"|(?:before|after|at\s+the\s+(?:start|end)\s+of)\s+(?:each|every)\s+\w+"
    rf"|(?:before|after)\s+(?:lunch|breakfast|meals?|PE|school|bed|swimming)\b"
    rf"|(?:for|in|during|across)\s+all\s+(?:\w+\s+)?(?:lessons|writing|tasks|activities|subjects|work|meals|transitions|unstructured\s+times|"
    rf"breaks?|lunchtimes?|playtimes?)\b"
    rf"|(?:every\s+day\s+)?at\s+break(?:\s*time)?\s+and\s+lunch(?:\s*time)?\b|every\s+{NUM}\s+(?:minutes|mins|hours)\b"
    rf"|at\s+all\s+times\b|full[\s-]time\b|at\s+(?:every|each|all)\s+(?:break|lunch|transition|"
    rf"unstructured|mealtime|meal\s+time)\w*"
    rf"|{NUM}\s+(?:hours?|sessions?|{DAY_PERIOD})\s+(?:of\s+[\w\s]{{1,30}}?\s+)?(?:per|a|an|each)\s+(?:week|day|term|fortnight|month)\b"
    # a number of sessions in a named period: "10 sessions of travel training ... during the spring term"
    rf"|{NUM}\s+(?:[\w-]+\s+)?(?:sessions?|visits?|lessons?|appointments?)\b(?=[^.;]{{0,80}}?\b(?:(?:during|over|across|within|in)\s+"
    rf"(?:the\s+)?(?:(?:spring|summer|autumn|first|next)\s+)?(?:term|half[\s-]?term|school\s+year|academic\s+year)"
    rf"|(?:spring|summer|autumn)\s+(?:term|half[\s-]?term))\b))",
    _I)
# event-triggered frequency: as definite as a timetable when the event is ("in every test and
# examination", "whenever a seizure lasts longer than 5 minutes", "at the first sign of wheeze");
# "whenever he needs it" is not (the child or adult decides), and stays unquantified. Kept apart from
# _FREQ so that its nouns ("assessments", "visits") can still be an item's what.
_EVENT_FREQ = re.compile(  # one \b for all branches: each then opens with a literal
    rf"\b(?:(?:in|during|for)\s+(?:(?:his|her|their|internal|external|school|class|mock|public|formal)\s+){{1,2}}(?:tests|exams|examinations|assessments)\b"
    rf"|(?:in|during|for|at|before|after)\s+(?:every|each|all)\s+(?:[\w-]+\s+){{0,2}}?(?:tests?|exams?|examinations?|"
    rf"assessments?|journeys?|trips?|outings?|visits?|meals?|mealtimes?|transitions?|seizures?|episodes?|"
    rf"school\s+journeys?|swimming\s+lessons?|PE\s+lessons?)\b"
    rf"|whenever\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:lasts?|is|are|occurs?|happens?|starts?|"
    rf"exceeds?|falls?|rises?|reaches?|drops?|shows?|has|have)\b"
    rf"|(?:if|when)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:lasts?\s+(?:longer|more)|exceeds?|"
    rf"(?:is|falls?|drops?|rises?)\s+(?:above|below|over|under))\b"
    rf"|at\s+the\s+(?:first|earliest)\s+signs?\s+of\b|in\s+the\s+event\s+of\s+(?:a|an)\b"
    rf"|(?:each|every)\s+time\s+(?:a|an|the|his|her|their|he|she|they)\b(?!\s+(?:needs?|wants?|asks?)\b))",
    _I)

# --- duration: a session length or a programme length
_DURATION = re.compile(
    rf"(?<![a-wyz0-9_])(?=\w)(?:(?:\b|(?<=x)){NUM}\s*[-\s]?(?:minutes?|mins?)\b"
    # "25 hours per week" is an amount per period (frequency), not a session length
    # the other branches share one \b, so that each opens with a literal and is skipped on it
    rf"|\b(?:{NUM}\s*[-\s]?(?:hours?|hrs?|h)\b(?!\s*(?:per|a|an|each|every|/)\s*(?:day|week|wk|fortnight|month|term)\b)"
    rf"|(?:half\s+an|an)\s+hour\b|half[\s-]hour\w*"
    rf"|for\s+(?:a\s+)?(?:further\s+|minimum\s+of\s+|period\s+of\s+|total\s+of\s+)?(?:{NUM}|one|a)(?:\s*[-–]\s*{NUM})?\s*[-\s]?{LONG_UNIT}\b"
    rf"|for\s+(?:the|a|an|one|this)\s+(?:full\s+|whole\s+|next\s+)?(?:academic\s+|school\s+)?(?:year|term|half[\s-]?term)\b"
    rf"|{NUM}[\s-]{LONG_UNIT}\s+(?:block|programme|program|course|intervention|period|cycle)"
    rf"|over\s+(?:the\s+next\s+|a\s+period\s+of\s+)?{NUM}\s+{LONG_UNIT}\b"
    rf"|for\s+the\s+(?:rest|remainder|duration)\s+of\b|until\s+the\s+end\s+of\b"
    rf"|(?:a|one)\s+(?:block|course)\s+of\s+{NUM}\b"
    rf"|\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)\s*(?:to|-|–|until)\s*\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)\b))",
    _I)

# --- group size / ratio; and any mention of a group (which then needs a size)
_GROUP = re.compile(  # no \b after _WORD_START (it holds there): branches open with a literal
    rf"{_WORD_START}(?:\d\s*:\s*\d+\b|(?:1|one)[\s-]to[\s-](?:1|one)\b|individually\b|on\s+an\s+individual\s+basis\b"
    rf"|in\s+pairs\b|paired\b|with\s+(?:a|one)\s+peer\b"
    rf"|groups?\s+of\s+(?:no\s+more\s+than\s+|up\s+to\s+|a\s+maximum\s+of\s+|maximum\s+|between\s+|at\s+most\s+)?{NUM}\b"
    rf"|(?:no\s+more\s+than|a\s+maximum\s+of|maximum\s+of|max\.?)\s+{NUM}\s+(?:pupils|children|students|learners|peers)\b"
    rf"|{NUM}\s+(?:pupils|children|students|learners|peers)\b|whole[\s-]class\b|{NUM}[\s-](?:person|pupil)\s+group\b)",
    _I)
# "in a nurture group" is a group setting (needs a size); "a language-for-thinking group" is a what
_GROUP_MENTION = re.compile(r"\b(?:small[\s-]groups?|(?:in|within|as\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}groups?|"
                            r"groups?\s+(?:work|sessions?|setting)|groupwork)\b", _I)
_GROUP_NOT_SIZE = re.compile(r"\b(?:age|year|parent|support)\s+group\b", _I)  # not a teaching group

# --- review: when / by whom it is reviewed
_REVIEW = re.compile(
    r"\b(?:(?:to\s+be\s+|will\s+be\s+|and\s+|being\s+)?(?:reviewed|monitored|evaluated|re-?assessed)\b[^.;]{0,60}"
    r"|review(?:s|ing)?\s+(?:of\s+)?(?:progress|provision|the\s+programme|targets)\b[^.;]{0,50}"
    r"|(?:termly|half[\s-]termly|annual|6[\s-]weekly|six[\s-]weekly|weekly|regular)\s+reviews?\b[^.;]{0,40}"
    r"|at\s+(?:each|every|the|his|her|their)\s+(?:annual\s+)?review\b"
    r"|(?<!subject\s)(?:will|to)\s+review\b[^.;]{0,60})", _I)

# --- what: the intervention. Most items name one; these nouns and verbs are the general signal.
_WHAT = re.compile(
    r"(?<!\w)(?=\w)\b(?:personal\s+assistants?\s+to\s+[\w\s]{3,40}|programmes?|programs?|intervention|therap(?:y|ies)|sessions?|teaching|instruction|tuition|"
    r"scheme|strateg(?:y|ies)|approach(?:es)?|equipment|aids?|resources?|timetables?|visuals?|cues?|"
    r"breaks?|circuits?|training|club|mentoring|counselling|coaching|activit(?:y|ies)|practice|"
    r"exercises?|plans?|assessments?|software|laptop|keyboard|overlays?|headphones|ear\s+defenders|"
    r"chair|cushion|writing\s+slope|scribe|reader|prompt|prompts|supervision|monitoring|"
    r"personal\s+care|care\s+plan|stories|story|games?|groups?|checks?|check-ins?|transport|placement|respite|"
    r"short\s+breaks?|package|medication|feeds?|feeding|suction|physio|phonics|reading|spelling|"
    r"handwriting|typing|modelling|signing|makaton|pecs|sign\s+language|bsl|communication\s+book|"
    r"emotion\s+coaching|lego|social\s+stories|zones\s+of\s+regulation|precision\s+teaching|"
    r"pre-?teaching|overlearning|space|room|area|access\s+arrangements|adaptations?|differentiation|"
    r"curriculum|lessons?|reviews?|payments?|services?|assessments?|sitting|aids?|devices?|"
    r"check-?ins?|scale|books?|signing|braille|typing|conversations?|semantics|numicon|"
    r"package|scheme|diet|routines?|tasks?|work\s*stations?)\b", _I)
# "weekly sessions", "10-minute check-ins": a unit noun inside a quantity is not the what (but the
# "precision teaching" of "15-minute precision teaching" is)
_UNIT_NOUN = re.compile(r"(?:sessions?|lessons?|periods?|slots?|blocks?|checks?|check-?ins?)", _I)
_QUANTITY_BEFORE = re.compile(r"(?:\d|\bweekly|\bdaily|\bfortnightly|\btermly|\bregular|\bminutes?|\bmins?|\bhours?|"
                              r"\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bx)[\s-]*$", _I)
# form labels ("Frequency:", "Group size:") are layout, not content
_FORM_LABEL = re.compile(r"\b(?:provision|delivered\s+by|frequency|duration|group\s+size|review|who|what|"
                         r"how\s+often|how\s+long|staffing|ratio|recommended)\s*:", _I)

_QUOTED_ADVICE = re.compile(r"\b(?:as\s+(?:advised|recommended)\s+(?:by|in)|recommend(?:s|ed|ation)|"
                            r"advice\s+(?:from|of|states)|report\s+(?:states|says))\b", _I)
_REGULAR = re.compile(r"^regular(?:ly)?$", _I)


# case-sensitive twins on lower-cased text: the same matches, about twice as fast (nlp.Folded)
(_ROLE_F, _ROLE_NAMED_F, _FREQ_F, _DURATION_F, _GROUP_F, _WHAT_F, _REVIEW_F, _EVENT_FREQ_F, _QUOTED_ADVICE_F,
 _FORM_LABEL_F) = (Folded(rx) for rx in (_ROLE, _ROLE_NAMED, _FREQ, _DURATION, _GROUP, _WHAT, _REVIEW, _EVENT_FREQ,
                                         _QUOTED_ADVICE, _FORM_LABEL))


@dataclass
class Hedge:
    start: int  # offset within the item text
    end: int
    phrase: str
    strong: bool  # makes the item not specific
    quoted: bool = False  # inside quotation marks or attributed to advice


@dataclass
class ProvisionAnalysis:
    text: str
    slots: dict[str, tuple[int, int] | None]
    hedges: list[Hedge] = field(default_factory=list)
    group_mentioned: bool = False
    who_stand_in: tuple[int, int] | None = None  # "staff", "key adult": a who that is not a role

    def slot_text(self, name: str) -> str | None:
        span = self.slots[name]
        return self.text[span[0]:span[1]] if span else None

    @property
    def group_ok(self) -> bool:
        return self.slots["group"] is not None or not self.group_mentioned

    @property
    def specific(self) -> bool:
        return (self.slots["what"] is not None and self.slots["who"] is not None
                and self.slots["frequency"] is not None and self.group_ok
                and not any(h.strong for h in self.hedges))

    def verdict_slots(self) -> dict[str, str | None]:
        return {name: self.slot_text(name) for name in SLOTS}


@dataclass(frozen=True)
class HedgeLexicon:
    strong: Folded | None
    weak: Folded | None
    patterns: tuple[Folded, ...]


def _folded(rx: re.Pattern | None) -> Folded | None:
    return Folded(rx) if rx is not None else None


@lru_cache(maxsize=32)
def _lexicon(strong: tuple[str, ...], weak: tuple[str, ...], patterns: tuple[str, ...]) -> HedgeLexicon:
    return HedgeLexicon(_folded(phrase_regex(strong)), _folded(phrase_regex(weak)),
                        tuple(Folded(re.compile(p, _I)) for p in patterns))


def lexicon_for(rule: Rule | None) -> HedgeLexicon:
    p = rule.params if rule else {}
    return _lexicon(tuple(p.get("phrases", ())), tuple(p.get("weak_phrases", ())), tuple(p.get("patterns", ())))


def _first(rx: re.Pattern, text: str, skip: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    for m in rx.finditer(text):
        if m.end() > m.start() and not any(a <= m.start() < b for a, b in skip):
            return m.start(), m.end()
    return None


def _in_quotes(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# an item that IS a document ("An individual healthcare plan for epilepsy, written and reviewed ...")
_DOCUMENT = re.compile(r"^\W*(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?!(?:will|to|is|are|be|should|must)\b)"
                       r"[\w'-]+\s+){0,4}?(?:plans?|protocols?|risk\s+assessments?|passports?|profiles?)\b", _I)

# where the what sits when its noun is not in the lexicon: the object of a provision verb, the
# subject of a passive, the first cell of a "what | when | who" row, a "Provision:" field
_WHAT_SLOT = re.compile(
    r"(?:\b(?:receives?|be\s+given|be\s+provided\s+with|be\s+offered|deliver|provide|arrange|run|lead|"
    r"access|(?<=work)\s+on|ensure\s+that\s+\w+\s+receives?)\s+|"
    r"^(?:to\s+support\s+[^,]+,\s*)?|^[^:]{1,40}:\s*|(?:^|[|;]\s*))"
    rf"(?P<np>(?!{_FUNC})(?:the\s+|an?\s+)?(?:(?!(?:will|to|receives?|is|are|can|should|must)\b)[\w'()-]+\s+){{0,8}}?"
    rf"(?!(?:will|to|receives?)\b)[\w'()-]+)"
    r"(?=\s+(?:will\s+be\s+(?:delivered|provided|run|led|given|offered)|for|from|by|with|in|on|at|every|each|"
    r"once|twice|\d)\b|\s*[|;.,]|\s*$)", _I)
# last resort: the activity is a verb ("will teach Dylan 1:1", "will visit the family")
_ACTIVITY = re.compile(r"\bwill\s+(?:teach|see|visit|meet|check|assess|train|supervise|administer|escort|"
                       r"accompany|coach|mentor|counsel|tutor|feed|toilet|hoist|change)\b(?:\s+[\w'-]+){0,4}", _I)
_VAGUE_WHAT = re.compile(r"^(?:the\s+|an?\s+)?(?:additional\s+|specialist\s+|extra\s+|general\s+|appropriate\s+)?"
                         r"(?:support|input|help|interventions|provision|strategies|assistance)\b", _I)


def _structural_what(text: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    for m in _WHAT_SLOT.finditer(text):
        a, b = m.span("np")
        np = m.group("np")
        if b - a < 3 or any(a < y and x < b for x, y in taken) or _VAGUE_WHAT.match(np):
            continue
        if re.match(r"(?:he|she|they|it|this|these|[A-Z][a-z]+)$", np.split()[0]) and len(np.split()) == 1:
            continue  # a name or a pronoun, not a what
        return a, b
    return None


def _all(rx: re.Pattern | Folded, text: str, low: str | None = None) -> list[tuple[int, int]]:
    found = rx.finditer(text, low) if isinstance(rx, Folded) else rx.finditer(text)
    return [m.span() for m in found if m.end() > m.start()]


def _pick(spans: list[tuple[int, int]], skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next((sp for sp in spans if not any(a <= sp[0] < b for a, b in skip)), None)


def analyse_provision(text: str, lexicon: HedgeLexicon) -> ProvisionAnalysis:
    original = text
    # blank out form labels, keeping offsets: spans still index the original text
    low_original = low = fold_text(text)
    labels = [m.span() for m in _FORM_LABEL_F.finditer(text, low)] if ":" in text else ()  # every label ends in ":"
    if labels:
        chars = list(text)
        for a, z in labels:
            chars[a:z] = " " * (z - a)
        text = "".join(chars)
        low = fold_text(text)
    review = next(iter(_all(_REVIEW_F, text, low)), None)
    skip = [review] if review else []  # "reviewed termly" is the review, not the frequency
    # each slot pattern runs once; its matches serve both the slot and the what's exclusions
    role_rx = _ROLE_F if low is None or "worker" in low or "officer" in low else _ROLE_NAMED_F
    roles, abbrs = _all(role_rx, text, low), _all(_ROLE_ABBR, text)
    freqs, durs, groups = _all(_FREQ_F, text, low), _all(_DURATION_F, text, low), _all(_GROUP_F, text, low)
    # "reviewed termly by the SENCo" names the reviewer, not who delivers
    who = _pick(roles, skip) or _pick(abbrs, skip) or _first(_TRAINED_ADULT, text, skip)
    if who is None:
        for m in _AGENT.finditer(text):
            if not any(a <= m.start() < b for a, b in skip) and not _NOT_AGENT.search(m.group(0)):
                who = (m.start() + m.group(0).find(" ") + 1, m.end())
                break
    document = review is not None and _DOCUMENT.match(text) is not None
    if who is None and document:  # "an asthma care plan reviewed yearly by the school nurse"
        who = _pick([sp for sp in roles + abbrs if review[0] <= sp[0] < review[1]], [])
    if who:  # widen to the whole role: "a specialist autism outreach teacher"
        m = _ROLE_LEFT.search(text, max(0, who[0] - 60), who[0])
        if m:
            who = (m.start(), who[1])
    slots = {
        "what": None,
        "who": who,
        # a written plan or protocol is provided by writing and reviewing it: its review cadence is
        # how often it is provided
        "frequency": _pick(freqs, skip) or _pick(_all(_EVENT_FREQ_F, text, low), skip) or (_pick([sp for sp in freqs if review[0] <= sp[0] < review[1]], [])
                                            if document else None),
        "duration": _pick(durs, skip),
        "group": _pick(groups, []),
        "review": review,
    }
    # the "teaching" of "teaching assistant" or the "sessions" of "3 x 30-minute sessions weekly"
    # are not the what
    taken = [sp for sp in slots.values() if sp] + freqs + durs + groups + roles + abbrs
    for m in _WHAT_F.finditer(text, low):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if not (_UNIT_NOUN.fullmatch(text, m.start(), m.end())
                and _QUANTITY_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            slots["what"] = m.span()
            break
    if slots["what"] is None:
        slots["what"] = _structural_what(text, taken) or _first(_ACTIVITY, text)
    # every group mention holds "group": most items skip the search (exact when the text folds)
    mention = (low is None or "group" in low) and any(not _GROUP_NOT_SIZE.search(text[max(0, m.start() - 12):m.end()])
                                                   for m in _GROUP_MENTION.finditer(text))
    text, low = original, low_original
    out = ProvisionAnalysis(text=text, slots=slots, group_mentioned=mention,
                            who_stand_in=None if who else _first(_NOT_WHO, text))
    advice = next(iter(_QUOTED_ADVICE_F.finditer(text, low)), None) is not None
    seen: set[tuple[int, int]] = set()
    for rx, strong in ((lexicon.strong, True), (lexicon.weak, False), *((p, True) for p in lexicon.patterns)):
        if rx is None:
            continue
        for m in rx.finditer(text, low):
            if (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            phrase = text[m.start():m.end()]  # from the text as written, not the folded copy
            if phrase == "May" and text[:m.start()].strip() and not text[:m.start()].rstrip().endswith((".", ":", ";")):
                continue  # the month ("from May 2027"), not the hedge: mid-sentence "may" is lower case
            is_strong = strong
            if _REGULAR.match(phrase) and slots["frequency"] is not None:
                is_strong = False  # "regular" inside a quantified item is a warning, not an error
            out.hedges.append(Hedge(m.start(), m.end(), phrase, is_strong, advice or _in_quotes(text, m.start())))
    out.hedges.sort(key=lambda h: h.start)
    return out


# --- the `slots` check type ------------------------------------------------------------------

_SUGGEST = {
    "who": "Name the role and expertise of whoever delivers it, e.g. 'a teaching assistant trained in "
           "ELKLAN' or 'an HCPC-registered speech and language therapist'.",
    "frequency": "Say how often and for how long, e.g. '3 x 30 minutes weekly' or 'daily for 15 minutes'.",
    "group": "Give the group size or ratio, e.g. '1:1' or 'a group of no more than 4'.",
    "what": "Name the intervention, programme, strategy or equipment to be provided.",
    "review": "Say when and by whom it is reviewed, e.g. 'reviewed half-termly by the SENCo'.",
}


def provision_items(ctx: Context, key: SectionKey) -> list[Item]:
    """The plan's provision items of one section (``Plan.items``, decided by ehcp_qa.items)."""
    return ctx.plan.section_items(key, ItemKind.PROVISION)


def analysed(ctx: Context, rule_for_lexicon: Rule | None) -> list[tuple[Item, ProvisionAnalysis]]:
    """Every provision item in scope with its analysis, once per plan (keyed on the hedge lexicon)."""
    lex = lexicon_for(rule_for_lexicon)

    def make():
        out = []
        for key in PROVISION_SECTIONS:
            if ctx.plan.section(key) is None:
                continue
            for item in provision_items(ctx, key):
                out.append((item, analyse_provision(item.text, lex)))
        return out

    return ctx.cached(f"provision:{id(lex)}", make)


def _hedge_rule(ctx: Context) -> Rule | None:
    rs = ctx.cache.get("ruleset")
    return rs.get("specificity.vague-provision") if rs is not None else None


@check_type("slots")
def check_slots(rule: Rule, ctx: Context) -> list[Finding]:
    check = rule.params.get("check", "vague")
    lex_rule = rule if check == "vague" else _hedge_rule(ctx)
    scope = set(rule.sections or PROVISION_SECTIONS)
    out: list[Finding] = []
    for item, a in analysed(ctx, lex_rule):
        if item.section not in scope:
            continue
        if check == "vague":
            for h in a.hedges:
                msg = None
                sev = None if h.strong else Severity.WARNING
                if _REGULAR.match(h.phrase) and not h.strong:
                    msg = ("'Regular' is imprecise even though a frequency is given; the stated frequency "
                           "is enough.")
                if h.quoted:
                    sev = Severity.WARNING
                    msg = (rule.message + " The wording appears to come from professional advice: ask the "
                           "advice writer to quantify it rather than copying it into the plan.")
                out.append(rule.finding(section=item.section, start=item.start + h.start,
                                        end=item.start + h.end, text=h.phrase, message=msg, severity=sev))
            continue
        missing = {
            "who": a.slots["who"] is None,
            "frequency": a.slots["frequency"] is None,
            "what": a.slots["what"] is None,
            "review": a.slots["review"] is None,
            "group": not a.group_ok,
        }[check]
        if not missing:
            continue
        msg = None
        if check == "who" and a.who_stand_in:
            msg = rule.message + " A general term such as 'staff' or 'key adult' does not say who, or with what expertise."
        out.append(rule.finding(section=item.section, start=item.start, end=item.end, text=item.text,
                                message=msg, suggestion=rule.suggestion or _SUGGEST.get(check, "")))
    return out
