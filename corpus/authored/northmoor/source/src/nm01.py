from nmlib import *

N = "Freya"
sections = []

A = [
    H2("About me"),
    P("This section was written with Freya at a person-centred planning meeting held at Castlebrook Academy on 12 February 2026. "
      "Freya chose to speak for herself and typed some of her answers on her laptop beforehand; her words are reproduced "
      "exactly. Her mum, Joanne Marsden, and her dad, Craig Marsden, added their views afterwards, and Mrs Helen Aldridge "
      "(Special Educational Needs Co-ordinator, SENCo) took notes."),
    P("“My name is Freya and I am 15. I am in Year 10 at Castlebrook. I have cerebral palsy, which means the messages from "
      "my brain to my legs and hands don't always get through properly. I use a powered wheelchair most of the time and a "
      "walker at home. I live with my mum and dad and my little brother Ethan, who is 12 and annoying but also funny. We "
      "have a dog called Biscuit.”"),
    P("“The things I love are drawing on my tablet, designing characters, Japanese animation and music. I go to Wheels "
      "Youth Club on Thursdays and I have started a digital art group online. My friends are Maddie and Jas. I am good at "
      "art and I have a good sense of humour. People say I am determined, which my mum says is a polite way of saying "
      "stubborn.”"),
    H2("What is important to me"),
    P("“It is important to me that people talk to me and not to my assistant. I hate it when adults ask Mrs Wardle "
      "‘does she want a drink?’ when I am right there. I want to do things myself, even if it takes longer, but I also want "
      "people to notice when I am really tired and not make a big deal of it in front of everyone.”"),
    P("“In lessons it helps when I get the slides before, because I can't copy off the board fast enough and my hand hurts. "
      "It helps when teachers let me answer by typing. It does not help when I have to sit at the front on my own because "
      "the wheelchair space is there. I want to sit with my friends.”"),
    P("“I get worried about what happens after Year 11. I don't want to go to a college where I am the only one in a "
      "wheelchair. I worry that I won't be able to live on my own because of the personal care stuff.”"),
    H2("My hopes for the future"),
    P("“I want to get my GCSEs, especially Art and English, and go to college to do graphic design or animation. One day "
      "I want to work for a games company designing characters. I want to learn to drive an adapted car. I want to live in "
      "my own flat, maybe with a friend, with a PA who comes in when I need them, not someone there all the time.”"),
    H2("How I communicate and how to include me"),
    P("Freya's speech is clear to people who know her. When she is tired, or speaking to someone new, her speech can be "
      "slower and harder to understand (this is called dysarthria). She asks people to say if they have not understood, "
      "rather than pretending to. She may type a word on her phone to clarify it. She prefers to be asked her views in "
      "advance and in writing, so that she has time to think."),
    H2("The views of Freya's parents"),
    P("Joanne and Craig describe Freya as “bright, funny and fiercely independent”. They are proud of how she has managed "
      "the move to secondary school and of her art work, which was displayed at the Northmoor Young Artists exhibition "
      "in 2025. Joanne said: “Our biggest worry is fatigue. By Wednesday she is exhausted, and that is when everything "
      "gets harder: her speech, her writing, her mood. We want school and health to plan around that, not just react "
      "to it.”"),
    P("Craig added: “We want her to have a real choice of college and a plan for the personal care side that means she "
      "can have a life of her own. We would like the transition to start now, not in the summer of Year 11.” The family "
      "would like one named person at school who co-ordinates therapy, health and school staff, as this has worked well "
      "with Mrs Aldridge."),
    H2("History"),
    P("Freya was born at 29 weeks and was diagnosed with bilateral spastic cerebral palsy (diplegia, GMFCS level III) at "
      "20 months. She attended Little Acorns Nursery with support from the Early Years Inclusion Service and then Brookfield "
      "Primary School, where an EHC plan was first issued in 2019. She moved to Castlebrook Academy in September 2022. She "
      "had multilevel orthopaedic surgery in summer 2024 and missed six weeks of school in Year 9. This plan has been "
      "amended following her Year 10 annual review on 12 February 2026, which began planning for preparation for "
      "adulthood."),
]
sections.append(("A", HEAD["A"], A))

SB = [
    P("This section describes Freya's special educational needs under the four broad areas of need. It draws on the "
      "advice listed in Section K, in particular the Educational Psychologist (EP) report by Dr Mark Lowther (January "
      "2026), the Speech and Language Therapy (SaLT) advice by Priya Raman (December 2025), the Occupational Therapy "
      "(OT) advice by Gemma Fairclough (January 2026) and the school's annual review report."),
    H2("Strengths"),
    P("Freya is articulate, creative and persistent. Her verbal reasoning is in the average range (standard score 98 on "
      "the British Ability Scales, BAS3) and her reading comprehension is secure at an age-appropriate level. She has a "
      "strong visual imagination and is working at a predicted grade 6 in Art. She knows what helps her and can explain "
      "it to adults. She has a small and loyal friendship group."),
    H2("Communication and interaction"),
    P("Freya has a mild to moderate dysarthria associated with her cerebral palsy. Her speech is intelligible to familiar "
      "listeners in quiet settings, but intelligibility falls to around 70% for unfamiliar listeners and in noisy rooms "
      "(SaLT assessment, December 2025). Breath support is reduced, so she speaks in short phrases and her voice is quiet. "
      "She becomes reluctant to speak in whole-class discussion, and Priya Raman notes that “Freya's reluctance is a "
      "rational response to repeated experiences of not being understood, not a lack of confidence in her ideas.” Her "
      "understanding of language is within the average range."),
    H2("Cognition and learning"),
    P("Freya's processing speed (standard score 76) and working memory (standard score 81) are below average and are an "
      "area of relative difficulty compared with her verbal reasoning. Dr Lowther writes that “the gap between what Freya "
      "understands and what she can produce within the time available is the single largest barrier to her attainment.” "
      "She finds it hard to hold multi-step instructions in mind, to copy from the board, and to complete extended written "
      "tasks within lesson time. Her handwriting is slow (7 words per minute) and painful after ten minutes; she uses a "
      "laptop with word prediction, typing at 19 words per minute. Mathematics is working towards grade 4: she understands "
      "concepts but makes errors in multi-step calculations and in setting out work. In English she is working at grade 5."),
    H2("Social, emotional and mental health"),
    P("Freya has a good sense of self, but reports increased anxiety about the future and about being dependent on adults "
      "for personal care. On the Revised Children's Anxiety and Depression Scale (RCADS) completed with the school "
      "counsellor in January 2026 her generalised anxiety score was in the borderline clinical range. She can become "
      "withdrawn when tired, and she has told staff that she sometimes skips lunch to avoid asking for help in the "
      "canteen. She needs planned opportunities to talk about her feelings with a trusted adult and to build the "
      "confidence to direct her own care."),
    H2("Sensory and/or physical needs"),
    P("Freya has bilateral spastic cerebral palsy (GMFCS level III). She uses a powered wheelchair to move around school "
      "and a posterior walker for short distances at home. She needs the help of two adults and a ceiling hoist for "
      "toileting and changing, and for transfers on and off the physiotherapy plinth. She wears ankle-foot orthoses "
      "(AFOs, splints that hold her ankles in a good position) each day. Gemma Fairclough reports reduced fine motor "
      "control, especially in her right hand, affecting handwriting, using scissors and food preparation. Fatigue is "
      "significant: her stamina drops noticeably across the week and after PE or long periods of writing. She needs a "
      "daily stretching and standing programme to maintain her range of movement following surgery, and she needs to "
      "learn to manage her own routines as she moves towards adulthood."),
    H2("Preparation for adulthood"),
    P("Freya is in Year 10. Her aspirations are further education in graphic design, employment in the creative "
      "industries, independent living with support from personal assistants, and learning to drive. She needs careers "
      "guidance that takes account of her disability, travel training on accessible public transport, practice in "
      "directing her own personal care, and a planned transition to post-16 education."),
]
sections.append(("B", HEAD["B"], SB))

C = [
    P("Freya's health needs are managed by the Northmoor Community Paediatric Service (Dr Anita Shah, consultant "
      "paediatrician) and the Children's Community Physiotherapy Team. Her health needs related to her SEN are:"),
    B("Cerebral palsy with muscle stiffness (spasticity) in both legs, managed with oral baclofen twice daily (morning and "
      "evening, given at home) and botulinum toxin injections to the calf muscles about every six months at Northmoor "
      "General Hospital."),
    B("Hip surveillance: Freya has an X-ray of her hips every 12 months under the national cerebral palsy surveillance "
      "programme (CPIPS), because children with cerebral palsy are at risk of hip displacement."),
    B("Orthotics: ankle-foot orthoses reviewed by the orthotics service every six months and replaced as she grows."),
    B("Postural management: a 24-hour postural management programme, including a standing frame at school and a sleep "
      "system at night."),
    B("Bladder urgency: Freya has an overactive bladder and needs timed access to the toilet every two hours. She is "
      "under the Children's Continence Service."),
    B("Emotional wellbeing: borderline generalised anxiety (see Section B), which Freya's GP, Dr Oliver Pask, is aware of. "
      "She does not currently meet the threshold for the Child and Adolescent Mental Health Service (CAMHS)."),
    B("Transition to adult health services: Freya will transfer to adult services at 18 and needs transition planning to "
      "begin from age 16."),
]
sections.append(("C", HEAD["C"], C))

D = [
    P("Freya is known to the Northmoor Children with Disabilities Team. A child and family assessment was completed by "
      "her social worker, Leanne Cox, in November 2025. It found that Freya is a child in need under section 17 of the "
      "Children Act 1989 because of her disability. Her social care needs related to her SEN and disability are:"),
    B("Short breaks: Freya's parents provide all of her personal care at home, including at night. They need regular "
      "breaks to sustain this, and Freya needs time with peers away from her family."),
    B("Access to leisure and community activities: Freya cannot use public transport or go out with friends without an "
      "adult who can support her personal care and mobility."),
    B("Home adaptations and equipment: the family home has a through-floor lift and ceiling hoists funded through a "
      "Disabled Facilities Grant in 2021. The bathroom hoist will need review as Freya grows."),
    B("Preparation for adult social care: Freya will need a transition assessment under section 58 of the Care Act 2014 "
      "before she is 18, so that she and her family know what adult care and support may be available."),
]
sections.append(("D", HEAD["D"], D))

E = [
    P("The outcomes below are for the end of Key Stage 4 (July 2027) unless stated otherwise. Each is linked to Freya's "
      "aspirations in Section A and her needs in Section B. Castlebrook Academy will break each outcome into shorter-term "
      "targets in Freya's termly SEN support plan, which is reviewed with Freya and her parents in October, February and "
      "June; progress will be reported at each annual review."),
    H2("Communication and interaction"),
    O("1. By July 2027, Freya will make herself understood to unfamiliar adults and peers in class discussion, using her "
      "voice, pacing and agreed repair strategies, in 4 out of 5 observed opportunities.",
      s="Freya", b="make herself understood to unfamiliar adults and peers in class discussion, using her voice, pacing and agreed repair strategies",
      c="in 4 out of 5 observed opportunities", t="By July 2027"),
    O("2. By July 2027, Freya will explain her communication needs and preferred strategies to a new adult (for example at "
      "a college open day) without prompting, on 3 separate occasions.",
      s="Freya", b="explain her communication needs and preferred strategies to a new adult (for example at a college open day) without prompting",
      c="on 3 separate occasions", t="By July 2027"),
    H2("Cognition and learning"),
    O("3. By July 2027, Freya will complete timed written answers in English and Art using her laptop and planning frames, "
      "producing at least 300 words in a 45-minute assessment, as recorded in her mock examinations.",
      s="Freya", b="complete timed written answers in English and Art using her laptop and planning frames",
      c=["producing at least 300 words in a 45-minute assessment", "as recorded in her mock examinations"], t="By July 2027"),
    O("4. By July 2027, Freya will achieve at least grade 4 in GCSE Mathematics, using a structured checklist to set out "
      "multi-step calculations independently.",
      s="Freya", b="using a structured checklist to set out multi-step calculations independently",
      c=["at least grade 4 in GCSE Mathematics", "independently"], t="By July 2027",
      note="Behaviour span is the checklist use; the grade is the criterion."),
    O("5. By February 2027, Freya will use a weekly planner on her laptop to record homework and coursework deadlines and "
      "will submit at least 90% of homework on time across a term.",
      s="Freya", b="use a weekly planner on her laptop to record homework and coursework deadlines and will submit at least 90% of homework on time",
      c="at least 90% of homework on time across a term", t="By February 2027"),
    H2("Social, emotional and mental health"),
    O("6. By July 2027, Freya will identify when she is becoming tired or anxious and use one of her agreed strategies "
      "(rest break card, talking to her mentor, breathing routine) independently on at least 4 out of 5 school days, "
      "as shown in her self-rating log.",
      s="Freya", b="identify when she is becoming tired or anxious and use one of her agreed strategies (rest break card, talking to her mentor, breathing routine)",
      c=["independently on at least 4 out of 5 school days", "as shown in her self-rating log"], t="By July 2027"),
    O("7. By July 2027, Freya's generalised anxiety score on the RCADS will be within the typical range when re-assessed "
      "by the school counsellor.",
      s="Freya's generalised anxiety score", b="will be within the typical range when re-assessed by the school counsellor",
      c="within the typical range", t="By July 2027",
      note="Subject is the child's score rather than the child; treated as specific because it describes a change in Freya."),
    H2("Sensory and/or physical"),
    O("8. By July 2027, Freya will carry out her daily stretching programme and standing frame routine, telling the adult "
      "supporting her what to do next at each step, on every school day, as recorded on her physiotherapy chart.",
      s="Freya", b="carry out her daily stretching programme and standing frame routine, telling the adult supporting her what to do next at each step",
      c=["on every school day", "as recorded on her physiotherapy chart"], t="By July 2027"),
    O("9. By December 2026, Freya will prepare a simple hot snack (for example beans on toast) in the school's accessible "
      "kitchen using adapted equipment, with no more than 2 verbal prompts.",
      s="Freya", b="prepare a simple hot snack (for example beans on toast) in the school's accessible kitchen using adapted equipment",
      c="with no more than 2 verbal prompts", t="By December 2026"),
    H2("Preparation for adulthood"),
    O("10. Employment and further education: by March 2027, Freya will have visited at least 2 post-16 providers offering "
      "graphic design and, with her careers adviser, will have submitted an application to her chosen course.",
      s="Freya", b="will have visited at least 2 post-16 providers offering graphic design and, with her careers adviser, will have submitted an application to her chosen course",
      c=["at least 2 post-16 providers", "submitted an application"], t="by March 2027"),
    O("11. Independent living: by July 2027, Freya will direct her personal care at school, telling the two supporting "
      "adults each step of her toileting and transfer routine in the order she prefers, on every occasion for 4 consecutive weeks.",
      s="Freya", b="direct her personal care at school, telling the two supporting adults each step of her toileting and transfer routine in the order she prefers",
      c="on every occasion for 4 consecutive weeks", t="by July 2027"),
    O("12. Community participation: by July 2027, Freya will travel by accessible bus from her home to Northmoor town "
      "centre and back with a personal assistant, planning the route and buying her own ticket, on at least 3 occasions.",
      s="Freya", b="travel by accessible bus from her home to Northmoor town centre and back with a personal assistant, planning the route and buying her own ticket",
      c="on at least 3 occasions", t="by July 2027"),
    O("13. Health: by July 2027, Freya will name her medicines, what each is for and when she takes it, and will book and "
      "attend one health appointment using her own phone, with a parent present only for the appointment itself.",
      s="Freya", b="name her medicines, what each is for and when she takes it, and will book and attend one health appointment using her own phone",
      c=["one health appointment", "with a parent present only for the appointment itself"], t="by July 2027"),
]
sections.append(("E", HEAD["E"], E))

WHO_HLTA = "HLTA (Mrs Karen Wardle)"
F = [
    P("The provision below will be made by Castlebrook Academy unless another provider is named. The SENCo, Mrs Helen "
      "Aldridge, is responsible for co-ordinating Freya's provision and is the named contact for the family. Freya's "
      "Higher Level Teaching Assistant (HLTA), Mrs Karen Wardle, has completed the Northmoor manual handling and cerebral "
      "palsy training and is the lead adult for Freya's day. All provision will be reviewed at Freya's annual review "
      "and through termly SEN support plan meetings."),
    T("Communication and interaction", [
        ("Dysarthria affecting intelligibility to unfamiliar listeners and in noise; reluctance to speak in class", [
            R("Direct speech and language therapy: breath support, pacing and intelligibility programme, with targets "
              "shared with Freya's teachers after each block.", "HCPC-registered speech and language therapist, Northmoor "
              "SaLT Service", "Fortnightly during the autumn and spring terms (12 sessions a year)", "45 minutes per session", "1:1",
              f="Fortnightly during the autumn and spring terms (12 sessions a year)"),
            R("Practice of the SaLT breath support and pacing exercises, following the written programme left by the therapist.",
              WHO_HLTA, "3 times weekly", "15 minutes per session", "1:1"),
            R("Class teachers will give Freya the option to answer in writing or via her laptop, will allow at least 10 "
              "seconds of thinking and speaking time, and will repeat her contribution to the class only when she has "
              "agreed to this.", "All subject teachers, briefed by the SENCo", "Every lesson", "", "Whole class",
              nodur=True),
            R("Seating plan that places Freya with her chosen peers in each classroom, with the wheelchair space moved "
              "as needed to allow this.", "Form tutor and heads of department, checked by the SENCo", "Each September and when a timetable changes", "", "N/A",
              nodur=True),
        ]),
        ("Needs to explain her own communication needs to new people", [
            R("Co-production with Freya of a one-page communication passport, updated each year and shared with all "
              "staff, cover supervisors and post-16 providers.", "SENCo with Freya and the speech and language therapist",
              "Once a year each September, and before each college visit", "60 minutes", "1:1",
              f="Once a year each September, and before each college visit"),
        ]),
    ]),
    T("Cognition and learning", [
        ("Slow processing speed and reduced working memory; slow, painful handwriting", [
            R("Personal laptop with word prediction software (Clicker or equivalent), charged and available in every "
              "lesson, with lesson slides shared electronically before each lesson.", "Subject teachers; IT technician maintains the laptop",
              "Every lesson", "", "N/A", nodur=True, vague=True, spec=False,
              note="'or equivalent' leaves the software open; otherwise complete."),
            R("Touch-typing and word prediction training using the Englishtype programme, to raise typing speed from 19 "
              "to 30 words per minute.", "Teaching assistant trained in the Englishtype programme", "Twice weekly in the autumn term", "20 minutes per session", "1:1"),
            R("Instructions given in chunks of no more than two steps, with written or visual back-up on the board or "
              "in Freya's slides.", "All subject teachers", "Every lesson", "", "Whole class", nodur=True),
            R("Extra time of 25% and a laptop for all tests and internal examinations, with supervised rest breaks, in "
              "line with the Joint Council for Qualifications (JCQ) access arrangements.", "Examinations officer and SENCo",
              "All tests and examinations", "", "Individual room", g=[], spec=True, nodur=True,
              note="'Individual room' describes the venue, not a ratio; no group size needed for an access arrangement."),
        ]),
        ("Writing extended answers within the time available", [
            R("Structured planning frames for extended writing in English, Art and History, taught through the "
              "'Plan–Draft–Check' routine.", "Specialist teacher (SpLD), Castlebrook learning support department",
              "Once weekly", "45 minutes per session", "Group of no more than 4"),
        ]),
        ("Multi-step calculations in mathematics", [
            R("Targeted mathematics intervention on multi-step problems and setting out work, using a personal "
              "calculation checklist.", "Mathematics teacher (Mr Tom Beresford)", "Twice weekly", "30 minutes per session",
              "Group of no more than 6"),
        ]),
        ("Organising homework and coursework", [
            R("Homework and coursework planning session: checking Freya's electronic planner, breaking tasks into steps "
              "and agreeing deadlines.", WHO_HLTA, "Every Monday during tutor time", "20 minutes", "1:1"),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Anxiety about the future and about dependence on others", [
            R("Mentoring sessions using the Northmoor 'Next Steps' mentoring programme, focusing on self-advocacy, "
              "managing worries and planning for adulthood.", "Learning mentor (Mr Dean Haworth), trained in the Next Steps programme",
              "Once weekly", "30 minutes", "1:1"),
            R("Time-limited counselling based on cognitive behavioural approaches for generalised anxiety, reviewed "
              "with Freya after 8 sessions.", "School counsellor (BACP-registered), Castlebrook Academy", "Once weekly for 8 weeks from April 2026",
              "50 minutes per session", "1:1", review="reviewed with Freya after 8 sessions"),
        ]),
        ("Fatigue affecting mood and participation; avoiding asking for help", [
            R("Rest break card that Freya can show to any teacher to leave the lesson for a 10-minute rest in the "
              "Learning Support base, with an adult checking in after 5 minutes.", "All subject teachers; Learning Support base staff (HLTA or TA on duty)",
              "Available every lesson", "10 minutes", "1:1", f=["every lesson"], note="Self-directed rest breaks; frequency is the availability each lesson."),
            R("Lunch arrangement: Freya and two friends of her choice go to the canteen 5 minutes early, with a TA "
              "available to help carry her tray and open packaging.", "Teaching assistant on the lunch rota", "Daily",
              "5 minutes before the lunch bell", "Freya and 2 friends",
              d=[], nodur=True, note="'5 minutes before the lunch bell' is a when, not a session length."),
            R("Weekly fatigue plan: heavier written tasks timetabled for Monday and Tuesday; Wednesday afternoon "
              "protected for physiotherapy and rest.", "SENCo and Head of Year 10", "Reviewed each half-term", "", "N/A", nodur=True),
        ]),
    ]),
    T("Sensory and/or physical", [
        ("Mobility: powered wheelchair user; needs step-free access throughout the school", [
            R("Timetable rooming so that all of Freya's lessons are on the ground floor or reached by lift, with a "
              "personal emergency evacuation plan (PEEP) reviewed every term.", "Deputy Headteacher (timetabling) and SENCo",
              "Each September; PEEP termly", "", "N/A", nodur=True, review="PEEP termly"),
            R("Leaving lessons 3 minutes early to move between classrooms, accompanied by a friend of her choice.",
              "Subject teachers", "Every lesson change", "3 minutes", "Freya and 1 friend", d=[], nodur=True,
              note="The 3 minutes is a timing, not a session duration."),
        ]),
        ("Needs two-adult assistance and a hoist for toileting and transfers; needs to direct her own care", [
            R("Personal care (toileting, changing and transfers) using the ceiling hoist in the accessible hygiene room, "
              "following Freya's intimate care plan, with Freya directing each step.", "Two trained adults: HLTA (Mrs Karen Wardle) and a second teaching assistant trained in moving and handling",
              "At 10.30am, 12.40pm and 2.30pm each day and when Freya asks", "15 minutes", "2:1", d=["15 minutes"],
              f=["At 10.30am, 12.40pm and 2.30pm each day"]),
            R("Moving and handling training for all staff who support Freya, including the hoist and standing frame.",
              "Northmoor Children's Occupational Therapy Service", "Once a year each September and for any new staff member",
              "3 hours", "Up to 6 staff", g=[], spec=False,
              note="'Up to 6 staff' is a maximum but phrased 'up to'; treated as not a definite group size."),
        ]),
        ("Range of movement and posture after surgery", [
            R("Stretching programme and standing frame session following the written programme set by the "
              "physiotherapist, with Freya directing the order of exercises.", "HLTA (Mrs Karen Wardle), trained by the physiotherapist",
              "Daily", "40 minutes (25 minutes standing, 15 minutes stretches)", "1:1"),
            R("Physiotherapy review of the school programme and of the standing frame, with the written programme "
              "updated and staff re-trained.", "Children's Community Physiotherapy Team (Kirsty Lang, physiotherapist)",
              "Once each half-term", "60 minutes", "1:1"),
            R("Adapted PE curriculum including boccia, seated dance and swimming at Castlebrook Leisure Centre, planned "
              "with the physiotherapist.", "PE teacher (Miss Laura Quigley) with HLTA", "Twice weekly (timetabled PE)",
              "60 minutes", "Class group of 24 with 1:1 adult support"),
        ]),
        ("Fine motor difficulties affecting practical tasks and food preparation", [
            R("Occupational therapy programme for fine motor skills and kitchen skills (using a perching stool, "
              "kettle tipper, spike board and adapted utensils), with a practice programme for school staff.",
              "HCPC-registered occupational therapist, Northmoor Children's OT Service", "One block of 6 sessions in the autumn term 2026, then termly review",
              "45 minutes per session", "1:1", f=["One block of 6 sessions in the autumn term 2026"], review="termly review"),
            R("Practical kitchen skills sessions following the OT programme in the food technology room.",
              "Food technology teacher with HLTA", "Once weekly", "45 minutes", "Group of 3 (Freya and 2 peers)"),
            R("Specialist equipment: height-adjustable desk in each main classroom, sloping board, adapted scissors, "
              "large-barrel pens and a tablet with stylus for art.", "SENCo (purchased by school; OT advises)", "Available every lesson",
              "", "N/A", f=["every lesson"], nodur=True),
        ]),
    ]),
    T("Preparation for adulthood", [
        ("Careers guidance and transition to post-16", [
            R("Independent careers guidance interviews focused on creative industries, disability rights at work and "
              "Access to Work, leading to a written careers action plan.", "Level 6 qualified careers adviser, Northmoor Careers Hub (Ms Rebecca Tan)",
              "3 interviews: October 2026, January 2027 and March 2027", "45 minutes each", "1:1",
              f="3 interviews: October 2026, January 2027 and March 2027", d="45 minutes each"),
            R("Accompanied visits to at least 2 post-16 providers, including an access audit of each site with Freya.",
              "SENCo or HLTA, with a parent", "2 visits between September and December 2026", "Half a day each", "1:1 with parent",
              f="2 visits between September and December 2026", d="Half a day each"),
            R("One-week work experience placement in a creative setting, with a risk assessment and personal care "
              "arrangements agreed in advance.", "Work experience co-ordinator (Mrs Anne Fielding)", "One week in July 2026",
              "5 days", "1:1 supervision in placement", f="One week in July 2026", d="5 days"),
        ]),
        ("Independent living and travel", [
            R("Independent travel training on accessible buses, using the Northmoor Travel Training Service programme.",
              "Northmoor Travel Training Service (trained travel trainer)", "Once weekly for 10 weeks from September 2026",
              "2 hours", "1:1"),
        ]),
    ]),
]
sections.append(("F", HEAD["F"], F))

G = [
    P("Health provision agreed by the Designated Clinical Officer on 4 March 2026 (Jane Holloway, Designated Clinical "
      "Officer, Northmoor Integrated Care Board). Therapies that educate or train Freya (speech and language therapy, "
      "occupational therapy and the school physiotherapy programme) are specified in Section F."),
    T("Health provision", [
        ("Spasticity", [
            R("Medical review of spasticity management, including baclofen dose and botulinum toxin planning.",
              "Consultant community paediatrician (Dr Anita Shah)", "Every 6 months", "30-minute appointment", "1:1",
              d=["30-minute appointment"]),
            R("Botulinum toxin injections to the calf muscles, followed by a 6-week block of post-injection "
              "physiotherapy at home.", "Northmoor General Hospital Paediatric Neurology Day Unit; Children's Community Physiotherapy Team",
              "About every 6 months, as clinically indicated", "Day case", "1:1", f=[], d=[], spec=False,
              note="Clinical timing is 'as clinically indicated'; reasonable for health but not definite."),
        ]),
        ("Hip surveillance and orthotics", [
            R("Hip X-ray and review under the CPIPS hip surveillance programme.", "Paediatric orthopaedic team, Northmoor General Hospital",
              "Every 12 months (next due June 2026)", "", "1:1", nodur=True),
            R("Orthotics review, casting and replacement of ankle-foot orthoses.", "Orthotist, Northmoor Orthotics Service",
              "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Postural management", [
            R("24-hour postural management review, including the sleep system at home and the standing frame and "
              "seating at school, with equipment provided through the Community Equipment Service.",
              "Children's Community Physiotherapy Team (Kirsty Lang)", "Every 6 months", "60 minutes", "1:1"),
            R("Wheelchair review and maintenance of the powered wheelchair.", "Northmoor Wheelchair Service",
              "Every 12 months, and within 5 working days of a reported fault", "", "1:1", nodur=True),
        ]),
        ("Bladder urgency", [
            R("Continence assessment, advice and the supply of continence products to home and school.",
              "Children's Continence Service (Nurse Specialist)", "Review every 6 months; products delivered monthly", "", "1:1", nodur=True),
        ]),
        ("Emotional wellbeing and transition to adult services", [
            R("Wellbeing review with the GP, with referral to the Northmoor Mental Health Support Team if the "
              "counsellor's re-assessment shows her anxiety remains in the clinical range.", "GP (Dr Oliver Pask)",
              "One appointment in July 2026, after the counselling block", "15 minutes", "1:1"),
            R("Health transition planning meeting to start Freya's move to adult health services, with a written "
              "transition plan shared with Freya and her family.", "Consultant community paediatrician with the Transition Nurse",
              "Once, by December 2026, then annually", "60 minutes", "Freya and her parents",
              g=["Freya and her parents"]),
        ]),
    ]),
]
sections.append(("G", HEAD["G"], G))

H1 = [
    P("The following provision is made under section 2 of the Chronically Sick and Disabled Persons Act 1970, following "
      "the child and family assessment completed by Leanne Cox, social worker, Children with Disabilities Team, in "
      "November 2025."),
    T("Social care provision (CSDPA 1970 section 2)", [
        ("Short breaks for Freya and her family", [
            R("Overnight short breaks at Willowbank Short Break House, with Freya's personal care plan and moving and "
              "handling plan shared with staff.", "Willowbank Short Break House (Northmoor County Council)",
              "One weekend each month (Friday to Sunday)", "2 nights", "Up to 4 young people, with 1:1 personal care", g=["1:1 personal care"]),
        ]),
        ("Access to leisure and community activities", [
            R("Personal assistant support to attend Wheels Youth Club and to go out with friends, funded by a direct "
              "payment (see Section J).", "Personal assistant employed by the family through the direct payment",
              "Once weekly (Thursday evening) and one Saturday a month", "3 hours per session", "1:1"),
        ]),
        ("Home adaptations and equipment", [
            R("Occupational therapy review of the home hoist and bathroom adaptations, with any new equipment provided "
              "through the Community Equipment Service.", "Northmoor Adult and Children's Social Care Occupational Therapist",
              "Once, by September 2026", "", "N/A", nodur=True),
        ]),
        ("Social work oversight", [
            R("Child in need review of Freya's care and support plan, attended by Freya, her parents and the social worker.",
              "Social worker (Leanne Cox), Children with Disabilities Team", "Every 6 months", "60 minutes", "Freya, her parents and the social worker",
              g=["Freya, her parents and the social worker"]),
        ]),
    ]),
]
sections.append(("H1", HEAD["H1"], H1))

H2s = [
    T("Other social care provision", [
        ("Preparation for adult social care", [
            R("Care Act 2014 transition assessment, started when Freya is 16 and completed by her 17th birthday, with "
              "Freya's views recorded in her own words.", "Northmoor Preparing for Adulthood Social Work Team",
              "Once, by November 2027", "", "1:1", nodur=True),
        ]),
        ("Support for Freya's parents as carers", [
            R("Parent carer's needs assessment under section 17ZD of the Children Act 1989, and information about "
              "Northmoor Carers' Hub support.", "Social worker (Leanne Cox)", "Once, by June 2026, then annually", "", "Parents", nodur=True,
              g=["Parents"]),
        ]),
    ]),
]
sections.append(("H2", HEAD["H2"], H2s))

I = [
    KV([["Name of school", "Castlebrook Academy, Mill Lane, Castlebrook, Northmoor"],
        ["Type of school", "Mainstream academy (11-16), with Enhanced Provision for Physical Disabilities"],
        ["Date placement started", "5 September 2022"]], header=False, widths=[5.5, 11.5]),
]
sections.append(("I", HEAD["I"], I))

J = [
    P("Freya's family receives a direct payment of £3,120 a year from the Children with Disabilities Team to employ a "
      "personal assistant for 3 hours a week plus one Saturday a month (Section H1). This supports Outcome 12 "
      "(community participation). The family has asked for a personal budget for Freya's travel training to be "
      "considered at the next annual review; this plan does not include a personal budget for education provision."),
]
sections.append(("J", HEAD["J"], J))

K = [
    P("The following advice and information was gathered during the review and amendment of Freya's plan:"),
    KV([["Advice", "Author", "Date"],
        ["Views of Freya (written and typed contributions)", "Freya Marsden", "12 February 2026"],
        ["Parental advice", "Joanne and Craig Marsden", "10 February 2026"],
        ["Educational advice and annual review report", "Mrs Helen Aldridge, SENCo, Castlebrook Academy", "12 February 2026"],
        ["Educational psychology advice", "Dr Mark Lowther, Educational Psychologist, Northmoor EP Service", "22 January 2026"],
        ["Speech and language therapy advice", "Priya Raman, Speech and Language Therapist", "9 December 2025"],
        ["Occupational therapy advice", "Gemma Fairclough, Occupational Therapist", "14 January 2026"],
        ["Physiotherapy advice", "Kirsty Lang, Children's Community Physiotherapist", "16 January 2026"],
        ["Medical advice", "Dr Anita Shah, Consultant Community Paediatrician", "28 January 2026"],
        ["Social care advice (child and family assessment)", "Leanne Cox, Social Worker, Children with Disabilities Team", "20 November 2025"],
        ["Careers guidance summary", "Rebecca Tan, Careers Adviser, Northmoor Careers Hub", "3 February 2026"]],
       widths=[6.5, 7, 3.5]),
]
sections.append(("K", HEAD["K"], K))

PLAN = dict(
    slug="freya_marsden", child="Freya Marsden", dob="2010-11-22", plan_date="2026-03-18",
    status="final", grade="outstanding",
    cover=cover("Freya Marsden", "22 November 2010", "739 462 8815", "H823400117042", "18 March 2026",
                "Final (amended following annual review)", "Gillian Hartshorn, SEND Caseworker",
                school="Castlebrook Academy (Year 10)"),
    sections=sections, status_of={}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover details table; E numbered outcomes under Heading 2 areas; "
           "F/G/H1/H2 as tables with a merged title row and a vertically merged Need column.",
    rationale=("Outstanding. Freya's voice runs through Section A in her own words, with how views were gathered and her "
               "communication preferences. B describes needs under all four areas with strengths and assessment data. "
               "C and D are complete and each need is matched in G, H1 and H2. E has 13 SMART outcomes linked to A and B, "
               "including four preparation-for-adulthood outcomes, and explains termly shorter-term targets. F is detailed "
               "and quantified (who, how often, how long, group size) across 23 items; G is agreed by the DCO with named "
               "providers; H1/H2 specify short breaks, direct payment and a Care Act transition assessment. Co-ordination "
               "is clear (named SENCo and HLTA). Minor lapses only: 'or equivalent' software, a moving and handling "
               "training line with 'up to 6 staff', a botulinum toxin line that is 'as clinically indicated', and a couple "
               "of acronyms (GMFCS, CPIPS) not spelt out."),
    faults=[
        dict(kind="vague-provision", section="F", sentence="Personal laptop with word prediction software (Clicker or equivalent), charged and available in every lesson, with lesson slides shared electronically before each lesson."),
        dict(kind="vague-provision", section="G", sentence="About every 6 months, as clinically indicated"),
        dict(kind="unexplained-acronym", section="B", sentence="Freya has bilateral spastic cerebral palsy (GMFCS level III)."),
    ],
)
