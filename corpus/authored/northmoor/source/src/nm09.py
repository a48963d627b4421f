from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Jacob's views were gathered by his teaching assistant, Mrs Sharon Delaney, using a 'likes and dislikes' sorting "
      "activity with pictures, and by his parents at home. Jacob also drew a picture of his ideal classroom."),
    P("Jacob is 8 and is in Year 3 at Mossbank Junior School. He lives with his mum, Laura Whitworth, his dad, Martin "
      "Whitworth, and his sister, Evie, who is 11 and at Mossbank High. The family have a tortoise called Dave."),
    P("Jacob likes: trains (especially steam engines), maps, the number 7, Thomas the Tank Engine videos, swinging, "
      "chips, the computer room and his weighted lap pad. He knows all the stations on the line from Northmoor to "
      "Leeds. He is very good at jigsaws and remembering facts."),
    P("Jacob does not like: assembly, the hand dryer, wet play, being touched unexpectedly, mashed potato, changes to "
      "the timetable, and writing stories. His ideal classroom had “no talking, a train track round the edge and a den "
      "in the corner”."),
    P("Jacob said: “I like Mrs Delaney because she tells me what is happening. I don't like it when it is loud. I want "
      "to drive a train when I am grown up.”"),
    H2("Parents' views"),
    P("Laura and Martin said: “Jacob is clever and funny in his own way and knows more about trains than anyone we "
      "know. He holds it together at school and then melts down when he gets home, sometimes for an hour. Mornings are "
      "very hard: he often refuses to get dressed for school and has missed 14 mornings this year. We want him to be "
      "happy at school, to have a friend, and to be able to tell someone when he is upset instead of bottling it up.”"),
    P("Martin added that Jacob has become more anxious since moving to the junior school, where the building is larger "
      "and the playground is shared with Years 5 and 6. He has started asking every evening whether tomorrow will be a "
      "'normal day', and he finds it very hard when there is a supply teacher. Sundays are difficult because he worries "
      "about Monday."),
    P("They would like school to use the same visual timetable and calm-down strategies as they use at home, and to "
      "give them a short note each day about how Jacob's day went, because he will not tell them."),
    P("Jacob's class teacher, Miss Harriet Shaw, said that Jacob has a great memory and a dry sense of humour, and that "
      "other children are interested in his train knowledge when he is given the chance to share it, for example in a "
      "'show and tell' slot."),
    H2("Aspirations"),
    P("The family hope that Jacob will stay in mainstream school with the right support, go on to Mossbank High with "
      "his sister, and in the future have a job that uses his interests and memory, perhaps on the railways."),
    H2("History"),
    P("Jacob met his early milestones, but his parents noticed at about 2 years old that he did not respond to his name "
      "and lined up his toys. He was diagnosed with autism by the Northmoor Child Development Centre in January 2023, when "
      "he was in Reception at Mossbank Infant School. He had SEN support in Key Stage 1 and moved to Mossbank Junior "
      "School in September 2025. The junior school requested an EHC needs assessment in November 2025 because of the "
      "level of his distress and his difficulty coping with the move."),
]))
S.append(("B", HEAD["B"], [
    P("Jacob's main area of need is communication and interaction (autism). The information below is taken from the "
      "advice of the Educational Psychologist (EP), Dr Jasmine Coyle, the Autism Outreach Team, the speech and language "
      "therapist and school."),
    H2("Strengths"),
    P("Jacob has an excellent memory for facts, routes and timetables, reads fluently, and is accurate in number work. "
      "He is honest, follows rules carefully when he understands them, and is kind to younger children. He works hard "
      "when a task is linked to his interests, and he can concentrate for long periods on a task he has chosen."),
    H2("Communication and interaction"),
    P("Jacob is autistic. He has a good vocabulary and speaks in full sentences, especially about his interests, but he "
      "finds two-way conversation hard. He talks at length about trains and finds it difficult to notice when the "
      "listener has lost interest. He takes language literally: when told to “hang on a minute” he waited and then "
      "became upset when it took longer. He finds it hard to understand other people's feelings and intentions, and "
      "to join in with group play. The speech and language therapist, Mrs Fiona Redfern, found his understanding of "
      "inference and figurative language to be well below his age (CELF-5 Pragmatics Profile below the 5th centile). "
      "She advises that Jacob needs “explicit teaching of social communication skills in a small group, with lots of "
      "practice in real situations.”"),
    P("At playtimes Jacob usually walks around the edge of the playground on his own, or plays trains with one younger "
      "child. He has said he wants a friend but doesn't know how to join in."),
    P("In class, Jacob prefers to work alone and can become upset if a partner does not follow the rules of a task "
      "exactly. He answers questions well when they are about facts but finds open questions such as 'how do you think "
      "he felt?' very difficult. He often needs instructions repeated individually because he does not realise that an "
      "instruction given to the whole class applies to him."),
    H2("Cognition and learning"),
    P("Jacob's reading is a strength: he decodes well and his reading age is 9 years 2 months. His comprehension of "
      "fiction is weaker, particularly questions about characters' feelings. She finds writing very difficult. Her "
      "handwriting is laboured and she struggles to generate ideas for stories, although she can write factual "
      "pieces about her interests. In mathematics Jacob is working at the expected standard for number and "
      "calculation but finds word problems and reasoning hard."),
    H2("Social, emotional and mental health"),
    P("Jacob experiences high levels of anxiety, particularly around change, noise and unstructured times. At school "
      "this shows as withdrawal, hiding under the table, covering his ears and occasionally running out of the classroom "
      "(7 times this year). Lunchtime is the most difficult part of the day: he often eats very little because of the "
      "noise in the hall, and he has twice been found hiding in the toilets at the end of lunch. She masks a lot of her distress at school and releases it at home. His attendance is 88%, "
      "mainly because of late arrival or refusal in the mornings. The EP notes that Jacob “is at risk of emotionally "
      "based school avoidance if his anxiety is not recognised and reduced.”"),
    P("The Autism Outreach Team specialist teacher, Mr Aled Price, observed Jacob over two half-days in January 2026. "
      "He noted that Jacob coped well in structured, predictable lessons such as mathematics and computing, where the "
      "task was clear and the noise level low, but became visibly anxious (rocking, humming, covering his ears) during a "
      "noisy group task in topic and at the transition to lunch. He recommended a consistent morning routine with a "
      "familiar adult, a visual timetable with changes shown in advance, a quiet workstation, clear and literal "
      "language, a planned alternative to the dining hall, and a named adult Jacob can go to when he is worried. He "
      "also recommended that staff receive autism awareness training, since several staff are new to the school."),
    H2("Sensory and/or physical needs"),
    P("Jacob has sensory processing differences. He is over-sensitive to noise, touch and some food textures, and seeks "
      "movement and deep pressure. Assemblies, the dining hall and the hand dryers are very difficult for him. His fine "
      "motor skills are below age expectations, affecting handwriting and using scissors and cutlery."),
]))
S.append(("C", HEAD["C"], [
    P("Jacob has a diagnosis of autism from the Northmoor Child Development Centre. He is under the care of the "
      "community paediatrician, Dr Gareth Rowe, for sleep difficulties: he takes a long time to fall asleep and takes "
      "melatonin, prescribed by Dr Rowe. He has a restricted diet (about 20 foods), which is monitored by his GP."),
    P("Dr Rowe's advice (January 2026) notes that Jacob's growth is within the normal range, that his sleep has "
      "improved since melatonin was started, and that the family has been given advice on a bedtime routine. He does "
      "not recommend any further health provision at school."),
]))
S.append(("D", HEAD["D"], [
    P("Jacob has no social care needs. The family have not requested a social care assessment. Social care advice was "
      "requested and the Children with Disabilities Team confirmed the family are not known to them."),
]))
S.append(("E", HEAD["E"], [
    P("The following outcomes have been agreed with Jacob's parents at the planning meeting held at Mossbank Junior "
      "School on 26 March 2026. School will set targets towards them in Jacob's SEN support plan."),
    H2("Communication and interaction"),
    O("1. By July 2027, Jacob will join in a structured game with 2 or 3 peers at playtime, taking turns and following the "
      "rules, on 3 occasions a week, as observed by the lunchtime supervisor.",
      s="Jacob", b="join in a structured game with 2 or 3 peers at playtime, taking turns and following the rules",
      c=["on 3 occasions a week", "as observed by the lunchtime supervisor"], t="By July 2027"),
    O("2. Jacob will develop his conversation skills.", note="Vague verb; no criterion or date."),
    O("3. By July 2025, Jacob will explain what a common idiom means (for example 'pull your socks up') in 4 out of 5 "
      "examples.",
      s="Jacob", b="explain what a common idiom means (for example 'pull your socks up')", c="in 4 out of 5 examples",
      t="By July 2025", note="Date is before the plan date: time-bound in form but already past."),
    H2("Cognition and learning"),
    O("4. By July 2027, Jacob will write a story of at least 8 sentences using a visual planner, with a beginning, middle "
      "and end.",
      s="Jacob", b="write a story of at least 8 sentences using a visual planner, with a beginning, middle and end",
      c="at least 8 sentences", t="By July 2027"),
    O("5. Jacob will improve his reading comprehension.", note="No criterion or date."),
    H2("Social, emotional and mental health"),
    O("6. By July 2027, Jacob will use his 'help' card or tell an adult when he is anxious, instead of leaving the room, "
      "so that he leaves the classroom without permission no more than once a half-term.",
      s="Jacob", b="use his 'help' card or tell an adult when he is anxious, instead of leaving the room",
      c="no more than once a half-term", t="By July 2027"),
    O("7. Jacob will be happy to come to school.", asp=True, note="An aspiration written as an outcome."),
    H2("Sensory and/or physical"),
    O("8. By July 2027, Jacob will use his sensory strategies.", t="By July 2027", s="Jacob", b=[],
      note="No behaviour or criterion stated beyond 'use his strategies'."),
]))
S.append(("F", HEAD["F"], [
    P("Mossbank Junior School will provide the following support. The SENCo, Mrs Carole Nuttall, will make sure that "
      "all staff working with Jacob know about his needs and follow the advice of the Autism Outreach Team. Jacob's "
      "provision is funded at Northmoor banding level C&I 2."),
    T("Communication and interaction", [
        ("Autism: social communication and interaction", [
            R("Social communication group using the Socially Speaking programme.", "TA trained by the Autism Outreach Team",
              "Once weekly until December 2025", "40 minutes", "Group of 4", f=["Once weekly"], spec=False,
              note="Frequency given, but the provision ended in December 2025, before the plan date."),
            R("Speech and language therapy: assessment and advice.", "Speech and language therapist", "Termly", "", "1:1",
              what=["assessment and advice"], note="No session length; 'advice' not a defined programme."),
            R("Social stories and comic strip conversations to prepare for new or difficult situations.", "Teaching assistant (Mrs Sharon Delaney)",
              "As needed", "", "1:1", vague=True, nodur=True),
            R("Visual timetable, 'now and next' board and warnings of changes.", "Class teacher", "Daily", "", "N/A", nodur=True),
            R("Autism Outreach Team advice and training for staff.", "Autism Outreach Team", "Up to 3 visits a year", "", "", vague=True, f=[]),
        ]),
    ]),
    T("Cognition and learning", [
        ("Writing and comprehension", [
            R("Small group literacy interventions.", "TA", "3 times a week", "30 minutes", "Small group", what=[], vague=True),
            R("Visual writing planners, word banks and the option to write about his interests.", "Class teacher", "Every writing lesson", "", "N/A", nodur=True),
            R("Handwriting programme.", "TA", "Regularly", "", "1:1", vague=True),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Anxiety; risk of school avoidance", [
            R("Meet and greet at the school gate and a calm start in the library.", "Teaching assistant (Mrs Sharon Delaney)",
              "Daily at 8.40am", "15 minutes", "1:1"),
            R("Access to a quiet space when anxious.", "Staff", "When needed", "", "N/A", vague=True, nodur=True, what=["a quiet space"]),
            R("Home-school communication book.", "Class teacher or TA", "Daily", "", "N/A", nodur=True),
        ]),
    ]),
    T("Sensory and/or physical", [
        ("Sensory processing differences", [
            R("Sensory circuit (movement and deep-pressure activities) before school and after lunch.", "TA trained in sensory circuits",
              "Twice daily", "10 minutes", "Group of 3"),
            R("Ear defenders, weighted lap pad and fidget tools available; exemption from whole-school assemblies.",
              "Class teacher", "Every lesson", "", "N/A", nodur=True),
            R("Occupational therapy assessment.", "OT", "TBC", "", "1:1", f=[], nodur=True, spec=False, note="Frequency left as TBC."),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Health provision agreed by the Designated Clinical Officer on 14 April 2026."),
    T("Health provision", [
        ("Sleep difficulties", [
            R("Review of sleep and melatonin prescription.", "Community paediatrician (Dr Gareth Rowe)", "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Restricted diet", [
            R("Monitoring of growth and diet.", "GP", "Annually", "", "1:1", nodur=True),
        ]),
    ]),
]))
S.append(("H1", HEAD["H1"], []))
S.append(("H2", HEAD["H2"], [P("No other social care provision is required.")]))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "Mossbank Junior School, Chapel Street, Mossbank, Northmoor"],
        ["Type of school", "Mainstream junior school (7-11)"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [P("No personal budget has been requested. Laura and Martin were given information about "
      "personal budgets and about the Northmoor Local Offer, including autism-friendly holiday activities and the "
      "parent workshops run by the Autism Outreach Team, which they said they would like to attend.")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Jacob's views", "Jacob Whitworth, with Mrs Sharon Delaney", "12 January 2026"],
        ["Parental advice", "Laura and Martin Whitworth", "9 January 2026"],
        ["Educational advice", "Mrs Carole Nuttall, SENCo, Mossbank Junior School", "15 January 2026"],
        ["Educational psychology advice", "Dr Jasmine Coyle, Educational Psychologist", "2 February 2026"],
        ["Speech and language therapy advice", "Mrs Fiona Redfern, Speech and Language Therapist", "28 January 2026"],
        ["Autism Outreach Team advice", "Mr Aled Price, Specialist Teacher", "21 January 2026"],
        ["Medical advice", "Dr Gareth Rowe, Community Paediatrician", "30 January 2026"],
        ["Social care advice", "Children with Disabilities Team", "20 January 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="jacob_whitworth", child="Jacob Whitworth", dob="2017-11-30", plan_date="2026-04-22", status="final",
    grade="requires_improvement",
    cover=cover("Jacob Whitworth", "30 November 2017", "495 617 2038", "J823404410018", "22 April 2026", "Final",
                "Mark Tennant, SEND Caseworker", school="Mossbank Junior School (Year 3)"),
    contacts=[["Laura and Martin Whitworth", "Parents", "Via the SEND caseworker"],
              ["Mrs Carole Nuttall", "SENCo, Mossbank Junior School", "Via the school office"],
              ["Mrs Sharon Delaney", "Teaching assistant", "Via the school office"],
              ["Mr Aled Price", "Specialist Teacher, Autism Outreach Team", "01632 960 422"],
              ["Mark Tennant", "SEND Caseworker, Northmoor County Council", "01632 960 146"]],
    sections=S, status_of={"D": "nil", "H1": "blank", "H2": "nil", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F/G tables with merged "
           "title row and vertically merged Need column; H1 heading with nothing under it.",
    rationale=("Requires improvement. A is a reasonable picture with Jacob's own words and his parents' views, and B describes "
               "his autism-related needs with advice quoted. But: copy-paste errors leave 'she/her' for Jacob in three sentences of B; only 3 of 8 "
               "outcomes are SMART (others vague, an aspiration, and one dated July 2025, before the plan date); much of F is "
               "unquantified ('as needed', 'regularly', 'small group', 'up to 3 visits', 'TBC', SaLT 'termly' advice only) and "
               "the social communication group ended in December 2025; fine motor needs in B have only an OT assessment 'TBC'; "
               "H1 is blank rather than nil. C/G are complete and agreed by the DCO. Not inadequate: sections present, most needs "
               "have some provision, several items are well specified."),
    faults=[
        dict(kind="wrong-pronoun", section="B", sentence="She finds writing very difficult."),
        dict(kind="wrong-pronoun", section="B", sentence="Her handwriting is laboured and she struggles to generate ideas for stories, although she can write factual pieces about her interests."),
        dict(kind="wrong-pronoun", section="B", sentence="She masks a lot of her distress at school and releases it at home."),
        dict(kind="past-date", section="E", sentence="3. By July 2025, Jacob will explain what a common idiom means (for example 'pull your socks up') in 4 out of 5 examples."),
        dict(kind="past-date", section="F", sentence="Once weekly until December 2025"),
        dict(kind="outcome-not-smart", section="E", sentence="2. Jacob will develop his conversation skills."),
        dict(kind="outcome-not-smart", section="E", sentence="5. Jacob will improve his reading comprehension."),
        dict(kind="aspiration-as-outcome", section="E", sentence="7. Jacob will be happy to come to school."),
        dict(kind="outcome-not-smart", section="E", sentence="8. By July 2027, Jacob will use his sensory strategies."),
        dict(kind="vague-provision", section="F", sentence="Social stories and comic strip conversations to prepare for new or difficult situations. | Teaching assistant (Mrs Sharon Delaney) | As needed"),
        dict(kind="vague-provision", section="F", sentence="Autism Outreach Team advice and training for staff. | Autism Outreach Team | Up to 3 visits a year"),
        dict(kind="vague-provision", section="F", sentence="Small group literacy interventions. | TA | 3 times a week, 30 minutes | Small group"),
        dict(kind="vague-provision", section="F", sentence="Handwriting programme. | TA | Regularly"),
        dict(kind="vague-provision", section="F", sentence="Access to a quiet space when anxious. | Staff | When needed"),
        dict(kind="placeholder", section="F", sentence="Occupational therapy assessment. | OT | TBC | 1:1"),
        dict(kind="blank-section", section="H1", sentence=HEAD["H1"]),
    ],
)
