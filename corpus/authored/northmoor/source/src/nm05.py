from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Keira completed the Northmoor 'All About Me' booklet with her learning mentor, Mr Idris Rahman, in two sessions "
      "in October 2026, and chose to attend the first part of her assessment planning meeting. Her own words are in "
      "quotation marks."),
    P("“I'm Keira, I'm 14 and I'm in Year 9 at Ridgeway High School. I live with my mum and my stepdad Gaz and my two "
      "half-brothers, Alfie-Ray and Jayden, who are 4 and 6. I see my dad most weekends.”"),
    P("“I'm really good at netball and I'm in the county under-15s squad. I love doing hair and make-up and I do my "
      "friends' hair for parties. I'm good at talking to people and I'm a good friend. I like practical subjects, like "
      "PE, food and drama.”"),
    P("“The hardest thing is reading in front of people, and when teachers give out loads of writing. I lose track of "
      "what I'm meant to be doing and then I get told off for talking. Sometimes I just walk out because I'd rather get a "
      "detention than look stupid. It helps when teachers put the instructions on the board and check I'm okay without "
      "making a big thing of it. I like it when I can use the reader pen.”"),
    H2("My future"),
    P("“I want to do hair and beauty at college and then have my own salon. I'd also like to coach netball. I want to pass "
      "my English and maths so I can get on the course.”"),
    H2("My head of year's view"),
    P("Mrs Donna Fairley, head of Year 9, said: “Keira is a leader: other students look up to her, and in PE and on "
      "the netball court she is calm, focused and encouraging. The contrast with how she presents in some lessons is "
      "striking. When she has her reader pen and the task is broken into steps, she works well. When she is asked to "
      "read aloud or copy from the board, she shuts down or becomes confrontational. Since we started the time-out pass "
      "on a trial basis in September, walk-outs have fallen.”"),
    H2("My mum's views"),
    P("Keira's mum, Stacey Kirkham, said: “Keira is bright and has a big heart, but she's always felt thick because of "
      "her reading, and secondary school has made that worse. She was diagnosed with ADHD (attention deficit "
      "hyperactivity disorder) last year and the medication has helped in the mornings, but by the afternoon it's worn "
      "off. I want school to understand she isn't being rude. I want her to get her GCSEs and get onto a college course "
      "she's excited about.” Stacey is worried about Keira's number of exclusions: she had three fixed-term "
      "suspensions in Year 8."),
    H2("History"),
    P("Keira's reading difficulties were noticed in Year 2. She had SEN support throughout primary school at Moorside "
      "Primary and was assessed as having dyslexia by a specialist teacher in Year 5. She was diagnosed with ADHD, "
      "combined type, by the Northmoor Neurodevelopmental Service in June 2025. Ridgeway High requested an EHC needs "
      "assessment in May 2026 after two years of SEN support with limited progress and three suspensions."),
]))
S.append(("B", HEAD["B"], [
    P("Keira's needs are described under the broad areas that apply to her, drawing on the advice listed in Section K, "
      "in particular the Educational Psychologist (EP) report by Dr Alison Pearce (September 2026)."),
    H2("Strengths"),
    P("Keira has average verbal reasoning (standard score 96), good social skills and is a natural leader in sport. She "
      "learns well from practical demonstration and discussion. She is resilient and keeps trying in subjects she "
      "enjoys. Her attendance is 93%."),
    H2("Cognition and learning"),
    P("Keira has dyslexia. Her single-word reading is at about a 9 year level (standard score 78 on the WRAT5) and her "
      "spelling is at about an 8 year level (standard score 74). Her reading comprehension is better when text is read "
      "to her (standard score 92 when listening). Her phonological processing and rapid naming are well below average. "
      "Dr Pearce found Keira's working memory to be a significant weakness (standard score 77), so she forgets multi-step "
      "instructions and loses her place in longer tasks. Her writing is short and hard to read because of her spelling, "
      "although her ideas are good. She is working towards grade 3 in English and grade 3 in mathematics."),
    P("The specialist teacher, Mrs Carol Ainsworth, reports that Keira has learnt most single-letter sounds but is not "
      "secure with vowel digraphs and multi-syllable words, that she guesses at unfamiliar words from the first letter, "
      "and that she reads at 68 words per minute on a passage at her age level. She recommends a structured, "
      "cumulative, multisensory programme taught by a specialist at least twice a week, together with assistive "
      "technology so that Keira can access age-appropriate texts independently."),
    H2("Social, emotional and mental health"),
    P("Keira has ADHD. She finds it very hard to sustain attention in lessons with a lot of listening or reading, "
      "particularly in the afternoons when her medication has worn off. She is impulsive: she calls out, leaves her seat "
      "and, when she feels embarrassed, walks out of lessons. Dr Pearce notes: “Keira's behaviour in lessons is best "
      "understood as a response to literacy demands she cannot meet and to difficulty regulating her attention, rather "
      "than defiance.” Her self-esteem as a learner is low. She had 3 suspensions in Year 8 and 11 internal isolations."),
    P("Records from Ridgeway High show that most incidents happen in the afternoon (78% of the behaviour points logged in "
      "the summer term) and in English, science and humanities lessons, where there is the most reading and writing. "
      "Very few incidents happen in PE, food technology or drama, where Keira is successful and where tasks are "
      "practical. Keira has a positive relationship with her learning mentor and with her head of year, Mrs Donna Fairley."),
    H2("Communication and interaction"),
    P("Keira's spoken language is a strength. She can, however, misread social situations when she is dysregulated, and "
      "some arguments with peers have escalated quickly. This is considered part of her SEMH needs above."),
    H2("Preparation for adulthood"),
    P("Keira is in Year 9 and needs careers guidance about hair and beauty and sports coaching courses, support to "
      "understand how her dyslexia and ADHD may affect study and work, and help to manage her own medication and "
      "organisation as she gets older."),
]))
S.append(("C", HEAD["C"], [
    P("Keira's health needs related to her SEN are:"),
    B("ADHD, managed by the Northmoor Neurodevelopmental Service (Dr Kate Henshaw, consultant paediatrician) with "
      "methylphenidate (a stimulant medication) taken at home each morning. Her medication is reviewed every 6 months. "
      "The medication can reduce her appetite at lunchtime."),
    B("Low mood: Keira told her GP in September 2026 that she sometimes feels “rubbish about myself”. She was referred to "
      "the school Mental Health Support Team (MHST) for guided self-help."),
]))
S.append(("D", HEAD["D"], [
    P("Keira has no social care needs related to her SEN or disability. The family received Early Help support from the "
      "Northmoor Family Support Service in 2024, which has closed. Social care advice was requested and confirmed that "
      "no assessment is required."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below are for the end of Key Stage 4 (July 2029), with steps for July 2027. Ridgeway High will set "
      "termly targets in Keira's SEN support plan and review them with Keira and her mum."),
    H2("Cognition and learning"),
    O("1. By July 2027, Keira will read aloud a passage at a 12-year level with at least 95% accuracy, {-improving her reading-}"
      "{+and her standard score on the WRAT5 single-word reading test will rise from 78 to at least 85+}.",
      s="Keira", b="read aloud a passage at a 12-year level", c=["with at least 95% accuracy", "from 78 to at least 85"], t="By July 2027",
      note="Tracked change (SEN Team Manager) adds the measure."),
    O("2. By July 2029, Keira will use assistive technology (reader pen and speech-to-text) independently to complete "
      "extended written answers in at least 3 subjects, as seen in her GCSE coursework and mock examinations.",
      s="Keira", b="use assistive technology (reader pen and speech-to-text)", c=["independently", "in at least 3 subjects"], t="By July 2029"),
    O("3. By July 2029, Keira will achieve at least grade 4 in GCSE English Language and GCSE Mathematics.",
      s="Keira", b="achieve at least grade 4 in GCSE English Language and GCSE Mathematics", c="at least grade 4", t="By July 2029"),
    H2("Social, emotional and mental health"),
    O("4. By July 2027, Keira will use her agreed 'time-out' pass instead of walking out of lessons, so that walk-outs "
      "fall from an average of 4 a week to no more than 1 a week over a half-term.",
      s="Keira", b="use her agreed 'time-out' pass instead of walking out of lessons", c="from an average of 4 a week to no more than 1 a week over a half-term",
      t="By July 2027"),
    O("5. By July 2027, Keira will have no suspensions in a full school year.",
      s="Keira", b="have no suspensions", c="no suspensions in a full school year", t="By July 2027",
      note="Measurable by absence of events; arguably not a positive skill."),
    O("6. By July 2027, Keira will {-feel better about herself-}{+describe 3 things she does well as a learner and score "
      "at least 20 on the Rosenberg Self-Esteem Scale+}.",
      s="Keira", b="describe 3 things she does well as a learner and score at least 20 on the Rosenberg Self-Esteem Scale",
      c=["3 things", "at least 20 on the Rosenberg Self-Esteem Scale"], t="By July 2027"),
    H2("Preparation for adulthood"),
    O("7. Employment: by July 2028, Keira will complete a work experience placement of at least 5 days in a hair salon "
      "and will have a written careers plan naming at least 2 post-16 courses.",
      s="Keira", b="complete a work experience placement of at least 5 days in a hair salon and will have a written careers plan naming at least 2 post-16 courses",
      c=["at least 5 days", "at least 2 post-16 courses"], t="by July 2028"),
    O("8. Health: by July 2028, Keira will explain what her medication does and manage her own lunchtime eating plan, "
      "eating a meal on at least 4 school days a week.",
      s="Keira", b="explain what her medication does and manage her own lunchtime eating plan", c="eating a meal on at least 4 school days a week",
      t="by July 2028"),
]))
S.append(("F", HEAD["F"], [
    P("Ridgeway High School will make the following provision. The SENCo, Mr Gareth Lunn, co-ordinates it. Keira's "
      "key worker is her learning mentor, Mr Idris Rahman."),
    T("Cognition and learning", [
        ("Dyslexia: reading, spelling and phonological processing", [
            R("Specialist dyslexia teaching using a structured, multisensory literacy programme (Units of Sound), "
              "including spelling strategies.", "Specialist teacher holding an approved dyslexia qualification (AMBDA)",
              "{-Once weekly-}{+Twice weekly+}", "45 minutes", "1:1", note="Tracked change doubles the frequency."),
            R("Reading fluency practice with the Reading Plus online programme.", "HLTA (Mrs Debbie Walsh)", "3 times weekly", "20 minutes", "Group of 4",
              note="HLTA not spelt out in this plan."),
            R("Reader pen (C-Pen ExamReader) and speech-to-text on a school laptop, with training in their use.",
              "SENCo; HLTA trains Keira", "Available every lesson; training 4 x 30 minutes in the autumn term", "", "N/A",
              f=["every lesson"], nodur=True),
            R("Printed copies of slides and key vocabulary on cream paper in 14-point font, given to Keira at the start "
              "of each lesson.", "All subject teachers", "Every lesson", "", "N/A", nodur=True),
            R("Examination access arrangements in line with JCQ rules: a reader (or reader pen) and 25% extra time, "
              "assessed by the specialist teacher.", "Examinations officer and specialist teacher", "All internal and external examinations", "", "N/A",
              nodur=True),
        ]),
        ("Working memory", [
            R("Instructions given one step at a time and written on the board; a task checklist on Keira's desk.",
              "All subject teachers", "Every lesson", "", "Whole class", nodur=True),
        ]),
        ("Mathematics", [
            R("Mathematics intervention focused on number fluency and reading word problems.", "Mathematics teaching assistant",
              "Once weekly", "40 minutes", "Group of 5"),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("ADHD: attention, impulsivity and regulation", [
            R("Mentoring on self-regulation and organisation, using the 'Stop, Think, Do' approach.",
              "Learning mentor (Mr Idris Rahman)", "Once weekly", "30 minutes", "1:1"),
            R("Time-out pass allowing Keira to go to the Learning Support base for 10 minutes, agreed with all staff.",
              "All subject teachers; Learning Support base staff", "Available every lesson", "10 minutes", "1:1",
              f=["every lesson"]),
            R("Movement breaks and a fidget tool, with heavier reading tasks timetabled in the mornings where possible.",
              "Subject teachers", "As needed", "", "N/A", vague=True, nodur=True,
              note="'As needed' and 'where possible' leave it open."),
            R("Morning and afternoon check-ins to organise equipment and the day's timetable.", "Learning mentor or HLTA",
              "{+Daily at 8.40am and 1.15pm+}", "5 minutes", "1:1", note="Tracked insertion supplies the timing."),
        ]),
        ("Low self-esteem as a learner", [
            R("Guided self-help sessions on self-esteem and managing low mood.", "Mental Health Support Team education mental health practitioner",
              "Once weekly for 8 weeks", "40 minutes", "1:1"),
        ]),
    ]),
    T("Preparation for adulthood", [
        ("Careers guidance and work experience", [
            R("Careers guidance interviews on hair and beauty and sports coaching routes, and the support available at college for dyslexia and ADHD.",
              "Level 6 qualified careers adviser, Northmoor Careers Hub", "Twice a year (autumn and summer terms)", "45 minutes", "1:1"),
            R("Work experience placement in a local salon with a risk assessment and briefing for the employer on Keira's needs.",
              "Work experience co-ordinator", "One week in Year 10", "5 days", "1:1", f=["One week in Year 10"]),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Health provision agreed by the Designated Clinical Officer on 28 October 2026."),
    T("Health provision", [
        ("ADHD", [
            R("Medication review, including appetite, growth and the effect of medication in the afternoon.",
              "Consultant paediatrician, Northmoor Neurodevelopmental Service (Dr Kate Henshaw)", "Every 6 months", "30 minutes", "1:1"),
            R("ADHD information session for Keira and her mum on managing medication and routines.",
              "ADHD specialist nurse, Northmoor Neurodevelopmental Service", "Once, by March 2027", "60 minutes", "Keira and her mum"),
        ]),
        ("Low mood", [
            R("Review by the GP if low mood continues after the MHST sessions, with referral to CAMHS if needed.",
              "GP (Dr Meera Sandhu)", "Once, in March 2027", "15 minutes", "1:1"),
        ]),
    ]),
]))
S.append(("H1", HEAD["H1"], [P("No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.")]))
S.append(("H2", HEAD["H2"], [P("No other social care provision is required.")]))
S.append(("I", HEAD["I"], [P(DRAFT_I)]))
S.append(("J", HEAD["J"], [P("No personal budget has been requested.")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Keira's views ('All About Me' booklet)", "Keira Bradshaw, with Mr Idris Rahman", "9 October 2026"],
        ["Parental advice", "Stacey Kirkham", "5 October 2026"],
        ["Educational advice", "Mr Gareth Lunn, SENCo, Ridgeway High School", "8 October 2026"],
        ["Specialist teacher assessment (dyslexia)", "Mrs Carol Ainsworth, Specialist Teacher (AMBDA)", "23 September 2026"],
        ["Educational psychology advice", "Dr Alison Pearce, Educational Psychologist", "29 September 2026"],
        ["Medical advice", "Dr Kate Henshaw, Consultant Paediatrician, Neurodevelopmental Service", "2 October 2026"],
        ["Social care advice", "Northmoor Children's Services Front Door", "30 September 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="keira_bradshaw", child="Keira Bradshaw", dob="2012-09-20", plan_date="2026-11-04", status="draft", grade="good",
    tc_date="2026-11-03T11:05:00Z",
    cover=cover("Keira Bradshaw", "20 September 2012", "556 130 7428", "C823409941013", "4 November 2026", "Draft – not for issue",
                "Gillian Hartshorn, SEND Caseworker", school="Ridgeway High School (Year 9)"),
    contacts=[["Stacey Kirkham", "Parent", "Via the SEND caseworker"],
              ["Mr Gareth Lunn", "SENCo, Ridgeway High School", "senco@ridgeway.example.sch.uk"],
              ["Mr Idris Rahman", "Learning mentor and key worker", "Via the school office"],
              ["Dr Alison Pearce", "Educational Psychologist, Northmoor EP Service", "01632 960 355"],
              ["Dr Kate Henshaw", "Consultant Paediatrician, Neurodevelopmental Service", "01632 960 509"],
              ["Gillian Hartshorn", "SEND Caseworker, Northmoor County Council", "01632 960 142"]],
    sections=S, status_of={"D": "nil", "H1": "nil", "H2": "nil", "I": "blank", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F/G tables with merged "
           "title row and vertically merged Need column; unaccepted tracked changes (SEN Team Manager) in E and F; H1/H2 nil.",
    rationale=("Good (draft). Keira's voice and aspirations are clear and her mum's views recorded. B covers dyslexia, ADHD and "
               "PFA with data; C names ADHD and low mood and G meets both (DCO agreed); D, H1, H2 explicitly nil with social care "
               "advice in K. Outcomes are SMART once the manager's tracked changes are accepted, including two PFA outcomes; "
               "outcome 5 is framed as an absence of suspensions. F is mostly quantified with named roles. Lapses: movement "
               "breaks 'as needed' and 'where possible'; a check-in delivered by 'learning mentor or HLTA' with HLTA and MHST "
               "not spelt out; CAMHS unexplained; the self-esteem need relies on a time-limited block only. Section I "
               "correctly blank."),
    faults=[
        dict(kind="vague-provision", section="F", sentence="Movement breaks and a fidget tool, with heavier reading tasks timetabled in the mornings where possible."),
        dict(kind="unexplained-acronym", section="F", sentence="Reading fluency practice with the Reading Plus online programme. | HLTA (Mrs Debbie Walsh)"),
        dict(kind="unexplained-acronym", section="G", sentence="Review by the GP if low mood continues after the MHST sessions, with referral to CAMHS if needed."),
    ],
)
