from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Alfie's views were gathered by his class teacher, Miss Rosie Kaur, and his teaching assistant, Mrs Dawn Tillotson, "
      "over two weeks in April 2026, using photographs, a talking mat and Makaton signs. Alfie chose the photos himself. "
      "Where Alfie's own words are used they are written in quotation marks."),
    P("Alfie is 9 and is in Year 4 at Hollins Cross Primary School. He lives with his mum, Natalie Dunmore, his stepdad, "
      "Lewis Adebayo, and his sisters Poppy (13) and Grace (3). Alfie has Down syndrome."),
    P("Things Alfie likes: “Football. Liverpool. Swimming. Grace. Dinner time.” He loves music and dancing and is proud of "
      "his orange swimming badge. He likes being a helper and takes the register to the office every morning. He put the "
      "picture of his friend Kofi on the ‘happy’ side of the talking mat and said “Kofi my best friend.”"),
    P("Things Alfie does not like: “Loud. Hand dryer. Writing long.” He put the picture of the hall at lunchtime on the "
      "‘sad’ side and covered his ears. He told Mrs Tillotson he does not like it when he “can't say it” and people do not "
      "wait."),
    P("What Alfie wants to get better at: “Reading books. Big numbers. Ride bike.” When asked what he wants to be when he "
      "is grown up, Alfie said “footballer” and then “work in a café like Poppy”."),
    H2("How to communicate with me"),
    P("Alfie understands more than he can say. He speaks in 2 to 4 word phrases and uses Makaton signs to support his "
      "speech. Adults should use short sentences, key word signs and pictures, give him time to answer (count to ten "
      "silently) and check he has understood by asking him to show them rather than asking “do you understand?”"),
    H2("My family's views"),
    P("Natalie said: “Alfie is the happiest boy you could meet and he loves school. We want him to stay at Hollins Cross "
      "with his friends. What matters most to us is that he learns to read and can talk to people outside the family so "
      "he can be understood. We'd like him to be safe crossing roads and to be able to go to the shop one day.” Lewis "
      "added that Alfie copes better when he knows what is happening next, and that a visual timetable at home has helped."),
    P("The family's aspirations for Alfie are that he will go to secondary school with his friends, have paid work, and "
      "live as independently as possible, perhaps in supported living near his family."),
    H2("History"),
    P("Alfie was diagnosed with Down syndrome at birth. He had heart surgery (repair of an atrioventricular septal defect) "
      "at 5 months and is now discharged from cardiology with a check every 2 years. He attended Rainbow Pre-School with "
      "support from the Early Years SEND team and has attended Hollins Cross Primary School since Reception. His EHC plan "
      "was issued in 2021 and this is the plan amended after his Year 4 annual review on 29 April 2026."),
]))
S.append(("B", HEAD["B"], [
    P("Alfie's needs are described under the four broad areas. Information comes from the advice in Section K, "
      "especially the Educational Psychologist (EP) advice from Dr Hannah Cresswell (March 2026) and the Speech and "
      "Language Therapy (SaLT) advice from Ewan MacLeod (February 2026)."),
    H2("Strengths"),
    P("Alfie is sociable, kind and motivated by praise and by helping others. His visual memory is a relative strength: he "
      "learns sight words and routines quickly when they are shown to him. He can now recognise 85 high-frequency words, "
      "count reliably to 20 and add within 10 using objects. He follows the class routine with a visual timetable and "
      "has good gross motor skills for his age group."),
    H2("Communication and interaction"),
    P("Alfie has a significant speech and language delay associated with Down syndrome. His understanding of spoken "
      "language is at about a 4 to 5 year level (CELF Preschool-2, February 2026) and his expressive language is at "
      "about a 3 year level. His speech sounds are often unclear: he leaves off the ends of words and reduces clusters "
      "(“pider” for spider), so unfamiliar listeners understand about half of what he says. Ewan MacLeod notes: “Alfie "
      "relies heavily on signing and gesture, which is a strength to build on rather than a habit to fade.” He finds it "
      "hard to join in with group talk and can withdraw when he is not understood."),
    H2("Cognition and learning"),
    P("Alfie has a moderate learning difficulty. Dr Cresswell found his non-verbal reasoning to be a relative strength "
      "and his auditory short-term memory a significant weakness (he can repeat 2 numbers in order; most children his age "
      "can repeat 5). He is working within the pre-key stage standards (standard 3 in reading, standard 2 in writing and "
      "mathematics). He is beginning to blend three-sound words (CVC words) and needs many repetitions to learn new "
      "sounds. Pencil control is weak and he forms most letters with support."),
    H2("Social, emotional and mental health"),
    P("Alfie is well liked and has two close friends. He finds unstructured times hard, particularly the noisy lunch hall "
      "and the end of playtime, when he has on occasion sat down and refused to move for up to 20 minutes. He needs "
      "help to understand turn-taking in games and to manage changes to the routine."),
    H2("Sensory and/or physical needs"),
    P("Alfie has low muscle tone (hypotonia) and hypermobile joints, which affect his fine motor skills, his sitting "
      "posture and his stamina. He has a mild conductive hearing loss in both ears (glue ear) and wears a hearing aid in "
      "his left ear. He is sensitive to sudden loud noise, such as the hand dryer. He wears glasses for long sight. He is "
      "not yet fully independent in toileting: he needs reminders and help with fastenings and wiping."),
]))
S.append(("C", HEAD["C"], [
    P("Alfie's health needs related to his SEN are:"),
    B("Mild bilateral conductive hearing loss, managed by the Northmoor Paediatric Audiology Service; he wears a hearing "
      "aid in his left ear and is supported by the Sensory Support Service."),
    B("Long sight (hypermetropia): glasses prescribed by the hospital orthoptic service, to be worn all day."),
    B("Low muscle tone and hypermobility affecting posture and motor skills, under the Children's Physiotherapy Service."),
    B("Heart: repaired atrioventricular septal defect; cardiology review every 2 years. No restrictions on activity."),
    B("Thyroid: Alfie has an annual blood test for thyroid function, as recommended for children with Down syndrome. "
      "His results are currently normal."),
    B("Toileting: delayed toilet training, supported by the Children's Continence Service."),
]))
S.append(("D", HEAD["D"], [
    P("Social care advice was requested from the Children with Disabilities Team, and Alfie was discussed with the "
      "family at the annual review. Alfie does not have a social worker and the family have not requested an "
      "assessment. Natalie said the family would like information about local play schemes in the summer holidays."),
    P("Alfie has one social care need related to his SEN and disability: access to inclusive holiday play activities "
      "with support, so that he can spend time with other children and his parents can have a short break. This is "
      "met through the Northmoor Local Offer short breaks (see Section H2)."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below are set for the end of Key Stage 2 (July 2028), with steps towards them for July 2027. Hollins "
      "Cross Primary School will set shorter-term targets each term in Alfie's individual provision map, shared with his "
      "parents at termly meetings in October, February and June."),
    H2("Communication and interaction"),
    O("1. By July 2027, Alfie will use sentences of 4 to 5 words, with or without signs, to tell an adult about something "
      "he has done, in 4 out of 5 opportunities recorded by his SaLT programme log.",
      s="Alfie", b="use sentences of 4 to 5 words, with or without signs, to tell an adult about something he has done",
      c="in 4 out of 5 opportunities recorded by his SaLT programme log", t="By July 2027"),
    O("2. By July 2028, Alfie will be understood by an unfamiliar adult (for example a visitor or lunchtime supervisor) when "
      "asking for what he needs, using speech, sign or his communication book, on 8 out of 10 observed occasions.",
      s="Alfie", b="be understood by an unfamiliar adult (for example a visitor or lunchtime supervisor) when asking for what he needs, using speech, sign or his communication book",
      c="on 8 out of 10 observed occasions", t="By July 2028"),
    H2("Cognition and learning"),
    O("3. By July 2027, Alfie will read and understand a book at Book Band 4 (blue) with 90% word accuracy, and answer 2 "
      "simple questions about it.",
      s="Alfie", b="read and understand a book at Book Band 4 (blue)", c=["with 90% word accuracy", "answer 2 simple questions about it"],
      t="By July 2027"),
    O("4. By July 2028, Alfie will add and subtract within 20 using a number line and write his answers, scoring 8 out of "
      "10 on his class assessment.",
      s="Alfie", b="add and subtract within 20 using a number line and write his answers", c="scoring 8 out of 10 on his class assessment",
      t="By July 2028"),
    O("5. By July 2027, Alfie will write a sentence of at least 5 words about his own experience, with correctly formed "
      "letters and finger spaces, independently.",
      s="Alfie", b="write a sentence of at least 5 words about his own experience, with correctly formed letters and finger spaces",
      c=["at least 5 words", "independently"], t="By July 2027"),
    H2("Social, emotional and mental health"),
    O("6. By July 2027, Alfie will move from playtime to the classroom within 5 minutes of the bell, using his visual "
      "timer and ‘first, then’ card, on at least 4 days out of 5 over a half-term.",
      s="Alfie", b="move from playtime to the classroom within 5 minutes of the bell, using his visual timer and ‘first, then’ card",
      c=["within 5 minutes of the bell", "on at least 4 days out of 5 over a half-term"], t="By July 2027"),
    O("7. By July 2027, Alfie will take turns in a structured game with 2 or 3 peers for 10 minutes without adult prompts.",
      s="Alfie", b="take turns in a structured game with 2 or 3 peers", c=["for 10 minutes without adult prompts"], t="By July 2027"),
    H2("Sensory and/or physical; independence"),
    O("8. By July 2027, Alfie will use the toilet independently at school, including managing his trouser fastenings and "
      "washing his hands, with no more than one verbal reminder a day.",
      s="Alfie", b="use the toilet independently at school, including managing his trouser fastenings and washing his hands",
      c=["independently", "with no more than one verbal reminder a day"], t="By July 2027"),
    O("9. By July 2028, Alfie will cross a quiet road safely with an adult at his side but not holding his hand, stopping "
      "at the kerb and looking both ways, on 5 consecutive community outings.",
      s="Alfie", b="cross a quiet road safely with an adult at his side but not holding his hand, stopping at the kerb and looking both ways",
      c="on 5 consecutive community outings", t="By July 2028"),
]))
TA = "TA trained in Makaton (Mrs Dawn Tillotson)"
S.append(("F", HEAD["F"], [
    P("Hollins Cross Primary School will make the following provision. The SENCo, Mr Paul Lindley, co-ordinates Alfie's "
      "provision. Alfie's teaching assistant (TA), Mrs Dawn Tillotson, holds Makaton Level 3 and has completed the Down "
      "Syndrome Education training on reading and numbers. Alfie has full-time adult support: 32.5 hours a week of TA "
      "time in class and at unstructured times, delivering the programmes below."),
    T("Communication and interaction", [
        ("Delayed expressive language; unclear speech; reliance on signing", [
            R("Speech and language therapy assessment, target setting and modelling of Alfie's programme to his TA and class teacher.",
              "HCPC-registered speech and language therapist, Northmoor SaLT Service (Ewan MacLeod)", "Once each half-term", "60 minutes", "1:1"),
            R("Individual language programme set by the SaLT (sentence building with colour-coded cards, speech sound work on word endings).",
              TA, "4 times weekly", "15 minutes per session", "1:1"),
            R("Key word signing (Makaton) by all adults who work with Alfie, and a communication book with symbols for the "
              "lunch hall, playground and office.", "All class staff, lunchtime supervisors and office staff, trained by the SaLT",
              "Throughout the school day", "", "N/A", f=["Throughout the school day"], nodur=True),
            R("Makaton training for the class teacher, lunchtime supervisors and two peers' parents volunteering in class.",
              "Northmoor SaLT Service", "Once each September", "2 hours", "Up to 10 adults", g=[], spec=False,
              note="'Up to 10 adults' is not a definite group size."),
        ]),
        ("Difficulty joining in with group talk", [
            R("Talk Boost language group focusing on listening, turn-taking and vocabulary.", "TA trained in Talk Boost",
              "3 times weekly for 10 weeks each autumn term", "30 minutes", "Group of 4"),
        ]),
    ]),
    T("Cognition and learning", [
        ("Moderate learning difficulty; weak auditory memory; early reading", [
            R("Individual reading programme using the Down Syndrome Education 'See and Learn' approach: sight words, "
              "phonics and reading practice with books at Alfie's level.", TA, "Daily", "20 minutes", "1:1"),
            R("Differentiated curriculum in English and mathematics, planned by the class teacher with visual supports "
              "(word mats, number lines, concrete apparatus) available in every lesson.", "Class teacher (Miss Rosie Kaur)",
              "Every English and mathematics lesson", "", "Whole class", nodur=True),
        ]),
        ("Early number skills", [
            R("Numicon-based mathematics programme, following the Numicon Breaking Barriers teaching sequence.",
              TA, "4 times weekly", "20 minutes", "1:1"),
        ]),
        ("Handwriting and pencil control", [
            R("Fine motor and handwriting programme (Speed Up! adapted), using a writing slope and a pencil grip "
              "recommended by the occupational therapist.", TA, "3 times weekly", "15 minutes", "Group of 3"),
        ]),
        ("Monitoring progress", [
            R("Educational psychologist consultation with school and parents to review progress and update strategies.",
              "Educational Psychologist, Northmoor EP Service", "Once a year, before the annual review", "90 minutes", "Parents, teacher and SENCo",
              g=["Parents, teacher and SENCo"]),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Difficulty with transitions and unstructured times", [
            R("Visual timetable at Alfie's desk, 'first, then' card and a 2-minute visual timer before every transition.",
              "Class staff led by the TA named above", "Every transition", "", "N/A", nodur=True),
            R("Structured lunchtime club in the library with board games and a quiet space, as an alternative to the "
              "playground.", "Lunchtime supervisor trained in Alfie's plan (Mrs June Platt)", "3 lunchtimes a week (Mon, Wed, Fri)",
              "30 minutes", "Group of 6"),
            R("Social skills group using Lego-based therapy to practise turn-taking and sharing.", "TA trained in Lego-based therapy",
              "Once weekly", "40 minutes", "Group of 3"),
        ]),
    ]),
    T("Sensory and/or physical", [
        ("Hearing loss", [
            R("Advice to school, checking of the hearing aid and a radio aid, and training for staff in managing them.",
              "Qualified Teacher of the Deaf (QToD), Northmoor Sensory Support Service", "Once each half-term", "60 minutes", "1:1"),
            R("Daily hearing aid check (listening check and battery) and seating near the teacher, away from the door.",
              "TA named above", "Daily at 8.50am", "5 minutes", "1:1"),
        ]),
        ("Low tone and hypermobility affecting fine and gross motor skills and posture", [
            R("Occupational therapy programme for fine motor skills and dressing, reviewed by the occupational therapist.",
              "HCPC-registered occupational therapist, Northmoor Children's OT Service", "Once each term", "45 minutes", "1:1"),
            R("Daily motor skills programme (BEAM) set by the physiotherapist and OT.", "TA named above", "Daily", "15 minutes", "Group of 4"),
            R("Seating: chair with foot block and a writing slope in every classroom.", "SENCo", "Every lesson", "", "N/A", nodur=True),
        ]),
        ("Toileting and personal care", [
            R("Toileting programme following the continence nurse's plan, with help with fastenings faded over the year.",
              "TA named above", "At 10.15am, 12.15pm and 2.15pm daily", "10 minutes", "1:1", f=["At 10.15am, 12.15pm and 2.15pm daily"]),
        ]),
        ("Road safety and independence", [
            R("Road safety and community skills sessions on local routes, following a written risk assessment.",
              TA, "Once weekly in the summer term", "45 minutes", "1:1"),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Health provision agreed by the Designated Clinical Officer on 13 May 2026."),
    T("Health provision", [
        ("Hearing loss", [
            R("Audiology review and hearing aid maintenance.", "Northmoor Paediatric Audiology Service", "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Vision", [
            R("Orthoptic and optometry review with updated glasses prescription.", "Hospital Orthoptic Service, Northmoor General Hospital",
              "Every 12 months", "", "1:1", nodur=True),
        ]),
        ("Low tone, hypermobility and posture", [
            R("Physiotherapy review, advice to school and the motor programme in Section F.", "Children's Physiotherapy Service",
              "Once each term", "45 minutes", "1:1"),
        ]),
        ("Heart and thyroid", [
            R("Cardiology review.", "Paediatric cardiology, Northmoor General Hospital", "Every 2 years (next due January 2027)", "", "1:1", nodur=True),
            R("Thyroid function blood test and review.", "Consultant community paediatrician (Dr Samuel Ng)", "Every 12 months", "", "1:1", nodur=True),
        ]),
        ("Toileting", [
            R("Continence assessment and toileting plan for home and school, with staff advice.", "Children's Continence Service (continence nurse)",
              "Every 6 months", "45 minutes", "1:1"),
        ]),
    ]),
]))
S.append(("H1", HEAD["H1"], [
    P("Alfie does not currently have any assessed needs that require provision under section 2 of the Chronically Sick "
      "and Disabled Persons Act 1970. This will be reviewed at each annual review."),
]))
S.append(("H2", HEAD["H2"], [
    T("Other social care provision", [
        ("Access to inclusive holiday play", [
            R("Inclusive summer holiday play scheme through the Northmoor Local Offer short breaks, with 1:1 support from "
              "a play worker.", "Northmoor Inclusive Play (Local Offer short breaks provider)", "10 days in the summer holidays",
              "6 hours a day", "1:1 support within a group of 12"),
        ]),
    ]),
]))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "Hollins Cross Primary School, Station Road, Hollins Cross, Northmoor"],
        ["Type of school", "Mainstream community primary school (4-11)"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [
    P("No personal budget has been requested for Alfie. The family were given information about personal budgets at the "
      "annual review."),
]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Alfie's views (talking mat and photographs)", "Alfie Dunmore, with Miss Rosie Kaur and Mrs Dawn Tillotson", "24 April 2026"],
        ["Parental advice", "Natalie Dunmore and Lewis Adebayo", "22 April 2026"],
        ["Educational advice and annual review report", "Mr Paul Lindley, SENCo, Hollins Cross Primary School", "29 April 2026"],
        ["Educational psychology advice", "Dr Hannah Cresswell, Educational Psychologist", "12 March 2026"],
        ["Speech and language therapy advice", "Ewan MacLeod, Speech and Language Therapist", "18 February 2026"],
        ["Occupational therapy advice", "Ruth Adeyemi, Occupational Therapist", "5 March 2026"],
        ["Sensory Support Service advice (hearing)", "Claire Whitham, Qualified Teacher of the Deaf", "10 March 2026"],
        ["Medical advice", "Dr Samuel Ng, Consultant Community Paediatrician", "25 March 2026"],
        ["Social care advice", "Children with Disabilities Team (no involvement; information only)", "2 April 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="alfie_dunmore", child="Alfie Dunmore", dob="2017-01-09", plan_date="2026-05-20", status="final", grade="outstanding",
    cover=cover("Alfie Dunmore", "9 January 2017", "612 558 3097", "K823405522019", "20 May 2026", "Final",
                "David Okafor, SEND Caseworker", school="Hollins Cross Primary School (Year 4)"),
    sections=S, status_of={"H1": "nil", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover details table; E numbered under Heading 2 areas; F/G/H2 tables "
           "with merged title row and vertically merged Need column; H1 an explicit nil paragraph.",
    rationale=("Outstanding. Alfie's voice is captured through a talking mat with his own words and clear communication "
               "guidance; family aspirations are recorded. B covers all four areas with assessment detail and strengths. "
               "C lists each health need, each matched in G (agreed by the DCO); D records the social care position and the "
               "one need, met in H2; H1 is explicitly nil. Nine SMART outcomes, linked to A and B, with termly shorter-term "
               "targets. F is fully quantified, with named roles and training. Small lapses: Makaton training for 'up to 10 "
               "adults'; the G agreement line gives a date but no named officer; no preparation-for-adulthood outcomes "
               "are expected at this age."),
    faults=[
        dict(kind="vague-provision", section="F", sentence="Makaton training for the class teacher, lunchtime supervisors and two peers' parents volunteering in class."),
    ],
)
