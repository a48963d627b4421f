"""Phrase banks for the DEV split: each bank is (train entries, dev-only entries).

Dev items draw about half their words from the dev-only entries, written for round 2 and distinct
from both the train and the test entries in ``banks.py`` (``tests/test_statements.py`` checks that no
dev entry is a train or test entry). The rule checks were tuned on the train split only, so dev holds
wording the rules have never seen: the combiner of rules and model is fitted there.
"""
from . import banks as B


def _dev(bank, extra):
    return (bank[0], extra)


WHAT = {
    "F": _dev(B.WHAT["F"], [
        "a Rapid Reading intervention",
        "the Talk Boost language programme",
        "a Plus One maths intervention",
        "a personalised spelling programme using Nessy",
        "an anxiety-management programme based on the Homunculi approach",
        "a structured social skills group using the Socially Speaking programme",
        "a speech sound programme targeting /s/ clusters",
        "a daily Sensory Integration circuit planned by the OT",
        "a Better Reading Partnership programme",
        "keyboard skills teaching with Doorway Online",
    ]),
    "G": _dev(B.WHAT["G"], [
        "an asthma care plan review",
        "a splinting and stretching programme",
        "insulin administration in line with the diabetes care plan",
        "a hydrotherapy programme",
        "an eating and drinking assessment",
        "a seating and posture review",
    ]),
    "H": _dev(B.WHAT["H"], [
        "a youth club place with a support worker",
        "a community activity programme at weekends",
        "after-school club transport",
        "an overnight respite placement",
    ]),
}

WHAT_GENERIC = _dev(B.WHAT_GENERIC, ["a numeracy programme", "an anxiety programme", "a reading scheme"])
WHAT_VAGUE = _dev(B.WHAT_VAGUE, ["extra help", "support from adults", "a range of strategies",
                                 "appropriate interventions", "general help with his work"])

WHO = {
    "F": _dev(B.WHO["F"], [
        "a teaching assistant trained in Talk Boost",
        "a Level 3 teaching assistant with autism training",
        "an HCPC-registered speech and language therapist from the NHS team",
        "a specialist teacher for hearing impairment",
        "the school's assistant SENCo",
        "a learning mentor trained in the Homunculi approach",
        "a qualified dyslexia specialist teacher (AMBDA)",
    ]),
    "G": _dev(B.WHO["G"], [
        "a paediatric occupational therapist",
        "the community children's nursing team",
        "two staff trained by the diabetes nurse",
        "a hydrotherapy-trained physiotherapy assistant",
    ]),
    "H": _dev(B.WHO["H"], [
        "a support worker from the commissioned youth service",
        "the allocated social worker",
        "a registered foster carer for short breaks",
    ]),
}

WHO_BARE = _dev(B.WHO_BARE, ["support staff", "everyone in class", "adults in school", "the class team",
                             "whoever is available"])

# (text, duration substring or None). New phrasings of how often / how much.
FREQ = _dev(B.FREQ, [
    ("every Wednesday", None), ("on Tuesday and Thursday mornings", None),
    ("three lunchtimes a week", None), ("twice per week", None), ("one session each week", None),
    ("every weekday morning", None), ("three times per fortnight", None), ("7 hours a week", None),
    ("once every half term", None), ("at every transition between lessons", None),
    ("for 25 minutes three times a week", "25 minutes"), ("daily at registration", None),
    ("4 x 15 mins per week", "15 mins"), ("every Monday, Wednesday and Friday", None),
    ("each break time", None), ("once a month for 2 hours", "2 hours"),
])
FREQ_REGULAR = B.FREQ_REGULAR
FREQ_VAGUE = _dev(B.FREQ_VAGUE, ["periodically", "from time to time", "when the need arises",
                                 "intermittently", "as circumstances dictate", "now and then"])
FREQ_HEDGED = _dev(B.FREQ_HEDGED, [
    ("ideally twice a week", None), ("approximately three times a week", None),
    ("one to two sessions weekly", None), ("three times a week if possible", None),
    ("around 2 hours a week", None), ("daily at first, then weekly", None),
])

DURATION = _dev(B.DURATION, ["for 50 minutes", "for a ten-week block", "for the autumn term",
                             "lasting half an hour", "over two half-terms"])
DURATION_HEDGED = _dev(B.DURATION_HEDGED, ["for roughly 20 minutes", "for 15-20 minutes",
                                           "for as long as he can manage"])

GROUP = _dev(B.GROUP, ["in a group of five", "1-to-1", "at a 1:2 ratio", "with one other pupil",
                       "in a group of no more than three"])
GROUP_UNSIZED = _dev(B.GROUP_UNSIZED, ["with a few peers", "alongside other pupils in a group",
                                       "in a small-group setting"])
GROUP_HEDGED = _dev(B.GROUP_HEDGED, ["in a group of around six", "in a group of 3 or 4"])

REVIEW = _dev(B.REVIEW, ["with progress reviewed at each termly SEN support meeting",
                         "reviewed by the SLT after 10 sessions", "reviewed every half-term by the SENCo"])

HEDGE_SUFFIX = _dev(B.HEDGE_SUFFIX, ["subject to availability", "if circumstances allow",
                                     "when the timetable permits", "at the discretion of the SENCo",
                                     "depending on capacity", "as far as possible", "budget permitting"])
HEDGE_WHAT_PREFIX = _dev(B.HEDGE_WHAT_PREFIX, ["the possibility of", "the offer of", "availability of",
                                               "chances to join"])
HEDGE_WHAT_SUFFIX = _dev(B.HEDGE_WHAT_SUFFIX, [" or comparable", " or an alternative programme",
                                               " and similar activities"])
HEDGE_MODAL = _dev(B.HEDGE_MODAL, ["can", "ought to", "would"])

NAMES = _dev(B.NAMES, ["Hannah", "Kofi", "Ellis", "Natalia", "Yusuf", "Poppy"])
NEED = B.NEED

# --- outcomes -----------------------------------------------------------------------------------
OUTCOME_EXTRA = {
    "SKILLS": [
        "write a shopping list of five items",
        "cross the road safely at a pelican crossing",
        "use a number line to add two numbers to 20",
        "put on {poss} own coat and shoes",
        "tell an adult when worried using {poss} feelings fan",
        "read a bus timetable to find the next bus",
        "greet a visitor and introduce {self}",
        "retell a familiar story in the right order",
    ],
    "CRITERIA": [
        "on 4 of 5 attempts", "unaided", "with no reminders", "in three different settings",
        "scoring at least 8 out of 10 on a teacher check", "without a prompt on 9 out of 10 days",
        "for a sustained period of 15 minutes", "each time it is needed over a four-week period",
    ],
    "TIMES": [
        "by the end of Year 8", "by the spring half-term 2027", "within the next 9 months",
        "by {poss} fourteenth birthday", "before the end of Key Stage 4", "by the close of the summer term 2027",
        "by the end of {poss} time at primary school in July 2028",
    ],
    "VAGUE_VERBS": [
        "get better at {poss} spelling", "work on {poss} listening", "build {poss} resilience",
        "increase {poss} confidence in maths", "show more independence", "try harder with {poss} writing",
    ],
    "PROVISION_AS_OUTCOME": [
        "get support from a teaching assistant in maths", "be given extra time in tests",
        "attend a social skills group", "see the school counsellor every week",
        "be taught in a small class", "use a laptop provided by the school",
        "have sessions with an occupational therapist", "be helped by an adult at lunchtime",
        "be offered a place in the nurture room", "continue to receive a sensory diet",
    ],
    "ASPIRATIONS": [
        "I would love to travel the world", "To enjoy school", "{name} dreams of becoming a nurse",
        "To have a good life", "My goal is to be a YouTuber", "{name}'s family hope {name} will live independently",
    ],
    "NO_SUBJECT": ["Will {skill} {crit} {time}.", "Target - {skill} {crit} {time}.",
                   "Learner to {skill} {crit} {time}."],
}
