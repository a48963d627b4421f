from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Amara's views were gathered by her class teacher, Mr Jonah Fairweather, and her speech and language therapist, "
      "Lucy Brandreth, during September 2026, using her communication aid (a Grid Pad with symbol vocabulary), a "
      "'thumbs up / thumbs down' choice board and video of Amara's favourite activities, which Amara watched and "
      "commented on. Her mum, Chiamaka Okonkwo, was present for two of the sessions."),
    P("Amara is 11 and is in Year 6 (Class Kingfisher) at Oakfield School, a special school for pupils with severe and "
      "complex learning difficulties. She lives with her mum and her brothers Daniel (16) and Tobi (8). Her dad, Emeka "
      "Okonkwo, lives in Leeds and Amara visits him in the holidays."),
    P("Using her Grid Pad, Amara told us: “I like swing. I like music. I like Mummy. Bubbles. Pizza. Daniel funny.” She "
      "chose ‘thumbs down’ for “noisy dinner hall”, “coat on” and “bus late”. When shown a video of the sensory room she "
      "signed ‘more’ and pressed “happy”. When asked what she wants to learn she chose “cooking” and “iPad music”."),
    P("Things people like about Amara (from her class team): she has a wonderful laugh, she loves to dance, she is very "
      "observant and notices when a friend is upset, and she is determined to do things for herself."),
    H2("How Amara communicates"),
    P("Amara uses some single spoken words (“Mummy”, “no”, “more”), about 40 Makaton signs and her Grid Pad "
      "with around 200 symbols. She communicates a lot through her behaviour: when she is anxious she flaps her hands, "
      "hums loudly and may bite her own wrist. Adults should give her one short instruction at a time with a symbol or "
      "object of reference, wait at least 10 seconds, and model on her Grid Pad as they speak."),
    H2("Views of Amara's family"),
    P("Chiamaka said: “Amara has come on so much at Oakfield. She can tell me now what she wants with her talker. I want "
      "her to keep that going and to be able to tell people when she is in pain or upset, because that is my biggest "
      "worry. I want her to be as independent as she can be with dressing and eating, and to have friends.” She would "
      "like Amara's secondary placement to keep the same communication system and to include swimming and music."),
    P("Longer term, the family hopes Amara will live in a supported home near them, have a day with meaningful activity "
      "such as work in a garden centre or café, and be happy and healthy."),
    H2("History"),
    P("Amara was diagnosed with autism and global developmental delay at age 3 by the Northmoor Child Development Centre. "
      "A genetic test in 2020 found a chromosome 15q duplication. She attended Oakfield's nursery class from age 3 and her "
      "EHC plan was first issued in 2018. This draft plan follows the Year 6 phase transfer review held on 23 September "
      "2026, which considered her move to secondary phase in September 2027."),
]))
S.append(("B", HEAD["B"], [
    P("Amara's needs are set out under the four broad areas. Information comes from the advice in Section K, including "
      "the Educational Psychologist (EP) advice from Dr Farah Iqbal and the speech and language therapy (SaLT) advice "
      "from Lucy Brandreth."),
    H2("Strengths"),
    P("Amara is socially motivated, enjoys adult attention and is interested in her peers. She learns routines quickly "
      "when they are visual and consistent. She now uses her Grid Pad to make two-symbol requests (“want swing”), can "
      "match 20 symbols to photographs and can sort objects by colour and size. She feeds herself with a spoon and fork."),
    H2("Communication and interaction"),
    P("Amara has a severe language disorder associated with autism and her learning difficulty. She understands "
      "familiar routine language and about 2 key words in a sentence in context (Derbyshire Language Scheme, September "
      "2026). She uses her Grid Pad mainly to request and rarely to comment, refuse or describe how she feels. Lucy "
      "Brandreth advises: “The priority for the next key stage is to widen Amara's reasons for communicating, "
      "particularly to say no, to say she is in pain and to ask for a break.” Amara finds it hard to share attention "
      "with another person on an activity for more than a minute or two."),
    H2("Cognition and learning"),
    P("Amara has a severe learning difficulty. Dr Iqbal's assessment places her early cognitive skills around a 2 to 3 "
      "year level, with relative strengths in visual matching and memory for routines. She is working at Oakfield's "
      "'Engagement and Early Concepts' pathway. She can count 3 objects with one-to-one correspondence and recognises "
      "her written name. She needs learning broken into very small steps and taught through practical, real-life "
      "activities with many repetitions."),
    H2("Social, emotional and mental health"),
    P("Amara's anxiety rises with noise, waiting and unexpected change. When overwhelmed she may bite her wrist (on "
      "average three times a week this term, leaving marks but not broken skin) or drop to the floor. The school's "
      "positive behaviour support (PBS) plan, written with the Intensive Support Team, has reduced incidents by half "
      "since January 2026. She needs predictable routines, a calm space and adults who recognise her early signs."),
    H2("Sensory and/or physical needs"),
    P("Amara has sensory processing differences. She seeks movement (swinging, bouncing) and deep pressure, and avoids "
      "loud noise and certain textures, especially wet hands and coats. Her fine motor skills are at an early level: she "
      "uses a palmar grasp and cannot yet manage buttons or zips. She needs help with all dressing and is working on "
      "toilet training using a timed routine, with success about half of the time. Gross motor skills are good."),
]))
S.append(("C", HEAD["C"], [
    P("Amara's health needs related to her SEN are:"),
    B("Epilepsy (absence and occasional tonic-clonic seizures), diagnosed in 2024, treated with sodium valproate twice "
      "daily at home. She has an individual healthcare plan and emergency rescue medication (buccal midazolam) is kept "
      "in school. Her last tonic-clonic seizure was in May 2026."),
    B("Constipation, managed with daily Movicol, which affects her comfort and toilet training."),
    B("Sleep difficulties: Amara wakes 2 to 3 times a night; she takes melatonin prescribed by her paediatrician."),
    B("Limited diet: Amara eats about 15 foods, mainly dry and beige foods; her weight is on the 9th centile."),
    B("Dental care: Amara does not tolerate toothbrushing well and needs specialist community dental care."),
]))
S.append(("D", HEAD["D"], [
    P("Amara is known to the Northmoor Children with Disabilities Team (social worker: Marcus Doyle). A child and family "
      "assessment in June 2026 found that Amara is a child in need because of her disability. Her social care needs are:"),
    B("Overnight short breaks, because of the level of care Amara needs at night and the impact of broken sleep on her "
      "mother, who is a single parent caring for three children."),
    B("Support to take part in leisure activities in the holidays, which Amara cannot access without trained 1:1 support."),
    B("Planning for transition to adult social care, which will start formally at age 14."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below run to the end of Key Stage 3 (July 2030), with steps for July 2027 that cover Amara's move "
      "into secondary phase. Oakfield School sets shorter-term targets each term through Amara's individual learning "
      "plan, shared with her mum at termly parents' meetings and reviewed with the SaLT."),
    H2("Communication and interaction"),
    O("1. By July 2027, Amara will use her Grid Pad to {-try to -}say ‘no’, ‘stop’ or ‘break’ to refuse or end an activity{+, "
      "in 4 out of 5 opportunities recorded on her communication log+}.",
      s="Amara", b="use her Grid Pad to say ‘no’, ‘stop’ or ‘break’ to refuse or end an activity",
      c="in 4 out of 5 opportunities recorded on her communication log", t="By July 2027",
      note="Tracked insertion by SEN Team Manager adds the criterion; labelled as the accepted text."),
    O("2. By July 2030, Amara will tell a familiar adult that she is in pain and where, using her Grid Pad body-part "
      "page, on every occasion when staff check with her following a fall or a seizure.",
      s="Amara", b="tell a familiar adult that she is in pain and where, using her Grid Pad body-part page",
      c="on every occasion when staff check with her following a fall or a seizure", t="By July 2030"),
    O("3. By July 2027, Amara will take part in a shared activity with a peer (for example turn-taking on the iPad music "
      "app) for 5 minutes with one adult prompt.",
      s="Amara", b="take part in a shared activity with a peer (for example turn-taking on the iPad music app)",
      c=["for 5 minutes", "with one adult prompt"], t="By July 2027"),
    H2("Cognition and learning"),
    O("4. By July 2030, Amara will follow a 4-step symbol recipe to make a simple snack (for example a sandwich) with "
      "no more than 2 physical prompts.",
      s="Amara", b="follow a 4-step symbol recipe to make a simple snack (for example a sandwich)",
      c="with no more than 2 physical prompts", t="By July 2030"),
    O("5. By July 2027, Amara will count up to 5 objects accurately and give an adult the number asked for, in 4 out of "
      "5 practical activities.",
      s="Amara", b="count up to 5 objects accurately and give an adult the number asked for",
      c="in 4 out of 5 practical activities", t="By July 2027"),
    H2("Social, emotional and mental health"),
    O("6. By July 2027, Amara will use her break card or Grid Pad to ask for a break before she becomes distressed, "
      "{-and incidents of wrist-biting will reduce-}{+so that recorded incidents of wrist-biting reduce from an average of "
      "3 a week to no more than 1 a week over a half-term+}.",
      s="Amara", b="use her break card or Grid Pad to ask for a break before she becomes distressed",
      c="from an average of 3 a week to no more than 1 a week over a half-term", t="By July 2027"),
    H2("Sensory, physical and independence"),
    O("7. By July 2027, Amara will put on and take off her coat with a zip, with help only to start the zip, at the end of "
      "every school day for 4 consecutive weeks.",
      s="Amara", b="put on and take off her coat with a zip, with help only to start the zip",
      c="at the end of every school day for 4 consecutive weeks", t="By July 2027"),
    O("8. By July 2030, Amara will use the toilet when taken at her timed intervals, with fewer than 1 accident a week "
      "over a term.",
      s="Amara", b="use the toilet when taken at her timed intervals", c="with fewer than 1 accident a week over a term", t="By July 2030"),
    O("9. By July 2030, Amara will tolerate toothbrushing at school after lunch for 1 minute, using her sensory "
      "toothbrush and visual timer, on 4 out of 5 days.",
      s="Amara", b="tolerate toothbrushing at school after lunch", c=["for 1 minute", "on 4 out of 5 days"], t="By July 2030"),
]))
S.append(("F", HEAD["F"], [
    P("Oakfield School will make the provision below within a class of no more than 8 pupils with a teacher and at "
      "least 3 teaching assistants. The class teacher, Mr Jonah Fairweather, co-ordinates Amara's provision; the deputy "
      "headteacher and SENCo, Mrs Sonia Prentice, oversees it. Amara's key adult is her teaching assistant (TA), "
      "Ms Tracey Holden, who holds PECS and Makaton training and the Oakfield epilepsy and buccal midazolam training."),
    T("Communication and interaction", [
        ("Severe language disorder; uses a communication aid mainly to request", [
            R("Speech and language therapy: direct sessions on using the Grid Pad to refuse, comment and report pain, "
              "and joint planning with class staff.", "HCPC-registered speech and language therapist, Northmoor SaLT Service (Lucy Brandreth)",
              "{-Regularly-}{+Fortnightly+}", "45 minutes", "1:1",
              note="Tracked change replaces 'Regularly' with 'Fortnightly'; accepted text labelled."),
            R("Aided language modelling on the Grid Pad by all adults in every activity, with the device charged and "
              "with Amara at all times.", "Class teacher and TAs in Kingfisher class", "Throughout the school day", "", "Class of 8",
              f=["Throughout the school day"], nodur=True),
            R("Intensive Interaction sessions to build shared attention and turn-taking.", "Key adult (TA, Ms Tracey Holden)",
              "Daily", "{+15 minutes+}", "1:1"),
            R("Vocabulary updates to the Grid Pad (new topic and secondary-phase pages) and training for new staff on "
              "the device.", "Speech and language therapist with the AAC lead teacher", "Once each half-term", "60 minutes", "Class staff team of 4"),
        ]),
    ]),
    T("Cognition and learning", [
        ("Severe learning difficulty; learns through practical, repeated activity", [
            R("Personalised 'Engagement and Early Concepts' curriculum delivered through sensory and practical "
              "activities, with work broken into small steps and a TEACCH-style work station.",
              "Class teacher, qualified teacher with specialist SLD experience", "Daily", "Full school day (9.00am to 3.15pm)", "Class of 8",
              d=["Full school day (9.00am to 3.15pm)"]),
            R("Early number programme using real objects and songs.", "Key adult (TA, Ms Tracey Holden)", "4 times weekly", "15 minutes", "1:1"),
            R("Cooking and life skills sessions with symbol recipes.", "Class teacher and TA", "Once weekly", "60 minutes", "Group of 4 with 2 adults"),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Anxiety with noise, waiting and change; self-injury when overwhelmed", [
            R("Positive behaviour support (PBS) plan, reviewed with the Intensive Support Team, followed by all staff, "
              "with antecedent–behaviour–consequence recording.", "All Kingfisher class staff; Intensive Support Team clinical psychologist reviews",
              "Plan followed daily; reviewed every 8 weeks", "", "N/A", nodur=True, review="reviewed every 8 weeks"),
            R("Calm space with a beanbag, weighted blanket and ear defenders in the classroom, and a break card.",
              "Class staff", "Available throughout the day", "", "N/A", who_s=["Class staff"], f=["throughout the day"], nodur=True,
              note="'Class staff' read as the Kingfisher class team defined above."),
            R("Lunch in the small dining room before the main sitting{-, where possible-}.", "Key adult (TA)", "Daily at 11.50am", "30 minutes", "Group of 4"),
        ]),
    ]),
    T("Sensory and/or physical", [
        ("Sensory seeking and avoidance", [
            R("Sensory diet set by the occupational therapist, including swing, trampette and deep-pressure activities.",
              "Key adult (TA), trained by the occupational therapist", "3 times daily (9.30am, 11.15am, 1.45pm)", "10 minutes", "1:1"),
            R("Occupational therapy review of the sensory diet and dressing programme.",
              "HCPC-registered occupational therapist, Northmoor Children's OT Service", "Once each term", "60 minutes", "1:1"),
        ]),
        ("Dressing and fine motor skills", [
            R("Dressing practice (coat, shoes) using backward chaining.", "Key adult (TA)", "Daily at home time", "10 minutes", "1:1"),
        ]),
        ("Toilet training", [
            R("Timed toileting routine with a symbol sequence, following the continence nurse's plan.", "Key adult (TA)",
              "Every 90 minutes", "10 minutes", "1:1"),
        ]),
        ("Oral sensitivity and toothbrushing", [
            R("Desensitisation programme and supported toothbrushing with a sensory toothbrush, following the community "
              "dental service's advice.", "Key adult (TA)", "Daily after lunch", "5 minutes", "1:1"),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Health provision agreed by the Designated Clinical Officer on 6 October 2026 (Jane Holloway, DCO, Northmoor ICB)."),
    T("Health provision", [
        ("Epilepsy", [
            R("Individual healthcare plan for epilepsy, including the administration of buccal midazolam, written and "
              "reviewed with school.", "Epilepsy specialist nurse (Sarah Quinn), Northmoor Children's Epilepsy Service",
              "Reviewed every 12 months and after any change in medication", "", "N/A", nodur=True),
            R("Training for Oakfield staff in seizure management and buccal midazolam administration.", "Epilepsy specialist nurse",
              "Once a year each September", "2 hours", "Up to 12 staff", g=[], spec=False,
              note="'Up to 12 staff' is not a definite group size."),
            R("Medical review of epilepsy, sleep and medication.", "Consultant paediatrician (Dr Rachel Obi)", "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Constipation and toilet training", [
            R("Continence assessment, toileting plan and products.", "Children's Continence Service (continence nurse)", "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Limited diet", [
            R("Dietetic assessment and a food-exploration plan shared with home and school.", "Paediatric dietitian, Northmoor Community Nutrition",
              "Assessment by December 2026, then review every 6 months", "", "1:1", nodur=True),
        ]),
        ("Dental care", [
            R("Specialist community dental care with desensitisation visits.", "Northmoor Community Dental Service",
              "Every 6 months", "", "1:1", nodur=True),
        ]),
    ]),
]))
S.append(("H1", HEAD["H1"], [
    T("Social care provision (CSDPA 1970 section 2)", [
        ("Overnight short breaks", [
            R("Overnight short breaks at Cedar Lodge, with Amara's PBS plan, epilepsy plan and communication passport shared.",
              "Cedar Lodge Short Break Service (Northmoor County Council)", "2 nights a month", "", "1:1 staffing", nodur=True),
        ]),
        ("Holiday leisure activities", [
            R("Specialist holiday play scheme with trained 1:1 support.", "Northmoor Inclusive Play", "8 days in the summer holidays and 3 days each Easter",
              "6 hours a day", "1:1"),
        ]),
    ]),
]))
S.append(("H2", HEAD["H2"], [
    T("Other social care provision", [
        ("Social work support and transition planning", [
            R("Child in need review, including planning for Amara's transition to secondary phase and, from age 14, to "
              "adult social care.", "Social worker (Marcus Doyle), Children with Disabilities Team", "Every 6 months", "60 minutes",
              "Amara's mum and professionals", g=[]),
        ]),
    ]),
]))
S.append(("I", HEAD["I"], [P(DRAFT_I)]))
S.append(("J", HEAD["J"], [
    P("Chiamaka has asked for a direct payment to replace some of the holiday play scheme days with a personal assistant "
      "known to Amara. This will be considered by the Children with Disabilities Team before the plan is finalised."),
]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Amara's views (Grid Pad, choice board and video)", "Amara Okonkwo, with Mr Jonah Fairweather and Lucy Brandreth", "18 September 2026"],
        ["Parental advice", "Chiamaka Okonkwo", "15 September 2026"],
        ["Educational advice", "Mrs Sonia Prentice, Deputy Headteacher and SENCo, Oakfield School", "23 September 2026"],
        ["Educational psychology advice", "Dr Farah Iqbal, Educational Psychologist", "4 September 2026"],
        ["Speech and language therapy advice", "Lucy Brandreth, Speech and Language Therapist", "9 September 2026"],
        ["Occupational therapy advice", "Nadia Sorensen, Occupational Therapist", "11 September 2026"],
        ["Medical advice", "Dr Rachel Obi, Consultant Paediatrician", "1 September 2026"],
        ["Epilepsy nurse advice", "Sarah Quinn, Epilepsy Specialist Nurse", "1 September 2026"],
        ["Positive behaviour support report", "Dr Ellis Grant, Clinical Psychologist, Intensive Support Team", "28 August 2026"],
        ["Social care advice", "Marcus Doyle, Social Worker, Children with Disabilities Team", "14 September 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="amara_okonkwo", child="Amara Okonkwo", dob="2015-07-30", plan_date="2026-10-14", status="draft", grade="outstanding",
    tc_date="2026-10-13T16:20:00Z",
    cover=cover("Amara Okonkwo", "30 July 2015", "804 219 6670", "M823402260015", "14 October 2026", "Draft – not for issue",
                "Rachel Brindley, SEND Caseworker", school="Oakfield School (Year 6)"),
    sections=S, status_of={"I": "blank"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F/G/H1/H2 tables with "
           "merged title row and vertically merged Need column; unaccepted tracked changes (SEN Team Manager) in E and F.",
    rationale=("Outstanding (draft). Amara's views are gathered through her AAC device, a choice board and video, with her own "
               "words and a detailed description of how she communicates; family aspirations are recorded. B covers all four "
               "areas with strengths and assessments; C lists epilepsy, continence, sleep, diet and dental needs, each met in G "
               "(agreed by the DCO); D identifies child-in-need status and short breaks, met in H1/H2. Nine SMART outcomes (two "
               "strengthened by the manager's tracked changes) with termly shorter-term targets. F is specific for a special "
               "school, with named roles and training. Section I correctly blank for a draft. Small lapses: 'up to 12 staff' for "
               "training, H2 group not stated, and unexplained acronyms (TEACCH, AAC, PECS)."),
    faults=[
        dict(kind="vague-provision", section="G", sentence="Training for Oakfield staff in seizure management and buccal midazolam administration."),
        dict(kind="unexplained-acronym", section="F", sentence="Speech and language therapist with the AAC lead teacher"),
    ],
)
