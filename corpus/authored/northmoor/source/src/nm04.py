from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Noah's views were gathered by his class teacher, Mrs Abigail Thorne, who talked with Noah using a 'my favourite "
      "things' drawing activity, and by his mum at home. Noah's words are in quotation marks."),
    P("Noah is 7 and is in Year 2 at St Wilfrid's Church of England Primary School. He lives with his mum, Kelly "
      "Pilkington, his dad, Rob Pilkington, and his big sister Millie, who is 10. His grandad, Tony, collects him from "
      "school on Tuesdays and Thursdays."),
    P("Noah said: “I like dinosaurs and Lego and my grandad's allotment. I'm good at building and running. I don't like "
      "it when I can't find the words and people laugh. Reading is hard. I like it when Mrs Begum helps me with the "
      "pictures.” When asked what he wants to be when he grows up he said “a dinosaur digger”; his mum explained he "
      "means a palaeontologist, which he has seen on television."),
    P("Noah likes to be shown things rather than told. He prefers to work with his friend Ollie. He does not like "
      "answering questions in front of the whole class."),
    H2("A good day and a hard day for Noah"),
    P("A good day for Noah starts with a calm walk to school with Grandad, a job to do when he arrives (he likes "
      "handing out the fruit), and a morning where he knows what is coming because the visual timetable is up and "
      "Mrs Begum has shown him the new words for the topic. On a good day he builds something at choosing time, plays "
      "football with Ollie and comes home and tells his mum one thing he did, using his 'talk about school' card."),
    P("A hard day is one where there is a supply teacher, the timetable changes without warning, or he is asked to "
      "read aloud or answer a question in front of the class. On those days Noah goes quiet, then becomes cross, and "
      "his mum says he is often tearful at bedtime and says he does not want to go back to school."),
    H2("My parents' views"),
    P("Kelly and Rob said: “Noah is a kind, funny boy who is brilliant with his hands. He gets really frustrated when he "
      "can't explain something and it sometimes comes out as temper at home. We want him to be able to tell people what "
      "he means and to learn to read so he doesn't feel behind his friends.” They would like to know what speech and "
      "language targets Noah is working on so they can practise them at home."),
    H2("My teacher's view"),
    P("Mrs Thorne said: “Noah is a popular member of the class and a very good builder and problem-solver when he can "
      "use his hands. He tries hard to join in and is starting to put his hand up in small groups. He is most "
      "successful when instructions are short and shown as well as told, and when he has had the chance to hear and "
      "practise new words before the lesson. He becomes upset when he feels rushed, and he needs adults to wait for him "
      "to find his words rather than finishing his sentences for him.”"),
    H2("Aspirations"),
    P("Noah's parents hope that he will go to the local junior school with his friends, read for pleasure, and in the "
      "longer term follow his interest in science and the outdoors."),
    H2("History"),
    P("Noah was late to talk: he said his first words at about 2 and a half. He was referred to speech and language "
      "therapy by his health visitor at age 3 and was diagnosed with developmental language disorder (DLD) in March 2025. "
      "He has received SEN support at St Wilfrid's since Reception. The school requested an EHC needs assessment in "
      "September 2025 because his progress remained very limited despite targeted support."),
]))
S.append(("B", HEAD["B"], [
    P("Noah's needs are described below under the broad areas that apply to him. They are taken from the advice in "
      "Section K, including the Speech and Language Therapy (SaLT) advice of Hollie Garside and the Educational "
      "Psychologist (EP) advice of Dr Simon Erskine."),
    H2("Strengths"),
    P("Noah has good non-verbal reasoning (in the average range on the BAS3 matrices), strong visual-spatial skills and "
      "good gross motor skills. He is sociable, has friends and is persistent when a task interests him. He uses gesture "
      "and drawing well to get his meaning across."),
    H2("Communication and interaction"),
    P("Noah has developmental language disorder (DLD). This is a long-term difficulty with understanding and using "
      "spoken language that is not caused by another condition. On the CELF-5 UK (November 2025) his understanding of "
      "language was at the 5th centile and his expressive language at the 2nd centile. He finds it hard to follow "
      "instructions with more than two parts, to understand concept words such as 'before', 'unless' and 'except', and "
      "to learn new vocabulary. He speaks in short sentences, leaves out small grammar words ('he go park') and has "
      "word-finding difficulties, often saying 'that thing'. Hollie Garside writes: “Noah's language difficulties are "
      "persistent and will affect his access to the whole curriculum, not only English.”"),
    H2("Cognition and learning"),
    P("Noah is working below age-related expectations in reading, writing and mathematics. He knows 24 of the Phase 3 "
      "phonics sounds but cannot yet blend reliably, and he failed the Year 1 phonics screening check with a score of 12 "
      "(the threshold is 32). He is working at a Year 1 level in mathematics; he can count to 50 and add within 10 using "
      "objects but finds word problems very hard because of the language involved. Dr Erskine notes that Noah's "
      "verbal short-term memory is weak (scaled score 5) and that he learns best with visual and practical methods."),
    P("Dr Erskine writes: “Noah's difficulties in learning to read are closely linked to his language disorder and his "
      "weak verbal memory. He needs daily, systematic phonics teaching with a great deal of over-learning, with new "
      "sounds linked to pictures and actions, and with frequent short reviews. Vocabulary should be pre-taught, and "
      "his understanding should be checked by asking him to show rather than tell. Progress should be measured in small "
      "steps so that both Noah and the adults can see it.”"),
    H2("Social, emotional and mental health"),
    P("Noah's frustration when he cannot make himself understood sometimes shows as crying or pushing at playtime "
      "(4 incidents recorded in the autumn term). He is beginning to notice he finds learning harder than his peers and "
      "has said “I'm stupid at reading.” He needs help to understand and name his feelings and to develop a positive view "
      "of himself as a learner."),
    H2("Summary of current attainment (December 2025)"),
    P("Reading: Phase 3 phonics, 24 of 45 graphemes known; reads 18 of 100 high-frequency words on sight; reading book "
      "at Book Band 2 (red). Writing: writes his name and simple CVC words with support; letter formation mostly "
      "correct; does not yet write a sentence independently. Mathematics: counts reliably to 50; adds and subtracts within "
      "10 using objects; recognises coins to 10p; finds word problems very difficult. Spoken language: uses sentences of "
      "3 to 4 words, often without grammatical endings; understands instructions with 2 key words."),
    H2("Sensory and/or physical needs"),
    P("Noah has no identified sensory or physical needs. His hearing was tested in July 2025 and is within normal limits."),
]))
S.append(("C", HEAD["C"], [
    P("Noah has no health needs related to his special educational needs. His hearing test in July 2025 was normal. His "
      "speech and language therapy is educational provision and is set out in Section F."),
]))
S.append(("D", HEAD["D"], [
    P("Noah has no social care needs related to his special educational needs or disability. Social care advice was "
      "requested and the Northmoor Children's Services Front Door confirmed on 14 November 2025 that the family is not "
      "known to social care and no assessment is required."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below are for the end of Key Stage 1 (July 2026) and the end of Year 4 (July 2028). St Wilfrid's "
      "will set shorter-term targets each term in Noah's SEN support plan and share them with his parents."),
    H2("Communication and interaction"),
    O("1. By July 2026, Noah will follow classroom instructions with 3 key parts (for example 'Put your book in the red "
      "tray and then line up') in 4 out of 5 opportunities, without repetition.",
      s="Noah", b="follow classroom instructions with 3 key parts (for example 'Put your book in the red tray and then line up')",
      c=["in 4 out of 5 opportunities", "without repetition"], t="By July 2026"),
    O("2. By July 2028, Noah will retell a short story or an event in the correct order, using sentences that include "
      "'and', 'because' and 'then', scoring at least 25 on the Renfrew Bus Story.",
      s="Noah", b="retell a short story or an event in the correct order, using sentences that include 'and', 'because' and 'then'",
      c="scoring at least 25 on the Renfrew Bus Story", t="By July 2028"),
    O("3. By July 2026, Noah will use his word-finding strategies (describing the word's first sound, category or use) "
      "to get his meaning across when he is stuck.",
      s="Noah", b="use his word-finding strategies (describing the word's first sound, category or use) to get his meaning across when he is stuck",
      t="By July 2026", note="No criterion or frequency given: not measurable."),
    H2("Cognition and learning"),
    O("4. By July 2026, Noah will blend and read aloud 20 out of 25 phonically regular CVC and CVCC words.",
      s="Noah", b="blend and read aloud", c="20 out of 25 phonically regular CVC and CVCC words", t="By July 2026"),
    O("5. By July 2028, Noah will read a book at Book Band 8 (purple) with 90% accuracy and answer 3 out of 4 simple "
      "questions about it.",
      s="Noah", b="read a book at Book Band 8 (purple)", c=["with 90% accuracy", "answer 3 out of 4 simple questions about it"], t="By July 2028"),
    O("6. By July 2028, Noah will solve one-step word problems in addition and subtraction within 50, using a visual "
      "bar model, in 4 out of 5 questions.",
      s="Noah", b="solve one-step word problems in addition and subtraction within 50, using a visual bar model",
      c="in 4 out of 5 questions", t="By July 2028"),
    H2("Social, emotional and mental health"),
    O("7. By July 2026, Noah will name how he is feeling using the class emotions chart and ask an adult for help when "
      "he is frustrated, with pushing incidents reduced to no more than 1 in a half-term.",
      s="Noah", b="name how he is feeling using the class emotions chart and ask an adult for help when he is frustrated",
      c="with pushing incidents reduced to no more than 1 in a half-term", t="By July 2026"),
]))
TA = "Teaching assistant (Mrs Nasreen Begum), ELKLAN trained"
S.append(("F", HEAD["F"], [
    P("St Wilfrid's Church of England Primary School will make the following provision. The SENCo, Mrs Joanna Pryce, "
      "co-ordinates it. Noah's teaching assistant is Mrs Nasreen Begum."),
    T("Communication and interaction", [
        ("Developmental language disorder: understanding and using language", [
            R("Speech and language therapy: assessment, direct therapy on understanding concept words, sentence structure "
              "and word-finding, and setting of Noah's programme.", "HCPC-registered speech and language therapist, Northmoor SaLT Service (Hollie Garside)",
              "6 sessions each term", "45 minutes per session", "1:1"),
            R("Noah's individual language programme, delivered as written by the SaLT, with a home practice sheet sent "
              "home each Friday.", TA, "4 times weekly", "20 minutes per session", "1:1"),
            R("Shape Coding approach for building sentences, used in English lessons and language sessions.", TA,
              "Daily", "", "1:1 within class", nodur=True,
              note="Every-lesson strategy; no session length needed."),
            R("Pre-teaching of topic vocabulary using a word map with pictures, before each new science and topic unit.",
              TA, "Twice weekly", "15 minutes", "Group of 3"),
            R("Classroom strategies: instructions broken into short chunks, visual timetable, key words on the board with "
              "pictures, and extra thinking time before Noah answers.", "Class teacher (Mrs Abigail Thorne) and TA",
              "Every lesson", "", "Whole class", nodur=True),
            R("Regular opportunities to talk in pairs with a supportive peer before answering in class.", "Class teacher",
              "Regularly", "", "Pairs", vague=True, note="'Regular opportunities' – no frequency."),
        ]),
        ("Staff knowledge of DLD", [
            R("ELKLAN 'Language Builders' training for the class teacher and TA.", "Northmoor SaLT Service", "Once, by July 2026",
              "10 weekly sessions of 2 hours", "2 staff", d=["10 weekly sessions of 2 hours"]),
        ]),
    ]),
    T("Cognition and learning", [
        ("Early reading and phonics", [
            R("Systematic synthetic phonics catch-up programme (Little Wandle Keep-up), with over-learning of sounds "
              "using picture cues.", TA, "Daily", "15 minutes", "1:1"),
            R("Reading practice with a decodable book matched to the sounds Noah knows.", TA, "3 times weekly", "10 minutes", "1:1"),
        ]),
        ("Mathematics and word problems", [
            R("Mathematics intervention using concrete apparatus and bar models, with the language of each problem "
              "pre-taught.", "Teaching assistant trained in the Numbers Count approach", "3 times weekly", "20 minutes", "Group of 4"),
        ]),
        ("Weak verbal short-term memory", [
            R("Memory aids in every lesson: task cards, visual checklists and a 'now and next' strip on Noah's desk.",
              "Class teacher", "Every lesson", "", "N/A", nodur=True),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Frustration and low self-esteem as a learner", [
            R("Zones of Regulation sessions to name feelings and choose strategies, with a personal 'calm plan'.",
              "Teaching assistant trained in Zones of Regulation", "Once weekly", "30 minutes", "Group of 4"),
            R("Daily check-in at the start of the afternoon session, using the emotions chart.", TA, "Daily at 1.00pm", "5 minutes", "1:1"),
            R("Structured playtime games club led by play leaders, as an option for Noah at lunchtime.", "Midday supervisor (Mr Callum Reid)",
              "Twice weekly", "20 minutes", "Group of 8"),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Health provision agreed by the Designated Clinical Officer on 3 February 2026."),
    P("No health provision is required. Noah's speech and language therapy is set out in Section F because it educates "
      "and trains him."),
]))
S.append(("H1", HEAD["H1"], [P("No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.")]))
S.append(("H2", HEAD["H2"], [P("No other social care provision is required.")]))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "St Wilfrid's Church of England Primary School, Church Lane, Ambleford, Northmoor"],
        ["Type of school", "Mainstream voluntary aided primary school (4-11)"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [P("No personal budget has been requested.")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Noah's views", "Noah Pilkington, with Mrs Abigail Thorne", "6 November 2025"],
        ["Parental advice", "Kelly and Rob Pilkington", "3 November 2025"],
        ["Educational advice", "Mrs Joanna Pryce, SENCo, St Wilfrid's CE Primary School", "7 November 2025"],
        ["Educational psychology advice", "Dr Simon Erskine, Educational Psychologist", "19 November 2025"],
        ["Speech and language therapy advice", "Hollie Garside, Speech and Language Therapist", "21 November 2025"],
        ["Health advice", "Dr Fiona Latimer, Community Paediatrician", "12 November 2025"],
        ["Social care advice", "Northmoor Children's Services Front Door", "14 November 2025"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="noah_pilkington", child="Noah Pilkington", dob="2018-10-03", plan_date="2026-02-11", status="final", grade="good",
    cover=cover("Noah Pilkington", "3 October 2018", "427 903 1586", "A823407733020", "11 February 2026", "Final",
                "David Okafor, SEND Caseworker", school="St Wilfrid's CE Primary School (Year 2)"),
    contacts=[["Kelly and Rob Pilkington", "Parents", "Via the SEND caseworker"],
              ["Mrs Joanna Pryce", "SENCo, St Wilfrid's CE Primary School", "senco@stwilfrids.example.sch.uk"],
              ["Mrs Abigail Thorne", "Class teacher (Year 2)", "Via the school office"],
              ["Hollie Garside", "Speech and Language Therapist, Northmoor SaLT Service", "01632 960 271"],
              ["Dr Simon Erskine", "Educational Psychologist, Northmoor EP Service", "01632 960 355"],
              ["David Okafor", "SEND Caseworker, Northmoor County Council", "01632 960 140"]],
    sections=S, status_of={"C": "nil", "D": "nil", "G": "nil", "H1": "nil", "H2": "nil", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F as three tables "
           "with merged title row and vertically merged Need column; G, H1, H2 explicit nil paragraphs.",
    rationale=("Good. Noah's voice and his parents' views are clear; B describes his DLD and learning needs with assessment "
               "data and strengths. C, D, G, H1, H2 are explicitly nil and supported by health and social care advice in K. "
               "Six of seven outcomes are SMART and linked to B; outcome 3 lacks a criterion. F is quantified with named "
               "roles, frequencies and group sizes, and SaLT is correctly in F. Not outstanding: the child's voice is brief, "
               "shorter-term target arrangements are only a sentence, one F item relies on 'regular opportunities', and ELKLAN "
               "is not explained."),
    faults=[
        dict(kind="outcome-not-smart", section="E", sentence="3. By July 2026, Noah will use his word-finding strategies (describing the word's first sound, category or use) to get his meaning across when he is stuck."),
        dict(kind="vague-provision", section="F", sentence="Regular opportunities to talk in pairs with a supportive peer before answering in class."),
        dict(kind="unexplained-acronym", section="F", sentence="ELKLAN 'Language Builders' training for the class teacher and TA."),
    ],
)
