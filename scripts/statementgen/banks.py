"""Phrase banks. Each bank is (train_entries, test_entries): test-only entries appear only in
test-split statements, so the test split also holds wording the models never saw in training."""

# --- provision: WHAT, per section style ------------------------------------------------------
WHAT = {
    "F": ([
        "a structured speech and language programme targeting expressive vocabulary",
        "Precision Teaching for high-frequency word reading",
        "the Lego Therapy social communication programme",
        "Zones of Regulation sessions",
        "a phonics intervention (Read Write Inc. Fresh Start)",
        "ELSA sessions focused on managing anxiety",
        "a sensory circuit",
        "Attention Autism (Bucket) sessions",
        "pre-teaching of topic vocabulary",
        "a Numicon-based maths intervention",
        "touch-typing practice on a laptop",
        "a Social Stories programme",
        "Colourful Semantics sessions",
        "a handwriting programme (Write from the Start)",
        "Talkabout social skills sessions",
        "the Narrative Therapy programme",
        "an individual reading programme using decodable books",
        "fine motor skills practice from the OT programme",
        "a Comic Strip Conversations session",
        "a structured check-in using a 5-point scale",
        "mobility and orientation training",
        "instruction in Braille",
        "a Makaton signing programme",
        "a language-for-thinking group",
    ], [
        "Intensive Interaction",
        "a Catch Up Numeracy intervention",
        "Memory Magic working-memory training",
        "TEACCH-style work station tasks",
        "Shape Coding sessions for sentence structure",
        "a Toe by Toe reading programme",
        "a Draw and Talk session",
        "an adapted Nuffield Dyspraxia Programme",
    ]),
    "G": ([
        "a physiotherapy stretching programme",
        "administration of buccal midazolam according to the epilepsy care plan",
        "a review of the epilepsy care plan",
        "a dietetic review of the feeding plan",
        "gastrostomy feeds",
        "cognitive behavioural therapy",
        "continence care following the continence plan",
        "hearing aid checks",
        "an orthoptic review",
        "tracheostomy suctioning in line with the care plan",
        "a medication review",
        "a postural management programme",
    ], [
        "blood glucose monitoring",
        "a sleep clinic appointment",
        "a wheelchair service assessment",
        "chest physiotherapy",
    ]),
    "H": ([
        "overnight short breaks",
        "a personal assistant to support community access",
        "a place at the Saturday club for disabled young people",
        "help with personal care at home",
        "a family support package focused on bedtime routines",
        "travel training",
        "a holiday play scheme placement",
        "a direct payment for a sitting service",
        "a carer's assessment for his parents",
    ], [
        "a sibling support group",
        "a befriending service",
        "a residential short-break stay",
    ]),
}

# Generic WHAT that needs an example to make sense ("a literacy intervention such as ...").
WHAT_GENERIC = ([
    "a literacy intervention", "a social communication intervention", "a sensory programme",
    "emotional literacy support", "a maths intervention", "a speech and language programme",
], ["a motor skills programme", "a wellbeing programme"])

# WHAT that is too vague to count as a what (rubric 2: "support", "input", "interventions").
WHAT_VAGUE = ([
    "support with literacy", "input from a speech and language therapist", "interventions",
    "support for his emotional needs", "help with social skills", "additional support",
    "specialist input", "support in class",
], ["support with her learning", "targeted interventions"])

# --- WHO: roles with expertise ---------------------------------------------------------------
WHO = {
    "F": ([
        "a teaching assistant trained in ELKLAN",
        "an HCPC-registered speech and language therapist",
        "a qualified teacher of the deaf",
        "a specialist teacher with an SpLD qualification",
        "an ELSA-trained teaching assistant",
        "the class teacher",
        "the SENCo",
        "a learning support assistant trained in Precision Teaching",
        "an HCPC-registered occupational therapist",
        "the educational psychologist",
        "a qualified teacher of the visually impaired (QTVI)",
        "a habilitation specialist",
        "a trained Lego Therapy facilitator",
        "a higher level teaching assistant",
        "a specialist autism outreach teacher",
        "a teaching assistant trained by the speech and language therapist",
        "a BACP-registered counsellor",
        "a teaching assistant with Team Teach training",
    ], [
        "a Makaton-trained support worker",
        "a specialist dyscalculia tutor",
        "an advanced practitioner in autism",
        "a teacher from the Sensory Support Service",
        "the form tutor",
        "a speech and language therapy assistant supervised by the SLT",
    ]),
    "G": ([
        "the school nurse",
        "an HCPC-registered physiotherapist",
        "a paediatric dietitian",
        "the community paediatrician",
        "a CAMHS clinical psychologist",
        "a continence nurse specialist",
        "the epilepsy specialist nurse",
        "two staff trained by the epilepsy nurse",
        "the audiologist",
        "a children's community nurse",
    ], [
        "the diabetes specialist nurse",
        "an orthoptist",
        "a respiratory physiotherapist",
    ]),
    "H": ([
        "a social worker from the Children with Disabilities Team",
        "a personal assistant employed through a direct payment",
        "carers from the commissioned short-breaks provider",
        "a family support worker",
        "a residential care worker",
        "an Early Help practitioner",
    ], [
        "a trained befriender from the commissioned service",
        "the short-breaks co-ordinator",
    ]),
}

# Bare "who" that names no role (contract: not a who).
WHO_BARE = ([
    "staff", "school staff", "a key adult", "the setting", "adults in class", "the school",
    "a familiar adult", "the team",
], ["the provider", "an adult", "professionals"])

# --- HOW OFTEN / HOW MUCH: (text, duration substring or None) --------------------------------
FREQ = ([
    ("three times a week", None), ("3 x 30 minutes weekly", "30 minutes"),
    ("3x30 mins/wk", "30 mins"), ("daily for 15 minutes", "15 minutes"), ("each morning", None),
    ("every afternoon", None), ("twice weekly", None), ("once a week", None),
    ("fortnightly", None), ("twice termly", None), ("once each half-term", None),
    ("25 hours per week", None), ("for 20 minutes every day", "20 minutes"),
    ("2 x 45-minute sessions per week", "45-minute"), ("weekly", None), ("every school day", None),
    ("four times a week", None), ("at the start of every lesson", None), ("each lunchtime", None),
    ("5 sessions per week", None), ("one hour per week", None), ("once per term", None),
    ("monthly", None), ("two sessions a week", None), ("32.5 hours per week", None),
    ("three mornings a week", None), ("10 hours a week", None), ("half-termly", None),
    ("every day at break and lunch", None), ("once a fortnight for 1 hour", "1 hour"),
    ("5 x 10 minutes daily", "10 minutes"), ("twice a day", None),
    ("every Tuesday and Friday", None), ("on three afternoons a week", None),
    ("on Mondays, Wednesdays and Fridays", None), ("every other day", None),
    ("two mornings per week", None), ("four x 20 minutes each week", "20 minutes"),
], [
    ("on alternate days", None), ("every Monday and Thursday", None),
    ("6 x 1-hour sessions per half term", "1-hour"), ("x2 weekly", None),
    ("on four afternoons each week", None), ("for the first 10 minutes of each day", "10 minutes"),
    ("one overnight stay per month", None), ("two days a month", None),
])

# "regular" inside a fully quantified frequency: a warning, still specific.
FREQ_REGULAR = ([
    ("regular weekly sessions of 30 minutes", "30 minutes"),
    ("regular daily 10-minute check-ins", "10-minute"),
], [("a regular slot of 20 minutes twice a week", "20 minutes")])

# Vague frequency: stands in for a frequency, so the frequency slot stays empty.
FREQ_VAGUE = ([
    "regularly", "as needed", "when needed", "as required", "frequently", "on a regular basis",
    "when appropriate", "at times", "throughout the day as needed", "when available",
], ["as and when required", "on occasion", "when staffing allows"])

# Frequencies with an inserted hedge: the slot is filled but the item is not specific.
FREQ_HEDGED = ([
    ("up to three times a week", None), ("up to 5 hours per week", None),
    ("initially daily, reducing to weekly", None), ("2-3 times a week", None),
    ("three times a week where possible", None),
], [("between 1 and 3 sessions weekly", None), ("initially 3 x weekly, reducing to 1 x weekly", None)])

DURATION = ([
    "for 30 minutes", "for 12 weeks", "for two terms", "for the academic year",
    "lasting 20 minutes", "in a 10-week block", "for 45 minutes", "for six weeks",
    "for one term", "for 15 minutes",
], ["over 8 weeks", "for a full school year", "lasting 40 minutes"])

DURATION_HEDGED = (["for 20-45 minutes", "for up to 30 minutes", "for 6-8 weeks"],
                   ["for 10 to 20 minutes"])

GROUP = ([
    "1:1", "individually (1:1)", "in a group of no more than 4", "in pairs",
    "in a group of 3", "2:1", "at a ratio of 1:3", "in a group of no more than six pupils",
], ["one-to-one", "in a group of four", "with a peer (pairs work)"])

GROUP_UNSIZED = (["in a small group", "in small groups", "in a group", "in a nurture group"],
                 ["as part of a group"])

GROUP_HEDGED = (["in a group of up to 4", "in a group of 4-6"], ["1:1 or in a small group"])

REVIEW = ([
    "reviewed half-termly by the SENCo",
    "with progress reviewed termly by the class teacher and SENCo",
    "with progress monitored each half term by the speech and language therapist",
    "to be reviewed at the annual review",
    "reviewed after 6 weeks by the educational psychologist",
    "reviewed each term by the school nurse",
], ["with outcomes checked at each termly review meeting", "reviewed every 8 weeks by the OT"])

# Hedges that end a sentence (the clause leaves room for doubt).
HEDGE_SUFFIX = ([
    "where possible", "as appropriate", "where appropriate", "subject to review",
    "if staffing allows", "as deemed necessary", "where practicable",
    "when time allows", "if resources allow", "at staff discretion", "where feasible",
], ["when resources permit", "at the school's discretion"])

# Hedges that wrap the WHAT.
HEDGE_WHAT_PREFIX = (["access to", "opportunities to take part in", "opportunities for",
                      "the opportunity to access", "the option of"],
                     ["the chance to access"])
HEDGE_WHAT_SUFFIX = ([" or equivalent", " etc.", " or a similar programme"], [" or similar"])

# Modal hedges replacing "will".
HEDGE_MODAL = (["should", "could", "would ideally", "may"], ["might"])

NAMES = (["Amira", "Sam", "Oliver", "Leo", "Maya", "Jayden", "Freya", "Kacper", "Aisha", "Noah",
          "Ruby", "Harrison", "Zainab", "Tyler", "Chloe", "Ibrahim"],
         ["Priya", "Callum", "Wiktoria", "Dylan", "Mohammed", "Evie"])

# Child's need area, used in purpose prefixes ("To support Sam's attention, ...").
NEED = ["attention", "communication", "reading", "anxiety", "sensory regulation", "fine motor skills",
        "independence", "social interaction", "writing", "mobility"]
