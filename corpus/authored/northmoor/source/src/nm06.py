from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    H2("About me"),
    P("Ruby is 4 and started in Reception (Ladybird Class) at Fernhill Primary School in September 2026. Her views were "
      "gathered by her key person, Mrs Lorraine Oyelaran, through observation over four weeks and by her parents at "
      "home, using the Northmoor 'One Page Profile' for young children. Ruby uses some single words and lots of "
      "gesture, so most of what is below is what the adults who know her best have seen and heard."),
    P("Ruby lives with her mum, Sophie Thackeray, her dad, Adam Thackeray, and her baby brother, Arlo, who is 10 months. "
      "Her nana, Pat, looks after her one day a week."),
    H2("What people like and admire about me"),
    P("Ruby has a lovely smile and a big laugh. She is affectionate and loves cuddles from familiar adults. She is "
      "curious and will explore anything that spins or makes a noise. She is brave at new things once she has watched "
      "them a few times."),
    H2("What is important to me"),
    P("Ruby loves the water tray, bubbles, the song 'Wind the Bobbin Up' and her toy rabbit, 'Bun', who comes to school "
      "in her bag. She likes the outdoor area, especially the slide. She says “more”, “bubble”, “Mummy” and “no” and "
      "will lead an adult by the hand to what she wants. She does not like her hands being messy with paint or glue, "
      "loud hand dryers or being rushed."),
    H2("How best to support me"),
    P("Use my name first, then a short sentence with one or two key words and a Makaton sign. Show me an object or a "
      "photo of what is happening next. Give me time: I need a few seconds before I respond. Sing to me at tidy-up "
      "time. If I look blank or stop moving for a few seconds, tell an adult, because I might be having a seizure."),
    H2("My parents' views"),
    P("Sophie and Adam said: “We are so happy that Ruby is at Fernhill with the children from her street. We want her to "
      "be safe, because of her epilepsy, and to learn to talk and play with other children. We'd love her to be able to "
      "tell us what she wants and to be toilet trained by the time she's in Year 2. We want to know what she has done "
      "each day, because she can't tell us.”"),
    P("Ruby's nana, Pat, said Ruby is “a little ray of sunshine” and that she loves going to the park and feeding the "
      "ducks. Pat has been shown how to use Ruby's Makaton signs and how to give her emergency medication, and she "
      "would like to be included in training at school so that everyone uses the same approach."),
    H2("History"),
    P("Ruby was born at term after a normal pregnancy. Her parents noticed she was slow to sit and walk (she walked at 22 "
      "months). She was diagnosed with global developmental delay by the Northmoor Child Development Centre in 2024 and "
      "began having seizures in January 2025. She attended Sunflowers Day Nursery with Early Years Inclusion Funding "
      "and support from the Area SENCo. The nursery requested an EHC needs assessment in April 2026."),
]))
S.append(("B", HEAD["B"], [
    P("Ruby's needs are described under the four broad areas, drawing on the advice in Section K, including the "
      "Educational Psychologist (EP) advice of Dr Nicola Brough and the Speech and Language Therapy (SaLT) advice of "
      "Rhiannon Pugh."),
    H2("Strengths"),
    P("Ruby is sociable with familiar adults, has good eye contact and enjoys songs and turn-taking games with an "
      "adult. She can follow familiar routines with object cues and match pictures of familiar objects. She is walking "
      "confidently and can climb the small slide."),
    H2("Communication and interaction"),
    P("Ruby's language is at about an 18 to 24 month level (Early Years Foundation Stage development tracker, October "
      "2026). She understands single words for familiar objects and people and some simple instructions in routine "
      "contexts ('coat on', 'sit down'). She uses around 15 single words and 6 Makaton signs. She finds it hard to join in "
      "play with other children and tends to play alongside them. Rhiannon Pugh advises that Ruby “needs a total "
      "communication approach – speech, sign, objects and photos – used consistently by everyone around her.”"),
    H2("Cognition and learning"),
    P("Ruby has global developmental delay. Dr Brough's observations and the Griffiths III scales suggest her overall "
      "development is at about half her chronological age, with relative strengths in social and visual skills. Her "
      "attention is short (about 1 to 2 minutes on an adult-led task). She is beginning to explore cause and effect toys "
      "and to show interest in shape sorters."),
    P("Mrs Gemma Hirst, manager of Sunflowers Day Nursery, reported that Ruby made steady progress at nursery in small "
      "steps, particularly in her attention and her use of signs, when she had a consistent key person and a quiet "
      "corner to work in. Ruby learnt the nursery routine over about a term, helped by photographs and a song for each "
      "part of the session, and by the end of the summer she was choosing activities from a photo board."),
    H2("Social, emotional and mental health"),
    P("Ruby is generally settled and happy. She becomes distressed (crying, dropping to the floor) at transitions and "
      "when the classroom is noisy, and she needs an adult to help her calm down. She is learning to tolerate waiting "
      "and sharing."),
    H2("Sensory and/or physical needs"),
    P("Ruby has low muscle tone and her balance is unsteady on uneven ground. Her fine motor skills are at about a 15 "
      "month level: she uses a whole-hand grasp and cannot yet use a spoon without spilling. She avoids messy textures "
      "and seeks movement. She is not yet toilet trained and wears nappies."),
]))
S.append(("C", HEAD["C"], [
    P("Ruby's health needs related to her SEN are:"),
    B("Epilepsy (focal seizures with impaired awareness, and occasional generalised tonic-clonic seizures), under Dr "
      "Imran Latif, consultant paediatric neurologist. She takes levetiracetam twice daily at home. She has an individual "
      "healthcare plan and emergency medication (buccal midazolam) must be available at school and on trips."),
    B("Global developmental delay, monitored by the Northmoor Child Development Centre (Dr Helen Morrow, consultant "
      "community paediatrician); genetic tests are awaited."),
    B("Low muscle tone affecting walking, balance and posture, under the Children's Physiotherapy Service."),
    B("Delayed toilet training, to be assessed by the Children's Continence Service from age 5."),
]))
S.append(("D", HEAD["D"], [
    P("Ruby has no social care needs related to her SEN or disability at present. Social care advice was requested and "
      "the Children with Disabilities Team confirmed that the family is not known and has not requested an assessment. "
      "The caseworker has given the family information about the Northmoor Local Offer, including short breaks and "
      "Disability Living Allowance, and they know how to ask for a social care assessment in future."),
]))
S.append(("E", HEAD["E"], [
    P("The outcomes below are for the end of Year 1 (July 2028), with steps for the end of Reception (July 2027). Fernhill "
      "will set small-step targets each half-term in Ruby's individual education plan, shared with her parents at "
      "half-termly meetings."),
    H2("Communication and interaction"),
    O("1. By July 2027, Ruby will use 50 single words or Makaton signs to request, comment or refuse, as recorded on her "
      "communication log.",
      s="Ruby", b="use 50 single words or Makaton signs to request, comment or refuse", c=["50 single words or Makaton signs", "as recorded on her communication log"],
      t="By July 2027"),
    O("2. By July 2028, Ruby will put 2 words or signs together (for example 'more bubbles') to ask for what she wants in "
      "4 out of 5 opportunities.",
      s="Ruby", b="put 2 words or signs together (for example 'more bubbles') to ask for what she wants", c="in 4 out of 5 opportunities", t="By July 2028"),
    O("3. By July 2028, Ruby will take turns with a peer in a simple game (for example rolling a ball) for 3 turns each, "
      "with an adult present.",
      s="Ruby", b="take turns with a peer in a simple game (for example rolling a ball)", c="for 3 turns each", t="By July 2028"),
    H2("Cognition and learning"),
    O("4. By July 2027, Ruby will attend to an adult-led activity for 5 minutes on 4 out of 5 days.",
      s="Ruby", b="attend to an adult-led activity", c=["for 5 minutes", "on 4 out of 5 days"], t="By July 2027"),
    O("5. By July 2028, Ruby will match and name or sign 10 familiar objects to their photographs.",
      s="Ruby", b="match and name or sign 10 familiar objects to their photographs", c="10 familiar objects", t="By July 2028"),
    H2("Social, emotional and mental health"),
    O("6. By July 2027, Ruby will move between activities using her object cue and 'now and next' board, with crying or "
      "dropping to the floor at fewer than 2 transitions a day.",
      s="Ruby", b="move between activities using her object cue and 'now and next' board", c="at fewer than 2 transitions a day", t="By July 2027"),
    H2("Sensory, physical and independence"),
    O("7. By July 2028, Ruby will feed herself a meal with a spoon, spilling little, with no more than 2 adult prompts.",
      s="Ruby", b="feed herself a meal with a spoon, spilling little", c="with no more than 2 adult prompts", t="By July 2028"),
    O("8. By July 2028, Ruby will become more confident with toileting.",
      s="Ruby", b="become more confident with toileting", t="By July 2028",
      note="Vague verb with no criterion: not specific or measurable.", ),
]))
TA = "Teaching assistant (Mrs Lorraine Oyelaran), Makaton Level 2"
S.append(("F", HEAD["F"], [
    P("Fernhill Primary School will make the following provision. The SENCo, Miss Charlotte Dunne, co-ordinates it. "
      "Ruby's key person is her teaching assistant (TA), Mrs Lorraine Oyelaran, who has completed epilepsy awareness and "
      "buccal midazolam training. Ruby has adult support for the whole school day (27.5 hours a week) from the TA or a "
      "trained second adult who covers breaks."),
    T("Communication and interaction", [
        ("Early language; uses single words, signs and gesture", [
            R("Speech and language therapy: assessment, setting of targets and modelling of Ruby's programme to staff and parents.",
              "HCPC-registered speech and language therapist, Northmoor SaLT Service (Rhiannon Pugh)", "Once each half-term", "45 minutes", "1:1"),
            R("Individual language programme (Intensive Interaction, objects of reference and key word signing) set by the SaLT.",
              TA, "Daily", "15 minutes", "1:1"),
            R("Total communication environment: Makaton signs, objects of reference and a photo 'now and next' board used "
              "by all adults in Ladybird Class.", "Class teacher and TAs in Ladybird Class", "Throughout the school day", "", "N/A",
              f=["Throughout the school day"], nodur=True),
            R("Attention Autism ('Bucket Time') group to develop shared attention.", "Teaching assistant trained in Attention Autism",
              "4 times weekly", "15 minutes", "Group of 4"),
        ]),
    ]),
    T("Cognition and learning", [
        ("Global developmental delay; short attention", [
            R("Individual play-based learning programme using the Early Years Foundation Stage 'small steps' tracker, "
              "planned by the class teacher.", "Class teacher (Mrs Helen Booth) and TA", "Daily", "2 x 15 minutes", "1:1",
              d=["2 x 15 minutes"]),
            R("Cause-and-effect and early thinking skills activities in a distraction-reduced work area.", TA, "Daily", "10 minutes", "1:1"),
            R("Educational psychologist consultation with staff and parents.", "Educational Psychologist, Northmoor EP Service",
              "Once a term", "60 minutes", "Parents and staff", g=[], spec=False, note="No size stated for the consultation group."),
        ]),
    ]),
    T("Social, emotional and mental health", [
        ("Distress at transitions and in noise", [
            R("Transition routine with object cues, a song and a 1-minute sand timer before each change.", TA, "Every transition", "", "1:1", nodur=True),
            R("Access to a quiet area with soft furnishings when the classroom is noisy.", "Staff", "As needed", "", "N/A",
              vague=True, nodur=True),
        ]),
    ]),
    T("Sensory and/or physical", [
        ("Low muscle tone; balance; fine motor skills", [
            R("Physiotherapy programme (balance, stairs and walking on uneven ground) set by the physiotherapist.",
              TA, "Daily", "15 minutes", "1:1"),
            R("Occupational therapy assessment and a fine motor and feeding programme, with specialist cutlery and a "
              "supportive chair at lunchtime.", "HCPC-registered occupational therapist, Northmoor Children's OT Service",
              "Assessment by January 2027, then once each term", "45 minutes", "1:1"),
            R("Fine motor and feeding practice following the OT programme.", TA, "Daily at snack and lunch", "15 minutes", "1:1"),
        ]),
        ("Personal care and toileting", [
            R("Nappy changing in the accessible toilet, following Ruby's intimate care plan, with a toileting routine "
              "introduced when advised by the continence service.", "Two adults (TA and a second trained TA)",
              "At 10.00am, 12.30pm and 2.30pm and when needed", "10 minutes", "2:1", f=["At 10.00am, 12.30pm and 2.30pm"]),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    P("Health provision agreed by the Designated Clinical Officer on 17 November 2026."),
    T("Health provision", [
        ("Epilepsy", [
            R("Individual healthcare plan, including emergency administration of buccal midazolam, written with school and parents.",
              "Children's epilepsy nurse specialist (Jenny Atherton)", "Reviewed every 12 months and after any change", "", "N/A", nodur=True),
            R("Training of named school staff in seizure recognition, recording and buccal midazolam.", "Children's epilepsy nurse specialist",
              "Every September and for new staff", "2 hours", "4 named staff"),
            R("Neurology review of seizures and medication.", "Consultant paediatric neurologist (Dr Imran Latif)", "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Global developmental delay", [
            R("Developmental review, including genetic test results.", "Consultant community paediatrician (Dr Helen Morrow)",
              "Every 6 months", "", "1:1", nodur=True),
        ]),
        ("Low muscle tone", [
            R("Physiotherapy assessment and review of the school programme.", "Children's Physiotherapy Service", "Once each term", "45 minutes", "1:1"),
        ]),
        ("Toileting", [
            R("Continence assessment and toileting plan.", "Children's Continence Service", "From May 2027 (age 5)", "", "1:1", nodur=True),
        ]),
    ]),
]))
S.append(("H1", HEAD["H1"], [P("No provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970.")]))
S.append(("H2", HEAD["H2"], [P("No other social care provision is required.")]))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "Fernhill Primary School, Fernhill Road, Ashby Moor, Northmoor"],
        ["Type of school", "Mainstream community primary school (4-11)"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [P("No personal budget has been requested.")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Ruby's views (One Page Profile)", "Mrs Lorraine Oyelaran, with Sophie and Adam Thackeray", "2 October 2026"],
        ["Parental advice", "Sophie and Adam Thackeray", "29 September 2026"],
        ["Early years advice", "Mrs Gemma Hirst, Manager, Sunflowers Day Nursery", "15 June 2026"],
        ["Educational advice", "Miss Charlotte Dunne, SENCo, Fernhill Primary School", "5 October 2026"],
        ["Educational psychology advice", "Dr Nicola Brough, Educational Psychologist", "8 October 2026"],
        ["Speech and language therapy advice", "Rhiannon Pugh, Speech and Language Therapist", "6 October 2026"],
        ["Medical advice", "Dr Helen Morrow, Consultant Community Paediatrician", "1 October 2026"],
        ["Neurology advice", "Dr Imran Latif, Consultant Paediatric Neurologist", "22 September 2026"],
        ["Physiotherapy advice", "Tom Kershaw, Paediatric Physiotherapist", "7 October 2026"],
        ["Social care advice", "Children with Disabilities Team", "30 September 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="ruby_thackeray", child="Ruby Thackeray", dob="2022-05-14", plan_date="2026-11-25", status="final", grade="good",
    cover=cover("Ruby Thackeray", "14 May 2022", "370 846 2251", "F823401187026", "25 November 2026", "Final",
                "Rachel Brindley, SEND Caseworker", school="Fernhill Primary School (Reception)"),
    contacts=[["Sophie and Adam Thackeray", "Parents", "Via the SEND caseworker"],
              ["Miss Charlotte Dunne", "SENCo, Fernhill Primary School", "senco@fernhill.example.sch.uk"],
              ["Mrs Lorraine Oyelaran", "Key person and teaching assistant", "Via the school office"],
              ["Jenny Atherton", "Children's Epilepsy Nurse Specialist", "01632 960 633"],
              ["Rhiannon Pugh", "Speech and Language Therapist, Northmoor SaLT Service", "01632 960 271"],
              ["Rachel Brindley", "SEND Caseworker, Northmoor County Council", "01632 960 144"]],
    sections=S, status_of={"D": "nil", "H1": "nil", "H2": "nil", "J": "nil"}, missing=[],
    layout="Heading 1 'Section X – ...' headings after a cover table; E numbered under Heading 2 areas; F/G tables with merged "
           "title row and vertically merged Need column; H1/H2 nil sentences.",
    rationale=("Good. For a non-speaking four-year-old, A explains how views were gathered and gives a clear one-page profile "
               "and parents' aspirations. B covers all four areas with strengths; C lists epilepsy, GDD, tone and toileting, all "
               "met in G (DCO agreed); D, H1, H2 explicitly nil with social care advice in K. Seven of eight outcomes are SMART "
               "and linked to B. F is quantified with named roles. Lapses that keep it from outstanding: outcome 8 is vague "
               "('more confident'), a quiet-area item is 'as needed' by 'staff', the EP consultation has no group size, and "
               "shorter-term targets are only mentioned briefly."),
    faults=[
        dict(kind="outcome-not-smart", section="E", sentence="8. By July 2028, Ruby will become more confident with toileting."),
        dict(kind="vague-provision", section="F", sentence="Access to a quiet area with soft furnishings when the classroom is noisy. | Staff | As needed | N/A"),
    ],
)
