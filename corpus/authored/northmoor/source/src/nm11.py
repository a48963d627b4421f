from nmlib import *

S = []
S.append(("A", HEAD["A"], [
    P("Mason is 6 years old and is in Year 1 at Brindle Lane Primary School. Mason lives with his grandparents, Pauline "
      "and Terry Greaves, who have a special guardianship order for him and his brother Kayden, who is 9. Mason has "
      "lived with his grandparents since he was 2. He has contact with his mum, Stacey, once a month, supervised by "
      "the Northmoor Children's Services contact centre."),
    P("Mason's views: Mason likes playing outside, cars, Paw Patrol and his grandad's dog. He doesn't like loud noises "
      "or doing writing."),
    P("At home Mason enjoys helping his grandad in the garden and on the allotment, where he likes digging and looking "
      "for worms. He loves bath time, watching the bin lorry on a Tuesday, and playing football in the garden with "
      "Kayden, although this often ends in an argument. He goes to a toddler gym session on Saturday mornings at the "
      "leisure centre, which he loves, and he is starting to learn to ride a bike with stabilisers. Pauline says he is "
      "very affectionate and likes to sit on her knee for a story at bedtime, and that he copes much better when the "
      "house is calm and he knows what is happening next."),
    P("Grandparents' views: Pauline said Mason is a loving little boy, but he has a temper and gets very frustrated "
      "when people don't understand him. She feels that school don't always understand his hearing and that his hearing "
      "aids are often in his bag rather than in his ears when she collects him. She is worried he is falling behind and "
      "that he is often kept in at playtime. Pauline and Terry would like Mason to be able to talk properly, to read "
      "and write, and to make friends. Terry said they are both in their sixties and sometimes find it hard to manage "
      "Mason's behaviour at home, and that they would like some help, for example a break at weekends. They have asked "
      "the special guardianship support team for advice but have not heard back."),
    P("Aspirations: for [Child's name] to be happy, to make friends and to do well at school."),
    P("Mason's class teacher, Miss Ellie Watson, asked Mason about school using pictures. He pointed to the picture of "
      "the outdoor area and the bikes as his favourite, and to the picture of the carpet as the one he didn't like. "
      "When asked who helps him, he pointed to Mrs Kelly, the TA. Miss Watson said Mason finds it hard to answer "
      "questions about himself and that it was difficult to find out more."),
    P("Pauline added that Mason had a difficult start in life and that the family had a lot of involvement from social "
      "workers before the special guardianship order was made in 2022. She said that Mason still gets upset after contact "
      "with his mum and is often unsettled at school the following day. Kayden has also found things hard and is "
      "supported by the school's learning mentor at his school. Pauline said: “We love them both to bits, but we are "
      "not getting any younger and we need people to help us, not judge us.”"),
    P("History: Mason was born at 34 weeks. He was removed from his mother's care at 18 months and placed with his "
      "grandparents. He failed his newborn hearing screen on one side and was diagnosed with a moderate hearing loss in "
      "both ears at the age of 3, when he was fitted with hearing aids. He attended Little Stars Pre-School, where he "
      "had Early Years Inclusion Funding. He started at Brindle Lane in Reception in September 2024. An EHC needs "
      "assessment was requested by school in November 2025. The assessment was agreed in December 2025. Advice was "
      "requested from the school, the Educational Psychologist, the speech and language therapist and the grandparents. "
      "A draft plan was sent to Pauline and Terry in April 2026; they asked for more adult support for Mason and for "
      "help with his hearing aids to be added, and said they would like Mason to stay at Brindle Lane."),
]))
S.append(("B", HEAD["B"], [
    H2("Communication and interaction"),
    P("Mason has a significant delay in his speech and language. He has a limited vocabulary and speaks in short "
      "phrases of 2 to 3 words that are often unclear. He does not understand instructions given to the whole class "
      "and cannot follow a story read to the group. He does not answer questions and often does not respond when "
      "spoken to. The speech and language therapist's report (February 2026) states that Mason's receptive and "
      "expressive language is at about a 3 year level and that “his hearing loss is likely to be a significant factor "
      "in his language delay; consistent hearing aid use is essential.”"),
    P("The following is copied from the speech and language therapy report: “Mason was seen in school on 3 February "
      "2026. His hearing aids were not in when I arrived and were found in his tray; one was not working (flat "
      "battery). Once fitted, Mason attended better to the assessment. On the Preschool Language Scales (PLS-5 UK) his "
      "auditory comprehension standard score was 62 and his expressive communication standard score was 58, both well "
      "below the average range. He could identify common objects and some actions in pictures, follow single-step "
      "instructions with a gesture, and use some two-word combinations (‘car gone’, ‘more juice’). He found it hard to "
      "understand questions (what, where, who) and to use pronouns or verb endings. Speech sounds: Mason uses a limited "
      "range of sounds, with fronting (‘tar’ for car) and deletion of final consonants. His intelligibility to an "
      "unfamiliar listener is about 40%. Recommendations: a daily hearing aid check; use of a radio aid in class; "
      "a language-rich environment with visual supports; key word signing; a 1:1 language programme 3 to 4 times a week; "
      "and a block of direct therapy, followed by review.”"),
    P("At home, Pauline and Terry understand most of what Mason says, but Kayden often has to “translate” for him with "
      "other children. Mason uses pointing and pulling an adult by the hand to show what he wants, and he gets very "
      "cross when he is not understood. He enjoys songs with actions and is beginning to copy some signs that he has "
      "seen on children's television."),
    H2("Cognition and learning"),
    P("Mason is working well below age-related expectations in all areas. He does not know his letter sounds, cannot "
      "write his name and cannot count beyond 5. He did not meet any of the early learning goals at the end of "
      "Reception. He has a very short attention span and is unable to sit still on the carpet."),
    P("School's assessment (March 2026): Phonics – knows 6 Phase 2 sounds (s, a, t, p, m, d) inconsistently; cannot "
      "blend. Reading – shares picture books with an adult; can find his name card. Writing – makes marks and can copy "
      "the first letter of his name. Mathematics – counts to 5 with one-to-one correspondence; recognises numerals 1 to "
      "3; can sort by colour. Understanding the world and expressive arts – enjoys building with blocks and outdoor "
      "play; will join in with action songs when an adult is next to him."),
    P("The school's request for assessment states: “Mason has been on the SEN register since he started in Reception. "
      "He has had daily phonics keep-up sessions, a place in the nurture group three afternoons a week, a visual "
      "timetable, a reward chart and a behaviour plan. The TA in class supports him as much as possible but she also "
      "supports four other children with SEN in a class of 30. Despite this support Mason has made very little progress "
      "and his behaviour is getting worse. He needs an adult with him for most of the day to keep him and others safe "
      "and to help him learn. We do not have the funding for this.”"),
    P("The Educational Psychologist's report states: “Mason's cognitive profile is difficult to assess accurately "
      "because of his language and hearing needs. On non-verbal tasks (pattern construction, picture similarities) he "
      "performed in the low average range, which suggests that his learning potential is higher than his current "
      "attainment indicates. Mason's attention was much better in a quiet room with his hearing aids working. His "
      "behaviour is likely to be communicating frustration at not understanding or being understood, and may also "
      "relate to his early experiences. Adults should make sure his hearing aids are in and working, reduce background "
      "noise, use visual supports and signs, and give him a predictable routine with a small number of familiar adults. "
      "He would benefit from a key adult, a quiet work area and structured play with one or two peers.”"),
    H2("Social, emotional and mental health"),
    P("Mason is unable to sit still, cannot follow instructions and has no friends. He has frequent tantrums, throws "
      "equipment and has hit other children. He is often sent out of class. School have recorded 42 behaviour "
      "incidents since September. He has difficulty sharing and taking turns."),
    P("Behaviour incidents recorded by school (September 2025 to March 2026):"),
    KV([["Type of incident", "Number", "Most common time"],
        ["Throwing equipment", "14", "Carpet time and phonics"],
        ["Hitting or kicking another child", "9", "Playtime and lunchtime"],
        ["Refusing to follow an instruction", "12", "Tidy-up time and transitions"],
        ["Leaving the classroom", "7", "Afternoons"]], widths=[7, 3, 7]),
    P("Staff report that incidents are more frequent on Mondays, on days after contact, and when Mason's hearing aids "
      "are not in."),
    P("A typical day for Mason (written by the class teacher): “Mason arrives with his grandad at 8.45am and often "
      "finds it hard to separate. He is usually calmer once he is in the classroom with a job to do. He struggles on "
      "the carpet during phonics and the register and often rolls around or leaves the carpet, which disturbs others. "
      "He works best at a table with the TA with practical activities. At playtime he runs around on his own or "
      "follows the older children, and incidents often happen when games break down. After lunch he goes to the "
      "nurture group three afternoons a week, where he is more settled. By the end of the day he is tired and can be "
      "tearful. His hearing aids are often removed by him during the day and staff are not always sure how to put them "
      "back in or check them.”"),
    P("Mrs Kelly, the TA, said that Mason loves to help tidy the outdoor area and will carry equipment for adults. He "
      "responds well to praise and to stickers and likes to show his work to the headteacher. When she sits with him "
      "in a quiet space and uses pictures, he can complete simple sorting and matching activities and will stay at a "
      "task for about five minutes. He has started to say “hello” and “bye” to some children in the class."),
    P("Pauline and Terry said at the planning meeting that they had not been told about the radio aid recommended by "
      "the audiology service, and that nobody had shown them how to check Mason's hearing aids at home. They asked "
      "for a home-school book so they know how Mason's day has been."),
    H2("Sensory and/or physical needs"),
    P("Mason has a moderate bilateral hearing loss and wears hearing aids, but he often takes them out. He is not "
      "toilet trained during the day and has accidents most days. His fine motor skills are poor; he cannot hold a "
      "pencil correctly or use scissors. She also finds it hard to dress herself after PE."),
]))
S.append(("C", HEAD["C"], [
    P("Mason has a moderate bilateral sensorineural hearing loss and wears two hearing aids. He is under the Northmoor "
      "Paediatric Audiology Service. He was born prematurely at 34 weeks and spent three weeks in the neonatal unit at "
      "Northmoor General Hospital, where he was treated for jaundice and feeding difficulties. He has had several ear "
      "infections and had grommets fitted in 2023, which have since come out. He also has daytime wetting, which the GP is aware of."),
    P("A letter from the audiology service (October 2025) states that Mason's hearing loss is stable, that he should "
      "wear his hearing aids during all waking hours, and that he would benefit from a radio aid in school. The letter "
      "asks school to contact the Sensory Support Service about a Qualified Teacher of the Deaf visit and about "
      "deaf awareness training for staff. Mason is due to have new ear moulds fitted because he has grown and the aids "
      "whistle."),
]))
S.append(("E", HEAD["E"], [
    O("1. Mason will be happy and settled in school.", asp=True),
    O("2. Mason will improve his speech and language.", note="Vague; no criterion or timescale."),
    O("3. Mason will have speech and language therapy.", prov=True),
    O("4. By December 2025, Mason will know all his Phase 2 letter sounds.",
      s="Mason", b="know all his Phase 2 letter sounds", c="all his Phase 2 letter sounds", t="By December 2025",
      note="Dated before the plan date."),
    O("5. Mason will behave better in class and at playtime.", note="No criterion or timescale."),
    O("6. Mason will make friends.", asp=True),
]))
S.append(("F", HEAD["F"], [
    T("Provision", [
        ("Speech and language", [
            R("Speech and language support in class.", "TA", "Daily", "", "", what=[], vague=True),
            R("Speech and language programme as advised by the SaLT.", "TA", "XX times per week", "", "1:1",
              what=["Speech and language programme"], f=[], vague=True, note="'XX' left in; programme content not stated."),
        ]),
        ("Learning", [
            R("Differentiated curriculum and small group interventions for phonics and number.", "Class teacher and TA",
              "Regularly", "", "Small group", vague=True, what=[]),
        ]),
        ("Behaviour", [
            R("Behaviour plan.", "Class teacher", "Ongoing", "", "N/A", vague=True, nodur=True),
            R("Adult support at playtimes where possible.", "Midday staff", "Where possible", "", "", what=[], vague=True),
            R("Nurture group.", "Nurture group staff", "Up to 4 afternoons a week", "", "Small group", f=[], vague=True),
        ]),
    ]),
]))
S.append(("G", HEAD["G"], [
    PR("Speech and language therapy as advised by the SaLT.", what="Speech and language therapy", who="the SaLT",
       note="Therapy placed in G; no frequency, duration or programme."),
]))
S.append(("H1", HEAD["H1"], []))
S.append(("H2", HEAD["H2"], [P("N/A")]))
S.append(("I", HEAD["I"], [
    KV([["Name of school", "Brindle Lane Primary School"],
        ["Type of school", "Mainstream"]], header=False, widths=[5.5, 11.5]),
]))
S.append(("J", HEAD["J"], [P("N/A")]))
S.append(("K", HEAD["K"], [
    KV([["Advice", "Author", "Date"],
        ["Parental advice", "Pauline and Terry Greaves", "12 January 2026"],
        ["Educational advice", "Brindle Lane Primary School", "16 January 2026"],
        ["Educational psychology advice", "Educational Psychologist", "4 February 2026"],
        ["Speech and language therapy advice", "SaLT", "19 February 2026"]],
       widths=[6.5, 7, 3.5]),
]))

PLAN = dict(
    slug="mason_greaves", child="Mason Greaves", dob="2019-12-03", plan_date="2026-06-10", status="final", grade="inadequate",
    cover=cover("Mason Greaves", "3 December 2019", "157 402 9863", "B823405570020", "10 June 2026", "Final",
                "Paula Greenhalgh, SEND Officer", school="Brindle Lane Primary School (Year 1)"),
    sections=S, status_of={"G": "content", "H1": "blank", "H2": "nil", "J": "nil"}, missing=["D"],
    layout="Heading 1 'Section X – ...' headings after a cover table, no Section D heading; E a bare numbered list; F a single "
           "table with merged title row and vertically merged Need column; G one sentence; H1 heading with nothing under it.",
    rationale=("Inadequate. Section D is missing although Mason is under a special guardianship order, has supervised contact "
               "through Children's Services and his grandparents ask for weekend breaks (limiting). A placeholder ('[Child's "
               "name]', 'XX times per week') and a wrong pronoun are left in, and one outcome is dated before the plan "
               "(limiting drafting faults). None of the 6 outcomes is SMART: aspirations, vague 'improve/behave better', "
               "provision, and a past date. F has six items, none specific; the hearing loss, toileting and fine motor needs in "
               "B have no provision at all (no Qualified Teacher of the Deaf, no hearing aid checks). G puts speech and "
               "language therapy in the health section and makes no audiology provision; H1 is blank. B is written almost "
               "wholly in deficit terms with no strengths. K lists no health or social care advice and names no authors."),
    faults=[
        dict(kind="missing-section", section="D", sentence="Section E – Outcomes"),
        dict(kind="placeholder", section="A", sentence="Aspirations: for [Child's name] to be happy, to make friends and to do well at school."),
        dict(kind="placeholder", section="F", sentence="Speech and language programme as advised by the SaLT. | TA | XX times per week | 1:1"),
        dict(kind="wrong-pronoun", section="B", sentence="She also finds it hard to dress herself after PE."),
        dict(kind="past-date", section="E", sentence="4. By December 2025, Mason will know all his Phase 2 letter sounds."),
        dict(kind="aspiration-as-outcome", section="E", sentence="1. Mason will be happy and settled in school."),
        dict(kind="outcome-not-smart", section="E", sentence="2. Mason will improve his speech and language."),
        dict(kind="outcome-is-provision", section="E", sentence="3. Mason will have speech and language therapy."),
        dict(kind="outcome-not-smart", section="E", sentence="5. Mason will behave better in class and at playtime."),
        dict(kind="aspiration-as-outcome", section="E", sentence="6. Mason will make friends."),
        dict(kind="vague-provision", section="F", sentence="Speech and language support in class. | TA | Daily"),
        dict(kind="vague-provision", section="F", sentence="Speech and language programme as advised by the SaLT. | TA | XX times per week | 1:1"),
        dict(kind="vague-provision", section="F", sentence="Differentiated curriculum and small group interventions for phonics and number. | Class teacher and TA | Regularly | Small group"),
        dict(kind="vague-provision", section="F", sentence="Behaviour plan. | Class teacher | Ongoing | N/A"),
        dict(kind="vague-provision", section="F", sentence="Adult support at playtimes where possible. | Midday staff | Where possible"),
        dict(kind="vague-provision", section="F", sentence="Nurture group. | Nurture group staff | Up to 4 afternoons a week | Small group"),
        dict(kind="need-without-provision", section="B", sentence="Mason has a moderate bilateral hearing loss and wears hearing aids, but he often takes them out."),
        dict(kind="need-without-provision", section="B", sentence="He is not toilet trained during the day and has accidents most days."),
        dict(kind="need-without-provision", section="B", sentence="His fine motor skills are poor; he cannot hold a pencil correctly or use scissors."),
        dict(kind="therapy-in-health-section", section="G", sentence="Speech and language therapy as advised by the SaLT."),
        dict(kind="health-need-no-provision", section="C", sentence="Mason has a moderate bilateral sensorineural hearing loss and wears two hearing aids."),
        dict(kind="health-need-no-provision", section="C", sentence="He also has daytime wetting, which the GP is aware of."),
        dict(kind="blank-section", section="H1", sentence=HEAD["H1"]),
        dict(kind="social-care-need-no-provision", section="A", sentence="Terry said they are both in their sixties and sometimes find it hard to manage Mason's behaviour at home, and that they would like some help, for example a break at weekends."),
        dict(kind="deficit-only-language", section="B", sentence="Mason is unable to sit still, cannot follow instructions and has no friends."),
        dict(kind="no-health-or-social-care-advice", section="K", sentence="Speech and language therapy advice | SaLT | 19 February 2026"),
        dict(kind="unexplained-acronym", section="F", sentence="Speech and language programme as advised by the SaLT. | TA | XX times per week | 1:1"),
    ],
)
